using System.Collections.Immutable;
using Sitrep.Core;

namespace Sitrep.Quotes;

/// <summary>
/// Quotation-mark segments and their attribution frames: the frame after the mark ("…,” it added"), before it
/// ("X said: “…”", "slammed the strike as a “…”"), a colon's subject, the previous speaker's paragraph (continuations), and
/// embedded posts. A segment whose clause began before the mark is a fragment of reported speech (mixed).
/// </summary>
internal sealed partial class QuoteFinder
{
    /// <returns>The last segment index consumed (an interrupted quote swallows its second half).</returns>
    private int QuoteSegment(int s)
    {
        var seg = _segments[s];
        string content = string.Join(" ", seg.Content.Select(c => c.Of(_v.Text)));
        int words = content.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (words == 0) return s;
        int open = _v.TokenFrom(seg.Span.Start);
        if (open >= _v.Tokens.Length) return s;
        // A one-word sentence ("“Please.”") is too common a word to be a repeated pull quote.
        if (IsEcho(content, words) && !(words == 1 && StartsSentence(open))) return s;
        int sentence = _v.SentenceOf[open];

        var post = AfterQuote(seg);
        if (post is not null && open >= 2 && _v.Lower[open - 1] is "," or ":" && VerbCue(open - 2) is { IsNoun: false }) post = null;
        // "China urged both sides to … and “resolve differences”, a spokesperson said": a reported clause that runs into
        // the mark makes the quoted words a fragment of it; the inner frame speaks (nested frames credit the inner speaker).
        (Attribution, int)? innerFrame = null;
        if (post is not null && seg.Closed && seg.Content.Length == 1 && ClauseBeforeMark(open) is null
            && BeforeQuote(seg, open) is { } before && ReportedClauseRunsInto(before, open))
        {
            post = null;
            innerFrame = before;
        }
        bool framedAfter = innerFrame is not null;
        if (post is not null && IsTitleLike(content, words, post)) return s;
        if (post is not null)
        {
            var d = NewDraft(seg, QuoteKind.Direct, post, sentence);
            int consumed = s;
            // “First half,” she said, “second half.” — one quote with two content spans.
            if (s + 1 < _segments.Length && Interrupts(post, _segments[s + 1]))
            {
                var next = _segments[s + 1];
                d.Content.AddRange(next.Content);
                d.Span = d.Span.Cover(next.Span);
                d.Text = JoinContent(d.Content);
                consumed = s + 1;
            }
            // "Privacy is not “bolt-on things,” Cook said": the clause began before the mark, so the quoted words are a
            // fragment of reported speech; the span is the clause, running through the frame when it goes on after it.
            if ((ClauseBeforeMark(open) ?? (FrameAfterWords(seg, post) ? open : null)) is { } clauseFirst)
            {
                d.Kind = QuoteKind.Mixed;
                int end = d.Span.End;
                // "… is “unexplained,” and diagnoses are delayed, he added.": the clause runs on to the frame.
                int frame = Math.Min(post.CueToken, post.Speaker is null ? post.CueToken : _v.TokenFrom(post.Speaker.Span.Start));
                int lastWord = frame - 1;
                while (lastWord > 0 && _v.IsPunct(lastWord) && !DocView.IsQuoteMark(_v.Lower[lastWord])) lastWord--;
                if (lastWord > 0 && _v.Tokens[lastWord].Span.End > end) end = _v.Tokens[lastWord].Span.End;
                if (ClauseAfterFrame(post) is { } after)
                {
                    end = Math.Max(end, after);
                    while (consumed + 1 < _segments.Length && _segments[consumed + 1].Span.End <= end) consumed++;
                }
                d.Span = new TextSpan(_v.Tokens[clauseFirst].Span.Start, end);
                d.Content = [d.Span];
                d.Text = StripMarks(d.Span.Of(_v.Text));
                // As for indirect speech, a channel word inside the reported clause is what was said, not how.
                (d.Channel, d.Via) = ChannelNear(post, seg, d.Span);
            }
            return consumed;
        }

        var pre = innerFrame ?? BeforeQuote(seg, open);
        if (pre is not null && (IsTitleLike(content, words, pre.Value.Item1) || IsPassiveLabel(pre.Value.Item1, words) || WorkTitle(seg, open, words))) return s;
        if (pre is not null)
        {
            var (attr, clauseStart) = pre.Value;
            // A quote that opens the reported content is direct even when the sentence runs on ("said “…” behind the attack").
            bool direct = clauseStart >= open || !seg.Closed || seg.Content.Length > 1;
            if (direct && (QuotedModifier(seg, words) || TitleAfterPreposition(seg, open, words))) return s;
            if (direct) NewDraft(seg, QuoteKind.Direct, attr, sentence);
            else
            {
                var d = NewDraft(seg, QuoteKind.Mixed, attr, sentence);
                int first = ParentheticalFrameClause(attr, open) ?? Math.Min(clauseStart, open);
                // The outer frame after the mark (", a spokesperson said") is not part of the clause.
                int last = framedAfter ? _v.TokenBefore(seg.Span.End) : ClauseEnd(_v.TokenBefore(seg.Span.End) + 1, _v.SentenceRange(open).End, includeFrom: true, segment: s);
                var span = new TextSpan(_v.Tokens[first].Span.Start, Math.Max(seg.Span.End, _v.Tokens[last].Span.End));
                d.Span = span;
                d.Content = [span];
                d.Text = StripMarks(span.Of(_v.Text));
                (d.Channel, d.Via) = ChannelNear(attr, seg, span);
            }
            return s;
        }

        // "Buckley, who phoned in from the set, had a similar experience: “It was …”": a whole sentence quoted after a colon,
        // with no cue, gives the words of the clause's subject when that is a person.
        if (ColonSpeaker(seg, open, content, words) is { } colonSpeaker)
        {
            var d = NewDraft(seg, QuoteKind.Direct, null, sentence);
            d.Speaker = ResolvePronoun(colonSpeaker, seg.Span.Start);
            return s;
        }
        if (StartsSentence(open)) _unattributed.Add((s, words, sentence));
        return s;
    }

    /// <summary>The person subject of the clause before a colon that opens a closed, whole-sentence quote, or null.</summary>
    private Speaker? ColonSpeaker(QuotedSegment seg, int open, string content, int words)
    {
        if (!seg.Closed || seg.Content.Length != 1 || words < 4 || open < 2 || _v.Lower[open - 1] != ":") return null;
        string c = content.TrimEnd().TrimEnd('\'', '\u2019', '"', '\u201d', ' ');
        if (c.Length == 0 || !char.IsUpper(c[0]) || c[^1] is not ('.' or '!' or '?')) return null;
        var (first, _) = _v.SentenceRange(open);
        if (open - 1 <= first) return null;
        var subject = SentenceSubject(first, open - 1);
        if (subject is null || subject.IsDocument) return null;
        int head = _v.TokenBefore(subject.Span.End);
        bool person = subject.IsPronoun ? Grammar.PersonPronouns.Contains(_v.Lower[head]) : _v.MentionAt(head) is { Type: EntityType.Person };
        return person ? subject : null;
    }

    /// <summary>
    /// A quote opening its own sentence right after someone's quoted or reported words continues them
    /// ("“…,” Smith said. “…”"); run after indirect speech so "Smith said the plan had failed. “…”" counts too.
    /// </summary>
    private void Continuations()
    {
        foreach (var (s, words, sentence) in _unattributed)
        {
            var seg = _segments[s];
            // A frame inside a relative clause ("referred to Cooke's testimony that concluded …") reports in passing; the next
            // quote goes on with the sentence's own speaker.
            var prev = _drafts.Where(d => d.Span.End <= seg.Span.Start && d.Speaker is not null).MaxBy(d => d.Span.End);
            if (prev is null) continue;
            int gap = ParagraphIndex(seg.Span.Start) - ParagraphIndex(prev.Span.Start);
            if (gap > 1 || (words < 4 && gap > 0)) continue;
            var subject = RelativeFrame(prev) ? SentenceSubject(_v.SentenceRange(prev.Attribution!.CueToken).First, _v.TokenFrom(prev.Speaker!.Span.Start)) : null;
            var d = NewDraft(seg, QuoteKind.Direct, null, sentence);
            if (subject is not null)
            {
                d.Speaker = ResolvePronoun(subject, seg.Span.Start);
                continue;
            }
            d.Speaker = prev.Speaker;
            d.Channel = prev.Channel;
            d.Via = prev.Via;
        }
    }

    private bool RelativeFrame(Draft d) => d.Kind == QuoteKind.Indirect && d.Attribution is { } a && a.CueToken > 0 && _v.Lower[a.CueToken - 1] == "that"
        && a.Speaker is { } sp && sp.Span.End <= _v.Tokens[a.CueToken - 1].Span.Start && _v.TokenFrom(sp.Span.End) < a.CueToken - 1;

    /// <summary>“…,” it added / “…,” said X / “…,” according to X.</summary>
    private Attribution? AfterQuote(QuotedSegment seg)
    {
        if (!seg.Closed) return null;
        var cover = seg.ContentCover;
        char last = _v.Text[cover.End - 1];
        // "…do the investigation?’” Holmes testified": a quotation inside the quote closes first; its punctuation counts.
        if (last is '\u2019' or '\'' && cover.Length > 1) last = _v.Text[cover.End - 2];
        int k = _v.TokenFrom(seg.Span.End);
        if (k >= _v.Tokens.Length) return null;
        bool dashOrComma = _v.Lower[k] is "," or "\u2014" or "\u2013" or "-" or "--";
        // "“The voters aren't buying” the inquiry, she said": a few words finishing the clause after the mark, then the frame.
        bool wordsAfter = false;
        if (!dashOrComma && char.IsLetter(last) && StartsSentence(_v.TokenFrom(seg.Span.Start)) && WordsAfterMark(k) is { } comma) { k = comma; dashOrComma = wordsAfter = true; }
        if (!dashOrComma && last is not (',' or '!' or '?' or '\u2014' or '\u2013' or '-' or '\u2026')) return null;
        if (last == '.' && !dashOrComma) return null;
        while (k < _v.Tokens.Length && _v.IsPunct(k) && !DocView.IsQuoteMark(_v.Lower[k])) k++;
        if (k >= _v.Tokens.Length || _segOf[k] >= 0) return null;
        // "…what happened in 2009?”¶Prakash explained that …": a frame never reaches across a paragraph break.
        if (ParagraphIndex(_v.Tokens[k].Span.Start) != ParagraphIndex(seg.Span.End - 1)) return null;
        // "?” he asked" may be split off as a sentence of its own: the frame is the sentence after the mark.
        var (_, end) = _v.SentenceRange(k);
        // Room for an appositive speaker: "…,” Thomas Zurbuchen, NASA's associate administrator of the …, said.
        // After words that go on with the quote the frame must follow at once ("…” impeachment, Trump said at a rally").
        int limit = Math.Min(end, k + (wordsAfter ? 8 : 32));

        if (_v.Lower[k] == "according" && k + 1 < _v.Tokens.Length && _v.Lower[k + 1] == "to")
        {
            var sp = NounPhraseRight(k + 2, end);
            return sp is null ? null : new Attribution(k, k + 2, "according to", sp, true);
        }
        for (int j = k; j < limit; j++)
        {
            if (DocView.IsQuoteMark(_v.Lower[j]) || _segOf[j] >= 0 || _v.Lower[j] is "." or ";") break;
            var reading = VerbCue(j);
            if (reading is null) continue;
            // "…,” saying he trusted the courts": a participle continues the frame before the quote; it is not "…,” said X".
            if (reading.Form == CueForm.Gerund && j == k) return null;
            // "the “new Gannett,” as Reed dubbed the combination": an "as" aside with a naming verb labels a thing; no one is quoted.
            if (_v.Lower[k] == "as" && reading.Lemma is "dub" or "call" or "name" or "label" or "term" or "nickname" or "christen" or "brand") return null;
            int cueEnd = j + 1 + reading.Rest.Length;
            Speaker? sp = j == k ? NounPhraseRight(cueEnd, end) : SpeakerLeft(j, k);
            if (sp is null && j == k) continue;
            if (sp is null) return null;
            return new Attribution(j, cueEnd, reading.Lemma, sp, true);
        }
        return null;
    }

    /// <summary>
    /// The comma after one to five lowercase words that follow a closing mark at <paramref name="k"/> and go on with the
    /// quoted clause ("” working in federal prisons, she said"), before any cue, quotation or other punctuation; else null.
    /// </summary>
    private int? WordsAfterMark(int k)
    {
        var (_, end) = _v.SentenceRange(k);
        for (int j = k; j < end && j <= k + 5; j++)
        {
            if (_v.Lower[j] == ",") return j > k ? j : null;
            if (!char.IsLetter(_v.Lower[j][0]) || !char.IsLower(_v.Tokens[j].Text[0]) || _segOf[j] >= 0 || VerbCue(j) is not null) return null;
        }
        return null;
    }

    /// <summary>True when words of the quoted clause stand between the closing mark and the frame after it (see <see cref="WordsAfterMark"/>).</summary>
    private bool FrameAfterWords(QuotedSegment seg, Attribution post)
    {
        int k = _v.TokenFrom(seg.Span.End);
        return k < post.CueToken && char.IsLetter(_v.Lower[k][0]) && WordsAfterMark(k) is not null;
    }

    private bool Interrupts(Attribution post, QuotedSegment next)
    {
        int end = Math.Max(post.CueEnd, post.Speaker is null ? 0 : _v.TokenFrom(post.Speaker.Span.End));
        int k = _v.TokenFrom(next.Span.Start);
        if (_v.SentenceOf.Length <= k) return false;
        // Only punctuation (and perhaps a trailing adverbial) may stand between the attribution and the second half.
        int between = 0;
        for (int t = end; t < k; t++)
            if (!_v.IsPunct(t)) between++;
        if (between > 3) return false;
        if (end < _v.Tokens.Length && end > 0 && _v.Lower[Math.Min(k - 1, _v.Tokens.Length - 1)] is not ("," or ":" or "\u2014")) return false;
        // The second half is in the frame's paragraph: a quote opening the next paragraph is a new one.
        if (ParagraphIndex(next.Span.Start) != ParagraphIndex(_v.Tokens[Math.Min(end, _v.Tokens.Length - 1)].Span.Start)) return false;
        return char.IsLower(next.Content[0].Of(_v.Text)[0]) || _v.Text[next.Span.Start - 1] != '\n' && _v.Lower[k - 1] == ",";
    }

    /// <summary>X said: “…” / X warned that the deal will “fail” / A statement reads: “…”.</summary>
    /// <returns>The attribution and the first token of the reported clause.</returns>
    private (Attribution, int)? BeforeQuote(QuotedSegment seg, int open)
    {
        var (first, _) = _v.SentenceRange(open);
        if (open == first || (open == first + 1 && _v.IsPunct(first)))
            return ColonBefore(open);
        int stop = Math.Max(first, open - MaxCueDistance);
        (Attribution, int)? fallback = null;
        for (int j = open - 1; j >= stop; j--)
        {
            if (_v.Lower[j] is ";") break;
            if (_segOf[j] >= 0 && _segOf[j] != _segOf[Math.Min(open + 1, _segOf.Length - 1)]) continue;
            var reading = VerbCue(j);
            if (reading is null || CompletesNoun(j)) continue;
            int cue = j, cueEnd = j + 1 + reading.Rest.Length;
            string lemma = reading.Lemma;
            // "is quoted as saying", "was cited as saying": the cue is the passive verb, its subject the speaker.
            if (reading.Form == CueForm.Gerund && j >= 2 && _v.Lower[j - 1] == "as" && VerbCue(j - 2) is { Form: CueForm.Participle or CueForm.Past } passive)
            {
                cue = j - 2;
                lemma = passive.Lemma;
            }
            var speaker = reading.Form == CueForm.Gerund && cue == j && PrecededByComma(j)
                ? SubjectOfParticiple(j, first)
                : SpeakerLeft(cue, first);
            // "sent a letter to management earlier this month stating that …": a participle without its own subject.
            if (speaker is null && reading.Form == CueForm.Gerund && cue == j && j > first && !Grammar.Prepositions.Contains(_v.Lower[j - 1])) speaker = SubjectOfParticiple(j, first);
            if (speaker is { IsDocument: true }) speaker = Issuer(speaker, first);
            var attr = new Attribution(cue, cueEnd, lemma, speaker, false);
            // "said in the release this case demonstrates that …": a speakerless quote-only verb defers to a reporting verb further left.
            if (speaker is null && !reading.Indirect && fallback is null) { fallback = (attr, ClauseStart(cueEnd, open)); continue; }
            if (speaker is null && fallback is not null) continue;
            // "they note that the army cleared barricades: a “voluntary clean-up activity” which …": a reported clause complete
            // before a colon leaves the quoted words after it to the writer.
            if (ReportedClauseBeforeColon(cueEnd, open)) return null;
            return (attr, ClauseStart(cueEnd, open));
        }
        if (fallback is not null) return fallback;
        // "According to the man, the steroids “had a transformative effect …”": the source opens the sentence.
        if (first + 3 < open && _v.Lower[first] == "according" && _v.Lower[first + 1] == "to" && (NounPhraseRight(first + 2, open) ?? AccordingToSource(first + 2, open)) is { } source)
        {
            int comma = _v.TokenFrom(source.Span.End);
            while (comma < open && comma < first + 16 && _v.Lower[comma] != ",") comma++;
            // "According to her aunt, Jane Starner, “…”": the name in apposition is the source; the words follow its comma.
            if (comma + 1 < open && _v.Lower[comma] == "," && AppositiveName(comma + 1, open) is { } named)
                (source, comma) = named;
            // The words may follow the comma at once ("…, Jane Starner, “…”"): a direct quote.
            if (comma + 1 <= open && _v.Lower[comma] == ",")
                return (new Attribution(first, first + 2, "according to", source, false), comma + 1);
        }
        // "The statement: “…”" — a colon after a cue noun.
        if (open > first && _v.Lower[open - 1] == ":")
            for (int j = open - 2; j >= stop; j--)
                if (NounCue(j) is { } noun)
                {
                    var speaker = Issuer(new Speaker(_v.Tokens[j].Span, _v.Tokens[j].Text, null, false, true), first);
                    return (new Attribution(j, j + 1, noun.Lemma, speaker, false), open);
                }
        return null;
    }

    /// <summary>
    /// "Finding water on the moon, she said, is the “next best thing”": a frame standing between commas inside the clause
    /// (its subject, or a first clause, before it) leaves the reported clause whole; it starts at the sentence's first word.
    /// Null when the frame does not interrupt a clause of two words or more ("Meanwhile, he said, …").
    /// </summary>
    private int? ParentheticalFrameClause(Attribution attr, int open)
    {
        if (attr.Speaker is not { } sp || attr.CueEnd >= open || _v.Lower[attr.CueEnd] != ",") return null;
        int spStart = _v.TokenFrom(sp.Span.Start), spEnd = _v.TokenFrom(sp.Span.End);
        if (spStart > attr.CueToken || spStart < 1 || _v.Lower[spStart - 1] != ",") return null;
        for (int k = spEnd; k < attr.CueToken; k++)
            if (!Grammar.VerbPrefix.Contains(_v.Lower[k]) && !Grammar.IsAdverbLike(_v.Lower[k])) return null;
        var (first, _) = _v.SentenceRange(open);
        int s0 = first;
        while (s0 < spStart && (_v.IsPunct(s0) || DocView.IsQuoteMark(_v.Lower[s0]))) s0++;
        if (spStart - 1 - s0 < 2) return null;
        for (int k = s0; k < spStart - 1; k++)
            if (_segOf[k] >= 0 || DocView.IsQuoteMark(_v.Lower[k]) || VerbCue(k) is { Indirect: true }) return null;
        return s0;
    }

    /// <summary>A person's name from token <paramref name="k"/> (a mention or up to five capitalised words) closed by a comma before <paramref name="limit"/>: the name and its comma.</summary>
    private (Speaker Name, int Comma)? AppositiveName(int k, int limit)
    {
        if (k >= limit || !_v.IsCapitalised(k)) return null;
        int e = _v.MentionAt(k) is { Type: EntityType.Person } m ? _v.TokenBefore(m.Span.End) : k;
        while (e + 1 < limit && e + 1 < k + 5 && _v.IsCapitalised(e + 1) && char.IsLetter(_v.Lower[e + 1][0])) e++;
        if (e + 1 >= limit || _v.Lower[e + 1] != "," || _v.MentionAt(e) is { Type: not EntityType.Person }) return null;
        return SpeakerEndingAt(e, k) is { IsDocument: false, IsPronoun: false } name ? (name, e + 1) : null;
    }

    /// <summary>
    /// True when the frame before the mark (<see cref="BeforeQuote"/>) has a speaker and a reported clause that runs,
    /// unbroken by a comma, semicolon or dash, into the quotation mark ("urged both sides to exercise restraint and “…”").
    /// </summary>
    private bool ReportedClauseRunsInto((Attribution Frame, int ClauseStart) before, int open)
    {
        var (attr, clauseStart) = before;
        if (attr.Speaker is null || clauseStart >= open || clauseStart <= attr.CueToken) return false;
        for (int t = clauseStart; t < open; t++)
            if (_segOf[t] >= 0 || _v.Lower[t] is "," or ";" or ":" or "\u2014" or "\u2013" or "(") return false;
        return true;
    }

    /// <summary>
    /// "reserved the right to respond “…”", "a plan to say": an infinitive cue completing a noun (acl in the parse) names a
    /// speech act that has not happened, so it frames nothing; a frame further left may ("said his country reserved …").
    /// </summary>
    private bool CompletesNoun(int t) =>
        _v.Parsed && t >= 2 && _v.Lower[t - 1] == "to" && _v.Tokens[t].DepRel == "acl" && _v.Tokens[t].Head == t - 2 && _v.Tokens[t - 2].Upos is "NOUN";

    /// <summary>A quote that opens its sentence after "X said:" ending the previous sentence or paragraph.</summary>
    private (Attribution, int)? ColonBefore(int open)
    {
        int colon = open - 1;
        while (colon >= 0 && DocView.IsQuoteMark(_v.Lower[colon])) colon--;
        if (colon < 0 || _v.Lower[colon] != ":") return null;
        var (first, _) = _v.SentenceRange(colon);
        for (int j = colon - 1; j >= first && j >= colon - MaxCueDistance; j--)
        {
            if (_segOf[j] >= 0) break;
            if (VerbCue(j) is { } reading)
            {
                var speaker = SpeakerLeft(j, first);
                if (speaker is { IsDocument: true }) speaker = Issuer(speaker, first);
                return (new Attribution(j, j + 1 + reading.Rest.Length, reading.Lemma, speaker, false), open);
            }
        }
        // "…, which contains the following statement:" then the quote: a cue noun right before the colon.
        if (colon >= 1 && NounCue(colon - 1) is { } noun && _segOf[colon - 1] < 0)
        {
            var doc = new Speaker(_v.Tokens[colon - 1].Span, _v.Tokens[colon - 1].Text, null, false, true);
            return (new Attribution(colon - 1, colon, noun.Lemma, Issuer(doc, first), false), open);
        }
        return null;
    }

    /// <summary>True when "that" and a clause with a finite verb stand between the cue and a colon before the mark.</summary>
    private bool ReportedClauseBeforeColon(int cueEnd, int open)
    {
        int that = -1;
        for (int t = cueEnd; t < open && t < cueEnd + 4; t++)
            if (_v.Lower[t] == "that") { that = t; break; }
        if (that < 0) return false;
        for (int t = that + 2; t < open; t++)
            if (_v.Lower[t] == ":") return ClauseHasVerb(that + 1, t);
        return false;
    }

    /// <summary>Where the reported clause begins after a cue: after "that", a colon, or prepositional phrases.</summary>
    private int ClauseStart(int cueEnd, int open)
    {
        int start = cueEnd;
        // “Fund our schools,” and “Put kids first”: a quote after another quote of the same cue is its own whole content.
        for (int t = cueEnd; t < open; t++)
            if (_segOf[t] >= 0) return open;
        bool sawThat = false;
        for (int t = cueEnd; t < open; t++)
        {
            // "alleged that Noel and Thomas, assigned to the unit, “browsed the Internet,”": after "that" a comma before the
            // mark closes an aside inside the clause; it opens the quote only right after the frame ("said, “…”").
            if (_v.Lower[t] is "that" or ":" || (_v.Lower[t] == "," && t == open - 1 && !sawThat)) start = t + 1;
            if (_v.Lower[t] == "that") sawThat = true;
        }
        if (start >= open) return open;
        // Only adverbials ("on Twitter", "in a statement", "to reporters") between cue and mark: the quote is the clause.
        int t2 = start;
        while (t2 < open)
        {
            if (Grammar.Prepositions.Contains(_v.Lower[t2]) && _v.Lower[t2] != "as")
            {
                t2++;
                while (t2 < open && !Grammar.Prepositions.Contains(_v.Lower[t2]) && _v.Lower[t2] is not ("," or "that" or ":")) t2++;
                continue;
            }
            if (_v.Lower[t2] is "," or "\u2014" || Grammar.IsAdverbLike(_v.Lower[t2])) { t2++; continue; }
            return start;
        }
        return open;
    }

    /// <summary>
    /// The first token of a clause that starts before the quotation mark and runs into it ("Privacy, like
    /// sustainability, is not “…”", "That message is that anyone … and “…”"), or null when the mark opens the
    /// content: it starts the sentence, follows a comma or colon ("In a statement, “…”"), or a cue precedes it (the
    /// frame before the quote is read by <see cref="BeforeQuote"/>).
    /// </summary>
    private int? ClauseBeforeMark(int open)
    {
        var (first, _) = _v.SentenceRange(open);
        int start = first;
        while (start < open && (_v.IsPunct(start) || DocView.IsQuoteMark(_v.Lower[start]))) start++;
        if (open - 1 < start) return null;
        int words = 0;
        bool fragmentBefore = false;
        for (int t = start; t < open; t++)
        {
            if (_segOf[t] >= 0)
            {
                // An earlier fragment of the same clause ("have been “terribly disruptive” and … “…,” X said") that no
                // frame claimed; a quote with its own frame ends the clause.
                if (_drafts.Any(d => d.Span.Contains(_v.Tokens[t].Span))) return null;
                fragmentBefore = true;
                continue;
            }
            if (_v.IsPunct(t)) continue;
            // "failed to find the cause, which was “…”": an infinitive is no frame of its own.
            if (VerbCue(t) is not null && !(t > start && _v.Lower[t - 1] == "to")) return null;
            words++;
        }
        if (!fragmentBefore && _v.Lower[open - 1] is "," or ":" or ";" or "(" or "\u2014" or "\u2013" or "-") return null;
        // "Apple was “pulled into the enterprise,” Cook said": a subject and its finite verb are clause enough ("After hitting
        // “Takin’ It”, the singer …" is not).
        return words >= 3 || words == 2 && (Grammar.FiniteAuxiliaries.Contains(_v.Lower[open - 1]) || FiniteVerbForm(open - 1)) ? start : null;
    }

    /// <summary>"…,” Cook said, most do their tasks on one device.": the end of the clause that goes on after the frame.</summary>
    private int? ClauseAfterFrame(Attribution post)
    {
        int k = Math.Max(post.CueEnd, post.Speaker is null ? 0 : _v.TokenFrom(post.Speaker.Span.End));
        // "…,” wrote Taylor, who had never smoked.": a relative clause describes the speaker; the reported clause does not go on.
        // "…,” he said, according to the Intelligencer": a phrase trailing the frame neither.
        if (k + 1 >= _v.Tokens.Length || _v.Lower[k] != "," || !char.IsLower(_v.Tokens[k + 1].Text[0]) || Grammar.Relatives.Contains(_v.Lower[k + 1]) || TrailingFramePhrase(k + 1)) return null;
        var (_, end) = _v.SentenceRange(k);
        int last = end - 1;
        while (last > k && _v.IsPunct(last) && !DocView.IsQuoteMark(_v.Lower[last])) last--;
        return last > k + 2 ? _v.Tokens[last].Span.End : null;
    }

    /// <summary>True when nothing but closing punctuation follows the quote in its sentence.</summary>
    private bool EndsClause(QuotedSegment seg)
    {
        int k = _v.TokenFrom(seg.Span.End);
        if (k >= _v.Tokens.Length) return true;
        int closeTok = _v.TokenBefore(seg.Span.End);
        if (closeTok >= 0 && _v.SentenceOf[k] != _v.SentenceOf[closeTok]) return true;
        for (; k < _v.Tokens.Length && _v.SentenceOf[k] == _v.SentenceOf[closeTok]; k++)
            if (!_v.IsPunct(k)) return false;
        return true;
    }

    /// <summary>
    /// Social posts and block quotes the extractor found in the page markup with their author: the post is a direct
    /// quote of its author through its platform. Its attribution line ("— Name (@handle) date") stays out of the
    /// quoted words and gives the speaker span when the name is in it.
    /// </summary>
    private void EmbeddedPosts(ImmutableArray<EmbeddedQuote> embeds)
    {
        if (embeds.IsDefaultOrEmpty) return;
        foreach (var e in embeds)
        {
            if (e.Author is not { Length: > 0 } author || e.Span.End > _v.Text.Length || e.Span.Length < 3) continue;
            if (_drafts.Any(d => d.Span.OverlapLength(e.Span) * 2 > e.Span.Length)) continue;
            string body = e.Span.Of(_v.Text);
            int tail = e.Kind == "post" ? body.LastIndexOf('\u2014') : -1;
            var content = tail > 0 ? new TextSpan(e.Span.Start, e.Span.Start + body[..tail].TrimEnd().Length) : e.Span;
            int at = body.IndexOf(author, Math.Max(0, tail), StringComparison.Ordinal);
            if (at < 0) at = _v.Text.LastIndexOf(author, e.Span.Start, StringComparison.Ordinal) is var before && before >= 0 && e.Span.Start - before < 400 ? before - e.Span.Start : -1;
            Speaker? speaker = null;
            if (at >= 0 && at + e.Span.Start >= 0)
            {
                var span = new TextSpan(e.Span.Start + at, e.Span.Start + at + author.Length);
                speaker = new Speaker(span, author, _v.MentionFor(span)?.EntityId, false, false);
            }
            if (speaker is null) continue;
            var draft = new Draft
            {
                Kind = QuoteKind.Direct, Span = content, Content = [content], Text = JoinContent([content]).Trim(),
                Speaker = speaker, Channel = e.Channel, Cue = e.Kind == "post" ? "post" : null,
                Sentence = _v.SentenceOf[Math.Min(_v.TokenFrom(content.Start), _v.Tokens.Length - 1)],
            };
            _drafts.Add(draft);
        }
    }
}
