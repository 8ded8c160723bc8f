using System.CommandLine;

namespace Sitrep.Cli;

/// <summary>
/// A stage's commands. Each stage keeps one implementation in Commands/ (ExtractionCommands, NlpCommands…);
/// the catalog finds them all, so adding a stage's commands never edits a shared file.
/// </summary>
internal interface ICommandSet
{
    /// <summary>Top-level commands (<c>sitrep explain</c>, <c>sitrep parse</c>…).</summary>
    IEnumerable<Command> Commands() => [];

    /// <summary>Subcommands of <c>sitrep eval</c> (<c>eval extraction</c>, <c>eval ud</c>…).</summary>
    IEnumerable<Command> Eval() => [];

    /// <summary>Subcommands of <c>sitrep train</c>.</summary>
    IEnumerable<Command> Train() => [];

    /// <summary>Subcommands of <c>sitrep build-data</c> (dictionaries derived from ../shared/data).</summary>
    IEnumerable<Command> BuildData() => [];
}

internal static class CommandCatalog
{
    public static RootCommand CreateRoot()
    {
        var root = new RootCommand("Sitrep: turns news coverage of a crisis into a sourced explainer and event data.");
        var sets = typeof(CommandCatalog).Assembly.GetTypes()
            .Where(t => typeof(ICommandSet).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false })
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => (ICommandSet)Activator.CreateInstance(t)!)
            .ToList();

        foreach (var c in sets.SelectMany(s => s.Commands())) root.Subcommands.Add(c);
        AddGroup(root, "eval", "Measure accuracy against gold data (precision, recall, F1).", sets.SelectMany(s => s.Eval()));
        AddGroup(root, "train", "Train a model from ../shared/data reproducibly.", sets.SelectMany(s => s.Train()));
        AddGroup(root, "build-data", "Rebuild a dictionary under data/ from ../shared/data.", sets.SelectMany(s => s.BuildData()));
        return root;
    }

    private static void AddGroup(RootCommand root, string name, string description, IEnumerable<Command> children)
    {
        var list = children.ToList();
        if (list.Count == 0) return;
        var group = new Command(name, description);
        foreach (var c in list) group.Subcommands.Add(c);
        root.Subcommands.Add(group);
    }
}
