using System.Text;
using Sitrep.Core;

namespace Sitrep.Quotes;

/// <summary>
/// Quotation marks that hold no quote: titles, names given by a label verb ("dubbed the “Hanoi Hilton”",
/// "is called “…”"), scare-quoted words, programmes after "told", works after "his book", and echoes of a quote already seen (pull quotes).
/// </summary>
internal sealed partial class QuoteFinder
{
    /// <summary>"dubbed the “Hanoi Hilton”", "'We Got Her!' Video Shows": a short capitalised name beside a verb that only labels.</summary>
    private bool IsTitleLike(string content, int words, Attribution attr)
    {
        if (words > 5 || lex.Readings(_v.Lower, attr.CueToken).Any(r => r.Indirect)) return false;
        var w = content.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Where(x => char.IsLetter(x[0])).ToList();
        return w.Count > 0 && w.All(x => char.IsUpper(x[0]));
    }

    /// <summary>
    /// "HP is called “feather duvet lung.”", "what's called “farmer's lung”": a label verb in the passive gives a name to
    /// something, not anyone's words (an active "called the plan a “reckless gamble”" keeps its speaker).
    /// </summary>
    private bool IsPassiveLabel(Attribution attr, int words)
    {
        int t = attr.CueToken;
        if (words > 5 || lex.Readings(_v.Lower, t).Any(r => r.Indirect) || VerbCue(t) is not { Form: CueForm.Participle or CueForm.Past }) return false;
        var (first, end) = _v.SentenceRange(t);
        if (t + 1 < end && _v.Lower[t + 1] == "by") return false;
        int p = t - 1;
        while (p >= first && (Grammar.IsAdverbLike(_v.Lower[p]) || _v.Lower[p] is "also" or "often" or "sometimes" or "instead" or "now" or "then" or "commonly" or "widely")) p--;
        return IsPassive(t, first) || p >= first && _v.Lower[p] is "'s" or "\u2019s" or "been" or "be";
    }

    /// <summary>
    /// "from “exogenic” processes", "denied ‘sensational’ claims", "sending “free samples” from …": a short closed quote
    /// that a lowercase word of the same phrase follows is a scare-quoted word inside the writer's sentence, not words
    /// someone said (a quoted clause ends with punctuation or its frame).
    /// </summary>
    private bool QuotedModifier(QuotedSegment seg, int words)
    {
        if (words > 3 || !seg.Closed || char.IsPunctuation(_v.Text[seg.ContentCover.End - 1])) return false;
        int k = _v.TokenFrom(seg.Span.End);
        if (k >= _v.Tokens.Length || _v.SentenceOf[k] != _v.SentenceOf[_v.TokenBefore(seg.Span.End)]) return false;
        string w = _v.Lower[k];
        return char.IsLower(_v.Tokens[k].Text[0]) && char.IsLetter(w[0]) && !Grammar.Pronouns.Contains(w) && !lex.IsCueWord(w) && w is not ("and" or "or" or "but");
    }

    /// <summary>"said on “DWTS.”", "told “Good Morning America”": a capitalised short title right after a cue's preposition is a programme or work, not a quote.</summary>
    private bool TitleAfterPreposition(QuotedSegment seg, int open, int words)
    {
        if (words > 5 || open == 0 || !(Grammar.Prepositions.Contains(_v.Lower[open - 1]) && _v.Lower[open - 1] is not ("as" or "like" or "to"))) return false;
        var w = seg.Content.SelectMany(c => c.Of(_v.Text).Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)).Where(x => char.IsLetter(x[0])).ToList();
        return w.Count > 0 && w.All(x => char.IsUpper(x[0]));
    }

    /// <summary>
    /// "wrote … in his book “Musicophilia”", "directing an adaptation of “War &amp; Peace”", "for the television show “Nashville,”":
    /// a short capitalised title right after a noun naming a work (or "adaptation of", "version of") names that work; it is
    /// nobody's words, whatever verb stands further left.
    /// </summary>
    private bool WorkTitle(QuotedSegment seg, int open, int words)
    {
        if (words > 5 || open == 0 || seg.Content.Length > 1) return false;
        int k = open - 1;
        if (_v.Lower[k] == "of" && k > 0) k--;
        if (!Grammar.WorkNouns.Contains(_v.Lower[k]) || _v.SentenceOf[k] != _v.SentenceOf[open]) return false;
        var w = seg.Content[0].Of(_v.Text).Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Where(x => char.IsLetter(x[0])).ToList();
        return w.Count > 0 && char.IsUpper(w[0][0]) && w.Count(x => char.IsUpper(x[0])) * 2 >= w.Count;
    }

    private bool IsEcho(string content, int words)
    {
        if (words > 6) return false;
        string n = Norm(content);
        return n.Length > 0 && _drafts.Any(d => Norm(d.Text).Contains(n, StringComparison.Ordinal));
    }

    private static string Norm(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (char c in s)
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            else if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
        return sb.ToString().Trim();
    }
}
