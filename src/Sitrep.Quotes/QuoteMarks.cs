using System.Collections.Immutable;
using Sitrep.Core;

namespace Sitrep.Quotes;

/// <summary>A stretch of text between quotation marks, possibly running over several paragraphs.</summary>
/// <param name="Span">From the opening mark to the closing mark inclusive (to the paragraph end when never closed).</param>
/// <param name="Content">The quoted words without the marks, one span per paragraph.</param>
/// <param name="Closed">False when the last paragraph ends without a closing mark.</param>
internal sealed record QuotedSegment(TextSpan Span, ImmutableArray<TextSpan> Content, bool Closed)
{
    public TextSpan ContentCover => Content[0].Cover(Content[^1]);
}

/// <summary>
/// Finds top-level quotation-mark pairs: curly, straight, guillemets and single marks, with nested quotes kept
/// inside their outer quote, apostrophes told apart from closing single marks, and the news convention that a
/// quote running into the next paragraph leaves its mark open and reopens it there.
/// </summary>
internal static class QuoteMarks
{
    private enum Family { Double, Single }

    private readonly record struct Open(Family Family, bool Straight, int Position);

    public static ImmutableArray<QuotedSegment> Scan(string text, ImmutableArray<TextSpan> paragraphs)
    {
        if (paragraphs.IsDefaultOrEmpty) paragraphs = Article.ParagraphsOf(text);
        var result = ImmutableArray.CreateBuilder<QuotedSegment>();
        // A top-level quote carried over from the previous paragraph: where it opened and its content so far.
        int carriedOpen = -1;
        var carried = new List<TextSpan>();

        for (int p = 0; p < paragraphs.Length; p++)
        {
            var para = paragraphs[p];
            var stack = new List<Open>();
            int start = para.Start;
            int scanFrom = start, nestedDoubleCloses;
            rescan:
            nestedDoubleCloses = 0;
            if (carriedOpen >= 0)
            {
                // The paragraph reopens the carried quote with a mark of its own.
                stack.Add(new Open(Family.Double, text[start] == '"', start));
            }
            for (int i = scanFrom; i < para.End; i++)
            {
                char c = text[i];
                if (carriedOpen >= 0 && i == start) continue;
                var mark = Classify(text, i, para, stack);
                switch (mark)
                {
                    case Mark.OpenDouble:
                        stack.Add(new Open(Family.Double, c == '"', i));
                        break;
                    case Mark.OpenSingle:
                        stack.Add(new Open(Family.Single, c == '\'', i));
                        break;
                    case Mark.CloseDouble:
                    case Mark.CloseSingle:
                        var family = mark == Mark.CloseDouble ? Family.Double : Family.Single;
                        int at = stack.FindLastIndex(o => o.Family == family);
                        if (at < 0) break;
                        if (at == 0)
                        {
                            int open = carriedOpen >= 0 ? carriedOpen : stack[0].Position;
                            var content = new List<TextSpan>(carried) { Trimmed(text, stack[0].Position + 1, i) };
                            result.Add(new QuotedSegment(new TextSpan(open, i + 1), [.. content.Where(s => !s.IsEmpty)], true));
                            carriedOpen = -1;
                            carried.Clear();
                            stack.Clear();
                            nestedDoubleCloses = 0;
                        }
                        else
                        {
                            if (family == Family.Double) nestedDoubleCloses++;
                            stack.RemoveRange(at, stack.Count - at);
                        }
                        break;
                }
            }
            // Unclosed at the paragraph end: only a double mark counts as a quote (a lone single mark is an apostrophe).
            int top = stack.FindIndex(o => o.Family == Family.Double);
            if (top != 0)
            {
                if (carriedOpen >= 0) Flush(text, result, carriedOpen, carried, para);
                carriedOpen = -1;
                carried.Clear();
                continue;
            }
            bool nextReopens = p + 1 < paragraphs.Length && IsDoubleOpener(text[paragraphs[p + 1].Start]);
            // called “Glasgow (“No Place Like Home”). “It grabbed me,” he said.: an opening mark never closed in its
            // paragraph, around double-quoted pairs that did close (nested quotes take single marks), is a stray mark;
            // the paragraph is read again from the mark after it.
            if (!nextReopens && carriedOpen < 0 && nestedDoubleCloses > 0)
            {
                scanFrom = stack[0].Position + 1;
                stack.Clear();
                goto rescan;
            }
            int openAt = carriedOpen >= 0 ? carriedOpen : stack[0].Position;
            carried.Add(Trimmed(text, stack[0].Position + 1, para.End));
            if (nextReopens) carriedOpen = openAt;
            else
            {
                Flush(text, result, openAt, carried, para);
                carriedOpen = -1;
                carried.Clear();
            }
        }
        return result.ToImmutable();
    }

    private static void Flush(string text, ImmutableArray<QuotedSegment>.Builder result, int open, List<TextSpan> content, TextSpan para)
    {
        var spans = content.Where(s => !s.IsEmpty).ToImmutableArray();
        if (spans.Length > 0) result.Add(new QuotedSegment(new TextSpan(open, para.End), spans, false));
    }

    private static TextSpan Trimmed(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return new TextSpan(start, end);
    }

    private static bool IsDoubleOpener(char c) => c is '\u201C' or '"' or '\u201E' or '\u00AB';

    private enum Mark { None, OpenDouble, CloseDouble, OpenSingle, CloseSingle }

    private static Mark Classify(string text, int i, TextSpan para, List<Open> stack)
    {
        char c = text[i];
        char prev = i > para.Start ? text[i - 1] : ' ';
        char next = i + 1 < para.End ? text[i + 1] : ' ';
        bool prevOpen = char.IsWhiteSpace(prev) || prev is '(' or '[' or '\u2014' or '\u2013' or '-' or '/' or ':' || IsAnyOpener(prev);
        bool nextWord = !char.IsWhiteSpace(next);
        switch (c)
        {
            case '\u201C' or '\u201E' or '\u00AB':
                return Mark.OpenDouble;
            case '\u201D' or '\u00BB':
                // ”Bird flu…” — a closing mark in opening position, with nothing open, is a mistyped opening mark.
                if (stack.Count == 0 && prevOpen && nextWord && char.IsWhiteSpace(prev)) return Mark.OpenDouble;
                return Mark.CloseDouble;
            case '"':
                if (stack.Exists(o => o.Family == Family.Double && o.Straight)) return Mark.CloseDouble;
                // Mixed typography (“…,") is common in copy-edited text: a straight mark after a word closes a curly quote.
                if (stack.Exists(o => o.Family == Family.Double) && !(prevOpen && nextWord)) return Mark.CloseDouble;
                // "I have for years," he told her. " You guys did well.": with nothing open, a mark between spaces before a
                // capitalised word opens a quote typed with a stray space.
                if (stack.Count == 0 && char.IsWhiteSpace(prev) && next == ' ' && i + 2 < para.End && char.IsUpper(text[i + 2])) return Mark.OpenDouble;
                return prevOpen && nextWord ? Mark.OpenDouble : Mark.None;
            case '\u2018' or '\u2039':
                return prevOpen && nextWord ? Mark.OpenSingle : Mark.None;
            case '\u2019' or '\u203A' or '\'':
                // An apostrophe sits between letters (Iran's) or before a year/letter ('90s); a closing mark does not.
                bool hasOpenSingle = stack.Exists(o => o.Family == Family.Single);
                // ’’ typed for ” closes a double quote.
                if (c == '\u2019' && next == '\u2019' && !hasOpenSingle && stack.Exists(o => o.Family == Family.Double)) return Mark.CloseDouble;
                if (c == '\'' && !hasOpenSingle && prevOpen && char.IsLetter(next)) return Mark.OpenSingle;
                if (!hasOpenSingle) return Mark.None;
                if (char.IsLetter(prev) && char.IsLetter(next)) return Mark.None;
                if (char.IsWhiteSpace(prev)) return Mark.None;
                return Mark.CloseSingle;
            default:
                return Mark.None;
        }
    }

    private static bool IsAnyOpener(char c) => c is '\u201C' or '\u201E' or '\u00AB' or '\u2018' or '"';
}
