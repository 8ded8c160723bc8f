using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Sitrep.Nlp.Learning;

/// <summary>
/// A trained sparse linear classifier: feature key → (class, weight) pairs. Read-only and thread-safe.
/// Rows are found through an open-addressing table over the (already well mixed) 64-bit keys. Stored as gzip
/// of flat arrays (keys, row lengths, class bytes, half-precision weights) that load with bulk reads, so a
/// model with millions of weights loads in a fraction of a second; half precision loses nothing measurable.
/// </summary>
internal sealed class LinearModel
{
    private readonly ulong[] _keys;
    private readonly int[] _starts;
    private readonly byte[] _classes;
    private readonly Half[] _weights;
    private readonly int[] _slots;
    private readonly int _mask;

    public LinearModel(string[] classNames, ulong[] keys, int[] starts, byte[] classes, float[] weights)
        : this(classNames, keys, starts, classes, ToHalf(weights))
    {
    }

    // Loops over millions of entries run once at load: compiled fully optimised straight away rather than
    // starting in the unoptimised tier.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private LinearModel(string[] classNames, ulong[] keys, int[] starts, byte[] classes, Half[] weights)
    {
        if (classNames.Length > 256) throw new ArgumentException("at most 256 classes", nameof(classNames));
        ClassNames = classNames;
        _keys = keys;
        _starts = starts;
        _classes = classes;
        _weights = weights;
        // Load factor ≤ 0.5: short linear probes. Slot value is row + 1 (0 = empty).
        int size = 16;
        while (size < keys.Length * 2) size <<= 1;
        _slots = new int[size];
        _mask = size - 1;
        for (int r = 0; r < keys.Length; r++)
        {
            int i = (int)keys[r] & _mask;
            while (_slots[i] != 0) i = (i + 1) & _mask;
            _slots[i] = r + 1;
        }
    }

    public string[] ClassNames { get; }
    public int ClassCount => ClassNames.Length;
    public int FeatureCount => _keys.Length;
    public int WeightCount => _weights.Length;

    private int RowOf(ulong key)
    {
        int i = (int)key & _mask;
        while (true)
        {
            int r = _slots[i];
            if (r == 0) return -1;
            if (_keys[r - 1] == key) return r - 1;
            i = (i + 1) & _mask;
        }
    }

    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        foreach (var f in features)
        {
            int r = RowOf(f);
            if (r < 0) continue;
            int end = _starts[r + 1];
            for (int i = _starts[r]; i < end; i++) scores[_classes[i]] += (float)_weights[i];
        }
    }

    public static int ArgMax(ReadOnlySpan<float> scores)
    {
        int best = 0;
        for (int i = 1; i < scores.Length; i++) if (scores[i] > scores[best]) best = i;
        return best;
    }

    /// <summary>A copy without weights of magnitude at or below <paramref name="threshold"/> (same as training with that prune).</summary>
    public LinearModel Pruned(float threshold)
    {
        var keys = new List<ulong>();
        var starts = new List<int>();
        var cls = new List<byte>();
        var ws = new List<Half>();
        for (int r = 0; r < _keys.Length; r++)
        {
            int before = cls.Count;
            for (int i = _starts[r]; i < _starts[r + 1]; i++)
            {
                if (MathF.Abs((float)_weights[i]) <= threshold) continue;
                cls.Add(_classes[i]);
                ws.Add(_weights[i]);
            }
            if (cls.Count == before) continue;
            keys.Add(_keys[r]);
            starts.Add(before);
        }
        starts.Add(cls.Count);
        return new LinearModel(ClassNames, [.. keys], [.. starts], [.. cls], [.. ws]);
    }

    private const int Magic = 0x4C4D5332; // "LMS2": flat arrays

    public void Write(BinaryWriter w)
    {
        w.Write(Magic);
        w.Write(ClassNames.Length);
        foreach (var c in ClassNames) w.Write(c);
        w.Write(_keys.Length);
        w.Write(_weights.Length);
        w.Flush();
        var lengths = new byte[_keys.Length];
        for (int r = 0; r < lengths.Length; r++) lengths[r] = checked((byte)(_starts[r + 1] - _starts[r]));
        w.Write(MemoryMarshal.AsBytes(_keys.AsSpan()));
        w.Write(lengths);
        w.Write(_classes);
        w.Write(MemoryMarshal.AsBytes(_weights.AsSpan()));
    }

    private const int MagicV1 = 0x4C4D5331; // "LMS1": per-row records, read so older model files convert on re-save

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static LinearModel Read(BinaryReader r)
    {
        int magic = r.ReadInt32();
        if (magic == MagicV1) return ReadV1(r);
        if (magic != Magic) throw new InvalidDataException("not a Sitrep linear model");
        var names = new string[r.ReadInt32()];
        for (int i = 0; i < names.Length; i++) names[i] = r.ReadString();
        int rows = r.ReadInt32();
        int total = r.ReadInt32();
        // BinaryReader reads exactly what it is asked for, so the bulk arrays follow on the base stream.
        var s = r.BaseStream;
        var keys = new ulong[rows];
        s.ReadExactly(MemoryMarshal.AsBytes(keys.AsSpan()));
        var lengths = new byte[rows];
        s.ReadExactly(lengths);
        var classes = new byte[total];
        s.ReadExactly(classes);
        var half = new Half[total];
        s.ReadExactly(MemoryMarshal.AsBytes(half.AsSpan()));
        var starts = new int[rows + 1];
        for (int i = 0; i < rows; i++) starts[i + 1] = starts[i] + lengths[i];
        if (starts[rows] != total) throw new InvalidDataException("corrupt linear model: row lengths do not add up");
        return new LinearModel(names, keys, starts, classes, half);
    }

    /// <summary>Weights are kept in half precision, as stored: half the memory, no conversion at load.</summary>
    private static Half[] ToHalf(float[] weights)
    {
        var h = new Half[weights.Length];
        for (int i = 0; i < h.Length; i++) h[i] = (Half)weights[i];
        return h;
    }

    private static LinearModel ReadV1(BinaryReader r)
    {
        var names = new string[r.ReadInt32()];
        for (int i = 0; i < names.Length; i++) names[i] = r.ReadString();
        int rows = r.ReadInt32();
        int total = r.ReadInt32();
        var keys = new ulong[rows];
        var starts = new int[rows + 1];
        var classes = new byte[total];
        var weights = new float[total];
        int p = 0;
        for (int row = 0; row < rows; row++)
        {
            keys[row] = r.ReadUInt64();
            starts[row] = p;
            int n = r.Read7BitEncodedInt();
            for (int i = 0; i < n; i++)
            {
                classes[p] = checked((byte)r.Read7BitEncodedInt());
                weights[p] = (float)r.ReadHalf();
                p++;
            }
        }
        starts[rows] = p;
        return new LinearModel(names, keys, starts, classes, weights);
    }

    public static void WriteGz(string path, Action<BinaryWriter> write)
    {
        using var file = File.Create(path);
        using var gz = new GZipStream(file, CompressionLevel.SmallestSize);
        using var w = new BinaryWriter(gz);
        write(w);
    }
}
