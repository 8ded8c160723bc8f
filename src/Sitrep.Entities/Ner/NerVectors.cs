using System.Text;

namespace Sitrep.Entities.Ner;

/// <summary>
/// The <see cref="NerEncoder"/> vectors of a sentence's words, scaled to unit length. Training and evaluation encode
/// their corpora once (<see cref="Prepare"/>) and keep them in memory and in a cache file under the temporary folder
/// (float16, reused by every later run); anything else is encoded when asked. The encoder is uncased, so a sentence and
/// its lower-cased copy share one entry.
/// </summary>
internal static class NerVectors
{
    // The name carries the encoding's version: the cache is keyed by words only, so vectors written by an encoder
    // build that windowed, pooled or rounded differently would be reused silently (a version-1 cache lifted UNER EWT
    // test from 0.735 to 0.744). Raise it whenever NerEncoder's output for a sentence changes.
    private const string CacheName = "sitrep-ner-minilm-2.bin";

    private static readonly Dictionary<string, float[]> Memory = new(StringComparer.Ordinal);   // unit-length already
    private static readonly Lock Gate = new();
    private static bool _loaded;

    private static string Key(IReadOnlyList<string> words) => string.Join('\n', words).ToLowerInvariant();

    /// <summary>Unit-length vectors of the words (words × <see cref="NerEncoder.Dim"/>).</summary>
    public static float[] Of(IReadOnlyList<string> words)
    {
        if (words.Count == 0) return [];
        float[]? cached;
        lock (Gate) Memory.TryGetValue(Key(words), out cached);
        if (cached is not null) return cached;
        // Rounded through float16 like the cached vectors the model was trained on.
        var v = NerEncoder.Shared.Encode([words])[0];
        for (int i = 0; i < v.Length; i++) v[i] = (float)(Half)v[i];
        return Normalised(v);
    }

    private static float[] FromHalves(ReadOnlySpan<Half> h)
    {
        var v = new float[h.Length];
        for (int i = 0; i < v.Length; i++) v[i] = (float)h[i];
        return Normalised(v);
    }

    private static float[] Normalised(float[] v)
    {
        const int D = NerEncoder.Dim;
        for (int i = 0; i < v.Length; i += D)
        {
            var row = v.AsSpan(i, D);
            float ss = 0;
            foreach (var x in row) ss += x * x;
            if (ss <= 0) continue;
            float inv = 1 / MathF.Sqrt(ss);
            for (int d = 0; d < D; d++) row[d] *= inv;
        }
        return v;
    }

    /// <summary>Reads the cache file, encodes the sentences it lacks (logging progress) and appends them to it.</summary>
    public static void Prepare(IEnumerable<IReadOnlyList<string>> sentences, TextWriter log)
    {
        var path = Path.Combine(Path.GetTempPath(), CacheName);
        lock (Gate)
        {
            if (!_loaded && File.Exists(path))
            {
                using var br = new BinaryReader(new BufferedStream(File.OpenRead(path), 1 << 20), Encoding.UTF8);
                try
                {
                    while (br.BaseStream.Position < br.BaseStream.Length)
                    {
                        var key = br.ReadString();
                        int n = br.ReadInt32();
                        var bytes = br.ReadBytes(n * 2);
                        if (bytes.Length < n * 2) break;   // a run stopped while writing: the rest is encoded again
                        Memory[key] = FromHalves(System.Runtime.InteropServices.MemoryMarshal.Cast<byte, Half>(bytes));
                    }
                }
                catch (EndOfStreamException) { }
                log.WriteLine($"encoder cache: {Memory.Count} sentences from {path}");
            }
            _loaded = true;
        }
        var todo = new List<IReadOnlyList<string>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in sentences)
        {
            if (s.Count == 0) continue;
            var key = Key(s);
            bool have;
            lock (Gate) have = Memory.ContainsKey(key);
            if (!have && seen.Add(key)) todo.Add(s);
        }
        if (todo.Count == 0) return;
        log.WriteLine($"encoder: {todo.Count} sentences, {todo.Sum(s => s.Count)} words to encode");
        log.Flush();
        var sw = System.Diagnostics.Stopwatch.StartNew();
        using var bw = new BinaryWriter(new FileStream(path, FileMode.Append), Encoding.UTF8);
        const int Chunk = 2000;
        for (int k = 0; k < todo.Count; k += Chunk)
        {
            var part = todo.GetRange(k, Math.Min(Chunk, todo.Count - k));
            var vecs = NerEncoder.Shared.Encode(part);
            for (int j = 0; j < part.Count; j++)
            {
                var h = new Half[vecs[j].Length];
                for (int i = 0; i < h.Length; i++) h[i] = (Half)vecs[j][i];
                var key = Key(part[j]);
                lock (Gate) Memory[key] = FromHalves(h);
                bw.Write(key);
                bw.Write(h.Length);
                bw.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(h.AsSpan()));
            }
            bw.Flush();
            log.WriteLine($"encoder: {k + part.Count}/{todo.Count} sentences in {sw.Elapsed.TotalSeconds:F0} s");
            log.Flush();
        }
    }
}
