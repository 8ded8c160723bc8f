namespace Sitrep.Nlp.Tokenization;

/// <summary>
/// Rule-based sentence boundaries over the tokens of one paragraph (callers never pass text across a
/// paragraph break). Follows the "Golden Rules" of sentence segmentation: a period ends a sentence before a
/// capitalised word unless it belongs to a title (Gen., Mr.) or to an abbreviation followed by a name
/// (U.S. Government); closing quotes and brackets stay with their sentence; ellipses end a sentence only with
/// four dots or before a capitalised word; numbered, lettered and bulleted lists start a sentence per item;
/// a line without final punctuation (a heading) is its own sentence.
/// </summary>
/// <remarks>
/// With a <see cref="BoundaryModel"/>, the rules' answer becomes one feature of a learned decision at every space
/// between tokens (not at line breaks, where the rules decide): web and mail text ends many sentences without
/// punctuation, which no full-stop rule can find.
/// </remarks>
internal sealed class SentenceSplitter(TokenizerLexicon lexicon, BoundaryModel? model = null)
{
    private static readonly Lazy<SentenceSplitter> DefaultLazy = new(() => new SentenceSplitter(TokenizerLexicon.Default, BoundaryModel.Default));

    public static SentenceSplitter Default => DefaultLazy.Value;

    /// <summary>The same rules without the learned model.</summary>
    public static SentenceSplitter RulesOnly { get; } = new(TokenizerLexicon.Default);

    public BoundaryModel? Model => model;

    private enum MarkerStyle : byte { None, Dot, Paren, DotParen, LetterDot, LetterParen }

    private readonly record struct ListMarker(MarkerStyle Style, int Value, int Length);

    /// <summary>Splits <c>tokens[first..end)</c> into sentences, appending (first token, count) pairs.</summary>
    public void Split(string text, List<RawToken> tokens, int first, int end, List<(int First, int Count)> output)
    {
        if (model is null || end - first < 2) { SplitByRules(text, tokens, first, end, output, null); return; }
        var gaps = RuleGaps(text, tokens, first, end);
        int start = first;
        for (int k = first; k < end - 1; k++)
        {
            var gap = gaps[k - first];
            bool boundary = gap.Hard || !IsModelGap(text, tokens, k) || InsideName(text, tokens, k)
                ? gap.Boundary
                : model.IsBoundary(text, tokens, first, end, k, gap.Boundary);
            if (!boundary) continue;
            output.Add((start, k + 1 - start));
            start = k + 1;
        }
        output.Add((start, end - start));
    }

    /// <summary>The rules' answer at the gap after a token; hard answers (list items, bullets, titles) the model may not change.</summary>
    internal record struct Gap(bool Boundary, bool Hard);

    /// <summary>The gaps the model decides: a space between the tokens, but no line break.</summary>
    internal static bool IsModelGap(string text, List<RawToken> tokens, int k) =>
        tokens[k + 1].Start > tokens[k].End && !HasNewline(text, tokens[k].End, tokens[k + 1].Start);

    /// <summary>
    /// A space inside a run of capitalised words with no punctuation ("White House | Press Secretary | Stephanie Grisham"):
    /// a name runs on there, so only the rules may end a sentence (the model, trained on web text where lines often end
    /// unpunctuated, broke news sentences inside such titles).
    /// </summary>
    private static bool InsideName(string text, List<RawToken> tokens, int k)
    {
        bool Cap(int i) => i >= 0 && i < tokens.Count && tokens[i].Length > 0 && char.IsUpper(text[tokens[i].Start]) && char.IsLetter(text[tokens[i].Start + tokens[i].Length - 1]);
        bool Spaced(int i) => tokens[i + 1].Start > tokens[i].End;
        // Two capitalised words on each side, all spaced words: a run of four or more is a name or a title, not a
        // heading ending before a capitalised sentence opener.
        return k >= 1 && k + 2 < tokens.Count && Cap(k - 1) && Cap(k) && Cap(k + 1) && Cap(k + 2) && Spaced(k - 1) && Spaced(k + 1);
    }

    /// <summary>For each gap after token first+i, the rules' decision.</summary>
    internal Gap[] RuleGaps(string text, List<RawToken> tokens, int first, int end)
    {
        var gaps = new Gap[Math.Max(0, end - first - 1)];
        var ranges = new List<(int First, int Count)>();
        SplitByRules(text, tokens, first, end, ranges, gaps);
        for (int r = 0; r < ranges.Count - 1; r++)
        {
            int last = ranges[r].First + ranges[r].Count - 1;
            if (last >= first && last < end - 1) gaps[last - first].Boundary = true;
        }
        return gaps;
    }

    /// <summary>The rules; when <paramref name="gaps"/> is given, marks the gaps whose answer is hard.</summary>
    private void SplitByRules(string text, List<RawToken> tokens, int first, int end, List<(int First, int Count)> output, Gap[]? gaps)
    {
        if (first >= end) return;
        int start = first;
        int markerEnd = -1;
        ListMarker expected = default;
        int datelineEnd = DatelineEnd(text, tokens, first, end);

        for (int k = first; k < end; k++)
        {
            if (k > start && (k == datelineEnd || BreakBefore(text, tokens, k, expected)))
            {
                output.Add((start, k - start));
                start = k;
                if (gaps is not null) gaps[k - 1 - first].Hard = true;
            }
            if (k == start)
            {
                var marker = MarkerAt(text, tokens, k, end);
                markerEnd = k + marker.Length;
                expected = marker.Style == MarkerStyle.None ? default : marker with { Value = marker.Value + 1 };
                // No sentence ends inside a list marker ("1.)", "a.", "• 9."), nor right after one.
                if (gaps is not null) for (int g = k; g < Math.Min(markerEnd, end - 1); g++) gaps[g - first].Hard = true;
            }
            // No sentence ends inside a dateline ("ST. MARY, Ore. —"): its abbreviations are place names.
            if (k < datelineEnd - 1)
            {
                if (gaps is not null) gaps[k - first].Hard = true;
                continue;
            }
            // Spaced ellipses (". . .") are literary quotation style, where the rules know the conventions.
            if (gaps is not null && tokens[k].Kind == TokenKind.Ellipsis && text.AsSpan(tokens[k].Start, tokens[k].Length).Contains(' '))
            {
                if (k > first) gaps[k - 1 - first].Hard = true;
                if (k < end - 1) gaps[k - first].Hard = true;
            }
            if (k < markerEnd || !IsCandidate(text, tokens[k], k == start)) continue;

            int e = k + 1;
            while (e < end && IsTrailing(text, tokens, e)) e++;
            // Closing quotes and brackets after the full stop stay with it.
            if (gaps is not null) for (int g = k; g < Math.Min(e - 1, end - 1); g++) gaps[g - first].Hard = true;
            // After an abbreviation the hand-written lists decide (Gen. Smith, p. 55, 6 P.M. Mr. Smith).
            if (gaps is not null && e < end && IsTitleOrNumberAbbreviation(text, tokens[k])) gaps[e - 1 - first].Hard = true;
            if (e >= end) { k = e - 1; continue; }
            if (HasNewline(text, tokens[e - 1].End, tokens[e].Start)) { k = e - 1; continue; }
            // "all ID. models", "the ID. SPACE VIZZION may": a period that belongs to an upper-case name.
            if (e == k + 1 && PeriodInsideCapitalName(text, tokens, k, end))
            {
                if (gaps is not null) gaps[k - first].Hard = true;
                continue;
            }
            if (EndsSentence(text, tokens, k, e, end, start))
            {
                // An abbreviation before a listed sentence opener ("the U.S. They") ends the sentence for sure.
                if (gaps is not null && tokens[k].Kind == TokenKind.Abbreviation) gaps[e - 1 - first].Hard = true;
                output.Add((start, e - start));
                start = e;
                k = e - 1;
            }
        }
        output.Add((start, end - start));
    }

    /// <summary>Breaks forced before a token: a line break after a complete line, a bullet, the next list item.</summary>
    private bool BreakBefore(string text, List<RawToken> tokens, int k, ListMarker expected)
    {
        var tok = tokens[k];
        var prev = tokens[k - 1];
        if (HasNewline(text, prev.End, tok.Start)) return LineBreakIsBoundary(text, prev, tok);
        if (IsBullet(text, tok) && prev.End < tok.Start) return true;
        if (expected.Style != MarkerStyle.None && prev.End < tok.Start)
        {
            var m = MarkerAt(text, tokens, k, tokens.Count);
            if (m.Style == expected.Style && m.Value == expected.Value) return true;
        }
        return false;
    }

    /// <summary>
    /// The token after a wire-style dateline that opens a paragraph ("WASHINGTON (AP) — ", "HANOI, Vietnam (AP) — ",
    /// "MANILA, Aug. 19 (Reuters) - ", "Tehran, Jan. 3 (IRNA) -- "), or -1. The dateline names where the report was
    /// filed, not who acted: kept out of the lead sentence, it no longer opens that sentence's quote, event or names.
    /// The place is upper case, or a title-case place is followed by the agency in brackets.
    /// </summary>
    private static int DatelineEnd(string text, List<RawToken> tokens, int first, int end)
    {
        // The place: up to four upper-case words or abbreviations ("ST. MARY"), or up to two title-case words.
        int k = first;
        bool hasUpperName = false;
        for (int words = 0; k < end && words < 4; k++, words++)
        {
            var t = tokens[k];
            bool upper = IsUpperWord(text, t, 2, 20) || t.Kind == TokenKind.Abbreviation && char.IsUpper(text[t.Start]) && t.Length <= 5 && IsUpperWord(text, t with { End = t.End - 1, Kind = TokenKind.Word }, 1, 4);
            if (!upper && !(t.Kind == TokenKind.Word && char.IsUpper(text[t.Start]) && words < 2)) break;
            hasUpperName |= IsUpperWord(text, t, 3, 20);
            // "ST." split as a word and its period
            if (k + 1 < end && Is(text, tokens[k + 1], '.') && tokens[k + 1].Start == t.End) k++;
        }
        if (k == first) return -1;
        // ", Vietnam", ", Calif.", ", Aug. 19", ", Jan. 3, 2020": up to three comma groups of names, abbreviations and numbers.
        for (int group = 0; group < 3 && k < end && Is(text, tokens[k], ','); group++)
        {
            int g = k + 1, n = 0;
            while (g < end && n < 3 && (tokens[g].Kind is TokenKind.Number || tokens[g].Kind is TokenKind.Word or TokenKind.Abbreviation && char.IsUpper(text[tokens[g].Start])))
            {
                g++; n++;
                // "Ore." split as a word and its period
                if (g < end && Is(text, tokens[g], '.') && tokens[g].Start == tokens[g - 1].End) g++;
            }
            if (n == 0) break;
            k = g;
        }
        bool agency = false;
        if (k < end && Is(text, tokens[k], '('))
        {
            int close = k + 1;
            while (close < end && close - k <= 6 && !Is(text, tokens[close], ')')) close++;
            // "BRUSSELS (dpa) -": an agency's name may be written in lower case, a single word after a place in capitals.
            bool lowerAgency = hasUpperName && close == k + 2 && tokens[k + 1].Kind == TokenKind.Word && text.AsSpan(tokens[k + 1].Start, tokens[k + 1].Length).ToString().All(char.IsLetter);
            if (close >= end || close - k > 6 || close == k + 1 || !char.IsUpper(text[tokens[k + 1].Start]) && !lowerAgency) return -1;
            agency = true;
            k = close + 1;
        }
        if (!hasUpperName && !agency) return -1;
        if (k + 1 >= end || tokens[k].Kind != TokenKind.Punct || !IsDash(text, tokens[k])) return -1;
        var next = tokens[k + 1];
        if (next.Start == tokens[k].End || !(char.IsUpper(text[next.Start]) || text[next.Start] is '"' or '“' or '\'' or '‘')) return -1;
        return k + 1;
    }

    private static bool IsDash(string text, RawToken t) =>
        text.AsSpan(t.Start, t.Length) is "-" or "--" or "–" or "—" or "―";

    /// <summary>A line ends a sentence unless the text plainly runs on (a comma or a joining word, or a lower-case next line).</summary>
    private static bool LineBreakIsBoundary(string text, RawToken prev, RawToken next)
    {
        if (char.IsLower(text[next.Start])) return false;
        var p = text.AsSpan(prev.Start, prev.Length);
        if (p.Length == 1 && p[0] is ',' or ';' or '(' or '&' or '/' or '-' or '–' or '—') return false;
        foreach (var joiner in LineJoiners)
            if (p.Equals(joiner, StringComparison.Ordinal)) return false;
        return true;
    }

    private static readonly string[] LineJoiners = ["and", "or", "but", "the", "a", "an", "of", "to", "in", "on", "for", "with", "by", "at", "from", "that"];

    private static bool HasNewline(string text, int from, int to) => text.AsSpan(from, to - from).Contains('\n');

    private static bool IsCandidate(string text, RawToken t, bool atSentenceStart)
    {
        char c = text[t.Start];
        switch (t.Kind)
        {
            case TokenKind.Ellipsis:
                return !atSentenceStart;
            case TokenKind.Abbreviation:
                return true;
            case TokenKind.Punct:
                return c is '.' or '!' or '?';
            default:
                return false;
        }
    }

    /// <summary>Closing quotes and brackets, and more final punctuation, that belong to the sentence just ended.</summary>
    private static bool IsTrailing(string text, List<RawToken> tokens, int e)
    {
        var t = tokens[e];
        if (t.Length != 1) return false;
        char c = text[t.Start];
        bool attached = tokens[e - 1].End == t.Start;
        return c switch
        {
            '”' or '’' or '»' or '›' or ')' or ']' or '}' => true,
            '"' or '\'' => attached,
            '.' or '!' or '?' => attached,
            _ => false,
        };
    }

    private bool EndsSentence(string text, List<RawToken> tokens, int k, int e, int end, int start)
    {
        var cand = tokens[k];
        var next = tokens[e];
        char n0 = text[next.Start];
        // "alt.animals", "Guaranty.doc", "EY4106.7": no space, no boundary.
        if (next.Start == tokens[e - 1].End) return false;
        if (char.IsLower(n0))
        {
            // Web and e-mail text often starts sentences in lower case ("it was late. we left."); a bare full
            // stop or question mark right after a word still ends one. Abbreviations, "!" (Yahoo!), quotes and
            // brackets before the lower-case word ('…great.' she said) keep the sentence going.
            return e == k + 1 && cand.Kind == TokenKind.Punct && (text[cand.Start] is '.' or '?' || cand.Length >= 2)
                && k > start && tokens[k - 1].Kind is TokenKind.Word or TokenKind.Number or TokenKind.Unit
                && next.Kind == TokenKind.Word;
        }

        if (cand.Kind == TokenKind.Ellipsis)
        {
            int dots = 0;
            for (int i = cand.Start; i < cand.End; i++) if (text[i] is '.' or '…') dots += text[i] == '…' ? 3 : 1;
            if (dots >= 4) return StartsSentence(text, tokens, k, e, end, start);
            // Three dots mark an omission; only a capitalised word (not "I") after them starts a new sentence.
            return next.Kind is TokenKind.Word && char.IsUpper(n0) && !(next.Length == 1 && n0 == 'I');
        }

        if (cand.Kind == TokenKind.Abbreviation)
        {
            var word = text.AsSpan(cand.Start, cand.Length - 1);
            if (lexicon.Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var kind)
                && kind is AbbreviationKind.Title or AbbreviationKind.Number)
                return false;
            return IsOpener(text, tokens, e, end);
        }

        return StartsSentence(text, tokens, k, e, end, start);
    }

    /// <summary>
    /// A full stop right after a short upper-case word that is no sentence end: a determiner before it and a lower-case
    /// word after it ("all ID. models"), or two upper-case words and then a lower-case one ("the ID. SPACE VIZZION may"), where a sentence
    /// starting after an initialism ("in Chesapeake City, MD. VIP guests", "into the US. PTI") has one capital word at most.
    /// </summary>
    private static bool PeriodInsideCapitalName(string text, List<RawToken> tokens, int k, int end)
    {
        if (k == 0 || k + 1 >= end || !Is(text, tokens[k], '.') || tokens[k - 1].End != tokens[k].Start || !IsUpperWord(text, tokens[k - 1], 2, 4)) return false;
        var next = tokens[k + 1];
        // A lower-case word may start a sentence in web text ("… by the GISB. i think"); after a determiner the upper-case
        // word is a modifier and the noun follows ("all ID. models").
        if (next.Kind == TokenKind.Word && char.IsLower(text[next.Start]) && next.Length > 1)
            return k >= 2 && tokens[k - 2].Kind == TokenKind.Word && text.Substring(tokens[k - 2].Start, tokens[k - 2].Length).ToLowerInvariant()
                is "all" or "every" or "each" or "any" or "its" or "their" or "our" or "his" or "her" or "new" or "both" or "the" or "a" or "an";
        return k + 3 < end && IsUpperWord(text, next, 2, 20) && IsUpperWord(text, tokens[k + 2], 2, 20)
            && tokens[k + 3].Kind == TokenKind.Word && char.IsLower(text[tokens[k + 3].Start]);
    }

    private static bool IsUpperWord(string text, RawToken t, int min, int max)
    {
        if (t.Kind != TokenKind.Word || t.Length < min || t.Length > max) return false;
        for (int i = t.Start; i < t.End; i++) if (!char.IsUpper(text[i])) return false;
        return true;
    }

    private bool IsTitleOrNumberAbbreviation(string text, RawToken t) =>
        t.Kind == TokenKind.Abbreviation
        && lexicon.Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text.AsSpan(t.Start, t.Length - 1), out var kind)
        && kind is AbbreviationKind.Title or AbbreviationKind.Number;

    /// <summary>After a plain full stop: does the token at <paramref name="e"/> look like a sentence start?</summary>
    private static bool StartsSentence(string text, List<RawToken> tokens, int k, int e, int end, int start)
    {
        var next = tokens[e];
        char n0 = text[next.Start];
        if (char.IsLower(n0)) return false;
        if (char.IsDigit(n0))
        {
            if (MarkerAt(text, tokens, e, end).Style != MarkerStyle.None) return true;
            // "in 2019. 2020 was…" splits; "N°. 1026" (a symbol before the period) does not.
            var before = tokens[k];
            return k > start && before.Kind == TokenKind.Punct && text[before.Start] == '.' && before.Start > 0
                && tokens[k - 1].Kind is TokenKind.Word or TokenKind.Unit;
        }
        if (char.IsLetter(n0)) return true;
        if (next.Kind == TokenKind.Ellipsis)
            return e + 1 < end && char.IsUpper(text[tokens[e + 1].Start]);
        if (n0 is ',' or ';' or ':' or ')' or ']' or '}' or '%' or '”' or '’') return false;
        if (RuleTokenizer.IsOpening(n0))
            return e + 1 >= end || !char.IsLower(text[tokens[e + 1].Start]);
        return true;
    }

    /// <summary>After an abbreviation that can end a sentence: only a typical sentence opener makes it one.</summary>
    private bool IsOpener(string text, List<RawToken> tokens, int e, int end)
    {
        var next = tokens[e];
        char n0 = text[next.Start];
        if (RuleTokenizer.IsOpening(n0) && next.Length == 1)
            return e + 1 < end && char.IsUpper(text[tokens[e + 1].Start]);
        if (IsBullet(text, next)) return true;
        if (!char.IsUpper(n0)) return false;
        return lexicon.SentenceOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(next.Start, next.Length));
    }

    private static bool IsBullet(string text, RawToken t) =>
        t.Length == 1 && text[t.Start] is '•' or '◦' or '▪' or '‣' or '⁃' or '●' or '■' or '►' or '▸' or '‧';

    /// <summary>A list item marker at token <paramref name="k"/> ("1.", "2)", "3.)", "a.", "b)"), optionally after a bullet.</summary>
    private static ListMarker MarkerAt(string text, List<RawToken> tokens, int k, int end)
    {
        int p = k;
        if (p < end && IsBullet(text, tokens[p])) p++;
        if (p >= end) return default;
        var t = tokens[p];
        char c = text[t.Start];
        if (t.Kind == TokenKind.Number && t.Length <= 3 && AllDigits(text, t))
        {
            int value = int.Parse(text.AsSpan(t.Start, t.Length));
            var style = MarkerStyle.None;
            int q = p + 1;
            if (q < end && Is(text, tokens[q], '.') && tokens[q].Start == t.End)
            {
                if (q + 1 < end && Is(text, tokens[q + 1], ')') && tokens[q + 1].Start == tokens[q].End) { style = MarkerStyle.DotParen; q += 2; }
                else { style = MarkerStyle.Dot; q += 1; }
            }
            else if (q < end && Is(text, tokens[q], ')') && tokens[q].Start == t.End) { style = MarkerStyle.Paren; q += 1; }
            if (style == MarkerStyle.None || (q < end && tokens[q].Start == tokens[q - 1].End)) return default;
            return new ListMarker(style, value, q - k);
        }
        if (t.Kind == TokenKind.Abbreviation && t.Length == 2 && char.IsLower(c))
            return new ListMarker(MarkerStyle.LetterDot, c, p + 1 - k);
        if (t.Kind == TokenKind.Word && t.Length == 1 && char.IsLower(c) && p + 1 < end && Is(text, tokens[p + 1], ')'))
            return new ListMarker(MarkerStyle.LetterParen, c, p + 2 - k);
        return default;
    }

    private static bool Is(string text, RawToken t, char c) => t.Length == 1 && text[t.Start] == c;

    private static bool AllDigits(string text, RawToken t)
    {
        for (int i = t.Start; i < t.End; i++) if (!char.IsAsciiDigit(text[i])) return false;
        return true;
    }
}
