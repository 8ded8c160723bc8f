using System.Collections.Immutable;

namespace Sitrep.Core;

/// <summary>The annotation layers a component can need or add.</summary>
public enum Layer
{
    Tokens, Sentences, PartsOfSpeech, Lemmas, Dependencies,
    Mentions, Entities, Quotes, Dates, Events, Story,
}

/// <summary>
/// An article plus immutable annotation layers. Components never change a document; they return a new
/// one with their layer added (<c>with</c> expressions plus <see cref="ProducedBy"/>), so any stage can be run,
/// replaced or tested alone.
/// </summary>
public sealed record Document
{
    public required Article Article { get; init; }
    public string Text => Article.Text;
    public string Id => Article.Id;

    public ImmutableArray<Token> Tokens { get; init; } = [];
    public ImmutableArray<Sentence> Sentences { get; init; } = [];
    public ImmutableArray<EntityMention> Mentions { get; init; } = [];
    public ImmutableArray<Entity> Entities { get; init; } = [];
    public ImmutableArray<Quote> Quotes { get; init; } = [];
    public ImmutableArray<TimeExpression> Dates { get; init; } = [];
    public ImmutableArray<PoliticalEvent> Events { get; init; } = [];
    public StoryAnalysis? Story { get; init; }

    /// <summary>Which component (name@version) produced each layer present.</summary>
    public ImmutableDictionary<Layer, string> Producers { get; init; } = ImmutableDictionary<Layer, string>.Empty;

    public static Document From(Article article) => new() { Article = article };

    public bool Has(Layer layer) => Producers.ContainsKey(layer);

    /// <summary>Records that <paramref name="producer"/> added <paramref name="layers"/>.</summary>
    public Document ProducedBy(string producer, params ReadOnlySpan<Layer> layers)
    {
        var p = Producers;
        foreach (var l in layers) p = p.SetItem(l, producer);
        return this with { Producers = p };
    }

    public Entity? EntityById(string? id) => id is null ? null : Entities.FirstOrDefault(e => e.Id == id);

    /// <summary>The sentence containing character <paramref name="position"/>, if any.</summary>
    public Sentence? SentenceAt(int position)
    {
        int lo = 0, hi = Sentences.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            var s = Sentences[mid];
            if (position < s.Span.Start) hi = mid - 1;
            else if (position >= s.Span.End) lo = mid + 1;
            else return s;
        }
        return null;
    }

    /// <summary>The tokens of a sentence.</summary>
    public ReadOnlySpan<Token> TokensOf(Sentence sentence) => Tokens.AsSpan(sentence.FirstToken, sentence.TokenCount);

    /// <summary>Indices of the tokens that overlap <paramref name="span"/>.</summary>
    public Range TokenRange(TextSpan span)
    {
        int first = LowerBound(span.Start);
        int last = first;
        while (last < Tokens.Length && Tokens[last].Span.Start < span.End) last++;
        return first..last;
    }

    private int LowerBound(int position)
    {
        int lo = 0, hi = Tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (Tokens[mid].Span.End <= position) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
