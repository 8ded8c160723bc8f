using Sitrep.Core;

namespace Sitrep.Quotes;

/// <summary>Evaluation of the quote stage for the command line (<c>sitrep eval quotes</c>).</summary>
public static class QuoteTools
{
    /// <summary>
    /// Scores <paramref name="annotate"/> (a pipeline ending with the quote component) on the hand annotations in
    /// <c>data/quotes/annotations/{split}.jsonl</c> against the scrapinghub article bodies, and prints a P/R/F1 table.
    /// A split named "dev+dev2" (or "dev+dev2+dev3+dev4") is scored as one set made of the articles of those files.
    /// </summary>
    public static void Evaluate(string sharedRoot, string repoRoot, IEnumerable<string> splits, Func<Article, Document> annotate, TextWriter output, bool verbose = false)
    {
        var bodies = QuoteEvaluation.LoadBodies(Path.Combine(sharedRoot, "data", "extraction", "scrapinghub", "ground-truth.json"));
        output.WriteLine($"{"split",-13} {"docs",5} {"gold",5} {"pred",5} {"P@.3",6} {"R@.3",6} {"F1@.3",6} {"P@.8",6} {"R@.8",6} {"F1@.8",6} {"speaker",8} {"cue",6} {"channel",8}");
        foreach (var split in splits)
        {
            var gold = split.Split('+').SelectMany(part =>
                QuoteEvaluation.LoadAnnotations(Path.Combine(repoRoot, "data", "quotes", "annotations", part + ".jsonl"))).ToList();
            var r = QuoteEvaluation.Evaluate(gold, bodies, annotate);
            output.WriteLine($"{split,-13} {r.Articles,5} {r.Loose.Gold,5} {r.Loose.Predicted,5} {r.Loose.Precision,6:F3} {r.Loose.Recall,6:F3} {r.Loose.F1,6:F3} " +
                $"{r.Strict.Precision,6:F3} {r.Strict.Recall,6:F3} {r.Strict.F1,6:F3} {r.SpeakerAccuracy,8:F3} {r.CueAccuracy,6:F3} {r.ChannelAccuracy,8:F3}");
            foreach (var (kind, (n, found)) in r.ByKind.OrderBy(k => k.Key, StringComparer.Ordinal))
                output.WriteLine($"              recall {kind,-8} {found,4}/{n,-4} {(double)found / Math.Max(1, n):F3}");
            if (verbose)
                foreach (var m in r.Misses) output.WriteLine("   " + m);
        }
        output.WriteLine("P/R/F1 at span overlap (intersection over union) >= 0.3 and >= 0.8; speaker, cue and channel accuracy on the quotes matched at 0.3.");
    }
}
