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
    // One probe touches one 16-byte slot holding the key and where its row starts, and the row's (weight, class)
    // pairs sit together: scoring is bound by cache misses, so each lookup costs about two of them.
    private struct Slot
    {
        public ulong Key;
        public int Start;
        public int Count;
    }

    private struct Weight
    {
        public Half W;
        public byte Class;
    }

    private readonly Slot[] _slots;
    private readonly Weight[] _weights;
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
        _weights = new Weight[weights.Length];
        for (int i = 0; i < weights.Length; i++) _weights[i] = new Weight { W = weights[i], Class = classes[i] };
        // Load factor ≤ 0.7 with linear probing; an empty slot has Count 0 (rows without weights are dropped).
        int size = 16;
        while (size * 7L < keys.Length * 10L) size <<= 1;
        _slots = new Slot[size];
        _mask = size - 1;
        for (int r = 0; r < keys.Length; r++)
        {
            int n = starts[r + 1] - starts[r];
            if (n == 0) continue;
            int i = (int)keys[r] & _mask;
            while (_slots[i].Count != 0) i = (i + 1) & _mask;
            _slots[i] = new Slot { Key = keys[r], Start = starts[r], Count = n };
            FeatureCount++;
        }
    }

    public string[] ClassNames { get; }
    public int ClassCount => ClassNames.Length;
    public int FeatureCount { get; }
    public int WeightCount => _weights.Length;

    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        var slots = _slots;
        var weights = _weights;
        foreach (var f in features)
        {
            int i = (int)f & _mask;
            while (true)
            {
                ref readonly var slot = ref slots[i];
                if (slot.Count == 0) break;
                if (slot.Key == f)
                {
                    int end = slot.Start + slot.Count;
                    for (int k = slot.Start; k < end; k++) scores[weights[k].Class] += (float)weights[k].W;
                    break;
                }
                i = (i + 1) & _mask;
            }
        }
    }

    /// <summary>The rows in storage order (ascending start), so writing and pruning are deterministic.</summary>
    private Slot[] RowsInOrder()
    {
        var rows = _slots.Where(s => s.Count != 0).ToArray();
        Array.Sort(rows, (a, b) => a.Start.CompareTo(b.Start));
        return rows;
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
        foreach (var row in RowsInOrder())
        {
            int before = cls.Count;
            for (int i = row.Start; i < row.Start + row.Count; i++)
            {
                if (MathF.Abs((float)_weights[i].W) <= threshold) continue;
                cls.Add(_weights[i].Class);
                ws.Add(_weights[i].W);
            }
            if (cls.Count == before) continue;
            keys.Add(row.Key);
            starts.Add(before);
        }
        starts.Add(cls.Count);
        return new LinearModel(ClassNames, [.. keys], [.. starts], [.. cls], [.. ws]);
    }

    private const int Magic = 0x4C4D5332; // "LMS2": flat arrays

    public void Write(BinaryWriter w)
    {
        var rows = RowsInOrder();
        w.Write(Magic);
        w.Write(ClassNames.Length);
        foreach (var c in ClassNames) w.Write(c);
        w.Write(rows.Length);
        w.Write(_weights.Length);
        w.Flush();
        var keys = new ulong[rows.Length];
        var lengths = new byte[rows.Length];
        for (int r = 0; r < rows.Length; r++) { keys[r] = rows[r].Key; lengths[r] = checked((byte)rows[r].Count); }
        var classes = new byte[_weights.Length];
        var half = new Half[_weights.Length];
        for (int i = 0; i < half.Length; i++) { classes[i] = _weights[i].Class; half[i] = _weights[i].W; }
        w.Write(MemoryMarshal.AsBytes(keys.AsSpan()));
        w.Write(lengths);
        w.Write(classes);
        w.Write(MemoryMarshal.AsBytes(half.AsSpan()));
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
