using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Sitrep.Core;

namespace Sitrep.Events.Tests;

/// <summary>An entity the test declares: every occurrence of <paramref name="Surface"/> becomes a mention of it.</summary>
internal sealed record E(string Surface, EntityType Type, string? Cameo = null, string? Country = null, GeoPoint? Geo = null)
{
    public string? Metonymy { get; init; }
    public string? Name { get; init; }
}

/// <summary>A quote the test declares by its content, speaker surface and cue word.</summary>
internal sealed record Q(string Content, string Speaker, string CueWord, string CueLemma);

/// <summary>
/// Builds annotated documents for unit tests without the upstream stages: a small regex tokenizer, sentence
/// breaks at . ? !, and the entity mentions and quotes the test declares.
/// </summary>
internal static partial class TestDocs
{
    public static readonly DateTimeOffset Published = new(2020, 1, 3, 0, 0, 0, TimeSpan.Zero);

    public static Document Build(string text, E[] entities, Q[]? quotes = null, DateTimeOffset? published = null)
    {
        var doc = Sitrep.Testing.Docs.Plain(text, published ?? Published);
        var tokens = ImmutableArray.CreateBuilder<Token>();
        foreach (Match m in Tok().Matches(text))
            tokens.Add(new Token(new TextSpan(m.Index, m.Index + m.Length), m.Value, tokens.Count, "test"));
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        int first = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Text is "." or "?" or "!" || i == tokens.Count - 1)
            {
                sentences.Add(new Sentence(new TextSpan(tokens[first].Span.Start, tokens[i].Span.End), first, i - first + 1, "test"));
                first = i + 1;
            }
        }
        var mentions = ImmutableArray.CreateBuilder<EntityMention>();
        var ents = ImmutableArray.CreateBuilder<Entity>();
        int id = 0;
        foreach (var e in entities)
        {
            var eid = $"E{++id}";
            var ms = new List<EntityMention>();
            foreach (Match m in Regex.Matches(text, $@"\b{Regex.Escape(e.Surface)}\b"))
                ms.Add(new EntityMention(new TextSpan(m.Index, m.Index + m.Length), m.Value, e.Type,
                    e.Metonymy is not null ? MentionKind.Metonym : MentionKind.Name, "test") { EntityId = eid });
            mentions.AddRange(ms);
            ents.Add(new Entity(eid, e.Name ?? e.Surface, e.Type, "test")
            {
                Cameo = e.Cameo, Country = e.Country, Geo = e.Geo, MetonymyCode = e.Metonymy, Mentions = [.. ms],
            });
        }
        var qs = ImmutableArray.CreateBuilder<Quote>();
        foreach (var q in quotes ?? [])
        {
            int c = text.IndexOf(q.Content, StringComparison.Ordinal);
            int s = text.IndexOf(q.Speaker, StringComparison.Ordinal);
            int cue = text.IndexOf(q.CueWord, StringComparison.Ordinal);
            var speaker = ents.FirstOrDefault(x => x.Mentions.Any(m => m.Span.Start == s));
            qs.Add(new Quote($"Q{qs.Count + 1}", QuoteKind.Indirect, new TextSpan(c, c + q.Content.Length), q.Content, "test")
            {
                ContentSpans = [new TextSpan(c, c + q.Content.Length)],
                SpeakerEntityId = speaker?.Id, SpeakerText = q.Speaker, SpeakerSpan = new TextSpan(s, s + q.Speaker.Length),
                Cue = q.CueLemma, CueSpan = new TextSpan(cue, cue + q.CueWord.Length),
            });
        }
        doc = doc with
        {
            Tokens = tokens.ToImmutable(), Sentences = sentences.ToImmutable(), Mentions = [.. mentions.OrderBy(m => m.Span.Start)],
            Entities = ents.ToImmutable(), Quotes = qs.ToImmutable(),
        };
        doc = doc.ProducedBy("test", Layer.Tokens, Layer.Sentences, Layer.Mentions, Layer.Entities, Layer.Quotes);
        return EventComponents.Dates().Process(doc);
    }

    public static Document Code(string text, E[] entities, Q[]? quotes = null) =>
        EventComponents.Events().Process(Build(text, entities, quotes));

    [GeneratedRegex(@"(?:[A-Z]\.){2,}|[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*|['’]s\b|n't|\S")] private static partial Regex Tok();
}
