using System.Diagnostics;
using Sitrep.Core;
using Sitrep.Nlp;
using Sitrep.Nlp.Conllu;

// Plain timed run on UD English EWT test, one thread: tokens/second for each NLP step, with a naive
// whitespace tokenizer measured in the same run as the baseline.
//   dotnet run -c Release --project bench/nlp [-- <shared folder>]
var shared = args.Length > 0 ? args[0]
    : Environment.GetEnvironmentVariable("SITREP_SHARED") is { Length: > 0 } env ? env
    : Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../../shared"));
var path = Path.Combine(shared, "data", "ud-ewt", "en_ewt-ud-test.conllu");
var sentences = ConlluFormat.ReadFile(path);
var text = string.Join("\n\n", sentences.Select(s => s.Text));
int words = sentences.Sum(s => s.Count);
Console.WriteLine($"EWT test: {sentences.Count} sentences, {words} words, {text.Length} chars; {Environment.ProcessorCount} cores, 1 thread used");

const int Rounds = 5;
// Wall time and this process's CPU time are both reported: on a shared, busy machine the CPU-time rate is
// the one that says what a free core would do.
static TimeSpan Cpu() => Process.GetCurrentProcess().TotalProcessorTime;
double Measure(string name, Func<int> run)
{
    run(); // warm-up (JIT, model loading)
    var cpu0 = Cpu();
    var sw = Stopwatch.StartNew();
    long tokens = 0;
    for (int i = 0; i < Rounds; i++) tokens += run();
    double rate = tokens / sw.Elapsed.TotalSeconds;
    double cpuRate = tokens / (Cpu() - cpu0).TotalSeconds;
    Console.WriteLine($"{name,-36} {rate,12:N0} tok/s wall {cpuRate,12:N0} tok/s per CPU second");
    return rate;
}

// Model load: decompression alone (the floor for any format), then each model's full load on first use.
string Ms(Action a)
{
    var cpu0 = Cpu();
    var t = Stopwatch.StartNew();
    a();
    return $"{t.ElapsedMilliseconds} ms wall / {(Cpu() - cpu0).TotalMilliseconds:F0} ms CPU";
}
var parserFiles = Sitrep.Nlp.Parsing.ParserEnsemble.Shipped.Select(m => m.File)
    .Where(f => typeof(NlpTools).Assembly.GetManifestResourceNames().Any(n => n.EndsWith(f, StringComparison.Ordinal))).ToList();
var gunzip = Ms(() =>
{
    foreach (var m in parserFiles.Prepend("tagger.gz"))
        using (var s = EmbeddedData.Open(typeof(NlpTools).Assembly, m)) s.CopyTo(Stream.Null);
});
Sitrep.Nlp.Tagging.PosTagger tagger = null!;
Sitrep.Nlp.Parsing.ParserEnsemble parser = null!;
var tagLoad = Ms(() => tagger = NlpModels.Tagger);
var parseLoad = Ms(() => parser = NlpModels.Parser);
Console.WriteLine($"model load: tagger {tagLoad}; parser ensemble of {parser.Members.Count} ({string.Join(", ", parserFiles)}, loaded in parallel) {parseLoad}; gunzip alone (all) {gunzip}");
foreach (var f in parserFiles)
    Console.WriteLine($"  {f} alone: {Ms(() => { using var s = EmbeddedData.Open(typeof(NlpTools).Assembly, f); Sitrep.Nlp.Parsing.ArcHybridParser.Load(s); })}");

Measure("baseline: whitespace split", () => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
var tokenizer = NlpComponents.Tokenizer();
var doc = Document.From(new Article { Id = "bench", Text = text });
// Tokenize + split on the running text of each EWT document (sentences joined by spaces, paragraphs by blank
// lines, as `sitrep eval ud` scores it), so the splitter decides every boundary; rules alone for comparison.
var running = Sitrep.Nlp.Tokenization.BoundaryTraining.RawDocuments(sentences).Select(d => Document.From(new Article { Id = "bench", Text = d.Text })).ToList();
var rulesOnly = new Sitrep.Nlp.Tokenization.TokenizerComponent(Sitrep.Nlp.Tokenization.RuleTokenizer.Default, Sitrep.Nlp.Tokenization.SentenceSplitter.RulesOnly);
Measure("tokenize + split (rules + model)", () => running.Sum(d => tokenizer.Process(d).Tokens.Length));
Measure("tokenize + split (rules only)", () => running.Sum(d => rulesOnly.Process(d).Tokens.Length));
var forms = sentences.Select(s => (IReadOnlyList<string>)s.Words.Select(w => w.Form).ToList()).ToList();
Measure("tag + lemmatize (gold tokens)", () =>
{
    int n = 0;
    foreach (var f in forms)
    {
        var tags = tagger.Tag(f);
        for (int i = 0; i < tags.Length; i++) tagger.Lemmatizer.Lemmatize(f[i], tags[i].Xpos);
        n += f.Count;
    }
    return n;
});
var tagged = forms.Select(f => tagger.Tag(f).Select(t => t.Xpos).ToList()).ToList();
for (int k = 0; k < parser.Members.Count; k++)
{
    var member = parser.Members[k];
    Measure($"parse, member {k + 1} alone ({member.Order})", () =>
    {
        int n = 0;
        for (int i = 0; i < forms.Count; i++) { member.Parse(forms[i], tagged[i]); n += forms[i].Count; }
        return n;
    });
}
Measure($"parse (predicted tags, {parser.Members.Count} member{(parser.Members.Count == 1 ? "" : "s")})", () =>
{
    int n = 0;
    for (int i = 0; i < forms.Count; i++) { parser.Parse(forms[i], tagged[i]); n += forms[i].Count; }
    return n;
});
var pipeline = Pipeline.Create([tokenizer, NlpComponents.Tagger(), NlpComponents.Parser()]);
Measure("full pipeline on raw text", () => pipeline.Run(doc).Tokens.Length);
