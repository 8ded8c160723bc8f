using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Sitrep.Core;

namespace Sitrep.Story;

/// <summary>A likelihood cue of the outlook: "almost certain" → 0.9, certain.</summary>
internal sealed record LikelihoodCue(string Phrase, double Likelihood, string Modality);

/// <summary>A relative time cue of the timeline (see data/story/timeline-cues.tsv).</summary>
internal sealed record TimeCue(string Kind, string Phrase, double Days);

/// <summary>
/// The hand-written lexicons of the story stage (data/story/*.tsv), loaded once from the assembly and shared
/// read-only by every document.
/// </summary>
internal sealed class StoryLexicon
{
    private static readonly Lazy<StoryLexicon> DefaultLazy = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public static StoryLexicon Default => DefaultLazy.Value;

    public required ImmutableArray<LikelihoodCue> Likelihood { get; init; }
    public required FrozenDictionary<string, double> ModalityWeights { get; init; }
    public required FrozenSet<string> NonStateCodes { get; init; }

    /// <summary>Quote cue lemma → stance.</summary>
    public required FrozenDictionary<string, string> CueStances { get; init; }

    /// <summary>CAMEO code prefix → stance (longest prefix wins).</summary>
    public required FrozenDictionary<string, string> CameoStances { get; init; }

    /// <summary>Content phrases (a trailing * makes the last word a prefix) → stance.</summary>
    public required ImmutableArray<(string Phrase, string Stance)> ContentStances { get; init; }

    /// <summary>Stance → rank, 0 the most specific.</summary>
    public required FrozenDictionary<string, int> StanceRank { get; init; }

    /// <summary>Advisory cues by kind (directive, modal, audience, notice, status, verb, discourse, cut).</summary>
    public required FrozenDictionary<string, ImmutableArray<string>> Advisory { get; init; }

    public required ImmutableArray<TimeCue> TimeCues { get; init; }

    /// <summary>Reporting verbs after which "would" is a reported "will" (data/story/reported-future.txt).</summary>
    public required ImmutableArray<string> ReportedFuture { get; init; }

    public ImmutableArray<string> AdvisoryCues(string kind) => Advisory.TryGetValue(kind, out var list) ? list : [];

    public double ModalityWeight(Modality modality) =>
        ModalityWeights.TryGetValue(modality.ToString().ToLowerInvariant(), out var w) ? w : 0.5;

    /// <summary>The stance of a CAMEO code by its longest listed prefix, or null.</summary>
    public string? StanceOfCameo(string? code)
    {
        if (string.IsNullOrEmpty(code)) return null;
        for (int len = code.Length; len >= 2; len--)
            if (CameoStances.TryGetValue(code[..len], out var s)) return s;
        return null;
    }

    public int RankOf(string stance) => StanceRank.TryGetValue(stance, out var r) ? r : int.MaxValue;

    private static StoryLexicon Load()
    {
        var asm = typeof(StoryLexicon).Assembly;

        var likelihood = Rows(asm, "likelihood-cues.tsv", 3)
            .Select(r => new LikelihoodCue(r[0], double.Parse(r[1], CultureInfo.InvariantCulture), r[2]))
            .ToImmutableArray();

        var weights = Rows(asm, "modality-weights.tsv", 2)
            .ToFrozenDictionary(r => r[0], r => double.Parse(r[1], CultureInfo.InvariantCulture), StringComparer.OrdinalIgnoreCase);

        var nonState = Rows(asm, "nonstate-codes.txt", 1).Select(r => r[0]).ToFrozenSet(StringComparer.Ordinal);

        var stanceRows = Rows(asm, "stance-cues.tsv", 3).ToList();
        var cue = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var cameo = new Dictionary<string, string>(StringComparer.Ordinal);
        var content = ImmutableArray.CreateBuilder<(string, string)>();
        foreach (var r in stanceRows)
        {
            switch (r[0])
            {
                case "cue": cue[r[1]] = r[2]; break;
                case "cameo": cameo[r[1]] = r[2]; break;
                case "content": content.Add((r[1], r[2])); break;
                default: throw new SitrepException(Errors.ModelMissing("stance-cues.tsv", $"unknown kind '{r[0]}'"));
            }
        }

        var ranks = Rows(asm, "stances.tsv", 1).Select((r, i) => (r[0], i)).ToFrozenDictionary(p => p.Item1, p => p.i, StringComparer.Ordinal);

        var advisory = Rows(asm, "advisory.tsv", 2)
            .GroupBy(r => r[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(r => r[1]).Distinct(StringComparer.OrdinalIgnoreCase).ToImmutableArray(), StringComparer.Ordinal);

        var time = Rows(asm, "timeline-cues.tsv", 3)
            .Select(r => new TimeCue(r[0], r[1], double.Parse(r[2], CultureInfo.InvariantCulture)))
            .ToImmutableArray();

        return new StoryLexicon
        {
            Likelihood = likelihood,
            ModalityWeights = weights,
            NonStateCodes = nonState,
            CueStances = cue.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
            CameoStances = cameo.ToFrozenDictionary(StringComparer.Ordinal),
            ContentStances = content.ToImmutable(),
            StanceRank = ranks,
            Advisory = advisory,
            TimeCues = time,
            ReportedFuture = [.. Rows(asm, "reported-future.txt", 1).Select(r => r[0])],
        };
    }

    /// <summary>Tab-separated rows of an embedded lexicon, skipping blank lines and # comments.</summary>
    private static IEnumerable<string[]> Rows(System.Reflection.Assembly asm, string file, int minColumns)
    {
        foreach (var line in EmbeddedData.Lines(asm, file))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var cols = line.Split('\t');
            if (cols.Length < minColumns)
                throw new SitrepException(Errors.ModelMissing(file, $"line '{line}' has {cols.Length} column(s), expected {minColumns}"));
            yield return cols;
        }
    }
}
