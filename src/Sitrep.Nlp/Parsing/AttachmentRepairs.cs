using System.Collections.Frozen;
using Sitrep.Core;

namespace Sitrep.Nlp.Parsing;

/// <summary>
/// Repairs of attachments the transition parser gets wrong in news sentences in a way no reading allows. Each repair is
/// a rule about what a word can govern, applied to the parser's output for one sentence (heads 0-based within it, -1
/// for the root).
/// </summary>
internal static class AttachmentRepairs
{
    /// <summary>Day and month names: they head no prepositional phrase naming a party.</summary>
    private static readonly FrozenSet<string> DateNouns =
        CalendarWords.DaysAndMonths.Concat(["today", "yesterday", "tonight"]).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Units of time: counted ("for two hours"), they head no party's phrase either.</summary>
    private static readonly FrozenSet<string> DurationNouns = new[]
    {
        "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"conferred for two hours with his Iraqi counterpart": a unit of time with a number counting it.</summary>
    private static bool CountedDuration(string[] words, int[] heads, string[] labels, int noun)
    {
        if (!DurationNouns.Contains(words[noun].ToLowerInvariant())) return false;
        for (int k = 0; k < noun; k++)
            if (heads[k] == noun && labels[k] == "nummod") return true;
        return false;
    }

    /// <summary>Prepositions of a verb's party or matter ("apologised on Thursday to President Roh", "talks on Monday with rebels",
    /// "a complaint on Monday over Iraqi violations"); not "of" ("Monday of last week"), nor a place ("at the Elysee Palace" stays where the parse put it).</summary>
    private static readonly FrozenSet<string> PartyCases = new[] { "to", "with", "against", "into", "toward", "towards", "over", "for" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Applies every repair in place; a word a repair makes a phrase's case is an adposition (<paramref name="upos"/>).</summary>
    public static void Apply(string[] words, string[] tags, string[] upos, int[] heads, string[] labels)
    {
        PartyPhraseOffDate(words, tags, heads, labels);
        ObjectReadAsApposOfDate(words, tags, heads, labels);
        InfinitiveOffDate(words, tags, heads, labels);
        ThatClauseOffDate(words, tags, heads, labels);
        ParticipleClauseOffDate(words, tags, heads, labels);
        AgentWithoutBy(words, tags, heads, labels);
        CarryingSubjectOfLaterVerb(words, tags, heads, labels);
        VerbAfterParticipleClause(tags, heads, labels);
        VisitingAsModifier(words, tags, heads, labels);
        ParticleReadAsPreposition(words, tags, upos, heads, labels);
        DescriptionBeforeName(words, tags, heads, labels);
        CoordinatedModifiersOfObject(words, tags, heads, labels);
        SplitSubjectName(tags, heads, labels);
        HyphenatedModifier(words, tags, upos, heads, labels);
        ConjunctReadAsApposition(words, heads, labels);
        UpToNumber(words, tags, heads, labels);
        MoreThanNumberAsRoot(words, heads, labels);
        VerbAfterRelativeClause(words, tags, upos, heads, labels);
        ThatClauseOfEarlierReportedVerb(words, heads, labels);
        ReportingVerbReadAsComplement(words, heads, labels);
        AppositiveNameReadAsSubject(words, tags, heads, labels);
        ObjectReadAsPossessor(words, tags, heads, labels);
        SecondSubjectAfterAnd(words, tags, heads, labels);
        PastTenseUnderNounRoot(tags, upos, heads, labels);
        VerbAfterAppositiveSubject(words, tags, upos, heads, labels);
        ReportedClauseReadAsSubject(tags, heads, labels);
        PossessedParticipleReadAsClause(tags, heads, labels);
        for (int k = 0; k < words.Length; k++)
            if (labels[k] == "case" && upos[k] == "SCONJ") upos[k] = "ADP";
    }

    /// <summary>
    /// "apologised to visiting South Korean President Roh", "talks with visiting Chinese Premier Li Peng": "visiting" (or
    /// "neighbouring", or a past participle: "granted asylum to deposed Iranian President Bani-Sadr") before
    /// a name describes the guest; the parser reads "to visiting" as an infinitive or a clause whose object is the guest. The
    /// guest becomes the phrase's head (an oblique of the verb the clause hung on), the preposition its case and "visiting"
    /// its modifier.
    /// </summary>
    private static void VisitingAsModifier(string[] words, string[] tags, int[] heads, string[] labels)
    {
        for (int v = 1; v < words.Length - 1; v++)
        {
            // "to deposed Iranian President Bani-Sadr", "with jailed leader Nelson Mandela": no infinitive or gerund is a
            // past participle, so one before a name is its modifier too; of the -ing forms only "visiting" and "neighbouring"
            // ("to work with neighbouring Malawi"), as a gerund may take a name: "committed to defending Taiwan".
            bool modifier = words[v].ToLowerInvariant() is "visiting" or "neighbouring" or "neighboring" || tags[v] == "VBN";
            if (!modifier || labels[v] is not ("advcl" or "xcomp" or "acl")) continue;
            int prep = v - 1;
            if (heads[prep] != v || labels[prep] != "mark" || words[prep].ToLowerInvariant() is not ("to" or "with" or "for" or "by" or "from")) continue;
            int guest = -1;
            for (int k = v + 1; k < words.Length; k++)
                if (heads[k] == v && labels[k] == "obj") { guest = k; break; }
            // "granted asylum to deposed Iranian President Bani-Sadr, the Interior Ministry announced": the parser may give
            // the name to the reporting clause after it (its subject), leaving the participle bare; the first name after it
            // is then the guest when the participle governs nothing after itself.
            if (guest < 0 && !HasDependentAfter(heads, v))
                for (int k = v + 1; k < words.Length && k <= v + 4; k++)
                    if (tags[k] is "NNP" or "NNPS" && labels[k] != "compound" && labels[k] != "nmod:desc" && labels[k] != "amod") { guest = k; break; }
            if (guest < 0 || tags[guest] is not ("NNP" or "NNPS")) continue;
            // Every word between "visiting" and the guest must belong to the guest's phrase.
            if (!Enumerable.Range(v + 1, guest - v - 1).All(k => HangsUnder(heads, k, guest, v))) continue;
            heads[guest] = heads[v];
            labels[guest] = "obl";
            heads[prep] = guest;
            labels[prep] = "case";
            heads[v] = guest;
            labels[v] = "amod";
            // Anything else the clause governed ("for the suffering …") now hangs on the verb the guest serves.
            for (int k = 0; k < words.Length; k++)
                if (heads[k] == v && k != prep) { heads[k] = heads[guest]; if (labels[k] == "obj") labels[k] = "obl"; }
        }
    }

    /// <summary>Nouns that describe the organisation named right after them ("the rebel Sudan People's Liberation Army").</summary>
    private static readonly FrozenSet<string> DescriptionNouns = new[]
    {
        "rebel", "opposition", "separatist", "guerrilla", "militant", "insurgent",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "met leaders of the rebel Sudan People's Liberation Army": the parser made "rebel" the head of the phrase and hung the
    /// name after it elsewhere (here on the verb). A describing noun right before a proper name it does not govern modifies
    /// the name: the name takes the noun's place, and the noun and its article hang on the name.
    /// </summary>
    private static void DescriptionBeforeName(string[] words, string[] tags, int[] heads, string[] labels)
    {
        for (int k = 0; k + 1 < words.Length; k++)
        {
            if (tags[k] != "NN" || !DescriptionNouns.Contains(words[k].ToLowerInvariant()) || tags[k + 1] is not ("NNP" or "NNPS")) continue;
            int end = k + 1;
            while (end + 1 < words.Length && (tags[end + 1] is "NNP" or "NNPS" || tags[end + 1] == "POS" && end + 2 < words.Length && tags[end + 2] is "NNP" or "NNPS")) end++;
            int name = -1;
            bool closed = true;
            for (int m = k + 1; m <= end; m++)
                if (heads[m] < k + 1 || heads[m] > end)
                {
                    if (name >= 0) closed = false;
                    name = m;
                }
            if (!closed || name < 0 || heads[name] == k || HangsUnder(heads, k, name, -2)) continue;
            for (int c = 0; c < words.Length; c++)
                if (heads[c] == k && c < k) heads[c] = name;
            (heads[name], labels[name]) = (heads[k], labels[k]);
            (heads[k], labels[k]) = (name, "compound");
        }
    }

    /// <summary>Verbs whose "over" right after them is a particle ("handed over", "turned over", "took over", "signed over").</summary>
    private static readonly FrozenSet<string> OverParticleVerbs = new[]
    {
        "hand", "hands", "handed", "handing", "turn", "turns", "turned", "turning", "take", "takes", "took", "taken", "taking",
        "sign", "signs", "signed", "signing",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "Libya handed over an aid package worth some 30 million dollars to Niger": the parser read "over" as the preposition of
    /// what is handed, which it made an oblique. After a verb it forms a phrasal verb with, and with no object of the verb
    /// already, "over" is the verb's particle and the noun its object.
    /// </summary>
    private static void ParticleReadAsPreposition(string[] words, string[] tags, string[] upos, int[] heads, string[] labels)
    {
        for (int p = 1; p < words.Length - 1; p++)
        {
            int verb = p - 1;
            if (!words[p].Equals("over", StringComparison.OrdinalIgnoreCase) || labels[p] != "case" || !tags[verb].StartsWith("VB", StringComparison.Ordinal)
                || !OverParticleVerbs.Contains(words[verb].ToLowerInvariant())) continue;
            int noun = heads[p];
            if (noun <= p || heads[noun] != verb || labels[noun] != "obl") continue;
            bool hasObject = false;
            for (int k = 0; k < words.Length; k++)
                if (heads[k] == verb && labels[k] == "obj") hasObject = true;
            if (hasObject) continue;
            (heads[p], labels[p], tags[p], upos[p]) = (verb, "compound:prt", "RP", "ADP");
            labels[noun] = "obj";
        }
    }

    /// <summary>
    /// "signed a joint security and trade agreement with Mozambique": the parser may take the first of two coordinated
    /// modifiers for the verb's object and the noun they modify for a second verb conjoined with it. A noun is no verb's
    /// conjunct when only "and" and its own modifiers stand between it and an object that governs nothing after itself:
    /// the noun is the object, the first modifier its compound (the article and adjectives before it the noun's).
    /// </summary>
    private static void CoordinatedModifiersOfObject(string[] words, string[] tags, int[] heads, string[] labels)
    {
        for (int x = 2; x < words.Length; x++)
        {
            if (labels[x] != "conj" || !tags[x].StartsWith("NN", StringComparison.Ordinal) || tags[x].StartsWith("NNP", StringComparison.Ordinal)) continue;
            int v = heads[x], o = -1;
            if (v < 0 || v >= x) continue;
            if (tags[v].StartsWith("VB", StringComparison.Ordinal))
            {
                for (int k = v + 1; k < x; k++)
                    if (heads[k] == v && labels[k] == "obj") o = k;
                if (o < 0 || tags[o] is not ("NN" or "NNS")) continue;
            }
            // Or the noun is the first modifier's conjunct: only a noun compound of its own ("trade") tells it from a list
            // of things ("food and medical supplies").
            else if (tags[v] == "NN" && labels[v] == "obj" && heads[v] is >= 0 and var verb && tags[verb].StartsWith("VB", StringComparison.Ordinal)
                && Enumerable.Range(v + 1, x - v - 1).Any(k => heads[k] == x && labels[k] == "compound" && tags[k] == "NN"))
                (o, v) = (v, verb);
            else continue;
            if (HasDependentAfter(heads, o, x)) continue;
            bool onlyModifiers = true, sawAnd = false;
            for (int k = o + 1; k < x && onlyModifiers; k++)
            {
                if (labels[k] == "cc" && words[k].ToLowerInvariant() is "and" or "or" && heads[k] == x) { sawAnd = true; continue; }
                onlyModifiers = heads[k] == x && labels[k] is "compound" or "amod";
            }
            if (!onlyModifiers || !sawAnd) continue;
            heads[x] = v;
            labels[x] = "obj";
            for (int k = v + 1; k < o; k++)
                if (heads[k] == o && labels[k] is "det" or "amod" or "nummod" or "nmod:poss") heads[k] = x;
            heads[o] = x;
            labels[o] = "compound";
        }
    }

    /// <summary>
    /// "South African Foreign Minister Pik Botha signed …": a verb has one subject; when the parser gives it two, the first a
    /// name word whose every following word up to the second belongs to the second's phrase, the first word is part of that
    /// phrase too (a compound of the word after it).
    /// </summary>
    private static void SplitSubjectName(string[] tags, int[] heads, string[] labels)
    {
        for (int a = 0; a < tags.Length - 2; a++)
        {
            if (labels[a] != "nsubj" || !tags[a].StartsWith("NNP", StringComparison.Ordinal) || heads[a] <= a) continue;
            int v = heads[a], b = -1;
            for (int k = a + 1; k < v; k++)
                if (heads[k] == v && labels[k] == "nsubj") { b = k; break; }
            if (b < 0) continue;
            // "President Reagan and Soviet leader Mikhail Gorbachev": two subjects joined are two.
            if (!Enumerable.Range(a + 1, b - a - 1).All(k => labels[k] is "amod" or "compound" or "nmod:desc" or "flat" or "det" && HangsUnder(heads, k, b, v))) continue;
            heads[a] = a + 1 < b ? a + 1 : b;
            labels[a] = "compound";
        }
    }

    /// <summary>
    /// "More than 1,500 Palestinian prisoners in Israeli jails began refusing food": the parser rooted the sentence in "More"
    /// and made the counted noun its oblique. "More than" (or "less", "fewer") before a number modifies the number; the noun
    /// becomes the root, whose verb the repair after this one then finds.
    /// </summary>
    private static void MoreThanNumberAsRoot(string[] words, int[] heads, string[] labels)
    {
        int root = Array.IndexOf(labels, "root");
        if (root < 0 || root + 2 >= words.Length || words[root].ToLowerInvariant() is not ("more" or "less" or "fewer")
            || !words[root + 1].Equals("than", StringComparison.OrdinalIgnoreCase) || heads[root + 1] != root) return;
        int number = root + 2, noun = heads[number];
        if (noun < 0 || heads[noun] != root || labels[number] != "nummod") return;
        (heads[noun], labels[noun]) = (-1, "root");
        for (int k = 0; k < words.Length; k++)
            if (heads[k] == root && k != root + 1) heads[k] = noun;
        (heads[root], labels[root]) = (number, "advmod");
    }

    /// <summary>
    /// "A car packed with 100 kg of dynamite exploded outside a bar": a sentence the parser rooted in its subject noun, with
    /// the one past tense after it hung as a clause on a noun of the subject's own phrase, has that past tense for its verb;
    /// the noun is its subject.
    /// </summary>
    private static void PastTenseUnderNounRoot(string[] tags, string[] upos, int[] heads, string[] labels)
    {
        int root = Array.IndexOf(labels, "root");
        if (root < 0 || upos[root] is not ("NOUN" or "PROPN")) return;
        // "According to residents, Sudanese troops fired …": a root noun with a preposition of its own is no subject.
        for (int k = 0; k < root; k++)
            if (heads[k] == root && labels[k] == "case") return;
        int verb = -1;
        for (int k = 0; k < tags.Length; k++)
        {
            if (tags[k] is not ("VBD" or "VBZ" or "VBP" or "MD")) continue;
            // "… blamed on hitmen of the Medellin cartel, which is waging war on …": a relative clause has a tense of its own, and
            // so has a complement or adverbial clause ("… marched through Belgrade demanding that the authorities recognise …").
            if (InSubordinateClause(heads, labels, k)) continue;
            if (verb >= 0 || tags[k] != "VBD" || labels[k] != "acl" || k < root) return;
            verb = k;
        }
        // "Thousands of students chanting 'Down with military dictatorship' rallied at campuses": with no finite verb at all,
        // a participle the parser hung deep inside the subject's phrase (not on the root noun itself) and with no agent of
        // its own is the verb the tagger took for a participle.
        // "Sudanese security agents tortured at least a dozen student activists detained after …": a past participle with an
        // object of its own is a past tense, wherever the parser hung it.
        // "Authorities in Srinagar relaxed a round-the-clock curfew": so is an adjective with an object, which no adjective takes.
        if (verb < 0)
            verb = Enumerable.Range(root + 1, Math.Max(0, tags.Length - root - 1)).FirstOrDefault(k => (tags[k] == "VBN" && labels[k] == "acl" || tags[k] == "JJ" && labels[k] == "amod")
                && Enumerable.Range(k + 1, tags.Length - k - 1).Any(o => heads[o] == k && labels[o] == "obj"), -1);
        if (verb >= 0 && tags[verb] == "JJ" && !HasSubjectOrAuxiliary(heads, labels, verb) && HangsUnder(heads, verb, root, -2)) (tags[verb], upos[verb]) = ("VBD", "VERB");
        if (verb < 0)
            for (int k = root + 2; k < tags.Length; k++)
            {
                if (tags[k] != "VBN" || labels[k] != "acl" || heads[k] == root) continue;
                if (verb >= 0) return;
                verb = k;
            }
        if (verb < 0 || !HangsUnder(heads, verb, root, -2) || HasSubjectOrAuxiliary(heads, labels, verb)) return;
        (heads[verb], labels[verb]) = (-1, "root");
        (heads[root], labels[root]) = (verb, "nsubj");
        for (int k = 0; k < tags.Length; k++)
            if (heads[k] == root && labels[k] == "punct" && k > verb) heads[k] = verb;
    }

    /// <summary>
    /// "The Emir of Kuwait, Sheikh Jaber al-Ahmad al-Sabah, bowed to opposition pressure and ordered elections": a sentence the
    /// parser rooted in its subject noun, with the verb after the comma that closes the subject's apposition hung on that noun
    /// as a parataxis or a reduced relative, has that verb for its own when no tense stands outside it. The past form
    /// (the tagger may take it for a participle) becomes the root with the noun its subject.
    /// </summary>
    private static void VerbAfterAppositiveSubject(string[] words, string[] tags, string[] upos, int[] heads, string[] labels)
    {
        int root = Array.IndexOf(labels, "root");
        if (root < 0 || upos[root] is not ("NOUN" or "PROPN")) return;
        int v = Enumerable.Range(root + 1, Math.Max(0, tags.Length - root - 1)).FirstOrDefault(k => heads[k] == root && labels[k] is "parataxis" or "acl"
            && tags[k] is "VBD" or "VBN" && words[k - 1] == ",", -1);
        if (v < 0 || HasSubjectOrAuxiliary(heads, labels, v)) return;
        // The apposition closes right before the verb's comma, and the whole stretch is the subject's phrase.
        if (!Enumerable.Range(root + 1, v - root - 1).Any(a => heads[a] == root && labels[a] == "appos")) return;
        if (!Enumerable.Range(root + 1, v - root - 2).All(k => HangsUnder(heads, k, root, -2))) return;
        // An argument after it ("to opposition pressure", "the government") makes it a clause's verb, not a bare description.
        if (!Enumerable.Range(v + 1, tags.Length - v - 1).Any(k => heads[k] == v && labels[k] is "obj" or "obl" or "ccomp" or "xcomp")) return;
        for (int k = 0; k < tags.Length; k++)
            if (tags[k] is "VBD" or "VBZ" or "VBP" or "MD" && !HangsUnder(heads, k, v, -2) && !InSubordinateClause(heads, labels, k)) return;
        (heads[v], labels[v]) = (-1, "root");
        (tags[v], upos[v]) = ("VBD", "VERB");
        (heads[root], labels[root]) = (v, "nsubj");
        heads[v - 1] = root;
        for (int k = v + 1; k < tags.Length; k++)
            if (heads[k] == root && labels[k] == "punct") heads[k] = v;
    }

    /// <summary>
    /// "Yemen's president, who has ruled for 32 years, rejected opposition demands": the past form right after the comma
    /// that closes a "who"/"which" clause on the subject is the subject's verb, but the parser may read it as a modifier of its
    /// object and hang that object in the relative clause (or, under a reporting verb, make the object the reported clause or
    /// a second subject of the reporting verb).
    /// The form becomes the verb with the noun its subject and the noun it modified its object; it takes the root, or the
    /// reported clause's place.
    /// </summary>
    private static void VerbAfterRelativeClause(string[] words, string[] tags, string[] upos, int[] heads, string[] labels)
    {
        for (int r = 2; r < tags.Length; r++)
        {
            if (labels[r] != "acl:relcl") continue;
            int noun = heads[r];
            if (noun < 0 || noun > r) continue;
            int wh = Enumerable.Range(noun + 1, r - noun - 1).FirstOrDefault(k => heads[k] == r && words[k] is "who" or "which" && labels[k] == "nsubj", -1);
            if (wh < 1 || tags[wh - 1] != "," || !Enumerable.Range(noun + 1, wh - noun - 1).All(k => HangsUnder(heads, k, noun, -2))) continue;
            int comma = Array.IndexOf(tags, ",", r + 1);
            int v = comma + 1;
            if (comma < 0 || v + 1 >= tags.Length || tags[v] is not ("VBD" or "VBN") || labels[v] is not ("amod" or "acl")) continue;
            int obj = heads[v];
            if (obj <= v || obj > v + 4 || tags[obj] is not ("NN" or "NNS" or "NNP" or "NNPS") || HasSubjectOrAuxiliary(heads, labels, v)) continue;
            if (!Enumerable.Range(r, comma - r).All(k => HangsUnder(heads, k, r, -2))) continue;
            if (labels[noun] == "root" && HangsUnder(heads, obj, r, -2))
                (heads[v], labels[v]) = (-1, "root");
            else if (labels[noun] == "nsubj" && heads[obj] == heads[noun] && labels[obj] is "ccomp" or "nsubj" && obj > noun)
                (heads[v], labels[v]) = (heads[obj], "ccomp");
            else continue;
            (heads[noun], labels[noun]) = (v, "nsubj");
            (heads[obj], labels[obj]) = (v, "obj");
            (tags[v], upos[v]) = ("VBD", "VERB");
            heads[comma] = r;
            for (int k = v + 1; k < tags.Length; k++)
                if (heads[k] == noun && labels[k] == "punct") heads[k] = v;
            return;
        }
    }

    /// <summary>
    /// "The U.N. Security Council demanded on Monday that Myanmar give investigators access …, diplomats said": a "that" clause
    /// right after a reported verb that has no complement or object of its own is that verb's, though the parser made both
    /// clauses complements of the reporting verb after them.
    /// </summary>
    private static void ThatClauseOfEarlierReportedVerb(string[] words, int[] heads, string[] labels)
    {
        for (int c2 = 2; c2 < words.Length; c2++)
        {
            if (labels[c2] != "ccomp" || heads[c2] <= c2) continue;
            int mark = Enumerable.Range(0, c2).FirstOrDefault(k => heads[k] == c2 && labels[k] == "mark" && words[k].Equals("that", StringComparison.OrdinalIgnoreCase), -1);
            if (mark < 2) continue;
            int c1 = Enumerable.Range(0, mark).LastOrDefault(k => heads[k] == heads[c2] && labels[k] == "ccomp", -1);
            if (c1 < 0 || Enumerable.Range(0, words.Length).Any(k => heads[k] == c1 && labels[k] is "ccomp" or "obj" or "xcomp")) continue;
            if (!Enumerable.Range(c1 + 1, mark - c1 - 1).All(k => HangsUnder(heads, k, c1, -2))) continue;
            heads[c2] = c1;
        }
    }

    /// <summary>Past and present forms of the verbs that close a wire sentence with its source (", officials said").</summary>
    private static readonly FrozenSet<string> ReportingForms = new[]
    {
        "said", "says", "reported", "reports", "told", "tells", "added", "adds", "announced", "announces", "confirmed", "quoted",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "Iraq on Wednesday demanded that the U.N. Security Council lift the sanctions …, the official Iraqi News Agency said,
    /// quoting a statement …", "Armenia and Azerbaijan declared a ceasefire …, following talks brokered by the Russian
    /// defence minister, Interfax news agency reported, in a conflict that …": after a long sentence the parser made the
    /// closing reporting verb a complement of the event's verb (and, after a demand, took the demand's own "that" clause
    /// for the reporting verb's). A reporting verb whose subject follows a comma and which has no object or complement of
    /// its own after it takes the event verb's place, and the event verb becomes what it reports, with its "that" clause back.
    /// </summary>
    private static void ReportingVerbReadAsComplement(string[] words, int[] heads, string[] labels)
    {
        for (int r = 3; r < words.Length; r++)
        {
            if (labels[r] != "ccomp" || !ReportingForms.Contains(words[r])) continue;
            int w = heads[r];
            if (w < 0 || w >= r) continue;
            int subject = Enumerable.Range(w + 1, r - w - 1).FirstOrDefault(k => heads[k] == r && labels[k] == "nsubj", -1);
            if (subject < 0) continue;
            int first = subject;
            while (first - 1 > w && HangsUnder(heads, first - 1, subject, r)) first--;
            if (words[first - 1] != "," || !Enumerable.Range(first, r - first).All(k => HangsUnder(heads, k, subject, -2))) continue;
            if (Enumerable.Range(r + 1, words.Length - r - 1).Any(k => heads[k] == r && labels[k] is "ccomp" or "obj" or "xcomp")) continue;
            // The demand's own "that" clause, which the parse gave the reporting verb.
            int clause = Enumerable.Range(w + 1, first - w - 1).FirstOrDefault(k => heads[k] == r && labels[k] == "ccomp", -1);
            if (Enumerable.Range(0, words.Length).Any(k => k != r && heads[k] == w && labels[k] is "ccomp" or "xcomp")) continue;
            if (clause < 0 && Enumerable.Range(w + 1, first - w - 1).Any(k => heads[k] == r && labels[k] != "punct")) continue;
            (heads[r], labels[r]) = (heads[w], labels[w]);
            (heads[w], labels[w]) = (r, "ccomp");
            if (clause >= 0) heads[clause] = w;
        }
    }

    /// <summary>
    /// "Haiti's prime minister, Ariel Henry, asked the United Nations for tents": the parser made the name between the commas
    /// the verb's subject and hung the title before it on the verb as an oblique. A noun with no preposition of its own, right
    /// before a comma, a proper name and a second comma, is the subject, and the name its apposition.
    /// </summary>
    private static void AppositiveNameReadAsSubject(string[] words, string[] tags, int[] heads, string[] labels)
    {
        for (int n = 1; n + 3 < words.Length; n++)
        {
            if (tags[n] is not ("NN" or "NNS") || words[n + 1] != "," || tags[n + 2] is not ("NNP" or "NNPS")) continue;
            int v = heads[n];
            if (v <= n || labels[n] is not ("obl" or "dep" or "dislocated" or "obl:npmod" or "nmod")) continue;
            if (Enumerable.Range(0, n).Any(k => heads[k] == n && labels[k] == "case")) continue;
            int name = Enumerable.Range(n + 2, v - n - 2).FirstOrDefault(k => heads[k] == v && labels[k] == "nsubj", -1);
            if (name < 0 || !Enumerable.Range(n + 2, v - n - 2).All(k => k == name || HangsUnder(heads, k, name, v) || words[k] == "," && k == v - 1 || heads[k] == n)) continue;
            if (words[v - 1] != "," || tags[v] is not ("VBD" or "VBZ" or "VBP")) continue;
            (heads[n], labels[n]) = (v, "nsubj");
            (heads[name], labels[name]) = (n, "appos");
            heads[n + 1] = name;
        }
    }

    /// <summary>
    /// "Venezuela's defence minister warned Guyana on Monday that troops would respond with force to any incursion into waters
    /// Caracas claims": the parser made "Guyana" the possessor of a later verb and "that" the object of the reported clause's
    /// verb. A name with no possessive ending owns nothing: one right after a verb that has no object is its object. A
    /// "that" read as the object of a complement clause's verb, before that verb's subject, opens the clause (its mark);
    /// not in a relative clause ("the deal that Iran signed"), where "that" is the object.
    /// </summary>
    private static void ObjectReadAsPossessor(string[] words, string[] tags, int[] heads, string[] labels)
    {
        for (int n = 1; n < words.Length; n++)
        {
            if (labels[n] != "nmod:poss" || tags[n] is not ("NNP" or "NNPS") || tags[n - 1] is not ("VBD" or "VBZ" or "VBP" or "VB")) continue;
            if (n + 1 < words.Length && words[n + 1] is "'s" or "'" or "’s" or "’") continue;
            if (Enumerable.Range(0, words.Length).Any(k => heads[k] == n && labels[k] == "case")) continue;
            int verb = n - 1;
            if (Enumerable.Range(0, words.Length).Any(k => heads[k] == verb && labels[k] is "obj" or "iobj")) continue;
            (heads[n], labels[n]) = (verb, "obj");
            for (int that = n + 1; that < words.Length; that++)
            {
                if (words[that].ToLowerInvariant() != "that" || labels[that] != "obj") continue;
                int clause = heads[that];
                if (clause <= that || labels[clause] != "ccomp") break;
                int subject = Enumerable.Range(0, words.Length).FirstOrDefault(k => heads[k] == clause && labels[k] is "nsubj" or "nsubj:pass", -1);
                if (subject > that) labels[that] = "mark";
                break;
            }
        }
    }

    /// <summary>
    /// "Colombia's government and the FARC rebels resumed talks", "Negotiators for Colombia's government and the FARC rebel
    /// group resumed talks": the parser gave the verb two subjects, the second with its "and". A verb has one subject; the
    /// second is a conjunct of the noun right before the "and" (climbing out of a name's inner words), which is the first
    /// subject or lies inside it.
    /// </summary>
    private static void SecondSubjectAfterAnd(string[] words, string[] tags, int[] heads, string[] labels)
    {
        for (int b = 2; b < words.Length; b++)
        {
            if (labels[b] != "nsubj" || heads[b] <= b) continue;
            int v = heads[b];
            int a = Enumerable.Range(0, b).FirstOrDefault(k => heads[k] == v && labels[k] == "nsubj", -1);
            if (a < 0) continue;
            int and = Enumerable.Range(a + 1, b - a - 1).FirstOrDefault(k => (heads[k] == b || heads[k] == v) && labels[k] == "cc" && words[k].ToLowerInvariant() is "and" or "&", -1);
            if (and < 1) continue;
            int t = and - 1;
            while (heads[t] >= 0 && heads[t] < and && (labels[t] is "flat" or "fixed" || labels[t] == "compound" && heads[t] > t)) t = heads[t];
            if (tags[t] is not ("NN" or "NNS" or "NNP" or "NNPS")) continue;
            if (t != a && !HangsUnder(heads, t, a, v)) continue;
            (heads[b], labels[b]) = (t, "conj");
            heads[and] = b;
        }
    }

    /// <summary>Whether verb <paramref name="v"/> has a subject, an agent or an auxiliary of its own: then it heads a clause as parsed.</summary>
    private static bool HasSubjectOrAuxiliary(int[] heads, string[] labels, int v)
    {
        for (int c = 0; c < heads.Length; c++)
            if (heads[c] == v && labels[c] is "nsubj" or "nsubj:pass" or "obl:agent" or "aux" or "aux:pass") return true;
        return false;
    }

    /// <summary>
    /// Whether word <paramref name="k"/> is the verb of a relative, complement or adverbial clause or lies inside one (within 8
    /// steps up).
    /// </summary>
    private static bool InSubordinateClause(int[] heads, string[] labels, int k)
    {
        for (int up = k, steps = 0; up >= 0 && steps <= 8; up = heads[up], steps++)
            if (labels[up] is "acl:relcl" or "ccomp" or "csubj" or "advcl") return true;
        return false;
    }

    /// <summary>
    /// "A car bomb packed with explosives and left by the IRA outside a police station in a small town exploded before dawn,
    /// police said": the parser made the whole event the reporting verb's subject, beside the speaker, and hung the event's
    /// verb on the last noun of that subject. A verb with two subjects has one too many: the participle hung deepest in the
    /// first one, with no subject, agent or auxiliary of its own, is the reported clause's verb, and the first subject its
    /// subject. "A crowd of youths stoned and hacked to death a town councillor …, police said": so is a verb after the first
    /// subject that the parser did make the reported clause, but left without its subject.
    /// </summary>
    private static void ReportedClauseReadAsSubject(string[] tags, int[] heads, string[] labels)
    {
        for (int r = 0; r < tags.Length; r++)
        {
            if (!tags[r].StartsWith("VB", StringComparison.Ordinal)) continue;
            int first = -1, second = -1;
            for (int k = 0; k < r; k++)
                if (heads[k] == r && labels[k] == "nsubj") { if (first < 0) first = k; else second = k; }
            if (first < 0 || second < 0 || second != r - 1) continue;
            int start = second;
            while (start - 1 > first && heads[start - 1] == second && tags[start - 1] != ",") start--;
            if (tags[start - 1] != ",") continue;
            int verb = -1;
            for (int k = first + 2; k < start; k++)
            {
                if (tags[k] is ("VBD" or "VBN") && heads[k] == r && labels[k] == "ccomp" && verb < 0 && !HasSubjectOrAuxiliary(heads, labels, k)) { verb = k; break; }
                if (tags[k] is not ("VBD" or "VBN") || labels[k] != "acl" || heads[k] == first || !HangsUnder(heads, k, first, r)) continue;
                if (!HasSubjectOrAuxiliary(heads, labels, k)) verb = k;
            }
            if (verb < 0) continue;
            (heads[verb], labels[verb]) = (r, "ccomp");
            (heads[first], labels[first]) = (verb, "nsubj");
            for (int k = verb + 1; k < second; k++)
                if (heads[k] == r && labels[k] == "punct") heads[k] = verb;
        }
    }

    /// <summary>
    /// "General Manuel Antonio Noriega, Panama's ousted military ruler, surrendered …": a past participle after a possessive
    /// and before a noun modifies the noun ("Iraq's deposed leader"); the parser, after a long name, read it as a relative
    /// clause with the possessor its subject and the noun its object. The noun takes the clause's place, the participle
    /// and the possessor become its modifiers.
    /// </summary>
    private static void PossessedParticipleReadAsClause(string[] tags, int[] heads, string[] labels)
    {
        for (int v = 2; v < tags.Length - 1; v++)
        {
            if (tags[v] != "VBN" || tags[v - 1] != "POS" || labels[v] is not ("acl:relcl" or "acl")) continue;
            int owner = heads[v - 1];
            if (owner < 0 || heads[owner] != v || !labels[owner].StartsWith("nsubj", StringComparison.Ordinal)) continue;
            int noun = -1;
            for (int k = v + 1; k < tags.Length && k <= v + 4; k++)
                if (heads[k] == v && labels[k] == "obj") { noun = k; break; }
            if (noun < 0) continue;
            bool modifiersOnly = true;
            for (int k = v + 1; k < noun; k++)
                if (heads[k] != noun) modifiersOnly = false;
            if (!modifiersOnly) continue;
            bool afterComma = owner > 0 && tags[owner - 1] == ",";
            (heads[noun], labels[noun]) = (heads[v], afterComma ? "appos" : labels[v]);
            for (int k = 0; k < tags.Length; k++)
                if (heads[k] == v && k != noun) heads[k] = noun;
            (heads[v], labels[v]) = (noun, "amod");
            labels[owner] = "nmod:poss";
        }
    }

    /// <summary>
    /// "ready to send up to 200 soldiers to the Solomon Islands": "up to" before a number counts what follows, as the
    /// treebank has it ("up" an adverb of the number, "to" fixed to it); the parser read "to 200 soldiers" as a
    /// prepositional phrase of the verb, whose object the counted noun then is.
    /// </summary>
    private static void UpToNumber(string[] words, string[] tags, int[] heads, string[] labels)
    {
        for (int i = 0; i + 3 < words.Length; i++)
        {
            if (!words[i].Equals("up", StringComparison.OrdinalIgnoreCase) || !words[i + 1].Equals("to", StringComparison.OrdinalIgnoreCase) || tags[i + 2] != "CD") continue;
            int noun = heads[i + 2];
            if (labels[i + 2] != "nummod" || noun <= i + 2 || !tags[noun].StartsWith("NN", StringComparison.Ordinal)) continue;
            bool toWasCase = heads[i + 1] == noun && labels[i + 1] == "case";
            (heads[i], labels[i]) = (i + 2, "advmod");
            (heads[i + 1], labels[i + 1]) = (i, "fixed");
            if (toWasCase && labels[noun] == "obl" && heads[noun] is >= 0 and var verb && tags[verb].StartsWith("VB", StringComparison.Ordinal)
                && !Enumerable.Range(0, words.Length).Any(k => heads[k] == verb && labels[k] == "obj"))
                labels[noun] = "obj";
        }
    }

    /// <summary>
    /// "by Soviet leader Mikhail Gorbachev and President Ronald Reagan": a phrase the parser made an apposition of the name
    /// before it, though "and" opens it, is that name's conjunct; the "and" becomes its coordinator. A conjunct of a name's
    /// last word is the name's.
    /// </summary>
    private static void ConjunctReadAsApposition(string[] words, int[] heads, string[] labels)
    {
        for (int t = 0; t < words.Length; t++)
        {
            // "by Egyptian President Anwar Sadat and Israeli Prime Minister Menachem Begin": a conjunct hung on the last word of
            // a name belongs to the name's head, as the name's other words do.
            if (labels[t] == "conj" && heads[t] is >= 0 and var word && labels[word] == "flat" && heads[word] >= 0) heads[t] = heads[word];
            if (labels[t] != "appos" || heads[t] is not (>= 0 and var head) || head >= t) continue;
            int first = t;
            for (int k = t - 1; k > head; k--)
                if (HangsUnder(heads, k, t, head)) first = k;
            if (words[first].ToLowerInvariant() is not ("and" or "or") || labels[first] != "cc") continue;
            labels[t] = "conj";
            heads[first] = t;
        }
    }

    /// <summary>Middle words of a hyphenated modifier of three words ("dusk-to-dawn", "face-to-face", "shares-for-favours").</summary>
    private static readonly FrozenSet<string> HyphenLinks = new[] { "to", "by", "for", "and", "in", "on", "of" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "A dusk-to-dawn curfew was imposed", "demanded face-to-face talks": three words hyphenated before a noun modify it
    /// (as the treebank has "day-to-day activities": the first word a compound or adjective of the noun, the last an nmod
    /// of the first with the middle its case); the parser makes the first word the subject or object and leaves the noun
    /// beside it. The noun is the last of the run of nouns and adjectives that follows; it takes what hung on the modifier.
    /// </summary>
    private static void HyphenatedModifier(string[] words, string[] tags, string[] upos, int[] heads, string[] labels)
    {
        for (int a = 0; a + 5 < words.Length; a++)
        {
            if (words[a + 1] != "-" || words[a + 3] != "-" || !HyphenLinks.Contains(words[a + 2].ToLowerInvariant())) continue;
            if (!(tags[a].StartsWith("NN", StringComparison.Ordinal) || tags[a].StartsWith("JJ", StringComparison.Ordinal))) continue;
            int noun = -1;
            for (int k = a + 5; k < words.Length && (tags[k].StartsWith("NN", StringComparison.Ordinal) || tags[k].StartsWith("JJ", StringComparison.Ordinal)); k++)
                if (tags[k].StartsWith("NN", StringComparison.Ordinal)) noun = k;
            if (noun < 0 || heads[a] == noun) continue;
            int b = a + 4;
            bool Inside(int h) => h >= a && h <= b;
            // The noun takes the modifier's place when the parse hung it under the modifier: the attachment of the word
            // of the five that hangs outside them.
            int top = a;
            for (int step = 0; step < 5 && Inside(heads[top]); step++) top = heads[top];
            if (Inside(heads[top]) || heads[top] == noun && Inside(heads[noun])) continue;
            if (Inside(heads[noun])) { heads[noun] = heads[top]; labels[noun] = labels[top]; }
            for (int k = 0; k < words.Length; k++)
                if (!Inside(k) && k != noun && Inside(heads[k])) heads[k] = noun;
            bool and = words[a + 2].Equals("and", StringComparison.OrdinalIgnoreCase);
            (heads[a], labels[a]) = (noun, tags[a].StartsWith("NN", StringComparison.Ordinal) ? "compound" : "amod");
            (heads[a + 1], labels[a + 1]) = (b, "punct");
            (heads[a + 2], labels[a + 2]) = (b, and ? "cc" : "case");
            if (!and) upos[a + 2] = "ADP";
            (heads[a + 3], labels[a + 3]) = (a + 2, "punct");
            (heads[b], labels[b]) = (a, and ? "conj" : "nmod");
            a = b;
        }
    }

    /// <summary>Whether a word after <paramref name="v"/> and before <paramref name="until"/> (the sentence's end by default) hangs on it.</summary>
    private static bool HasDependentAfter(int[] heads, int v, int until = int.MaxValue)
    {
        for (int k = v + 1; k < Math.Min(until, heads.Length); k++)
            if (heads[k] == v) return true;
        return false;
    }

    /// <summary>Whether word <paramref name="k"/> reaches <paramref name="top"/> going up its heads (within 8 steps) without passing <paramref name="stop"/>.</summary>
    private static bool HangsUnder(int[] heads, int k, int top, int stop)
    {
        for (int up = k, steps = 0; up != top; up = heads[up], steps++)
            if (up < 0 || steps > 8 || up == stop) return false;
        return true;
    }

    /// <summary>
    /// "Bolivia's government lifted on Tuesday the state of siege it imposed": the parser made the object, which wire copy
    /// puts after the date, an apposition of the day's name. A day is nothing else's name: a common noun in apposition to it,
    /// right after it, is the object of the verb the date hangs on, when that verb has none.
    /// </summary>
    private static void ObjectReadAsApposOfDate(string[] words, string[] tags, int[] heads, string[] labels)
    {
        for (int x = 1; x < words.Length; x++)
        {
            if (labels[x] != "appos" || heads[x] is not (>= 0 and var date) || date >= x || tags[x] is not ("NN" or "NNS")) continue;
            if (!DateNouns.Contains(words[date].ToLowerInvariant()) || labels[date] is not ("obl" or "obl:tmod" or "obl:npmod")) continue;
            if (Enumerable.Range(date + 1, x - date - 1).Any(k => heads[k] != x || labels[k] is not ("det" or "amod" or "compound" or "nummod"))) continue;
            int verb = heads[date];
            if (verb < 0 || !tags[verb].StartsWith("VB", StringComparison.Ordinal) || Enumerable.Range(0, words.Length).Any(k => heads[k] == verb && labels[k] == "obj")) continue;
            (heads[x], labels[x]) = (verb, "obj");
        }
    }

    /// <summary>
    /// "Kaifu apologised on Thursday to South Korean President Roh": a phrase after a verb's date that the parser hung on
    /// the day's name is the verb's own (a day names no one's recipient); "from Monday to Friday", a date after a date,
    /// stays where it is.
    /// </summary>
    private static void PartyPhraseOffDate(string[] words, string[] tags, int[] heads, string[] labels)
    {
        for (int t = 0; t < words.Length; t++)
        {
            if (labels[t] != "nmod" || heads[t] is not (>= 0 and var date) || date >= t) continue;
            if (!(DateNouns.Contains(words[date].ToLowerInvariant()) || CountedDuration(words, heads, labels, date))) continue;
            if (labels[date] is not ("obl" or "obl:tmod" or "obl:npmod" or "nmod")) continue;
            int verb = heads[date];
            // "signed on the White House lawn on Monday by …": the date hung on the place of the verb instead.
            if (labels[date] == "nmod" && verb >= 0 && labels[verb] == "obl") verb = heads[verb];
            if (verb < 0 || !tags[verb].StartsWith("VB", StringComparison.Ordinal)) continue;
            if (DateNouns.Contains(words[t].ToLowerInvariant()) || tags[t] == "CD") continue;
            string? caseWord = null;
            for (int c = date + 1; c < t; c++)
                // The case may hang on a description before the name ("with his Iraqi counterpart Tariq Aziz").
                if (labels[c] == "case" && (heads[c] == t || heads[c] > c && heads[c] < t && heads[heads[c]] == t)) caseWord = words[c].ToLowerInvariant();
            // "a treaty signed on Tuesday by Chad and Libya": the "by" phrase after a past participle's date is its agent.
            bool agent = caseWord == "by" && tags[verb] == "VBN";
            if (!agent && (caseWord is null || !PartyCases.Contains(caseWord))) continue;
            heads[t] = verb;
            labels[t] = agent ? "obl:agent" : "obl";
        }
    }

    /// <summary>
    /// For a verb <paramref name="v"/> the parser labelled <paramref name="label"/> under a date ("on Sunday", "on Wednesday")
    /// that is an oblique of a verb before it: that verb and the date; nulls otherwise.
    /// </summary>
    private static (int? Verb, int Date) VerbOfDateClause(string[] words, string[] tags, int[] heads, string[] labels, int v, string label)
    {
        if (labels[v] != label || !tags[v].StartsWith("VB", StringComparison.Ordinal) || heads[v] is not (>= 0 and var date) || date >= v) return (null, -1);
        if (!DateNouns.Contains(words[date].ToLowerInvariant()) || labels[date] is not ("obl" or "obl:tmod" or "obl:npmod")) return (null, -1);
        if (heads[date] is not (>= 0 and var verb) || !tags[verb].StartsWith("VB", StringComparison.Ordinal)) return (null, -1);
        return (verb, date);
    }

    /// <summary>
    /// "refused on Sunday to free kidnapped politicians", "agreed on Friday to pull back its forces": an infinitive after a
    /// date the verb governs completes the verb, not the date (which takes no clause); the parser may hang it on the date.
    /// </summary>
    private static void InfinitiveOffDate(string[] words, string[] tags, int[] heads, string[] labels)
    {
        for (int v = 2; v < words.Length; v++)
        {
            if (VerbOfDateClause(words, tags, heads, labels, v, "acl") is not ({ } verb, _)) continue;
            if (!(words[v - 1].Equals("to", StringComparison.OrdinalIgnoreCase) && heads[v - 1] == v)) continue;
            heads[v] = verb;
            labels[v] = "xcomp";
        }
    }

    /// <summary>
    /// "said on Wednesday that his government had asked the United Nations for aid": a "that" clause with a subject of its
    /// own after a date the verb governs is the verb's complement; the parser may read it as a relative clause of the date.
    /// </summary>
    private static void ThatClauseOffDate(string[] words, string[] tags, int[] heads, string[] labels)
    {
        for (int v = 2; v < words.Length; v++)
        {
            if (VerbOfDateClause(words, tags, heads, labels, v, "acl:relcl") is not ({ } verb, var date)) continue;
            int that = Array.FindIndex(words, date + 1, v - date - 1, w => w.Equals("that", StringComparison.OrdinalIgnoreCase));
            if (that < 0 || heads[that] != v || labels[that] != "mark") continue;
            if (!Enumerable.Range(that + 1, v - that - 1).Any(k => heads[k] == v && labels[k] is "nsubj" or "nsubj:pass")) continue;
            heads[v] = verb;
            labels[v] = "ccomp";
        }
    }

    /// <summary>
    /// "suspended a rise in metro fares on Saturday, bowing to protesters": a present participle after a comma that closes a
    /// verb's date says what the verb's subject did with it; the parser may hang it on the noun the date followed ("fares")
    /// (or on one before it) as a reduced relative, but a noun's own participle would stand next to it, not after a day's
    /// name. The participle becomes an adverbial clause of the verb that governs that noun.
    /// </summary>
    private static void ParticipleClauseOffDate(string[] words, string[] tags, int[] heads, string[] labels)
    {
        for (int v = 3; v < words.Length; v++)
        {
            if (tags[v] != "VBG" || labels[v] != "acl" || words[v - 1] != "," || !DateNouns.Contains(words[v - 2].ToLowerInvariant())) continue;
            int noun = heads[v];
            if (noun < 0 || noun >= v - 2) continue;
            int verb = noun;
            while (verb >= 0 && !tags[verb].StartsWith("VB", StringComparison.Ordinal)) verb = heads[verb];
            // The date may hang on the noun or, rightly, on the verb itself.
            if (verb < 0 || !(HangsUnder(heads, v - 2, noun, -2) || heads[v - 2] == verb)) continue;
            heads[v] = verb;
            labels[v] = "advcl";
            heads[v - 1] = v;
        }
    }

    /// <summary>
    /// "suspended funding for UNRWA, the U.N. agency for Palestinian refugees": a passive's agent has its "by"; a noun phrase
    /// the parser labelled so without one, after a comma and a noun, is that noun's apposition (else a plain oblique).
    /// </summary>
    private static void AgentWithoutBy(string[] words, string[] tags, int[] heads, string[] labels)
    {
        for (int k = 1; k < words.Length; k++)
        {
            if (labels[k] != "obl:agent") continue;
            if (Enumerable.Range(0, words.Length).Any(c => heads[c] == k && words[c].Equals("by", StringComparison.OrdinalIgnoreCase))) continue;
            int start = k;
            for (int c = 0; c < k; c++) if (heads[c] == k && c < start) start = c;
            int comma = start - 1;
            if (comma >= 1 && words[comma] == "," && tags[comma - 1].StartsWith("NN", StringComparison.Ordinal))
            {
                heads[k] = comma - 1;
                labels[k] = "appos";
                heads[comma] = k;
            }
            else labels[k] = "obl";
        }
    }

    /// <summary>
    /// "The Gulf Cooperation Council, meeting in emergency session in Jeddah, demanded that Iraq withdraw": a participle clause
    /// set off by commas after the subject describes it, and the verb after the second comma is the subject's; the parser may
    /// make the participle the subject's verb and hang the real verb on it as a reduced relative. Only a past form with no
    /// subject, agent or auxiliary of its own that has an argument after it (what was demanded, done or said).
    /// </summary>
    private static void VerbAfterParticipleClause(string[] tags, int[] heads, string[] labels)
    {
        for (int g = 2; g < tags.Length; g++)
        {
            if (tags[g] != "VBG" || tags[g - 1] != ",") continue;
            int subject = Array.FindIndex(heads, 0, g - 1, h => h == g);
            if (subject < 0 || labels[subject] != "nsubj" || heads[g - 1] != g && heads[g - 1] != subject) continue;
            for (int v = g + 2; v < tags.Length; v++)
            {
                if (heads[v] != g || labels[v] != "acl" || tags[v] is not ("VBD" or "VBN") || tags[v - 1] != ",") continue;
                if (HasSubjectOrAuxiliary(heads, labels, v) || !Enumerable.Range(v + 1, tags.Length - v - 1).Any(k => heads[k] == v && labels[k] is "ccomp" or "obj" or "xcomp")) break;
                (heads[v], labels[v]) = (heads[g], labels[g]);
                (heads[subject], labels[subject]) = (v, "nsubj");
                (heads[g], labels[g]) = (subject, "acl");
                heads[v - 1] = v;
                for (int k = v + 1; k < tags.Length; k++)
                    if (heads[k] == g && labels[k] == "punct") heads[k] = v;
                return;
            }
        }
    }

    /// <summary>
    /// "A Saudi aircraft carrying 35 tonnes of food landed in Aleppo", "A ship carrying weapons docked in Port Sudan": a
    /// participle right after the subject describes it, and the past form after its object is the sentence's verb; the
    /// parser may make the participle the root and hang the verb on its object as a reduced relative.
    /// </summary>
    private static void CarryingSubjectOfLaterVerb(string[] words, string[] tags, int[] heads, string[] labels)
    {
        int root = Array.IndexOf(labels, "root");
        if (root < 1 || tags[root] != "VBG" || labels[root - 1] != "nsubj" || heads[root - 1] != root) return;
        int subject = root - 1;
        for (int v = root + 2; v < words.Length; v++)
        {
            if (labels[v] != "acl" || tags[v] is not ("VBN" or "VBD") || !HangsUnder(heads, v, root, -1)) continue;
            if (Enumerable.Range(0, words.Length).Any(c => heads[c] == v && labels[c] is "nsubj" or "nsubj:pass" or "aux:pass")) continue;
            heads[v] = -1;
            labels[v] = "root";
            heads[subject] = v;
            heads[root] = subject;
            labels[root] = "acl";
            for (int c = v + 1; c < words.Length; c++)
                if (heads[c] == root && labels[c] == "punct") heads[c] = v;
            return;
        }
    }
}
