namespace Sitrep.Nlp.Learning;

/// <summary>
/// Multi-class averaged perceptron over hashed features, for training. Each feature row stores only the
/// classes it was ever updated for (most rows touch a handful of classes), which keeps training memory small
/// with ~100 classes. Averaging uses the usual trick: w_avg = w − (Σ c·δ) / c.
/// </summary>
internal sealed class AveragedPerceptron(int classCount)
{
    private struct Entry
    {
        public int Class;
        public float W;
        public double U;
    }

    private readonly Dictionary<ulong, int> _index = [];
    private readonly List<Entry[]> _rows = [];
    private readonly List<int> _counts = [];
    private long _time = 1;

    public int ClassCount { get; } = classCount;
    public int RowCount => _rows.Count;

    /// <summary>Call once per training instance (per prediction), updated or not.</summary>
    public void Tick() => _time++;

    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        foreach (var f in features)
        {
            if (!_index.TryGetValue(f, out int r)) continue;
            var row = _rows[r];
            int n = _counts[r];
            for (int i = 0; i < n; i++) scores[row[i].Class] += row[i].W;
        }
    }

    public void Update(ReadOnlySpan<ulong> features, int truth, int guess, float amount = 1f)
    {
        if (truth == guess) return;
        foreach (var f in features)
        {
            Add(f, truth, amount);
            Add(f, guess, -amount);
        }
    }

    public void Add(ulong feature, int cls, float delta)
    {
        if (!_index.TryGetValue(feature, out int r))
        {
            r = _rows.Count;
            _index[feature] = r;
            _rows.Add(new Entry[2]);
            _counts.Add(0);
        }
        var row = _rows[r];
        int n = _counts[r];
        for (int i = 0; i < n; i++)
        {
            if (row[i].Class != cls) continue;
            row[i].W += delta;
            row[i].U += _time * (double)delta;
            return;
        }
        if (n == row.Length)
        {
            Array.Resize(ref row, n * 2);
            _rows[r] = row;
        }
        row[n] = new Entry { Class = cls, W = delta, U = _time * (double)delta };
        _counts[r] = n + 1;
    }

    /// <summary>The averaged weights as a compact read-only model; entries with |w| below <paramref name="prune"/> are dropped.</summary>
    public LinearModel Average(string[] classes, float prune = 0f)
    {
        var keys = new List<ulong>(_rows.Count);
        var starts = new List<int>(_rows.Count + 1);
        var cls = new List<byte>();
        var ws = new List<float>();
        foreach (var (key, r) in _index)
        {
            var row = _rows[r];
            int n = _counts[r];
            int before = cls.Count;
            for (int i = 0; i < n; i++)
            {
                float avg = (float)(row[i].W - row[i].U / _time);
                if (MathF.Abs(avg) <= prune) continue;
                cls.Add((byte)row[i].Class);
                ws.Add(avg);
            }
            if (cls.Count == before) continue;
            keys.Add(key);
            starts.Add(before);
        }
        starts.Add(cls.Count);
        return new LinearModel(classes, [.. keys], [.. starts], [.. cls], [.. ws]);
    }
}
