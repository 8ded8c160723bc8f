using System.IO.Compression;

namespace Sitrep.Entities.Ner;

/// <summary>Builds <see cref="NerWordInfo"/> at training time from models/nlp/clusters-*.gz and UD EWT train.</summary>
internal static class NerWordInfoBuilder
{
    /// <summary>Digits read as 0, as the word classes were learnt.</summary>
    public static string Fold(string word)
    {
        if (!word.AsSpan().ContainsAnyInRange('0', '9')) return word;
        return string.Create(word.Length, word, (buf, w) =>
        {
            for (int i = 0; i < w.Length; i++) buf[i] = char.IsAsciiDigit(w[i]) ? '0' : w[i];
        });
    }

    public static NerWordInfo Build(string repo, string shared, TextWriter log)
    {
        var coarse = ReadClusters(Path.Combine(repo, "models", "nlp", "clusters-64.gz"));
        var fine = ReadClusters(Path.Combine(repo, "models", "nlp", "clusters-256.gz"));
        var classes = new Dictionary<string, (byte, byte)>(StringComparer.Ordinal);
        foreach (var (w, c) in coarse)
            classes[w] = ((byte)c, (byte)(fine.TryGetValue(w, out var f) ? f : 255));
        var propn = PropnRates(Path.Combine(shared, "data", "ud-ewt", "en_ewt-ud-train.conllu"));
        log.WriteLine($"word classes: {classes.Count} words; proper-noun rates: {propn.Count} forms");
        return new NerWordInfo(classes, propn);
    }

    /// <summary>The clusters file written by Sitrep.Nlp's WordClusters: class count, word count, (word, class)….</summary>
    private static Dictionary<string, int> ReadClusters(string path)
    {
        using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var r = new BinaryReader(gz);
        r.ReadInt32();
        int n = r.ReadInt32();
        var d = new Dictionary<string, int>(n, StringComparer.Ordinal);
        for (int i = 0; i < n; i++) d[r.ReadString()] = r.Read7BitEncodedInt();
        return d;
    }

    /// <summary>
    /// Bucketed rate at which each written form is tagged PROPN in a CoNLL-U file: 0 &lt; 10 %, 1 &lt; 50 %, 2 &lt; 90 %,
    /// 3 ≥ 90 % (seen twice or more); 4 = seen once as PROPN, 5 = seen once otherwise.
    /// </summary>
    private static Dictionary<string, byte> PropnRates(string conllu)
    {
        var counts = new Dictionary<string, (int Propn, int All)>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(conllu))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length < 4 || f[0].Contains('-') || f[0].Contains('.')) continue;
            counts.TryGetValue(f[1], out var c);
            counts[f[1]] = (c.Propn + (f[3] == "PROPN" ? 1 : 0), c.All + 1);
        }
        var result = new Dictionary<string, byte>(counts.Count, StringComparer.Ordinal);
        foreach (var (w, (p, a)) in counts)
        {
            double r = (double)p / a;
            result[w] = a == 1 ? (byte)(p == 1 ? 4 : 5) : r < 0.1 ? (byte)0 : r < 0.5 ? (byte)1 : r < 0.9 ? (byte)2 : (byte)3;
        }
        return result;
    }
}
