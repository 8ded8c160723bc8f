using System.CommandLine;
using Sitrep.Core;
using Sitrep.Entities;
using Sitrep.Engine;
using Sitrep.Events;
using Sitrep.Extraction;
using Sitrep.Events.Data;
using Sitrep.Events.Evaluation;
using Sitrep.Nlp;
using Sitrep.Quotes;
using Sitrep.Render.Export;

namespace Sitrep.Cli.Commands;

/// <summary>Event-stage commands: <c>export</c>, <c>eval events</c>, <c>eval petrarch-units</c>, <c>build-data events</c>.</summary>
internal sealed class EventsCommands : ICommandSet
{
    /// <summary>The stages the event coder reads, built from the stage factories.</summary>
    private static Pipeline Upstream(bool parse = false) => Pipeline.Create(parse
        ? [NlpComponents.Tokenizer(), NlpComponents.Tagger(), NlpComponents.Parser(), EntityComponents.Entities(), QuoteComponents.Quotes()]
        : [NlpComponents.Tokenizer(), EntityComponents.Entities(), QuoteComponents.Quotes()]);

    public IEnumerable<Command> Commands()
    {
        var format = new Option<string>("--format") { Description = "gdelt (GDELT 2.0 event rows) or plover (PLOVER JSON lines).", DefaultValueFactory = _ => "plover" };
        var published = new Option<DateTimeOffset?>("--published") { Description = "Publication date for inputs that state none (plain text), e.g. 2020-01-03; fills GDELT's date columns." };
        var inputs = new Argument<string[]>("inputs") { Description = "Files or directories: HTML, plain text, RSS/Atom, WARC(.gz), as for explain." };
        var cmd = new Command("export", "Code events in articles and write them as GDELT 2.0 rows or PLOVER JSON lines.") { format, published, inputs };
        cmd.SetAction(parse =>
        {
            var fmt = parse.GetValue(format)!.ToLowerInvariant();
            if (fmt is not ("gdelt" or "plover")) { SitrepCli.Error.WriteLine($"sitrep: unknown format '{fmt}' (gdelt|plover)"); return SitrepCli.Usage; }
            // The same engine as explain (extraction, publication date, all stages) so exported rows match the explainer.
            var engine = SitrepEngine.Create(["tokenizer", "tagger", "parser", "entities", "quotes", "dates", "events"])
                .WithFallbackPublished(parse.GetValue(published));
            long id = 1;
            int failed = 0;
            foreach (var input in InputFiles.Expand(parse.GetValue(inputs) ?? []))
            {
                var docs = input.IsSuccess ? engine.Explain(input.Value!) : [Result<Document>.Fail(input.Error!)];
                foreach (var r in docs)
                {
                    if (!r.IsSuccess)
                    {
                        failed++;
                        SitrepCli.ReportFailure(r.Error!, input.Value?.Name ?? "?");
                        continue;
                    }
                    if (fmt == "gdelt") { GdeltExport.Write(r.Value!, SitrepCli.Out, id); id += r.Value!.Events.Length; }
                    else PloverExport.Write(r.Value!, SitrepCli.Out);
                }
            }
            SitrepCli.Out.Flush();
            return failed == 0 ? SitrepCli.Ok : SitrepCli.SomeFailed;
        });
        yield return cmd;
    }

    public IEnumerable<Command> Eval()
    {
        var dataset = new Option<string>("--dataset") { Description = "PLOVER gold-standard records (JSON array).", DefaultValueFactory = _ => Path.Combine(DefaultShared(), "data", "events", "plover", "PLOVER_GSR_CAMEO.dev.json") };
        var evQuiet = new Option<bool>("--quiet") { Description = "Only the totals." };
        var evParse = new Option<bool>("--with-parse") { Description = "Kept for old scripts: the tagger and parser now run by default, as in the default pipeline." };
        var evNoParse = new Option<bool>("--no-parse") { Description = "Leave the tagger and parser out (surface rules only), for comparison." };
        var evHalf = new Option<string?>("--half") { Description = "tune (odd record numbers, for choosing changes) or check (even, for reporting); default all." };
        var ev = new Command("events", "Event coding against the PLOVER gold-standard records: per record and in total, type P/R/F1, source and target codes found, all three.") { dataset, evQuiet, evParse, evNoParse, evHalf };
        ev.SetAction(parse =>
        {
            var upstream = Upstream(!parse.GetValue(evNoParse));
            GsrHalf? half = parse.GetValue(evHalf)?.ToLowerInvariant() switch
            {
                null or "" or "all" => null, "tune" => GsrHalf.Tune, "check" => GsrHalf.Check,
                var other => throw new ArgumentException($"--half: tune, check or all, not '{other}'"),
            };
            var r = PloverGsrEvaluation.Run(parse.GetValue(dataset)!, a => upstream.Run(Document.From(a)), half);
            static string Mark(bool? b) => b switch { true => "+", false => "-", null => "." };
            if (!parse.GetValue(evQuiet))
                foreach (var d in r.Details)
                    Console.WriteLine($"type{Mark(d.TypeFound)} src{Mark(d.SourceFound)} tgt{Mark(d.TargetFound)} {d.Id} gold {d.GoldType} {d.GoldSource} -> {d.GoldTarget} | coded [{string.Join("; ", d.Coded)}] | {d.Text}");
            Console.WriteLine($"records {r.Records}, events coded {r.Predicted}");
            Console.WriteLine($"{"",-12} {"P",6} {"R",6} {"F1",6}");
            Console.WriteLine($"{"type",-12} {r.Precision,6:F3} {r.Recall,6:F3} {r.F1,6:F3}");
            Console.WriteLine($"source found {r.SourceFound}/{r.SourceGold} = {r.SourceRate:F3}");
            Console.WriteLine($"target found {r.TargetFound}/{r.TargetGold} = {r.TargetRate:F3}");
            Console.WriteLine($"type+source+target found {r.AllFound}/{r.Records} = {r.AllRate:F3}");
            foreach (var (type, (gold, found)) in r.PerType.OrderBy(p => p.Key, StringComparer.Ordinal))
                Console.WriteLine($"  {type,-10} {found,3}/{gold,-3} {(double)found / gold,6:F3}");
            return 0;
        });
        yield return ev;

        var records = new Option<string>("--records") { Description = "PETRARCH unit-test records (XML with parses and expected codings).", DefaultValueFactory = _ => Path.Combine(DefaultShared(), "data", "events", "petrarch2", "PETR.UnitTest.records.xml") };
        var dicts = new Option<string?>("--dictionaries") { Description = "Folder with the dictionaries the records name (default: beside the records)." };
        var quiet = new Option<bool>("--quiet") { Description = "Only the totals." };
        var pu = new Command("petrarch-units", "PETRARCH's unit-test records coded from their parses with the PETR.Validate.* dictionaries loaded from disk: share of expected codings produced.") { records, dicts, quiet };
        pu.SetAction(parse =>
        {
            var r = PetrarchUnitEvaluation.Run(parse.GetValue(records)!, parse.GetValue(dicts));
            if (!parse.GetValue(quiet))
                foreach (var rec in r.Records)
                {
                    string mark = rec.Hits == rec.Expected.Count ? "ok  " : rec.Hits > 0 ? "part" : "MISS";
                    Console.WriteLine($"{mark} {rec.Id,-18} expected [{string.Join(", ", rec.Expected.Select(e => e.Length == 0 ? "(none)" : e))}] produced [{string.Join(", ", rec.Produced)}]");
                }
            Console.WriteLine($"records {r.Records.Count}, expected codings {r.Expected}, produced {r.Produced} = {r.Share:F3}, extra codings {r.Extra}");
            foreach (var g in r.Records.GroupBy(x => x.Category).OrderBy(g => g.Key, StringComparer.Ordinal))
                Console.WriteLine($"  {g.Key,-10} {g.Sum(x => x.Hits),3}/{g.Sum(x => x.Expected.Count),-3}");
            return 0;
        });
        yield return pu;
    }

    public IEnumerable<Command> BuildData()
    {
        var shared = new Option<string>("--shared") { Description = "The shared data folder (default: ../shared beside the repository).", DefaultValueFactory = _ => DefaultShared() };
        var output = new Option<string>("--output") { Description = "Where to write the derived files.", DefaultValueFactory = _ => Path.Combine(RepoRoot(), "data", "events") };
        var cmd = new Command("events", "Rebuild data/events (CAMEO codebook + PLOVER map, PETRARCH2 verb patterns, agents, country names, discards).") { shared, output };
        cmd.SetAction(parse =>
        {
            var src = Path.Combine(parse.GetValue(shared)!, "data", "events");
            foreach (var line in EventDataBuilder.Build(src, parse.GetValue(output)!)) Console.WriteLine(line);
            return 0;
        });
        yield return cmd;
    }

    internal static string RepoRoot()
    {
        var dir = new DirectoryInfo(Directory.GetCurrentDirectory());
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Directory.Build.props"))) dir = dir.Parent;
        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }

    internal static string DefaultShared() =>
        Environment.GetEnvironmentVariable("SITREP_SHARED") is { Length: > 0 } env ? env : Path.GetFullPath(Path.Combine(RepoRoot(), "..", "shared"));
}
