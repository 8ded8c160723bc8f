using System.Collections.Immutable;
using Sitrep.Core;
using Sitrep.Nlp;
using Sitrep.Testing;

namespace Sitrep.Quotes.Tests;

/// <summary>Documents for quote tests: real tokens and sentences, hand-made mentions and entities.</summary>
internal static class TestDocs
{
    private static readonly IPipelineComponent Tokenizer = NlpComponents.Tokenizer();

    /// <summary>
    /// Tokenizes <paramref name="text"/> and adds one entity per (surface, type) pair, with a mention at every
    /// occurrence of the surface and of its extra surfaces (aliases, pronouns), as the entity stage would.
    /// </summary>
    public static Document With(string text, params (string Id, EntityType Type, string[] Surfaces)[] entities)
    {
        var doc = Tokenizer.Process(Docs.Plain(text));
        var mentions = new List<EntityMention>();
        var ents = new List<Entity>();
        foreach (var (id, type, surfaces) in entities)
        {
            var mine = new List<EntityMention>();
            foreach (var s in surfaces)
            {
                bool pronoun = s is "it" or "he" or "she" or "they" or "It" or "He" or "She" or "They";
                int i = 0;
                while ((i = text.IndexOf(s, i, StringComparison.Ordinal)) >= 0)
                {
                    bool wordStart = i == 0 || !char.IsLetter(text[i - 1]);
                    bool wordEnd = i + s.Length >= text.Length || !char.IsLetter(text[i + s.Length]);
                    if (wordStart && wordEnd && !mentions.Concat(mine).Any(m => m.Span.Overlaps(new TextSpan(i, i + s.Length))))
                        mine.Add(new EntityMention(new TextSpan(i, i + s.Length), s, type, pronoun ? MentionKind.Pronoun : MentionKind.Name, "test@1") { EntityId = id });
                    i += s.Length;
                }
            }
            mentions.AddRange(mine);
            ents.Add(new Entity(id, surfaces[0], type, "test@1") { Mentions = [.. mine] });
        }
        return (doc with
        {
            Mentions = [.. mentions.OrderBy(m => m.Span.Start)],
            Entities = [.. ents],
        }).ProducedBy("test@1", Layer.Mentions, Layer.Entities);
    }

    public static ImmutableArray<Quote> Quotes(Document doc) => QuoteComponents.Quotes().Process(doc).Quotes;

    private static readonly Lazy<IPipelineComponent> Tagger = new(NlpComponents.Tagger);

    /// <summary>Quotes of <paramref name="text"/> tokenized and tagged as in the explain pipeline, with no entities.</summary>
    public static ImmutableArray<Quote> TaggedQuotes(string text) =>
        QuoteComponents.Quotes().Process(Tagger.Value.Process(Tokenizer.Process(Docs.Plain(text))).ProducedBy("test@1", Layer.Mentions, Layer.Entities)).Quotes;

    /// <summary>Quotes of <paramref name="text"/> tagged as in the explain pipeline, with the given hand-made entities.</summary>
    public static ImmutableArray<Quote> TaggedQuotesWith(string text, params (string Id, EntityType Type, string[] Surfaces)[] entities) =>
        QuoteComponents.Quotes().Process(Tagger.Value.Process(With(text, entities))).Quotes;

    private static readonly Lazy<IPipelineComponent> Parser = new(NlpComponents.Parser);

    /// <summary>Quotes of <paramref name="text"/> tokenized, tagged and parsed as in the explain pipeline, with no entities.</summary>
    public static ImmutableArray<Quote> ParsedQuotes(string text) =>
        QuoteComponents.Quotes().Process(Parser.Value.Process(Tagger.Value.Process(Tokenizer.Process(Docs.Plain(text)))).ProducedBy("test@1", Layer.Mentions, Layer.Entities)).Quotes;
}
