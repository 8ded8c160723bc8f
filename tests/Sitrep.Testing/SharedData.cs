namespace Sitrep.Testing;

/// <summary>Finds the repository and the <c>../shared</c> folder beside it (CI lays it out the same way).</summary>
public static class SharedData
{
    private static readonly Lazy<string> RepoRootLazy = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Directory.Build.props")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found above " + AppContext.BaseDirectory);
    });

    public static string RepoRoot => RepoRootLazy.Value;

    /// <summary>The shared data folder: $SITREP_SHARED, else ../shared beside the repository.</summary>
    public static string Root => Environment.GetEnvironmentVariable("SITREP_SHARED") is { Length: > 0 } env
        ? env
        : Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    public static string SeedPath => PathOf("seed", "000_9d099156bbc82ae8.txt");
    public static string SeedGoldPath => PathOf("seed", "gold.json");
    public static string SeedText => File.ReadAllText(SeedPath);

    public static string SamplePath(string name) => Path.Combine(RepoRoot, "samples", name);
}
