using Sitrep.Core;
using Sitrep.Testing;
using Xunit.Abstractions;

namespace Sitrep.Quotes.Tests;

/// <summary>
/// Accuracy floors on the 100 hand-annotated scrapinghub articles (dev, dev2, dev3, dev4, test), measured with the tokenizer, tagger and
/// parser of the explain pipeline but without the entity stage, so that entity changes cannot move them
/// (`sitrep eval quotes` runs the entity stage as well; `--no-entities` matches these runs).
/// </summary>
public sealed class EvalTests(ITestOutputHelper output)
{
    private static readonly IPipelineComponent Tokenizer = Sitrep.Nlp.NlpComponents.Tokenizer();
    private static readonly IPipelineComponent Tagger = Sitrep.Nlp.NlpComponents.Tagger();
    private static readonly IPipelineComponent Parser = Sitrep.Nlp.NlpComponents.Parser();
    private static readonly IPipelineComponent Quotes = QuoteComponents.Quotes();

    private static readonly Lazy<IReadOnlyDictionary<string, string>> Bodies = new(() =>
        QuoteEvaluation.LoadBodies(SharedData.PathOf("data", "extraction", "scrapinghub", "ground-truth.json")));

    private QuoteEvalReport Run(string split)
    {
        var gold = QuoteEvaluation.LoadAnnotations(Path.Combine(SharedData.RepoRoot, "data", "quotes", "annotations", split + ".jsonl"));
        var r = QuoteEvaluation.Evaluate(gold, Bodies.Value, a => Quotes.Process(Parser.Process(Tagger.Process(Tokenizer.Process(Document.From(a))))));
        output.WriteLine($"{split}: P {r.Loose.Precision:F3} R {r.Loose.Recall:F3} F1 {r.Loose.F1:F3} @0.3; F1 {r.Strict.F1:F3} @0.8; speaker {r.SpeakerAccuracy:F3}; cue {r.CueAccuracy:F3}; channel {r.ChannelAccuracy:F3}");
        foreach (var m in r.Misses) output.WriteLine(m);
        return r;
    }

    [Fact]
    public void DevSetMeetsItsFloors()
    {
        var r = Run("dev");
        Assert.Equal(20, r.Articles);
        // Measured (tagged and parsed): F1 0.973, P 0.985, F1@0.8 0.935, speaker 0.945, cue 0.978 after issue #5's quotes6 round (0.968 / 0.929
        // after the dev3 round; `sitrep eval quotes --split dev --no-entities`); tokenizer only F1 0.971, F1@0.8 0.922, speaker 0.945, cue 0.961 (0.961 / 0.980 / 0.912 before issue #5's indirect-speech rules).
        // After the quotes8 round: F1 0.978, P 0.985, R 0.971, F1@0.8 0.940, speaker 0.946, cue 0.978; after quotes9 F1 0.981,
        // R 0.976, F1@0.8 0.942.
        Assert.True(r.Loose.F1 >= 0.978, $"F1@0.3 {r.Loose.F1:F3}");
        Assert.True(r.Loose.Precision >= 0.98, $"P@0.3 {r.Loose.Precision:F3}");
        Assert.True(r.Strict.F1 >= 0.93, $"F1@0.8 {r.Strict.F1:F3}");
        Assert.True(r.SpeakerAccuracy >= 0.94, $"speaker {r.SpeakerAccuracy:F3}");
        Assert.True(r.CueAccuracy >= 0.975, $"cue {r.CueAccuracy:F3}");
    }

    [Fact]
    public void SecondDevSetMeetsItsFloors()
    {
        var r = Run("dev2");
        Assert.Equal(20, r.Articles);
        Assert.Equal(303, r.Loose.Gold);
        // Measured (tagged and parsed): F1 0.960, P 0.967, R 0.954, F1@0.8 0.874, speaker 0.976, cue 0.960, indirect recall 0.910
        // after issue #5's quotes6 round (0.953 / 0.963 / 0.944 / 0.870, indirect 0.896 after the dev3 round; 0.952 / 0.960 / 0.869 / cue 0.956 before it);
        // tokenizer only F1 0.948, F1@0.8 0.865, speaker 0.972, cue 0.947
        // (0.923 / 0.828 indirect before the second round of indirect-speech rules, 0.868 / 0.724 before the first).
        // After the quotes8 round: F1 0.964, P 0.967, R 0.960, F1@0.8 0.877, speaker 0.979, cue 0.961, indirect recall 0.925;
        // after quotes9 F1 0.967, R 0.967, F1@0.8 0.881, speaker 0.980, indirect recall 0.940.
        Assert.True(r.Loose.F1 >= 0.966, $"F1@0.3 {r.Loose.F1:F3}");
        Assert.True(r.Loose.Precision >= 0.965, $"P@0.3 {r.Loose.Precision:F3}");
        Assert.True(r.Strict.F1 >= 0.878, $"F1@0.8 {r.Strict.F1:F3}");
        Assert.True(r.SpeakerAccuracy >= 0.975, $"speaker {r.SpeakerAccuracy:F3}");
        Assert.True(r.CueAccuracy >= 0.96, $"cue {r.CueAccuracy:F3}");
        var (indirect, found) = r.ByKind["indirect"];
        Assert.True((double)found / indirect >= 0.935, $"indirect recall {found}/{indirect}");
    }

    [Fact]
    public void ThirdDevSetMeetsItsFloors()
    {
        var r = Run("dev3");
        Assert.Equal(20, r.Articles);
        Assert.Equal(186, r.Loose.Gold);
        // First score, measured once after the annotations were committed and before any rule looked at them (with entities):
        // F1 0.805, P 0.850, R 0.763, F1@0.8 0.720, speaker 0.923, indirect recall 0.613.
        // Measured after the rules of issue #5's dev3 round (tagged and parsed, no entities): F1 0.916, P 0.953, R 0.882,
        // F1@0.8 0.827, speaker 0.957, cue 0.971, indirect recall 0.750; after the quotes6 round F1 0.942, P 0.966, R 0.919, F1@0.8 0.860,
        // speaker 0.959, cue 0.972, indirect recall 0.838; after the quotes7 round F1 0.945, P 0.966, R 0.925, F1@0.8 0.863,
        // indirect recall 0.850 (the rest unchanged); after quotes9 F1 0.948, R 0.930, F1@0.8 0.866, indirect recall 0.863.
        Assert.True(r.Loose.F1 >= 0.947, $"F1@0.3 {r.Loose.F1:F3}");
        Assert.True(r.Loose.Precision >= 0.965, $"P@0.3 {r.Loose.Precision:F3}");
        Assert.True(r.Strict.F1 >= 0.864, $"F1@0.8 {r.Strict.F1:F3}");
        Assert.True(r.SpeakerAccuracy >= 0.955, $"speaker {r.SpeakerAccuracy:F3}");
        Assert.True(r.CueAccuracy >= 0.97, $"cue {r.CueAccuracy:F3}");
        var (indirect, found) = r.ByKind["indirect"];
        Assert.True((double)found / indirect >= 0.86, $"indirect recall {found}/{indirect}");
    }

    [Fact]
    public void FourthDevSetMeetsItsFloors()
    {
        var r = Run("dev4");
        Assert.Equal(20, r.Articles);
        Assert.Equal(336, r.Loose.Gold);
        // First score, measured once after the annotations were committed and before any rule looked at them (with entities):
        // F1 0.901, P 0.909, R 0.893, F1@0.8 0.826, speaker 0.953, indirect recall 0.813.
        // Measured after issue #5's quotes7 round (tagged and parsed, no entities): F1 0.951, P 0.958, R 0.943, F1@0.8 0.879,
        // speaker 0.975, cue 0.984, indirect recall 0.911; after the quotes8 round F1 0.960, P 0.958, R 0.961, F1@0.8 0.886,
        // speaker 0.975, cue 0.981, indirect recall 0.959.
        Assert.True(r.Loose.F1 >= 0.958, $"F1@0.3 {r.Loose.F1:F3}");
        Assert.True(r.Loose.Precision >= 0.955, $"P@0.3 {r.Loose.Precision:F3}");
        Assert.True(r.Strict.F1 >= 0.884, $"F1@0.8 {r.Strict.F1:F3}");
        Assert.True(r.SpeakerAccuracy >= 0.97, $"speaker {r.SpeakerAccuracy:F3}");
        Assert.True(r.CueAccuracy >= 0.98, $"cue {r.CueAccuracy:F3}");
        var (indirect, found) = r.ByKind["indirect"];
        Assert.True((double)found / indirect >= 0.95, $"indirect recall {found}/{indirect}");
    }

    [Theory]
    [InlineData("dev2")]
    [InlineData("dev3")]
    [InlineData("dev4")]
    public void DevSetOffsetsFallOnWordsOfTheArticle(string split)
    {
        // Guards hand edits of the dev files: every span lies in its article and starts and ends on a word, not a space.
        var gold = QuoteEvaluation.LoadAnnotations(Path.Combine(SharedData.RepoRoot, "data", "quotes", "annotations", split + ".jsonl"));
        foreach (var article in gold)
        {
            string text = Bodies.Value[article.Id];
            foreach (var q in article.Quotes)
                foreach (var span in new[] { q.Span, q.SpeakerSpan })
                {
                    Assert.InRange(span.Start, 0, text.Length - 1);
                    Assert.InRange(span.End, span.Start + 1, text.Length);
                    var s = span.Of(text);
                    Assert.False(char.IsWhiteSpace(s[0]) || char.IsWhiteSpace(s[^1]), $"{article.Id[..12]}: '{s}'");
                    Assert.False(span.Start > 0 && char.IsLetterOrDigit(text[span.Start - 1]) && char.IsLetterOrDigit(s[0]), $"{article.Id[..12]}: cuts a word '{s}'");
                }
        }
    }

    [Fact]
    public void HeldOutTestSetMeetsItsFloors()
    {
        var r = Run("test");
        Assert.Equal(20, r.Articles);
        // Measured (tagged and parsed): F1 0.894, P 0.918, F1@0.8 0.847, speaker 0.953 (`sitrep eval quotes --split test --no-entities`;
        // with entities speaker 0.974; without tagger and parser F1 0.883, F1@0.8 0.835), run once after the quotes6 round of issue #5
        // (0.892 / 0.840, speaker 0.947, after the dev3 round; 0.889 / 0.833 before it, 0.878 / 0.821 before the parsed-mode fixes,
        // 0.875 / 0.822 before the second indirect-speech round). After the quotes11 and quotes12 rounds: F1 0.907 (P 0.920, R 0.894),
        // F1@0.8 0.856, speaker 0.964 (0.979 with entities): issue #5's goal of 0.90 at 0.3 is the floor.
        Assert.True(r.Loose.F1 >= 0.90, $"F1@0.3 {r.Loose.F1:F3}");
        Assert.True(r.Strict.F1 >= 0.85, $"F1@0.8 {r.Strict.F1:F3}");
        Assert.True(r.SpeakerAccuracy >= 0.96, $"speaker {r.SpeakerAccuracy:F3}");
    }

    [Fact]
    public void OverlapIsIntersectionOverUnion()
    {
        Assert.Equal(0.5, QuoteEvaluation.Overlap(new TextSpan(0, 10), new TextSpan(0, 5)), 3);
        Assert.Equal(0.0, QuoteEvaluation.Overlap(new TextSpan(0, 10), new TextSpan(10, 20)), 3);
        Assert.Equal(1.0, QuoteEvaluation.Overlap(new TextSpan(3, 9), new TextSpan(3, 9)), 3);
    }
}
