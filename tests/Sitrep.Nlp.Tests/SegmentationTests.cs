using Sitrep.Nlp.Conllu;
using Sitrep.Nlp.Evaluation;
using Sitrep.Nlp.Tokenization;
using Sitrep.Testing;

namespace Sitrep.Nlp.Tests;

/// <summary>
/// Floors the tokenizer and sentence splitter meet on the whole of UD English EWT test, raw text rebuilt from the
/// treebank and scored by character spans (<see cref="UdEvaluator.Segmentation"/>). The full split runs in well
/// under a second, so the floors are the real numbers, not a slice.
/// </summary>
public sealed class SegmentationTests
{
    private static readonly Lazy<List<UdSentence>> Test = new(() => ConlluFormat.ReadFile(SharedData.PathOf("data", "ud-ewt", "en_ewt-ud-test.conllu")));

    [Fact]
    public void Meets_the_token_and_sentence_floors_on_ewt_test()
    {
        var (tokens, sentences) = UdEvaluator.Segmentation(Test.Value);
        Assert.True(tokens.F1 >= 0.990, $"token F1 {tokens.F1:F4}");
        Assert.True(sentences.F1 >= 0.900, $"sentence F1 {sentences.F1:F4}");
    }

    [Fact]
    public void The_learned_boundary_model_is_embedded_and_beats_the_rules_alone()
    {
        Assert.NotNull(BoundaryModel.Default);
        var sample = Test.Value.Take(700).ToList();
        var (_, withModel) = UdEvaluator.Segmentation(sample);
        var (_, rulesOnly) = UdEvaluator.Segmentation(sample, SentenceSplitter.RulesOnly);
        Assert.True(withModel.F1 > rulesOnly.F1 + 0.02, $"model {withModel.F1:F4} vs rules {rulesOnly.F1:F4}");
    }
}
