using Sitrep.Core;

namespace Sitrep.Quotes;

/// <summary>
/// How far a speaker phrase reaches: a noun phrase ending at a token or starting at one, with its possessor,
/// post-modifier ("of the union"), apposition ("Sen. Ben Sasse, R-Neb.,") and company suffix.
/// </summary>
internal sealed partial class QuoteFinder
{
    /// <summary>The possessor of noun <paramref name="noun"/> ("Cooke's [earlier] testimony"), a speaker that is no document, or null.</summary>
    private Speaker? PossessorOf(int noun, int lowerBound)
    {
        int p = noun - 1;
        if (p > lowerBound && char.IsLower(_v.Tokens[p].Text[0]) && char.IsLetter(_v.Lower[p][0]) && _v.Lower[p] is not ("'s" or "\u2019s")) p--;
        if (p - 1 < lowerBound || _v.Lower[p] is not ("'s" or "\u2019s" or "'" or "\u2019")) return null;
        return SpeakerEndingAt(p - 1, lowerBound) is { IsDocument: false } owner ? owner : null;
    }

    /// <summary>"Experts on jail suicide told", "people familiar with Chinese trade policy said": a speaker noun before a short prepositional phrase.</summary>
    private Speaker? PostModifiedHead(int j, int lowerBound)
    {
        for (int k = j - 1; k > lowerBound && k >= j - 4; k--)
        {
            string w = _v.Lower[k];
            if (_v.IsPunct(k) || _segOf[k] >= 0 || lex.IsCueWord(w) && !Grammar.Prepositions.Contains(w)) return null;
            if (w is not ("of" or "on" or "with" or "from" or "at" or "in" or "for")) continue;
            int h = k - 1;
            if (h > lowerBound && (_v.Lower[h] is "familiar" or "close" or "knowledgeable" || _v.Lower[h].EndsWith("ed", StringComparison.Ordinal) && char.IsLower(_v.Tokens[h].Text[0]))) h--;
            if (!Grammar.SpeakerNouns.Contains(_v.Lower[h])) return null;
            return SpeakerEndingAt(h, lowerBound);
        }
        return null;
    }

    /// <summary>
    /// "Joel Schlabach, a teacher at Richmond High School, said" / "X, who has long opposed the plan, said":
    /// the phrase before the bracketed comma stretch speaks when the stretch describes it.
    /// </summary>
    private Speaker? Apposition(int comma, int lowerBound)
    {
        for (int k = comma - 1; k > lowerBound && k >= comma - 30; k--)
        {
            if (_segOf[k] >= 0 || DocView.IsQuoteMark(_v.Lower[k]) || _v.Lower[k] is ";" or ":") return null;
            if (_v.Lower[k] != ",") continue;
            string first = _v.Lower[k + 1];
            // "a scientist at NASA's Goddard center in Greenbelt, Maryland, and American University in Washington, D.C., said":
            // a list inside the description (", and …") and a "City, State" pair are commas within it; look further left.
            if (first is "and" or "or" || k - 1 > lowerBound && _v.IsCapitalised(k - 1) && _v.IsCapitalised(k + 1) && k + 2 <= comma && _v.Lower[k + 2] == ",") continue;
            // "Senior Vice President of Sales for Dräger, Inc.,": a company suffix between commas ends the name before it.
            if (k + 1 < comma && CompanySuffix(k + 1) && (k + 2 == comma || k + 3 == comma && _v.Lower[k + 2] == ".")) continue;
            bool descriptive = Grammar.Relatives.Contains(first) || Grammar.Determiners.Contains(first) || !_v.IsCapitalised(k + 1) && char.IsLetter(first[0])
                // "Pankaj Pandey, Head of Research at ICICI Securities, pointed out": a capitalised title after a name.
                || Grammar.SpeakerNouns.Contains(first) && k + 2 < comma && _v.Lower[k + 2] is "of" or "at" && _v.IsCapitalised(k - 1)
                // "Sen. Ben Sasse, R-Neb.,": a party-and-state tag; "Rob Goldman, President Ascom North America,", "Steve Menet, Senior
                // Vice President of Sales …,": a capitalised title of up to three words after a name.
                || PartyTag(k + 1, comma) && _v.IsCapitalised(k - 1)
                || _v.IsCapitalised(k - 1) && _v.IsCapitalised(k + 1) && Enumerable.Range(k + 1, Math.Min(3, comma - k - 1)).TakeWhile(x => _v.IsCapitalised(x)).Any(x => Grammar.SpeakerNouns.Contains(_v.Lower[x]))
                // "Carlineo's attorney", "Iran's foreign minister": a possessive description.
                || Enumerable.Range(k + 1, Math.Max(0, comma - k - 2)).Any(x => _v.Lower[x] is "'s" or "'" && (char.IsLower(_v.Tokens[comma - 1].Text[0]) || x + 1 < comma && char.IsLower(_v.Tokens[x + 1].Text[0])));
            if (!descriptive) return null;
            var head = SpeakerEndingAt(k - 1, lowerBound);
            if (head is not { IsDocument: false }) return null;
            // "Jeff Sanborn, president of Chapter & Verse, a Spokane agency, said": the name was itself inside a description.
            int hs = _v.TokenFrom(head.Span.Start);
            while (hs - 1 > lowerBound && (_v.Lower[hs - 1] is "&" or "and" or "of" || _v.IsCapitalised(hs - 1))) hs--;
            for (int c = hs - 1; c > lowerBound && c >= hs - 6; c--)
            {
                if (_v.Lower[c] == ",")
                {
                    if (c + 1 < hs && char.IsLower(_v.Tokens[c + 1].Text[0]) && Grammar.SpeakerNouns.Contains(_v.Lower[c + 1]) && c - 1 >= lowerBound && SpeakerEndingAt(c - 1, lowerBound) is { IsDocument: false } outer) return outer;
                    break;
                }
                if (_v.IsPunct(c) || _segOf[c] >= 0) break;
            }
            return head;
        }
        return null;
    }

    /// <summary>"R-Neb.", "D-Calif.", "I-Vt.": a party letter, a hyphen and a state abbreviation filling the stretch up to <paramref name="end"/>.</summary>
    private bool PartyTag(int t, int end)
    {
        if (t + 2 >= end || end - t > 6 || _v.Lower[t] is not ("r" or "d" or "i") || !_v.IsCapitalised(t) || _v.Lower[t + 1] != "-" || !_v.IsCapitalised(t + 2)) return false;
        for (int k = t + 3; k < end; k++)
            if (!(_v.Lower[k] == "." || _v.IsCapitalised(k) && _v.Lower[k].Length <= 5)) return false;
        return true;
    }

    /// <summary>"Inc.", "Ltd", "Corp.", "LLC": a company-form suffix.</summary>
    private bool CompanySuffix(int t) => _v.Lower[t].TrimEnd('.') is "inc" or "ltd" or "llc" or "corp" or "co" or "plc" or "ag" or "gmbh" or "sa" or "nv" or "lp" or "llp";

    /// <summary>"Pakistan's Prime Minister, Farid Malik,": the named entity in apposition to a subject, or null.</summary>
    private Speaker? NamedApposition(int subject)
    {
        var (first, end) = _v.SentenceRange(subject);
        int last = -1;
        for (int t = subject + 1; t < end && t <= subject + 8 && last < 0; t++)
            if (_v.Tokens[t].Head == subject && _v.Tokens[t].DepRel == "appos") last = t;
        // The parse may hang the name elsewhere; a mention framed by commas right after the subject is the same apposition.
        if (last < 0 && subject + 2 < end && _v.Lower[subject + 1] == "," && _v.MentionAt(subject + 2) is { } m
            && _v.TokenBefore(m.Span.End) is var mEnd && mEnd + 1 < end && _v.Lower[mEnd + 1] == ",")
            last = mEnd;
        // Only a person in apposition to a description ("Rep. David McKinley, R-W.Va.," keeps the person).
        if (last < 0 || _v.MentionAt(last) is not { Type: EntityType.Person } || _v.MentionAt(subject) is { Type: EntityType.Person }) return null;
        return SpeakerEndingAt(last, first, fromTree: true) is { EntityId: not null, IsPronoun: false } named ? named : null;
    }

    /// <summary>A speaker phrase whose head is token <paramref name="j"/>: a mention, a pronoun, a name or a speaker noun.</summary>
    private Speaker? SpeakerEndingAt(int j, int lowerBound, bool fromTree = false)
    {
        string w = _v.Lower[j];
        // "nothing indicated that …": a negative quantifier names no source.
        if (w is "what" or "which" or "how" or "why" or "when" or "where" or "there" or "this" or "that" or "here" or "nothing" or "nobody" or "none") return null;
        // "in early trading Tuesday after CNBC reported": a day or month dates the sentence; it never speaks ("May" may be a name).
        if (Grammar.IsTimeWord(w) && w != "may" && _v.MentionAt(j) is null) return null;
        if (_v.MentionAt(j) is { } m)
            return new Speaker(m.Span, m.Text, m.EntityId, m.Kind == MentionKind.Pronoun, false);
        if (Grammar.Pronouns.Contains(w) && w != "who")
            return new Speaker(_v.Tokens[j].Span, _v.Tokens[j].Text, null, true, false);
        // "Many have voiced concerns", "Others argue": a quantifier standing alone as the subject of its clause.
        if (w is "many" or "some" or "others" or "several" or "most" && (j == lowerBound || _v.IsSentenceStart(j) || _v.Lower[j - 1] is "," or "but" or "and" or "while" or "though"))
            return new Speaker(_v.Tokens[j].Span, _v.Tokens[j].Text, null, false, false);
        bool isDocument = NounCue(j) is not null && !Grammar.SpeakerNouns.Contains(w) || w is "statement" or "statements" or "alert" or "letter" or "memo" or "filing" or "website";
        // "the U.S. Attorney's Office": a capitalised head inside a sentence is a name; the name rule below reads it.
        bool capitalisedHead = _v.IsCapitalised(j) && !_v.IsSentenceStart(j) && j > lowerBound && (_v.IsCapitalised(j - 1) || _v.Lower[j - 1] is "'s");
        if (!capitalisedHead && (isDocument || Grammar.SpeakerNouns.Contains(w) || (fromTree && _v.IsNounLike(j))))
        {
            int start = j;
            while (start - 1 >= lowerBound)
            {
                string p = _v.Lower[start - 1];
                if (Grammar.Determiners.Contains(p)) { start--; break; }
                // "China's health chiefs": a possessive name belongs to the phrase.
                if (p is "'s" or "'" && start - 2 >= lowerBound && (_v.IsCapitalised(start - 2) || _v.MentionAt(start - 2) is not null)) { start -= 2; continue; }
                if (_v.IsPunct(start - 1) || Grammar.Prepositions.Contains(p) || Grammar.VerbPrefix.Contains(p) || Grammar.Relatives.Contains(p) || p is "and" or "or" || IsVerbForm(p) && !_v.IsCapitalised(start - 1)) break;
                if (_v.Tagged && !(_v.Tokens[start - 1].Upos is "ADJ" or "NOUN" or "PROPN" or "NUM" or "PART")) break;
                start--;
            }
            var span = new TextSpan(_v.Tokens[start].Span.Start, _v.Tokens[j].Span.End);
            var mention = _v.MentionFor(span);
            return new Speaker(span, span.Of(_v.Text), mention?.EntityId, false, isDocument);
        }
        // "Health bosses said", "Israeli settlers, who …, said": a short plural noun phrase opening the sentence.
        if (!_v.Tagged && j - lowerBound <= 3 && w.Length > 3 && w[^1] == 's' && !w.EndsWith("ss", StringComparison.Ordinal) && char.IsLower(_v.Tokens[j].Text[0]) && !lex.IsCueWord(w)
            && Enumerable.Range(lowerBound, j - lowerBound + 1).All(k => _v.Lower[k].All(char.IsLetter) && !Grammar.Prepositions.Contains(_v.Lower[k]) && !Grammar.VerbPrefix.Contains(_v.Lower[k])
                && !Grammar.Pronouns.Contains(_v.Lower[k]) && _v.Lower[k] is not ("and" or "or" or "but" or "if" or "when" or "as" or "so" or "that" or "this" or "there")))
        {
            var span = new TextSpan(_v.Tokens[lowerBound].Span.Start, _v.Tokens[j].Span.End);
            return new Speaker(span, span.Of(_v.Text), _v.MentionFor(span)?.EntityId, false, false);
        }
        // "a week", "this month": time phrases before a verb are adverbials, not speakers.
        if (w is "week" or "weeks" or "month" or "months" or "year" or "years" or "day" or "days" or "time" or "times" or "morning" or "evening" or "night" or "weekend" or "hour" or "hours" or "ago") return null;
        // "The suspect said": a determiner within three words makes the word before the verb a noun phrase head.
        bool afterDeterminer = j - 1 >= lowerBound && Grammar.Determiners.Contains(_v.Lower[j - 1]) && _v.Lower[j - 1] != "that";
        // When tagged, the head must be tagged a noun ("the patient said"); no other rule reads such a head from the tags.
        if ((!_v.Tagged || _v.Tokens[j].Upos is "NOUN" or "PROPN") && char.IsLower(_v.Tokens[j].Text[0]) && w.All(c => char.IsLetter(c) || c == '-') && (afterDeterminer || !lex.IsCueWord(w))
            && !Grammar.Prepositions.Contains(w) && !Grammar.Determiners.Contains(w) && w is not ("and" or "or" or "but" or "nor"))
        {
            for (int k = j - 1; k >= lowerBound && k >= j - 3; k--)
            {
                string p = _v.Lower[k];
                if (Grammar.Determiners.Contains(p) && p != "that")
                {
                    var span = new TextSpan(_v.Tokens[k].Span.Start, _v.Tokens[j].Span.End);
                    return new Speaker(span, span.Of(_v.Text), _v.MentionFor(span)?.EntityId, false, false);
                }
                if (!p.All(char.IsLetter) || Grammar.Prepositions.Contains(p) || Grammar.VerbPrefix.Contains(p) || lex.IsCueWord(p)) break;
            }
        }
        if (_v.IsCapitalised(j) && char.IsLetter(w[0]) && !(j == lowerBound && Grammar.Determiners.Contains(w)))
        {
            int start = j;
            while (start - 1 >= lowerBound && (_v.IsCapitalised(start - 1) || _v.Lower[start - 1] is "'s" or "of" or "-") && _segOf[start - 1] < 0) start--;
            while (start < j && !_v.IsCapitalised(start)) start++;
            var span = new TextSpan(_v.Tokens[start].Span.Start, _v.Tokens[j].Span.End);
            return new Speaker(span, span.Of(_v.Text), _v.MentionFor(span)?.EntityId, false, false);
        }
        return null;
    }

    /// <summary>A speaker phrase starting at token <paramref name="k"/> ("said Smith", "according to the ministry").</summary>
    private Speaker? NounPhraseRight(int k, int end)
    {
        int j = k;
        while (j < end && Grammar.Determiners.Contains(_v.Lower[j])) j++;
        // "wrote 43-year-old Martin Taylor": an age before the name is part of the phrase, not its end.
        int age = j;
        while (age < end && age < j + 6 && (char.IsDigit(_v.Lower[age][0]) || _v.Lower[age] is "-" or "year" or "old" || _v.Lower[age].EndsWith("-old", StringComparison.Ordinal))) age++;
        if (age > j && age < end && age < j + 6 && _v.Lower[age - 1].EndsWith("old", StringComparison.Ordinal) && _v.IsCapitalised(age)) j = age;
        if (j >= end) return null;
        if (_v.MentionAt(j) is { } m)
        {
            int after = _v.TokenFrom(m.Span.End);
            // "responded NASA administrator Jim Bridenstine": an organisation naming the title of the person after it.
            if (after + 1 < end && char.IsLower(_v.Tokens[after].Text[0]) && Grammar.SpeakerNouns.Contains(_v.Lower[after]) && _v.IsCapitalised(after + 1)
                && NounPhraseRight(after + 1, end) is { IsDocument: false, IsPronoun: false } titled) return titled;
            // "said The We Company's recently named executive chair Marcelo Claure": the possessor is not the speaker.
            if (after + 1 < end && _v.Lower[after] is "'s" && NounPhraseRight(after + 1, end) is { } owned && !owned.IsDocument) return owned;
            return new Speaker(m.Span, m.Text, m.EntityId, m.Kind == MentionKind.Pronoun, false);
        }
        if (Grammar.Pronouns.Contains(_v.Lower[j]) && _v.Lower[j] != "who")
            return new Speaker(_v.Tokens[j].Span, _v.Tokens[j].Text, null, true, false);
        int last = -1;
        for (int t = j; t < end && t < j + 8; t++)
        {
            // "the state-run Xinhua News Agency": a hyphen inside a compound modifier does not end the phrase.
            if (_v.Lower[t] is "-" && t > j && t + 1 < end && char.IsLetter(_v.Lower[t - 1][^1]) && char.IsLetter(_v.Lower[t + 1][0])
                && _v.Tokens[t].Span.Start == _v.Tokens[t - 1].Span.End && _v.Tokens[t + 1].Span.Start == _v.Tokens[t].Span.End) continue;
            if (_v.IsPunct(t) || Grammar.Prepositions.Contains(_v.Lower[t]) && !(_v.Lower[t] == "of" && last >= 0)) break;
            if (_v.IsCapitalised(t) || Grammar.SpeakerNouns.Contains(_v.Lower[t])) last = t;
            // "study co-author Anezina Solomonidou", "Monica de Bolle": a lowercase word inside a title or name.
            else if (last >= 0 && !(t + 1 < end && _v.IsCapitalised(t + 1) && char.IsLetter(_v.Lower[t][0]) && !lex.IsCueWord(_v.Lower[t]))) break;
        }
        if (last < 0) return null;
        var span = new TextSpan(_v.Tokens[k].Span.Start, _v.Tokens[last].Span.End);
        bool doc = NounCue(last) is not null && !Grammar.SpeakerNouns.Contains(_v.Lower[last]);
        // "said a report from Kotak Institutional Equities", "according to a new report by E! News": the document's author speaks.
        bool document = doc || _v.Lower[last] is "report" or "reports" or "study" or "studies" or "survey" or "poll" or "statement" or "analysis" or "paper" or "note" or "research";
        if (document && last + 2 < end && _v.Lower[last + 1] is "from" or "by" or "in" && _segOf[last + 1] < 0
            && NounPhraseRight(last + 2, end) is { IsDocument: false, IsPronoun: false } author && (author.EntityId is not null || _v.IsCapitalised(_v.TokenBefore(author.Span.End))))
            return author with { Channel = lex.Channel(_v.Lower, last)?.Channel };
        return new Speaker(span, span.Of(_v.Text), _v.MentionFor(span)?.EntityId, false, doc);
    }
}
