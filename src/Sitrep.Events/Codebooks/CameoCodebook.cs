using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Sitrep.Core;

namespace Sitrep.Events;

/// <summary>One CAMEO event code with its codebook values and the PLOVER reading of it.</summary>
/// <param name="Code">CAMEO event code as a string (leading zeros matter: "010", "0214").</param>
/// <param name="Root">The two-digit root ("01" … "20").</param>
/// <param name="QuadClass">1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.</param>
/// <param name="PloverType">PLOVER type from the CAMEO2PLOVER table (draft 0.8), inherited from the nearest ancestor code.</param>
public sealed record CameoCode(string Code, string Label, double Goldstein, int QuadClass, string Root, string? PloverType, string? PloverMode);

/// <summary>
/// The CAMEO event codebook (labels, Goldstein scores, QuadClass) joined with the CAMEO→PLOVER mapping,
/// built from ../shared/data/events by <c>sitrep build-data events</c> and embedded in this assembly.
/// </summary>
public static class CameoCodebook
{
    private static readonly Lazy<(FrozenDictionary<string, CameoCode> Codes, FrozenDictionary<string, ImmutableArray<string>> Types,
        FrozenDictionary<(string Code, string Verb), (string Type, string? Mode)> VerbReadings)> Data = new(Load);

    /// <summary>
    /// The PLOVER type and mode plover_extra.tsv gives <paramref name="code"/> when its trigger is the verb
    /// <paramref name="verbLemma"/>, or null. CAMEO puts some acts under a broader code than PLOVER does:
    /// resigning is 083 "accede to demands for political reform" (CONCEDE), while PLOVER counts resignations of
    /// officials as RETREAT (mode resign) whoever demanded them.
    /// </summary>
    internal static (string Type, string? Mode)? VerbReading(string code, string? verbLemma) =>
        verbLemma is not null && Data.Value.VerbReadings.TryGetValue((code, verbLemma.ToLowerInvariant()), out var r) ? r : null;

    /// <summary>Every code in the codebook (311 CAMEO codes).</summary>
    public static IReadOnlyCollection<CameoCode> All => Data.Value.Codes.Values;

    /// <summary>The codebook entry of <paramref name="code"/>, or null when CAMEO has no such code.</summary>
    public static CameoCode? Lookup(string? code) =>
        code is not null && Data.Value.Codes.TryGetValue(code, out var c) ? c : null;

    public static bool IsKnown(string? code) => Lookup(code) is not null;

    /// <summary>The Core coding record of a code (label, root, quad, Goldstein).</summary>
    public static CameoCoding? Coding(string? code) =>
        Lookup(code) is { } c ? new CameoCoding(c.Code, c.Root, c.QuadClass, c.Goldstein, c.Label) : null;

    /// <summary>PLOVER types and their modes (PLOVER manual v0.8+).</summary>
    internal static FrozenDictionary<string, ImmutableArray<string>> PloverTypes => Data.Value.Types;

    private static (FrozenDictionary<string, CameoCode>, FrozenDictionary<string, ImmutableArray<string>>, FrozenDictionary<(string, string), (string, string?)>) Load()
    {
        var codes = new Dictionary<string, CameoCode>(StringComparer.Ordinal);
        var types = new Dictionary<string, ImmutableArray<string>>(StringComparer.Ordinal);
        foreach (var line in EmbeddedData.Lines(typeof(CameoCodebook).Assembly, "codebook.tsv.gz"))
        {
            var f = line.Split('\t');
            if (f[0] == "C" && f.Length >= 7)
            {
                codes[f[1]] = new CameoCode(f[1], f[2], double.Parse(f[3], CultureInfo.InvariantCulture),
                    int.Parse(f[4], CultureInfo.InvariantCulture), f[1][..2], f[5].Length > 0 ? f[5] : null, f[6].Length > 0 ? f[6] : null);
            }
            else if (f[0] == "T" && f.Length >= 3)
            {
                types[f[1]] = [.. f[2].Split(',', StringSplitOptions.RemoveEmptyEntries)];
            }
        }
        var rows = EmbeddedData.Lines(typeof(CameoCodebook).Assembly, "plover_extra.tsv")
            .Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')).Where(f => f.Length >= 2).ToList();
        static bool ForVerbs(string[] f) => f.Length >= 4 && f[3].Length > 0;
        // Codes the 2021 table leaves out get the hand-written reading of plover_extra.tsv (longest prefix wins).
        var extra = rows.Where(f => !ForVerbs(f)).OrderByDescending(f => f[0].Length).ToList();
        foreach (var c in codes.Values.Where(c => c.PloverType is null).ToList())
        {
            var hit = extra.FirstOrDefault(f => c.Code.StartsWith(f[0], StringComparison.Ordinal));
            if (hit is not null) codes[c.Code] = c with { PloverType = hit[1], PloverMode = hit.Length > 2 && hit[2].Length > 0 ? hit[2] : null };
        }
        // Rows with a fourth column (comma-separated verb lemmas) apply to those verbs only, and override the 2021 table for them.
        var verbReadings = rows.Where(ForVerbs)
            .SelectMany(f => f[3].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(v => (Key: (f[0], v.ToLowerInvariant()), Value: (f[1], f.Length > 2 && f[2].Length > 0 ? (string?)f[2] : null))))
            .ToFrozenDictionary(kv => kv.Key, kv => kv.Value);
        return (codes.ToFrozenDictionary(StringComparer.Ordinal), types.ToFrozenDictionary(StringComparer.Ordinal), verbReadings);
    }
}

/// <summary>CAMEO→PLOVER mapping (CAMEO2PLOVER-2021, PLOVER draft 0.8) and the PLOVER type list.</summary>
public static class PloverMapping
{
    /// <summary>The PLOVER type and mode of a CAMEO code, or null for codes PLOVER does not cover.</summary>
    public static PloverCoding? FromCameo(string? cameoCode) =>
        CameoCodebook.Lookup(cameoCode) is { PloverType: { } t } c ? new PloverCoding(t, c.PloverMode) : null;

    /// <summary>
    /// The PLOVER type and mode of a CAMEO code as triggered by the verb <paramref name="verbLemma"/>: the
    /// verb-specific reading of plover_extra.tsv when there is one (resign under 083 is RETREAT/resign), else
    /// <see cref="FromCameo(string?)"/>.
    /// </summary>
    public static PloverCoding? FromCameo(string? cameoCode, string? verbLemma) =>
        cameoCode is not null && CameoCodebook.VerbReading(cameoCode, verbLemma) is { } r ? new PloverCoding(r.Type, r.Mode) : FromCameo(cameoCode);

    /// <summary>The 16 PLOVER types with their modes.</summary>
    public static IReadOnlyDictionary<string, ImmutableArray<string>> Types => CameoCodebook.PloverTypes;

    /// <summary>
    /// Maps PLOVER v0.5 category names (used by the gold-standard records) to current ones:
    /// DEMAND→REQUEST, DISAPPROVE→ACCUSE, FIGHT→ASSAULT, INVESTIGATE→ACCUSE.
    /// </summary>
    public static string Normalize(string type) => type.ToUpperInvariant() switch
    {
        "DEMAND" => "REQUEST",
        "DISAPPROVE" => "ACCUSE",
        "FIGHT" => "ASSAULT",
        "INVESTIGATE" => "ACCUSE",
        var t => t,
    };
}
