using System.Diagnostics;
using System.Globalization;
using Sitrep.Core;
using Sitrep.Engine;
using Sitrep.Extraction;

// Usage: dotnet run -c Release --project bench/pipeline -- [COPIES] [FILE…]
// Explains COPIES copies of each file (default: 100 copies of samples/border-crisis.html and the seed),
// timing every pipeline stage separately, and compares with a baseline measured in the same run:
// extraction plus a whitespace split, the least any explainer must do to read the text.
int copies = args.Length > 0 && int.TryParse(args[0], out var c) ? c : 100;
var repo = FindRepo();
var files = args.Skip(1).ToList();
if (files.Count == 0)
{
    files.Add(Path.Combine(repo, "samples", "border-crisis.html"));
    var seed = Path.GetFullPath(Path.Combine(repo, "..", "shared", "seed", "000_9d099156bbc82ae8.txt"));
    if (File.Exists(seed)) files.Add(seed);
}

var inputs = files.Select(f => new RawInput(f, File.ReadAllBytes(f))).ToList();
var extractor = new ArticleExtractor();
var articles = inputs.SelectMany(i => extractor.Extract(i)).Where(r => r.IsSuccess).Select(r => r.Value!).ToList();
var components = SitrepEngine.DefaultComponents.Select(n => SitrepEngine.Registry().Create(n)).ToList();

// Warm-up: load every model once and JIT the code paths.
foreach (var a in articles) components.Aggregate(Document.From(a), (d, comp) => comp.Process(d));

var stageTime = components.ToDictionary(comp => comp.Info.Name, _ => TimeSpan.Zero);
long tokens = 0;
var total = Stopwatch.StartNew();
var extractTime = Stopwatch.StartNew();
for (int i = 0; i < copies; i++) foreach (var input in inputs) extractor.Extract(input);
extractTime.Stop();
for (int i = 0; i < copies; i++)
{
    foreach (var a in articles)
    {
        var doc = Document.From(a);
        foreach (var comp in components)
        {
            var sw = Stopwatch.StartNew();
            doc = comp.Process(doc);
            stageTime[comp.Info.Name] += sw.Elapsed;
        }
        tokens += doc.Tokens.Length;
    }
}
total.Stop();

var baseline = Stopwatch.StartNew();
long baselineWords = 0;
for (int i = 0; i < copies; i++)
    foreach (var input in inputs)
        foreach (var r in extractor.Extract(input))
            if (r.IsSuccess) baselineWords += r.Value!.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
baseline.Stop();

int docs = copies * articles.Count;
var pipelineSeconds = stageTime.Values.Sum(t => t.TotalSeconds) + extractTime.Elapsed.TotalSeconds;
Console.WriteLine($"explain: {docs} documents ({copies} copies of {articles.Count}), {tokens:N0} tokens, 1 thread");
Console.WriteLine($"{"stage",-12} {"seconds",9} {"docs/s",10} {"tokens/s",12} {"share",7}");
void Row(string name, double seconds) =>
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-12} {seconds,9:F3} {docs / seconds,10:F1} {tokens / seconds,12:N0} {seconds / pipelineSeconds,7:P1}"));
Row("extraction", extractTime.Elapsed.TotalSeconds);
foreach (var (name, t) in stageTime) Row(name, t.TotalSeconds);
Row("total", pipelineSeconds);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"baseline (extract + whitespace split): {baseline.Elapsed.TotalSeconds:F3} s, {docs / baseline.Elapsed.TotalSeconds:F1} docs/s; explain costs {pipelineSeconds / baseline.Elapsed.TotalSeconds:F1}x the baseline"));

static string FindRepo()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Directory.Build.props"))) dir = dir.Parent;
    return dir?.FullName ?? Directory.GetCurrentDirectory();
}
