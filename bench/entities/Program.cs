using System.Diagnostics;
using Sitrep.Core;
using Sitrep.Entities;
using Sitrep.Entities.Lexicon;
using Sitrep.Entities.Ner;
using Sitrep.Nlp;

// usage: Sitrep.Bench [N]  — runs the entities component N times (default 200) over the reference article,
// single-threaded, after a warm-up; prints load time, documents/s and tokens/s (per core), and NER-only tokens/s.
var repo = AppContext.BaseDirectory;
while (!File.Exists(Path.Combine(repo, "Directory.Build.props"))) repo = Path.GetDirectoryName(repo.TrimEnd('/'))!;
var shared = Environment.GetEnvironmentVariable("SITREP_SHARED") is { Length: > 0 } e ? e : Path.GetFullPath(Path.Combine(repo, "..", "shared"));
var text = File.ReadAllText(Path.Combine(shared, "seed", "000_9d099156bbc82ae8.txt"));
int n = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 200;

var doc = NlpComponents.Tokenizer().Process(Document.From(new Article
{
    Id = "seed", Text = text, Paragraphs = Article.ParagraphsOf(text), Published = new DateTimeOffset(2020, 1, 3, 0, 0, 0, TimeSpan.Zero),
}));
var sw = Stopwatch.StartNew();
_ = Lexicons.Shared;
Console.WriteLine($"dictionaries loaded in {sw.ElapsedMilliseconds} ms");
sw.Restart();
_ = NerModel.Shared;
Console.WriteLine($"NER model loaded in {sw.ElapsedMilliseconds} ms ({NerModel.Shared.FeatureCount} features)");
var component = EntityComponents.Entities();
for (int i = 0; i < 20; i++) component.Process(doc);

sw.Restart();
for (int i = 0; i < n; i++) component.Process(doc);
var secs = sw.Elapsed.TotalSeconds;
Console.WriteLine($"entities: {n} docs x {doc.Tokens.Length} tokens in {secs:F2} s = {n / secs:F1} docs/s, {n * doc.Tokens.Length / secs:F0} tokens/s (1 core)");

var sentences = doc.Sentences.Select(s => doc.TokensOf(s).ToArray().Select(t => t.Text).ToArray()).ToList();
sw.Restart();
for (int i = 0; i < n; i++) foreach (var s in sentences) NerModel.Shared.Predict(s);
secs = sw.Elapsed.TotalSeconds;
Console.WriteLine($"NER tagger alone: {n * doc.Tokens.Length / secs:F0} tokens/s (1 core)");
