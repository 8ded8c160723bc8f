using System.Globalization;
using System.Text.RegularExpressions;

namespace Sitrep.Nlp.Tokenization;

internal enum TokenKind : byte
{
    Word,
    Number,
    Punct,

    /// <summary>An abbreviation or initial that keeps its period (Gen., U.S., a.m., E.).</summary>
    Abbreviation,

    /// <summary>"...", "…", ". . ." and longer runs.</summary>
    Ellipsis,

    /// <summary>URLs, e-mail addresses, @handles, #hashtags, phone numbers and dates written as one unit.</summary>
    Unit,
}

/// <summary>A token before it becomes a <see cref="Sitrep.Core.Token"/>: offsets into the text and a coarse kind.</summary>
internal readonly record struct RawToken(int Start, int End, TokenKind Kind)
{
    public int Length => End - Start;
}

/// <summary>
/// A rule-based tokenizer for news English that follows the Universal Dependencies EWT conventions
/// (contractions split as "do n't", "Iran 's"; punctuation and quotes as tokens; abbreviations keep their period),
/// except that hyphenated words stay whole ("Al-Rubaye", "al-Assad", "15-year-old") because names are what later
/// stages need intact. Works on character offsets; never changes the text.
/// </summary>
internal sealed partial class RuleTokenizer(TokenizerLexicon lexicon)
{
    private static readonly Lazy<RuleTokenizer> DefaultLazy = new(() => new RuleTokenizer(TokenizerLexicon.Default));

    public static RuleTokenizer Default => DefaultLazy.Value;

    public TokenizerLexicon Lexicon { get; } = lexicon;

    [GeneratedRegex(@"\G(?:(?:https?|ftp)://|www\.)[^\s<>""“”‘’]+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex UrlRegex();

    // Bare domains need a known top-level domain so "end.Start" typos stay two words.
    [GeneratedRegex(@"\G[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?:com|org|net|gov|edu|mil|int|info|io|news|tv|co\.uk|org\.uk|gov\.uk|ac\.uk)(?:/[^\s<>""“”]*)?(?![A-Za-z0-9])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DomainRegex();

    [GeneratedRegex(@"\G[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex EmailRegex();

    [GeneratedRegex(@"\G[@#][\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*", RegexOptions.CultureInvariant)]
    private static partial Regex HandleRegex();

    // +1-202-501-4444, 1-888-407-4747, 2020-01-03, 202.501.4444: three or more digit groups joined by - or .
    [GeneratedRegex(@"\G\+?\d{1,4}(?:[-.]\d{1,4}){2,}(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex PhoneRegex();

    [GeneratedRegex(@"\G\d+(?:[.,:/]\d+)*", RegexOptions.CultureInvariant)]
    private static partial Regex NumberRegex();

    // U.S., U.S.A., a.m., e.g., Ph.D. — letters each followed by a period.
    [GeneratedRegex(@"\G(?:\p{L}{1,2}\.){2,}(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex AcronymRegex();

    [GeneratedRegex(@"\G['’](?:s|re|ve|ll|d|m)(?![\p{L}\p{N}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CliticRegex();

    [GeneratedRegex(@"\G\.(?: \.){2,}", RegexOptions.CultureInvariant)]
    private static partial Regex SpacedEllipsisRegex();

    /// <summary>Tokenizes <c>text[start..end)</c>, appending to <paramref name="output"/>.</summary>
    public void Tokenize(string text, int start, int end, List<RawToken> output)
    {
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            int j = ScanSpecial(text, i, end, out var kind);
            if (j > i) { output.Add(new RawToken(i, j, kind)); i = j; continue; }
            if (IsWordChar(c)) { i = ScanWord(text, i, end, output); continue; }
            j = ScanPunct(text, i, end, out kind);
            output.Add(new RawToken(i, j, kind));
            i = j;
        }
    }

    public List<RawToken> Tokenize(string text)
    {
        var list = new List<RawToken>();
        Tokenize(text, 0, text.Length, list);
        return list;
    }

    /// <summary>URLs, e-mails, handles, phone numbers, numbers and acronyms: units that must not be cut.</summary>
    private static int ScanSpecial(string text, int i, int end, out TokenKind kind)
    {
        kind = TokenKind.Unit;
        char c = text[i];
        int chunkEnd = i;
        while (chunkEnd < end && !char.IsWhiteSpace(text[chunkEnd])) chunkEnd++;
        var chunk = text.AsSpan(i, chunkEnd - i);

        if (c is '@' or '#')
        {
            var m = HandleRegex().Match(text, i, chunkEnd - i);
            return m.Success ? i + m.Length : i;
        }
        if (chunk.Contains('@') && (char.IsLetterOrDigit(c)))
        {
            var m = EmailRegex().Match(text, i, chunkEnd - i);
            if (m.Success) return TrimTrailing(text, i, i + m.Length, allowParen: false);
        }
        if (char.IsAsciiLetter(c) && (chunk.Contains("://", StringComparison.Ordinal) || chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase)))
        {
            var m = UrlRegex().Match(text, i, chunkEnd - i);
            if (m.Success) return TrimTrailing(text, i, i + m.Length, allowParen: true);
        }
        if (char.IsAsciiLetterOrDigit(c) && chunk.Contains('.'))
        {
            var m = DomainRegex().Match(text, i, chunkEnd - i);
            if (m.Success) return TrimTrailing(text, i, i + m.Length, allowParen: true);
        }
        if (c == '+' || char.IsAsciiDigit(c))
        {
            var m = PhoneRegex().Match(text, i, chunkEnd - i);
            if (m.Success) return i + m.Length;
        }
        if (char.IsAsciiDigit(c))
        {
            var m = NumberRegex().Match(text, i, chunkEnd - i);
            int j = i + m.Length;
            // "1990s", "15-year-old", "21st" are words; the word scanner keeps them whole.
            bool glued = j < end && (IsWordChar(text[j]) || (IsJoiner(text[j]) && j + 1 < end && IsWordChar(text[j + 1])));
            if (!glued) { kind = TokenKind.Number; return j; }
            return i;
        }
        if (char.IsLetter(c) && chunk.Length >= 4 && (chunk[1] == '.' || chunk[2] == '.'))
        {
            var m = AcronymRegex().Match(text, i, chunkEnd - i);
            if (m.Success) { kind = TokenKind.Abbreviation; return i + m.Length; }
        }
        return i;
    }

    /// <summary>Gives back sentence punctuation and closing brackets that end a URL or e-mail in running text.</summary>
    private static int TrimTrailing(string text, int start, int end, bool allowParen)
    {
        while (end > start)
        {
            char last = text[end - 1];
            if (last is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '"' or '’' or '”' or ']' or '-') { end--; continue; }
            if (last == ')')
            {
                // Keep a closing parenthesis the URL opened itself (wikipedia/Foo_(bar)).
                if (allowParen && text.AsSpan(start, end - start).Contains('(')) break;
                end--;
                continue;
            }
            break;
        }
        return end;
    }

    private int ScanWord(string text, int i, int end, List<RawToken> output)
    {
        int j = i + 1;
        while (j < end)
        {
            char ch = text[j];
            if (IsWordChar(ch)) { j++; continue; }
            // Hyphens, apostrophes and ampersands inside a word keep it whole (al-Assad, O'Brien, AT&T, don't).
            if (IsJoiner(ch) && j + 1 < end && IsWordChar(text[j + 1])) { j += 2; continue; }
            break;
        }

        var word = text.AsSpan(i, j - i);
        if (j < end && text[j] == '.' && IsAbbreviation(word, text, j + 1, end))
        {
            output.Add(new RawToken(i, j + 1, TokenKind.Abbreviation));
            return j + 1;
        }
        SplitWord(text, i, j, output);
        return j;
    }

    private bool IsAbbreviation(ReadOnlySpan<char> word, string text, int afterPeriod, int end)
    {
        if (word.Length == 1) return char.IsLetter(word[0]);
        var lookup = Lexicon.Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(word, out var kind)) return false;
        if (kind != AbbreviationKind.Number) return true;
        int k = afterPeriod;
        while (k < end && text[k] == ' ') k++;
        return k < end && char.IsAsciiDigit(text[k]);
    }

    /// <summary>Splits clitics the way UD does: don't → do n't, Iran's → Iran 's, cannot → can not, 5pm → 5 pm.</summary>
    private static void SplitWord(string text, int i, int j, List<RawToken> output)
    {
        var w = text.AsSpan(i, j - i);
        int len = w.Length;
        if (len > 3 && (w[len - 2] == '\'' || w[len - 2] == '’') && (w[len - 3] is 'n' or 'N') && (w[len - 1] is 't' or 'T'))
        {
            output.Add(new RawToken(i, j - 3, TokenKind.Word));
            output.Add(new RawToken(j - 3, j, TokenKind.Word));
            return;
        }
        foreach (var suffix in Clitics)
        {
            if (len > suffix.Length + 1 && (w[len - suffix.Length - 1] == '\'' || w[len - suffix.Length - 1] == '’')
                && w.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                int cut = j - suffix.Length - 1;
                output.Add(new RawToken(i, cut, TokenKind.Word));
                output.Add(new RawToken(cut, j, TokenKind.Word));
                return;
            }
        }
        foreach (var (whole, cutAt) in FusedWords)
        {
            if (w.Equals(whole, StringComparison.OrdinalIgnoreCase))
            {
                output.Add(new RawToken(i, i + cutAt, TokenKind.Word));
                output.Add(new RawToken(i + cutAt, j, TokenKind.Word));
                return;
            }
        }
        if (len >= 3 && char.IsAsciiDigit(w[0]))
        {
            int d = 0;
            while (d < len && char.IsAsciiDigit(w[d])) d++;
            var unit = w[d..];
            if (unit.Equals("am", StringComparison.OrdinalIgnoreCase) || unit.Equals("pm", StringComparison.OrdinalIgnoreCase))
            {
                output.Add(new RawToken(i, i + d, TokenKind.Number));
                output.Add(new RawToken(i + d, j, TokenKind.Word));
                return;
            }
        }
        output.Add(new RawToken(i, j, TokenKind.Word));
    }

    private static readonly string[] Clitics = ["s", "re", "ve", "ll", "d", "m"];

    private static readonly (string Whole, int Cut)[] FusedWords =
        [("cannot", 3), ("gonna", 3), ("gotta", 3), ("wanna", 3)];

    private static int ScanPunct(string text, int i, int end, out TokenKind kind)
    {
        kind = TokenKind.Punct;
        char c = text[i];
        switch (c)
        {
            case '.':
                {
                    bool freeStanding = i == 0 || char.IsWhiteSpace(text[i - 1]) || IsOpening(text[i - 1]);
                    if (freeStanding)
                    {
                        var m = SpacedEllipsisRegex().Match(text, i, end - i);
                        if (m.Success) { kind = TokenKind.Ellipsis; return i + m.Length; }
                    }
                    int j = i;
                    while (j < end && text[j] == '.') j++;
                    if (j - i >= 2) kind = TokenKind.Ellipsis;
                    return j;
                }
            case '…':
                kind = TokenKind.Ellipsis;
                return i + 1;
            case '!' or '?':
                {
                    int j = i;
                    while (j < end && text[j] is '!' or '?') j++;
                    return j;
                }
            case '-':
                {
                    int j = i;
                    while (j < end && text[j] == '-') j++;
                    return j;
                }
            case '\'' or '’':
                {
                    // A clitic glued to an abbreviation or closing quote: Jr.'s, U.S.'s
                    if (i > 0 && !char.IsWhiteSpace(text[i - 1]))
                    {
                        var m = CliticRegex().Match(text, i, end - i);
                        if (m.Success) { kind = TokenKind.Word; return i + m.Length; }
                    }
                    return i + 1;
                }
            case '`':
                return i + 1 < end && text[i + 1] == '`' ? i + 2 : i + 1;
            default:
                if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1])) return i + 2;
                return i + 1;
        }
    }

    internal static bool IsWordChar(char c)
    {
        if (char.IsLetterOrDigit(c) || c == '_') return true;
        var cat = char.GetUnicodeCategory(c);
        return cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    private static bool IsJoiner(char c) => c is '-' or '‐' or '\'' or '’' or '&';

    internal static bool IsOpening(char c) => c is '(' or '[' or '{' or '“' or '‘' or '"' or '\'' or '«' or '‹' or '„' or '‚';
}
