using Sitrep.Nlp.Learning;

namespace Sitrep.Nlp.Tagging;

/// <summary>Hashes of a word's forms that the tagger and parser features read, computed once per token.</summary>
internal readonly struct WordInfo
{
    public ulong Form { get; init; }
    public ulong Lower { get; init; }
    public ulong Shape { get; init; }
    public ulong Prefix1 { get; init; }
    public ulong Prefix2 { get; init; }
    public ulong Prefix3 { get; init; }
    public ulong Suffix1 { get; init; }
    public ulong Suffix2 { get; init; }
    public ulong Suffix3 { get; init; }
    public ulong Suffix4 { get; init; }
    public ulong Suffix5 { get; init; }

    /// <summary>The set of tags the word had in training (its ambiguity class), or 0 when rare or unseen.</summary>
    public ulong Ambiguity { get; init; }

    /// <summary>Coarse and fine word classes learnt from unlabelled text (hashed class ids; "unknown" when rare).</summary>
    public ulong Cluster { get; init; }
    public ulong FineCluster { get; init; }

    /// <summary>The word's WordNet analysis (hashed) when it is too rare in training for an ambiguity class, or 0.</summary>
    public ulong Lexicon { get; init; }

    /// <summary>Last part of a hyphenated word ("year-old" → "old"), or 0.</summary>
    public ulong HyphenTail { get; init; }

    public static readonly WordInfo Start = Padding("-START-");
    public static readonly WordInfo End = Padding("-END-");

    private static WordInfo Padding(string s)
    {
        var h = FeatureHash.Of(s);
        return new WordInfo
        {
            Form = h, Lower = h, Shape = h, Prefix1 = h, Prefix2 = h, Prefix3 = h,
            Suffix1 = h, Suffix2 = h, Suffix3 = h, Suffix4 = h, Suffix5 = h,
            Cluster = h, FineCluster = h, Ambiguity = h,
        };
    }

    private static readonly ulong[] ClusterHashes = [.. Enumerable.Range(0, 4096).Select(i => FeatureHash.Of("C" + i))];
    private static readonly ulong[] FineClusterHashes = [.. Enumerable.Range(0, 4096).Select(i => FeatureHash.Of("F" + i))];
    private static readonly ulong NoCluster = FeatureHash.Of("-NOCLUSTER-");

    /// <summary>The word's features including its classes in <paramref name="clusters"/>.</summary>
    public static WordInfo Of(string word, Learning.ClusterSet clusters)
    {
        var (cluster, fineCluster) = ClassHashesOf(word, clusters);
        return Of(word) with { Cluster = cluster, FineCluster = fineCluster };
    }

    /// <summary>
    /// Only what the parser reads of a word: the same Lower, Cluster and FineCluster as
    /// <see cref="Of(string, Learning.ClusterSet)"/>, without the tagger's shape, prefixes and suffixes.
    /// </summary>
    public static (ulong Lower, ulong Cluster, ulong FineCluster) ParserFormsOf(string word, Learning.ClusterSet clusters)
    {
        Span<char> norm = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        Normalize(word, norm);
        var (cluster, fineCluster) = ClassHashesOf(word, clusters);
        return (FeatureHash.Of(norm), cluster, fineCluster);
    }

    private static (ulong Cluster, ulong FineCluster) ClassHashesOf(string word, Learning.ClusterSet clusters)
    {
        var (coarse, fine) = clusters.ClassesOf(word);
        return (coarse < 0 ? NoCluster : ClusterHashes[coarse], fine < 0 ? NoCluster : FineClusterHashes[fine]);
    }

    /// <summary>Lower case with digits as 0, so "1987" and "2020" share a feature, as do phone numbers and prices.</summary>
    private static void Normalize(string word, Span<char> norm)
    {
        word.AsSpan().ToLowerInvariant(norm);
        for (int i = 0; i < norm.Length; i++) if (char.IsAsciiDigit(norm[i])) norm[i] = '0';
    }

    public static WordInfo Of(string word)
    {
        Span<char> norm = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        Normalize(word, norm);
        int dash = word.LastIndexOf('-');
        return new WordInfo
        {
            Form = FeatureHash.Of(word),
            Lower = FeatureHash.Of(norm),
            Shape = FeatureHash.Of(ShapeOf(word)),
            Prefix1 = FeatureHash.Of(norm[..Math.Min(1, norm.Length)]),
            Prefix2 = FeatureHash.Of(norm[..Math.Min(2, norm.Length)]),
            Prefix3 = FeatureHash.Of(norm[..Math.Min(3, norm.Length)]),
            Suffix1 = FeatureHash.Of(norm[Math.Max(0, norm.Length - 1)..]),
            Suffix2 = FeatureHash.Of(norm[Math.Max(0, norm.Length - 2)..]),
            Suffix3 = FeatureHash.Of(norm[Math.Max(0, norm.Length - 3)..]),
            Suffix4 = FeatureHash.Of(norm[Math.Max(0, norm.Length - 4)..]),
            Suffix5 = FeatureHash.Of(norm[Math.Max(0, norm.Length - 5)..]),
            HyphenTail = dash > 0 && dash < word.Length - 1 ? FeatureHash.Of(norm[(dash + 1)..]) : 0,
        };
    }

    /// <summary>Word shape with runs capped at two: "Baghdad" → "Xxx", "U.S." → "X.X.", "1,000" → "d,dd".</summary>
    public static string ShapeOf(string word) => WordShape.Of(word, maxRun: 2, maxLength: 12);
}
