using System.CommandLine;
using Sitrep.Events.Data;

namespace Sitrep.Cli.Commands;

/// <summary>Event-stage commands: <c>build-data events</c>.</summary>
internal sealed class EventsCommands : ICommandSet
{
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
