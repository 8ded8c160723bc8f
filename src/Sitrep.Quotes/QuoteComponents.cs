using System.Collections.Immutable;
using Sitrep.Core;

namespace Sitrep.Quotes;

/// <summary>The quote stage's pipeline components.</summary>
public static class QuoteComponents
{
    /// <summary>
    /// "quotes": direct, mixed and indirect quotations with speaker (resolved to an entity through the mention
    /// layer), cue lemma, channel and outlet. Requires tokens, sentences, mentions and entities; uses
    /// part-of-speech tags and dependencies when an earlier component added them.
    /// </summary>
    public static IPipelineComponent Quotes() => new QuoteComponent(CueLexicon.Default);
}

internal sealed class QuoteComponent(CueLexicon lexicon) : IPipelineComponent
{
    public ComponentInfo Info { get; } = new("quotes", "1.0.0",
        [Layer.Tokens, Layer.Sentences, Layer.Mentions, Layer.Entities], [Layer.Quotes]);

    public Document Process(Document document, CancellationToken cancellationToken = default)
    {
        var quotes = new QuoteFinder(lexicon, Info.Id).Find(document);
        return (document with { Quotes = quotes }).ProducedBy(Info.Id, Layer.Quotes);
    }
}
