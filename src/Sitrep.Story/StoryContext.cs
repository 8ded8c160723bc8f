using System.Collections.Immutable;
using Sitrep.Core;

namespace Sitrep.Story;

/// <summary>A resolved entity mention: where it is, which entity, what type.</summary>
internal readonly record struct MentionRef(TextSpan Span, string EntityId, EntityType Type);

/// <summary>
/// What every part of the story stage reads from a document, computed once: the folded text, sentences,
/// paragraphs, the entity mention index, each entity's side, and the story's main event.
/// </summary>
internal sealed class StoryContext
{
    public StoryContext(Document document, StoryLexicon lexicon)
    {
        Document = document;
        Lexicon = lexicon;
        Text = document.Text;
        Folded = TextMatch.Fold(Text);
        Sentences = document.Sentences;
        Paragraphs = document.Article.Paragraphs.IsDefaultOrEmpty ? Article.ParagraphsOf(Text) : document.Article.Paragraphs;
        Mentions = IndexMentions(document);
        EntitySides = document.Entities.ToImmutableDictionary(e => e.Id, e => SideOfEntity(e, lexicon));
        _mainEvent = new Lazy<PoliticalEvent?>(() => PickMainEvent(this));
    }

    private readonly Lazy<PoliticalEvent?> _mainEvent;

    public Document Document { get; }
    public StoryLexicon Lexicon { get; }
    public string Text { get; }
    public string Folded { get; }
    public ImmutableArray<Sentence> Sentences { get; }
    public ImmutableArray<TextSpan> Paragraphs { get; }

    /// <summary>Entity mentions with a resolved entity, ordered by start.</summary>
    public ImmutableArray<MentionRef> Mentions { get; }

    /// <summary>Entity id → ISO-3 side, or null when the entity belongs to no country.</summary>
    public ImmutableDictionary<string, string?> EntitySides { get; }

    /// <summary>The event the story is about (see <see cref="PickMainEvent"/>), or null when there are no events.</summary>
    public PoliticalEvent? MainEvent => _mainEvent.Value;

    public string SentenceText(Sentence s) => s.Span.Of(Text);

    public int ParagraphIndexAt(int position)
    {
        for (int i = 0; i < Paragraphs.Length; i++)
            if (position < Paragraphs[i].End) return i;
        return Paragraphs.Length - 1;
    }

    public string? SideOf(string? entityId) =>
        entityId is not null && EntitySides.TryGetValue(entityId, out var side) ? side : null;

    /// <summary>The side of an event participant: its entity's country, else the country part of its actor code.</summary>
    public string? SideOf(EventActor? actor)
    {
        if (actor is null) return null;
        return SideOf(actor.EntityId) ?? SideOfCode(actor.Code, Lexicon);
    }

    /// <summary>The quote whose content covers <paramref name="position"/>, if any.</summary>
    public Quote? QuoteAt(int position)
    {
        foreach (var q in Document.Quotes)
        {
            if (!q.ContentSpans.IsDefaultOrEmpty)
            {
                foreach (var c in q.ContentSpans)
                    if (c.Contains(position)) return q;
            }
            else if (q.Span.Contains(position)) return q;
        }
        return null;
    }

    /// <summary>Mentions whose span lies in [from, to).</summary>
    public IEnumerable<MentionRef> MentionsIn(int from, int to) =>
        Mentions.Where(m => m.Span.Start >= from && m.Span.End <= to);

    private static ImmutableArray<MentionRef> IndexMentions(Document doc)
    {
        var seen = new HashSet<(int, int, string)>();
        var list = new List<MentionRef>();
        foreach (var e in doc.Entities)
            foreach (var m in e.Mentions)
                if (seen.Add((m.Span.Start, m.Span.End, e.Id))) list.Add(new MentionRef(m.Span, e.Id, m.Type));
        foreach (var m in doc.Mentions)
            if (m.EntityId is { } id && seen.Add((m.Span.Start, m.Span.End, id))) list.Add(new MentionRef(m.Span, id, m.Type));
        list.Sort((a, b) => a.Span.CompareTo(b.Span));
        return [.. list];
    }

    internal static string? SideOfEntity(Entity e, StoryLexicon lexicon) =>
        IsCountryCode(e.Country, lexicon) ? e.Country : SideOfCode(e.Cameo, lexicon) ?? SideOfCode(e.MetonymyCode, lexicon);

    /// <summary>The country part of a CAMEO actor code (IRNMIL → IRN), or null for non-state codes (IGOUNO, REB).</summary>
    internal static string? SideOfCode(string? code, StoryLexicon lexicon)
    {
        if (code is null || code.Length < 3) return null;
        var head = code[..3].ToUpperInvariant();
        return IsCountryCode(head, lexicon) ? head : null;
    }

    private static bool IsCountryCode(string? code, StoryLexicon lexicon) =>
        code is { Length: 3 } && code.All(char.IsAsciiLetterUpper) && !lexicon.NonStateCodes.Contains(code);

    /// <summary>
    /// The story's main event: the most hostile firmly stated event, favouring one told early (news puts the
    /// lede first) and repeated (OtherMentions). Hypothetical, future and foreseen events are never the main event.
    /// </summary>
    internal static PoliticalEvent? PickMainEvent(StoryContext ctx)
    {
        var doc = ctx.Document;
        if (doc.Events.IsDefaultOrEmpty) return null;
        double len = Math.Max(1, doc.Text.Length);
        PoliticalEvent? best = null;
        double bestScore = double.NegativeInfinity;
        foreach (var e in doc.Events)
        {
            if (e.Modality is Modality.Hypothetical or Modality.Future or Modality.Negated or Modality.Denied or Modality.Threatened) continue;
            if (TimelineBuilder.ForeseenOnly(ctx, e)) continue;
            double hostility = Math.Max(0, -e.Cameo.Goldstein);
            // A story is about what is new: an event dated more than a week before publication is background.
            if (e.Date?.Value is { } v && doc.Article.Published is { } p && TimelineBuilder.ParseRange(v) is { } r
                && r.Last < DateOnly.FromDateTime(p.UtcDateTime).DayNumber - 7) hostility -= 10;
            double position = 1 - e.Span.Start / len;
            double score = hostility + 3 * position + 1.5 * Math.Min(4, e.OtherMentions.Length) + (e.Cameo.QuadClass == 4 ? 2 : 0);
            if (score > bestScore) { best = e; bestScore = score; }
        }
        return best;
    }
}
