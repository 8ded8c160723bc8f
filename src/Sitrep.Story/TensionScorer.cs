using System.Collections.Immutable;
using Sitrep.Core;

namespace Sitrep.Story;

/// <summary>
/// Tension per pair of countries from the Goldstein values (−10 most hostile … +10 most cooperative) of the
/// events between them, each weighted by how firmly the text states it (data/story/modality-weights.tsv).
/// The score is a weighted mean shrunk toward 0 by one pseudo-event of weight 1, so one passing mention
/// weighs less than a sustained exchange, and scores stay on the Goldstein scale. Most negative pair first.
/// </summary>
internal static class TensionScorer
{
    /// <summary>Weight of the neutral pseudo-event every pair starts with.</summary>
    internal const double Prior = 1.0;

    public static ImmutableArray<TensionScore> Score(StoryContext ctx)
    {
        var pairs = new Dictionary<(string A, string B), (double Sum, double Weight, List<string> Basis)>();
        foreach (var e in ctx.Document.Events)
        {
            string? a = ctx.SideOf(e.Source), b = ctx.SideOf(e.Target);
            if (a is null || b is null || a == b) continue;
            double w = ctx.Lexicon.ModalityWeight(e.Modality);
            if (w <= 0) continue;
            var key = string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
            if (!pairs.TryGetValue(key, out var acc)) acc = (0, 0, []);
            acc.Basis.Add(e.Id);
            pairs[key] = (acc.Sum + w * e.Cameo.Goldstein, acc.Weight + w, acc.Basis);
        }
        return [.. pairs
            .Select(p => new TensionScore(p.Key.A, p.Key.B, Math.Round(p.Value.Sum / (p.Value.Weight + Prior), 2), [.. p.Value.Basis]))
            .OrderBy(t => t.Score).ThenBy(t => t.SideA, StringComparer.Ordinal).ThenBy(t => t.SideB, StringComparer.Ordinal)];
    }
}
