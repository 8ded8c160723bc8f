using System.CommandLine;

namespace Sitrep.Cli;

internal static class ExplainCommand
{
    public static Command Create()
    {
        var command = new Command("explain", "Explain one or more articles.");
        return command;
    }
}
