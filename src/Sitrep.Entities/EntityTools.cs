using Sitrep.Entities.Data;

namespace Sitrep.Entities;

/// <summary>Offline tooling of the entity stage (data building, training, evaluation), for the CLI.</summary>
public static class EntityTools
{
    /// <summary>Rebuilds data/entities/*.gz from <paramref name="sharedRoot"/> (../shared) into <paramref name="repoRoot"/>.</summary>
    public static void BuildData(string sharedRoot, string repoRoot, TextWriter log) => EntityDataBuilder.Build(sharedRoot, repoRoot, log);
}
