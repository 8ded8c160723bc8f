// Extraction benchmark: Sitrep vs SmartReader (C#) vs readability.js (run before by run.sh), same pages, one thread each.
// usage: Sitrep.Bench.Extraction DATASET_DIR READABILITY_JSON
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Sitrep.Core;
using Sitrep.Extraction;

var dataset = args.Length > 0 ? args[0] : "../shared/data/extraction/scrapinghub";
var readabilityJson = args.Length > 1 ? args[1] : null;
var pages = ExtractionEvaluation.LoadDataset(dataset);
Console.WriteLine($"pages: {pages.Count} (scrapinghub article-extraction-benchmark; metric: METRIC.md)");

var sitrep = new ArticleExtractor();
string Sitrep(BenchmarkPage p)
{
    var r = sitrep.Extract(new RawInput(p.Id + ".html", p.Html));
    return r.Count > 0 && r[0].IsSuccess ? r[0].Value!.Text : "";
}
string SmartReader(BenchmarkPage p)
{
    try
    {
        var a = new global::SmartReader.Reader(p.Url, Encoding.UTF8.GetString(p.Html)).GetArticle();
        return a.IsReadable ? a.TextContent ?? "" : "";
    }
    catch (Exception) { return ""; } // a crash on one page counts as an empty prediction
}

var rows = new List<(string Name, ExtractionScores S, double PagesPerSecond)>();
foreach (var (name, run) in new (string, Func<BenchmarkPage, string>)[] { ("Sitrep", Sitrep), ("SmartReader 0.11.1", SmartReader) })
{
    foreach (var p in pages.Take(5)) run(p); // warm-up (JIT)
    var sw = Stopwatch.StartNew();
    var outputs = pages.Select(run).ToList();
    sw.Stop();
    var scores = ExtractionEvaluation.Score([.. pages.Zip(outputs, (p, o) => (p.GoldBody, o))]);
    rows.Add((name, scores, pages.Count / sw.Elapsed.TotalSeconds));
}
if (readabilityJson is not null && File.Exists(readabilityJson))
{
    using var j = JsonDocument.Parse(File.ReadAllBytes(readabilityJson));
    var seconds = j.RootElement.GetProperty("seconds").GetDouble();
    var output = j.RootElement.GetProperty("output");
    var preds = pages.Select(p => output.TryGetProperty(p.Id, out var v) ? v.GetString() ?? "" : "").ToList();
    rows.Add(("readability.js 0.6.0 (jsdom)", ExtractionEvaluation.Score([.. pages.Zip(preds, (p, o) => (p.GoldBody, o))]), pages.Count / seconds));
}

Console.WriteLine();
Console.WriteLine("| system | F1 | precision | recall | accuracy | pages/s |");
Console.WriteLine("|---|---|---|---|---|---|");
foreach (var (name, s, pps) in rows)
    Console.WriteLine($"| {name} | {s.F1:F3} ± {s.F1Std:F3} | {s.Precision:F3} | {s.Recall:F3} | {s.Accuracy:F3} | {pps:F1} |");
var sr = rows.FirstOrDefault(r => r.Name.StartsWith("SmartReader", StringComparison.Ordinal));
if (sr.Name is not null) Console.WriteLine($"\nSitrep speed / SmartReader speed: {rows[0].PagesPerSecond / sr.PagesPerSecond:F2}x");
