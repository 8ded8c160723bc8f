using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Sitrep.Core;
using Sitrep.Render;
using Sitrep.Testing;

namespace Sitrep.Engine.Tests;

/// <summary>
/// The reference article scored by the project's reference scorer (shared/tools/score_explainer.py).
/// The floor is the score the current pipeline reaches; raise it as the pipeline improves.
/// </summary>
public class SeedScoreTests
{
    private const double ScoreFloor = 98.0;

    internal static readonly DateTimeOffset SeedPublished = new(2020, 1, 3, 12, 0, 0, TimeSpan.Zero);

    internal static Document ExplainSeed()
    {
        var engine = SitrepEngine.Default.WithFallbackPublished(SeedPublished);
        var result = Assert.Single(engine.Explain(new RawInput(SharedData.SeedPath, File.ReadAllBytes(SharedData.SeedPath))));
        Assert.True(result.IsSuccess, result.Error?.ToString());
        return result.Value!;
    }

    internal static (double Score, string Report) Score(Document doc, string? goldPath = null)
    {
        var file = Path.Combine(Path.GetTempPath(), $"sitrep-seed-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, ExplainerJson.ToJson(doc));
        try
        {
            var psi = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[] { SharedData.PathOf("tools", "score_explainer.py"), file, goldPath ?? SharedData.SeedGoldPath, "--verbose" }) psi.ArgumentList.Add(a);
            using var p = Process.Start(psi)!;
            var output = p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            var m = Regex.Match(output, @"score: ([0-9.]+)/100");
            Assert.True(m.Success, "scorer printed no score:\n" + output + p.StandardError.ReadToEnd());
            return (double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), output);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void SeedExplainerScoresAtLeastTheFloor()
    {
        var (score, report) = Score(ExplainSeed());
        Assert.True(score >= ScoreFloor, $"seed score {score} < floor {ScoreFloor}\n{report}");
    }

    /// <summary>
    /// The project's own sample, with a gold reading written for it in the seed's format: the same scorer on
    /// an article the components were not built around, so the seed score cannot hide overfitting.
    /// </summary>
    [Fact]
    public void OwnSampleScoresAtLeastItsFloor()
    {
        const double sampleFloor = 95.0;
        var path = SharedData.SamplePath("border-crisis.html");
        var result = Assert.Single(SitrepEngine.Default.Explain(new RawInput(path, File.ReadAllBytes(path))));
        var (score, report) = Score(result.Value!, SharedData.SamplePath("border-crisis.gold.json"));
        Assert.True(score >= sampleFloor, $"sample score {score} < floor {sampleFloor}\n{report}");
    }

    /// <summary>
    /// A second own sample, a plain-text wire story of another crisis (samples/shoal-standoff.txt, its date on a line of
    /// its own): it keeps the dateline, role and advisory readings honest beyond the first sample.
    /// </summary>
    [Fact]
    public void SecondSampleScoresAtLeastItsFloor()
    {
        const double sampleFloor = 92.0;
        var path = SharedData.SamplePath("shoal-standoff.txt");
        var result = Assert.Single(SitrepEngine.Default.Explain(new RawInput(path, File.ReadAllBytes(path))));
        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.Equal(new DateOnly(2024, 8, 20), DateOnly.FromDateTime(result.Value!.Article.Published!.Value.UtcDateTime));
        var (score, report) = Score(result.Value!, SharedData.SamplePath("shoal-standoff.gold.json"));
        Assert.True(score >= sampleFloor, $"sample score {score} < floor {sampleFloor}\n{report}");
    }

    [Fact]
    public void EveryAnnotationPointsInsideTheText()
    {
        var doc = ExplainSeed();
        var n = doc.Text.Length;
        Assert.All(doc.Tokens, t => Assert.Equal(t.Text, t.Span.Of(doc.Text)));
        Assert.All(doc.Entities.SelectMany(e => e.Mentions), m => Assert.Equal(m.Text, m.Span.Of(doc.Text)));
        Assert.All(doc.Quotes, q => Assert.True(q.Span.End <= n && q.ContentSpans.All(s => q.Span.Contains(s) || s.End <= n)));
        Assert.All(doc.Events, v => Assert.True(v.Span.End <= n));
        Assert.All(doc.Dates, d => Assert.Equal(d.Text, d.Span.Of(doc.Text)));
    }

    [Fact]
    public void EveryLayerNamesItsProducer()
    {
        var doc = ExplainSeed();
        foreach (var layer in new[] { Layer.Tokens, Layer.Sentences, Layer.Entities, Layer.Quotes, Layer.Events, Layer.Story })
            Assert.True(doc.Has(layer), $"layer {layer} missing");
        Assert.All(doc.Quotes, q => Assert.Contains('@', q.Producer));
        Assert.All(doc.Events, v => Assert.Contains('@', v.Producer));
    }
}
