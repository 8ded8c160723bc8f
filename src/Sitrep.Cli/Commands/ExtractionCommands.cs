using System.CommandLine;
using System.Diagnostics;
using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Core;
using Sitrep.Extraction;

namespace Sitrep.Cli.Commands;

/// <summary>Commands of the extraction stage: <c>sitrep extract</c> and <c>sitrep eval extraction</c>.</summary>
internal sealed class ExtractionCommands : ICommandSet
{
    public IEnumerable<Command> Commands()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Files, directories (all files) or - for stdin: HTML, text, RSS/Atom, WARC(.gz).", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "text (the body) or json (the explainer 'document' object, one per line).", DefaultValueFactory = _ => "text" };
        var cmd = new Command("extract", "Extract article text and metadata from web pages, text files, feeds and web archives.");
        cmd.Arguments.Add(inputs);
        cmd.Options.Add(format);
        cmd.SetAction(parse =>
        {
            var fmt = parse.GetValue(format) ?? "text";
            if (fmt is not ("text" or "json")) { Console.Error.WriteLine($"E103: unknown --format '{fmt}'. Available: json, text"); return 2; }
            var extractor = new ArticleExtractor();
            int failures = 0, first = 1;
            foreach (var input in InputFiles.Expand(parse.GetValue(inputs) ?? []))
            {
                if (!input.IsSuccess) { Console.Error.WriteLine(input.Error); failures++; continue; }
                foreach (var r in extractor.Extract(input.Value!))
                {
                    if (!r.IsSuccess) { Console.Error.WriteLine(r.Error); failures++; continue; }
                    if (fmt == "json") Console.WriteLine(ToJson(r.Value!));
                    else
                    {
                        if (first-- <= 0) Console.WriteLine("\n");
                        Console.WriteLine(r.Value!.Text);
                    }
                }
            }
            return failures == 0 ? 0 : 1;
        });
        yield return cmd;
    }

    public IEnumerable<Command> Eval()
    {
        var dataset = new Option<string>("--dataset") { Description = "The article-extraction-benchmark folder (ground-truth.json + html/).", DefaultValueFactory = _ => "../shared/data/extraction/scrapinghub" };
        var worst = new Option<int>("--worst") { Description = "List the N pages with the lowest F1.", DefaultValueFactory = _ => 0 };
        var dump = new Option<string?>("--dump") { Description = "Write each page's predicted body to DIR/<id>.txt." };
        var cmd = new Command("extraction", "Score article-body extraction on the scrapinghub benchmark (METRIC.md: 4-gram shingles, macro P/R, F1, exact accuracy).");
        cmd.Options.Add(dataset);
        cmd.Options.Add(worst);
        cmd.Options.Add(dump);
        cmd.SetAction(parse =>
        {
            var folder = parse.GetValue(dataset)!;
            if (!File.Exists(Path.Combine(folder, "ground-truth.json"))) { Console.Error.WriteLine(Errors.NotFound(Path.Combine(folder, "ground-truth.json"))); return 1; }
            var pages = ExtractionEvaluation.LoadDataset(folder);
            var sw = Stopwatch.StartNew();
            var (s, outputs) = ExtractionEvaluation.Run(pages, new ArticleExtractor());
            sw.Stop();
            Console.WriteLine($"pages: {s.Pages}   time: {sw.Elapsed.TotalSeconds:F1} s ({s.Pages / sw.Elapsed.TotalSeconds:F1} pages/s, incl. bootstrap)");
            Console.WriteLine("metric     value   ±std");
            Console.WriteLine($"precision  {s.Precision:F3}   {s.PrecisionStd:F3}");
            Console.WriteLine($"recall     {s.Recall:F3}   {s.RecallStd:F3}");
            Console.WriteLine($"F1         {s.F1:F3}   {s.F1Std:F3}");
            Console.WriteLine($"accuracy   {s.Accuracy:F3}   {s.AccuracyStd:F3}");
            if (parse.GetValue(dump) is { } dir)
            {
                Directory.CreateDirectory(dir);
                foreach (var (p, pred) in outputs) File.WriteAllText(Path.Combine(dir, p.Id + ".txt"), pred);
            }
            int n = parse.GetValue(worst);
            if (n > 0)
            {
                Console.WriteLine($"\nworst {n} pages (F1  P  R  id  url):");
                foreach (var (p, pred, f, pr, rc) in outputs.Select(o =>
                {
                    var (tp, fp, fn, _) = ExtractionEvaluation.ScorePage(o.Page.GoldBody, o.Predicted);
                    double pr = tp + fp > 0 ? tp / (tp + fp) : 0, rc = tp + fn > 0 ? tp / (tp + fn) : 0;
                    return (o.Page, o.Predicted, pr + rc > 0 ? 2 * pr * rc / (pr + rc) : 0, pr, rc);
                }).OrderBy(x => x.Item3).Take(n))
                    Console.WriteLine($"{f:F3} {pr:F3} {rc:F3}  {p.Id[..12]}  {p.Url}");
            }
            return 0;
        });
        yield return cmd;
    }

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The explainer schema's "document" object (field names of sitrep.explainer/1).</summary>
    internal static string ToJson(Article a) => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["id"] = a.Id,
        ["inputName"] = a.InputName,
        ["format"] = a.Format,
        ["title"] = a.Title,
        ["standfirst"] = a.Standfirst,
        ["byline"] = a.Byline,
        ["published"] = a.Published?.ToString("yyyy-MM-ddTHH:mm:sszzz"),
        ["modified"] = a.Modified?.ToString("yyyy-MM-ddTHH:mm:sszzz"),
        ["source"] = a.Source,
        ["url"] = a.Url,
        ["language"] = a.Language,
        ["sections"] = a.Sections.Select(s => new Dictionary<string, object> { ["heading"] = s.Heading, ["start"] = s.Span.Start, ["end"] = s.Span.End }).ToList(),
        ["dropped"] = a.Dropped.Select(d => new Dictionary<string, object> { ["kind"] = d.Kind, ["text"] = d.Text }).ToList(),
        ["embeds"] = a.Embeds.Select(e => new Dictionary<string, object?> { ["kind"] = e.Kind, ["author"] = e.Author, ["channel"] = e.Channel, ["url"] = e.Url, ["start"] = e.Span.Start, ["end"] = e.Span.End }).ToList(),
        ["text"] = a.Text,
    }, Json);
}
