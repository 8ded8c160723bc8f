using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Sitrep.Core;

namespace Sitrep.Extraction;

/// <summary>
/// Reads a plain-text article: paragraphs are blank-line separated (or one per line when the file has no blank
/// lines). The first short line is the title, a short paragraph right after it the standfirst; photo credits,
/// share/navigation boilerplate, bylines and date lines are dropped; short unpunctuated lines followed by
/// a paragraph are section headings.
/// </summary>
internal static partial class PlainTextReader
{
    /// <summary>A title is one line of at most this many words.</summary>
    private const int MaxTitleWords = 25;
    /// <summary>A standfirst is a paragraph of at most this many words, right after the title.</summary>
    private const int MaxStandfirstWords = 45;
    /// <summary>A heading is a line of at most this many words and characters.</summary>
    private const int MaxHeadingWords = 10, MaxHeadingChars = 90;

    [GeneratedRegex(@"^(?:by|written by|words by)\s+\p{Lu}[\p{L}.'\-]*(?:\s+(?:\p{Lu}[\p{L}.'\-]*|and|&|de|van|von|al|bin|la|le|da|di|,))*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex BylineLine();

    private sealed record Para(string Text, ImmutableArray<SourceRun> Runs);

    public static Article Read(string source, Article seed)
    {
        var paras = Split(source);
        var lex = Lexicons.Default;
        var dropped = ImmutableArray.CreateBuilder<DroppedText>();
        string? title = null, standfirst = null, byline = null;
        DateTimeOffset? published = null;
        var kept = new List<Para>();
        bool titleTaken = false;

        for (int i = 0; i < paras.Count; i++)
        {
            var p = paras[i];
            var t = p.Text;
            bool singleLine = !t.Contains('\n');
            if (lex.IsCredit(t)) { dropped.Add(new("credit", t)); continue; }
            if (lex.BoilerplateKind(t) is { } kind) { dropped.Add(new(kind, t)); continue; }
            if (singleLine && byline is null && BylineLine().IsMatch(t))
            {
                byline = Regex.Replace(t, @"^(?:by|written by|words by)\s+", "", RegexOptions.IgnoreCase).Trim();
                dropped.Add(new("byline", t));
                continue;
            }
            if (singleLine && t.Length <= 60 && Dates.ParseLine(t) is { } date)
            {
                published ??= date;
                dropped.Add(new("dateline", t));
                continue;
            }
            if (!titleTaken && kept.Count == 0)
            {
                titleTaken = true;
                if (singleLine && Lexicons.CountWords(t) <= MaxTitleWords && !t.EndsWith('.') && paras.Count > 1)
                {
                    title = t;
                    continue;
                }
            }
            kept.Add(p);
        }

        // The standfirst: the first kept paragraph after a title, when it is short and more text follows.
        if (title is not null && kept.Count >= 2 && Lexicons.CountWords(kept[0].Text) <= MaxStandfirstWords
            && kept[0].Text.Length < kept.Skip(1).Max(k => k.Text.Length) && !IsHeading(kept, 0))
            standfirst = Collapse(kept[0].Text);

        var blocks = new List<Block>(kept.Count);
        for (int i = 0; i < kept.Count; i++)
        {
            var heading = (standfirst is null || i > 0) && IsHeading(kept, i);
            var text = kept[i].Text.Replace('\n', ' ');
            blocks.Add(new Block(text, heading ? BlockKind.Heading : BlockKind.Paragraph, kept[i].Runs));
        }
        var article = ArticleAssembler.Assemble(seed with
        {
            Format = "text",
            Title = title,
            Standfirst = standfirst,
            Byline = byline,
            Published = published,
            Dropped = dropped.ToImmutable(),
        }, blocks);
        return article;
    }

    /// <summary>A short line without closing punctuation, starting with a capital, followed by a longer paragraph.</summary>
    private static bool IsHeading(List<Para> paras, int i)
    {
        var t = paras[i].Text;
        if (t.Contains('\n') || t.Length > MaxHeadingChars || Lexicons.CountWords(t) > MaxHeadingWords) return false;
        if (!(char.IsUpper(t[0]) || char.IsDigit(t[0]))) return false;
        if (t[^1] is '.' or ',' or ';' or ':' or '!' or '"' or '\u201d' or '\u2019' or ')' && !t.EndsWith("...", StringComparison.Ordinal)) return false;
        if (t[^1] == ')') return false;
        if (i + 1 >= paras.Count) return false;
        var next = paras[i + 1].Text;
        if (next.Length < t.Length * 2 && Lexicons.CountWords(next) <= MaxHeadingWords) return false;
        if (i > 0 && IsShortLine(paras[i - 1].Text) && !EndsSentence(paras[i - 1].Text)) return false;
        return true;
    }

    private static bool IsShortLine(string t) => !t.Contains('\n') && Lexicons.CountWords(t) <= MaxHeadingWords;
    private static bool EndsSentence(string t) => t.TrimEnd().Length > 0 && t.TrimEnd()[^1] is '.' or '!' or '?' or '"' or '\u201d' or ':';

    private static string Collapse(string s) => Regex.Replace(s.Trim(), @"\s+", " ");

    /// <summary>Paragraphs with their exact positions in the source. Lines of one paragraph keep their line breaks until joined.</summary>
    private static List<Para> Split(string source)
    {
        var lines = new List<(int Start, int End)>();
        int pos = 0;
        while (pos <= source.Length)
        {
            int nl = source.IndexOf('\n', pos);
            int end = nl < 0 ? source.Length : nl;
            int e = end;
            if (e > pos && source[e - 1] == '\r') e--;
            lines.Add((pos, e));
            if (nl < 0) break;
            pos = nl + 1;
        }
        bool anyBlank = lines.Any(l => string.IsNullOrWhiteSpace(source[l.Start..l.End])) && lines.Count(l => !string.IsNullOrWhiteSpace(source[l.Start..l.End])) > 1;
        var paras = new List<Para>();
        var cur = new List<(int Start, int End)>();
        void Flush()
        {
            if (cur.Count == 0) return;
            var sb = new System.Text.StringBuilder();
            var runs = ImmutableArray.CreateBuilder<SourceRun>();
            foreach (var (s, e) in cur)
            {
                int a = s, b = e;
                while (a < b && char.IsWhiteSpace(source[a])) a++;
                while (b > a && char.IsWhiteSpace(source[b - 1])) b--;
                if (b == a) continue;
                if (sb.Length > 0) sb.Append('\n');
                runs.Add(new SourceRun(sb.Length, a, b - a));
                sb.Append(source, a, b - a);
            }
            if (sb.Length > 0) paras.Add(new Para(sb.ToString(), runs.ToImmutable()));
            cur.Clear();
        }
        foreach (var l in lines)
        {
            bool blank = string.IsNullOrWhiteSpace(source[l.Start..l.End]);
            if (blank) { Flush(); continue; }
            cur.Add(l);
            if (!anyBlank) Flush();
        }
        Flush();
        return paras;
    }
}
