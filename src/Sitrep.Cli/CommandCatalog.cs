using System.CommandLine;

namespace Sitrep.Cli;

/// <summary>Every top-level command. Each stage keeps its commands in its own file under Commands/.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All()
    {
        yield return ExplainCommand.Create();
    }
}
