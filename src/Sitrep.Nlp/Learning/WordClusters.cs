using System.IO.Compression;

namespace Sitrep.Nlp.Learning;

/// <summary>
/// Word classes learnt from unlabelled text with the exchange algorithm (Martin, Liermann &amp; Ney 1998):
/// words are moved between a fixed number of classes to maximise the likelihood of a class bigram model.
/// Words that occur in the same contexts ("Tehran", "Baghdad") end up in the same class, which gives the
/// tagger and parser a handle on words the treebank never saw. Deterministic: fixed initialisation and order.
/// </summary>
internal sealed class WordClusters
{
    private readonly Dictionary<string, int> _classOf;

    public WordClusters(Dictionary<string, int> classOf, int classCount)
    {
        _classOf = classOf;
        ClassCount = classCount;
    }

    public int ClassCount { get; }
    public int Count => _classOf.Count;

    /// <summary>True when both map the same words to the same classes.</summary>
    public bool SameAs(WordClusters other) => ReferenceEquals(this, other) || (ClassCount == other.ClassCount && _classOf.Count == other._classOf.Count
        && _classOf.All(kv => other._classOf.TryGetValue(kv.Key, out int c) && c == kv.Value));

    /// <summary>The class of a word (digits read as 0), or -1 when it was too rare to cluster.</summary>
    public int ClassOf(string word) => _classOf.TryGetValue(Normalize(word), out int c) ? c : -1;

    public static string Normalize(string word)
    {
        if (!word.AsSpan().ContainsAnyInRange('0', '9')) return word;
        return string.Create(word.Length, word, (buf, w) =>
        {
            for (int i = 0; i < w.Length; i++) buf[i] = char.IsAsciiDigit(w[i]) ? '0' : w[i];
        });
    }

    /// <summary>Clusters the words of <paramref name="sentences"/> occurring at least <paramref name="minCount"/> times.</summary>
    public static WordClusters Train(IEnumerable<IReadOnlyList<string>> sentences, int classCount, int minCount, int passes, Action<string> log)
    {
        // Vocabulary: index 0 is the sentence boundary, 1 the rare-word bucket (both fixed in class 0).
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var corpus = new List<string[]>();
        foreach (var s in sentences)
        {
            var norm = s.Select(Normalize).ToArray();
            corpus.Add(norm);
            foreach (var w in norm) counts[w] = counts.GetValueOrDefault(w) + 1;
        }
        var vocab = counts.Where(kv => kv.Value >= minCount)
            .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => kv.Key).ToList();
        var id = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < vocab.Count; i++) id[vocab[i]] = i + 2;
        int v = vocab.Count + 2;

        // Word bigram counts as sparse successor / predecessor lists.
        var bigrams = new Dictionary<long, int>();
        var unigram = new long[v];
        foreach (var s in corpus)
        {
            int prev = 0;
            unigram[0]++;
            foreach (var w in s)
            {
                int cur = id.TryGetValue(w, out int x) ? x : 1;
                unigram[cur]++;
                long key = (long)prev * v + cur;
                bigrams[key] = bigrams.GetValueOrDefault(key) + 1;
                prev = cur;
            }
            long end = (long)prev * v;
            bigrams[end] = bigrams.GetValueOrDefault(end) + 1;
        }
        var next = new List<(int W, int N)>[v];
        var prevs = new List<(int W, int N)>[v];
        for (int i = 0; i < v; i++) { next[i] = []; prevs[i] = []; }
        foreach (var (key, n) in bigrams)
        {
            int a = (int)(key / v), b = (int)(key % v);
            next[a].Add((b, n));
            prevs[b].Add((a, n));
        }
        log($"clusters: {corpus.Count} sentences, {unigram.Sum()} tokens, {vocab.Count} words, {bigrams.Count} bigram types");

        int c = classCount;
        var cls = new int[v];
        for (int i = 2; i < v; i++) cls[i] = 1 + (i - 2) % (c - 1);
        var cc = new long[c, c];
        var cn = new long[c];
        for (int i = 0; i < v; i++)
        {
            cn[cls[i]] += unigram[i];
            foreach (var (b, n) in next[i]) cc[cls[i], cls[b]] += n;
        }

        var left = new long[c];
        var right = new long[c];
        var touchedL = new List<int>();
        var touchedR = new List<int>();
        for (int pass = 1; pass <= passes; pass++)
        {
            int moves = 0;
            for (int w = 2; w < v; w++)
            {
                int a = cls[w];
                touchedL.Clear(); touchedR.Clear();
                long self = 0;
                foreach (var (p, n) in prevs[w])
                {
                    if (p == w) { self += n; continue; }
                    if (left[cls[p]] == 0) touchedL.Add(cls[p]);
                    left[cls[p]] += n;
                }
                foreach (var (q, n) in next[w])
                {
                    if (q == w) continue;
                    if (right[cls[q]] == 0) touchedR.Add(cls[q]);
                    right[cls[q]] += n;
                }
                // Take w out of class a.
                foreach (int k in touchedR) cc[a, k] -= right[k];
                foreach (int k in touchedL) cc[k, a] -= left[k];
                cc[a, a] -= self;
                cn[a] -= unigram[w];

                int best = a;
                double bestGain = double.NegativeInfinity;
                for (int b = 1; b < c; b++)
                {
                    double gain = 0;
                    foreach (int k in touchedR) if (k != b) gain += F(cc[b, k] + right[k]) - F(cc[b, k]);
                    foreach (int k in touchedL) if (k != b) gain += F(cc[k, b] + left[k]) - F(cc[k, b]);
                    // The (b, b) cell receives w's bigrams with class b on both sides and w's own repeats.
                    long bb = right[b] + left[b] + self;
                    if (bb != 0) gain += F(cc[b, b] + bb) - F(cc[b, b]);
                    gain -= 2 * (F(cn[b] + unigram[w]) - F(cn[b]));
                    if (gain > bestGain + 1e-9) { bestGain = gain; best = b; }
                }

                foreach (int k in touchedR) cc[best, k] += right[k];
                foreach (int k in touchedL) cc[k, best] += left[k];
                cc[best, best] += self;
                cn[best] += unigram[w];
                if (best != a) { cls[w] = best; moves++; }
                foreach (int k in touchedL) left[k] = 0;
                foreach (int k in touchedR) right[k] = 0;
            }
            log($"clusters pass {pass}: {moves} moves");
            if (moves < vocab.Count / 200) break;
        }

        var classOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < vocab.Count; i++) classOf[vocab[i]] = cls[i + 2];
        return new WordClusters(classOf, c);
    }

    private static double F(long x) => x <= 0 ? 0 : x * Math.Log(x);

    public void Write(BinaryWriter w)
    {
        w.Write(ClassCount);
        w.Write(_classOf.Count);
        foreach (var (word, c) in _classOf.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            w.Write(word);
            w.Write7BitEncodedInt(c);
        }
    }

    public static WordClusters Read(BinaryReader r)
    {
        int classes = r.ReadInt32();
        int n = r.ReadInt32();
        var d = new Dictionary<string, int>(n, StringComparer.Ordinal);
        for (int i = 0; i < n; i++) d[r.ReadString()] = r.Read7BitEncodedInt();
        return new WordClusters(d, classes);
    }

    public static WordClusters Load(Stream gz)
    {
        using var r = new BinaryReader(gz);
        return Read(r);
    }

    public static WordClusters LoadFile(string path)
    {
        using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        return Load(gz);
    }
}

/// <summary>A coarse and a fine clustering of the same vocabulary, stored together inside the models that use them.</summary>
internal sealed class ClusterSet(WordClusters coarse, WordClusters fine)
{
    public WordClusters Coarse { get; } = coarse;
    public WordClusters Fine { get; } = fine;

    public bool SameAs(ClusterSet other) => Coarse.SameAs(other.Coarse) && Fine.SameAs(other.Fine);

    public (int Coarse, int Fine) ClassesOf(string word)
    {
        var norm = WordClusters.Normalize(word);
        return (Coarse.ClassOf(norm), Fine.ClassOf(norm));
    }

    public void Write(BinaryWriter w)
    {
        Coarse.Write(w);
        Fine.Write(w);
    }

    public static ClusterSet Read(BinaryReader r) => new(WordClusters.Read(r), WordClusters.Read(r));

    public static ClusterSet LoadFiles(string coarsePath, string finePath) =>
        new(WordClusters.LoadFile(coarsePath), WordClusters.LoadFile(finePath));
}
