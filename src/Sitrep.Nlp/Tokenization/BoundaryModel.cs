using System.Globalization;
using System.IO.Compression;
using System.Text;
using Sitrep.Core;

namespace Sitrep.Nlp.Tokenization;

/// <summary>
/// A learned yes/no decision at every space between two tokens of a paragraph: does a sentence end here?
/// Averaged perceptron over the neighbouring tokens' forms and shapes plus the rule splitter's own decision, so
/// it learns where web and mail text ends sentences without punctuation (signatures, headers, "Thanks Sean")
/// and where the rules' full stops are wrong, while the rules' answer stays the strongest single feature.
/// Features are 64-bit hashes of (template, parts); the model file lists them as text, hashed when loaded.
/// </summary>
internal sealed class BoundaryModel
{
    private readonly Dictionary<ulong, float> _weights;

    private BoundaryModel(Dictionary<ulong, float> weights) => _weights = weights;

    private static readonly Lazy<BoundaryModel?> DefaultLazy = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The model embedded in the assembly (<c>Lexicons/sentence-boundaries.tsv.gz</c>), or null when absent.</summary>
    public static BoundaryModel? Default => DefaultLazy.Value;

    public const string FileName = "sentence-boundaries.tsv.gz";

    public int Count => _weights.Count;

    /// <summary>True when the model places a sentence boundary in the gap after <paramref name="k"/>.</summary>
    public bool IsBoundary(string text, List<RawToken> tokens, int first, int end, int k, bool rule)
    {
        Span<ulong> features = stackalloc ulong[MaxFeatures];
        int n = Features(text, tokens, first, end, k, rule, features);
        float score = 0;
        for (int i = 0; i < n; i++) if (_weights.TryGetValue(features[i], out var w)) score += w;
        return score > 0;
    }

    public const int MaxFeatures = 32;

    /// <summary>The features of the gap between token <paramref name="k"/> and the next one (both inside [first, end)).</summary>
    /// <remarks>
    /// Each gap is decided on its own (no "tokens since the last boundary" history): on EWT dev that history
    /// feature added nothing, and without it one wrong decision cannot shift the next.
    /// </remarks>
    internal static int Features(string text, List<RawToken> tokens, int first, int end, int k, bool rule, Span<ulong> f)
    {
        var a = tokens[k];
        var b = tokens[k + 1];
        var sa = Shape(text, a);
        var sb = Shape(text, b);
        var sa1 = k - 1 >= first ? Shape(text, tokens[k - 1]) : "^";
        var sb1 = k + 2 < end ? Shape(text, tokens[k + 2]) : "$";
        var wa = Word(text, a);
        var wb = Word(text, b);
        var wa1 = k - 1 >= first ? Word(text, tokens[k - 1]) : "^";
        var wb1 = k + 2 < end ? Word(text, tokens[k + 2]) : "$";
        var r = rule ? "R" : "-";
        int left = end - k - 1, before = k - first;
        int n = 0;
        f[n++] = H(0);
        f[n++] = H(1, r);
        f[n++] = H(2, wa);
        f[n++] = H(3, wb);
        f[n++] = H(4, sa);
        f[n++] = H(5, sb);
        f[n++] = H(6, sa, sb);
        f[n++] = H(7, wa, sb);
        f[n++] = H(8, sa, wb);
        f[n++] = H(9, r, sa, sb);
        f[n++] = H(10, sa1, sa, sb);
        f[n++] = H(11, sa, sb, sb1);
        f[n++] = H(12, wa1, wa);
        f[n++] = H(13, wb, sb1);
        f[n++] = H(14, Bucket(before), sb);
        f[n++] = H(15, Bucket(left), sa);
        f[n++] = H(16, r, Bucket(before));
        f[n++] = H(17, r, wa);
        f[n++] = H(18, r, wb);
        f[n++] = H(19, Bucket(before), Bucket(left), r);
        f[n++] = H(20, wa, wb);
        f[n++] = H(21, wa1, sa, sb);
        f[n++] = H(22, sa, wb, wb1);
        f[n++] = H(23, r, sa, wb);
        f[n++] = H(24, r, wa, sb);

        return n;
    }

    private static string Bucket(int n) => n switch { <= 3 => n.ToString(CultureInfo.InvariantCulture), <= 5 => "5", <= 10 => "10", <= 20 => "20", _ => "more" };

    private static ReadOnlySpan<char> WordSpan(string text, RawToken t) => text.AsSpan(t.Start, Math.Min(t.Length, 20));

    private static string Word(string text, RawToken t) => t.Kind switch
    {
        TokenKind.Unit => "<unit>",
        TokenKind.Number => "<num>",
        _ => WordSpan(text, t).ToString().ToLowerInvariant(),
    };

    /// <summary>Capitalisation and kind of a token; punctuation is itself.</summary>
    internal static string Shape(string text, RawToken t)
    {
        var s = text.AsSpan(t.Start, t.Length);
        switch (t.Kind)
        {
            case TokenKind.Punct when s.Length > 1 && s.ContainsAny('!', '?') && !s.ContainsAnyExcept("!?."):
                return s.Contains('?') ? "?" : "!"; // "?!", "!!!", ".?" behave like "?" and "!"
            case TokenKind.Punct:
                return s.Length <= 3 ? s.ToString() : s[..3].ToString();
            case TokenKind.Ellipsis:
                return s.Contains(' ') ? ". . ." : "...";
            case TokenKind.Unit:
                return s.Contains('@') ? "@" : s.Contains('/') ? "url" : "unit";
            case TokenKind.Number:
                return "d";
            case TokenKind.Abbreviation:
                return s.Length == 2 ? (char.IsUpper(s[0]) ? "X." : "x.")
                    : s[1..^1].Contains('.') ? (char.IsUpper(s[0]) ? "X.X." : "x.x.")
                    : char.IsUpper(s[0]) ? "Xx." : "xx.";
        }
        char c = s[0];
        if (char.IsDigit(c)) return "dx";
        if (!char.IsLetter(c)) return s.Length <= 2 ? s.ToString() : "sym";
        bool allUpper = true;
        foreach (var ch in s) if (char.IsLower(ch)) { allUpper = false; break; }
        if (char.IsUpper(c)) return allUpper ? (s.Length == 1 ? "X" : "XX") : "Xx";
        return s.Length == 1 && c == 'i' ? "i" : "x";
    }

    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    private static ulong Mix(ulong h, ReadOnlySpan<char> s)
    {
        foreach (var ch in s) { h ^= ch; h *= Prime; }
        h ^= 0x1F; h *= Prime;
        return h;
    }

    /// <summary>The always-on feature, whose weight is the decision threshold.</summary>
    internal static ulong Bias => H(0);

    private static ulong H(int template) => Mix(Offset ^ (ulong)template * 0x9E3779B97F4A7C15UL, "");

    private static ulong H(int template, string a) => Mix(H(template), a);

    private static ulong H(int template, string a, string b) => Mix(H(template, a), b);

    private static ulong H(int template, string a, string b, string c) => Mix(H(template, a, b), c);

    private static BoundaryModel? LoadEmbedded()
    {
        var asm = typeof(BoundaryModel).Assembly;
        if (!asm.GetManifestResourceNames().Any(n => n.EndsWith(FileName, StringComparison.Ordinal))) return null;
        return Read(EmbeddedData.Lines(asm, FileName));
    }

    /// <summary>Reads "hash TAB weight" lines (hash in hex), skipping '#' comments.</summary>
    internal static BoundaryModel Read(IEnumerable<string> lines)
    {
        var weights = new Dictionary<ulong, float>();
        foreach (var line in lines)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            int tab = line.IndexOf('\t');
            weights[ulong.Parse(line.AsSpan(0, tab), NumberStyles.HexNumber, CultureInfo.InvariantCulture)] =
                float.Parse(line.AsSpan(tab + 1), CultureInfo.InvariantCulture);
        }
        return new BoundaryModel(weights);
    }

    internal static BoundaryModel FromWeights(Dictionary<ulong, float> weights) => new(weights);

    /// <summary>Writes the weights, largest first, as gzip text.</summary>
    internal void Write(string path, string header)
    {
        using var file = File.Create(path);
        using var gz = new GZipStream(file, CompressionLevel.SmallestSize);
        using var w = new StreamWriter(gz, new UTF8Encoding(false)) { NewLine = "\n" };
        foreach (var line in header.Split('\n')) w.WriteLine("# " + line);
        foreach (var (k, v) in _weights.OrderBy(kv => kv.Key))
            w.WriteLine($"{k.ToString("x16", CultureInfo.InvariantCulture)}\t{v.ToString("R", CultureInfo.InvariantCulture)}");
    }
}
