using Sitrep.Core;

namespace Sitrep.Quotes;

/// <summary>
/// Where a frame's speaker is: the cue's subject on its left (surface rules first, the parse tree when they find
/// none), a relative's antecedent, "according to X", a passive agent, "As Emily Feng reports", a participle's or the sentence's
/// subject, a document's issuer; and the entity a pronoun stands for.
/// </summary>
internal sealed partial class QuoteFinder
{
    /// <summary>The subject of the reporting verb at <paramref name="cue"/>: dependencies when parsed, else the nearest phrase on its left.</summary>
    private Speaker? SpeakerLeft(int cue, int lowerBound)
    {
        // The surface rules come first: on news attributions they beat the parser's subjects (dev speaker accuracy
        // 0.924 against 0.884); the tree answers when they find nothing ("took to Twitter to label").
        var near = NearestSubject(cue, lowerBound);
        if (near is null && _v.Parsed) return SubjectFromTree(cue);
        return near;
    }

    private Speaker? NearestSubject(int cue, int lowerBound) => NearestSubjectCore(cue, lowerBound) ?? RelativeAntecedent(cue, lowerBound);

    /// <summary>"A spokesperson who did not wish to be named because of agency policy said": the head before "who".</summary>
    private Speaker? RelativeAntecedent(int cue, int lowerBound)
    {
        for (int j = cue - 1; j > lowerBound && j >= cue - 20; j--)
        {
            if (_segOf[j] >= 0 || DocView.IsQuoteMark(_v.Lower[j]) || _v.Lower[j] is ";" or ":") return null;
            if (_v.Lower[j] != "who") continue;
            int h = j - 1;
            if (_v.Lower[h] == ",") h--;
            return h >= lowerBound ? SpeakerEndingAt(h, lowerBound) is { IsDocument: false } sp ? sp : null : null;
        }
        return null;
    }

    private Speaker? NearestSubjectCore(int cue, int lowerBound)
    {
        bool infinitive = false;
        int commas = 0;
        for (int j = cue - 1; j >= lowerBound && j >= cue - 20; j--)
        {
            string w = _v.Lower[j];
            if (_segOf[j] >= 0 || DocView.IsQuoteMark(w)) return null;
            // "Ana Brook — whose mother also led the dockers — promised": an aside between dashes stands between the subject and its verb.
            if (w is "\u2014" or "\u2013" && OpeningDash(j, lowerBound) is { } open) { j = open; continue; }
            // "Early says": a capitalised word inside the sentence is a name, not an adverb.
            if (Grammar.VerbPrefix.Contains(w) || Grammar.IsAdverbLike(w) && !(_v.IsCapitalised(j) && !_v.IsSentenceStart(j))) continue;
            // "The court last week ruled", "the ministry this month warned": a time phrase between subject and verb.
            if ((w is "week" or "month" or "year" or "weekend" or "night" or "morning" or "afternoon" or "evening" || Grammar.IsTimeWord(w))
                && j - 1 > lowerBound && _v.Lower[j - 1] is "last" or "this" or "next" or "late" or "early" or "earlier") { j--; continue; }
            // "retailers that said they", "the waitress, who said": the relative pronoun's antecedent speaks.
            // "a blog post that said": a cue word right after a determiner and a modifier is a noun, the antecedent.
            // "Cooke's earlier testimony that concluded …", "the panel's report that said …": a document owned by a possessor
            // is that possessor's words.
            if (w == "that" && j == cue - 1 && j - 1 >= lowerBound && NounCue(j - 1) is not null && PossessorOf(j - 1, lowerBound) is { } owner) return owner;
            if (w == "that" && j == cue - 1 && j - 1 >= lowerBound && char.IsLetter(_v.Lower[j - 1][0])
                && (!lex.IsCueWord(_v.Lower[j - 1]) || j - 3 >= lowerBound && Grammar.Determiners.Contains(_v.Lower[j - 3]) && char.IsLower(_v.Tokens[j - 2].Text[0]) && char.IsLetter(_v.Lower[j - 2][0]) && NounCue(j - 1) is not null))
            {
                if (SpeakerEndingAt(j - 1, lowerBound) is { } named) return named;
                // Any noun can be the antecedent ("retailers that said"): the word and its lowercase modifiers.
                int h = j - 1, st = h;
                if (!char.IsLower(_v.Tokens[h].Text[0]) || Grammar.Prepositions.Contains(_v.Lower[h]) || Grammar.Determiners.Contains(_v.Lower[h]) || Grammar.Pronouns.Contains(_v.Lower[h])) return null;
                while (st - 1 >= lowerBound && st > h - 3 && char.IsLetter(_v.Lower[st - 1][0]) && !Grammar.Prepositions.Contains(_v.Lower[st - 1]) && !Grammar.VerbPrefix.Contains(_v.Lower[st - 1]) && !lex.IsCueWord(_v.Lower[st - 1]) && _v.Lower[st - 1] is not ("and" or "or")) st--;
                var span = new TextSpan(_v.Tokens[st].Span.Start, _v.Tokens[h].Span.End);
                return new Speaker(span, span.Of(_v.Text), _v.MentionFor(span)?.EntityId, false, false);
            }
            // "extradition to the United States, which accuses him of …": a name right before ", which" is the antecedent, even inside a prepositional phrase.
            if (w is "which" or "who" && j - 2 >= lowerBound && _v.Lower[j - 1] == "," && Enumerable.Range(j + 1, cue - j - 1).All(x => Grammar.VerbPrefix.Contains(_v.Lower[x]) || Grammar.IsAdverbLike(_v.Lower[x]))
                && SpeakerEndingAt(j - 2, lowerBound) is { IsDocument: false, IsPronoun: false } antecedent && (antecedent.EntityId is not null || _v.IsCapitalised(j - 2)))
                return antecedent;
            if (Grammar.Relatives.Contains(w) && j - 1 >= lowerBound && _v.Lower[j - 1] == "," && j - 2 >= lowerBound) { j--; continue; }
            if (w == "," && commas == 0 && Apposition(j, lowerBound) is { } appo) return appo;
            if (w == "," && commas == 0 && j - 1 >= lowerBound && (_v.MentionAt(j - 1) is not null || _v.IsCapitalised(j - 1) || Grammar.VerbPrefix.Contains(_v.Lower[j - 1]))) { commas++; continue; }
            if (w == "to" && !infinitive)
            {
                infinitive = true;
                // "reserved the right to respond", "a plan to say": an infinitive completing a noun (acl in the parse) has no
                // subject of its own there; the noun phrase is passed over to the clause's subject. "led the manufacturer to
                // announce" (xcomp) keeps the noun as the one who speaks.
                if (_v.Parsed && j - 1 >= lowerBound && _v.Tokens[j - 1].Upos is "NOUN" && _v.Tokens[cue].DepRel == "acl" && _v.Tokens[cue].Head == j - 1)
                {
                    j--;
                    while (j - 1 >= lowerBound && (Grammar.Determiners.Contains(_v.Lower[j - 1]) || _v.Tokens[j - 1].Upos is "ADJ" or "NOUN")) j--;
                }
                continue;
            }
            if (w is "and" or "but" && !infinitive) return SentenceSubject(lowerBound, j);
            if (Grammar.Relatives.Contains(w)) continue;
            var sp = SpeakerEndingAt(j, lowerBound);
            if (sp is not null)
            {
                int start = _v.TokenFrom(sp.Span.Start);
                int p = start - 1;
                while (p >= lowerBound && Grammar.Determiners.Contains(_v.Lower[p])) p--;
                // "Manila vows action as Beijing accuses it of intrusion", "after Politico reported": a subordinator that doubles as a
                // preposition, with the phrase as the subject of the finite cue right after it, opens a clause whose own subject speaks.
                if (p >= lowerBound && _v.Lower[p] is "as" or "after" or "before" or "since" or "until" && SubordinateSubject(p, sp, cue)) return sp;
                // "41 percent of residents say", "most of the dockers said": a share of a group speaks; the phrase takes in the share.
                if (p >= lowerBound && _v.Lower[p] == "of" && ShareBefore(p, lowerBound) is { } share)
                {
                    var whole = new TextSpan(_v.Tokens[share].Span.Start, sp.Span.End);
                    return new Speaker(whole, whole.Of(_v.Text), _v.MentionFor(whole)?.EntityId, false, false);
                }
                if (p >= lowerBound && Grammar.Prepositions.Contains(_v.Lower[p]))
                {
                    // "a statement from the Pentagon said": the document's author speaks.
                    if (_v.Lower[p] is "from" or "by" or "of" && p - 1 >= lowerBound && (NounCue(p - 1) is not null || lex.Channel(_v.Lower, p - 1) is not null))
                        return sp with { Channel = lex.Channel(_v.Lower, p - 1)?.Channel };
                    // "people familiar with the talks say", "two people briefed on the talks said": a modifier after the head.
                    if (p - 2 >= lowerBound && char.IsLower(_v.Tokens[p - 1].Text[0]) && Grammar.SpeakerNouns.Contains(_v.Lower[p - 2])
                        && (_v.Lower[p - 1].EndsWith("ed", StringComparison.Ordinal) || _v.Lower[p - 1] is "familiar" or "close" or "knowledgeable" or "involved" or "present" or "opposed"))
                    {
                        j = p - 1;
                        continue;
                    }
                    j = p;
                    continue;
                }
                return sp;
            }
            if (PostModifiedHead(j, lowerBound) is { } head) return head;
            if (infinitive) continue;
            return null;
        }
        return null;
    }

    /// <summary>The first token of a share ("41 percent", "a majority", "most", "two-thirds") ending right before "of" at <paramref name="of"/>, or null.</summary>
    private int? ShareBefore(int of, int lowerBound)
    {
        int q = of - 1;
        if (q < lowerBound || _v.Lower[q] is not ("percent" or "%" or "majority" or "minority" or "half" or "third" or "thirds" or "quarter" or "most" or "many" or "some"
            or "all" or "none" or "several" or "share" or "proportion" or "plurality" or "dozens" or "hundreds" or "thousands" or "millions")) return null;
        int s = q;
        while (s - 1 >= lowerBound && (char.IsDigit(_v.Lower[s - 1][0]) || _v.Lower[s - 1] is "-" or "a" or "the" or "two" or "one" or "three" or "about" or "nearly" or "almost" or "over")) s--;
        return s;
    }

    /// <summary>The dash that opens the aside closed by the dash at <paramref name="close"/> (same dash, no quotation between), or null.</summary>
    private int? OpeningDash(int close, int lowerBound)
    {
        for (int k = close - 2; k > lowerBound && k >= close - 30; k--)
        {
            if (_segOf[k] >= 0 || DocView.IsQuoteMark(_v.Lower[k]) || _v.Lower[k] is ";" or ":" or ".") return null;
            if (_v.Lower[k] == _v.Lower[close]) return k;
        }
        return null;
    }

    /// <summary>
    /// True when token <paramref name="mark"/> ("as", "after", …) opens a clause whose subject is <paramref name="phrase"/>
    /// and whose finite verb is the cue: only adverbs and auxiliaries between, the cue a past or present form (or after a finite
    /// auxiliary), and the parse, when there is one, not reading the word as a preposition of the phrase (unless the phrase is a name).
    /// </summary>
    private bool SubordinateSubject(int mark, Speaker phrase, int cue)
    {
        int afterPhrase = _v.TokenFrom(phrase.Span.End);
        // "after CNBC reported that …", "as the union warned that …": the parser may hang the phrase on the subordinator as on
        // a preposition; a name, or any phrase after "as", right before a finite cue is that cue's subject all the same ("a
        // statement released after the meeting said" keeps the rule).
        bool named = phrase.EntityId is not null || _v.IsCapitalised(afterPhrase - 1) || _v.Lower[mark] == "as";
        if (afterPhrase > cue || _v.Parsed && _v.Tokens[mark].DepRel == "case" && !named) return false;
        bool finiteAux = false;
        for (int k = afterPhrase; k < cue; k++)
        {
            if (Grammar.FiniteAuxiliaries.Contains(_v.Lower[k])) finiteAux = true;
            else if (!(Grammar.VerbPrefix.Contains(_v.Lower[k]) || Grammar.IsAdverbLike(_v.Lower[k]))) return false;
        }
        return finiteAux || VerbCue(cue) is { Form: CueForm.Past or CueForm.ThirdPerson };
    }

    private Speaker? SubjectFromTree(int cue)
    {
        int head = cue;
        for (int hop = 0; hop < 3 && head >= 0; hop++)
        {
            for (int t = _v.SentenceRange(head).First; t < _v.SentenceRange(head).End; t++)
                if (_v.Tokens[t].Head == head && _v.Tokens[t].DepRel is { } rel && rel.StartsWith("nsubj", StringComparison.Ordinal))
                    return NamedApposition(t) ?? SpeakerEndingAt(TitledPersonEnd(t, t, _v.SentenceRange(head).End), _v.SentenceRange(head).First, fromTree: true);
            var tok = _v.Tokens[head];
            if (tok.DepRel is "xcomp" or "advcl" or "conj" or "ccomp" or "parataxis" && tok.Head >= 0) head = tok.Head;
            else break;
        }
        return null;
    }

    /// <summary>
    /// "according to evidence presented at trial", "according to a study of 2,000 patients": any short noun phrase up to
    /// the comma or the end of the sentence is the source, unless it names a norm rather than a source ("according to plan").
    /// </summary>
    private Speaker? AccordingToSource(int k, int end)
    {
        if (k >= end || !char.IsLetter(_v.Lower[k][0]) || _segOf[k] >= 0) return null;
        int last = -1;
        for (int t = k; t < end && t < k + 10; t++)
        {
            if (_v.Lower[t] is "," or "." or ";" or ":" or "(" || _segOf[t] >= 0 || DocView.IsQuoteMark(_v.Lower[t])) break;
            if (LooksFinite(t) && !(t > k && _v.Lower[t].EndsWith("ed", StringComparison.Ordinal) && char.IsLetter(_v.Lower[t - 1][0]) && !Grammar.Pronouns.Contains(_v.Lower[t - 1]))) return null;
            last = t;
        }
        if (last < 0 || last + 1 < end && last + 1 < k + 10 && !(_v.Lower[last + 1] is "," or "." or ";" or ":" or "(" || DocView.IsQuoteMark(_v.Lower[last + 1]))) return null;
        int head = k;
        while (head + 1 <= last && !Grammar.Prepositions.Contains(_v.Lower[head + 1])) head++;
        if (_v.Lower[head] is "plan" or "plans" or "schedule" or "law" or "laws" or "rules" or "rule" or "tradition" or "custom" or "legend" or "protocol" or "script" or "design") return null;
        var span = new TextSpan(_v.Tokens[k].Span.Start, _v.Tokens[last].Span.End);
        return new Speaker(span, span.Of(_v.Text), _v.MentionFor(span)?.EntityId, false, false);
    }

    /// <summary>"…, posting on Twitter that …": the participle shares the subject of its clause.</summary>
    private Speaker? SubjectOfParticiple(int j, int first)
    {
        // "Omar asked for compassion in a letter posted on Twitter, saying …": the first finite verb of the sentence
        // with a person or group before it carries the participle's subject.
        Speaker? pronounSubject = null;
        for (int t = first + 1; t < j - 1; t++)
        {
            if (_segOf[t] >= 0 || !LooksFinite(t)) continue;
            // "A photo of the meeting was denied by Andrew, hinting that …": the agent of a passive acts.
            if (IsPassive(t, first) && PassiveAgent(t, first, j) is { } agent) return agent;
            var sp = NearestSubject(t, first);
            if (sp is { IsDocument: false, IsPronoun: false }) return sp;
            if (sp is { IsPronoun: true, IsDocument: false } && _v.TokenFrom(sp.Span.Start) == first) pronounSubject = sp;
            if (sp is not null) break;
        }
        var inSentence = _drafts.LastOrDefault(d => d.Sentence == _v.SentenceOf[j] && d.Speaker is not null);
        if (inSentence is not null) return inSentence.Speaker;
        // "He has injected drama into talks with Europe and Mexico, threatening them …": a pronoun opening the sentence
        // as the subject of its first verb is the participle's subject, not a name nearer the participle.
        if (pronounSubject is not null) return pronounSubject;
        for (int t = j - 2; t >= first; t--)
            if (VerbCue(t) is not null || _v.IsVerb(t))
            {
                // "in a letter posted on Twitter, saying": a verb whose subject is a document or absent is not the clause's.
                var sp = SpeakerLeft(t, first);
                if (sp is { IsDocument: false }) return sp;
            }
        return SentenceSubject(first, j);
    }

    /// <summary>The first speaker phrase of a sentence that is not inside a prepositional phrase.</summary>
    private Speaker? SentenceSubject(int first, int before)
    {
        for (int t = first; t < before && t < first + 12; t++)
        {
            if (_segOf[t] >= 0 || _v.IsPunct(t) || Grammar.VerbPrefix.Contains(_v.Lower[t]) || Grammar.IsAdverbLike(_v.Lower[t])) continue;
            // "But if you're asking …": a conjunction opening the sentence is no name, capitalised as it is.
            if (_v.Lower[t] is "but" or "and" or "or" or "so" or "yet" or "nor") continue;
            if (Grammar.Prepositions.Contains(_v.Lower[t]))
            {
                // "In October, Rep. X visited …": an opening adverbial phrase ends at its comma; the subject follows it.
                int comma = t + 1;
                while (comma < before && comma <= t + 6 && _v.Lower[comma] != "," && !_v.IsPunct(comma) && _segOf[comma] < 0 && !LooksFinite(comma)) comma++;
                if (t == first && comma < before && comma <= t + 6 && _v.Lower[comma] == ",") { t = comma; continue; }
                return null;
            }
            // Extend to the end of the phrase: the next word must not continue a name or a noun phrase.
            int end = t;
            if (_v.MentionAt(t) is { } m) end = _v.TokenBefore(m.Span.End);
            else while (end + 1 < before && _v.IsCapitalised(end + 1) && _v.IsCapitalised(t)) end++;
            end = TitledPersonEnd(t, end, before);
            // "Pakistan's Prime Minister, Farid Malik, condemned … and said": a possessor is not the subject; its head is.
            if (end + 2 < before && _v.Lower[end + 1] is "'s" or "'" or "’s" && char.IsLetter(_v.Lower[end + 2][0])) { t = end + 1; continue; }
            var sp = SpeakerEndingAt(end, first);
            if (sp is not null) return NamedApposition(end) ?? sp;
        }
        return null;
    }

    /// <summary>
    /// "Secretary of State Ellen Hartley", "Lagos Governor Tunde Bello": when the phrase <paramref name="start"/>..<paramref name="end"/>
    /// is a title (or a place before one) that runs on, through capitalised words and a linking "of"/"for", into a person's
    /// name, the last token of that name; else <paramref name="end"/>. The title alone ("Secretary") or the place ("Lagos")
    /// is not who speaks. A plain scan over tokens: it calls no speaker rule, so it cannot recurse.
    /// </summary>
    private int TitledPersonEnd(int start, int end, int before)
    {
        if (!_v.IsCapitalised(start) || _v.MentionAt(start) is { Type: EntityType.Person }) return end;
        for (int k = end + 1; k < before && k <= end + 8 && _segOf[k] < 0; k++)
        {
            bool link = _v.Lower[k] is "of" or "for" && k + 1 < before && _v.IsCapitalised(k + 1);
            if (!link && !_v.IsCapitalised(k)) break;
            if (_v.MentionAt(k) is { Type: EntityType.Person } person) return Math.Min(_v.TokenBefore(person.Span.End), before - 1);
        }
        return end;
    }

    /// <summary>A document as subject ("A statement reads:"): the organisation that issued it shortly before.</summary>
    private Speaker? Issuer(Speaker document, int sentenceFirst)
    {
        int s = sentenceFirst > 0 ? _v.SentenceOf[sentenceFirst - 1] : -1;
        for (int back = 0; back < 3 && s >= 0; back++, s--)
        {
            var (first, end) = _v.SentenceTokens[s];
            for (int t = first; t < end; t++)
                if (VerbCue(t) is { Stance: "publish" })
                {
                    var sp = SpeakerLeft(t, first);
                    if (sp is not null && !sp.IsDocument) return sp with { Channel = lex.Channel(_v.Lower, _v.TokenFrom(document.Span.Start))?.Channel };
                }
        }
        return document;
    }

    /// <summary>
    /// Pronoun speakers take the entity coreference gave them when its type fits the pronoun; otherwise the speaker
    /// of the previous quote, the convention news writing follows ("“…,” it added").
    /// </summary>
    private Speaker? ResolvePronoun(Speaker? sp, int position)
    {
        if (sp is null || !sp.IsPronoun) return sp;
        string w = DocView.Normalise(sp.Text);
        bool fits(string? entityId)
        {
            var e = _v.Doc.EntityById(entityId);
            if (e is null) return false;
            if (w == "it") return e.Type != EntityType.Person;
            if (Grammar.PersonPronouns.Contains(w)) return e.Type == EntityType.Person;
            return true;
        }
        var mention = _v.MentionFor(sp.Span);
        // "“…,” Stafford said. “…,” he continued": the last named speaker before the pronoun, even one the entity
        // stage left without an entity, when no other speaker came between; news writing keeps the speaker.
        var last = _drafts.Where(d => d.Speaker is not null && !ReferenceEquals(d.Speaker, sp) && d.Span.Start < position && ParagraphIndex(position) - ParagraphIndex(d.Span.Start) <= 2)
            .MaxBy(d => d.Span.Start);
        bool adjacentNamed = last?.Speaker is { IsPronoun: false, IsDocument: false } && ParagraphIndex(position) - ParagraphIndex(last.Span.Start) <= 1;
        // "“…,” Lin said. Marcos summoned his council. “…,” he wrote": a person named after the last quote, whom
        // coreference gives the pronoun, is the one who speaks now.
        if (adjacentNamed && mention?.EntityId is { } corefId && corefId != last!.Speaker!.EntityId && fits(corefId)
            && _v.NamedWithin(corefId, Math.Max(last.Span.End, last.Speaker.Span.End), sp.Span.Start))
            adjacentNamed = false;
        if (adjacentNamed && Grammar.PersonPronouns.Contains(w) && last!.Speaker!.EntityId is { } lastId && fits(lastId))
            return sp with { EntityId = lastId };
        if (mention?.EntityId is { } id && fits(id) && !(adjacentNamed && last!.Speaker!.EntityId is null && Grammar.PersonPronouns.Contains(w)))
            return sp with { EntityId = id };
        if (last?.Speaker is { IsPronoun: false, EntityId: null, IsDocument: false } named && Grammar.PersonPronouns.Contains(w)
            && _v.IsCapitalised(_v.TokenBefore(named.Span.End)) && named.Text.Split(' ').Length <= 4)
            return sp with { Text = named.Text };
        var prev = _drafts.Where(d => d.Speaker?.EntityId is not null && !ReferenceEquals(d.Speaker, sp) && d.Span.Start < position && ParagraphIndex(position) - ParagraphIndex(d.Span.Start) <= 2)
            .MaxBy(d => d.Span.Start);
        if (prev is not null && (fits(prev.Speaker!.EntityId) || _v.Doc.Entities.IsDefaultOrEmpty))
            return sp with { EntityId = prev.Speaker.EntityId };
        return sp with { EntityId = sp.EntityId ?? mention?.EntityId };
    }

    /// <summary>"sent by chairman Marcelo Claure": the agent of a passive in the sentence, when it names someone.</summary>
    private Speaker? PassiveAgent(int cue, int first, int end)
    {
        // The agent is in a phrase before the cue ("In an email sent by X, staff were told") or right after it ("were told by X");
        // the participle before "by" is regular (-ed), an irregular past ("sent") or a cue's own ("told", "written").
        for (int t = first; t + 1 < end && t <= cue + 3; t++)
            if (_v.Lower[t] == "by" && _segOf[t] < 0 && t > first
                && (_v.Lower[t - 1].EndsWith("ed", StringComparison.Ordinal) || Grammar.IrregularPasts.Contains(_v.Lower[t - 1]) || VerbCue(t - 1) is { Form: CueForm.Past or CueForm.Participle })
                && NounPhraseRight(t + 1, end) is { IsDocument: false } sp && (sp.EntityId is not null || _v.IsCapitalised(_v.TokenBefore(sp.Span.End))))
                return sp;
        return null;
    }

    /// <summary>The subject between "as" and the cue of an as-frame ("As Emily Feng reports").</summary>
    private Speaker? AsFrameSpeaker(int cue, int first)
    {
        int a = first;
        while (a < cue && _v.Lower[a] != "as") a++;
        int j = cue - 1;
        while (j > a && (Grammar.VerbPrefix.Contains(_v.Lower[j]) || Grammar.IsAdverbLike(_v.Lower[j]))) j--;
        // "As we've noted, …": the writer's own earlier words are not a source.
        return j > a && _v.Lower[j] is not ("we" or "i") ? SpeakerEndingAt(j, a + 1) : null;
    }
}
