using Sitrep.Core;
using Sitrep.Testing;
using Xunit.Abstractions;

namespace Sitrep.Quotes.Tests;

/// <summary>
/// Accuracy floors on the 40 hand-annotated scrapinghub articles, measured with the tokenizer only so that changes
/// in other stages cannot move them (`sitrep eval quotes` runs the entity stage as well).
/// </summary>
public sealed class EvalTests(ITestOutputHelper output)
{
    private static readonly IPipelineComponent Tokenizer = Sitrep.Nlp.NlpComponents.Tokenizer();
    private static readonly IPipelineComponent Quotes = QuoteComponents.Quotes();

    private static readonly Lazy<IReadOnlyDictionary<string, string>> Bodies = new(() =>
        QuoteEvaluation.LoadBodies(SharedData.PathOf("data", "extraction", "scrapinghub", "ground-truth.json")));

    private QuoteEvalReport Run(string split)
    {
        var gold = QuoteEvaluation.LoadAnnotations(Path.Combine(SharedData.RepoRoot, "data", "quotes", "annotations", split + ".jsonl"));
        var r = QuoteEvaluation.Evaluate(gold, Bodies.Value, a => Quotes.Process(Tokenizer.Process(Document.From(a))));
        output.WriteLine($"{split}: P {r.Loose.Precision:F3} R {r.Loose.Recall:F3} F1 {r.Loose.F1:F3} @0.3; F1 {r.Strict.F1:F3} @0.8; speaker {r.SpeakerAccuracy:F3}; cue {r.CueAccuracy:F3}; channel {r.ChannelAccuracy:F3}");
        foreach (var m in r.Misses) output.WriteLine(m);
        return r;
    }

    [Fact]
    public void DevSetMeetsItsFloors()
    {
        var r = Run("dev");
        Assert.Equal(20, r.Articles);
        // Measured (tokenizer only): F1 0.964, P 0.980, F1@0.8 0.900, speaker 0.934, cue 0.961.
        Assert.True(r.Loose.F1 >= 0.95, $"F1@0.3 {r.Loose.F1:F3}");
        Assert.True(r.Loose.Precision >= 0.97, $"P@0.3 {r.Loose.Precision:F3}");
        Assert.True(r.Strict.F1 >= 0.88, $"F1@0.8 {r.Strict.F1:F3}");
        Assert.True(r.SpeakerAccuracy >= 0.92, $"speaker {r.SpeakerAccuracy:F3}");
        Assert.True(r.CueAccuracy >= 0.95, $"cue {r.CueAccuracy:F3}");
    }

    [Fact]
    public void HeldOutTestSetMeetsItsFloors()
    {
        var r = Run("test");
        Assert.Equal(20, r.Articles);
        // Measured (tokenizer only): F1 0.874, F1@0.8 0.816, speaker 0.934.
        Assert.True(r.Loose.F1 >= 0.86, $"F1@0.3 {r.Loose.F1:F3}");
        Assert.True(r.Strict.F1 >= 0.80, $"F1@0.8 {r.Strict.F1:F3}");
        Assert.True(r.SpeakerAccuracy >= 0.92, $"speaker {r.SpeakerAccuracy:F3}");
    }

    [Fact]
    public void OverlapIsIntersectionOverUnion()
    {
        Assert.Equal(0.5, QuoteEvaluation.Overlap(new TextSpan(0, 10), new TextSpan(0, 5)), 3);
        Assert.Equal(0.0, QuoteEvaluation.Overlap(new TextSpan(0, 10), new TextSpan(10, 20)), 3);
        Assert.Equal(1.0, QuoteEvaluation.Overlap(new TextSpan(3, 9), new TextSpan(3, 9)), 3);
    }
}
