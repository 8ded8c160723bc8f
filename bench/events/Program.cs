using System.Diagnostics;
using Sitrep.Core;
using Sitrep.Entities;
using Sitrep.Events;
using Sitrep.Nlp;
using Sitrep.Quotes;
using Sitrep.Render;

// usage: Sitrep.Bench seed [OUT.json] | throughput [N]
//   seed: runs tokenizer → tagger → parser → entities → quotes → dates → events on the reference article's body (the title,
//         standfirst, credit and share lines are dropped here as extraction does) and writes the explainer JSON
//         for ../shared/tools/score_explainer.py.
//   throughput: dates + events over the pre-annotated (parsed) seed N times, the same without the parse, and the whole
//               upstream + events pipeline (tokenizer … events) N/10 times; prints documents/s and tokens/s.
var repo = FindRepo();
var shared = Environment.GetEnvironmentVariable("SITREP_SHARED") is { Length: > 0 } e ? e : Path.GetFullPath(Path.Combine(repo, "..", "shared"));
var mode = args.Length > 0 ? args[0] : "seed";
var raw = File.ReadAllText(Path.Combine(shared, "seed", "000_9d099156bbc82ae8.txt"));
var paras = raw.Replace("\r\n", "\n").Split("\n\n").Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
// Extraction's job, done by hand for the bench: title, standfirst, photo credit and the share line are not body text.
var body = string.Join("\n\n", paras.Skip(3).Where(p => p != "Send this to a friend"));
var article = new Article
{
    Id = "seed", Text = body, Paragraphs = Article.ParagraphsOf(body), Title = paras[0], Standfirst = paras[1],
    Published = new DateTimeOffset(2020, 1, 3, 0, 0, 0, TimeSpan.Zero),
};
// The default pipeline's stages: the event coder reads the parse.
var upstream = Pipeline.Create([NlpComponents.Tokenizer(), NlpComponents.Tagger(), NlpComponents.Parser(), EntityComponents.Entities(), QuoteComponents.Quotes()]);
var doc = upstream.Run(Document.From(article));
var events = Pipeline.Create([NlpComponents.Tokenizer(), NlpComponents.Tagger(), NlpComponents.Parser(), EntityComponents.Entities(), QuoteComponents.Quotes(), EventComponents.Dates(), EventComponents.Events()]);

if (mode == "gsr")
{
    using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(shared, "data", "events", "plover", "PLOVER_GSR_CAMEO.dev.json")));
    int shown = 0;
    foreach (var r in json.RootElement.EnumerateArray())
    {
        if (!r.TryGetProperty("text", out var t)) continue;
        var text = t.GetString()!;
        var gold = PloverMapping.Normalize(r.GetProperty("event").GetString()!);
        var d = events.Run(Document.From(new Article { Id = "r", Text = text, Paragraphs = Article.ParagraphsOf(text) }));
        if (d.Events.Any(e => e.Plover?.Type == gold)) continue;
        if (shown++ >= int.Parse(args.Length > 1 ? args[1] : "25", System.Globalization.CultureInfo.InvariantCulture)) break;
        Console.WriteLine($"[{gold}] {text}");
        foreach (var v in d.Events) Console.WriteLine($"    got {v.Cameo.Code} {v.Plover?.Type} {v.Source?.Code}->{v.Target?.Code} [{v.Trigger}] {v.Modality}");
        Console.WriteLine("    actors: " + string.Join(", ", d.Entities.Select(e => $"{e.Name}={e.Cameo ?? e.Country}")));
    }
    return 0;
}
if (mode == "throughput")
{
    int n = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200;
    var dates = EventComponents.Dates();
    var coder = EventComponents.Events();
    coder.Process(dates.Process(doc));
    void Time(string label, Document input, int times, Func<Document, Document> run)
    {
        var sw = Stopwatch.StartNew();
        for (int i = 0; i < times; i++) run(input);
        sw.Stop();
        Console.WriteLine($"{label}: {times} docs in {sw.Elapsed.TotalSeconds:F2}s = {times / sw.Elapsed.TotalSeconds:F1} docs/s, {times * doc.Tokens.Length / sw.Elapsed.TotalSeconds:F0} tokens/s ({doc.Tokens.Length} tokens per doc)");
    }
    Time("dates+events (parsed input)", doc, n, d => coder.Process(dates.Process(d)));
    var taggedOnly = doc with { Producers = doc.Producers.Remove(Layer.Dependencies) };
    Time("dates+events (tagged, parse hidden)", taggedOnly, n, d => coder.Process(dates.Process(d)));
    var unparsed = Pipeline.Create([NlpComponents.Tokenizer(), EntityComponents.Entities(), QuoteComponents.Quotes()]).Run(Document.From(article));
    coder.Process(dates.Process(unparsed));
    Time("dates+events (no parse, surface rules)", unparsed, n, d => coder.Process(dates.Process(d)));
    events.Run(Document.From(article));
    Time("tokenizer…events (whole pipeline)", Document.From(article), Math.Max(1, n / 10), d => events.Run(d));
    return 0;
}

var result = events.Run(Document.From(article));
if (mode == "candidates")
{
    foreach (var c in new Sitrep.Events.Coding.EventCoder(Sitrep.Events.Dictionaries.EventLexicon.Default).Find(result))
        Console.WriteLine($"  cand {c.Code} {c.Modality} {c.Source?.Code}({c.Source?.Text}) -> {c.Target?.Code}({c.Target?.Text}) [{result.Tokens[c.Trigger].Text}] nominal={c.Nominal}");
    foreach (var q in result.Quotes) Console.WriteLine($"  quote {q.Id} cue={q.Cue} speaker={q.SpeakerText} [{q.Text[..Math.Min(50, q.Text.Length)]}]");
}
var outPath = args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), "sitrep-events-seed.json");
File.WriteAllText(outPath, ExplainerJson.ToJson(result));
foreach (var v in result.Events)
    Console.WriteLine($"{v.Id} {v.Cameo.Code} {v.Plover?.Type,-9} {v.Modality,-12} {v.Source?.Code ?? "-",-8}({v.Source?.Text}) -> {v.Target?.Code ?? "-",-8}({v.Target?.Text}) [{v.Trigger}] loc={v.Location?.Name} date={v.Date?.Value} q={v.AttributedTo} +{v.OtherMentions.Length}");
Console.WriteLine($"wrote {outPath}");
return 0;

static string FindRepo()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Directory.Build.props"))) dir = dir.Parent;
    return dir?.FullName ?? Directory.GetCurrentDirectory();
}
