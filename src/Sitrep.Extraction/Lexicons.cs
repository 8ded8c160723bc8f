using System.Text.RegularExpressions;
using Sitrep.Core;

namespace Sitrep.Extraction;

/// <summary>The hand-written line rules, credit vocabulary and HTML selectors, loaded once from data/extraction.</summary>
internal sealed partial class Lexicons
{
    [GeneratedRegex(@"\s+")]
    internal static partial Regex Spaces();

    [GeneratedRegex(@"[\s/|,;()\[\]]+")]
    private static partial Regex CreditSplit();

    private static readonly Lazy<Lexicons> Shared = new(Load);
    public static Lexicons Default => Shared.Value;

    /// <summary>A "prefix" rule only fires on lines at most this long: a long paragraph that happens to start so is text.</summary>
    public const int MaxBoilerplateWords = 14;

    public required Dictionary<string, string> ExactLines { get; init; }
    public required List<(string Prefix, string Kind)> PrefixLines { get; init; }
    public required HashSet<string> Agencies { get; init; }
    public required List<string> CreditMarkers { get; init; }
    public required List<Regex> BodySelectors { get; init; }
    public required Regex Drop { get; init; }
    public required Regex Keep { get; init; }
    public required Regex Negative { get; init; }
    public required Regex Positive { get; init; }

    private static IEnumerable<string[]> Rows(string file) =>
        EmbeddedData.Lines(typeof(Lexicons).Assembly, file)
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('\t'));

    private static Lexicons Load()
    {
        var exact = new Dictionary<string, string>(StringComparer.Ordinal);
        var prefix = new List<(string, string)>();
        foreach (var r in Rows("lines.tsv"))
        {
            if (r.Length < 3) continue;
            if (r[1] == "line") exact[r[2]] = r[0];
            else prefix.Add((r[2], r[0]));
        }
        var agencies = new HashSet<string>(StringComparer.Ordinal);
        var markers = new List<string>();
        foreach (var r in Rows("credits.txt"))
        {
            if (r.Length < 2) continue;
            if (r[0] == "agency") agencies.Add(r[1]); else markers.Add(r[1]);
        }
        var sel = Rows("selectors.tsv").Where(r => r.Length >= 2).ToList();
        Regex One(string kind) => new(string.Join("|", sel.Where(r => r[0] == kind).Select(r => "(?:" + r[1] + ")")) is { Length: > 0 } p
            ? p : throw new SitrepException(Errors.ModelMissing("selectors.tsv", $"no '{kind}' rows")), RegexOptions.CultureInvariant | RegexOptions.Compiled);
        return new Lexicons
        {
            ExactLines = exact, PrefixLines = prefix, Agencies = agencies, CreditMarkers = markers,
            BodySelectors = [.. sel.Where(r => r[0] == "body").Select(r => new Regex(r[1], RegexOptions.CultureInvariant | RegexOptions.Compiled))],
            Drop = One("drop"), Keep = One("keep"), Negative = One("negative"), Positive = One("positive"),
        };
    }

    /// <summary>Lower-cased, whitespace-collapsed, without trailing punctuation, arrows and bullets.</summary>
    public static string NormalizeLine(string line)
    {
        var s = Spaces().Replace(line.Trim().ToLowerInvariant(), " ");
        s = s.Replace('\u2019', '\'');
        return s.TrimEnd('.', ':', '!', '»', '›', '→', '>', ' ', '|', '…').TrimStart('•', '·', '|', ' ', '»', '›');
    }

    /// <summary>The kind of boilerplate this short line is (share, navigation, ad, comment, boilerplate), or null.</summary>
    public string? BoilerplateKind(string line)
    {
        var n = NormalizeLine(line);
        if (n.Length == 0) return null;
        if (ExactLines.TryGetValue(n, out var kind)) return kind;
        if (CountWords(n) > MaxBoilerplateWords) return null;
        foreach (var (p, k) in PrefixLines)
            if (n.StartsWith(p, StringComparison.Ordinal)) return k;
        return null;
    }

    /// <summary>
    /// A photo credit: a short line with no sentence punctuation that starts with a credit marker, or that is
    /// capitalised names and at least one agency ("Jane Doe Getty", "Jane Doe/AFP via Getty Images").
    /// </summary>
    public bool IsCredit(string line)
    {
        var t = line.Trim();
        if (t.Length == 0 || t.Length > 120) return false;
        foreach (var m in CreditMarkers)
            if (t.StartsWith(m, StringComparison.OrdinalIgnoreCase) && CountWords(t) <= 14) return true;
        if (t[^1] is '.' or '!' or '?' or ',' or ';' or '"' or '\u201d') return false;
        var words = CreditSplit().Split(t).Where(w => w.Length > 0).ToArray();
        if (words.Length is < 1 or > 10) return false;
        bool agency = false;
        for (int i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (Agencies.Contains(w) || (i + 1 < words.Length && Agencies.Contains(w + " " + words[i + 1]))) { agency = true; continue; }
            if (w is "via" or "for" or "and" or "&" or "/" or "-" or "–" or "Images" or "Photo" or "Photos" or "File") continue;
            // Anything else must look like part of a name.
            if (!(char.IsUpper(w[0]) || w.Contains('-'))) return false;
            if (w.Any(char.IsDigit)) return false;
        }
        return agency;
    }

    public static int CountWords(string s)
    {
        int n = 0; bool inWord = false;
        foreach (var c in s)
        {
            bool w = !char.IsWhiteSpace(c);
            if (w && !inWord) n++;
            inWord = w;
        }
        return n;
    }
}
