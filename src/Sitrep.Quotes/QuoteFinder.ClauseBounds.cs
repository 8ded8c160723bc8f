using Sitrep.Core;

namespace Sitrep.Quotes;

/// <summary>
/// Where a reported clause ends: the sentence end, or a break a clause of its own follows (", but", a dash, a
/// bracket, a relative clause closing), and whether a stretch of words holds a verb at all.
/// </summary>
internal sealed partial class QuoteFinder
{
    /// <summary>A finite verb (auxiliary, -ed form or irregular past) before the first comma, dash, "and" or "or" from <paramref name="from"/>.</summary>
    private bool VerbBeforeBreak(int from, int end)
    {
        for (int t = from; t < end && t < from + 15; t++)
        {
            string w = _v.Lower[t];
            if (_v.IsPunct(t) || w is "and" or "or" or "but" || _segOf[t] >= 0) return false;
            if (Grammar.FiniteAuxiliaries.Contains(w) || w is "did" or "does" or "do" || w is "'s" or "\u2019s" && Grammar.Pronouns.Contains(_v.Lower[t - 1]) || Grammar.IrregularPasts.Contains(w) || w.Length > 3 && w.EndsWith("ed", StringComparison.Ordinal)
                || _v.Tagged && _v.Tokens[t].Upos is "VERB" or "AUX" && _v.Tokens[t].Xpos is "VBD" or "VBZ" or "VBP" or "MD") return true;
        }
        return false;
    }

    /// <summary>Rough test that a stretch holds a finite verb: common auxiliaries, -ed words, irregular pasts and -s forms.</summary>
    /// <remarks>
    /// Surface forms even when tagged: the tagger's VERB also covers participles and gerunds ("existing tariffs for future
    /// leverage", "while visiting …") and reached past the sentence's end, so object phrases passed as clauses
    /// (tagged, dev+dev2 lost precision and recall against the surface test).
    /// </remarks>
    private bool ClauseHasVerb(int from, int end)
    {
        bool commaSeen = false;
        for (int t = from; t < end && t < from + 25; t++)
        {
            string w = _v.Lower[t];
            if (w is "." && !InnerPeriod(t, end) || w is ";" or ":" || _segOf[t] >= 0 && t > from + 1) break;
            // "added his seventh for the Islanders, and …": a guessed verb form counts only before the first comma.
            if (w == "," ) { commaSeen = true; continue; }
            if (Grammar.FiniteAuxiliaries.Contains(w) || w is "did" or "does" or "do"
                or "'re" or "'ve" or "'ll" or "'d" or "n't" or "wo" or "ca")
            {
                // "from February 2016 through May 2017": the capitalised month is no modal.
                if (w == "may" && _v.IsCapitalised(t)) continue;
                return true;
            }
            // "said he's extremely proud": 's after a pronoun is "is" or "has", not a possessive.
            if (w is "'s" or "\u2019s" && t > from && _v.Lower[t - 1] is "he" or "she" or "it" or "that" or "there" or "who") return true;
            if (commaSeen) continue;
            if (t > from && w.Length > 3 && w.EndsWith("ed", StringComparison.Ordinal)) return true;
            if (t > from && Grammar.IrregularPasts.Contains(w)) return true;
            // "the case highlights", "WeWork needs": a lowercase -s word right after a name, a pronoun or a lowercase noun.
            if (t > from && w.Length > 3 && w[^1] == 's' && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && char.IsLower(_v.Tokens[t].Text[0])
                && (_v.IsCapitalised(t - 1) || _v.Lower[t - 1] is "it" or "he" or "she" or "this" or "that" || char.IsLetter(_v.Lower[t - 1][0]) && _v.Lower[t - 1].Length > 2 && !_v.Lower[t - 1].EndsWith('s')
                    // "existing tariffs", "smaller landers", "impeachment investigators": after a modifier the -s word is a plural noun.
                    && !(_v.Lower[t - 1].Length > 5 && _v.Lower[t - 1].EndsWith("ing", StringComparison.Ordinal) || _v.Lower[t - 1].EndsWith("er", StringComparison.Ordinal) && !Grammar.SpeakerNouns.Contains(_v.Lower[t - 1]) || _v.Lower[t - 1].EndsWith("ment", StringComparison.Ordinal))
                    && !Grammar.Determiners.Contains(_v.Lower[t - 1]) && !Grammar.Prepositions.Contains(_v.Lower[t - 1]) && _v.Lower[t - 1] is not ("and" or "or" or "the" or "of")))
                return true;
        }
        return false;
    }

    /// <summary>Last token of a reported clause that starts at <paramref name="from"/>.</summary>
    private int ClauseEnd(int from, int end, bool includeFrom, int segment)
    {
        int last = Math.Max(from - 1, 0);
        for (int t = from; t < end; t++)
        {
            string w = _v.Lower[t];
            // "the five companies — Blue Origin, …, SpaceX — had been selected": a pair of dashes brackets an aside.
            if (w is "\u2014" or "\u2013" && t > from && ClosingDash(t, end) is { } close) { last = close; t = close; continue; }
            if (w is ";" or ":" or "\u2014" || Grammar.ClauseBreakers.Contains(w)) break;
            // "(the company … called it “immaterial”) and Gannett …": a clause that began inside brackets ends with them.
            if (w == ")" && OpenBracketBefore(from)) break;
            // Another quotation in the same sentence has its own frame; quotation marks the quote pass left unframed (a
            // "historic" deal) are the reported clause's own words, so an unquoted report runs through them.
            int markedSegment = _segOf[t] >= 0 ? _segOf[t] : DocView.IsQuoteMark(w) ? _segOf[Math.Min(t + 1, end - 1)] : -1;
            if (markedSegment >= 0 && markedSegment != segment && !(segment < 0 && UnframedSegment(markedSegment))) break;
            // "964,000 people, which account for 0.4 percent of the population, reported …": a relative clause closed by a
            // comma inside the clause's subject, before its verb, belongs to the clause.
            if (w == "," && t + 1 < end && _v.Lower[t + 1] is "which" or "who" && !ClauseHasVerb(from, t) && RelativeClauseClose(t + 1, end) is { } relClose)
            {
                last = relClose - 1;
                t = relClose;
                continue;
            }
            // "would not only cover her show, but the others as well": the "but" completes "not only"; the clause goes on.
            if (w == "," && t + 1 < end && ClauseBreakAfterComma(t + 1) && !(_v.Lower[t + 1] == "but" && NotOnlyBefore(from, t))) break;
            // "called it the “end of an era,” as the industry's symbol …": the comma closing the clause stands inside the closing mark.
            if (t == from && includeFrom && t >= 2 && DocView.IsQuoteMark(_v.Lower[t - 1]) && _v.Lower[t - 2] == "," && ClauseBreakAfterComma(t)) break;
            // "said he had watched part of the testimony and slammed the hearings as a “disgrace”": a cue of quotation joined by
            // "and" ends the clause too.
            if (w is "and" or "but" && t + 1 < end && (VerbCue(t + 1) is { Indirect: true } || VerbCue(t + 1) is { Form: CueForm.Past or CueForm.ThirdPerson } && Enumerable.Range(t + 2, Math.Max(0, end - t - 2)).Any(k => _segOf[k] >= 0))) break;
            // "promised to protect Medicaid and hammered Bevin …": a past form cannot continue an infinitive (unless it is a
            // passive's or a perfect's, "to be protected and expanded"); it is the subject's next act.
            // "asked the company to unwind the deal and returned the money": the same after a listener and its infinitive.
            if (w is "and" or "but" && InfinitiveClause(from, t) is { } inf && _v.Lower[inf + 1] is not ("be" or "have") && t + 1 < end && _v.Tagged && _v.Tokens[t + 1].Xpos is "VBD" or "VBN") break;
            // "…, it has also acknowledged that …": a new subject with its own reporting verb starts another report.
            if (w == "," && t + 2 < end && _v.Lower[t + 1] is "he" or "she" or "it" or "they" or "we")
            {
                int k = t + 2;
                while (k < end && Grammar.VerbPrefix.Contains(_v.Lower[k])) k++;
                if (k < end && VerbCue(k) is { Indirect: true }) break;
            }
            if (_segOf[t] < 0 && t > from && VerbCue(t) is { Form: CueForm.Gerund } && _v.Lower[t - 1] == ",") break;
            // "while the ID. SPACE VIZZION may only be a concept": a period the sentence splitter kept inside the sentence
            // belongs to a name; the clause goes on.
            if (w is "." or "!" or "?" && _segOf[t] < 0 && !InnerPeriod(t, end)) break;
            last = t;
        }
        if (!includeFrom) return last;
        return Math.Max(last, from - 1);
    }

    /// <summary>"not only" between <paramref name="from"/> and <paramref name="t"/>.</summary>
    private bool NotOnlyBefore(int from, int t)
    {
        for (int k = from; k + 1 < t; k++)
            if (_v.Lower[k] is "not" or "n't" && _v.Lower[k + 1] == "only") return true;
        return false;
    }

    /// <summary>
    /// The "to" of a clause that is an infinitive (it opens with "to", or with a listener of up to five words before "to" and
    /// no finite verb): "to protect Medicaid", "the company to unwind the agreement"; null for a finite clause.
    /// </summary>
    private int? InfinitiveClause(int from, int t)
    {
        for (int k = from; k < t && k <= from + 5; k++)
        {
            if (_v.Lower[k] == "to") return k + 1 < t && char.IsLower(_v.Tokens[k + 1].Text[0]) && (!_v.Tagged || _v.Tokens[k + 1].Xpos == "VB") ? k : null;
            if (_v.IsPunct(k) || _segOf[k] >= 0 || Grammar.FiniteAuxiliaries.Contains(_v.Lower[k]) || FiniteVerbForm(k) || _v.Lower[k] is "that" or "'s" or "\u2019s") return null;
        }
        return null;
    }

    /// <summary>
    /// True when segment <paramref name="g"/> became no quote of its own (no draft covers it and it waits for no
    /// continuation): scare quotes or a quoted phrase inside someone's reported words.
    /// </summary>
    private bool UnframedSegment(int g) =>
        !_drafts.Any(d => d.Span.Overlaps(_segments[g].Span)) && !_unattributed.Any(u => u.Segment == g);

    /// <summary>True when a "(" opened in the sentence before token <paramref name="t"/> is still open there.</summary>
    private bool OpenBracketBefore(int t)
    {
        int depth = 0;
        for (int k = _v.SentenceRange(t).First; k < t; k++)
            depth += _v.Lower[k] == "(" ? 1 : _v.Lower[k] == ")" && depth > 0 ? -1 : 0;
        return depth > 0;
    }

    /// <summary>A word that, after a comma, starts something other than the reported clause ("…, as", "…, according to", "…, adding").</summary>
    private bool ClauseBreakAfterComma(int t) =>
        _v.Lower[t] is "according" or "adding" or "saying" or "as" || VerbCue(t) is { Indirect: true }
        // "…, which has been rumoured since 2017": a relative clause on the clause's last noun is still what was said, unless
        // it holds a frame of its own ("…, which it said crashed in Logar").
        || _v.Lower[t] == "which" && Enumerable.Range(t + 2, 2).Any(k => k < _v.Tokens.Length && VerbCue(k) is { Indirect: true })
        // "…, while lowering wages": a participle after "while" goes on with the clause's predicate; "…, while X …" does not.
        || _v.Lower[t] == "while" && !(t + 1 < _v.Tokens.Length && _v.Lower[t + 1].Length > 4 && _v.Lower[t + 1].EndsWith("ing", StringComparison.Ordinal))
        // "acknowledged that more launches raised the risk, but that the architecture needs …": a second "that" clause of the same cue goes on.
        || _v.Lower[t] == "but" && !(t + 1 < _v.Tokens.Length && _v.Lower[t + 1] == "that");

    /// <summary>A full stop the sentence splitter kept inside the sentence, attached to a word and followed by one ("the ID. SPACE VIZZION").</summary>
    /// <remarks>"PM2.5 particles": a digit attached on both sides is a decimal point the tokenizer split off.</remarks>
    private bool InnerPeriod(int t, int end) =>
        _v.Lower[t] == "." && t > 0 && t + 1 < end && _v.Tokens[t].Span.Start == _v.Tokens[t - 1].Span.End
        && (char.IsLetter(_v.Lower[t + 1][0]) || char.IsDigit(_v.Lower[t + 1][0]) && char.IsLetterOrDigit(_v.Lower[t - 1][^1]) && _v.Tokens[t + 1].Span.Start == _v.Tokens[t].Span.End)
        && _v.SentenceOf[t + 1] == _v.SentenceOf[t];

    /// <summary>The comma closing a relative clause opened at <paramref name="rel"/> when a finite verb follows it ("…, which owns X, is preventing").</summary>
    private int? RelativeClauseClose(int rel, int end)
    {
        for (int t = rel + 2; t + 1 < end && t <= rel + 25; t++)
        {
            if (_segOf[t] >= 0 || _v.Lower[t] is ";" or ":" or "." or "\u2014") return null;
            if (_v.Lower[t] != ",") continue;
            int v = t + 1;
            while (v < end && (Grammar.IsAdverbLike(_v.Lower[v]) || _v.Lower[v] is "also" or "now" or "still" or "not")) v++;
            return v < end && (Grammar.FiniteAuxiliaries.Contains(_v.Lower[v]) || LooksFinite(v)) ? t : null;
        }
        return null;
    }

    /// <summary>The dash closing an aside opened by the dash at <paramref name="open"/>, when words follow it in the sentence.</summary>
    private int? ClosingDash(int open, int end)
    {
        for (int t = open + 2; t < end - 1 && t <= open + 30; t++)
        {
            if (_segOf[t] >= 0 || _v.Lower[t] is ";" or ":" or "." ) return null;
            if (_v.Lower[t] == _v.Lower[open]) return char.IsLetterOrDigit(_v.Lower[t + 1][0]) ? t : null;
        }
        return null;
    }
}
