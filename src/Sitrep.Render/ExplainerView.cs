using System.Collections.Immutable;
using Sitrep.Core;

namespace Sitrep.Render;

/// <summary>
/// What the Markdown and HTML explainers show, in reading order, computed once from a document so both
/// renderers tell the same story: headline, what happened, who is who, who said what, reactions by side,
/// advisories, background timeline and what happens now.
/// </summary>
internal sealed class ExplainerView
{
    private readonly Dictionary<string, Entity> _entities;

    public ExplainerView(Document document)
    {
        Document = document;
        _entities = document.Entities.ToDictionary(e => e.Id);
        Story = document.Story ?? new StoryAnalysis("none");
    }

    public Document Document { get; }
    public StoryAnalysis Story { get; }
    public string Headline => Document.Article.Title is { Length: > 0 } t ? t : Document.Article.InputName;

    /// <summary>People and organisations first (the actors), then places, each by number of mentions.</summary>
    public IEnumerable<Entity> WhoIsWho => Document.Entities
        .OrderBy(e => e.Type switch { EntityType.Person => 0, EntityType.Org => 1, EntityType.Norp => 2, _ => 3 })
        .ThenByDescending(e => e.Mentions.Length)
        .ThenBy(e => e.Id, StringComparer.Ordinal);

    /// <summary>The events listed under "what happened", in the order the text reports them.</summary>
    public IEnumerable<PoliticalEvent> KeyEvents => Document.Events.OrderBy(v => v.Span.Start);

    public string NameOf(string? entityId, string? fallback = null) =>
        entityId is not null && _entities.TryGetValue(entityId, out var e) ? e.Name : fallback ?? "unknown";

    public Entity? EntityOf(string? entityId) => entityId is not null && _entities.TryGetValue(entityId, out var e) ? e : null;

    public Quote? QuoteById(string id) => Document.Quotes.FirstOrDefault(q => q.Id == id);
    public PoliticalEvent? EventById(string id) => Document.Events.FirstOrDefault(v => v.Id == id);

    /// <summary>A one-line role description: "Foreign Minister of Iran" or the first title.</summary>
    public string RoleLine(Entity e)
    {
        var parts = new List<string>();
        foreach (var r in e.Roles)
            parts.Add(r.OfEntityId is null ? r.Role : $"{r.Role} of {NameOf(r.OfEntityId)}");
        if (parts.Count == 0 && e.Titles.Length > 0) parts.Add(string.Join(", ", e.Titles));
        return string.Join("; ", parts.Distinct(StringComparer.OrdinalIgnoreCase));
    }

    public static string Describe(PoliticalEvent v)
    {
        var parts = new List<string> { $"CAMEO {v.Cameo.Code}" + (v.Cameo.Label is { } l ? $" {l}" : "") };
        if (v.Plover is { } p) parts.Add($"PLOVER {p.Type}" + (p.Mode is { } m ? $"/{m}" : ""));
        parts.Add(Schema.Name(v.Modality));
        if (v.Date?.Value is { } d) parts.Add(d);
        if (v.Location is { } loc) parts.Add(loc.Name);
        return string.Join(" · ", parts);
    }

    public string ActorLine(EventActor? a) => a is null ? "—" : (a.EntityId is not null ? NameOf(a.EntityId, a.Text) : a.Text) + (a.Code is { } c ? $" ({c})" : "");

    public ImmutableArray<TextSpan> SentenceSpans => Document.Sentences.Length > 0
        ? [.. Document.Sentences.Select(s => s.Span)]
        : Document.Article.Paragraphs.Length > 0 ? Document.Article.Paragraphs : Article.ParagraphsOf(Document.Text);
}
