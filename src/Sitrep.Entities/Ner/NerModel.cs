using System.Collections.Frozen;
using System.IO.Compression;
using System.Text;
using Sitrep.Entities.Lexicon;

namespace Sitrep.Entities.Ner;

/// <summary>
/// A first-order structured (averaged) perceptron over IOB2 tags, decoded with Viterbi under the IOB2 constraint
/// (I-X only after B-X or I-X). Token features (<see cref="NerFeatures"/>) do not look at tags, so each
/// sentence's features are computed once and tag-to-tag transition weights are added by the decoder.
/// Thread-safe for tagging once built.
/// </summary>
internal sealed class NerModel
{
    public static readonly string[] Types = ["PER", "ORG", "LOC", "NORP", "EVENT", "MISC"];
    public static readonly string[] Tags = ["O", .. Types.SelectMany(t => new[] { "B-" + t, "I-" + t })];
    internal static readonly FrozenDictionary<string, int> TagIndex = Tags.Select((t, i) => (t, i)).ToFrozenDictionary(x => x.t, x => x.i);
    internal static readonly int N = Tags.Length;

    /// <summary>Row <see cref="N"/> of the transition table is the sentence start.</summary>
    internal const string Format = "sitrep-ner/3";

    private readonly Dictionary<ulong, int> _index;   // feature hash → row of _weights
    private readonly float[] _weights;               // rows of N tag weights
    private readonly float[] _transitions;           // (N + 1) × N: previous tag (or start) × tag
    public NerFeatures Features { get; }

    internal NerModel(Dictionary<ulong, int> index, float[] weights, float[] transitions, NerFeatures features)
    {
        _index = index; _weights = weights; _transitions = transitions; Features = features;
    }

    private static readonly Lazy<NerModel> Embedded = new(() =>
    {
        using var s = Sitrep.Core.EmbeddedData.Open(typeof(NerModel).Assembly, "ner.bin.gz");
        return Load(s, () => Lexicons.Shared);
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The committed model (models/ner/ner.bin.gz), loaded once.</summary>
    public static NerModel Shared => Embedded.Value;

    public int FeatureCount => _index.Count;

    internal static bool Allowed(int prev, int tag) =>
        tag == 0 || (tag - 1) % 2 == 0 || (prev != N && prev != 0 && (prev - 1) / 2 == (tag - 1) / 2);

    /// <param name="xpos">The tagger's XPOS per word if already known (else the model tags the words itself when it uses them).</param>
    public string[] Predict(IReadOnlyList<string> words, IReadOnlyList<string>? xpos = null)
    {
        if (words.Count == 0) return [];
        var feats = Features.Extract(words, xpos);
        var path = Decode(Emissions(feats), words.Count, _transitions);
        return [.. path.Select(t => Tags[t])];
    }

    private float[] Emissions(ulong[][] feats)
    {
        var em = new float[feats.Length * N];
        for (int i = 0; i < feats.Length; i++)
        {
            var row = em.AsSpan(i * N, N);
            foreach (var f in feats[i])
                if (_index.TryGetValue(f, out int r))
                {
                    var w = _weights.AsSpan(r * N, N);
                    for (int t = 0; t < N; t++) row[t] += w[t];
                }
        }
        return em;
    }

    /// <summary>Viterbi over emission scores (n × N) and transitions, keeping IOB2 valid.</summary>
    internal static int[] Decode(float[] em, int n, float[] trans)
    {
        var score = new float[n * N];
        var back = new int[n * N];
        for (int t = 0; t < N; t++) score[t] = Allowed(N, t) ? em[t] + trans[N * N + t] : float.NegativeInfinity;
        for (int i = 1; i < n; i++)
            for (int t = 0; t < N; t++)
            {
                float best = float.NegativeInfinity; int arg = 0;
                for (int p = 0; p < N; p++)
                {
                    if (!Allowed(p, t)) continue;
                    float s = score[(i - 1) * N + p] + trans[p * N + t];
                    if (s > best) { best = s; arg = p; }
                }
                score[i * N + t] = best + em[i * N + t];
                back[i * N + t] = arg;
            }
        var path = new int[n];
        float bs = float.NegativeInfinity;
        for (int t = 0; t < N; t++) if (score[(n - 1) * N + t] > bs) { bs = score[(n - 1) * N + t]; path[n - 1] = t; }
        for (int i = n - 1; i > 0; i--) path[i - 1] = back[i * N + path[i]];
        return path;
    }

    public void Save(Stream stream)
    {
        using var gz = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var bw = new BinaryWriter(gz, Encoding.UTF8);
        bw.Write(Format);
        bw.Write(Features.Lexicons is not null);
        bw.Write(Features.UsesPos);
        bw.Write(N);
        // Word information the features need, so the model is self-contained.
        var classes = Features.Info.Classes.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToList();
        bw.Write(classes.Count);
        foreach (var (w, (c, f)) in classes) { bw.Write(w); bw.Write(c); bw.Write(f); }
        var propn = Features.Info.Propn.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToList();
        bw.Write(propn.Count);
        foreach (var (w, b) in propn) { bw.Write(w); bw.Write(b); }
        foreach (var x in _transitions) bw.Write(x);
        // Weights column by column (all features' weight for tag 0, then tag 1 …): similar values sit together and
        // compress better; keys sorted for a deterministic file.
        var keys = _index.Keys.Order().ToArray();
        bw.Write(keys.Length);
        foreach (var k in keys) bw.Write(k);
        for (int t = 0; t < N; t++)
            foreach (var k in keys) bw.Write((Half)_weights[_index[k] * N + t]);
    }

    /// <summary>Reads a model from its decompressed stream (EmbeddedData.Open decompresses .gz).</summary>
    public static NerModel Load(Stream stream, Func<Lexicons> lex)
    {
        using var br = new BinaryReader(new BufferedStream(stream, 1 << 16), Encoding.UTF8);
        if (br.ReadString() != Format) throw new InvalidDataException("not a " + Format + " model");
        bool gaz = br.ReadBoolean();
        bool pos = br.ReadBoolean();
        int n = br.ReadInt32();
        if (n != N) throw new InvalidDataException($"model has {n} tags, code has {N}");
        int nc = br.ReadInt32();
        var classes = new Dictionary<string, (byte, byte)>(nc, StringComparer.Ordinal);
        for (int i = 0; i < nc; i++) classes[br.ReadString()] = (br.ReadByte(), br.ReadByte());
        int np = br.ReadInt32();
        var propn = new Dictionary<string, byte>(np, StringComparer.Ordinal);
        for (int i = 0; i < np; i++) propn[br.ReadString()] = br.ReadByte();
        var trans = new float[(N + 1) * N];
        for (int i = 0; i < trans.Length; i++) trans[i] = br.ReadSingle();
        int count = br.ReadInt32();
        var keys = new ulong[count];
        var keyBytes = br.ReadBytes(count * 8);
        Buffer.BlockCopy(keyBytes, 0, keys, 0, keyBytes.Length);
        var index = new Dictionary<ulong, int>(count);
        for (int i = 0; i < count; i++) index[keys[i]] = i;
        var weights = new float[count * N];
        var halves = br.ReadBytes(count * N * 2);
        var hs = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, Half>(halves);
        for (int t = 0; t < N; t++)
            for (int i = 0; i < count; i++) weights[i * N + t] = (float)hs[t * count + i];
        var info = new NerWordInfo(classes, propn);
        return new NerModel(index, weights, trans, new NerFeatures(gaz ? lex() : null, info, pos));
    }
}
