using System.IO.Compression;

namespace Sitrep.Nlp.Learning;

/// <summary>
/// A trained sparse linear classifier: feature key → (class, weight) pairs. Read-only and thread-safe.
/// Stored as gzip with half-precision weights, which keeps models small and loses nothing measurable.
/// </summary>
internal sealed class LinearModel
{
    private readonly Dictionary<ulong, int> _index;
    private readonly int[] _starts;
    private readonly ushort[] _classes;
    private readonly float[] _weights;

    public LinearModel(string[] classNames, ulong[] keys, int[] starts, ushort[] classes, float[] weights)
    {
        ClassNames = classNames;
        _starts = starts;
        _classes = classes;
        _weights = weights;
        _index = new Dictionary<ulong, int>(keys.Length);
        for (int i = 0; i < keys.Length; i++) _index[keys[i]] = i;
    }

    public string[] ClassNames { get; }
    public int ClassCount => ClassNames.Length;
    public int FeatureCount => _index.Count;
    public int WeightCount => _weights.Length;

    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        foreach (var f in features)
        {
            if (!_index.TryGetValue(f, out int r)) continue;
            int end = _starts[r + 1];
            for (int i = _starts[r]; i < end; i++) scores[_classes[i]] += _weights[i];
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
        var cls = new List<ushort>();
        var ws = new List<float>();
        var byRow = new ulong[_index.Count];
        foreach (var (k, r) in _index) byRow[r] = k;
        for (int r = 0; r < byRow.Length; r++)
        {
            int before = cls.Count;
            for (int i = _starts[r]; i < _starts[r + 1]; i++)
            {
                if (MathF.Abs(_weights[i]) <= threshold) continue;
                cls.Add(_classes[i]);
                ws.Add(_weights[i]);
            }
            if (cls.Count == before) continue;
            keys.Add(byRow[r]);
            starts.Add(before);
        }
        starts.Add(cls.Count);
        return new LinearModel(ClassNames, [.. keys], [.. starts], [.. cls], [.. ws]);
    }

    private const int Magic = 0x4C4D5331; // "LMS1"

    public void Write(BinaryWriter w)
    {
        w.Write(Magic);
        w.Write(ClassNames.Length);
        foreach (var c in ClassNames) w.Write(c);
        w.Write(_index.Count);
        w.Write(_weights.Length);
        // Rows in index order so the file is deterministic for a given training run.
        var byRow = new ulong[_index.Count];
        foreach (var (k, r) in _index) byRow[r] = k;
        for (int r = 0; r < byRow.Length; r++)
        {
            w.Write(byRow[r]);
            int n = _starts[r + 1] - _starts[r];
            w.Write7BitEncodedInt(n);
            for (int i = _starts[r]; i < _starts[r + 1]; i++)
            {
                w.Write7BitEncodedInt(_classes[i]);
                w.Write((Half)_weights[i]);
            }
        }
    }

    public static LinearModel Read(BinaryReader r)
    {
        if (r.ReadInt32() != Magic) throw new InvalidDataException("not a Sitrep linear model");
        var names = new string[r.ReadInt32()];
        for (int i = 0; i < names.Length; i++) names[i] = r.ReadString();
        int rows = r.ReadInt32();
        int total = r.ReadInt32();
        var keys = new ulong[rows];
        var starts = new int[rows + 1];
        var classes = new ushort[total];
        var weights = new float[total];
        int p = 0;
        for (int row = 0; row < rows; row++)
        {
            keys[row] = r.ReadUInt64();
            starts[row] = p;
            int n = r.Read7BitEncodedInt();
            for (int i = 0; i < n; i++)
            {
                classes[p] = (ushort)r.Read7BitEncodedInt();
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
