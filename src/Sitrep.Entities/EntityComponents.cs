using System.Collections.Immutable;
using Sitrep.Core;
using Sitrep.Entities.Lexicon;

namespace Sitrep.Entities;

/// <summary>The entity stage's public entry point.</summary>
public static class EntityComponents
{
    /// <summary>
    /// Component "entities": needs Tokens and Sentences; adds Mentions and Entities (ids E1, E2… in order of
    /// first mention; every mention carries its entity id).
    /// </summary>
    public static IPipelineComponent Entities() => new EntityComponent();
}

internal sealed class EntityComponent : IPipelineComponent
{
    public ComponentInfo Info { get; } = new("entities", "1.0.0", [Layer.Tokens, Layer.Sentences], [Layer.Mentions, Layer.Entities]);

    public Document Process(Document document, CancellationToken cancellationToken = default)
    {
        var lex = Lexicons.Shared;
        var words = Words.Of(document);
        var finder = new MentionFinder(lex);
        var cands = new List<Candidate>();
        for (int s = 0; s < words.Length; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            cands.AddRange(finder.Find(words[s], s));
        }
        var coref = new Coreference(lex);
        var clusters = coref.Resolve(cands, words);
        var (mentions, entities) = coref.Build(clusters, document, Info.Id);
        return (document with { Mentions = mentions, Entities = entities }).ProducedBy(Info.Id, Layer.Mentions, Layer.Entities);
    }
}
