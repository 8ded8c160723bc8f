using Sitrep.Core;

namespace Sitrep.Quotes;

/// <summary>
/// Reading a token as a reporting cue: verb forms that the tags allow, nouns, passives and progressives,
/// "quoted as saying", verbs that make a reporting noun an act ("voiced concerns") and infinitives under a verb that
/// entails the act ("tried to suggest that …").
/// </summary>
internal sealed partial class QuoteFinder
{
    private CueReading? VerbCue(int t)
    {
        CueReading? best = null;
        // "United States", "Shows" in a headline-cased name: a capitalised word inside a sentence is not a verb.
        if (_v.IsCapitalised(t) && !_v.IsSentenceStart(t) && !(t > 0 && DocView.IsQuoteMark(_v.Lower[t - 1]))) return null;
        // "That being said, …", "Having said that, …": a linking phrase, not a report.
        if (t > 0 && _v.Lower[t - 1] is "being" or "having" && t + 1 < _v.Tokens.Length && (_v.Lower[t + 1] == "," || _v.Lower[t + 1] == "that" && t + 2 < _v.Tokens.Length && _v.Lower[t + 2] == ",")) return null;
        if (CounterfactualPerfect(t) || ParticipleAsAdjective(t)) return null;
        foreach (var r in lex.Readings(_v.Lower, t))
        {
            if (r.IsNoun) continue;
            // ", warning that …": a cue's gerund between a comma and "that" reports speech even where the tagger read a noun.
            if (_v.Tagged && !_v.IsVerb(t) && !(r.Form == CueForm.Gerund && t > 0 && _v.Lower[t - 1] == "," && t + 1 < _v.Tokens.Length && _v.Lower[t + 1] == "that")
                // "…,” comments Robin Biesbroek": a finite cue form right after a closing quote and its comma is the frame's verb whatever the tag.
                && !(r.Form is CueForm.ThirdPerson or CueForm.Past or CueForm.Participle && t >= 2 && DocView.IsQuoteMark(_v.Lower[t - 1]) && _v.Lower[t - 2] is "," or "!" or "?")
                // "As he related, “…”": a past cue form right after a subject pronoun is its verb, though tagged an adjective.
                && !(r.Form is CueForm.Past or CueForm.Participle && t >= 1 && _v.Lower[t - 1] is "he" or "she" or "they" or "we" or "i")
                // "Volkswagen estimates that …", "…, a new study reports.": an -s form between its subject and "that" or the
                // sentence's end is the verb, though the tagger read a plural noun.
                && !(r.Form == CueForm.ThirdPerson && t >= 1 && t + 1 < _v.Tokens.Length && (_v.Lower[t + 1] == "that" || _v.Lower[t + 1] == "." && _v.SentenceOf[t + 1] == _v.SentenceOf[t])
                    && (_v.MentionAt(t - 1) is not null || _v.IsCapitalised(t - 1) && !_v.IsSentenceStart(t - 1) || Grammar.SpeakerNouns.Contains(_v.Lower[t - 1])))
                // "As Emily Feng reports for NPR, the first cases …": a finite form closing an as-frame that opens its sentence is
                // the frame's verb, though the tagger read the -s form as a plural noun.
                && !(r.Form is CueForm.ThirdPerson or CueForm.Past && AsFrameComma(t, t + 1 + r.Rest.Length, _v.SentenceRange(t).First, _v.SentenceRange(t).End) is not null)) return null;
            // A determiner or preposition before the word makes it a noun ("the report", "a call").
            if (t > 0 && (Grammar.Determiners.Contains(_v.Lower[t - 1]) && _v.Lower[t - 1] != "that" && !FloatingQuantifier(t - 1, _v.SentenceRange(t).First) || r.Form != CueForm.Gerund && Grammar.Prepositions.Contains(_v.Lower[t - 1]) && _v.Lower[t - 1] is not ("to" or "as" or "since"))) continue;
            if (best is null || r.Rest.Length > best.Rest.Length) best = r;
        }
        return best;
    }

    /// <summary>
    /// "I would have said …", "she could've told them": a modal with a perfect names what was not said (or only might
    /// have been), no report.
    /// </summary>
    private bool CounterfactualPerfect(int t)
    {
        int k = t - 1;
        while (k > 0 && (Grammar.IsAdverbLike(_v.Lower[k]) || _v.Lower[k] is "never" or "not" or "n't" or "even" or "also")) k--;
        if (k < 1 || _v.Lower[k] is not ("have" or "'ve")) return false;
        k--;
        while (k > 0 && (Grammar.IsAdverbLike(_v.Lower[k]) || _v.Lower[k] is "never" or "not" or "n't" or "even" or "also")) k--;
        return k >= 0 && _v.Lower[k] is "would" or "could" or "might" or "should" or "must" or "wo" or "ca" or "'d";
    }

    /// <summary>
    /// "self-assured", "feel intimidated", "won't feel as intimidated": a participle glued to a hyphenated prefix or after a
    /// verb of seeming (and a degree word) is an adjective describing a state, not a verb of saying.
    /// </summary>
    private bool ParticipleAsAdjective(int t)
    {
        string w = _v.Lower[t];
        if (!(w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("en", StringComparison.Ordinal))) return false;
        if (t > 1 && _v.Lower[t - 1] == "-" && _v.Tokens[t - 1].Span.End == _v.Tokens[t].Span.Start && char.IsLetter(_v.Lower[t - 2][^1])) return true;
        int k = t - 1;
        while (k > 0 && k >= t - 3 && (Grammar.IsAdverbLike(_v.Lower[k]) || _v.Lower[k] is "as" or "so" or "too" or "very" or "more" or "less" or "quite" or "rather" or "a" or "bit" or "little")) k--;
        return k >= 0 && _v.Lower[k] is "feel" or "feels" or "felt" or "feeling" or "seem" or "seems" or "seemed" or "seeming" or "look" or "looks" or "looked" or "looking"
            or "become" or "becomes" or "became" or "becoming" or "appear" or "appears" or "appeared" or "remain" or "remains" or "remained";
    }

    /// <summary>A past or third-person verb form: a cue verb, -ed, an irregular past; when tagged, only among words tagged as verbs.</summary>
    /// <remarks>Tags only veto: a VERB tag alone also admits participles and infinitives, whose subjects are not the sentence's.</remarks>
    private bool LooksFinite(int t)
    {
        if (_v.Tagged && !_v.IsVerb(t)) return false;
        string w = _v.Lower[t];
        if (!char.IsLower(_v.Tokens[t].Text[0])) return false;
        if (VerbCue(t) is { Form: CueForm.Past or CueForm.ThirdPerson }) return true;
        return w.Length > 3 && w.EndsWith("ed", StringComparison.Ordinal) && t > 0 && !Grammar.Determiners.Contains(_v.Lower[t - 1]) || Grammar.IrregularPasts.Contains(w);
    }

    /// <summary>
    /// "tried to suggest that …", "led the manufacturer to announce it would …": an infinitive cue under a verb that entails
    /// the act took place reports speech like a finite verb; "declined to say", "plans to announce" do not.
    /// </summary>
    private bool ImplicativeInfinitive(int t, int first)
    {
        if (t - 2 < first || _v.Lower[t - 1] != "to") return false;
        if (_v.Lower[t - 2] is "tried" or "tries" or "sought" or "seeks" or "seemed" or "seems" or "appeared" or "appears" or "continued" or "continues" or "moved" or "moves" or "rushed" or "hastened")
            return true;
        // "went on to say".
        if (_v.Lower[t - 2] == "on" && t - 3 >= first && _v.Lower[t - 3] is "went" or "goes" or "go") return true;
        // "led the French manufacturer to announce": a causative verb and its object.
        for (int k = t - 3; k >= first && k >= t - 8; k--)
        {
            if (_v.IsPunct(k) || _segOf[k] >= 0) return false;
            if (_v.Lower[k] is "led" or "leads" or "prompted" or "prompts" or "forced" or "forces" or "caused" or "causes" or "pushed" or "pushes") return k < t - 2;
        }
        return false;
    }

    /// <summary>The verb that turns the reporting noun at <paramref name="noun"/> into an act ("voiced concerns", "issued a stern warning").</summary>
    private int? SupportVerb(int noun, int first)
    {
        for (int k = noun - 1; k >= first && k >= noun - 4; k--)
        {
            string w = _v.Lower[k];
            if (w is "voiced" or "voices" or "expressed" or "expresses" or "raised" or "raises" or "issued" or "issues" or "repeated" or "reiterated" or "renewed" or "made" or "makes")
                return _v.IsCapitalised(k) ? null : k;
            if (_v.IsPunct(k) || _segOf[k] >= 0 || !char.IsLower(_v.Tokens[k].Text[0]) || Grammar.Prepositions.Contains(w) || w is "and" or "or" or "but") return null;
        }
        return null;
    }

    /// <summary>"is quoted as saying", "was cited as saying": the passive reading of the verb two words back.</summary>
    private CueReading? QuotedAsSaying(int t) =>
        t >= 2 && _v.Lower[t] == "saying" && _v.Lower[t - 1] == "as" && VerbCue(t - 2) is { Form: CueForm.Past or CueForm.Participle } r ? r : null;

    /// <summary>"are urging the PUC to", "is warning that": a progressive form reports like a finite verb.</summary>
    private bool IsProgressive(int t)
    {
        int k = t - 1;
        while (k >= 0 && (Grammar.IsAdverbLike(_v.Lower[k]) || _v.Lower[k] is "also" or "now" or "still" or "not")) k--;
        return k >= 0 && _v.Lower[k] is "is" or "are" or "was" or "were" or "'re" or "'s" or "been";
    }

    private bool IsPassive(int t, int first)
    {
        // "are urging", "is warning": be + -ing is progressive, not passive.
        if (_v.Lower[t].EndsWith("ing", StringComparison.Ordinal)) return false;
        int p = t - 1;
        while (p >= first && (Grammar.IsAdverbLike(_v.Lower[p]) || _v.Lower[p] is "not" or "n't" or "also" or "widely" or "previously")) p--;
        return p >= first && _v.Lower[p] is "be" or "been" or "being" or "is" or "was" or "were" or "are" or "'re" or "get" or "got";
    }

    /// <summary>A cue word that can only be read as an inflected verb here ("said", "told"), not a noun such as "news".</summary>
    private bool IsVerbForm(string lower) => lex.IsCueWord(lower) && lex.Readings([lower], 0).Any(r => !r.IsNoun && r.Rest.Length == 0) && !lex.Readings([lower], 0).Any(r => r.IsNoun);

    private CueReading? NounCue(int t)
    {
        if (_v.Tagged && !(_v.Tokens[t].Upos is "NOUN" or "PROPN")) return null;
        foreach (var r in lex.Readings(_v.Lower, t))
            if (r.IsNoun) return r;
        return null;
    }

    /// <summary>"…, publicly threatening them with tariffs and suggesting he might …": a participle joined by "and" to one that follows a comma.</summary>
    private bool CoordinatedParticiple(int t)
    {
        if (t < 3 || _v.Lower[t - 1] != "and") return false;
        int first = _v.SentenceRange(t).First;
        for (int k = t - 2; k > first && k >= t - 10; k--)
        {
            if (_v.IsPunct(k) || _segOf[k] >= 0) return false;
            if (_v.Lower[k].Length > 4 && _v.Lower[k].EndsWith("ing", StringComparison.Ordinal) && char.IsLower(_v.Tokens[k].Text[0]) && PrecededByComma(k)) return true;
        }
        return false;
    }
}
