using System.Globalization;

namespace Sitrep.Entities.Ner;

/// <summary>Exact-span, exact-type precision/recall/F1 per type (CoNLL style).</summary>
internal sealed class NerScores
{
    private readonly Dictionary<string, (int Tp, int Fp, int Fn)> _counts = new(StringComparer.Ordinal);

    public void Add(IReadOnlyList<string> gold, IReadOnlyList<string> pred, ISet<string> types)
    {
        var g = NerCorpus.Spans(gold).Where(s => types.Contains(s.Type)).ToHashSet();
        var p = NerCorpus.Spans(pred).Where(s => types.Contains(s.Type)).ToHashSet();
        foreach (var s in p) Bump(s.Type, g.Contains(s) ? 1 : 0, g.Contains(s) ? 0 : 1, 0);
        foreach (var s in g) if (!p.Contains(s)) Bump(s.Type, 0, 0, 1);
    }

    private void Bump(string type, int tp, int fp, int fn)
    {
        _counts.TryGetValue(type, out var c);
        _counts[type] = (c.Tp + tp, c.Fp + fp, c.Fn + fn);
    }

    public (double P, double R, double F1) Of(string? type = null)
    {
        IEnumerable<(int Tp, int Fp, int Fn)> cs = type is null ? _counts.Values : _counts.TryGetValue(type, out var c) ? [c] : [];
        int tp = cs.Sum(x => x.Tp), fp = cs.Sum(x => x.Fp), fn = cs.Sum(x => x.Fn);
        double p = tp + fp == 0 ? 0 : (double)tp / (tp + fp), r = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    public void Print(TextWriter w, string title)
    {
        w.WriteLine(title);
        w.WriteLine($"  {"type",-7} {"P",6} {"R",6} {"F1",6} {"gold",6}");
        foreach (var t in _counts.Keys.Order(StringComparer.Ordinal))
        {
            var (p, r, f) = Of(t);
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {t,-7} {p,6:F3} {r,6:F3} {f,6:F3} {_counts[t].Tp + _counts[t].Fn,6}"));
        }
        var (ap, ar, af) = Of();
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"all",-7} {ap,6:F3} {ar,6:F3} {af,6:F3}"));
    }

    /// <summary>Scores <paramref name="model"/> on a corpus; predicted types outside <paramref name="types"/> count as O.</summary>
    public static NerScores Evaluate(NerModel model, IEnumerable<NerSentence> data, ISet<string> types)
    {
        var s = new NerScores();
        var sents = data.ToList();
        if (model.Features.UsesPos) sents = NerCorpus.Tagged(sents);
        foreach (var sent in sents) s.Add(sent.Tags, model.Predict(sent.Words, sent.Xpos), types);
        return s;
    }
}
