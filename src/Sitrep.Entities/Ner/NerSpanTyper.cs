using Sitrep.Entities.Lexicon;

namespace Sitrep.Entities.Ner;

/// <summary>
/// Second stage of the tagger: for each name span the sequence model finds, a multiclass averaged perceptron over
/// whole-span features (every word, first and last word, the full span in the gazetteer, word classes, shapes, the
/// words around it — 'at', 'CEO of', 'works for', a possessive — the sentence's casing, and the sequence model's own
/// type), plus dense weights for the mean MiniLM vector of the span's words when trained with them, chooses the span's
/// type again, or O (no name). Trained on spans a jackknifed sequence model found in the
/// training data (<see cref="NerTraining"/>), so the sequence model's type is as reliable there as on new text.
/// </summary>
internal sealed class NerSpanTyper
{
    /// <summary>Class 0 is O (drop the span); then the sequence model's types.</summary>
    public static readonly string[] Classes = ["O", .. NerModel.Types];
    private static readonly int C = Classes.Length;

    private readonly Dictionary<ulong, int> _index;
    private readonly float[] _weights;   // rows of C class weights

    internal NerSpanTyper(Dictionary<ulong, int> index, float[] weights, bool drops, IReadOnlyList<string> judged, float[]? dense = null, float denseScale = 0)
    {
        _index = index; _weights = weights; Drops = drops; Judged = judged; _dense = dense; DenseScale = denseScale;
    }

    /// <summary>Class weights (C × <see cref="NerEncoder.Dim"/>) for the mean <see cref="NerVectors"/> vector of the span's words; null = none.</summary>
    private readonly float[]? _dense;

    /// <summary>The span's mean vector is scaled to this length before it meets the dense weights.</summary>
    public float DenseScale { get; }

    public bool UsesDense => _dense is not null;

    /// <summary>The mean of the vectors of words [a, b) scaled to <paramref name="scale"/> (vectors: words × Dim).</summary>
    public static float[] SpanVector(float[] vectors, int a, int b, float scale)
    {
        const int D = NerEncoder.Dim;
        var v = new float[D];
        for (int i = a; i < b; i++)
            for (int d = 0; d < D; d++) v[d] += vectors[i * D + d];
        float ss = 0;
        foreach (var x in v) ss += x * x;
        if (ss > 0) { float k = scale / MathF.Sqrt(ss); for (int d = 0; d < D; d++) v[d] *= k; }
        return v;
    }

    /// <summary>
    /// The types the typer was trained to judge (those its training spans had as gold); a span of another type
    /// (NORP, EVENT, MISC when trained on UNER-style data, which leaves them unannotated) is kept as it is.
    /// </summary>
    public IReadOnlyList<string> Judged { get; }

    /// <summary>The same weights with another drop margin.</summary>
    internal NerSpanTyper(NerSpanTyper other, float dropMargin) : this(other._index, other._weights, other.Drops, other.Judged, other._dense, other.DenseScale) { DropMargin = dropMargin; }

    /// <summary>Whether the typer may drop a span (class O); otherwise it only chooses among the types.</summary>
    public bool Drops { get; }

    /// <summary>How far O must score above the best type for a span to be dropped (0 = plain argmax).</summary>
    public float DropMargin { get; init; }

    public int FeatureCount => _index.Count;

    /// <summary>The class (index into <see cref="Classes"/>) of a span given its features.</summary>
    /// <param name="dense">The span's <see cref="SpanVector"/> when the typer uses one.</param>
    public int Classify(IReadOnlyList<ulong> feats, float[]? dense = null)
    {
        Span<float> s = stackalloc float[C];
        foreach (var f in feats)
            if (_index.TryGetValue(f, out int r))
                for (int c = 0; c < C; c++) s[c] += _weights[r * C + c];
        if (_dense is not null && dense is not null)
            for (int c = 0; c < C; c++) s[c] += Dot(_dense.AsSpan(c * NerEncoder.Dim, NerEncoder.Dim), dense);
        int best = 1;
        for (int c = 2; c < C; c++) if (s[c] > s[best]) best = c;
        return Drops && s[0] > s[best] + DropMargin ? 0 : best;
    }

    /// <summary>The tags with every span retyped (or dropped) by the typer.</summary>
    /// <param name="vectors">The words' <see cref="NerVectors"/> (needed when <see cref="UsesDense"/>).</param>
    public string[] Retype(IReadOnlyList<string> words, string[] tags, NerFeatures nf, float[]? vectors = null)
    {
        var spans = NerCorpus.Spans(tags);
        if (spans.Count == 0) return tags;
        var ctx = new SpanContext(words, nf);
        var result = (string[])tags.Clone();
        foreach (var (a, b, type) in spans)
        {
            if (!Judged.Contains(type)) continue;
            var dense = _dense is not null ? SpanVector(vectors ?? NerVectors.Of(words), a, b, DenseScale) : null;
            var cls = Classes[Classify(Features(ctx, a, b, type), dense)];
            for (int i = a; i < b; i++) result[i] = cls == "O" ? "O" : (i == a ? "B-" : "I-") + cls;
        }
        return result;
    }

    /// <summary>What the span features of one sentence share: lower-case words, shapes, casing.</summary>
    internal sealed class SpanContext(IReadOnlyList<string> words, NerFeatures nf)
    {
        public IReadOnlyList<string> Words { get; } = words;
        public string[] Lower { get; } = [.. words.Select(w => w.ToLowerInvariant())];
        public string[] Shapes { get; } = [.. words.Select(NerFeatures.Shape)];
        public string Case { get; } = NerFeatures.SentenceCase(words);
        public NerFeatures Nf { get; } = nf;
    }

    private const ulong Offset = 14695981039346656037UL, Prime = 1099511628211UL;

    private static ulong H(string name, string value)
    {
        ulong h = Offset;
        foreach (var c in name) { h ^= c; h *= Prime; }
        h ^= '='; h *= Prime;
        foreach (var c in value) { h ^= c; h *= Prime; }
        return h;
    }

    private static ulong H(string name, string a, string b) => H(name, a + "|" + b);

    /// <summary>Features of the span [a, b) that the sequence model typed <paramref name="seqType"/>.</summary>
    public static List<ulong> Features(SpanContext x, int a, int b, string seqType)
    {
        var f = new List<ulong>(64);
        var lw = x.Lower;
        int n = lw.Length;
        var nf = x.Nf;
        f.Add(H("bias", ""));
        f.Add(H("seq", seqType));
        f.Add(H("seq|sc", seqType, x.Case));
        var text = string.Join(' ', lw, a, b - a);
        f.Add(H("span", text));
        f.Add(H("first", lw[a]));
        f.Add(H("last", lw[b - 1]));
        f.Add(H("len", Math.Min(b - a, 5).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        f.Add(H("seq|len", seqType, Math.Min(b - a, 4).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var shape = string.Join(' ', x.Shapes.Skip(a).Take(b - a));
        f.Add(H("shape", shape));
        f.Add(H("seq|shape", seqType, shape));
        for (int i = a; i < b; i++)
        {
            f.Add(H("sw", lw[i]));
            var (cc, cf) = nf.ClassesOf(x.Words[i], lw[i]);
            f.Add(H("sc", cc.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            f.Add(H("scf", cf.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            f.Add(H("propn", nf.PropnOf(x.Words[i], lw[i])));
        }
        var (lc, lf) = nf.ClassesOf(x.Words[b - 1], lw[b - 1]);
        f.Add(H("lastcf", lf.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        f.Add(H("lastc|seq", lc.ToString(System.Globalization.CultureInfo.InvariantCulture), seqType));
        var last = lw[b - 1];
        f.Add(H("suf3", last.Length > 3 ? last[^3..] : last));
        // Context words: 'at X', 'CEO of X', 'works for X', 'X 's', 'in X'.
        string L1 = a > 0 ? lw[a - 1] : "<s>", L2 = a > 1 ? lw[a - 2] : "<s>";
        string R1 = b < n ? lw[b] : "</s>", R2 = b + 1 < n ? lw[b + 1] : "</s>";
        f.Add(H("l1", L1)); f.Add(H("l2", L2)); f.Add(H("l2l1", L2, L1));
        f.Add(H("r1", R1)); f.Add(H("r2", R2)); f.Add(H("r1r2", R1, R2));
        f.Add(H("l1|seq", L1, seqType)); f.Add(H("r1|seq", R1, seqType));
        if (a > 0) { var (c1, f1) = nf.ClassesOf(x.Words[a - 1], L1); f.Add(H("l1c", f1.ToString(System.Globalization.CultureInfo.InvariantCulture))); }
        if (b < n) { var (c1, f1) = nf.ClassesOf(x.Words[b], R1); f.Add(H("r1c", f1.ToString(System.Globalization.CultureInfo.InvariantCulture))); }
        if (nf.Lexicons is { } lex)
        {
            // The whole span in the gazetteer, and what each word is there.
            if (lex.Names.TryGetValue(Lexicons.Key(text), out var es))
                foreach (var e in es.Select(e => e.Kind + ":" + e.Type).Distinct()) { f.Add(H("gspan", e)); f.Add(H("gspan|seq", e, seqType)); }
            else f.Add(H("gspan", "none"));
            for (int i = a; i < b; i++)
            {
                if (lex.Names.TryGetValue(lw[i], out var ws)) foreach (var e in ws.Select(e => e.Kind.ToString()).Distinct()) f.Add(H("gword", e));
                if (lex.GivenNames.Contains(lw[i])) f.Add(H("given", i == a ? "first" : "other"));
                if (lex.Demonyms.ContainsKey(lw[i])) f.Add(H("dem", ""));
                if (lex.Common.Contains(lw[i])) f.Add(H("common", ""));
                if (MentionFinder.OrgHeads.Contains(lw[i])) f.Add(H("orghead", i == b - 1 ? "last" : "in"));
            }
            if (a > 0 && lex.Titles.ContainsKey(L1)) f.Add(H("title-1", ""));
        }
        return f;
    }

    /// <summary>Multiclass averaged perceptron over (features, gold class, weight) instances; fixed seed.</summary>
    private static float Dot(ReadOnlySpan<float> w, ReadOnlySpan<float> x) => NerModel.Dot(w, x);

    /// <param name="denseScale">Length of the span vectors in <paramref name="data"/> (0 = no dense weights).</param>
    public static NerSpanTyper Train(IReadOnlyList<(List<ulong> Feats, int Gold, int Repeat, float[]? Dense)> data, int epochs, int seed, float minWeight, bool drops = true, float denseScale = 0)
    {
        if (!drops) data = [.. data.Where(d => d.Gold != 0)];
        string[] judged = [.. Classes.Where((_, c) => c > 0 && data.Any(d => d.Gold == c))];
        var ids = new Dictionary<ulong, int>();
        var rows = data.Select(d => d.Feats.Select(h => { if (!ids.TryGetValue(h, out int id)) { id = ids.Count; ids[h] = id; } return id; }).ToArray()).ToArray();
        int F = ids.Count;
        var w = new float[F * C];
        var u = new double[F * C];
        var order = data.SelectMany((d, i) => Enumerable.Repeat(i, d.Repeat)).ToArray();
        var rng = new Random(seed);
        long t = 1;
        var s = new float[C];
        const int D = NerEncoder.Dim;
        var wd = denseScale > 0 ? new float[C * D] : null;
        var ud = denseScale > 0 ? new double[C * D] : null;
        for (int e = 0; e < epochs; e++)
        {
            rng.Shuffle(order);
            foreach (var k in order)
            {
                Array.Clear(s);
                foreach (var f in rows[k]) for (int c = 0; c < C; c++) s[c] += w[f * C + c];
                var x = data[k].Dense;
                if (wd is not null && x is not null) for (int c = 0; c < C; c++) s[c] += Dot(wd.AsSpan(c * D, D), x);
                int best = drops ? 0 : 1;
                for (int c = best + 1; c < C; c++) if (s[c] > s[best]) best = c;
                int g = data[k].Gold;
                if (best != g)
                    foreach (var f in rows[k])
                    {
                        w[f * C + g] += 1; u[f * C + g] += t;
                        w[f * C + best] -= 1; u[f * C + best] -= t;
                    }
                if (best != g && wd is not null && x is not null)
                    for (int d = 0; d < D; d++)
                    {
                        wd[g * D + d] += x[d]; ud![g * D + d] += t * x[d];
                        wd[best * D + d] -= x[d]; ud[best * D + d] -= t * x[d];
                    }
                t++;
            }
        }
        var (index, weights) = NerTrainer.AverageRows(ids, w, u, C, t, minWeight);
        float[]? dense = null;
        if (wd is not null)
        {
            dense = new float[wd.Length];
            for (int i = 0; i < wd.Length; i++) dense[i] = (float)(wd[i] - ud![i] / t);
        }
        return new NerSpanTyper(index, weights, drops, judged, dense, denseScale);
    }

    public void Save(BinaryWriter bw)
    {
        bw.Write(Drops);
        bw.Write(DropMargin);
        bw.Write(string.Join(' ', Judged));
        NerModel.WriteColumns(bw, _index, _weights, C);
        bw.Write(_dense is not null);
        if (_dense is null) return;
        bw.Write(DenseScale);
        foreach (var x in _dense) bw.Write(x);
    }

    /// <param name="withDense">Whether the file format has the dense part (sitrep-ner/5).</param>
    public static NerSpanTyper Load(BinaryReader br, bool withDense)
    {
        bool drops = br.ReadBoolean();
        float margin = br.ReadSingle();
        var judged = br.ReadString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int count = br.ReadInt32();
        var keys = new ulong[count];
        Buffer.BlockCopy(br.ReadBytes(count * 8), 0, keys, 0, count * 8);
        var index = new Dictionary<ulong, int>(count);
        for (int i = 0; i < count; i++) index[keys[i]] = i;
        var hs = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, Half>(br.ReadBytes(count * C * 2));
        var weights = new float[count * C];
        for (int c = 0; c < C; c++)
            for (int i = 0; i < count; i++) weights[i * C + c] = (float)hs[c * count + i];
        float[]? dense = null;
        float scale = 0;
        if (withDense && br.ReadBoolean())
        {
            scale = br.ReadSingle();
            dense = new float[C * NerEncoder.Dim];
            for (int i = 0; i < dense.Length; i++) dense[i] = br.ReadSingle();
        }
        return new NerSpanTyper(index, weights, drops, judged, dense, scale) { DropMargin = margin };
    }
}
