using System.CommandLine;
using Sitrep.Entities;

namespace Sitrep.Cli.Commands;

/// <summary>Commands of the entity stage: dictionary building, NER training/evaluation and tagging.</summary>
internal sealed class EntitiesCommands : ICommandSet
{
    private static readonly Option<string> SharedOption = new("--shared")
    {
        Description = "The shared data folder (default: $SITREP_SHARED or ../shared beside the repository).",
    };

    private static readonly Option<string> RepoOption = new("--repo")
    {
        Description = "The repository root to write data/ and models/ into (default: found from the current directory).",
    };

    public IEnumerable<Command> BuildData()
    {
        var cmd = new Command("entities", "Rebuild data/entities/*.gz (actor/agent dictionaries, gazetteer, casing) from ../shared and GeoNames npm packages.");
        cmd.Options.Add(SharedOption);
        cmd.Options.Add(RepoOption);
        cmd.SetAction(parse =>
        {
            var (shared, repo) = Paths(parse);
            EntityTools.BuildData(shared, repo, Console.Out);
            return 0;
        });
        yield return cmd;
    }

    internal static (string Shared, string Repo) Paths(ParseResult parse)
    {
        var repo = parse.GetValue(RepoOption) ?? FindRepo();
        var shared = parse.GetValue(SharedOption)
            ?? (Environment.GetEnvironmentVariable("SITREP_SHARED") is { Length: > 0 } env ? env : Path.GetFullPath(Path.Combine(repo, "..", "shared")));
        return (shared, repo);
    }

    private static string FindRepo()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Directory.Build.props"))) return dir.FullName;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Directory.Build.props"))) return dir.FullName;
        return Directory.GetCurrentDirectory();
    }
}
