using System.Collections.Immutable;
using Sitrep.Core;

namespace Sitrep.Nlp.Tagging;

/// <summary>Pipeline component "tagger": fills <see cref="Token.Upos"/>, <see cref="Token.Xpos"/> and <see cref="Token.Lemma"/>.</summary>
internal sealed class TaggerComponent(Func<PosTagger> model) : IPipelineComponent
{
    public ComponentInfo Info { get; } = new("tagger", "1.0", [Layer.Tokens, Layer.Sentences], [Layer.PartsOfSpeech, Layer.Lemmas]);

    public Document Process(Document document, CancellationToken cancellationToken = default)
    {
        var tagger = model();
        var tokens = document.Tokens.ToBuilder();
        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var words = new string[sentence.TokenCount];
            for (int i = 0; i < words.Length; i++) words[i] = NlpModels.ModelForm(tokens[sentence.FirstToken + i].Text);
            var tags = tagger.Tag(words);
            ApplyRepairs(words, tags, tagger.Lexicon);
            for (int i = 0; i < words.Length; i++)
            {
                var t = tokens[sentence.FirstToken + i];
                var lemma = tagger.Lemmatizer.Lemmatize(words[i], tags[i].Xpos);
                // Keep the text's own apostrophe in lemmas of untouched words ("Iran’s" stays recognisable).
                if (lemma == words[i]) lemma = t.Text;
                tokens[sentence.FirstToken + i] = t with { Upos = tags[i].Upos, Xpos = tags[i].Xpos, Lemma = lemma };
            }
        }
        return (document with { Tokens = tokens.ToImmutable() }).ProducedBy(Info.Id, Layer.PartsOfSpeech, Layer.Lemmas);
    }

    /// <summary>The component's repairs of the model's tags, in order (also scored by <c>sitrep eval ud</c>).</summary>
    internal static void ApplyRepairs(string[] words, (string Upos, string Xpos)[] tags, WordNetLexicon? lexicon)
    {
        HyphenatedGeneral(words, tags);
        InfinitiveBeforeObject(words, tags, lexicon);
        IrregularPastAfterName(words, tags, lexicon);
        MainVerbReadAsParticiple(words, tags);
        MainVerbReadAsAdjective(words, tags, lexicon);
        MainVerbAfterApposition(words, tags);
        VerbLikeCompoundNouns(words, tags);
        GerundCompounds(words, tags);
        ParticipleAfterPossessive(words, tags);
        RankEndingPhrase(words, tags);
        PerfectBeforeInfinitive(words, tags);
        AlliedBeforeNoun(words, tags);
        ShotDead(words, tags);
        PossessiveBeforeDescribedNoun(words, tags);
        RestrictionRelaxed(words, tags);
        PluralNounClosingObject(words, tags);
        OpeningParticipleAdjective(words, tags);
        NeighbouringAdjective(words, tags);
        ParticipleAfterNumber(words, tags);
    }

    /// <summary>
    /// "handed over six refurbished Huey helicopters": an -ed form the model read as a past tense between a number and a
    /// noun is the participle describing the noun, not the verb of a clause of its own.
    /// </summary>
    internal static void ParticipleAfterNumber(string[] words, (string Upos, string Xpos)[] tags)
    {
        for (int i = 1; i + 1 < words.Length; i++)
            if (tags[i].Xpos == "VBD" && words[i].EndsWith("ed", StringComparison.Ordinal) && tags[i - 1].Xpos == "CD"
                && tags[i + 1].Xpos is "NN" or "NNS" or "NNP" or "NNPS" or "JJ")
                tags[i] = ("VERB", "VBN");
    }

    /// <summary>
    /// "condemned the military coup in neighbouring Gambia": "neighbouring" after a preposition, a determiner or a
    /// possessive and before a noun or a name is the adjective, not a verb whose object is the name.
    /// </summary>
    internal static void NeighbouringAdjective(string[] words, (string Upos, string Xpos)[] tags)
    {
        for (int i = 1; i + 1 < words.Length; i++)
        {
            if (tags[i].Xpos != "VBG" || !(words[i].Equals("neighbouring", StringComparison.OrdinalIgnoreCase) || words[i].Equals("neighboring", StringComparison.OrdinalIgnoreCase))) continue;
            if (tags[i - 1].Xpos is not ("IN" or "DT" or "PRP$" or "POS") || tags[i + 1].Xpos is not ("NNP" or "NNPS" or "NN" or "NNS" or "JJ")) continue;
            tags[i] = ("ADJ", "JJ");
        }
    }

    /// <summary>Participles that open a news sentence as adjectives of its subject ("Suspected Islamist militants shot dead …").</summary>
    private static readonly HashSet<string> OpeningParticiples = new(StringComparer.Ordinal) { "Suspected", "Alleged", "Armed", "Masked", "Unidentified", "Unknown" };

    /// <summary>
    /// "Suspected Islamist militants shot dead the mayor of Arbinda": such a participle first in the sentence, before a noun
    /// phrase, with a finite verb still to come, is the subject's adjective, not the sentence's verb; so is one right after a
    /// finite verb, before its object's noun ("extradited suspected drug trafficker Carlos Lehder").
    /// </summary>
    internal static void OpeningParticipleAdjective(string[] words, (string Upos, string Xpos)[] tags)
    {
        for (int i = 1; i + 1 < words.Length; i++)
            if (OpeningParticiples.Contains(char.ToUpperInvariant(words[i][0]) + words[i][1..]) && char.IsLower(words[i][0]) && tags[i].Xpos is "VBD" or "VBN"
                && tags[i - 1].Xpos is "VBD" or "VBZ" or "VBP" && tags[i + 1].Xpos is "JJ" or "NN" or "NNS")
                tags[i] = ("ADJ", "JJ");
        if (words.Length < 3 || !OpeningParticiples.Contains(words[0]) || tags[0].Xpos is not ("VBD" or "VBN")) return;
        if (tags[1].Xpos is not ("JJ" or "NN" or "NNS" or "NNP" or "NNPS")) return;
        if (!Enumerable.Range(2, words.Length - 2).Any(k => tags[k].Xpos is "VBD" or "VBZ" or "VBP" or "MD")) return;
        tags[0] = ("ADJ", "JJ");
    }

    /// <summary>
    /// "refused to hand over the two Lockerbie bombing suspects to Britain": an -s word the model read as a present tense,
    /// closing a phrase that a determiner or number opens right after a verb or its particle, is that phrase's plural noun
    /// when a preposition (not an infinitive's "to"), a comma or the sentence's end follows. After a preposition or "as" the
    /// phrase may be a clause's subject ("as the article notes,"), and so may one after a verb of saying; a name right before
    /// the word is its subject ("Ichiban looks like").
    /// </summary>
    internal static void PluralNounClosingObject(string[] words, (string Upos, string Xpos)[] tags)
    {
        for (int i = 3; i < words.Length; i++)
        {
            if (tags[i].Xpos != "VBZ" || !words[i].EndsWith('s') || words[i].Length < 4 || words[i][0] is < 'a' or > 'z' || tags[i - 1].Xpos is "NNP" or "NNPS") continue;
            if (i + 1 < words.Length && (tags[i + 1].Xpos is not ("IN" or "TO" or "," or ".") || tags[i + 1].Xpos == "TO" && i + 2 < words.Length && tags[i + 2].Xpos.StartsWith("VB", StringComparison.Ordinal))) continue;
            int d = i - 1;
            while (d > 0 && tags[d].Xpos is "NN" or "NNP" or "JJ" or "VBG" or "CD" or "NNPS") d--;
            // ("hand over the two …": the model may tag the particle a preposition.)
            bool particle = d >= 2 && Particles.Contains(words[d - 1]) && tags[d - 2].Xpos.StartsWith("VB", StringComparison.Ordinal);
            if (d == i - 1 || d == 0 || tags[d].Xpos is not ("DT" or "CD") || tags[d - 1].Xpos is not ("VB" or "VBD" or "VBG" or "VBN" or "VBP" or "RP") && !particle) continue;
            if (words[d - 1].ToLowerInvariant() is "said" or "says" or "say" or "told" or "believes" or "believed" or "come") continue;
            tags[i] = ("NOUN", "NNS");
        }
    }

    /// <summary>
    /// "Uruguay's newly elected parliament set up a commission": "'s" after a name, before an adverb, a participle and a noun
    /// with a finite verb still to come, is the possessive, not "is" (read as "is", "elected" became the sentence's verb).
    /// </summary>
    internal static void PossessiveBeforeDescribedNoun(string[] words, (string Upos, string Xpos)[] tags)
    {
        for (int i = 1; i + 3 < words.Length; i++)
        {
            if (words[i] is not ("'s" or "\u2019s") || tags[i].Xpos != "VBZ" || tags[i - 1].Xpos is not ("NNP" or "NNPS")) continue;
            if (tags[i + 1].Xpos != "RB" || tags[i + 2].Xpos is not ("VBN" or "JJ") || tags[i + 3].Xpos is not ("NN" or "NNS")) continue;
            if (!Enumerable.Range(i + 4, words.Length - i - 4).Any(k => tags[k].Xpos is "VBD" or "VBZ" or "VBP" or "MD")) continue;
            tags[i] = ("PART", "POS");
            if (tags[i + 2].Xpos == "VBN") tags[i + 2] = ("VERB", "VBN");
        }
    }

    /// <summary>
    /// "Gunmen on a motorcycle shot dead the publisher": "shot dead" is the verb of killing by gunfire, never a noun ("a
    /// motorcycle shot" read as a compound left the sentence without a verb); after a form of "be" or "have" the participle.
    /// </summary>
    internal static void ShotDead(string[] words, (string Upos, string Xpos)[] tags)
    {
        for (int i = 1; i + 1 < words.Length; i++)
        {
            if (!words[i].Equals("shot", StringComparison.OrdinalIgnoreCase) || !words[i + 1].Equals("dead", StringComparison.OrdinalIgnoreCase) || tags[i].Upos == "VERB") continue;
            bool perfectOrPassive = BeForms.Contains(words[i - 1]) || words[i - 1].ToLowerInvariant() is "had" or "has" or "have";
            tags[i] = perfectOrPassive ? ("VERB", "VBN") : ("VERB", "VBD");
        }
    }

    /// <summary>Forms of "be" before a passive participle.</summary>
    private static readonly HashSet<string> BeForms = new(StringComparer.OrdinalIgnoreCase) { "was", "were", "been", "be", "is", "are", "being" };

    /// <summary>Restrictions that are relaxed, in news: curfews, bans, rules, controls, states of emergency.</summary>
    private static readonly HashSet<string> RestrictionWords = new(StringComparer.OrdinalIgnoreCase)
        { "curfew", "curfews", "ban", "bans", "restrictions", "rules", "controls", "blockade", "embargo", "sanctions", "emergency", "censorship", "law", "laws", "limits", "regulations" };

    /// <summary>
    /// "Authorities in Indian Kashmir relaxed a curfew in parts of Srinagar", "the curfew in Srinagar was relaxed for four
    /// hours": "relaxed" before a determiner and a restriction, or after a form of "be" with a restriction just before it,
    /// is the verb (the model reads the adjective of "a relaxed atmosphere", which stays).
    /// </summary>
    internal static void RestrictionRelaxed(string[] words, (string Upos, string Xpos)[] tags)
    {
        for (int i = 1; i < words.Length; i++)
        {
            if (!words[i].Equals("relaxed", StringComparison.OrdinalIgnoreCase) || tags[i].Upos == "VERB") continue;
            bool objectAfter = i + 2 < words.Length && tags[i + 1].Xpos is "DT" or "PRP$"
                && Enumerable.Range(i + 2, Math.Min(3, words.Length - i - 2)).Any(k => RestrictionWords.Contains(words[k]));
            bool passiveAfter = BeForms.Contains(words[i - 1])
                && Enumerable.Range(Math.Max(0, i - 7), i - Math.Max(0, i - 7)).Any(k => RestrictionWords.Contains(words[k]));
            if (objectAfter) tags[i] = ("VERB", "VBD");
            else if (passiveAfter) tags[i] = ("VERB", "VBN");
        }
    }

    /// <summary>
    /// "Rapid Support Forces fighters and allied Arab militias killed …": "allied" opening a noun phrase (after "and", a
    /// determiner, a possessive or a comma, before a noun or an adjective) describes the noun; the model read a past tense
    /// there and the parse made the sentence's verb a modifier. "Britain allied itself with France" keeps its verb.
    /// </summary>
    internal static void AlliedBeforeNoun(string[] words, (string Upos, string Xpos)[] tags)
    {
        for (int i = 0; i + 1 < words.Length; i++)
        {
            if (!words[i].Equals("allied", StringComparison.OrdinalIgnoreCase) || tags[i].Xpos is "JJ" or "NNP") continue;
            bool opens = i == 0 || words[i - 1].ToLowerInvariant() is "and" or "or" or "," or "'s" or "its" or "their" or "his" or "her"
                || tags[i - 1].Xpos is "DT" or "CD" or "IN" or "PRP$";
            if (opens && tags[i + 1].Xpos is "JJ" or "NN" or "NNS" or "NNP" or "NNPS") tags[i] = ("ADJ", "JJ");
        }
    }

    /// <summary>
    /// "Myanmar's military government had again refused to let the rapporteur visit": an -ed word after a form of "have"
    /// (an adverb or two between) and before an infinitive's "to" is the perfect's participle, not an adjective
    /// ("had limited access" keeps its adjective: no "to" follows).
    /// </summary>
    internal static void PerfectBeforeInfinitive(string[] words, (string Upos, string Xpos)[] tags)
    {
        for (int i = 1; i + 1 < words.Length; i++)
        {
            if (tags[i].Xpos != "JJ" || !words[i].EndsWith("ed", StringComparison.Ordinal) || !words[i + 1].Equals("to", StringComparison.OrdinalIgnoreCase)) continue;
            int k = i - 1;
            while (k > 0 && k >= i - 2 && tags[k].Xpos == "RB") k--;
            if (words[k].ToLowerInvariant() is "had" or "has" or "have" or "having") tags[i] = ("VERB", "VBN");
        }
    }

    /// <summary>
    /// "Ukraine's prosecutor-general accused Russian forces of war crimes", "the attorney-general ordered an inquiry":
    /// "general" hyphened to the noun of an office is the office's name, a noun (read as an adjective, the verb after it
    /// became a participle describing the object).
    /// </summary>
    internal static void HyphenatedGeneral(string[] words, (string Upos, string Xpos)[] tags)
    {
        for (int i = 2; i < words.Length; i++)
            if (tags[i].Upos == "ADJ" && words[i].Equals("general", StringComparison.OrdinalIgnoreCase) && words[i - 1] == "-" && tags[i - 2].Upos == "NOUN")
                tags[i] = ("NOUN", "NN");
    }

    /// <summary>Ranks that are also adjectives ("a general strike", "a major offensive").</summary>
    private static readonly HashSet<string> AdjectiveRanks = new(StringComparer.OrdinalIgnoreCase) { "general", "major" };

    /// <summary>
    /// "handed over a former army major to the tribunal", "transferred a retired general to The Hague": a rank that is
    /// also an adjective, ending a noun phrase (after a determiner, adjective or noun, before no noun, adjective or
    /// number), is the officer, not a modifier of something that never comes.
    /// </summary>
    internal static void RankEndingPhrase(string[] words, (string Upos, string Xpos)[] tags)
    {
        for (int i = 1; i < words.Length; i++)
        {
            if (tags[i].Upos != "ADJ" || !AdjectiveRanks.Contains(words[i])) continue;
            if (tags[i - 1].Upos is not ("DET" or "ADJ" or "NOUN" or "PROPN") && tags[i - 1].Xpos != "VBN") continue;
            if (i + 1 < words.Length && tags[i + 1].Upos is "NOUN" or "PROPN" or "ADJ" or "NUM") continue;
            tags[i] = ("NOUN", "NN");
        }
    }

    /// <summary>
    /// Noun compounds of news one of whose words is a verb too: the first word with the nouns it compounds with ("riot
    /// police", "riot gear"; "trade unionists", "trade unions"; "public works"; "travel bans").
    /// </summary>
    private static readonly Dictionary<string, HashSet<string>> VerbLikeCompounds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["riot"] = new(StringComparer.OrdinalIgnoreCase) { "police", "policemen", "squad", "squads", "troops", "units", "gear", "shields", "control" },
        ["trade"] = new(StringComparer.OrdinalIgnoreCase) { "union", "unions", "unionist", "unionists" },
        ["public"] = new(StringComparer.OrdinalIgnoreCase) { "works" },
        // "imposed asset freezes and travel bans on about 40 officials": "travel" read as the verb left "imposed" no object.
        ["travel"] = new(StringComparer.OrdinalIgnoreCase) { "ban", "bans", "restrictions", "documents", "permits" },
    };

    /// <summary>
    /// "thousands of gendarmes and riot police", "church leaders and trade unionists", "a former public works minister": a
    /// word of such a compound is a noun, however often the model reads it as a verb (after "and", or "works" as a present).
    /// </summary>
    internal static void VerbLikeCompoundNouns(string[] words, (string Upos, string Xpos)[] tags)
    {
        for (int i = 0; i + 1 < words.Length; i++)
        {
            if (!VerbLikeCompounds.TryGetValue(words[i], out var heads) || !heads.Contains(words[i + 1])) continue;
            if (tags[i].Upos == "VERB") tags[i] = ("NOUN", "NN");
            // "a former public works minister": the compound's last word may be the one read as a verb.
            if (tags[i + 1].Upos == "VERB") tags[i + 1] = ("NOUN", words[i + 1].EndsWith('s') ? "NNS" : "NN");
        }
    }

    /// <summary>
    /// Nouns an -ing word names the use of in relief and supply lists ("cooking oil", "drinking water", "sleeping bags",
    /// "building materials", "fishing boats", "landing craft"), by the -ing word.
    /// </summary>
    private static readonly Dictionary<string, HashSet<string>> GerundCompoundNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["cooking"] = new(StringComparer.OrdinalIgnoreCase) { "oil", "fuel", "gas", "utensils", "pots", "sets", "stoves" },
        ["drinking"] = new(StringComparer.OrdinalIgnoreCase) { "water" },
        ["sleeping"] = new(StringComparer.OrdinalIgnoreCase) { "bags", "mats" },
        ["building"] = new(StringComparer.OrdinalIgnoreCase) { "materials", "supplies" },
        ["fishing"] = new(StringComparer.OrdinalIgnoreCase) { "boat", "boats", "vessel", "vessels", "trawler", "trawlers", "fleet", "fleets", "grounds", "rights", "zone", "nets" },
        ["landing"] = new(StringComparer.OrdinalIgnoreCase) { "craft", "ship", "ships", "strip", "strips" },
        ["washing"] = new(StringComparer.OrdinalIgnoreCase) { "powder", "soap" },
    };

    /// <summary>
    /// "distributed rice, beans and cooking oil", "flew in tents and drinking water": an -ing word before the noun it names
    /// the use of is the noun's modifier (a noun, as UD tags it), however often the model reads it as a verb after "and".
    /// </summary>
    internal static void GerundCompounds(string[] words, (string Upos, string Xpos)[] tags)
    {
        for (int i = 0; i + 1 < words.Length; i++)
            if (tags[i].Upos == "VERB" && GerundCompoundNouns.TryGetValue(words[i], out var nouns) && nouns.Contains(words[i + 1]))
                tags[i] = ("NOUN", "NN");
    }

    /// <summary>
    /// "Tanzania's ruling Chama Cha Mapinduzi party endorsed ...": an -ing word between a possessive and the noun it
    /// describes is that noun's modifier, not a verb of its own (read as a verb, it split the name and left "Saturday" the
    /// subject of the sentence's verb). After a determiner the treebank keeps such words as participles ("the following
    /// day"), so only possessives.
    /// </summary>
    internal static void ParticipleAfterPossessive(string[] words, (string Upos, string Xpos)[] tags)
    {
        for (int i = 1; i + 1 < words.Length; i++)
            if (tags[i].Xpos == "VBG" && tags[i - 1].Xpos == "POS"
                && tags[i + 1].Upos is "NOUN" or "PROPN" or "ADJ")
                tags[i] = ("ADJ", "JJ");
    }

    /// <summary>Words that open a noun phrase: after "to" and a word that can be a verb, they make it one.</summary>
    private static readonly HashSet<string> PhraseOpeners = new(StringComparer.Ordinal)
        { "a", "an", "the", "its", "their", "his", "her", "our", "all", "some", "any", "this", "these", "those", "more", "two", "three" };

    /// <summary>
    /// "Tokyo froze grant aid to China": a word WordNet knows only as an irregular past form of a verb ("froze", "flew",
    /// "broke" is also no noun) that the tagger took for a noun after a name is the name's verb.
    /// </summary>
    internal static void IrregularPastAfterName(string[] words, (string Upos, string Xpos)[] tags, WordNetLexicon? lexicon)
    {
        if (lexicon is null) return;
        for (int i = 1; i < words.Length; i++)
        {
            if (tags[i].Xpos is not ("NN" or "JJ") || tags[i - 1].Xpos is not ("NNP" or "NNPS") || !words[i].All(char.IsLower)) continue;
            var a = lexicon.Analyse(words[i]);
            if (a != WordNetLexicon.Analysis.VerbEd || lexicon.BaseOf(words[i], 'v') is not { } verb || verb == words[i] || words[i].EndsWith("ed", StringComparison.Ordinal)) continue;
            tags[i] = ("VERB", "VBD");
        }
    }

    /// <summary>Words after a participle that say when, not what: "the men arrested yesterday" keeps its participle.</summary>
    private static readonly HashSet<string> TimeWords =
        new(CalendarWords.DaysAndMonths.Concat(["yesterday", "today", "tonight", "last", "this", "next", "earlier", "later"]), StringComparer.OrdinalIgnoreCase);

    /// <summary>Irregular verbs whose past tense and participle are one word ("Rioters set fire to banks", "Strikers cut power lines").</summary>
    private static readonly HashSet<string> IrregularPastParticiples = new(StringComparer.Ordinal)
        { "set", "put", "cut", "hit", "shut", "sent", "held", "built", "led", "kept", "left", "met", "paid", "sold", "told", "brought", "bought", "caught", "fought", "laid", "lost", "shot", "spent", "struck", "burnt", "spread" };

    /// <summary>
    /// "Cuban state security agents arrested dozens of dissidents", "The World Food Programme distributed rice": an -ed form
    /// (or an irregular one that is past and participle alike: "Rioters set fire to banks") right after the sentence's first
    /// noun phrase, with no verb before it and an object after it (a determiner, a number, a noun), is the sentence's verb,
    /// not a participle describing the noun ("weapons seized by police" has its agent).
    /// </summary>
    internal static void MainVerbReadAsParticiple(string[] words, (string Upos, string Xpos)[] tags)
    {
        for (int i = 1; i + 1 < words.Length; i++)
        {
            if (tags[i].Xpos != "VBN" || !(words[i].EndsWith("ed", StringComparison.Ordinal) || IrregularPastParticiples.Contains(words[i])) || !tags[i - 1].Xpos.StartsWith("NN", StringComparison.Ordinal)) continue;
            // "Thousands of opposition supporters protested in the town of Osh on Sunday, demanding …": with no finite verb
            // after it either, nothing else can be the sentence's verb, whatever follows (but its agent: "seized by police").
            // So with the finite verbs after it all in a clause of their own ("…, as striking miners defied police orders", "…,
            // police said"), unless another participle in its clause may be the verb ("A car bomb packed with explosives and
            // left by the IRA … exploded …, police said").
            bool onlyVerb = words[i + 1] != "by" && (!FiniteVerbAfter(tags, i) || !MainFiniteVerbAfter(words, tags, i) && !ParticipleInClauseAfter(words, tags, i));
            if (!onlyVerb && (tags[i + 1].Xpos is not ("DT" or "CD" or "NN" or "NNS" or "NNP" or "NNPS" or "JJ" or "PRP$") || TimeWords.Contains(words[i + 1]))) continue;
            if (VerbOrClauseBefore(words, tags, i)) continue;
            tags[i] = ("VERB", "VBD");
        }
    }

    /// <summary>
    /// "Russian troops shelled Grozny", "Russian troops shelled Chechnya on Friday": an -ed form of a verb right after the
    /// sentence's first noun phrase, with no verb before or after it and a name, determiner, number or possessive after it, is
    /// the sentence's verb, not an adjective of the name ("shelled" as in "the shelled city" left the sentence without one).
    /// An adjective before a common noun ("armed men", "troops shelled buildings") stays what the model read.
    /// </summary>
    internal static void MainVerbReadAsAdjective(string[] words, (string Upos, string Xpos)[] tags, WordNetLexicon? lexicon)
    {
        if (lexicon is null) return;
        for (int i = 1; i + 1 < words.Length; i++)
        {
            if (tags[i].Xpos != "JJ" || !words[i].EndsWith("ed", StringComparison.Ordinal) || !tags[i - 1].Xpos.StartsWith("NN", StringComparison.Ordinal)) continue;
            if (tags[i + 1].Xpos is not ("DT" or "CD" or "NNP" or "NNPS" or "PRP$") || FiniteVerbAfter(tags, i)) continue;
            if (!lexicon.Analyse(words[i]).HasFlag(WordNetLexicon.Analysis.VerbEd) || lexicon.BaseOf(words[i], 'v') is null) continue;
            if (VerbOrClauseBefore(words, tags, i)) continue;
            tags[i] = ("VERB", "VBD");
        }
    }

    /// <summary>
    /// Whether a verb, a modal, a comma or a relative or complement word comes before word <paramref name="i"/>: then the
    /// -ed form at <paramref name="i"/> is not right after the sentence's first noun phrase.
    /// </summary>
    private static bool VerbOrClauseBefore(string[] words, (string Upos, string Xpos)[] tags, int i)
    {
        for (int k = 0; k < i; k++)
            if (tags[k].Xpos.StartsWith("VB", StringComparison.Ordinal) || tags[k].Xpos == "MD" || words[k] is "," or "who" or "which" or "that") return true;
        return false;
    }

    /// <summary>
    /// "Uganda's army commander, Major-General Jeje Odongo, travelled to Kigali on Tuesday": an -ed form right after a
    /// subject and its apposition set off by two commas, with no verb before it and no finite verb after it, is the
    /// sentence's verb, not a participle describing the name before it.
    /// </summary>
    internal static void MainVerbAfterApposition(string[] words, (string Upos, string Xpos)[] tags)
    {
        for (int i = 3; i + 1 < words.Length; i++)
        {
            if (tags[i].Xpos != "VBN" || !words[i].EndsWith("ed", StringComparison.Ordinal) || words[i - 1] != "," || words[i + 1] == "by") continue;
            if (!tags[i - 2].Xpos.StartsWith("NN", StringComparison.Ordinal)) continue;
            var before = Enumerable.Range(0, i - 1).ToList();
            if (before.Count(k => words[k] == ",") != 1 || before.Any(k => tags[k].Xpos.StartsWith("VB", StringComparison.Ordinal) || tags[k].Xpos == "MD" || words[k] is "who" or "which" or "that")) continue;
            int comma = before.First(k => words[k] == ",");
            if (comma == 0 || !tags[comma - 1].Xpos.StartsWith("NN", StringComparison.Ordinal)) continue;
            if (FiniteVerbAfter(tags, i)) continue;
            tags[i] = ("VERB", "VBD");
        }
    }

    /// <summary>Words that open a clause of its own: subordinators and relative words.</summary>
    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.OrdinalIgnoreCase)
        { "as", "while", "after", "before", "when", "because", "since", "although", "though", "until", "where", "whereas", "who", "which", "that", "if", "unless" };

    /// <summary>Words of a span of time before "after" or "before" ("days after", "a week before").</summary>
    private static readonly HashSet<string> TimeSpanNouns = new(StringComparer.OrdinalIgnoreCase) { "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "shortly", "soon" };

    /// <summary>Verbs of a closing attribution ("…, police said").</summary>
    private static readonly HashSet<string> ReportingVerbs = new(StringComparer.OrdinalIgnoreCase) { "said", "says", "reported", "told", "added", "announced" };

    /// <summary>
    /// Whether a finite verb or a modal follows the word at <paramref name="i"/> in the same clause: not one in a clause that
    /// opens on its own (see OpensOwnClause), nor a verb of saying after a comma that closes the sentence's attribution.
    /// </summary>
    private static bool MainFiniteVerbAfter(string[] words, (string Upos, string Xpos)[] tags, int i)
    {
        for (int k = i + 1; k < tags.Length; k++)
        {
            if (OpensOwnClause(words, k)) return false;
            if (tags[k].Xpos is "VBD" or "VBZ" or "VBP" or "MD")
            {
                bool attribution = ReportingVerbs.Contains(words[k]) && Enumerable.Range(i + 1, k - i - 1).Any(c => words[c] == ",");
                if (!attribution) return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether the word at <paramref name="k"/> opens a clause of its own: a subordinator or relative word after a comma or a
    /// span of time (", as striking miners defied …", ", a week after peacekeepers began …"); "men dressed as police attacked …"
    /// has its verb after a preposition "as".
    /// </summary>
    private static bool OpensOwnClause(string[] words, int k) =>
        ClauseOpeners.Contains(words[k]) && (words[k - 1] == "," || TimeSpanNouns.Contains(words[k - 1]));

    /// <summary>Whether a participle not after "be" or "have" follows the word at <paramref name="i"/> before a clause of its own opens.</summary>
    private static bool ParticipleInClauseAfter(string[] words, (string Upos, string Xpos)[] tags, int i)
    {
        for (int k = i + 1; k < tags.Length; k++)
        {
            if (OpensOwnClause(words, k)) return false;
            if (tags[k].Xpos == "VBN" && !BeForms.Contains(words[k - 1]) && words[k - 1].ToLowerInvariant() is not ("has" or "have" or "had")) return true;
        }
        return false;
    }

    /// <summary>Whether a finite verb or a modal follows the word at <paramref name="i"/>.</summary>
    private static bool FiniteVerbAfter((string Upos, string Xpos)[] tags, int i)
    {
        for (int k = i + 1; k < tags.Length; k++)
            if (tags[k].Xpos is "VBD" or "VBZ" or "VBP" or "MD") return true;
        return false;
    }

    /// <summary>Whether word <paramref name="i"/> follows a that-clause's named subject ("that Georgia", "that the United States"), an adverb between ("that Georgia immediately …").</summary>
    private static bool AfterClauseSubject(string[] words, (string Upos, string Xpos)[] tags, int i)
    {
        int k = i - 1;
        if (k > 0 && tags[k].Xpos == "RB") k--;
        if (k < 1 || tags[k].Xpos is not ("NNP" or "NNPS")) return false;
        while (k > 0 && tags[k - 1].Xpos is "NNP" or "NNPS") k--;
        // "demanded that the United States end its embargo": the name may have its article.
        if (k > 1 && words[k - 1].Equals("the", StringComparison.OrdinalIgnoreCase)) k--;
        return k > 0 && words[k - 1].Equals("that", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Particles of phrasal verbs that stand between the verb and its object ("hand over the", "pull out its").</summary>
    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase) { "over", "back", "out", "up", "down", "off" };

    /// <summary>
    /// "Luanda was prepared to free a captured South African officer": after "to" (or a modal, negated or not), a word
    /// WordNet knows as a verb that the tagger took for an adjective or a noun, followed by a determiner, is the infinitive
    /// with its object ("to the free world" has the determiner first).
    /// </summary>
    internal static void InfinitiveBeforeObject(string[] words, (string Upos, string Xpos)[] tags, WordNetLexicon? lexicon)
    {
        if (lexicon is null) return;
        for (int i = 1; i + 1 < words.Length; i++)
        {
            // "said it would free some 200 prisoners": so is one right after a modal.
            // "will not free its American hostages", "vowed never to free them": a negation between counts for nothing.
            int before = i - 1;
            if (before >= 1 && words[before].ToLowerInvariant() is "not" or "n't" or "never") before--;
            bool afterTo = words[before].Equals("to", StringComparison.OrdinalIgnoreCase), afterModal = tags[before].Xpos == "MD";
            // "demanded that Libya hand over the gunmen", "that Georgia immediately free four Russian officers": so is one
            // after the named subject of a that-clause, in the subjunctive a demand takes.
            if (!(afterTo || afterModal || AfterClauseSubject(words, tags, i)) || tags[i].Xpos is not ("JJ" or "NN") || !words[i].All(char.IsLower)) continue;
            // "refused on Friday to hand over the suspects", "to hand over Osama bin Laden": so is one whose particle stands
            // before the object, which may also be a name.
            bool particle = i + 2 < words.Length && Particles.Contains(words[i + 1]);
            int opener = particle ? i + 2 : i + 1;
            // "said it would free 60 Ugandan soldiers", "would free eight hostages": a number opens the object as a determiner does.
            // "refused to free him unless Berlin pulls its troops out": so does a pronoun that can only be an object.
            bool objectFollows = PhraseOpeners.Contains(words[opener].ToLowerInvariant()) || particle && char.IsUpper(words[opener][0])
                || words[opener].ToLowerInvariant() is "him" or "them" or "us" or "me"
                || tags[opener].Xpos == "CD" && (words[opener].Any(char.IsDigit) || opener + 1 < words.Length && tags[opener + 1].Xpos is "NNS" or "JJ")
                // "will free about 30 Ugandan soldiers": so does a number's approximation before it.
                || words[opener].ToLowerInvariant() is "about" or "around" or "nearly" or "almost" or "roughly" or "approximately" && opener + 1 < words.Length && tags[opener + 1].Xpos == "CD"
                // "refused to free kidnapped politicians": a participle opens it as an adjective does ("free trade" has none).
                || tags[opener].Xpos == "VBN" && opener + 1 < words.Length && tags[opener + 1].Xpos is "NNS" or "NN"
                // "refused to free French teacher Cecile Kohler": so does a nationality before a person's description and name.
                || tags[opener].Xpos == "JJ" && char.IsUpper(words[opener][0]) && opener + 2 < words.Length && tags[opener + 1].Xpos is "NN" or "NNS"
                    && tags[opener + 2].Xpos == "NNP";
            if (!objectFollows || !lexicon.Analyse(words[i]).HasFlag(WordNetLexicon.Analysis.BaseVerb)) continue;
            tags[i] = ("VERB", "VB");
            if (afterTo && tags[before].Xpos == "IN") tags[before] = ("PART", "TO");
        }
    }
}
