using System.Collections.Frozen;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using Sitrep.Entities.Lexicon;

namespace Sitrep.Entities.Ner;

/// <summary>
/// A greedy left-to-right averaged-perceptron tagger over IOB2 tags, with word, shape, affix, context,
/// previous-tag and gazetteer features (the entity dictionaries). Features are hashed to 64 bits; the model keeps
/// only features whose weights matter, stored as half floats. Thread-safe for tagging once built.
/// </summary>
internal sealed class NerModel
{
    public static readonly string[] Types = ["PER", "ORG", "LOC", "NORP", "EVENT", "MISC"];
    public static readonly string[] Tags = ["O", .. Types.SelectMany(t => new[] { "B-" + t, "I-" + t })];
    private static readonly FrozenDictionary<string, int> TagIndex = Tags.Select((t, i) => (t, i)).ToFrozenDictionary(x => x.t, x => x.i);
    private static readonly int N = Tags.Length;

    private readonly Dictionary<ulong, float[]> _weights;
    private readonly Lexicons? _lex;

    private NerModel(Dictionary<ulong, float[]> weights, Lexicons? lex) { _weights = weights; _lex = lex; }

    private static readonly Lazy<NerModel> Embedded = new(() =>
    {
        using var s = Sitrep.Core.EmbeddedData.Open(typeof(NerModel).Assembly, "ner.bin.gz");
        return Load(s, Lexicons.Shared);
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The committed model (models/ner/ner.bin.gz), loaded once.</summary>
    public static NerModel Shared => Embedded.Value;

    public string[] Predict(IReadOnlyList<string> words)
    {
        var tags = new string[words.Count];
        var feats = new List<ulong>(64);
        var scores = new float[N];
        for (int i = 0; i < words.Count; i++)
        {
            Features(words, i, i > 0 ? tags[i - 1] : "<s>", i > 1 ? tags[i - 2] : "<s>", feats);
            Array.Clear(scores);
            foreach (var f in feats)
                if (_weights.TryGetValue(f, out var w))
                    for (int t = 0; t < N; t++) scores[t] += w[t];
            tags[i] = Tags[Best(scores, i > 0 ? tags[i - 1] : "O")];
        }
        return tags;
    }

    /// <summary>The best tag that keeps IOB2 valid: I-X only after B-X or I-X.</summary>
    private static int Best(float[] scores, string prev)
    {
        int best = 0; float bs = float.NegativeInfinity;
        for (int t = 0; t < N; t++)
        {
            var tag = Tags[t];
            if (tag[0] == 'I' && (prev.Length < 2 || prev[2..] != tag[2..])) continue;
            if (scores[t] > bs) { bs = scores[t]; best = t; }
        }
        return best;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Features(IReadOnlyList<string> words, int i, string p1, string p2, List<ulong> feats)
    {
        feats.Clear();
        var w = words[i];
        var lw = w.ToLowerInvariant();
        var shape = Shape(w);
        void F(string name, string value) => feats.Add(Hash(name, value));
        F("b", "");
        F("w", lw);
        F("shape", shape);
        F("p1", p1);
        F("p2p1", p2 + "|" + p1);
        F("p1w", p1 + "|" + lw);
        F("p1shape", p1 + "|" + shape);
        for (int k = 1; k <= 4 && k <= lw.Length; k++) { F("suf", lw[^k..]); F("pre", lw[..k]); }
        F("first", i == 0 ? "1" : "0");
        F("cap", (char.IsUpper(w[0]) ? "C" : "l") + (i == 0 ? "0" : "n"));
        for (int d = -2; d <= 2; d++)
        {
            if (d == 0) continue;
            int j = i + d;
            var o = j < 0 ? "<s>" : j >= words.Count ? "</s>" : words[j].ToLowerInvariant();
            F("w" + d, o);
            if (j >= 0 && j < words.Count) F("s" + d, Shape(words[j]));
        }
        F("w-1w", (i > 0 ? words[i - 1].ToLowerInvariant() : "<s>") + "|" + lw);
        F("ww+1", lw + "|" + (i + 1 < words.Count ? words[i + 1].ToLowerInvariant() : "</s>"));
        if (_lex is { } lex)
        {
            // Gazetteer features: what the entity dictionaries say about this word and its neighbours.
            foreach (var g in Gaz(lex, words, i)) { F("g", g); F("gp1", g + "|" + p1); }
            if (i > 0) foreach (var g in Gaz(lex, words, i - 1)) F("g-1", g);
            if (i + 1 < words.Count) foreach (var g in Gaz(lex, words, i + 1)) F("g+1", g);
        }
    }

    private static IEnumerable<string> Gaz(Lexicons lex, IReadOnlyList<string> words, int i)
    {
        var lw = words[i].ToLowerInvariant();
        if (lex.Names.TryGetValue(lw, out var es)) foreach (var k in es.Select(e => e.Kind + e.Type.ToString()).Distinct()) yield return "n" + k;
        // Part of a longer known name (two- and three-word windows).
        for (int len = 2; len <= 3; len++)
            for (int s = Math.Max(0, i - len + 1); s <= i && s + len <= words.Count; s++)
                if (lex.Names.TryGetValue(string.Join(' ', Enumerable.Range(s, len).Select(x => words[x].ToLowerInvariant())), out var ms))
                { yield return "m" + ms[0].Kind + (s == i ? "B" : "I"); goto done; }
        done:
        if (lex.Demonyms.ContainsKey(lw)) yield return "dem";
        if (lex.Titles.ContainsKey(lw)) yield return "title";
        if (lex.GivenNames.Contains(lw)) yield return "given";
        if (lex.Common.Contains(lw)) yield return "common";
        if (MentionFinder.OrgHeads.Contains(lw)) yield return "orghead";
    }

    internal static string Shape(string w)
    {
        var sb = new StringBuilder(6);
        char last = '\0';
        foreach (var c in w)
        {
            char s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (s != last) sb.Append(s);
            last = s;
            if (sb.Length >= 6) break;
        }
        return sb.ToString();
    }

    private static ulong Hash(string name, string value)
    {
        // FNV-1a 64 over "name=value": stable across runs and platforms.
        ulong h = 14695981039346656037UL;
        foreach (var c in name) { h ^= c; h *= 1099511628211UL; }
        h ^= '='; h *= 1099511628211UL;
        foreach (var c in value) { h ^= c; h *= 1099511628211UL; }
        return h;
    }

    /// <summary>Trains with a fixed seed (sentence order shuffled per epoch), single-threaded, and averages the weights.</summary>
    public static NerModel Train(List<NerSentence> data, int epochs, Lexicons? lex, int seed, TextWriter log)
    {
        var w = new Dictionary<ulong, float[]>();
        var acc = new Dictionary<ulong, float[]>();   // sum of (timestamp-weighted) updates, for averaging
        var model = new NerModel(w, lex);
        var rng = new Random(seed);
        var order = Enumerable.Range(0, data.Count).ToArray();
        var feats = new List<ulong>(64);
        var scores = new float[N];
        long step = 1;
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            rng.Shuffle(order);
            int errors = 0, total = 0;
            foreach (var si in order)
            {
                var s = data[si];
                var pred = new string[s.Words.Length];
                for (int i = 0; i < s.Words.Length; i++)
                {
                    // Train on gold history (the model then sees its own at test time; greedy is good enough here).
                    string p1 = i > 0 ? s.Tags[i - 1] : "<s>", p2 = i > 1 ? s.Tags[i - 2] : "<s>";
                    model.Features(s.Words, i, p1, p2, feats);
                    Array.Clear(scores);
                    foreach (var f in feats) if (w.TryGetValue(f, out var fw)) for (int t = 0; t < N; t++) scores[t] += fw[t];
                    int guess = Best(scores, i > 0 ? s.Tags[i - 1] : "O");
                    int gold = TagIndex[s.Tags[i]];
                    total++;
                    if (guess != gold)
                    {
                        errors++;
                        foreach (var f in feats)
                        {
                            if (!w.TryGetValue(f, out var fw)) { fw = new float[N]; w[f] = fw; acc[f] = new float[N]; }
                            var fa = acc[f];
                            fw[gold] += 1; fw[guess] -= 1;
                            fa[gold] += step; fa[guess] -= step;
                        }
                    }
                    step++;
                }
            }
            log.WriteLine($"epoch {epoch + 1}: token error {(double)errors / total:P2}");
        }
        // Averaged weights: w - acc/step (the standard trick for timestamped averaging).
        var avg = new Dictionary<ulong, float[]>(w.Count);
        foreach (var (f, fw) in w)
        {
            var fa = acc[f];
            var a = new float[N];
            float max = 0;
            for (int t = 0; t < N; t++) { a[t] = fw[t] - fa[t] / step; max = Math.Max(max, Math.Abs(a[t])); }
            if (max >= 0.05f) avg[f] = a;   // features that never matter are dropped (smaller model)
        }
        return new NerModel(avg, lex);
    }

    public int FeatureCount => _weights.Count;

    public void Save(Stream stream)
    {
        using var gz = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var bw = new BinaryWriter(gz);
        bw.Write("sitrep-ner/1");
        bw.Write(_lex is not null);
        bw.Write(N);
        bw.Write(_weights.Count);
        foreach (var (f, ws) in _weights.OrderBy(kv => kv.Key))
        {
            bw.Write(f);
            foreach (var x in ws) bw.Write((Half)x);
        }
    }

    public static NerModel Load(Stream stream, Lexicons lex)
    {
        using var br = new BinaryReader(stream);
        if (br.ReadString() != "sitrep-ner/1") throw new InvalidDataException("not a sitrep NER model");
        bool gaz = br.ReadBoolean();
        int n = br.ReadInt32();
        if (n != N) throw new InvalidDataException($"model has {n} tags, code has {N}");
        int count = br.ReadInt32();
        var weights = new Dictionary<ulong, float[]>(count);
        for (int i = 0; i < count; i++)
        {
            var f = br.ReadUInt64();
            var ws = new float[n];
            for (int t = 0; t < n; t++) ws[t] = (float)br.ReadHalf();
            weights[f] = ws;
        }
        return new NerModel(weights, gaz ? lex : null);
    }
}
