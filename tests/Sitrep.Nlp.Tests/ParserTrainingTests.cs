using Sitrep.Nlp.Conllu;
using Sitrep.Nlp.Parsing;
using Sitrep.Testing;

namespace Sitrep.Nlp.Tests;

/// <summary>Training a small parser end to end: it learns, saves and loads to the same parses, alone or in an ensemble.</summary>
public sealed class ParserTrainingTests
{
    [Fact]
    public void A_parser_trained_on_a_small_slice_learns_and_survives_save_and_load()
    {
        var train = ConlluFormat.ReadFile(SharedData.PathOf("data", "ud-ewt", "en_ewt-ud-train.conllu")).Take(600).ToList();
        var dev = ConlluFormat.ReadFile(SharedData.PathOf("data", "ud-ewt", "en_ewt-ud-dev.conllu")).Take(150).ToList();
        var clusters = NlpModels.Parser.Members[0].Clusters;
        var parser = ArcHybridParser.Train(train, dev, clusters, epochs: 2, seed: 1, prune: 0f, _ => { }, ReadingOrder.RightToLeftPunctuationLast);
        var (uas, las) = parser.Evaluate(dev);
        // Gold tags, 600 sentences, two epochs: far below the shipped members, far above chance.
        Assert.True(uas > 60 && las > 50, $"UAS {uas:F2} LAS {las:F2}");

        var path = Path.GetTempFileName();
        try
        {
            parser.Save(path);
            var loaded = ArcHybridParser.LoadFile(path);
            var pair = new ParserEnsemble([parser, loaded], [1.0, 0.99]);
            foreach (var s in dev)
            {
                var words = s.Words.Select(w => w.Form).ToList();
                var tags = s.Words.Select(w => w.Xpos).ToList();
                var (h0, l0) = parser.Parse(words, tags);
                var (h1, l1) = loaded.Parse(words, tags);
                Assert.Equal(h0, h1);
                Assert.Equal(l0, l1);
                // Two identical members: their vote is their parse (the ensemble hashes words once for both).
                var (he, le) = pair.Parse(words, tags);
                Assert.Equal(h0, he);
                Assert.Equal(l0, le);
            }
        }
        finally { File.Delete(path); }
    }
}
