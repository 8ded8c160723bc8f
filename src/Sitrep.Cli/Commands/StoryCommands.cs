using System.CommandLine;
using System.Text.Json;
using Sitrep.Core;
using Sitrep.Engine;
using Sitrep.Story;

namespace Sitrep.Cli.Commands;

/// <summary>Story-stage commands: <c>eval story</c>.</summary>
internal sealed class StoryCommands : ICommandSet
{
    public IEnumerable<Command> Eval()
    {
        var shared = new Option<string>("--shared") { Description = "The shared data folder (default: $SITREP_SHARED, else ../shared beside the repository).", DefaultValueFactory = _ => DefaultShared() };
        var input = new Option<string?>("--input") { Description = "Article text the gold reading describes (default: the seed article)." };
        var gold = new Option<string?>("--gold") { Description = "Gold reading in the shared/seed/gold.json format (default: the seed's)." };
        var published = new Option<string>("--published") { Description = "Publication date for an input that states none (plain text), ISO 8601.", DefaultValueFactory = _ => "2020-01-03" };
        var cmd = new Command("story",
            "Story stage: outlook modality on hand-labelled sentences (data/story/outlook-eval.tsv), then reactions, advisory, " +
            "timeline, outlook and tension of the full pipeline's reading of an article against its gold reading.")
        { shared, input, gold, published };
        cmd.SetAction(parse =>
        {
            var output = SitrepCli.Out;
            output.WriteLine("Outlook cues, hand-labelled sentences");
            output.WriteLine(EvalRow.Header);
            foreach (var row in StoryEval.OutlookCues(StoryLexicon.Default)) output.WriteLine(row.Format());

            var root = parse.GetValue(shared)!;
            var inputPath = parse.GetValue(input) ?? Path.Combine(root, "seed", "000_9d099156bbc82ae8.txt");
            var goldPath = parse.GetValue(gold) ?? Path.Combine(root, "seed", "gold.json");
            if (!File.Exists(inputPath) || !File.Exists(goldPath))
            {
                SitrepCli.Error.WriteLine($"sitrep: {Errors.NotFound(File.Exists(inputPath) ? goldPath : inputPath)}");
                return SitrepCli.SomeFailed;
            }
            if (!DateTimeOffset.TryParse(parse.GetValue(published), System.Globalization.CultureInfo.InvariantCulture,
                    System.Globalization.DateTimeStyles.AssumeUniversal, out var date))
            {
                SitrepCli.Error.WriteLine("sitrep: --published is not an ISO 8601 date");
                return SitrepCli.Usage;
            }

            // Through extraction like `sitrep explain`, so HTML samples work too; --published only fills a missing date.
            var started = System.Diagnostics.Stopwatch.StartNew();
            var results = SitrepEngine.Default.WithFallbackPublished(date).Explain(new RawInput(inputPath, File.ReadAllBytes(inputPath)));
            if (results.Count == 0)
            {
                SitrepCli.Error.WriteLine($"sitrep: {Errors.NoText(inputPath)}");
                return SitrepCli.SomeFailed;
            }
            var result = results[0];
            if (!result.IsSuccess)
            {
                SitrepCli.Error.WriteLine($"sitrep: {result.Error}");
                return SitrepCli.SomeFailed;
            }
            using var goldDoc = JsonDocument.Parse(File.ReadAllText(goldPath));
            output.WriteLine();
            output.WriteLine($"Story parts of {Path.GetFileName(inputPath)} against {Path.GetFileName(goldPath)} (full pipeline, {started.ElapsedMilliseconds} ms)");
            output.WriteLine(EvalRow.Header);
            foreach (var row in StoryEval.AgainstGold(result.Value!, goldDoc.RootElement)) output.WriteLine(row.Format());
            return SitrepCli.Ok;
        });
        yield return cmd;
    }

    private static string DefaultShared()
    {
        if (Environment.GetEnvironmentVariable("SITREP_SHARED") is { Length: > 0 } env) return env;
        var dir = new DirectoryInfo(Directory.GetCurrentDirectory());
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Directory.Build.props"))) dir = dir.Parent;
        return Path.GetFullPath(Path.Combine(dir?.FullName ?? Directory.GetCurrentDirectory(), "..", "shared"));
    }
}
