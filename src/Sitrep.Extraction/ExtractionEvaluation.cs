using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using Sitrep.Core;

namespace Sitrep.Extraction;

/// <summary>Corpus scores of the article-body benchmark (scrapinghub/article-extraction-benchmark METRIC.md).</summary>
public sealed record ExtractionScores(double Precision, double Recall, double F1, double Accuracy, int Pages,
    double PrecisionStd, double RecallStd, double F1Std, double AccuracyStd);

/// <summary>One page of the benchmark: id, URL, gold body, raw HTML bytes.</summary>
public sealed record BenchmarkPage(string Id, string Url, string GoldBody, byte[] Html);

/// <summary>
/// The scrapinghub article-extraction-benchmark metric: bag-of-4-gram shingles over \w+ tokens, per-page TP/FP/FN
/// normalised to sum to 1, macro-averaged precision (over non-empty predictions) and recall, F1 of the averages,
/// exact token-sequence accuracy, bootstrap standard deviations.
/// </summary>
public static partial class ExtractionEvaluation
{
    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();

    /// <summary>Reads ground-truth.json and html/&lt;id&gt;.html.gz of a benchmark folder.</summary>
    public static IReadOnlyList<BenchmarkPage> LoadDataset(string folder)
    {
        using var gt = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "ground-truth.json")));
        var pages = new List<BenchmarkPage>();
        foreach (var p in gt.RootElement.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            var file = Path.Combine(folder, "html", p.Name + ".html.gz");
            if (!File.Exists(file)) continue;
            using var z = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
            using var ms = new MemoryStream();
            z.CopyTo(ms);
            pages.Add(new BenchmarkPage(p.Name, p.Value.GetProperty("url").GetString() ?? "", p.Value.GetProperty("articleBody").GetString() ?? "", ms.ToArray()));
        }
        return pages;
    }

    public static List<string> Tokens(string text) => [.. Word().Matches(text).Select(m => m.Value)];

    private static Dictionary<string, int> Shingles(List<string> tokens)
    {
        var d = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Count == 0) return d;
        if (tokens.Count < 4) { d[string.Join('\u0001', tokens)] = 1; return d; }
        for (int i = 0; i + 4 <= tokens.Count; i++)
        {
            var k = string.Join('\u0001', tokens.GetRange(i, 4));
            d[k] = d.GetValueOrDefault(k) + 1;
        }
        return d;
    }

    /// <summary>Normalised TP/FP/FN of one page and whether its token sequence matches exactly.</summary>
    public static (double Tp, double Fp, double Fn, bool Exact) ScorePage(string gold, string predicted)
    {
        var gt = Tokens(gold); var pt = Tokens(predicted);
        var g = Shingles(gt); var p = Shingles(pt);
        double tp = 0, fp = 0, fn = 0;
        foreach (var k in g.Keys.Union(p.Keys))
        {
            int a = g.GetValueOrDefault(k), b = p.GetValueOrDefault(k);
            tp += Math.Min(a, b); fp += Math.Max(0, b - a); fn += Math.Max(0, a - b);
        }
        double s = tp + fp + fn;
        if (s > 0) { tp /= s; fp /= s; fn /= s; }
        return (tp, fp, fn, gt.SequenceEqual(pt));
    }

    public static ExtractionScores Score(IReadOnlyList<(string Gold, string Predicted)> pages, int bootstrap = 1000, int seed = 1)
    {
        var per = pages.Select(p => ScorePage(p.Gold, p.Predicted)).ToArray();
        var point = Aggregate(per, Enumerable.Range(0, per.Length));
        var rng = new Random(seed);
        var samples = new List<(double P, double R, double F, double A)>();
        for (int b = 0; b < bootstrap; b++)
            samples.Add(Aggregate(per, Enumerable.Range(0, per.Length).Select(_ => rng.Next(per.Length))));
        static double Std(IEnumerable<double> xs) { var l = xs.ToList(); var m = l.Average(); return Math.Sqrt(l.Sum(x => (x - m) * (x - m)) / l.Count); }
        return new ExtractionScores(point.P, point.R, point.F, point.A, per.Length,
            bootstrap > 0 ? Std(samples.Select(s => s.P)) : 0, bootstrap > 0 ? Std(samples.Select(s => s.R)) : 0,
            bootstrap > 0 ? Std(samples.Select(s => s.F)) : 0, bootstrap > 0 ? Std(samples.Select(s => s.A)) : 0);
    }

    private static (double P, double R, double F, double A) Aggregate((double Tp, double Fp, double Fn, bool Exact)[] per, IEnumerable<int> idx)
    {
        double ps = 0, rs = 0; int pn = 0, rn = 0, exact = 0, n = 0;
        foreach (var i in idx)
        {
            var (tp, fp, fn, ex) = per[i];
            n++;
            if (ex) exact++;
            double prec, rec;
            if (fp == 0 && fn == 0) { prec = rec = 1; }
            else
            {
                prec = tp + fp > 0 ? tp / (tp + fp) : 0;
                rec = tp + fn > 0 ? tp / (tp + fn) : 0;
            }
            if (tp + fp > 0) { ps += prec; pn++; }
            if (tp + fn > 0) { rs += rec; rn++; }
        }
        double p = pn > 0 ? ps / pn : 0, r = rn > 0 ? rs / rn : 0;
        return (p, r, p + r > 0 ? 2 * p * r / (p + r) : 0, n > 0 ? (double)exact / n : 0);
    }

    /// <summary>Runs the extractor over every page and scores the bodies.</summary>
    public static (ExtractionScores Scores, IReadOnlyList<(BenchmarkPage Page, string Predicted)> Outputs) Run(IReadOnlyList<BenchmarkPage> pages, ArticleExtractor extractor, int bootstrap = 1000)
    {
        var outputs = pages.Select(p =>
        {
            var r = extractor.Extract(new RawInput(p.Id + ".html", p.Html));
            return (p, r.Count > 0 && r[0].IsSuccess ? r[0].Value!.Text : "");
        }).ToList();
        return (Score([.. outputs.Select(o => (o.p.GoldBody, o.Item2))], bootstrap), outputs);
    }
}
