using Sitrep.Core;

namespace Sitrep.Quotes;

/// <summary>
/// Where a reported clause starts after its cue ("that", a bare clause, an object and an infinitive, a subjunctive
/// clause), or that the cue has no clausal complement.
/// </summary>
internal sealed partial class QuoteFinder
{
    /// <summary>"Noel and Thomas both acknowledged", "the guards all said": a quantifier after its subject, not a determiner of a noun.</summary>
    private bool FloatingQuantifier(int q, int first) =>
        _v.Lower[q] is "both" or "all" or "each" && q - 1 >= first && char.IsLetter(_v.Lower[q - 1][0])
        && !Grammar.Prepositions.Contains(_v.Lower[q - 1]) && !Grammar.Determiners.Contains(_v.Lower[q - 1]) && !lex.IsCueWord(_v.Lower[q - 1]);

    /// <summary>True when "that" follows the cue within a short listener or adverbial phrase ("acknowledged to supervisors that").</summary>
    private bool ThatComplement(int after, int end)
    {
        for (int t = after; t < end && t <= after + 4; t++)
        {
            if (_v.Lower[t] == "that") return t + 1 < end;
            if (_v.IsPunct(t) || _segOf[t] >= 0 || VerbCue(t) is not null || Grammar.FiniteAuxiliaries.Contains(_v.Lower[t])) return false;
        }
        return false;
    }

    /// <summary>True when a noun phrase of 2–8 words from <paramref name="from"/> is followed by a bare verb (tagged VB or VBP) of its own.</summary>
    private bool SubjunctiveClause(int from, int end)
    {
        if (from >= end || !(Grammar.Determiners.Contains(_v.Lower[from]) || _v.IsNounLike(from) || _v.Tokens[from].Upos == "ADJ") || _v.Lower[from] is "it" or "that") return false;
        for (int t = from + 1; t < end && t <= from + 8; t++)
        {
            if (_v.IsPunct(t) || _segOf[t] >= 0 || Grammar.Relatives.Contains(_v.Lower[t]) || _v.Lower[t] is "that" or "to") return false;
            if (_v.IsVerb(t)) return _v.Tokens[t].Xpos is "VB" or "VBP" && _v.Tokens[t].Upos == "VERB" && _v.IsNounLike(t - 1);
        }
        return false;
    }

    /// <summary>
    /// "wrote handbooks for the union and drew the maps", "recognized the need because I had lived it": before any verb of
    /// its own, the phrase after the cue meets a verb coordinated with the cue or a subordinate clause, so it is the
    /// cue's object, not the subject of a reported clause.
    /// </summary>
    private bool ObjectThenOwnVerb(int from, int end)
    {
        for (int t = from + 1; t < end && t < from + 15; t++)
        {
            string w = _v.Lower[t];
            if (_v.IsPunct(t) || _segOf[t] >= 0) return false;
            if (Grammar.FiniteAuxiliaries.Contains(w) || w is "'s" or "\u2019s" or "did" or "does" or "do" || FiniteVerbForm(t)) return false;
            if (w is "because" or "although" or "though" or "whereas" or "unless") return true;
            if (w is "and" or "or" or "but" && t + 1 < end && FiniteVerbForm(t + 1)) return true;
        }
        return false;
    }

    /// <summary>
    /// A finite verb by its form: an irregular past, an -ed word, or one the tagger reads as a past or present tense; not
    /// right after a determiner ("the need").
    /// </summary>
    private bool FiniteVerbForm(int t) =>
        char.IsLower(_v.Tokens[t].Text[0]) && !(t > 0 && Grammar.Determiners.Contains(_v.Lower[t - 1])) && (Grammar.IrregularPasts.Contains(_v.Lower[t]) || _v.Lower[t].Length > 3 && _v.Lower[t].EndsWith("ed", StringComparison.Ordinal)
            || _v.Tagged && _v.Tokens[t].Xpos is "VBD" or "VBZ" or "VBP");

    /// <summary>
    /// "wait times that exceeded two hours": "that" after a lowercase noun and right before a finite verb (an -ed or -s form
    /// the tagger reads as finite, not an auxiliary, which may open the that-clause's own passive or perfect) is a relative pronoun.
    /// </summary>
    private bool RelativeThat(int that, int end) =>
        that + 1 < end && _v.Tagged && _v.Tokens[that - 1].Upos == "NOUN" && char.IsLower(_v.Tokens[that - 1].Text[0])
        && (_v.Tokens[that + 1].Xpos is "VBD" or "VBZ" && _v.Tokens[that + 1].Upos == "VERB"
            // "submitted a proposal that would involve …": a modal right after "that" has no subject of its own either.
            || _v.Lower[that + 1] is "would" or "could" or "will" or "can" or "might" or "should" or "must");

    /// <summary>Where the complement of a reporting verb starts, or -1 when it has no clausal complement.</summary>
    private int ComplementStart(int after, int end, CueReading reading)
    {
        if (after >= end) return -1;
        // deny/admit/acknowledge + gerund: "denied orchestrating the attack".
        if (reading.Stance is "deny" or "accuse" or "assert" && _v.Lower[after].EndsWith("ing", StringComparison.Ordinal) && _v.Lower[after].Length > 4
            && reading.Lemma is "deny" or "admit" or "acknowledge" or "deny" or "recall" or "report" or "concede")
            return after;
        // "admitted to threatening the girl", "confessed to the kidnapping", "complained of poor communications".
        // "confessed to the crime" names no words said (dev leaves it out); "admitted to threatening" reports what was said.
        if (reading.Lemma is "admit" or "confess" && _v.Lower[after] == "to" || reading.Lemma == "complain" && _v.Lower[after] is "of" or "about")
            return after + 1 < end && char.IsLetter(_v.Lower[after + 1][0]) && char.IsLower(_v.Tokens[after + 1].Text[0])
                && (reading.Lemma == "complain" || _v.Lower[after + 1].EndsWith("ing", StringComparison.Ordinal)) ? after + 1 : -1;
        // cue [object] [adverbials] that …
        for (int t = after; t < end && t <= after + (reading.Lemma is "tell" or "assure" or "inform" or "remind" or "warn" ? 12 : 7); t++)
        {
            // "announced the benchmark of that ambition had been met": after a preposition "that" is a determiner; "reported
            // wait times that exceeded two hours": before a finite verb, after a noun, it is a relative pronoun. Neither opens
            // the reported clause.
            if (_v.Lower[t] == "that" && t > after && (Grammar.Prepositions.Contains(_v.Lower[t - 1]) || RelativeThat(t, end))) break;
            if (_v.Lower[t] == "that") return t + 1 < end ? t + 1 : -1;
            // "says there is a possibility that …": a finite verb first means the clause began earlier.
            // "said in May that …": the month is no modal. "noted there's no evidence that …": nor is a contracted "is".
            if (t > after && (Grammar.FiniteAuxiliaries.Contains(_v.Lower[t]) && !(_v.Lower[t] == "may" && _v.IsCapitalised(t))
                || _v.Lower[t] is "'s" or "\u2019s" && _v.Lower[t - 1] is "there" or "it" or "he" or "she" or "that")) break;
            // Another cue verb has its own clause; a base form after a modifier is a noun ("wrote in a blog post that").
            if (_v.Lower[t] is "." or ";" or ":" || _segOf[t] >= 0 || DocView.IsQuoteMark(_v.Lower[t])
                || VerbCue(t) is { } other && !(other.Form == CueForm.Base && t > after && lex.Channel(_v.Lower, t - 1) is not null)) break;
        }
        // "promised to protect Medicaid", "threatened to use live fire": a commitment with its infinitive is what was said.
        if (reading.Lemma is "promise" or "threaten" or "vow" or "pledge" && reading.Form is CueForm.Past or CueForm.ThirdPerson && _v.Lower[after] == "to" && after + 1 < end
            && char.IsLower(_v.Tokens[after + 1].Text[0]) && char.IsLetter(_v.Lower[after + 1][0]) && !Grammar.Determiners.Contains(_v.Lower[after + 1])
            && (!_v.Tagged || _v.Tokens[after + 1].Upos is "VERB" or "AUX")
            // "pleaded guilty to charges he threatened to kill …": inside a claim noun's clause the charge is reported, not the threat.
            && !(after >= 3 && Grammar.Pronouns.Contains(_v.Lower[after - 2]) && NounCue(after - 3) is not null))
            return after;
        // "recommends all individuals above age 6 months get a flu vaccine", "advises the earlier people seek treatment": a
        // recommendation with a subject and a bare verb (a subjunctive clause) is what was urged.
        // "are demanding the council summon him": the progressive reports the same.
        if (reading.Lemma is "recommend" or "advise" or "suggest" or "propose" or "demand" or "insist" && (reading.Form is CueForm.Past or CueForm.ThirdPerson || IsProgressive(after - 1))
            && _v.Tagged && SubjunctiveClause(after, end)) return after;
        // "pleaded guilty" is no plea to anyone: "plead" reports only as "pleaded with X to Y".
        if (reading.Lemma == "plead" && _v.Lower[after] != "with") return -1;
        // "pleaded with the administration to reconsider", "asked for the investigation to be resumed": the listener follows a preposition.
        if (reading.Stance == "urge" && after + 1 < end && (_v.Lower[after] == "with" && reading.Lemma == "plead" || _v.Lower[after] == "for" && reading.Lemma == "ask"))
        {
            for (int t = after + 2; t < end && t <= after + 7; t++)
            {
                if (_v.IsPunct(t) || _segOf[t] >= 0) break;
                if (_v.Lower[t] == "to" && t + 1 < end && !_v.IsCapitalised(t + 1)) return after + 1;
            }
            return -1;
        }
        // accused China of using coercion / urged Vietnam to push back: object and its complement are the content.
        if (reading.Stance is "accuse" or "urge")
        {
            for (int t = after + 1; t < end && t <= after + (reading.Stance == "accuse" ? 8 : 6); t++)
            {
                string w2 = _v.Lower[t];
                // "accused Braun, Borchetta and Big Machine of …": commas inside a list of names are part of the object.
                if (w2 == "," && _v.IsCapitalised(t - 1) && t + 1 < end && _v.IsCapitalised(t + 1)) continue;
                if (_v.IsPunct(t) || _segOf[t] >= 0) break;
                // "of also disallowing": an adverb may stand between the preposition and the gerund.
                int g = t + 1;
                while (g < end && g <= t + 2 && (Grammar.IsAdverbLike(_v.Lower[g]) || _v.Lower[g] is "also" or "not" or "even")) g++;
                if (reading.Stance == "accuse" && w2 is "of" or "for" && g < end && _v.Lower[g].EndsWith("ing", StringComparison.Ordinal)) return after;
                // "accused the utility of overkill", "charged Assange with espionage": the charge may be a plain noun.
                if (reading.Lemma is "accuse" or "charge" && w2 == (reading.Lemma == "accuse" ? "of" : "with") && t + 1 < end && char.IsLower(_v.Tokens[t + 1].Text[0]) && char.IsLetter(_v.Lower[t + 1][0])) return after;
                if (reading.Stance == "urge" && w2 == "to" && t + 1 < end && !_v.IsCapitalised(t + 1)) return after;
            }
        }
        // "told the man to remove the bedding": tell with a listener and an infinitive is a request, reported like "urged X to".
        if (reading.Lemma == "tell" && !Grammar.Prepositions.Contains(_v.Lower[after]) && !_v.IsPunct(after))
            for (int t = after + 1; t < end && t <= after + 4; t++)
            {
                if (_v.IsPunct(t) || _segOf[t] >= 0 || _v.Lower[t] == "that") break;
                if (_v.Lower[t] == "to" && t + 1 < end && char.IsLower(_v.Tokens[t + 1].Text[0]) && char.IsLetter(_v.Lower[t + 1][0])
                    && !Grammar.Determiners.Contains(_v.Lower[t + 1]) && (!_v.Tagged || _v.Tokens[t + 1].Upos is "VERB" or "AUX")) return after;
            }
        // denied the accusation / rejected the claims / ruled out Taliban involvement.
        if (reading.Lemma is "deny" or "refute" or "rebut" or "dispute" or "rule out" or "disavow" or "contradict" && (Grammar.Determiners.Contains(_v.Lower[after]) || _v.IsCapitalised(after)))
            return after;
        // "NASA announced the selection of …", "revealed the news of the miscarriage": what is made public is the report.
        if (ObjectReport(reading) && after + 1 < end && Grammar.Determiners.Contains(_v.Lower[after]) && (char.IsLetterOrDigit(_v.Lower[after + 1][0]) || char.IsSymbol(_v.Lower[after + 1][0])))
            return after;
        // "the helicopter, which it said crashed in Logar": the relative pronoun is the reported clause's subject, so its
        // verb follows the cue directly.
        if (reading.Stance == "assert" && reading.Rest.Length == 0 && after >= 3 && _v.Lower[after - 3] is "which" or "who"
            && (_v.Lower[after - 2] is "he" or "she" or "it" or "they" or "we" or "police" or "officials" || _v.IsCapitalised(after - 2) && char.IsLetter(_v.Lower[after - 2][0]))
            && (_v.Lower[after].Length > 3 && _v.Lower[after].EndsWith("ed", StringComparison.Ordinal) || Grammar.IrregularPasts.Contains(_v.Lower[after])
                || _v.Lower[after] is "was" or "were" or "is" or "are" or "had" or "has" or "would" or "could" or "will"))
            return after;
        // "vehicles … that industry analysts say will boost sales", "an amendment that the agency says is essential": a
        // relative pronoun with a subject phrase of its own before the cue; the relative is the reported clause's subject.
        if (reading.Stance == "assert" && reading.Rest.Length == 0 && RelativeWithSubjectBefore(after - 1)
            && (Grammar.IrregularPasts.Contains(_v.Lower[after]) || _v.Lower[after] is "was" or "were" or "is" or "are" or "had" or "has" or "would" or "could" or "will" or "can" or "may" or "might"))
            return after;
        // say + bare clause: "said the deal was off", "says transit officers boarded the train".
        int c = after;
        if (reading.Lemma == "tell" && c < end && (_v.Lower[c] is "me" or "him" or "her" or "us" or "them" or "reporters" or "journalists" || _v.IsCapitalised(c)))
        {
            c++;
            while (c < end && _v.IsCapitalised(c)) c++;
        }
        // "told police he supported", "told the court she had": a listener noun phrase before the clause.
        else if (reading.Lemma == "tell" && c < end)
        {
            int k = c;
            if (Grammar.Determiners.Contains(_v.Lower[k])) k++;
            for (int n = 0; n < 3 && k < end; n++, k++)
                if (Grammar.SpeakerNouns.Contains(_v.Lower[k]) || _v.Lower[k] is "police" or "doctors" or "investigators" or "detectives" or "jurors" or "court" or "judge" or "congress" or "parliament")
                {
                    c = k + 1;
                    break;
                }
        }
        if ((reading.Stance is "assert" or "warn" or "threaten" || reading.Lemma is "allege" or "claim" or "contend") && c < end && reading.Lemma is not ("explain" or "show" or "describe" or "continue" or "tell" or "rule" or "decide" or "find") || reading.Lemma == "tell" && c > after)
        {
            string w = _v.Lower[c];
            // "noted if and how often respondents used …", "shows the states where …": an embedded question is not a report of
            // words; after "said" it can be a subject clause ("said whether Trump will agree depends on …").
            bool clauseLike = char.IsLetterOrDigit(w[0]) && !Grammar.Prepositions.Contains(w) && !(reading.Lemma != "say" && w is "if" or "whether" or "where" or "how" or "why" or "what" or "when") && w is not ("so" or "nothing" or "something" or "yes" or "no" or "it" or "goodbye" or "hello" or "sorry" or "little" or "much" or "more" or "again")
                || w == "it" && c + 1 < end && (_v.Lower[c + 1] is "is" or "was" or "will" or "would" or "had" or "has" or "could" or "'s" or "still" or "also" or "now" or "never" || Grammar.IsAdverbLike(_v.Lower[c + 1])
                    // "said it depends on the cost": a present-tense verb after "it".
                    || _v.Lower[c + 1].Length > 4 && _v.Lower[c + 1].EndsWith("s", StringComparison.Ordinal) && !_v.Lower[c + 1].EndsWith("ss", StringComparison.Ordinal) && char.IsLetter(_v.Lower[c + 1][0])
                    // "said it submitted a proposal": a past tense after "it" (tagged so, not a participle).
                    || _v.Tagged && _v.Tokens[c + 1].Xpos == "VBD")
                // "said more than 15,000 people registered", "reported at least 5,000 people entered": a quantified subject.
                || w == "more" && c + 1 < end && _v.Lower[c + 1] == "than"
                // "told lawmakers no evidence supports …": "no" before a noun opens a clause; "said no to …" does not.
                || w == "no" && c + 2 < end && char.IsLetter(_v.Lower[c + 1][0]) && char.IsLower(_v.Tokens[c + 1].Text[0]) && !Grammar.Prepositions.Contains(_v.Lower[c + 1]) && _v.Lower[c + 1] is not ("longer" or "more" or "less" or "one" or "comment") && VerbBeforeBreak(c + 1, end)
                || w == "at" && c + 1 < end && _v.Lower[c + 1] is "least" or "most";
            if (Grammar.FiniteAuxiliaries.Contains(w) || w is "been" or "be" or "do" or "does" or "did" || w.EndsWith("ed", StringComparison.Ordinal))
                clauseLike = false;
            // "adds a contextual dimension by helping …, false alarms", "maintains its own monitor and reported": after a verb
            // that also takes a plain object, a noun phrase is that object unless its verb comes before a comma or "and".
            if (clauseLike && !_v.IsPunct(c) && ClauseHasVerb(c, end) && !ObjectThenOwnVerb(c, end)
                && (reading.Lemma is "say" or "tell" or "claim" or "allege" or "report" or "state" or "write" or "insist" or "argue" or "warn" || c > after || !Grammar.Determiners.Contains(w) || VerbBeforeBreak(c + 1, end)))
                return c;
        }
        return -1;
    }
}
