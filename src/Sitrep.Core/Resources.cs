using System.IO.Compression;
using System.Reflection;

namespace Sitrep.Core;

/// <summary>
/// Opens models and dictionaries embedded in a stage's assembly (committed compressed under models/ and data/),
/// so a fresh clone or an installed tool needs no paths. Names ending in .gz are decompressed on the fly.
/// </summary>
public static class EmbeddedData
{
    public static Stream Open(Assembly assembly, string fileName)
    {
        var name = assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith(fileName, StringComparison.Ordinal))
            ?? throw new SitrepException(Errors.ModelMissing(fileName, $"not embedded in {assembly.GetName().Name}"));
        var stream = assembly.GetManifestResourceStream(name)!;
        return fileName.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(stream, CompressionMode.Decompress) : stream;
    }

    public static IEnumerable<string> Lines(Assembly assembly, string fileName)
    {
        using var reader = new StreamReader(Open(assembly, fileName));
        while (reader.ReadLine() is { } line) yield return line;
    }
}
