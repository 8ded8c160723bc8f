using System.Diagnostics;
using Sitrep.Core;
using Sitrep.Entities;
using Sitrep.Nlp;
using Sitrep.Quotes;

// Throughput of the quote component on the 181 scrapinghub article bodies (documents/s and characters/s), with
// the tokenizer and the entity stage timed in the same run as baselines. Single thread; the first pass warms up.
var shared = args.Length > 0 ? args[0]
    : Environment.GetEnvironmentVariable("SITREP_SHARED") is { Length: > 0 } env ? env
    : Path.GetFullPath(Path.Combine(FindRepo(), "..", "shared"));
var bodies = QuoteEvaluation.LoadBodies(Path.Combine(shared, "data", "extraction", "scrapinghub", "ground-truth.json"));
var articles = bodies.Select(kv => QuoteEvaluation.ArticleOf(kv.Key, kv.Value)).ToList();
long chars = articles.Sum(a => (long)a.Text.Length);

var tokenizer = NlpComponents.Tokenizer();
var entities = EntityComponents.Entities();
var quotes = QuoteComponents.Quotes();

var tokenized = articles.Select(a => tokenizer.Process(Document.From(a))).ToList();
var withEntities = tokenized.Select(d => entities.Process(d)).ToList();

double Time(Func<int> pass, int rounds)
{
    pass();
    var sw = Stopwatch.StartNew();
    int n = 0;
    for (int r = 0; r < rounds; r++) n += pass();
    return sw.Elapsed.TotalSeconds / rounds;
}

int found = 0;
double tTok = Time(() => { foreach (var a in articles) tokenizer.Process(Document.From(a)); return 0; }, 3);
double tEnt = Time(() => { foreach (var d in tokenized) entities.Process(d); return 0; }, 2);
double tQuo = Time(() => { found = 0; foreach (var d in withEntities) found += quotes.Process(d).Quotes.Length; return found; }, 5);

Console.WriteLine($"documents {articles.Count}, characters {chars:N0}, quotes found {found}");
Console.WriteLine($"{"component",-10} {"s/pass",8} {"docs/s",9} {"kchars/s",9} {"x tokenizer",12}");
void Row(string name, double t) => Console.WriteLine($"{name,-10} {t,8:F3} {articles.Count / t,9:F0} {chars / t / 1000,9:F0} {t / tTok,12:F2}");
Row("tokenizer", tTok);
Row("entities", tEnt);
Row("quotes", tQuo);

static string FindRepo()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "Directory.Build.props"))) return dir.FullName;
    return Directory.GetCurrentDirectory();
}
