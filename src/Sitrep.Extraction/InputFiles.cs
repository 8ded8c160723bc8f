using Sitrep.Core;

namespace Sitrep.Extraction;

/// <summary>Turns command-line inputs (files, directories, "-" for stdin) into raw inputs, for every command that reads articles.</summary>
public static class InputFiles
{
    /// <summary>Each file as one input; a directory gives all its files (recursively, in name order); "-" reads stdin. A missing path is E001.</summary>
    public static IEnumerable<Result<RawInput>> Expand(IEnumerable<string> inputs)
    {
        foreach (var input in inputs)
        {
            if (input == "-")
            {
                using var stdin = Console.OpenStandardInput();
                using var ms = new MemoryStream();
                stdin.CopyTo(ms);
                yield return Result<RawInput>.Ok(new RawInput("-", ms.ToArray()));
            }
            else if (Directory.Exists(input))
            {
                foreach (var f in Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                    if (!Path.GetFileName(f).StartsWith('.')) yield return Read(f);
            }
            else if (File.Exists(input)) yield return Read(input);
            else yield return Errors.NotFound(input);
        }
    }

    private static Result<RawInput> Read(string path)
    {
        try { return Result<RawInput>.Ok(new RawInput(path, File.ReadAllBytes(path))); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Errors.Unreadable(path, e.Message);
        }
    }
}
