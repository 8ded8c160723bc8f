namespace Sitrep.Story;

/// <summary>
/// Whole-word phrase search over a folded copy of the text. Folding keeps every offset (one char for one
/// char) so a match in the folded text is a span of the document text.
/// </summary>
internal static class TextMatch
{
    /// <summary>Lower case, typographic apostrophes and quotes made plain, same length as the input.</summary>
    public static string Fold(string text) => string.Create(text.Length, text, static (dst, src) =>
    {
        for (int i = 0; i < src.Length; i++)
        {
            char c = src[i];
            dst[i] = c switch
            {
                '\u2019' or '\u2018' or '\u02BC' or '`' => '\'',
                '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' => '"',
                '\u2013' or '\u2014' => '-',
                '\u00A0' => ' ',
                _ => char.ToLowerInvariant(c),
            };
        }
    });

    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    /// <summary>
    /// Length of <paramref name="phrase"/> (already folded) matched at <paramref name="pos"/> of
    /// <paramref name="folded"/> as whole words, or 0. A trailing * lets the last word run on (retaliat* → retaliation).
    /// </summary>
    public static int MatchAt(string folded, int pos, string phrase, int limit = int.MaxValue)
    {
        bool prefix = phrase.EndsWith('*');
        var p = prefix ? phrase.AsSpan(0, phrase.Length - 1) : phrase.AsSpan();
        int end = Math.Min(folded.Length, limit);
        if (pos + p.Length > end) return 0;
        if (!folded.AsSpan(pos, p.Length).SequenceEqual(p)) return 0;
        if (pos > 0 && IsWordChar(p[0]) && IsWordChar(folded[pos - 1])) return 0;
        int e = pos + p.Length;
        if (prefix)
        {
            while (e < end && (IsWordChar(folded[e]) || folded[e] == '-')) e++;
            return e - pos;
        }
        if (e < end && IsWordChar(p[^1]) && IsWordChar(folded[e])) return 0;
        return p.Length;
    }

    /// <summary>All whole-word occurrences of a folded phrase in [from, to).</summary>
    public static IEnumerable<(int Start, int End)> FindAll(string folded, string phrase, int from, int to)
    {
        var head = phrase.TrimEnd('*');
        if (head.Length == 0) yield break;
        int i = from;
        while (i < to)
        {
            int at = folded.IndexOf(head, i, to - i, StringComparison.Ordinal);
            if (at < 0) yield break;
            int len = MatchAt(folded, at, phrase, to);
            if (len > 0)
            {
                yield return (at, at + len);
                i = at + len;
            }
            else i = at + 1;
        }
    }

    /// <summary>The first occurrence of any phrase in [from, to); the longest phrase wins at one position.</summary>
    public static (int Start, int End, string Phrase)? FindFirst(string folded, IReadOnlyList<string> phrases, int from, int to)
    {
        (int Start, int End, string Phrase)? best = null;
        foreach (var phrase in phrases)
        {
            foreach (var (s, e) in FindAll(folded, phrase, from, to))
            {
                if (best is null || s < best.Value.Start || (s == best.Value.Start && e > best.Value.End))
                    best = (s, e, phrase);
                break;
            }
        }
        return best;
    }

    /// <summary>Regular inflections of an English verb lemma (multiword: the first word inflects).</summary>
    public static IEnumerable<string> Inflections(string lemma)
    {
        int sp = lemma.IndexOf(' ');
        string verb = sp < 0 ? lemma : lemma[..sp];
        string rest = sp < 0 ? "" : lemma[sp..];
        yield return verb + rest;
        if (verb.EndsWith('e'))
        {
            yield return verb + "s" + rest;
            yield return verb + "d" + rest;
            yield return verb[..^1] + "ing" + rest;
        }
        else
        {
            bool sibilant = verb.EndsWith("sh") || verb.EndsWith("ch") || verb.EndsWith('s') || verb.EndsWith('x');
            yield return verb + (sibilant ? "es" : "s") + rest;
            yield return verb + "ed" + rest;
            yield return verb + "ing" + rest;
            // Consonant doubling (call → calling needs none; plan → planned does): offer the doubled forms too.
            if (verb.Length >= 3 && !"aeiouwy".Contains(verb[^1]) && "aeiou".Contains(verb[^2]) && !"aeiou".Contains(verb[^3]))
            {
                yield return verb + verb[^1] + "ed" + rest;
                yield return verb + verb[^1] + "ing" + rest;
            }
        }
    }

    /// <summary>Trims whitespace, closing/opening quotes and final punctuation from a phrase's span.</summary>
    public static (int Start, int End) TrimSpan(string text, int start, int end, string trimChars = " \t\r\n\"'\u201C\u201D\u2018\u2019.,;:")
    {
        while (start < end && trimChars.Contains(text[start])) start++;
        while (end > start && trimChars.Contains(text[end - 1])) end--;
        return (start, end);
    }

    /// <summary>Collapses runs of whitespace (the text keeps double spaces between quoted sentences).</summary>
    public static string Squeeze(string s)
    {
        var sb = new System.Text.StringBuilder(s.Length);
        bool space = false;
        foreach (char c in s)
        {
            if (char.IsWhiteSpace(c)) { space = true; continue; }
            if (space && sb.Length > 0) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
