using System.CommandLine;

namespace Sitrep.Cli;

/// <summary>
/// Runs the command line with the given writers (tests pass StringWriters). Exit codes: 0 all inputs
/// succeeded, 1 some failed, 2 usage error.
/// </summary>
public static class SitrepCli
{
    private static readonly AsyncLocal<(TextWriter Out, TextWriter Error)?> Writers = new();

    /// <summary>Standard output of the current invocation.</summary>
    public static TextWriter Out => Writers.Value?.Out ?? Console.Out;

    /// <summary>Standard error of the current invocation.</summary>
    public static TextWriter Error => Writers.Value?.Error ?? Console.Error;

    /// <summary>True when the current invocation writes to the real console (not a test's writers).</summary>
    internal static bool IsConsole => Writers.Value is null;

    public const int Ok = 0, SomeFailed = 1, Usage = 2;

    /// <summary>The one-line report of an input that failed: <c>sitrep: FILE: Exxx: reason</c>.</summary>
    internal static void ReportFailure(Sitrep.Core.SitrepError error, string inputName) =>
        Error.WriteLine($"sitrep: {error.Input ?? inputName}: {error.Code}: {error.Message}");

    public static int Run(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        var previous = Writers.Value;
        if (output is not null || error is not null) Writers.Value = (output ?? TextWriter.Null, error ?? TextWriter.Null);
        try
        {
            var root = CommandCatalog.CreateRoot();
            var parse = root.Parse(args);
            if (parse.Errors.Count > 0)
            {
                foreach (var e in parse.Errors) Error.WriteLine("sitrep: " + e.Message);
                Error.WriteLine("Run 'sitrep --help' for usage.");
                return Usage;
            }
            return parse.Invoke(new InvocationConfiguration { Output = Out, Error = Error });
        }
        finally
        {
            Writers.Value = previous;
        }
    }
}
