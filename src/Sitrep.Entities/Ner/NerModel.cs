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
    internal const string Format = "sitrep-ner/5";

    /// <summary>The format before: the same without dense weights.</summary>
    private const string FormatWithoutDense = "sitrep-ner/4";

    /// <summary>The format before that: without a span typer either.</summary>
    private const string FormatWithoutTyper = "sitrep-ner/3";

    private readonly Dictionary<ulong, int> _index;   // feature hash → row of _weights
    private readonly float[] _weights;               // rows of N tag weights
    private readonly float[] _transitions;           // (N + 1) × N: previous tag (or start) × tag
    public NerFeatures Features { get; }

    /// <summary>The second stage that retypes (or drops) each span the sequence model finds; null = none.</summary>
    public NerSpanTyper? Typer { get; private init; }

    /// <summary>The same sequence model with a span typer as second stage.</summary>
    public NerModel WithTyper(NerSpanTyper? typer) => new(_index, _weights, _transitions, Features, _pairIndex, _pairWeights, _dense, DenseScale) { Typer = typer };

    /// <summary>
    /// Tag weights (N × <see cref="NerEncoder.Dim"/>) for each word's unit-length <see cref="NerVectors"/> vector times
    /// <see cref="DenseScale"/>, added to its emission scores; null = no dense features. Further blocks of the same size
    /// see other inputs (<see cref="DenseInput"/>): two blocks, the word's vector again for capitalised words only; three,
    /// the previous and the next word's vectors.
    /// </summary>
    private readonly float[]? _dense;

    public float DenseScale { get; }

    public bool UsesDense => _dense is not null;

    private readonly Dictionary<ulong, int> _pairIndex;   // label-pair feature hash → row of _pairWeights
    private readonly float[] _pairWeights;               // rows of (N + 1) × N (previous tag or start) × tag weights

    internal NerModel(Dictionary<ulong, int> index, float[] weights, float[] transitions, NerFeatures features,
        Dictionary<ulong, int>? pairIndex = null, float[]? pairWeights = null, float[]? dense = null, float denseScale = 0)
    {
        _index = index; _weights = weights; _transitions = transitions; Features = features;
        _pairIndex = pairIndex ?? []; _pairWeights = pairWeights ?? [];
        _dense = dense; DenseScale = denseScale;
    }

    /// <summary>Size of one row of transition weights: previous tag (or sentence start) × tag.</summary>
    internal static int TransitionSize => (N + 1) * N;

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
    public string[] Predict(IReadOnlyList<string> words, IReadOnlyList<string>? xpos = null) => Predict(words, xpos, null);

    /// <param name="onlyO">Words that can only be O (constrained decoding, e.g. by gold part-of-speech when self-training).</param>
    public string[] Predict(IReadOnlyList<string> words, IReadOnlyList<string>? xpos, IReadOnlyList<bool>? onlyO)
    {
        if (words.Count == 0) return [];
        var feats = Features.Extract(words, xpos);
        var em = Emissions(feats);
        float[]? vectors = _dense is not null || Typer?.UsesDense == true ? NerVectors.Of(words) : null;
        if (_dense is not null) AddDense(em, vectors!, _dense, DenseScale, words);
        if (onlyO is not null)
            for (int i = 0; i < words.Count; i++)
                if (onlyO[i]) em.AsSpan(i * N + 1, N - 1).Fill(float.NegativeInfinity);
        var path = Decode(em, words.Count, _transitions, PairScores(Features.Pairs(words)));
        string[] tags = [.. path.Select(t => Tags[t])];
        return Typer is null ? tags : Typer.Retype(words, tags, Features, vectors);
    }

    /// <summary>Adds scale × (tag weights · input vector) of every dense block (<see cref="DenseInput"/>) to each word's emission scores.</summary>
    internal static void AddDense(float[] em, float[] vectors, float[] dense, float scale, IReadOnlyList<string> words)
    {
        const int D = NerEncoder.Dim;
        int n = vectors.Length / D, blocks = dense.Length / (N * D);
        for (int i = 0; i < n; i++)
            for (int b = 0; b < blocks; b++)
            {
                int j = DenseInput(blocks, b, i, words);
                if (j < 0) continue;
                var x = vectors.AsSpan(j * D, D);
                for (int t = 0; t < N; t++) em[i * N + t] += scale * Dot(dense.AsSpan((b * N + t) * D, D), x);
            }
    }

    /// <summary>
    /// Which word's vector feeds dense block <paramref name="b"/> at word <paramref name="i"/> (−1 = none): block 0 the
    /// word itself; with two blocks, block 1 the word again if capitalised; with three, blocks 1 and 2 the previous and next word.
    /// </summary>
    internal static int DenseInput(int blocks, int b, int i, IReadOnlyList<string> words) => (blocks, b) switch
    {
        (_, 0) => i,
        (2, 1) => Capitalised(words[i]) ? i : -1,
        (3, 1) => i - 1,
        (3, 2) => i + 1 < words.Count ? i + 1 : -1,
        _ => -1,
    };

    /// <summary>Whether a word starts with an upper-case letter (the dense weights' second block).</summary>
    internal static bool Capitalised(string word) => word.Length > 0 && char.IsUpper(word[0]);

    private float[] Emissions(ulong[][] feats) => SumRows(feats, _index, _weights, N);

    /// <summary>Per-token transition scores from the label-pair features (n × <see cref="TransitionSize"/>), or null when there are none.</summary>
    private float[]? PairScores(ulong[][] pairs) => _pairIndex.Count == 0 ? null : SumRows(pairs, _pairIndex, _pairWeights, TransitionSize);

    /// <summary>For each token, the sum of the weight rows (of <paramref name="width"/> scores) of its known features.</summary>
    private static float[] SumRows(ulong[][] feats, Dictionary<ulong, int> index, float[] weights, int width)
    {
        var sums = new float[feats.Length * width];
        for (int i = 0; i < feats.Length; i++)
        {
            var row = sums.AsSpan(i * width, width);
            foreach (var f in feats[i])
                if (index.TryGetValue(f, out int r))
                {
                    var w = weights.AsSpan(r * width, width);
                    for (int k = 0; k < width; k++) row[k] += w[k];
                }
        }
        return sums;
    }

    /// <summary>
    /// Writes the feature keys (sorted, for a deterministic file) and then the weights column by column (every
    /// feature's weight for column 0, then column 1 …) as half floats: similar values sit together and compress better.
    /// </summary>
    internal static void WriteColumns(BinaryWriter bw, Dictionary<ulong, int> index, float[] weights, int width)
    {
        var keys = index.Keys.Order().ToArray();
        bw.Write(keys.Length);
        foreach (var k in keys) bw.Write(k);
        for (int c = 0; c < width; c++)
            foreach (var k in keys) bw.Write((Half)weights[index[k] * width + c]);
    }

    /// <summary>Dot product of two equally long vectors (SIMD).</summary>
    internal static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var va = System.Runtime.InteropServices.MemoryMarshal.Cast<float, System.Numerics.Vector<float>>(a);
        var vb = System.Runtime.InteropServices.MemoryMarshal.Cast<float, System.Numerics.Vector<float>>(b);
        var acc = System.Numerics.Vector<float>.Zero;
        for (int k = 0; k < va.Length; k++) acc += va[k] * vb[k];
        float s = System.Numerics.Vector.Sum(acc);
        for (int k = va.Length * System.Numerics.Vector<float>.Count; k < a.Length; k++) s += a[k] * b[k];
        return s;
    }

    /// <summary>Viterbi over emission scores (n × N) and transitions, keeping IOB2 valid.</summary>
    /// <param name="pairs">Per-token additions to the transitions (n × <see cref="TransitionSize"/>), or null.</param>
    internal static int[] Decode(float[] em, int n, float[] trans, float[]? pairs = null)
    {
        var score = new float[n * N];
        var back = new int[n * N];
        int T = TransitionSize;
        for (int t = 0; t < N; t++) score[t] = Allowed(N, t) ? em[t] + trans[N * N + t] + (pairs is null ? 0 : pairs[N * N + t]) : float.NegativeInfinity;
        for (int i = 1; i < n; i++)
            for (int t = 0; t < N; t++)
            {
                float best = float.NegativeInfinity; int arg = 0;
                for (int p = 0; p < N; p++)
                {
                    if (!Allowed(p, t)) continue;
                    float s = score[(i - 1) * N + p] + trans[p * N + t] + (pairs is null ? 0 : pairs[i * T + p * N + t]);
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
        bw.Write(Features.UsesPairs);
        bw.Write(N);
        // Word information the features need, so the model is self-contained.
        var classes = Features.Info.Classes.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToList();
        bw.Write(classes.Count);
        foreach (var (w, (c, f)) in classes) { bw.Write(w); bw.Write(c); bw.Write(f); }
        var propn = Features.Info.Propn.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToList();
        bw.Write(propn.Count);
        foreach (var (w, b) in propn) { bw.Write(w); bw.Write(b); }
        foreach (var x in _transitions) bw.Write(x);
        WriteColumns(bw, _index, _weights, N);
        bw.Write(Typer is not null);
        Typer?.Save(bw);
        var pkeys = _pairIndex.Keys.Order().ToArray();
        bw.Write(pkeys.Length);
        foreach (var k in pkeys) bw.Write(k);
        foreach (var k in pkeys)
            for (int j = 0; j < TransitionSize; j++) bw.Write((Half)_pairWeights[_pairIndex[k] * TransitionSize + j]);
        bw.Write(_dense is not null);
        if (_dense is null) return;
        bw.Write(DenseScale);
        bw.Write(_dense.Length / (N * NerEncoder.Dim));
        foreach (var x in _dense) bw.Write(x);
    }

    /// <summary>Reads a model from its decompressed stream (EmbeddedData.Open decompresses .gz).</summary>
    public static NerModel Load(Stream stream, Func<Lexicons> lex)
    {
        using var br = new BinaryReader(new BufferedStream(stream, 1 << 16), Encoding.UTF8);
        var format = br.ReadString();
        if (format is not (Format or FormatWithoutDense or FormatWithoutTyper)) throw new InvalidDataException("not a " + Format + " model");
        bool gaz = br.ReadBoolean();
        bool pos = br.ReadBoolean();
        bool pairs = format != FormatWithoutTyper && br.ReadBoolean();
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
        var typer = format != FormatWithoutTyper && br.ReadBoolean() ? NerSpanTyper.Load(br, format == Format) : null;
        var pairIndex = new Dictionary<ulong, int>();
        float[] pairWeights = [];
        if (format != FormatWithoutTyper)
        {
            int pc = br.ReadInt32();
            var pk = new ulong[pc];
            Buffer.BlockCopy(br.ReadBytes(pc * 8), 0, pk, 0, pc * 8);
            for (int i = 0; i < pc; i++) pairIndex[pk[i]] = i;
            var ph = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, Half>(br.ReadBytes(pc * TransitionSize * 2));
            pairWeights = new float[ph.Length];
            for (int i = 0; i < ph.Length; i++) pairWeights[i] = (float)ph[i];
        }
        float[]? dense = null;
        float denseScale = 0;
        if (format == Format && br.ReadBoolean())
        {
            denseScale = br.ReadSingle();
            dense = new float[br.ReadInt32() * N * NerEncoder.Dim];
            for (int i = 0; i < dense.Length; i++) dense[i] = br.ReadSingle();
        }
        return new NerModel(index, weights, trans, new NerFeatures(gaz ? lex() : null, info, pos, pairs), pairIndex, pairWeights, dense, denseScale) { Typer = typer };
    }
}
