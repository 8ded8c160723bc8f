using System.Globalization;
using System.Collections.Frozen;
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
/// (contractions split as "do n't", "Iran 's", "do nt"; punctuation and quotes as tokens; abbreviations keep their
/// period; hyphenated words split at the hyphen, "al - Assad", "15 - year - old", except after a bound prefix such
/// as "non-" or "e-"). URLs, e-mails, handles, phone numbers, file names and emoticons stay whole. Works on
/// character offsets; never changes the text.
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

    // Mail headers also write "Jane Doe@ENRON" without a domain suffix.
    [GeneratedRegex(@"\G[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex EmailRegex();

    [GeneratedRegex(@"\G(?:#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*|@[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*(?:\.[A-Za-z]{2,})*)", RegexOptions.CultureInvariant)]
    private static partial Regex HandleRegex();

    // Usenet group names (alt.animals.cat) are one token.
    [GeneratedRegex(@"\G(?:alt|comp|rec|sci|soc|talk|misc|news|humanities)(?:\.[a-z0-9+_-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex NewsgroupRegex();

    // report.pdf, Lisa_resume.doc: attachment names are one token in mail text.
    [GeneratedRegex(@"\G[\p{L}\p{N}_][\p{L}\p{N}_-]*(?:\.[\p{L}\p{N}_-]+)*\.(?:pdf|docx?|xlsx?|pptx?|html?|txt|jpe?g|gif|png|zip|exe|wpd|csv|rtf|mp3|wav|avi|xml|tiff?)(?![\p{L}\p{N}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FileNameRegex();

    // :) :-( ;P =) <3 — only free-standing, so "Note:(" and URLs are untouched.
    [GeneratedRegex(@"\G(?:[:;=][-'o^]?[)(DPpO/\]\[|*3]|<3)(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex EmoticonRegex();

    // +1-202-501-4444, 1-888-407-4747, 2020-01-03, 202.501.4444: three or more digit groups joined by - or .;
    // also local numbers, extensions and ZIP+4 (853-3242, 3-5213, 77042-2016), which EWT keeps whole, while
    // ranges ("1969-1970", "10-12") split at the hyphen.
    [GeneratedRegex(@"\G(?:\+?\d{1,4}(?:[-.]\d{1,4}){2,}|(?:\d{1,3}|\d{5})-\d{4})(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex PhoneRegex();

    [GeneratedRegex(@"\G\d+(?:[.,:/]\d+)*", RegexOptions.CultureInvariant)]
    private static partial Regex NumberRegex();

    // U.S., U.S.A., a.m., e.g., Ph.D. — letters each followed by a period.
    [GeneratedRegex(@"\G(?:\p{L}{1,2}\.){2,}(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex AcronymRegex();

    [GeneratedRegex(@"\G['’`](?:s|re|ve|ll|d|m)(?![\p{L}\p{N}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
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

        if (c is ':' or ';' or '=' or '<' && (i == 0 || char.IsWhiteSpace(text[i - 1])))
        {
            var m = EmoticonRegex().Match(text, i, chunkEnd - i);
            if (m.Success) return i + m.Length;
        }
        if (c == '+' && i + 1 < end && char.IsAsciiDigit(text[i + 1]) && (i == 0 || char.IsWhiteSpace(text[i - 1])))
        {
            // "+1 212-848-8400": a country code is one token with its plus sign.
            var m = PhoneRegex().Match(text, i, chunkEnd - i);
            if (m.Success) return i + m.Length;
            int j = i + 1;
            while (j < chunkEnd && char.IsAsciiDigit(text[j])) j++;
            if (j - i <= 4 && (j == chunkEnd || !char.IsLetterOrDigit(text[j]))) { kind = TokenKind.Number; return j; }
            return i;
        }
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
            m = FileNameRegex().Match(text, i, chunkEnd - i);
            if (m.Success) return i + m.Length;
            m = NewsgroupRegex().Match(text, i, chunkEnd - i);
            if (m.Success) return TrimTrailing(text, i, i + m.Length, allowParen: false);
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
            // "1990s", "21st" are words; the word scanner keeps them whole ("15-year-old" splits at the hyphens).
            bool glued = j < end && (IsWordChar(text[j]) || (text[j] is '\'' or '’' or '&' && j + 1 < end && IsWordChar(text[j + 1])));
            if (!glued || IsUnitAt(text, j, end)) { kind = TokenKind.Number; return j; }
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
            // Apostrophes and ampersands inside a word keep it whole (O'Brien, AT&T, don't); a hyphen only after a
            // bound prefix (non-profit, e-mail, re-elect), as EWT has it; elsewhere it is a token (al - Assad).
            if (IsJoiner(ch) && j + 1 < end && IsWordChar(text[j + 1]))
            {
                if (ch is '-' or '‐' && !IsCapitalisedCompound(text, i, j) && !IsBoundPrefix(text.AsSpan(SegmentStart(text, i, j), j - SegmentStart(text, i, j)))) break;
                j += 2;
                continue;
            }
            break;
        }

        // Short slash forms stay whole as EWT writes them: b/c, w/o, l/c, I/S, and "w/" for "with".
        if (j - i == 1 && j < end && text[j] == '/' && char.IsLetter(text[i]))
        {
            int k = j + 1;
            while (k < end && char.IsLetter(text[k])) k++;
            bool free = k >= end || !IsWordChar(text[k]) && text[k] != '/';
            if (free && (k - j - 1 is >= 1 and <= 3 || (k == j + 1 && text[i] is 'w' or 'W')))
            {
                output.Add(new RawToken(i, k, TokenKind.Word));
                return k;
            }
        }
        // Yahoo! keeps its exclamation mark.
        if (j < end && text[j] == '!' && text.AsSpan(i, j - i).Equals("Yahoo", StringComparison.OrdinalIgnoreCase))
        {
            output.Add(new RawToken(i, j + 1, TokenKind.Word));
            return j + 1;
        }

        var word = text.AsSpan(i, j - i);
        if (j < end && text[j] == '.' && IsAbbreviation(word, text, j + 1, end))
        {
            output.Add(new RawToken(i, j + 1, TokenKind.Abbreviation));
            return j + 1;
        }
        if (j - i == 3 && word.Equals("its", StringComparison.OrdinalIgnoreCase) && NextWordIn(text, j, end, ItIsFollowers))
        {
            // "its not fair", "its a reel": "it's" typed without the apostrophe, split as EWT does (it s).
            output.Add(new RawToken(i, i + 2, TokenKind.Word));
            output.Add(new RawToken(i + 2, j, TokenKind.Word));
            return j;
        }
        SplitWord(text, i, j, output);
        return j;
    }

    private static bool NextWordIn(string text, int from, int end, FrozenSet<string> words)
    {
        int k = from;
        while (k < end && text[k] == ' ') k++;
        if (k == from) return false;
        int w = k;
        while (w < end && char.IsLetter(text[w])) w++;
        return w > k && words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(k, w - k));
    }

    // Words that follow "its" only when it means "it is" (never after possessive "its" on EWT train).
    private static readonly FrozenSet<string> ItIsFollowers = new[]
    {
        "a", "an", "the", "not", "really", "simply", "very", "like", "definitely", "just", "also", "all", "still",
        "been", "getting", "now", "pretty", "kind", "too", "nothing", "always", "never", "probably", "totally",
        "actually", "ok", "okay", "because", "about", "going", "gonna", "your", "my", "in", "for", "from",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "Pakistan-based", "Iranian-backed", "U.N.-led" and titles such as "Secretary-General": a capitalised word
    /// with a lower-case participle or adjective after the hyphen, or a hyphenated title, stays one token, unlike
    /// EWT, because the event coder reads the actor's country and title off it (the own sample's events drop from
    /// 5/6 to 3/6 when these split). Names joined by a hyphen ("Al-Qaeda", "Bush-Cheney") split as EWT has them.
    /// Costs ~0.05 token F1 on EWT dev.
    /// </summary>
    private static bool IsCapitalisedCompound(string text, int wordStart, int hyphen)
    {
        if (!char.IsUpper(text[wordStart]) || hyphen + 1 >= text.Length) return false;
        if (char.IsLower(text[hyphen + 1])) return true;
        int k = hyphen + 1;
        while (k < text.Length && char.IsLetter(text[k])) k++;
        return HyphenatedTitles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(wordStart, k - wordStart));
    }

    private static readonly FrozenSet<string> HyphenatedTitles = new[]
    {
        "Secretary-General", "Director-General", "Attorney-General", "Governor-General", "Solicitor-General",
        "Inspector-General", "Surgeon-General", "Auditor-General", "Vice-President", "Vice-Chancellor",
        "Lieutenant-General", "Major-General", "Lieutenant-Colonel", "Brigadier-General",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>A unit glued to a number ("$170m", "7:30PM", "6ft", "3bn"), which EWT splits off.</summary>
    private static bool IsUnitAt(string text, int j, int end)
    {
        int k = j;
        while (k < end && char.IsAsciiLetter(text[k])) k++;
        if (k == j || (k < end && IsWordChar(text[k]))) return false;
        return Units.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(j, k - j));
    }

    // Abbreviations only when capitalised, as in mail and schedules ("Wed. Nov. 13", "Attn."): "sat." and "sun."
    // in lower case are words. Counted on EWT train.
    private static readonly FrozenSet<string> CapitalisedAbbreviations = new[]
    {
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun", "Attn", "Arrv",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Units = new[]
    {
        "am", "pm", "m", "k", "b", "bn", "mn", "mm", "cm", "km", "ft", "kg", "g", "lb", "lbs", "oz", "mph", "kph",
        "hz", "mhz", "ghz", "mb", "gb", "kb", "tb", "ml", "mg", "hrs", "hr", "min", "mins", "sec", "secs",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static int SegmentStart(string text, int wordStart, int hyphen)
    {
        int s = hyphen;
        while (s > wordStart && text[s - 1] is not ('-' or '‐')) s--;
        return s;
    }

    private static bool IsBoundPrefix(ReadOnlySpan<char> segment) =>
        BoundPrefixes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(segment);

    // Prefixes EWT keeps attached to the word after the hyphen (counted on EWT train: e-mail, non-, pre-, anti-, …).
    private static readonly FrozenSet<string> BoundPrefixes = new[]
    {
        "e", "non", "pre", "anti", "re", "mid", "post", "co", "pro", "multi", "semi", "ex", "sub", "neo", "cross",
        "counter", "un", "socio", "micro", "intra", "mis", "arch", "psycho", "over",
        // Not EWT's choice ("so - called"), but the quote finder must not read "called" as a speech cue.
        "so",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private bool IsAbbreviation(ReadOnlySpan<char> word, string text, int afterPeriod, int end)
    {
        if (word.Length == 1) return char.IsLetter(word[0]);
        if (CapitalisedAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)) return true;
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
                // "Israel lets the freeze expire": after a word, "lets" is the verb; only opening a clause ("Lets go.") is it
                // "let's" typed without the apostrophe.
                if (whole == "lets" && PreviousNonSpace(text, i) is { } before && char.IsLetterOrDigit(before)) break;
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

    /// <summary>The first character before <paramref name="i"/> that is not white space, if any.</summary>
    private static char? PreviousNonSpace(string text, int i)
    {
        for (int k = i - 1; k >= 0; k--)
            if (!char.IsWhiteSpace(text[k])) return text[k];
        return null;
    }

    private static readonly string[] Clitics = ["s", "re", "ve", "ll", "d", "m"];

    // Fused forms EWT splits into two words, including contractions typed without the apostrophe (web text).
    private static readonly (string Whole, int Cut)[] FusedWords =
        [("cannot", 3), ("gonna", 3), ("gotta", 3), ("wanna", 3), ("outta", 3), ("alot", 1),
         ("dont", 2), ("didnt", 3), ("doesnt", 4), ("cant", 2), ("wont", 2), ("isnt", 2), ("wasnt", 3), ("arent", 3),
         ("werent", 4), ("couldnt", 5), ("wouldnt", 5), ("shouldnt", 6), ("havent", 4), ("hasnt", 3), ("hadnt", 3),
         ("aint", 2), ("arnt", 2), ("im", 1), ("ive", 1), ("youre", 3), ("youll", 3), ("thats", 4), ("theres", 5),
         ("whats", 4), ("lets", 3), ("hes", 2)];

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
                    else if (j < end && text[j] is '?' or '!')
                        while (j < end && text[j] is '!' or '?') j++; // ".?" typed for "?"
                    return j;
                }
            case '…':
                kind = TokenKind.Ellipsis;
                return i + 1;
            case '!' or '?':
                {
                    // "?!", "!!!", and a stray full stop after them ("!.") are one token in EWT.
                    int j = i;
                    while (j < end && text[j] is '!' or '?') j++;
                    if (j < end && text[j] == '.' && (j + 1 >= end || text[j + 1] != '.')) j++;
                    return j;
                }
            case '-':
                {
                    int j = i;
                    while (j < end && text[j] == '-') j++;
                    return j;
                }
            case '\'' or '’' or '‘' when i + 1 < end && text[i + 1] is '\'' or '’' or '‘':
                return i + 2; // '' and ‘’ typed for a double quote
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
                {
                    // "Bush`s": a backtick typed for the apostrophe of a clitic.
                    if (i > 0 && IsWordChar(text[i - 1]))
                    {
                        var m = CliticRegex().Match(text, i, end - i);
                        if (m.Success) { kind = TokenKind.Word; return i + m.Length; }
                    }
                    return i + 1 < end && text[i + 1] == '`' ? i + 2 : i + 1;
                }
            case '*' or '=' or '_' or '~' or '$' or '<' or '>' or '#' or '^' or '+' or '|' or '/' or '\\':
                {
                    // Rules and decorations ("=====", "*****", "<<", "$$$") are one token.
                    int j = i + 1;
                    while (j < end && text[j] == c) j++;
                    return j;
                }
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
