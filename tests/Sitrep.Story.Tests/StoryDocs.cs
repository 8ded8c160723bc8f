using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Sitrep.Core;
using Sitrep.Testing;

namespace Sitrep.Story.Tests;

/// <summary>
/// Builds annotated documents by hand (the layers upstream stages would add), so the story stage can be
/// tested on its own: sentences from a small rule splitter, entities from surface strings, quotes and events
/// from substrings of the text.
/// </summary>
internal sealed partial class StoryDocs
{
    private const string P = "test@0";
    private readonly string _text;
    private readonly DateTimeOffset? _published;
    private readonly List<Entity> _entities = [];
    private readonly List<Quote> _quotes = [];
    private readonly List<PoliticalEvent> _events = [];
    private readonly List<TimeExpression> _dates = [];

    public StoryDocs(string text, DateTimeOffset? published = null)
    {
        _text = text;
        _published = published;
    }

    public string Text => _text;

    public StoryDocs Entity(string id, EntityType type, string? country, string? cameo, params string[] surfaces)
    {
        var mentions = ImmutableArray.CreateBuilder<EntityMention>();
        foreach (var s in surfaces)
            foreach (var at in Occurrences(s))
                if (!_entities.Any(e => e.Mentions.Any(m => m.Span.Overlaps(new TextSpan(at, at + s.Length)) && m.Span.Length > s.Length)))
                    mentions.Add(new EntityMention(new TextSpan(at, at + s.Length), s, type, MentionKind.Name, P) { EntityId = id });
        _entities.Add(new Entity(id, surfaces[0], type, P) { Country = country, Cameo = cameo, Mentions = mentions.ToImmutable() });
        return this;
    }

    public StoryDocs Quote(string id, string content, string? speakerId, string cue, QuoteKind kind = QuoteKind.Direct, string? speakerSurface = null)
    {
        var span = SpanOf(content);
        TextSpan? speakerSpan = speakerSurface is null ? null : SpanOf(speakerSurface);
        _quotes.Add(new Quote(id, kind, span, content, P)
        {
            ContentSpans = [span],
            SpeakerEntityId = speakerId,
            SpeakerText = speakerSurface,
            SpeakerSpan = speakerSpan,
            Cue = cue,
        });
        return this;
    }

    public StoryDocs Event(string id, string clause, string trigger, string code, double goldstein, int quad,
        string? sourceId, string? sourceCode, string? targetId, string? targetCode,
        Modality modality = Modality.Asserted, string? date = null, string? attributedTo = null)
    {
        var span = SpanOf(clause);
        int t = _text.IndexOf(trigger, span.Start, StringComparison.Ordinal);
        _events.Add(new PoliticalEvent(id, span, clause, new CameoCoding(code, code[..2], quad, goldstein, null), P)
        {
            Trigger = trigger,
            TriggerSpan = new TextSpan(t, t + trigger.Length),
            Source = sourceId is null && sourceCode is null ? null : new EventActor(sourceId, sourceId ?? sourceCode!, null, sourceCode),
            Target = targetId is null && targetCode is null ? null : new EventActor(targetId, targetId ?? targetCode!, null, targetCode),
            Modality = modality,
            Date = date is null ? null : new EventDate(date, null, null),
            AttributedTo = attributedTo,
        });
        return this;
    }

    public StoryDocs Date(string surface, string value, string kind = "absolute")
    {
        var span = SpanOf(surface);
        _dates.Add(new TimeExpression(span, surface, value, kind, P));
        return this;
    }

    public Document Build()
    {
        var doc = Docs.Plain(_text, _published);
        return (doc with
        {
            Sentences = Split(_text),
            Entities = [.. _entities],
            Quotes = [.. _quotes],
            Events = [.. _events],
            Dates = [.. _dates],
        }).ProducedBy(P, Layer.Tokens, Layer.Sentences, Layer.Mentions, Layer.Entities, Layer.Quotes, Layer.Dates, Layer.Events);
    }

    /// <summary>A document with only sentences (for the parts that need no other layer).</summary>
    public static Document SentencesOnly(string text, DateTimeOffset? published = null) => new StoryDocs(text, published).Build();

    public TextSpan SpanOf(string s)
    {
        int at = _text.IndexOf(s, StringComparison.Ordinal);
        if (at < 0) throw new ArgumentException($"'{s}' is not in the text");
        return new TextSpan(at, at + s.Length);
    }

    private IEnumerable<int> Occurrences(string s)
    {
        for (int i = _text.IndexOf(s, StringComparison.Ordinal); i >= 0; i = _text.IndexOf(s, i + s.Length, StringComparison.Ordinal))
            yield return i;
    }

    [GeneratedRegex(@"(?<=[.!?][\u201D""]?)\s+(?=[\u201C""A-Z])")]
    private static partial Regex Boundary();

    [GeneratedRegex(@"(?:\b(?:[A-Z]\.)+|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Lt|Col|No)\.)[\u201D""]?$")]
    private static partial Regex Abbreviation();

    /// <summary>Sentences: paragraph by paragraph, split after . ! ? unless the word before is an abbreviation (U.S., Dr.).</summary>
    internal static ImmutableArray<Sentence> Split(string text)
    {
        var result = ImmutableArray.CreateBuilder<Sentence>();
        foreach (var para in Article.ParagraphsOf(text))
        {
            int start = para.Start;
            foreach (Match m in Boundary().Matches(text, para.Start))
            {
                if (m.Index >= para.End) break;
                if (Abbreviation().IsMatch(text[start..m.Index])) continue;
                result.Add(new Sentence(new TextSpan(start, m.Index), 0, 0, P));
                start = m.Index + m.Length;
            }
            if (para.End > start) result.Add(new Sentence(new TextSpan(start, para.End), 0, 0, P));
        }
        return result.ToImmutable();
    }
}
