using System.Buffers;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

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
    // pairs sit together. Long rows (the frequent features: bias, tags, tag pairs) are also kept dense, as floats
    // in class order, and added with SIMD: they carry most of the ~3,000 weights a parser transition adds up.
    private struct Slot
    {
        public ulong Key;
        public int Start;
        // Row length in the low 9 bits; above them 1 + the dense row's index, or 0 for a sparse-only row.
        public int Info;

        public readonly int Count => Info & 0x1FF;
        public readonly int Dense => (Info >> 9) - 1;
    }

    private struct Weight
    {
        public Half W;
        public byte Class;
    }

    /// <summary>Rows with at least this many weights are also stored dense (measured fastest on the parser).</summary>
    private const int DenseFrom = 16;

    private readonly NativeBuffer<Slot> _slots;
    private readonly NativeBuffer<Weight> _weights;
    private readonly NativeBuffer<float> _dense;
    private readonly int _stride;
    private readonly int _mask;

    public LinearModel(string[] classNames, ulong[] keys, int[] starts, byte[] classes, float[] weights)
        : this(classNames, keys, starts, classes, ToHalf(weights))
    {
    }

    // Loops over millions of entries run once at load: compiled fully optimised straight away rather than
    // starting in the unoptimised tier.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private unsafe LinearModel(string[] classNames, ReadOnlySpan<ulong> keys, ReadOnlySpan<int> starts, ReadOnlySpan<byte> classes, ReadOnlySpan<Half> weights)
    {
        if (classNames.Length > 256) throw new ArgumentException("at most 256 classes", nameof(classNames));
        ClassNames = classNames;
        // Outside the GC heap (see NativeBuffer): Score prefetches through pointers.
        _weights = new NativeBuffer<Weight>(weights.Length, zeroed: false);
        var wt = _weights.Span;
        for (int i = 0; i < weights.Length; i++) wt[i] = new Weight { W = weights[i], Class = classes[i] };
        int denseRows = 0;
        for (int r = 0; r < keys.Length; r++) if (starts[r + 1] - starts[r] >= DenseFrom) denseRows++;
        // Dense rows start on a 64-byte line; their padding stays zero.
        _stride = (classNames.Length + 15) & ~15;
        _dense = new NativeBuffer<float>(denseRows * _stride);
        var dense = _dense.Span;
        int size = TableSize(keys.Length);
        _slots = new NativeBuffer<Slot>(size);
        var table = _slots.Span;
        _mask = size - 1;
        int d = 0;
        // The rows come in training order, so each insertion is a cache miss somewhere in the table: the slot a
        // few rows ahead is prefetched, so those misses overlap.
        const int Ahead = 16;
        for (int r = 0; r < keys.Length; r++)
        {
            if (Sse.IsSupported && r + Ahead < keys.Length) Sse.Prefetch0(_slots.Pointer + ((int)keys[r + Ahead] & _mask));
            int n = starts[r + 1] - starts[r];
            if (n == 0) continue;
            int info = n;
            if (n >= DenseFrom)
            {
                var row = dense.Slice(d * _stride, _stride);
                for (int k = starts[r]; k < starts[r + 1]; k++) row[classes[k]] += (float)weights[k];
                info |= ++d << 9;
            }
            int i = (int)keys[r] & _mask;
            while (table[i].Info != 0) i = (i + 1) & _mask;
            table[i] = new Slot { Key = keys[r], Start = starts[r], Info = info };
            FeatureCount++;
        }
    }

    public string[] ClassNames { get; }
    public int ClassCount => ClassNames.Length;
    public int FeatureCount { get; }
    public int WeightCount => _weights.Length;

    /// <summary>Load factor ≤ 0.7 with linear probing; an empty slot has Count 0 (rows without weights are dropped).</summary>
    private static int TableSize(int rows)
    {
        int size = 16;
        while (size * 7L < rows * 10L) size <<= 1;
        return size;
    }

    /// <summary>
    /// Adds each feature's row to <paramref name="scores"/> (cleared first), in feature order, so every class's
    /// sum is the same as a plain loop's. The table is far larger than the caches: every feature's slot is
    /// prefetched first, then every found row, then the rows are added, so the memory round trips overlap.
    /// </summary>
    public unsafe void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        int classes = ClassNames.Length;
        if (scores.Length < classes) throw new ArgumentException("one score per class", nameof(scores));
        scores[classes..].Clear();
        int n = features.Length;
        Span<int> found = n <= 512 ? stackalloc int[n] : new int[n];
        int mask = _mask;
        var slots = _slots.Pointer;
        var weights = _weights.Pointer;
        var dense = _dense.Pointer;
        if (Sse.IsSupported)
            for (int j = 0; j < n; j++) Sse.Prefetch0(slots + ((int)features[j] & mask));
        for (int j = 0; j < n; j++)
        {
            ulong f = features[j];
            int i = (int)f & mask;
            found[j] = -1;
            while (true)
            {
                var slot = slots + i;
                if (slot->Info == 0) break;
                if (slot->Key == f)
                {
                    found[j] = i;
                    if (Sse.IsSupported)
                    {
                        if (slot->Dense >= 0)
                        {
                            var row = dense + (nint)slot->Dense * _stride;
                            for (int k = 0; k < _stride; k += 16) Sse.Prefetch0(row + k);
                        }
                        else
                        {
                            Sse.Prefetch0(weights + slot->Start);
                            Sse.Prefetch0(weights + slot->Start + slot->Count - 1);
                        }
                    }
                    break;
                }
                i = (i + 1) & mask;
            }
        }
        // Summed at the dense rows' padded width (whole vectors, no tail), then copied out.
        int stride = _stride;
        var sum = stackalloc float[stride];
        new Span<float>(sum, stride).Clear();
        for (int j = 0; j < n; j++)
        {
            if (found[j] < 0) continue;
            var slot = slots + found[j];
            if (slot->Dense >= 0)
            {
                AddDense(sum, dense + (nint)slot->Dense * stride, stride);
                continue;
            }
            var w = weights + slot->Start;
            var end = w + slot->Count;
            for (; w < end; w++) sum[w->Class] += ToSingle(w->W);
        }
        new ReadOnlySpan<float>(sum, classes).CopyTo(scores);
        GC.KeepAlive(_slots);
        GC.KeepAlive(_weights);
        GC.KeepAlive(_dense);
    }

    /// <summary>sum += row over <paramref name="n"/> floats, a multiple of 16.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void AddDense(float* sum, float* row, int n)
    {
        int i = 0;
        if (Vector512.IsHardwareAccelerated)
            for (; i < n; i += 16) Vector512.Store(Vector512.Load(sum + i) + Vector512.Load(row + i), sum + i);
        else if (Vector256.IsHardwareAccelerated)
            for (; i < n; i += 8) Vector256.Store(Vector256.Load(sum + i) + Vector256.Load(row + i), sum + i);
        for (; i < n; i++) sum[i] += row[i];
    }

    private static readonly float TwoTo112 = BitConverter.UInt32BitsToSingle((127 + 112) << 23);

    /// <summary>
    /// Exactly (float)h, without the general conversion's branches: a finite half's exponent and mantissa bits,
    /// moved into a float's places, make a float 2^-112 times as large (subnormals too), and scaling is exact.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static float ToSingle(Half h)
    {
        uint x = BitConverter.HalfToUInt16Bits(h);
        if ((x & 0x7C00) == 0x7C00) return (float)h; // infinity or NaN
        float f = BitConverter.UInt32BitsToSingle((x & 0x7FFF) << 13) * TwoTo112;
        return BitConverter.UInt32BitsToSingle(BitConverter.SingleToUInt32Bits(f) | ((x & 0x8000) << 16));
    }

    /// <summary>The rows in storage order (ascending start), so writing and pruning are deterministic.</summary>
    private Slot[] RowsInOrder()
    {
        var rows = _slots.Span.ToArray().Where(s => s.Info != 0).ToArray();
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
                var w = _weights.Span[i];
                if (MathF.Abs((float)w.W) <= threshold) continue;
                cls.Add(w.Class);
                ws.Add(w.W);
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
        var weights = _weights.Span;
        for (int i = 0; i < half.Length; i++) { classes[i] = weights[i].Class; half[i] = weights[i].W; }
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
        // The file's arrays are only read on the way into the model's own tables: borrowed from the pool, so that
        // loading several models (the parser ensemble) reuses them rather than have the OS zero fresh pages for each.
        var keyBuffer = ArrayPool<ulong>.Shared.Rent(rows);
        var lengthBuffer = ArrayPool<byte>.Shared.Rent(rows);
        var classBuffer = ArrayPool<byte>.Shared.Rent(total);
        var halfBuffer = ArrayPool<Half>.Shared.Rent(total);
        var startBuffer = ArrayPool<int>.Shared.Rent(rows + 1);
        try
        {
            var keys = keyBuffer.AsSpan(0, rows);
            s.ReadExactly(MemoryMarshal.AsBytes(keys));
            var lengths = lengthBuffer.AsSpan(0, rows);
            s.ReadExactly(lengths);
            var classes = classBuffer.AsSpan(0, total);
            s.ReadExactly(classes);
            var half = halfBuffer.AsSpan(0, total);
            s.ReadExactly(MemoryMarshal.AsBytes(half));
            var starts = startBuffer.AsSpan(0, rows + 1);
            starts[0] = 0;
            for (int i = 0; i < rows; i++) starts[i + 1] = starts[i] + lengths[i];
            if (starts[rows] != total) throw new InvalidDataException("corrupt linear model: row lengths do not add up");
            return new LinearModel(names, keys, starts, classes, half);
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(keyBuffer);
            ArrayPool<byte>.Shared.Return(lengthBuffer);
            ArrayPool<byte>.Shared.Return(classBuffer);
            ArrayPool<Half>.Shared.Return(halfBuffer);
            ArrayPool<int>.Shared.Return(startBuffer);
        }
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
