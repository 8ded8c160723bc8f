using Sitrep.Testing;

namespace Sitrep.Extraction.Tests;

/// <summary>Accuracy gate on the scrapinghub article-extraction-benchmark (181 pages, ../shared). `sitrep eval extraction` prints the same numbers.</summary>
public class BenchmarkFloorTests
{
    /// <summary>The current extractor scores F1 0.965 (P 0.958, R 0.972); the floor leaves a small noise margin.</summary>
    private const double F1Floor = 0.960;

    [Fact]
    public void F1_on_the_scrapinghub_benchmark_stays_above_the_floor()
    {
        var pages = ExtractionEvaluation.LoadDataset(SharedData.PathOf("data", "extraction", "scrapinghub"));
        Assert.Equal(181, pages.Count);
        var (scores, _) = ExtractionEvaluation.Run(pages, new ArticleExtractor(), bootstrap: 0);
        Assert.True(scores.F1 >= F1Floor, $"F1 {scores.F1:F4} (P {scores.Precision:F4}, R {scores.Recall:F4}) fell below {F1Floor}");
    }

    [Fact]
    public void Metric_matches_the_definition_on_small_cases()
    {
        // Identical texts: perfect; punctuation and spacing do not matter (tokens are \w+ runs).
        var (tp, fp, fn, exact) = ExtractionEvaluation.ScorePage("One two three four five.", "One, two three  four five");
        Assert.Equal((1.0, 0.0, 0.0, true), (tp, fp, fn, exact));
        // Empty prediction: no precision contribution, zero recall.
        var s = ExtractionEvaluation.Score([("alpha beta gamma delta", "")], bootstrap: 0);
        Assert.Equal(0, s.Recall);
        Assert.Equal(0, s.Precision);
        // Short texts form one shingle.
        Assert.Equal(1.0, ExtractionEvaluation.ScorePage("a b", "a b").Tp);
    }
}
