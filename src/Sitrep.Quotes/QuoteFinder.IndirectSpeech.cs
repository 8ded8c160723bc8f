using Sitrep.Core;

namespace Sitrep.Quotes;

/// <summary>
/// Unquoted reported speech: a reporting verb or noun with a complement, "according to X", a report inverted after
/// its clause ("…, officials said"), object-only reports ("announced the deal") and embedded questions.
/// </summary>
internal sealed partial class QuoteFinder
{
    private void IndirectSpeech()
    {
        var taken = _drafts.Select(d => d.Span).ToList();
        for (int t = 0; t < _v.Tokens.Length; t++)
        {
            // A cue inside a reported clause reports a clause of its own ("The Chronicle says he was arrested after employees
            // said he tried to steal a van"); inside a direct or mixed quote it is the quoted speaker's words.
            bool nested = taken.Any(s => s.Contains(_v.Tokens[t].Span));
            if (_segOf[t] >= 0 || _usedCues.Contains(t) || nested && InsideIndirect(t) is null) continue;
            var (first, end) = _v.SentenceRange(t);
            var frame = AccordingToFrame(t, first, end, nested, taken);
            if (frame is { Done: false, Frame: null } && !nested) frame = EmbeddedQuestionFrame(t, first, end);
            if (frame is { Done: false, Frame: null }) frame = VerbFrame(t, first, end, nested, taken);
            if (frame is { Done: false, Frame: null } && !nested) frame = DescriptionFrame(t, first, end);
            if (frame is { Done: false, Frame: null } && !nested) frame = ClaimNounFrame(t, first, end);
            if (frame.Frame is { } attr) AddReportedClause(attr, frame.ClauseStart, t, first, end, taken);
        }
    }

    /// <summary>
    /// What reading one token as a frame gave: a frame and the token its reported clause starts at; nothing, so the next
    /// reading is tried; or <see cref="Done"/>, when the token frames no clause (or its report is already added).
    /// </summary>
    private readonly record struct FrameReading(Attribution? Frame, int ClauseStart, bool Done = false)
    {
        public static FrameReading None => new(null, -1);
        public static FrameReading Skip => new(null, -1, true);
    }

    /// <summary>"According to X, …" opening its sentence (the clause follows the comma) or "…, according to X" (the clause before it, added here).</summary>
    private FrameReading AccordingToFrame(int t, int first, int end, bool nested, List<TextSpan> taken)
    {
        int source = AccordingToSourceStart(t, first, end);
        if (source < 0) return FrameReading.None;
        if (nested) return FrameReading.Skip;
        var sp = NounPhraseRight(source, end) ?? AccordingToSource(source, end);
        if (sp is null) return FrameReading.Skip;
        int spEnd = _v.TokenFrom(sp.Span.End);
        var attr = new Attribution(t, source, source == t + 1 ? "per" : "according to", sp, false);
        if (PreviousSentenceReported(t, first, spEnd, end) is { } previous)
        {
            AddIndirect(attr, previous.First, previous.Last, _v.SentenceOf[previous.First], taken);
            return FrameReading.Skip;
        }
        while (t == first && spEnd < end && spEnd < t + 14 && _v.Lower[spEnd] != ",") spEnd++;
        if (t == first && spEnd < end && _v.Lower[spEnd] == "," && !Enumerable.Range(spEnd, end - spEnd).Any(k => _segOf[k] >= 0)) return new FrameReading(attr, spEnd + 1);
        if (t > first && _v.Lower[t - 1] == ",")
        {
            // "…, according to X." — the reported clause is what precedes.
            int cFirst = first;
            // "There is news on the film: X is in talks to direct it, according to Y": the clause starts after a colon, a
            // semicolon or a lone dash ("It's unclear whether … — both actors were said to …, according to Y").
            int dashes = Enumerable.Range(first, t - first).Count(k => _v.Lower[k] is "\u2014" or "\u2013");
            for (int k = t - 2; k > first; k--)
                if (_v.Lower[k] is ":" or ";" || _v.Lower[k] is "\u2014" or "\u2013" && dashes % 2 == 1 && LoneDashOpensClause(k, t - 1)) { cFirst = k + 1; break; }
            while (cFirst < t && (_v.IsPunct(cFirst) || DocView.IsQuoteMark(_v.Lower[cFirst]))) cFirst++;
            // "He had, according to X of the Post, killed and eaten a rabbit": a parenthetical source; the clause runs through it.
            int close = spEnd;
            while (close < end && close < spEnd + 8 && !_v.IsPunct(close)) close++;
            int cLast = t - 2;
            if (t - 2 - cFirst <= 3 && close + 3 < end && _v.Lower[close] == "," && char.IsLower(_v.Tokens[close + 1].Text[0]) && char.IsLetter(_v.Lower[close + 1][0])
                && !Enumerable.Range(first, end - first).Any(k => _segOf[k] >= 0))
                cLast = end - 1;
            AddIndirect(attr, cFirst, cLast, _v.SentenceOf[t], taken);
        }
        return FrameReading.Skip;
    }

    /// <summary>
    /// True when a dash at <paramref name="dash"/> opens a clause of its own up to <paramref name="comma"/> (a subject and a
    /// finite verb: "— both actors were said to …"), not an elaboration ("— about 2,300 tons", "— and flopped at the box office").
    /// </summary>
    private bool LoneDashOpensClause(int dash, int comma) =>
        dash + 2 < comma && _v.Lower[dash + 1] is not ("and" or "or" or "but") && !Grammar.Prepositions.Contains(_v.Lower[dash + 1]) && ClauseHasVerb(dash + 1, comma);

    /// <summary>
    /// Where the source of an according-to frame starts: after "according to", or after "per" when it stands between commas
    /// or opens the sentence and a name or a determiner follows ("Yersinia pestis, per the WHO, is …", not "$3 per gallon");
    /// -1 for any other token.
    /// </summary>
    private int AccordingToSourceStart(int t, int first, int end)
    {
        if (_v.Lower[t] == "according" && t + 1 < end && _v.Lower[t + 1] == "to") return t + 2;
        if (_v.Lower[t] != "per" || t + 1 >= end || !(t == first || _v.Lower[t - 1] == ",")) return -1;
        return _v.IsCapitalised(t + 1) && char.IsLetter(_v.Lower[t + 1][0]) || _v.Lower[t + 1] is "the" or "a" or "an" ? t + 1 : -1;
    }

    /// <summary>
    /// "Teens love their earbuds more than ever. That's according to a new survey from X.": a sentence that does nothing
    /// but name the source ("That's/This is according to X") reports the sentence before it in the same paragraph.
    /// </summary>
    private (int First, int Last)? PreviousSentenceReported(int according, int first, int sourceEnd, int end)
    {
        int k = first;
        while (k < according && (_v.IsPunct(k) || DocView.IsQuoteMark(_v.Lower[k]))) k++;
        if (!(according - k == 2 && _v.Lower[k] is "that" or "this" && _v.Lower[k + 1] is "'s" or "\u2019s" or "is" or "was")) return null;
        for (int r = sourceEnd; r < end; r++)
            if (!_v.IsPunct(r) || DocView.IsQuoteMark(_v.Lower[r])) return null;
        if (first == 0) return null;
        var (pFirst, pEnd) = _v.SentenceRange(first - 1);
        if (ParagraphIndex(_v.Tokens[pFirst].Span.Start) != ParagraphIndex(_v.Tokens[according].Span.Start)) return null;
        if (Enumerable.Range(pFirst, pEnd - pFirst).Any(x => _segOf[x] >= 0)) return null;
        while (pFirst < pEnd && _v.IsPunct(pFirst)) pFirst++;
        return pEnd - pFirst >= 3 ? (pFirst, pEnd - 1) : null;
    }

    /// <summary>
    /// "they detail how the man came down with …", "demanded how Andrew could be so sure", "explaining how he couldn't
    /// have been there": a question put or an account given is reported speech (guideline: a reported clause).
    /// </summary>
    private FrameReading EmbeddedQuestionFrame(int t, int first, int end)
    {
        if (EmbeddedQuestionCue(t, end) is not { } question) return FrameReading.None;
        // "you're asking whether": a progressive has its subject before the auxiliary, as a finite verb does.
        var sp = question.Form == CueForm.Gerund && !IsProgressive(t) ? SubjectOfParticiple(t, first) : SpeakerLeft(t, first);
        if (sp is not null && HypotheticalSubject(sp, first)) return FrameReading.Skip;
        if (sp is not null)
            return new FrameReading(new Attribution(t, t + 1, question.Lemma, sp.IsDocument ? Issuer(sp, first) ?? sp : sp, false), t + 1);
        return FrameReading.None;
    }

    /// <summary>
    /// A reporting verb with its speaker: the clause after it ("said the talks had failed"), before it ("…, officials
    /// said", added here), after an as-frame's comma or after "quoted as saying".
    /// </summary>
    private FrameReading VerbFrame(int t, int first, int end, bool nested, List<TextSpan> taken)
    {
        // "Added together, it has become …": a past form opening its sentence has no subject to speak; "a recently announced
        // project": after a determiner (and an adverb) it modifies a noun.
        if (!(VerbCue(t) is { Indirect: true } reading && reading.Form is not CueForm.Participle && !(t == first && reading.Form == CueForm.Past)
            && !(reading.Form == CueForm.Past && t > first && (Grammar.Determiners.Contains(_v.Lower[t - 1]) && _v.Lower[t - 1] != "that" && !FloatingQuantifier(t - 1, first) || t - 1 > first && Grammar.IsAdverbLike(_v.Lower[t - 1]) && Grammar.Determiners.Contains(_v.Lower[t - 2]) && _v.Lower[t - 2] != "that"))
            && (reading.Form != CueForm.Base || t > first && !AfterModal(t, first) && _v.Lower[t - 1] is not ("not" or "n't")
                && reading.Lemma is "say" or "tell" or "claim" or "argue" or "insist" or "warn" or "allege" or "maintain" or "contend" or "report" or "estimate" or "admit" or "acknowledge" or "deny" or "agree"
                || ImplicativeInfinitive(t, first)
                // "Meanwhile, they note that …", "critics suggest that …": a present plural before "that".
                || t + 1 < end && _v.Lower[t + 1] == "that" && t > first && (_v.Lower[t - 1] is "they" or "we" or "i" or "you" || _v.Lower[t - 1].Length > 3 && _v.Lower[t - 1][^1] == 's' && !_v.Lower[t - 1].EndsWith("ss", StringComparison.Ordinal) && char.IsLower(_v.Tokens[t - 1].Text[0]) && (!_v.Tagged || _v.Tokens[t - 1].Upos is "NOUN")))
            // A trailing participle reports speech only as "saying"/"adding"/"arguing" …, not "urging X to".
            && (reading.Form != CueForm.Gerund || (PrecededByComma(t) || CoordinatedParticiple(t)) && reading.Stance is "assert" or "accuse" or "deny" or "warn" or "threaten" || QuotedAsSaying(t) is not null || IsProgressive(t)
                || FrontedParticipleSubject(t, first, end) is not null)
            && !(reading.Lemma == "add" && t + 1 < end && (_v.Lower[t + 1] == "to" || char.IsDigit(_v.Lower[t + 1][0])))
            // "Job cuts will be announced", "cases were revealed": a passive names no source (guideline: not annotated).
            && (!IsPassive(t, first) || PassiveAgent(t, first, end) is not null)))
            return FrameReading.None;
        int after = t + 1 + reading.Rest.Length;
        // "…, the ministry said in a statement." / "…, said the ministry." — the reported clause comes first.
        // "…, the doctors pleaded with the administration to reconsider": a request with its own complement reports nothing before it.
        // "…, Star Trek Beyond was directed by Justin Lin": a passive cue is no frame for the clause before it.
        // A nested frame is a plain statement by a subject of its own: "employees said he tried …", not "a campaign
        // that encouraged those released to use condoms" nor "people who have reported using meth".
        // ("it had recalled its envoy" recalls no words: only verbs of saying nest).
        if (nested && (reading.Form is not (CueForm.Past or CueForm.ThirdPerson) || reading.Stance != "assert" || IsPassive(t, first)
            || reading.Lemma is not ("say" or "tell" or "report" or "claim" or "allege" or "insist" or "write" or "state")
                // "alleged that the guards acknowledged to supervisors that they had not …": other verbs of saying nest with "that".
                && !(reading.Lemma is "acknowledge" or "admit" or "confirm" or "testify" or "explain" or "concede" or "announce" && ThatComplement(after, end))
            || RelativeSubjectBefore(t, first) || t + 1 < end && _v.Lower[t + 1].EndsWith("ing", StringComparison.Ordinal))) return FrameReading.Skip;
        // "…, Ana Brook — … — promised to protect the fund": a commitment with its infinitive, like a request, reports what follows.
        if (!nested && reading.Form is not CueForm.Gerund && !IsPassive(t, first) && !((reading.Stance == "urge" || reading.Lemma is "tell" or "promise" or "threaten" or "vow" or "pledge") && ComplementStart(after, end, reading) >= 0) && ReportedBefore(t, after, first, end) is { } before)
        {
            AddIndirect(new Attribution(t, after, reading.Lemma, before.Speaker, false), before.First, before.Last, _v.SentenceOf[t], taken);
            return FrameReading.Skip;
        }
        int start = ComplementStart(after, end, reading);
        // "As Emily Feng reports for NPR, the first cases came to light …": the frame opens the sentence, the clause follows its comma.
        if (!nested && start < 0 && AsFrameComma(t, after, first, end) is { } asComma && AsFrameSpeaker(t, first) is { } asSpeaker)
            return new FrameReading(new Attribution(t, after, reading.Lemma, asSpeaker, false), asComma + 1);
        // "was quoted as saying that …": the passive's subject speaks; the cue is the passive verb.
        if (!nested && QuotedAsSaying(t) is { } passive && start >= 0 && SpeakerLeft(t - 2, first) is { } quoted)
            return new FrameReading(new Attribution(t - 2, after, passive.Lemma, quoted, false), start);
        if (!nested && start >= 0 && reading.Form == CueForm.Gerund && FrontedParticipleSubject(t, first, end) is { } fronted)
            return new FrameReading(new Attribution(t, after, reading.Lemma, fronted, false), start);
        var sp = start < 0 ? null : reading.Form == CueForm.Gerund && !IsProgressive(t) ? SubjectOfParticiple(t, first) : IsPassive(t, first) ? PassiveAgent(t, first, end) : SpeakerLeft(t, first);
        // A nested frame often follows a subordinator the surface rules read as a preposition ("after Politico
        // reported"): the parse's subject comes first there.
        if (nested && start >= 0 && _v.Parsed && SubjectFromTree(t) is { } treeSubject) sp = treeSubject;
        // A nested frame's speaker stands inside the clause that holds it.
        if (nested && sp is not null && InsideIndirect(t) is { } outer && sp.Span.Start < outer.Span.Start) sp = null;
        if (sp is not null && HypotheticalSubject(sp, first)) return FrameReading.Skip;
        if (sp is not null)
        {
            if (sp.IsDocument) sp = Issuer(sp, first) ?? sp;
            return new FrameReading(new Attribution(t, after, reading.Lemma, sp, false), start);
        }
        return FrameReading.None;
    }

    /// <summary>
    /// "described the plan as making strides", "cited the backlash as proof that …": a verb of describing with its object
    /// and an "as" phrase reports how the source put it.
    /// </summary>
    private FrameReading DescriptionFrame(int t, int first, int end)
    {
        if (AsDescription(t, end) is not { } described) return FrameReading.None;
        var sp = IsPassive(t, first) ? PassiveAgent(t, first, end) : SpeakerLeft(t, first);
        if (sp is not null)
            return new FrameReading(new Attribution(t, t + 1, described.Lemma, sp.IsDocument ? Issuer(sp, first) ?? sp : sp, false), t + 1);
        return FrameReading.None;
    }

    /// <summary>A claim noun with its speaker and a "that" clause ("claims from the Pentagon that …", "Iran's denial that …").</summary>
    private FrameReading ClaimNounFrame(int t, int first, int end)
    {
        if (NounCue(t) is not { Indirect: true } noun) return FrameReading.None;
        int j = t + 1;
        Speaker? sp = null;
        if (j < end && _v.Lower[j] is "from" or "by")
        {
            sp = NounPhraseRight(j + 1, end);
            if (sp is null) return FrameReading.Skip;
            j = _v.TokenFrom(sp.Span.End);
        }
        else if (t >= 2 && _v.Lower[t - 1] is "'s" or "'")
            sp = SpeakerEndingAt(t - 2, first);
        // "Mr. Trump's Oct. 11 announcement that …": a date between the possessive and the noun.
        else if (DatedPossessive(t, first) is { } owner)
            sp = SpeakerEndingAt(owner, first);
        // "his claim that …": the possessive pronoun stands for the speaker.
        else if (t >= 1 && _v.Lower[t - 1] is "his" or "her" or "their" or "its")
            sp = new Speaker(_v.Tokens[t - 1].Span, _v.Tokens[t - 1].Text, _v.MentionFor(_v.Tokens[t - 1].Span)?.EntityId, true, false);
        // "many have voiced concerns that …", "the ministry issued a warning that …": the subject of a support verb.
        else if (SupportVerb(t, first) is { } support)
            sp = SpeakerLeft(support, first);
        if (sp is null || j >= end || _v.Lower[j] != "that") return FrameReading.Skip;
        // "issued a statement that appeared to …": a verb right after "that" makes it a relative pronoun.
        if (j + 1 < end && (LooksFinite(j + 1) || _v.Lower[j + 1].Length > 3 && _v.Lower[j + 1].EndsWith("ed", StringComparison.Ordinal) || Grammar.Modals.Contains(_v.Lower[j + 1]) && _v.Lower[j + 1] != "to" || _v.Lower[j + 1] is "is" or "was" or "are" or "were" or "has" or "had" or "have")) return FrameReading.Skip;
        return new FrameReading(new Attribution(t, t + 1, noun.Lemma, sp, false), j + 1);
    }

    /// <summary>
    /// Adds the clause that the frame read at token <paramref name="t"/> reports, from <paramref name="contentStart"/> to the
    /// clause's end; an object-only report (a denial, an announcement) ends before an adjunct or a channel.
    /// </summary>
    private void AddReportedClause(Attribution attr, int contentStart, int t, int first, int end, List<TextSpan> taken)
    {
        if (contentStart < 0 || contentStart >= end) return;
        int last = ClauseEnd(contentStart, end, includeFrom: false, segment: -1);
        if ((lex.Readings(_v.Lower, t).Any(r => r.Stance == "deny") || VerbCue(t) is { } objReading && ObjectReport(objReading)) && VerbCue(t) is not null && contentStart == attr.CueEnd)
            for (int k = contentStart; k <= last; k++)
            {
                // "announced the selection of SpaceX, Blue Origin, Sierra Nevada Corp. and …": commas inside a list of names stay.
                if (_v.Lower[k] == "," && k > contentStart && _v.IsCapitalised(k - 1) && k + 1 <= last && _v.IsCapitalised(k + 1) && !_v.IsPunct(k + 1)) continue;
                if (_v.Lower[k] is "," or "while" or "after" or "as" or "when" or "because" or "during" or "amid") { last = k - 1; break; }
                // "denied the allegations in a statement shared to its website": the channel is no part of what was denied.
                if (k > contentStart && _v.Lower[k] is "in" or "on" or "via" && (lex.Channel(_v.Lower, k + 1) is not null || k + 2 <= last && lex.Channel(_v.Lower, k + 2) is not null)) { last = k - 1; break; }
            }
        // "acknowledged staffing shortages Tuesday, telling …": a bare day name after an object with no verb of its own dates
        // the report; it is no part of what was said ("said the talks would resume Tuesday" keeps it: the clause has a verb).
        if (contentStart == attr.CueEnd)
            for (int k = contentStart + 1; k <= last; k++)
            {
                if (FiniteVerbForm(k) || Grammar.FiniteAuxiliaries.Contains(_v.Lower[k])) break;
                // "the July 25 call made …" is a subject: after a determiner or before a day number the word names a date.
                if (Grammar.IsTimeWord(_v.Lower[k]) && _v.IsCapitalised(k) && !_v.IsCapitalised(k - 1) && !Grammar.Prepositions.Contains(_v.Lower[k - 1])
                    && !Grammar.Determiners.Contains(_v.Lower[k - 1]) && !(k + 1 < _v.Tokens.Length && char.IsDigit(_v.Lower[k + 1][0]))) { last = k - 1; break; }
            }
        // "Although relatives suggested he may have been murdered, the director told lawmakers …": a frame inside a fronted
        // subordinate clause reports up to that clause's comma; the main clause follows it ("Despite the mayor's claim that
        // …, the deal stalled": a fronted "despite" phrase holds its clause the same way). An as-frame ("As X reports, …")
        // is that subordinate clause itself: what it reports is the main clause after its comma, to the clause's end.
        bool asFrame = AsFrameComma(attr.CueToken, attr.CueEnd, first, end) == contentStart - 1;
        if (!asFrame && FrontedSubordinate(first, attr.CueToken) && Enumerable.Range(contentStart, Math.Max(0, last - contentStart + 1)).FirstOrDefault(k => _v.Lower[k] == ",", -1) is var comma and > 0)
            last = comma - 1;
        AddIndirect(attr, contentStart, last, _v.SentenceOf[t], taken);
    }

    /// <summary>
    /// True when the sentence opens with a subordinator ("Although", "While", "When", or the preposition "Despite") and no comma comes before token
    /// <paramref name="cue"/>, or with the cue itself as a participle ("Noting that …, X asked").
    /// </summary>
    private bool FrontedSubordinate(int first, int cue)
    {
        int s = first;
        // "And once the man mentioned that …, the doctor …": a conjunction joining the sentence to the last comes before.
        while (s < cue && (_v.IsPunct(s) || DocView.IsQuoteMark(_v.Lower[s]) || s == first + (_v.IsPunct(first) ? 1 : 0) && _v.Lower[s] is "and" or "but" or "so")) s++;
        if (s == cue && VerbCue(cue) is { Form: CueForm.Gerund }) return true;
        if (s >= cue || _v.Lower[s] is not ("although" or "though" or "while" or "whereas" or "when" or "because" or "since" or "if" or "unless" or "after" or "before" or "as" or "despite" or "once")) return false;
        for (int k = s + 1; k < cue; k++)
            if (_v.Lower[k] == "," || _segOf[k] >= 0) return false;
        return true;
    }

    private void AddIndirect(Attribution attr, int firstTok, int lastTok, int sentence, List<TextSpan> taken)
    {
        while (lastTok > firstTok && (_v.IsPunct(lastTok) && !DocView.IsQuoteMark(_v.Lower[lastTok]))) lastTok--;
        if (lastTok < firstTok) return;
        var span = new TextSpan(_v.Tokens[firstTok].Span.Start, _v.Tokens[lastTok].Span.End);
        if (span.Length < 3) return;
        var outer = InsideIndirect(firstTok);
        if (taken.Any(s => s.Overlaps(span) && !(outer is not null && s == outer.Span && s.Contains(span) && s != span && lastTok - firstTok >= 2))) return;
        // A clause cut through a quotation mark ("Bigger than the little deal" announced in October) is not a reported clause.
        if (_segments.Any(g => g.Span.Overlaps(span) && !span.Contains(g.Span))) return;
        // Indirect speech has no quotation marks of its own; one that contains a quote is that quote's frame.
        // Scare quotes ("A 'phase one' trade deal") are not quotes: only a segment taken as a quote, or one opening its
        // sentence (a possible continuation), makes the span its frame.
        for (int g = 0; g < _segments.Length; g++)
            if (span.Contains(_segments[g].Span) && (_drafts.Any(d => d.Span.Overlaps(_segments[g].Span)) || _unattributed.Any(u => u.Segment == g))) return;
        var d = new Draft
        {
            Kind = QuoteKind.Indirect, Span = span, Content = [span], Text = StripMarks(span.Of(_v.Text)),
            Attribution = attr, Sentence = sentence,
        };
        d.Speaker = ResolvePronoun(attr.Speaker, span.Start);
        for (int t = attr.CueToken; t < attr.CueEnd; t++) _usedCues.Add(t);
        (d.Channel, d.Via) = ChannelNear(attr, null, span);
        _drafts.Add(d);
        taken.Add(span);
    }

    /// <summary>
    /// A verb of explaining or asking right before "how", "why" or "whether" and a clause with a finite verb, not in the
    /// passive ("was asked how") nor after a modal or "to" (a request not yet made).
    /// </summary>
    private CueReading? EmbeddedQuestionCue(int t, int end)
    {
        if (t + 3 >= end || _v.Lower[t + 1] is not ("how" or "why" or "whether")) return null;
        var reading = lex.Readings(_v.Lower, t).FirstOrDefault(r => !r.IsNoun && r.Rest.Length == 0 && r.Lemma is "explain" or "detail" or "demand" or "ask" or "question"
            && r.Form is CueForm.Past or CueForm.ThirdPerson or CueForm.Base or CueForm.Gerund);
        if (reading is null || t == 0) return null;
        if (reading.Form == CueForm.Base && (Grammar.Modals.Contains(_v.Lower[t - 1]) || _v.Lower[t - 1] is "to" or "not" or "n't")) return null;
        if (reading.Form == CueForm.Past && t >= 1 && _v.Lower[t - 1] is "was" or "were" or "been" or "be" or "is" or "are") return null;
        // "how much", "how many", "how long": a quantity question reads the same; the clause needs a verb after its subject.
        return ClauseHasVerb(t + 2, end) ? reading : null;
    }

    /// <summary>
    /// A verb of describing (describe, characterize, portray, cite, hail, praise, label, slam, …; not "dismissed an X-ray as
    /// normal", a judgement rather than words) in the past or -s form
    /// followed by an object and "as" within eight words, before any punctuation, quotation or "that".
    /// </summary>
    private CueReading? AsDescription(int t, int end)
    {
        var reading = VerbCue(t);
        if (reading is null || reading.Rest.Length > 0 || reading.Form is not (CueForm.Past or CueForm.ThirdPerson)
            || reading.Lemma is not ("describe" or "characterize" or "characterise" or "portray" or "depict" or "cite" or "hail" or "praise" or "label" or "brand" or "tout" or "slam" or "criticize" or "criticise" or "condemn")) return null;
        if (t + 2 >= end || _v.Lower[t + 1] is "as" or "by" || Grammar.Prepositions.Contains(_v.Lower[t + 1]) || _v.IsPunct(t + 1) || _segOf[t + 1] >= 0) return null;
        for (int k = t + 2; k < end && k <= t + 8; k++)
        {
            // "cited a study showing Indiana as the state …": the "as" belongs to a verb inside the object.
            if (_v.IsPunct(k) || _segOf[k] >= 0 || DocView.IsQuoteMark(_v.Lower[k]) || _v.Lower[k] == "that" || VerbCue(k) is not null && _v.Lower[k] != "as"
                || _v.Lower[k].Length > 4 && _v.Lower[k].EndsWith("ing", StringComparison.Ordinal) && char.IsLower(_v.Tokens[k].Text[0])) return null;
            if (_v.Lower[k] == "as") return k + 1 < end && char.IsLetter(_v.Lower[k + 1][0]) && _v.Lower[k + 1] is not ("well" or "much" or "many" or "soon" or "long" or "far") ? reading : null;
        }
        return null;
    }

    /// <summary>The first token from <paramref name="first"/> that is no punctuation or quotation mark, at most <paramref name="limit"/>.</summary>
    private int OpeningWord(int first, int limit)
    {
        int s = first;
        while (s < limit && (_v.IsPunct(s) || DocView.IsQuoteMark(_v.Lower[s]))) s++;
        return s;
    }

    /// <summary>
    /// "Noting that on Monday the cranes stood idle, Brook asked …": a participle opening its sentence with a that-clause
    /// shares the main clause's subject, the phrase after the comma that ends the clause, with a verb right after it.
    /// </summary>
    private Speaker? FrontedParticipleSubject(int t, int first, int end)
    {
        if (OpeningWord(first, t) != t || t + 2 >= end || _v.Lower[t + 1] != "that" || !_v.Lower[t].EndsWith("ing", StringComparison.Ordinal)) return null;
        for (int k = t + 3; k + 1 < end && k <= t + 40; k++)
        {
            if (_segOf[k] >= 0 || DocView.IsQuoteMark(_v.Lower[k]) || _v.Lower[k] is ";" or ":") return null;
            if (_v.Lower[k] != "," || NounPhraseRight(k + 1, end) is not { IsDocument: false } sp) continue;
            int verb = _v.TokenFrom(sp.Span.End);
            while (verb < end && (Grammar.VerbPrefix.Contains(_v.Lower[verb]) && !Grammar.FiniteAuxiliaries.Contains(_v.Lower[verb]) || Grammar.IsAdverbLike(_v.Lower[verb]))) verb++;
            if (verb < end && (VerbCue(verb) is not null || LooksFinite(verb) || Grammar.FiniteAuxiliaries.Contains(_v.Lower[verb]))) return sp;
        }
        return null;
    }

    /// <summary>
    /// "can't even tell that …", "could never say": a modal (or "not") before a base form, past adverbs; the verb names an
    /// ability or a possibility ("you can't tell" = one cannot see), not something said.
    /// </summary>
    private bool AfterModal(int t, int first)
    {
        int k = t - 1;
        while (k > first && (Grammar.IsAdverbLike(_v.Lower[k]) || _v.Lower[k] is "even" or "ever" or "never" or "just" or "really" or "always" or "still" or "also" or "not" or "n't")) k--;
        // "can't" and "won't" are split as "ca"/"wo" and "n't".
        return Grammar.Modals.Contains(_v.Lower[k]) || _v.Lower[k] is "ca" or "wo" || k < t - 1 && _v.Lower[k] is "not" or "n't";
    }

    /// <summary>
    /// "how the body recognizes …", "if you're asking whether …", "whether officials say …": a subject right after a
    /// question word or a conditional opens a clause that asks or supposes; no one is reported as saying anything.
    /// </summary>
    private bool HypotheticalSubject(Speaker sp, int first)
    {
        int p = _v.TokenFrom(sp.Span.Start) - 1;
        return p >= first && _v.Lower[p] is "if" or "unless" or "whether" or "how" or "why";
    }

    /// <summary>A verb that reports by its object alone ("announced the selection of …", "revealed the news"), without a clause.</summary>
    private static bool ObjectReport(CueReading r) => r.Lemma is "announce" or "reveal" && r.Form is CueForm.Past or CueForm.ThirdPerson;

    /// <summary>A relative pronoun right before a cue, past auxiliaries and adverbs ("who have reported", "that also said").</summary>
    private bool RelativeSubjectBefore(int cue, int first)
    {
        int k = cue - 1;
        while (k >= first && (_v.Lower[k] is "have" or "has" or "had" or "also" or "not" or "never" or "previously" || Grammar.IsAdverbLike(_v.Lower[k]))) k--;
        return k >= first && _v.Lower[k] is "who" or "that" or "which";
    }

    /// <summary>
    /// "that industry analysts say", "which the agency says": a relative pronoun, then a subject phrase of two to five words
    /// ending in a noun, then the cue at <paramref name="cue"/>; "that" must follow a noun (not a verb, where it opens a clause).
    /// </summary>
    private bool RelativeWithSubjectBefore(int cue)
    {
        int first = _v.SentenceRange(cue).First, k = cue - 1;
        if (k < first) return false;
        string head = _v.Lower[k];
        bool nounHead = Grammar.SpeakerNouns.Contains(head) || _v.IsCapitalised(k) && char.IsLetter(head[0]) || _v.Tagged && _v.Tokens[k].Upos is "NOUN" or "PROPN";
        if (!nounHead) return false;
        int n = 0;
        while (k >= first && n < 5 && char.IsLetter(_v.Lower[k][0]) && !Grammar.Relatives.Contains(_v.Lower[k]) && _v.Lower[k] != "that"
            && !Grammar.FiniteAuxiliaries.Contains(_v.Lower[k]) && !Grammar.Prepositions.Contains(_v.Lower[k]) && VerbCue(k) is null) { k--; n++; }
        if (n < 2 || k <= first || _v.Lower[k] is not ("that" or "which" or "who")) return false;
        if (_v.Lower[k] != "that") return true;
        int before = k - 1;
        return char.IsLetter(_v.Lower[before][0]) && VerbCue(before) is null && !Grammar.Prepositions.Contains(_v.Lower[before])
            && (_v.Tagged ? _v.Tokens[before].Upos is "NOUN" or "PROPN" or "NUM" : !_v.Lower[before].EndsWith("ed", StringComparison.Ordinal));
    }

    /// <summary>The indirect quote whose reported clause holds token <paramref name="t"/>, if any.</summary>
    private Draft? InsideIndirect(int t) =>
        _drafts.FirstOrDefault(d => d.Kind == QuoteKind.Indirect && d.Span.Contains(_v.Tokens[t].Span));

    /// <summary>
    /// "Officers arrested six people, Harris said." — the cue closes its sentence (only adverbials follow) and a comma
    /// separates it, with its speaker, from the reported clause before it.
    /// </summary>
    private (int First, int Last, Speaker Speaker)? ReportedBefore(int cue, int after, int first, int end)
    {
        end = BeforeBackgroundClause(after, end);
        // ", told The Hill that …" names a listener, not a speaker: only other cues invert.
        bool inverted = cue - 1 >= first && _v.Lower[cue - 1] == "," && VerbCue(cue)?.Lemma != "tell";
        if (!inverted && after < end && !(_v.IsPunct(after) || Grammar.Prepositions.Contains(_v.Lower[after]) || _v.IsCapitalised(after) || Grammar.IsAdverbLike(_v.Lower[after])
            || _v.Lower[after] is "last" or "this" or "earlier" or "later" or "today" or "yesterday" or "tonight" or "recently" or "previously" or "told" or "reporters" or "monday" or "friday" or "while" or "when" or "us" or "me" or "him" or "her" or "them"))
            return null;
        // "Many of the prisons, she said, are aging": a parenthetical frame; the reported clause runs through it. What follows
        // the frame's comma resumes the clause only when it is no trailing phrase of the frame ("…, the agency said, citing
        // the commission", "…, officials said, according to Reuters").
        if (!inverted && after < end && _v.Lower[after] == "," && after + 1 < end && char.IsLower(_v.Tokens[after + 1].Text[0]) && char.IsLetter(_v.Lower[after + 1][0])
            && !TrailingFramePhrase(after + 1)
            && SpeakerLeft(cue, first) is { } ps && _v.TokenFrom(ps.Span.Start) - 1 > first && _v.Lower[_v.TokenFrom(ps.Span.Start) - 1] == ","
            && !Enumerable.Range(first, end - first).Any(k => _segOf[k] >= 0 || DocView.IsQuoteMark(_v.Lower[k])))
        {
            int s0 = first;
            while (s0 < end && _v.IsPunct(s0)) s0++;
            int before = _v.TokenFrom(ps.Span.Start) - 1 - s0;
            // "Meanwhile, Doctor says, they're trying …": a lone sentence adverb before the frame is no part of the clause,
            // which is all after the frame.
            if (before == 1 && end - after >= 4 && char.IsLetter(_v.Lower[s0][0]) && !_v.IsNounLike(s0)) return (after + 1, end - 1, ps);
            if (before >= 1 && end - after >= 4) return (s0, end - 1, ps);
        }
        var invertedSpeaker = inverted ? NounPhraseRight(after, end) : null;
        int spAfter = invertedSpeaker is null ? -1 : _v.TokenFrom(invertedSpeaker.Span.End);
        // "Jack Roe, who represents the families, said he's pleased": a pronoun with its own verb after the cue is the
        // reported clause's subject; the comma closed a relative clause, it did not invert the frame.
        if (invertedSpeaker is { IsPronoun: true } && spAfter < end
            && (_v.Lower[spAfter] is "'s" or "\u2019s" or "'re" or "'d" or "'ll" or "'ve" || Grammar.FiniteAuxiliaries.Contains(_v.Lower[spAfter]) || LooksFinite(spAfter)))
            return null;
        // "said Matt Harris, police spokesman" when the mention covers "Matt" only: the rest of the name follows.
        // "said Monica de Bolle, a senior fellow": a lowercase particle inside the name, before its capitalised part, too.
        while (spAfter >= 0 && spAfter < end && (_v.IsCapitalised(spAfter) && char.IsLetter(_v.Lower[spAfter][0]) && !Grammar.IsTimeWord(_v.Lower[spAfter])
            || Grammar.NameParticles.Contains(_v.Lower[spAfter]) && spAfter + 1 < end && _v.IsCapitalised(spAfter + 1))) spAfter++;
        bool closesSentence = invertedSpeaker is not null && (spAfter >= end || _v.IsPunct(spAfter) || Grammar.Prepositions.Contains(_v.Lower[spAfter]) || _v.Lower[spAfter] is "who"
            // "said Trump's spokesman", not "said his company's award was a sign": no finite verb follows the possessive.
            || _v.Lower[spAfter] is "'s" && !Enumerable.Range(spAfter + 1, Math.Max(0, Math.Min(end, spAfter + 8) - spAfter - 1)).Any(x => Grammar.FiniteAuxiliaries.Contains(_v.Lower[x])));
        for (int t = after; t < end; t++)
        {
            string w = _v.Lower[t];
            // "said X in an email to staff that was reviewed by Reuters": a relative clause after the inverted speaker.
            // "said X, president of the prison workers' union": a plural's possessive apostrophe is no quotation mark.
            if (w is ":" || w == "that" && !(closesSentence && t > spAfter) || _segOf[t] >= 0 || DocView.IsQuoteMark(w) && !PluralPossessive(t)) return null;
            if (w == "," && t + 1 < end && !(closesSentence && t >= spAfter) && !(Grammar.Prepositions.Contains(_v.Lower[t + 1]) || TrailingFramePhrase(t + 1)
                // "…, Paganini and his team wrote in the new paper, which was published today": a relative clause on the frame's noun.
                || _v.Lower[t + 1] == "which" && t > after && char.IsLetter(_v.Lower[t - 1][0]) && VerbCue(t - 1) is null && Enumerable.Range(after, t - after).Any(x => Grammar.Prepositions.Contains(_v.Lower[x])))) return null;
        }
        if (!closesSentence && ComplementStart(after, end, new CueReading("say", false, "assert", true, CueForm.Past, [])) is >= 0 and var cs && cs < end && !Grammar.Prepositions.Contains(_v.Lower[cs]))
        {
            // "said Tuesday" and "said in a statement" are adverbials, not a clause; anything else is a complement.
            if (!(_v.IsCapitalised(cs) && cs + 1 < end && _v.IsPunct(cs + 1))) return null;
        }
        Speaker? sp;
        int comma;
        if (cue - 1 >= first && _v.Lower[cue - 1] == ",")
        {
            sp = NounPhraseRight(after, end);
            comma = cue - 1;
        }
        else
        {
            sp = SpeakerLeft(cue, first);
            if (sp is null) return null;
            comma = _v.TokenFrom(sp.Span.Start) - 1;
            // "…, the U.S. Attorney said" with "Attorney" as the mention: the name words and determiner before it belong to the phrase.
            // "…, Russia's chief sanitary inspector Gennady Onishchenko warned": so do the lowercase title words before a name.
            while (comma >= first && comma >= _v.TokenFrom(sp.Span.Start) - 8 && (Grammar.Determiners.Contains(_v.Lower[comma]) || _v.IsCapitalised(comma) && char.IsLetter(_v.Lower[comma][0]) || _v.Lower[comma] is "'s"
                || _v.Tagged && _v.Tokens[comma].Upos is "NOUN" or "ADJ" && char.IsLetter(_v.Lower[comma][0]) && sp.EntityId is not null && _v.IsCapitalised(_v.TokenFrom(sp.Span.Start))
                // "…, Paganini and his team wrote": a name joined to the speaker phrase by "and".
                || _v.Lower[comma] == "and" && comma - 1 >= first && _v.IsCapitalised(comma - 1) && char.IsLetter(_v.Lower[comma - 1][0]))) comma--;
        }
        if (sp is null || comma <= first || _v.Lower[comma] != ",") return null;
        int startTok = first;
        while (startTok < comma && (_v.IsPunct(startTok) || DocView.IsQuoteMark(_v.Lower[startTok]))) startTok++;
        if (comma - startTok < 2) return null;
        // "Israel's army chief, Amnon Lipkin-Shahak, warned Syria": a noun phrase and its apposition before the comma are the
        // cue's subject, not a reported clause; a clause has a verb, before the frame or after it ("The port authority, says
        // Mara Quint, a spokeswoman, is unwilling to negotiate").
        if (_v.Tagged && !Enumerable.Range(startTok, comma - startTok).Any(k => _v.IsVerb(k) || Grammar.FiniteAuxiliaries.Contains(_v.Lower[k]))
            && !(Enumerable.Range(after, Math.Max(0, end - after)).FirstOrDefault(k => _v.IsVerb(k), -1) is var resumed and > 0 && _v.Lower[resumed - 1] == ",")) return null;
        // "Though many remain peaceful, a radical minority have responded with violence": a subordinate clause alone is no report.
        if ((Grammar.ClauseBreakers.Contains(_v.Lower[startTok]) || _v.Lower[startTok] is "because" or "if" or "when" or "while" or "since" or "after" or "before" or "as")
            && !Enumerable.Range(startTok, comma - startTok).Any(k => _v.Lower[k] == ",")) return null;
        // "This system, says Richard Locksley, an immunologist at …, helps direct …": the frame and its speaker's description
        // stand inside the clause, between its subject and its verb; the reported clause runs through them.
        if (inverted && closesSentence && !Enumerable.Range(startTok, comma - startTok).Any(FiniteVerbForm) && ClauseResumesAfter(spAfter, end))
            return (startTok, end - 1, sp);
        return (startTok, comma - 1, sp);
    }

    /// <summary>
    /// The comma that opens a background clause after the frame ("…, the inspector warned on Tuesday, days after Moldova's
    /// prime minister said …", "…, officials said, as thousands fled"), or <paramref name="end"/>: what follows it is the
    /// writer's context, not part of the frame or of the words reported.
    /// </summary>
    private int BeforeBackgroundClause(int after, int end)
    {
        for (int t = after; t + 1 < end; t++)
            if (_v.Lower[t] == "," && BackgroundOpener(t + 1, end)) return t;
        return end;
    }

    /// <summary>"as", "after", "amid" …, or a distance in time before "after" or "before" ("days after", "a week before").</summary>
    private bool BackgroundOpener(int t, int end)
    {
        if (_v.Lower[t] is "as" or "after" or "amid" or "while" or "before" or "since") return true;
        for (int k = t; k < end && k < t + 4; k++)
        {
            if (_v.Lower[k] is "after" or "before") return k > t && Grammar.TimeUnits.Contains(_v.Lower[k - 1]);
            if (!(Grammar.TimeUnits.Contains(_v.Lower[k]) || char.IsDigit(_v.Lower[k][0]) || _v.Lower[k] is "a" or "an" or "just" or "only" or "barely" or "nearly" or "some" or "several" or "few"
                || _v.Lower[k] is "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine" or "ten")) return false;
        }
        return false;
    }

    /// <summary>
    /// A phrase that trails a frame after its comma rather than going on with the reported clause: "according to X" or a
    /// participle ("…, the agency said, citing the regional commission", "…, Graham said, offering the example of …").
    /// </summary>
    private bool TrailingFramePhrase(int t) =>
        _v.Lower[t] is "according" or "adding" or "saying" or "citing" || _v.Lower[t].Length > 4 && _v.Lower[t].EndsWith("ing", StringComparison.Ordinal) && char.IsLower(_v.Tokens[t].Text[0])
            && (!_v.Tagged || _v.Tokens[t].Xpos is "VBG");

    /// <summary>
    /// True when, from the comma at <paramref name="comma"/> after an inverted frame's speaker, a description may follow and
    /// a later comma (within 25 tokens, no quotation between) is followed by a lowercase finite verb that resumes the clause.
    /// </summary>
    private bool ClauseResumesAfter(int comma, int end)
    {
        if (comma >= end || _v.Lower[comma] != ",") return false;
        for (int k = comma; k + 1 < end && k <= comma + 25; k++)
        {
            if (_segOf[k] >= 0 || DocView.IsQuoteMark(_v.Lower[k]) || _v.Lower[k] is ";" or ":") return false;
            if (_v.Lower[k] == "," && (FiniteVerbForm(k + 1) || Grammar.FiniteAuxiliaries.Contains(_v.Lower[k + 1]))) return true;
        }
        return false;
    }

    /// <summary>"workers' union": an apostrophe attached to a plural in -s, with no single quotation mark open in the sentence.</summary>
    private bool PluralPossessive(int t) =>
        _v.Lower[t] is "'" or "\u2019" && t > 0 && _v.Lower[t - 1].Length > 2 && _v.Lower[t - 1][^1] == 's' && char.IsLetter(_v.Lower[t - 1][0])
        && _v.Tokens[t - 1].Span.End == _v.Tokens[t].Span.Start
        && !Enumerable.Range(_v.SentenceRange(t).First, t - _v.SentenceRange(t).First).Any(k => _v.Lower[k] is "\u2018" || _v.Lower[k] == "'" && (k == 0 || _v.Tokens[k - 1].Span.End < _v.Tokens[k].Span.Start));

    /// <summary>The possessor's last token when only date words (month, day number, year, a period) stand between its "'s" and the noun at <paramref name="noun"/>.</summary>
    private int? DatedPossessive(int noun, int first)
    {
        int k = noun - 1, dates = 0;
        while (k > first && dates < 4 && (Grammar.IsTimeWord(_v.Lower[k].TrimEnd('.')) || _v.Lower[k] == "." || _v.Lower[k].All(char.IsDigit))) { k--; dates++; }
        return dates > 0 && k - 1 >= first && _v.Lower[k] is "'s" or "\u2019s" ? k - 1 : null;
    }

    /// <summary>"As X reported on Monday, …": the comma closing a frame that opens its sentence with "as".</summary>
    private int? AsFrameComma(int cue, int after, int first, int end)
    {
        int a = first;
        while (a < cue && (_v.IsPunct(a) || _v.Lower[a] is "but" or "and" or "so")) a++;
        if (_v.Lower[a] != "as" || cue - a > 8) return null;
        for (int k = a + 1; k < cue; k++)
            if (_v.IsPunct(k) || _segOf[k] >= 0) return null;
        for (int k = after; k < end && k <= after + 6; k++)
        {
            if (_segOf[k] >= 0 || DocView.IsQuoteMark(_v.Lower[k]) || _v.Lower[k] is "that" or ";" or ":" or "." || LooksFinite(k)) return null;
            if (_v.Lower[k] == ",") return k + 3 < end && _segOf[k + 1] < 0 ? k : null;
        }
        return null;
    }
}
