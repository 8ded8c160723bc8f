namespace Sitrep.Entities.Ner;

/// <summary>
/// Structured averaged perceptron training (Collins 2002): decode each sentence with the current weights, and where
/// the best path differs from the gold one, move token and transition weights towards gold. Single-threaded with a
/// fixed shuffle seed, so a run is reproducible.
/// </summary>
internal static class NerTrainer
{
    /// <param name="data">Training sentences with how many times each is seen per epoch (corpus weighting).</param>
    /// <param name="afterEpoch">Called with the averaged model after each epoch (held-out scoring while tuning).</param>
    /// <param name="minWeight">Features whose averaged weights all stay below this are dropped from the saved model.</param>
    /// <param name="denseScale">Length of each word's <see cref="NerVectors"/> vector as a dense input of the emission scores (0 = none).</param>
    public static NerModel Train(IReadOnlyList<(NerSentence Sentence, int Repeat)> data, NerFeatures features, int epochs, int seed,
        float minWeight, TextWriter log, Action<int, NerModel>? afterEpoch = null, float denseScale = 0, bool denseCase = false, bool denseWindow = false)
    {
        int N = NerModel.N;
        // Features once per sentence, interned to dense rows.
        var ids = new Dictionary<ulong, int>();
        var sents = new int[data.Count][][];
        var gold = new int[data.Count][];
        var pairIds = new Dictionary<ulong, int>();
        var pairs = new int[data.Count][][];
        for (int s = 0; s < data.Count; s++)
        {
            var (sent, _) = data[s];
            pairs[s] = [.. features.Pairs(sent.Words).Select(r => r.Select(h =>
            {
                if (!pairIds.TryGetValue(h, out int id)) { id = pairIds.Count; pairIds[h] = id; }
                return id;
            }).ToArray())];
            var fs = features.Extract(sent.Words, sent.Xpos);
            sents[s] = new int[fs.Length][];
            for (int i = 0; i < fs.Length; i++)
            {
                var row = new int[fs[i].Length];
                for (int k = 0; k < row.Length; k++)
                {
                    if (!ids.TryGetValue(fs[i][k], out int id)) { id = ids.Count; ids[fs[i][k]] = id; }
                    row[k] = id;
                }
                sents[s][i] = row;
            }
            gold[s] = [.. sent.Tags.Select(t => NerModel.TagIndex[t])];
        }
        log.WriteLine($"features: {ids.Count}");
        int F = ids.Count;
        var w = new float[F * N];
        var u = new double[F * N];     // timestamp-weighted sum of updates, for averaging
        var tw = new float[(N + 1) * N];
        var tu = new double[(N + 1) * N];
        int T = NerModel.TransitionSize;
        var pw = new float[pairIds.Count * T];
        var pu = new double[pairIds.Count * T];
        const int D = NerEncoder.Dim;
        int blocks = denseWindow ? 3 : denseCase ? 2 : 1;
        var dw = denseScale > 0 ? new float[blocks * N * D] : null;
        var du = denseScale > 0 ? new double[blocks * N * D] : null;
        var order = data.SelectMany((d, i) => Enumerable.Repeat(i, d.Repeat)).ToArray();
        var rng = new Random(seed);
        long c = 1;
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            rng.Shuffle(order);
            long errors = 0, tokens = 0;
            foreach (var si in order)
            {
                var x = sents[si];
                var g = gold[si];
                int n = x.Length;
                var em = new float[n * N];
                for (int i = 0; i < n; i++)
                    foreach (var f in x[i])
                        for (int t = 0; t < N; t++) em[i * N + t] += w[f * N + t];
                float[]? vx = null;
                if (dw is not null)
                {
                    vx = NerVectors.Of(data[si].Sentence.Words);
                    NerModel.AddDense(em, vx, dw, denseScale, data[si].Sentence.Words);
                }
                var px = pairs[si];
                float[]? pt = null;
                if (pairIds.Count > 0)
                {
                    pt = new float[n * T];
                    for (int i = 0; i < n; i++)
                        foreach (var f in px[i])
                            for (int k = 0; k < T; k++) pt[i * T + k] += pw[f * T + k];
                }
                var p = NerModel.Decode(em, n, tw, pt);
                tokens += n;
                for (int i = 0; i < n; i++)
                {
                    int gp = i == 0 ? N : g[i - 1], pp = i == 0 ? N : p[i - 1];
                    if (g[i] != p[i])
                    {
                        errors++;
                        foreach (var f in x[i])
                        {
                            w[f * N + g[i]] += 1; u[f * N + g[i]] += c;
                            w[f * N + p[i]] -= 1; u[f * N + p[i]] -= c;
                        }
                        if (vx is not null)
                            for (int b = 0; b < blocks; b++)
                            {
                                int j = NerModel.DenseInput(blocks, b, i, data[si].Sentence.Words);
                                if (j < 0) continue;
                                for (int d = 0; d < D; d++)
                                {
                                    float xd = denseScale * vx[j * D + d];
                                    int gi = (b * N + g[i]) * D + d, pi = (b * N + p[i]) * D + d;
                                    dw![gi] += xd; du![gi] += c * xd;
                                    dw[pi] -= xd; du[pi] -= c * xd;
                                }
                            }
                    }
                    if (g[i] != p[i] || gp != pp)
                    {
                        tw[gp * N + g[i]] += 1; tu[gp * N + g[i]] += c;
                        tw[pp * N + p[i]] -= 1; tu[pp * N + p[i]] -= c;
                        foreach (var f in px[i])
                        {
                            pw[f * T + gp * N + g[i]] += 1; pu[f * T + gp * N + g[i]] += c;
                            pw[f * T + pp * N + p[i]] -= 1; pu[f * T + pp * N + p[i]] -= c;
                        }
                    }
                }
                c++;
            }
            log.WriteLine($"epoch {epoch + 1}: token error {(double)errors / tokens:P2}");
            log.Flush();
            if (afterEpoch is not null || epoch == epochs - 1)
            {
                var model = Average(ids, w, u, tw, tu, c, minWeight, features, pairIds, pw, pu, dw, du, denseScale);
                if (epoch == epochs - 1) return model;
                afterEpoch!(epoch + 1, model);
            }
        }
        throw new ArgumentOutOfRangeException(nameof(epochs));
    }

    private static NerModel Average(Dictionary<ulong, int> ids, float[] w, double[] u, float[] tw, double[] tu, long c, float minWeight, NerFeatures features,
        Dictionary<ulong, int> pairIds, float[] pw, double[] pu, float[]? dw, double[]? du, float denseScale)
    {
        var (pairIndex, pairWeights) = AverageRows(pairIds, pw, pu, NerModel.TransitionSize, c, minWeight);
        var (index, weights) = AverageRows(ids, w, u, NerModel.N, c, minWeight);
        var trans = new float[tw.Length];
        for (int i = 0; i < tw.Length; i++) trans[i] = (float)(tw[i] - tu[i] / c);
        float[]? dense = null;
        if (dw is not null)
        {
            dense = new float[dw.Length];
            for (int i = 0; i < dw.Length; i++) dense[i] = (float)(dw[i] - du![i] / c);
        }
        return new NerModel(index, weights, trans, features, pairIndex, pairWeights, dense, denseScale);
    }

    /// <summary>
    /// Averaged perceptron rows (w − u / time, rows of <paramref name="width"/> weights) of every feature in
    /// <paramref name="ids"/>, keeping a row only when one of its weights reaches <paramref name="minWeight"/>; the kept
    /// rows are renumbered in order.
    /// </summary>
    internal static (Dictionary<ulong, int> Index, float[] Weights) AverageRows(Dictionary<ulong, int> ids, float[] w, double[] u, int width, long time, float minWeight)
    {
        var index = new Dictionary<ulong, int>();
        var kept = new List<float>();
        var row = new float[width];
        foreach (var (hash, id) in ids)
        {
            float max = 0;
            for (int k = 0; k < width; k++) { row[k] = (float)(w[id * width + k] - u[id * width + k] / time); max = Math.Max(max, Math.Abs(row[k])); }
            if (max < minWeight) continue;
            index[hash] = index.Count;
            kept.AddRange(row);
        }
        return (index, [.. kept]);
    }
}
