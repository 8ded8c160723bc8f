using System.Collections.Immutable;
using Sitrep.Core;
using Sitrep.Events.Dictionaries;

namespace Sitrep.Events.Coding;

/// <summary>An event while it is being coded and merged; becomes a <see cref="PoliticalEvent"/> at the end.</summary>
internal sealed class Candidate
{
    public required int Trigger { get; init; }
    public required int TriggerEnd { get; init; }
    public required Sentence Sentence { get; init; }
    public required string Code { get; set; }
    public int Weight { get; set; }
    public bool Nominal { get; init; }
    public Party? Source { get; set; }
    public Party? Target { get; set; }
    public Modality Modality { get; set; } = Modality.Asserted;
    public Quote? Quote { get; set; }
    public List<TextSpan> OtherMentions { get; } = [];
    public EventLocation? Location { get; set; }
    public EventDate? Date { get; set; }

    /// <summary>
    /// What another act is for ("marched … demanding that …"): kept while the sentence is read, so that the acts it names stay
    /// its content, but no event of its own.
    /// </summary>
    public bool AimOnly { get; set; }

    /// <summary>The other source/target pairs of coordinated phrases ("Hungarian and Romanian officials agreed"): same act, one event each.</summary>
    public List<(Party Source, Party? Target)> MorePairs { get; } = [];
}

/// <summary>
/// Codes political events from tokens, sentences, entity mentions and quotes, and the dependency parse when the
/// tagger and parser ran (the default pipeline; see EventCoder.Dependencies.cs):
/// verb triggers are coded with the PETRARCH2 CAMEO verb dictionary and its patterns, event nouns with a small
/// lexicon, speech acts with the quote layer's cues. Sources and targets come from the actor spans around the
/// trigger (the parse's subject and object sides, else the surface ones: passives with "by", possessives); modality from negation, modals,
/// denial, allegation and attributed speech; date and place from the same sentence.
/// The class is split by concern: this file finds triggers (nouns, verbs); EventCoder.Dependencies.cs reads arguments
/// from the parse; EventCoder.Parties.cs the parties the parse leaves open; EventCoder.Codes.cs refines codes;
/// EventCoder.Context.cs gives speaker, modality and place; EventCoder.Merge.cs merges mentions of one event.
/// </summary>
internal sealed partial class EventCoder(EventLexicon lex)
{
    private static readonly FrozenSet Determiners = new("a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my",
        "your", "any", "some", "no", "new", "latest", "further", "future", "possible", "more", "of", "'s", "another", "fresh", "renewed", "such");
    /// <summary>Words by which a definite article introduces an act rather than points back to one: "the annual exercises".</summary>
    private static readonly FrozenSet IntroducingWords = new("annual", "yearly", "first", "largest", "biggest", "first-ever");

    private static readonly FrozenSet Definite = new("the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "such");
    private static readonly FrozenSet Prepositions = new("in", "to", "at", "of", "from", "with", "for", "on", "against", "between", "about", "near",
        "into", "across", "throughout", "over", "under", "via", "toward", "towards", "inside", "outside", "among", "after", "before", "during", "like", "as", "than", "despite");
    private static readonly FrozenSet BeForms = new("is", "are", "was", "were", "be", "been", "being", "'s", "am");
    private static readonly FrozenSet SubjectStops = new("that", ";", ":", "“", "”", "\"", "(", ")", "—", "–", "if", "when", "while", "because", "but", "although");
    private static readonly FrozenSet Negators = new("not", "n't", "never", "no", "nobody", "neither", "nor", "without");
    private static readonly FrozenSet FutureCues = new("will", "shall", "'ll", "wo", "going", "gon", "expected", "set", "plan", "plans", "planning", "plotting", "vowed", "vow", "vows", "future", "upcoming");
    private static readonly FrozenSet ModalCues = new("could", "might", "may", "would", "should", "if", "unless", "can", "possible", "possibly", "likely", "potential", "potentially");
    private static readonly FrozenSet AllegedCues = new("allegedly", "alleged", "reportedly", "suspected", "believed", "purportedly", "apparently");
    private static readonly FrozenSet DenyLemmas = new("deny", "denied", "denies", "denying", "rejected", "dismissed");
    private static readonly FrozenSet ClaimCues = new("claim", "claims", "claimed", "claiming");
    /// <summary>Agent codes of armed men named by kind only ("gunmen", "rebels", "bandits").</summary>
    private static readonly FrozenSet StatelessArmed = new("UAF", "REB", "CRM", "INS");

    /// <summary>Verbs of bringing things to a standstill, a strike when workers or the opposition do it ("shut down banks").</summary>
    private static readonly FrozenSet StrikeLemmas = new("shut", "paralyse", "paralyze", "cripple");

    /// <summary>
    /// Whether the "to" phrase at <paramref name="k"/> says where what verb <paramref name="verb"/> returns goes: it hangs on the
    /// verb, on its object, or on a participle describing the object ("treasures looted from Abomey in 1892 to Benin").
    /// </summary>
    private static bool ReturnedToOf(Ctx ctx, Sentence s, int k, int verb)
    {
        int h = ctx.Doc.Tokens[k].Head;
        if (h == verb) return true;
        if (h < s.FirstToken || h >= s.EndToken) return false;
        if (Rel(ctx, h) == "obj" && ctx.Doc.Tokens[h].Head == verb) return true;
        int o = ctx.Doc.Tokens[h].Head;
        return Rel(ctx, h) == "acl" && o >= s.FirstToken && o < s.EndToken && Rel(ctx, o) == "obj" && ctx.Doc.Tokens[o].Head == verb;
    }

    /// <summary>Texts whose content a participle after them states ("a law recognizing …", "a resolution calling for …").</summary>
    private static readonly FrozenSet TextNouns = new("law", "laws", "bill", "bills", "resolution", "resolutions", "decree", "decrees", "statute",
        "amendment", "amendments", "motion", "document", "documents", "letter", "communique", "declaration", "report", "memorandum");

    /// <summary>Whether the verb of releasing at <paramref name="verb"/> publishes a text, a video or figures (its object, or the noun it describes).</summary>
    private static bool PublishesText(Ctx ctx, Sentence s, int verb) =>
        Rel(ctx, verb) == "acl" && ctx.Doc.Tokens[verb].Head is var published && published >= s.FirstToken && PublishedNouns.Contains(ctx.Lower[published])
        || Kids(ctx, s, verb).Any(k => Rel(ctx, k) == "obj" && PublishedNouns.Contains(ctx.Lower[k]))
        // ("in a report released in Nairobi": read off the words too, where the parse lost the participle's noun)
        || verb > s.FirstToken && ctx.Doc.Tokens[verb].Xpos == "VBN" && PublishedNouns.Contains(ctx.Lower[verb - 1]);

    /// <summary>
    /// The first party of another state than <paramref name="home"/> (or an international body) that the act a threat names
    /// (its complement clauses, the clause of a threat noun, else the words the quote layer gave the threat's cue), or what an
    /// inquiry looks into (its object's and obliques' phrases, or the "into" phrase of the verb an inquiry noun is the object
    /// of), mentions; a place stands for its state.
    /// </summary>
    private static ActorSpan? PartyInActNamed(Ctx ctx, Sentence s, int verb, string home, bool investigation)
    {
        var roots = Kids(ctx, s, verb).Where(k => k > verb && (investigation ? Rel(ctx, k) is "obj" or "obl" or "nmod" or "acl" : Rel(ctx, k) is "xcomp" or "ccomp" || IsInfinitiveComplement(ctx, s, k)));
        // "issued a warning that it would freeze the assets of Lebanese politicians", "A threat to cut off gas supplies to
        // Kyrgyzstan was issued by …": a threat made as a noun tells its act in the noun's own clause.
        if (!investigation)
            roots = roots.Concat(Kids(ctx, s, verb).Where(k => Rel(ctx, k) is "obj" or "nsubj:pass" && ThreatNouns.Contains(ctx.Lower[k]))
                .SelectMany(noun => Kids(ctx, s, noun).Where(c => c > noun && Rel(ctx, c) is "acl" or "acl:relcl" or "ccomp")));
        // "opened an inquiry on Tuesday into how Greece compiled its figures": the parse may hang the "into" phrase of an
        // inquiry told by a noun on the verb it is the object of.
        if (investigation && ctx.Parsed && Rel(ctx, verb) == "obj" && ctx.Doc.Tokens[verb].Head is var opener and >= 0 && opener < verb)
            roots = roots.Concat(Kids(ctx, s, opener).Where(k => k > verb && Rel(ctx, k) is "obl" or "advcl"
                && (CaseOf(ctx, s, k) == "into" || Kids(ctx, s, k).Any(m => Rel(ctx, m) == "mark" && ctx.Lower[m] == "into"))));
        ActorSpan? OtherParty(int k) =>
            ctx.ActorAt[k] is { Code: { Length: >= 3 } c } a && a.First == k && !Muslims(ctx, a)
                && (IsCountryCode(ctx, c) && Side(c) != home && !a.AgentOnly || c[..3] is "IGO" or "NGO" && c[..3] != home) ? AsStateParty(a) : null;
        if (roots.SelectMany(r => Subtree(ctx, s, r)).Distinct().Order().Select(OtherParty).FirstOrDefault(a => a is not null) is { } named) return named;
        // "Moscow could ban imports of Moldovan wine within weeks, Russia's chief sanitary inspector warned", "warned in a post
        // on Telegram that Moscow had the right to use nuclear weapons against Ukraine": words of a threat the parse hung
        // elsewhere (told before the cue, or on the channel's noun) are the words the quote layer gave the cue.
        if (!investigation && ctx.CueOf[verb] is { } threatSaid)
            return Enumerable.Range(s.FirstToken, s.EndToken - s.FirstToken).Where(k => ReferenceEquals(ctx.QuoteOf[k], threatSaid))
                .Select(OtherParty).FirstOrDefault(a => a is not null);
        return null;
    }

    private static readonly FrozenSet ThreatNouns = new("warning", "warnings", "threat", "threats", "ultimatum");

    /// <summary>
    /// The first party of another state than <paramref name="home"/> in the verb's own clause (its phrases and the clauses
    /// that complete or describe them, not an adverbial or a coordinated clause of another act), a place standing for its
    /// state; or null.
    /// </summary>
    private ActorSpan? OtherStateInClause(Ctx ctx, Sentence s, int verb, string home)
    {
        var inClause = new List<int>();
        var stack = new Stack<int>([verb]);
        while (stack.Count > 0)
        {
            int k = stack.Pop();
            inClause.Add(k);
            foreach (var c in Kids(ctx, s, k))
                if (!(Rel(ctx, c) is "advcl" or "parataxis" or "acl:relcl" or "nsubj" or "nsubj:pass" || Rel(ctx, c) == "conj" && ctx.Doc.Tokens[c].Upos == "VERB")) stack.Push(c);
        }
        // Not where it happened or was told ("at a family wedding in Cairo", "a communique read on a Caracas radio station"):
        // places and the closing attribution name no party.
        int attribution = AttributionStart(ctx, s, verb);
        foreach (var k in inClause.Where(k => k < attribution).Order())
            // (a country named as such is its state: "sanctions imposed on Pakistan")
            if (ctx.ActorAt[k] is { Code: { Length: >= 3 } c } a && a.First == k && IsCountryCode(ctx, c) && Side(c) != home && !a.AgentOnly && !Muslims(ctx, a)
                && (!a.IsPlace || lex.CountryAt(ctx.Upper, k) is { } country && country.Code == c[..3] && Rel(ctx, a.Last) != "compound"
                    && k > s.FirstToken && !LocPreps.Contains(ctx.Lower[k - 1]) && ctx.Lower[k - 1] is not ("from" or "to")))
                return AsStateParty(a);
        return null;
    }

    /// <summary>The comma after <paramref name="verb"/> that opens the sentence's closing attribution, or the sentence's end.</summary>
    private static int AttributionStart(Ctx ctx, Sentence s, int verb) =>
        Enumerable.Range(verb + 1, Math.Max(0, s.EndToken - verb - 1)).FirstOrDefault(k => ctx.Lower[k] == "," && TrailingAttribution(ctx, s, k), s.EndToken);

    /// <summary>
    /// Whether a warning foretells what others' acts will bring rather than what the warning side will do: a clause after the
    /// verb whose subject is a thing, not a party, a pronoun or a state's force ("warned that the latest actions will lead to
    /// increased tension", not "warned that officers would deal ruthlessly with …").
    /// </summary>
    private static bool PredictsOthersActs(Ctx ctx, Sentence s, int verb) =>
        Kids(ctx, s, verb).Where(k => k > verb && Rel(ctx, k) == "ccomp").SelectMany(k => Kids(ctx, s, k)).Where(k => Rel(ctx, k) == "nsubj")
            .Any(k => ctx.Doc.Tokens[k].Upos == "NOUN" && !OwnForceNouns.Contains(ctx.Lower[k]) && ctx.Lower[k] is not ("officers" or "authorities" or "government")
                && PhraseActors(ctx, s, k, 0).Count == 0);

    /// <summary>Units of a span of time given for an ultimatum.</summary>
    private static readonly FrozenSet DeadlineSpans = new("hour", "hours", "day", "days", "week", "weeks", "month", "months");

    /// <summary>
    /// The verb at <paramref name="verb"/> gives a deadline: a counted span of time in its phrase ("48 hours", "one week") or
    /// an "until" phrase, followed by an infinitive of what is to be done.
    /// </summary>
    private static bool GivesDeadline(Ctx ctx, Sentence s, int verb)
    {
        var phrase = Subtree(ctx, s, verb).Where(k => k > verb).Order().ToList();
        int span = phrase.FirstOrDefault(k => DeadlineSpans.Contains(ctx.Lower[k]) && k - 1 > verb && (ctx.Doc.Tokens[k - 1].Upos == "NUM" || ctx.Lower[k - 1] is "one" or "a"), -1);
        if (span < 0) span = phrase.FirstOrDefault(k => ctx.Lower[k] == "until" && Rel(ctx, k) == "case", -1);
        return span > 0 && phrase.Any(k => k > span && k < span + 12 && ctx.Doc.Tokens[k].Upos == "VERB" && ctx.Lower[k - 1] == "to");
    }

    /// <summary>Nouns of armed forces a state sends abroad.</summary>
    private static readonly FrozenSet SentForceNouns = new("troops", "soldiers", "forces", "battalion", "battalions", "contingent", "warships", "marines", "paratroopers", "peacekeepers");

    /// <summary>Verbs of a purpose that make forces sent abroad protection ("to protect civilians", "to bolster the forces of").</summary>
    private static readonly FrozenSet ProtectionPurposes = new("protect", "bolster", "shore", "guard", "restore", "secure", "police", "defend", "help", "safeguard");

    /// <summary>
    /// The act at <paramref name="verb"/> keeps the peace or protects: a peacekeeping word in its clause (its subject too:
    /// "United Nations peacekeepers began patrolling Macedonia's northern border"), or a purpose clause
    /// of protection ("to protect civilians", "to police a buffer zone").
    /// </summary>
    private static bool ProtectsOrKeepsPeace(Ctx ctx, Sentence s, int verb) =>
        NamesPeacekeeping(ctx, s, verb) || Subtree(ctx, s, verb).Any(k =>
            ProtectionPurposes.Contains(ctx.Doc.Tokens[k].Lemma ?? "") && ctx.Doc.Tokens[k].Upos == "VERB" && k > s.FirstToken && ctx.Lower[k - 1] == "to");

    /// <summary>A peacekeeping word in the clause of <paramref name="verb"/> ("peacekeepers", "a peacekeeping force").</summary>
    private static bool NamesPeacekeeping(Ctx ctx, Sentence s, int verb) =>
        Subtree(ctx, s, verb).Any(k => ctx.Lower[k].StartsWith("peacekeep", StringComparison.Ordinal));

    /// <summary>Nouns of a seizure or an exercise of power that a word of the forces exercising it describes ("the military coup").</summary>
    private static readonly FrozenSet RuleNouns = new("coup", "takeover", "junta", "regime", "rule", "government", "crackdown", "intervention");

    /// <summary>Verbs of a crowd's violence: throwing things, burning, looting.</summary>
    private static readonly FrozenSet RiotLemmas = new("hurl", "throw", "pelt", "stone", "set", "torch", "burn", "loot", "ransack", "smash", "firebomb");

    /// <summary>
    /// Whether the people a verb of handing hands over are said to be held: a noun of people right after the verb (no
    /// preposition between: "files on suspected al Qaeda members captured in …" are papers) followed by a participle of
    /// holding. Read off the words, as the parse hangs that participle anywhere from the people to the verb.
    /// </summary>
    private bool HandsOverCaptives(Ctx ctx, Sentence s, int verb) =>
        Enumerable.Range(verb + 2, Math.Max(0, Math.Min(8, s.EndToken - verb - 2))).Any(m => ctx.Doc.Tokens[m - 1].Xpos is "NNS" or "NN" or "NNPS"
            && lex.PersonNouns.Contains(LemmaAt(ctx, m - 1)) && !Enumerable.Range(verb + 1, m - verb - 2).Any(p => ctx.Doc.Tokens[p].Upos == "ADP")
            && ctx.Doc.Tokens[m].Xpos is "VBN" or "VBD" && HoldingLemmas.Contains(LemmaAt(ctx, m)));

    /// <summary>Services a government may order cut or blocked to silence dissent.</summary>
    private static readonly FrozenSet OnlineServices = new("internet", "facebook", "twitter", "whatsapp", "youtube", "telegram", "websites", "sites",
        "social", "messaging", "broadband", "mobile", "telephone", "phone");

    /// <summary>What a crowd throws.</summary>
    private static readonly FrozenSet ThrownMissiles = new("stones", "rocks", "bricks", "bottles", "firebombs", "molotov", "petrol", "eggs");

    /// <summary>Verbs of holding people, whose "by" phrase names who holds them.</summary>
    private static readonly FrozenSet HoldingLemmas = new("detain", "seize", "hold", "capture", "arrest", "abduct", "kidnap", "jail", "imprison");

    /// <summary>
    /// "demanded the immediate release of 15 sailors seized by Iranian Revolutionary Guards": the party of the "by" phrase of
    /// a verb of holding in what the demand asks for, if it is not the demander's own side; or null.
    /// </summary>
    private static ActorSpan? HolderOfReleased(Ctx ctx, Sentence s, int verb, string demander)
    {
        foreach (var o in Kids(ctx, s, verb).Where(k => k > verb && Rel(ctx, k) == "obj"))
            foreach (var v in Subtree(ctx, s, o).Order().Where(v => ctx.Doc.Tokens[v].Xpos == "VBN" && HoldingLemmas.Contains(LemmaAt(ctx, v))))
            {
                foreach (var by in Kids(ctx, s, v).Where(b => IsAgentPhrase(ctx, s, b)))
                    // (armed men of no state are no holder to ask: "seized by gunmen"; a state's forces are: "the Sri Lankan navy")
                    if (PhraseActors(ctx, s, by, 1) is [var holder, ..] && holder.Code is { Length: >= 3 } hc && hc[..3] != demander && (!holder.AgentOnly || IsCountryCode(ctx, hc[..3])))
                        return AsStateParty(holder);
                // ("the release of two German reporters held in Iran since October": the state they are held in holds them)
                foreach (var where in Kids(ctx, s, v).Where(w => Rel(ctx, w) == "obl" && CaseOf(ctx, s, w) == "in"))
                    if (PhraseActors(ctx, s, where, 1) is [{ IsPlace: true, Code: { Length: >= 3 } placeCode } heldIn, ..] && IsCountryCode(ctx, placeCode[..3]) && placeCode[..3] != demander)
                        return AsStateParty(heldIn) with { Code = placeCode[..3] };
            }
        return null;
    }

    /// <summary>A party found in a phrase, as the party it stands for: a place as its state, and no longer a place or an owner.</summary>
    private static ActorSpan AsStateParty(ActorSpan a) => a with { Code = a.IsPlace ? a.Code![..3] : a.Code, IsPlace = false, IsPossessor = false };

    /// <summary>
    /// Nouns of what a party may act "despite": a demand or an appeal, and the pressure of force ("despite Sudanese air
    /// strikes on the nearby town of Bentiu", "Despite two Ethiopian air raids on the airport outside Asmara").
    /// </summary>
    private static readonly FrozenSet DefiedDemandNouns = new("demand", "demands", "appeal", "appeals", "call", "calls", "request", "requests", "pressure", "plea", "pleas", "ultimatum",
        "threat", "threats", "objection", "objections", "protests", "sanctions", "strikes", "raids", "attacks", "shelling", "bombing", "bombardment");

    /// <summary>
    /// The party whose demand (or pressure) the verb's "despite" phrase names ("despite a demand from Lima", "despite a UN
    /// appeal", "despite mounting pressure from Washington", "despite U.S.-led pressure") or, with <paramref name="ignoredToo"/>,
    /// a participle ignores ("ignoring demands from Moscow"); or that an "as" clause says asked for what was refused ("refused to
    /// halt gas drilling … as Japan had requested"); or null.
    /// </summary>
    private static ActorSpan? DefiedDemander(Ctx ctx, Sentence s, int verb, bool ignoredToo)
    {
        // (only the first such phrase; "despite mounting pressure": the parse may make the participle the phrase's head)
        int defied = Subtree(ctx, s, verb).Where(k => DefiedDemandNouns.Contains(ctx.Lower[k])
            && (Rel(ctx, k) is "obl" or "nmod" && CaseOf(ctx, s, k) == "despite"
                // ("in spite of repeated appeals from the United Nations": the phrase hangs under "spite")
                || Rel(ctx, k) == "nmod" && CaseOf(ctx, s, k) == "of" && ctx.Doc.Tokens[k].Head is var spite and >= 0 && ctx.Lower[spite] == "spite" && CaseOf(ctx, s, spite) == "despite"
                // ("…, ignoring demands from Moscow", "defying pleas from the United Nations")
                || ignoredToo && Rel(ctx, k) == "obj" && ctx.Doc.Tokens[k].Head is var defying and >= 0 && defying != verb && ctx.Doc.Tokens[defying].Xpos == "VBG" && LemmaAt(ctx, defying) is "ignore" or "defy" or "disregard"
                || Rel(ctx, k) is "obj" or "nsubj" && ctx.Doc.Tokens[k].Head is var clause and >= 0 && Rel(ctx, clause) is "advcl" or "acl"
                    && Kids(ctx, s, clause).Any(m => Rel(ctx, m) == "mark" && ctx.Lower[m] == "despite"))).Order().FirstOrDefault(-1);
        if (defied >= 0)
            // (the parse may hang the demander on "spite": "in spite of repeated appeals from the African Union")
            foreach (var m in Kids(ctx, s, defied).Concat(ctx.Doc.Tokens[defied].Head is var above and >= 0 && ctx.Lower[above] == "spite" ? Kids(ctx, s, above).Where(m => m > defied) : []).Where(m => Rel(ctx, m) is "nmod:poss" || Rel(ctx, m) == "nmod" && CaseOf(ctx, s, m) is "from" or "by" || Rel(ctx, m) is "compound" or "amod").Order())
            {
                // (a capital demands for its government: "a demand from Lima")
                if (PhraseActors(ctx, s, m, 1) is [var demander, ..] && demander.Code is { Length: >= 3 })
                    return AsStateParty(demander);
                // ("despite U.S.-led pressure": the party that leads or backs it)
                if (Rel(ctx, m) == "amod" && LemmaAt(ctx, m) is "lead" or "back" or "sponsor"
                    && Kids(ctx, s, m).Where(n => n < m).Select(n => ctx.ActorAt[n]).FirstOrDefault(a => a is { Code: { Length: >= 3 } }) is { } leader)
                    return AsStateParty(leader);
            }
        foreach (var asked in Kids(ctx, s, verb).Concat(Kids(ctx, s, verb).Where(k => Rel(ctx, k) == "xcomp").SelectMany(k => Kids(ctx, s, k))).Where(k => Rel(ctx, k) == "advcl" && LemmaAt(ctx, k) is "request" or "demand" or "ask" or "urge"
                     && Kids(ctx, s, k).Any(m => Rel(ctx, m) == "mark" && ctx.Lower[m] == "as")))
            foreach (var n in Kids(ctx, s, asked).Where(n => Rel(ctx, n) == "nsubj"))
                if (PhraseActors(ctx, s, n, 0) is [var asker, ..] && asker.Code is { Length: >= 3 }) return AsStateParty(asker);
        return null;
    }

    /// <summary>
    /// The party a refusal at <paramref name="verb"/> holds out against (<see cref="DefiedDemander"/>; an ignored demand only
    /// where the refusal names no party but its own side), when it is of a state or an international body other than the
    /// refuser's; or null.
    /// </summary>
    private ActorSpan? HeldOutAgainst(Ctx ctx, Sentence s, int verb, Party? source, Party? target) =>
        DefiedDemander(ctx, s, verb, ignoredToo: !IsCoded(target) || Side(target!.Code) == Side(source?.Code)) is { Code: { Length: >= 3 } defiedCode } defied
        && Side(defiedCode) != Side(source?.Code) && (IsCountryCode(ctx, defiedCode[..3]) || IsInternationalBody(defiedCode)) ? defied : null;

    /// <summary>Whether an object of the verb, or of the infinitive it governs, names a party.</summary>
    private static bool ObjectNamesParty(Ctx ctx, Sentence s, int verb) =>
        Kids(ctx, s, verb).Concat(Kids(ctx, s, verb).Where(k => Rel(ctx, k) == "xcomp").SelectMany(k => Kids(ctx, s, k)))
            .Any(k => Rel(ctx, k) == "obj" && PhraseActors(ctx, s, k, 0).Any(a => !a.IsPlace && !OwnedByPronoun(ctx, [a])));

    /// <summary>Words against which a party is defended in words, not arms.</summary>
    private static readonly FrozenSet CriticismNouns = new("calls", "criticism", "criticisms", "charges", "accusations", "allegations", "demands",
        "claims", "censure", "condemnation", "sanctions", "pressure");

    /// <summary>What is released as one publishes it: a report, a video, figures.</summary>
    private static readonly FrozenSet PublishedNouns = new("report", "reports", "statement", "statements", "video", "videos", "footage", "figures",
        "results", "data", "list", "recording", "recordings", "photos", "photographs", "pictures", "images", "tape", "tapes", "transcript", "study",
        "survey", "findings", "audit", "communique", "details", "text", "book", "film", "documentary", "estimates", "statistics");

    private static readonly FrozenSet LocPreps = new("in", "at", "near", "outside", "inside", "across", "throughout", "around", "through", "along", "off");
    /// <summary>Nouns for a part or the surroundings of a place, named before it with "of" ("the streets of Seoul").</summary>
    private static readonly FrozenSet PlacePartNouns = new("streets", "centre", "center", "heart", "outskirts", "suburbs", "coast", "coasts", "shores",
        "waters", "capital", "city", "town", "province", "region", "north", "south", "east", "west", "rest", "parts", "part", "villages", "cities", "towns");
    private static readonly FrozenSet SpeakerPronouns = new("we", "i", "us", "our");
    private static readonly FrozenSet PrepositionalParticiples = new("according", "owing", "regarding", "concerning", "including", "excluding", "following", "pending", "barring");

    /// <summary>
    /// With SITREP_EVENTS_TRACE=1 every trigger a rule drops is written to stderr with the line of that rule, so that
    /// the reasons for missed events can be counted over a data set without reading its records one by one.
    /// </summary>
    private static readonly bool TraceDrops = Environment.GetEnvironmentVariable("SITREP_EVENTS_TRACE") == "1";

    /// <summary>
    /// "Colombia's FARC rebels began an indefinite unilateral ceasefire", "A unilateral ceasefire was declared by Liberians
    /// United for Reconciliation and Democracy": a truce (0871) of rebels that names no party is with the state they fight,
    /// named as <see cref="ProtestersOwnState"/> finds it; or null.
    /// </summary>
    private ActorSpan? TruceOfRebels(Ctx ctx, string code, Party? source) =>
        code.StartsWith("0871", StringComparison.Ordinal) && source?.Code is { Length: >= 6 } rebels && rebels[3..6] is "REB" or "INS" ? ProtestersOwnState(ctx, source) : null;

    /// <summary>
    /// The party a purpose clause of the act at <paramref name="verb"/> helps ("loans to help Mongolia rebuild …", "to assist
    /// Haiti"), when it is coded and of another side than <paramref name="source"/>, as that party's state or body; or null.
    /// </summary>
    private static ActorSpan? HelpedParty(Ctx ctx, Sentence s, int verb, Party? source) =>
        Subtree(ctx, s, verb).Where(k => k > verb && LemmaAt(ctx, k) is "help" or "assist" && ctx.Doc.Tokens[k].Upos == "VERB" && ctx.Lower[k - 1] == "to")
            .SelectMany(k => Kids(ctx, s, k).Where(o => Rel(ctx, o) == "obj")).Order()
            .Select(o => PhraseActors(ctx, s, o, 0).FirstOrDefault(a => a is { IsPossessor: false, Code: { Length: >= 3 } c } && Side(c) != Side(source?.Code)))
            .FirstOrDefault(a => a is not null) is { } helped ? AsStateParty(helped) : null;

    /// <summary>People aid is given for.</summary>
    private static readonly FrozenSet AidedPeopleNouns = new("victims", "survivors", "civilians", "refugees", "residents", "families", "people", "homeless", "displaced");

    /// <summary>
    /// The state of the people a "for" phrase of the aid at <paramref name="verb"/> names ("for victims of the earthquake in Soviet
    /// Armenia", "for survivors of the earthquake that flattened towns across Pakistani Kashmir"): the first other state named
    /// within their phrase, place or nationality; or null.
    /// </summary>
    private static ActorSpan? StruckState(Ctx ctx, Sentence s, int verb, Party? source) =>
        Subtree(ctx, s, verb).Where(k => k > verb && AidedPeopleNouns.Contains(ctx.Lower[k]) && Rel(ctx, k) is "nmod" or "obl" && CaseOf(ctx, s, k) == "for")
            // (a place before a nationality: "in Soviet Armenia" is Armenia's; a state's war is its own: "trapped by Sudan's war")
            .Select(k => Subtree(ctx, s, k).Where(n => n > k).Order().Select(n => ctx.ActorAt[n])
                .Where(a => a is { Code: { Length: 3 } c } && IsCountryCode(ctx, c) && c != Side(source?.Code)).OrderBy(a => a!.IsPlace ? 0 : 1).FirstOrDefault())
            .FirstOrDefault(a => a is not null) is { } struck ? AsStateParty(struck) : null;

    /// <summary>Nouns of forces coming onto a state's soil ("the deployment of U.N. peacekeepers").</summary>
    private static readonly FrozenSet DeploymentNouns = new("deployment", "presence", "entry", "stationing", "arrival");

    /// <summary>
    /// The party whose forces the object of <paramref name="verb"/> would bring in ("rejected the deployment of NATO-led
    /// peacekeepers in Kosovo", "any deployment of foreign peacekeepers": peacekeepers of no state are an international
    /// force), when it is of another side than <paramref name="source"/>; or null.
    /// </summary>
    private static ActorSpan? DeployedForce(Ctx ctx, Sentence s, int verb, Party? source) =>
        Kids(ctx, s, verb).Where(k => k > verb && Rel(ctx, k) == "obj" && DeploymentNouns.Contains(ctx.Lower[k]))
            .SelectMany(k => Kids(ctx, s, k).Where(m => Rel(ctx, m) == "nmod" && CaseOf(ctx, s, m) == "of"))
            // ("NATO-led peacekeepers": the party may be a word before the forces' noun)
            .Select(m => Subtree(ctx, s, m).Where(k => k <= m).Order().Select(k => ctx.ActorAt[k]).FirstOrDefault(a => a is { IsPlace: false, IsPossessor: false, Code: { Length: >= 3 } c } && Side(c) != Side(source?.Code)
                && (IsInternationalBody(c) || IsCountryCode(ctx, c[..3]))))
            .FirstOrDefault(a => a is not null) is { } force ? AsStateParty(force) : null;

    /// <summary>
    /// Token <paramref name="k"/> is in a "while" clause the act at <paramref name="verb"/> is not part of, the background of
    /// where someone else was ("…, residents said by telephone, while King Hussein was in Washington").
    /// </summary>
    private static bool InWhileClause(Ctx ctx, Sentence s, int k, int verb)
    {
        for (int steps = 0; ctx.Parsed && k >= s.FirstToken && k < s.EndToken && k != verb && steps < 20; k = ctx.Doc.Tokens[k].Head, steps++)
            if (Kids(ctx, s, k).Any(m => Rel(ctx, m) == "mark" && ctx.Lower[m] == "while") && !Governs(ctx, s, k, verb)) return true;
        return false;
    }

    private static Candidate? Dropped(Ctx ctx, int trigger, [System.Runtime.CompilerServices.CallerLineNumber] int line = 0)
    {
        if (TraceDrops)
        {
            // The actor spans of the trigger's sentence come along: most drops are a party not found or not coded.
            var s = ctx.Doc.Sentences.First(s => s.FirstToken <= trigger && trigger < s.EndToken);
            var actors = ctx.Actors.Where(a => s.FirstToken <= a.First && a.First < s.EndToken)
                .Select(a => $"{a.Text}={a.Code ?? "-"}{(a.IsPlace ? "@" : "")}{(a.IsPossessor ? "'s" : "")}");
            Console.Error.WriteLine($"drop\t{line}\t{ctx.Doc.Tokens[trigger].Text}\t{ctx.Doc.Id}\t{string.Join(" | ", actors)}");
        }
        return null;
    }

    public ImmutableArray<PoliticalEvent> Code(Document doc, string producer) => Build(doc, producer, Find(doc));

    /// <summary>Every event candidate before merging, in text order (for diagnostics and tests).</summary>
    internal List<Candidate> Find(Document doc)
    {
        var upper = doc.Tokens.Select(t => Norm(t.Text)).ToArray();
        var lower = upper.Select(u => u.ToLowerInvariant()).ToArray();
        var actors = ActorFinder.Find(doc, upper, lex);
        var actorAt = new ActorSpan?[upper.Length];
        foreach (var a in actors) for (int i = a.First; i <= a.Last; i++) actorAt[i] = a;
        var quoteOf = new Quote?[upper.Length];
        var cueOf = new Quote?[upper.Length];
        foreach (var q in doc.Quotes)
        {
            var spans = q.ContentSpans.IsDefaultOrEmpty ? [q.Span] : q.ContentSpans;
            foreach (var s in spans)
            {
                var r = doc.TokenRange(s);
                for (int i = r.Start.Value; i < r.End.Value; i++) quoteOf[i] = q;
            }
            if (q.CueSpan is { } cs)
            {
                var r = doc.TokenRange(cs);
                for (int i = r.Start.Value; i < r.End.Value; i++) cueOf[i] = q;
            }
        }

        var children = new List<int>?[upper.Length];
        if (doc.Has(Layer.Dependencies))
            for (int i = 0; i < upper.Length; i++)
                if (doc.Tokens[i].Head is >= 0 and var h && h < upper.Length) (children[h] ??= []).Add(i);
        var ctx = new Ctx(doc, upper, lower, actors, actorAt, quoteOf, cueOf, children, lex.CountryCodes, lex);
        var candidates = new List<Candidate>();
        foreach (var sentence in doc.Sentences)
        {
            if (IsDiscarded(ctx, sentence)) continue;
            for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (actorAt[i] is not null) continue;
                var c = NounEvent(ctx, sentence, i, candidates) ?? VerbEvent(ctx, sentence, i, candidates);
                if (c is null) continue;
                candidates.Add(c);
                i = c.TriggerEnd - 1;
            }
        }

        candidates.RemoveAll(c => c.AimOnly);
        return candidates;
    }

    private static ImmutableArray<PoliticalEvent> Build(Document doc, string producer, List<Candidate> candidates)
    {
        var merged = Merge(candidates, doc);
        var events = ImmutableArray.CreateBuilder<PoliticalEvent>();
        int n = 0;
        foreach (var c in merged.OrderBy(c => c.Trigger))
        {
            var coding = CameoCodebook.Coding(c.Code);
            if (coding is null) continue;
            var trig = new TextSpan(doc.Tokens[c.Trigger].Span.Start, doc.Tokens[c.TriggerEnd - 1].Span.End);
            foreach (var (source, target) in c.MorePairs.Prepend((c.Source!, c.Target)))
            events.Add(new PoliticalEvent($"V{++n}", c.Sentence.Span, c.Sentence.Span.Of(doc.Text), coding, producer)
            {
                TriggerSpan = trig,
                Trigger = trig.Of(doc.Text),
                Source = source?.ToEventActor(),
                Target = target?.ToEventActor(),
                Plover = PloverMapping.FromCameo(c.Code, doc.Tokens[c.Trigger].Lemma),
                Modality = c.Modality,
                AttributedTo = c.Quote?.Id,
                Date = c.Date,
                Location = c.Location,
                OtherMentions = [.. c.OtherMentions],
            });
        }
        return events.ToImmutable();
    }

    private sealed record Ctx(Document Doc, string[] Upper, string[] Lower, List<ActorSpan> Actors, ActorSpan?[] ActorAt, Quote?[] QuoteOf, Quote?[] CueOf,
        List<int>?[] Children, IReadOnlySet<string> CountryCodes, EventLexicon Lex)
    {
        public bool Parsed => Doc.Has(Layer.Dependencies);
        public bool Tagged => Doc.Has(Layer.PartsOfSpeech);
    }

    private static string Norm(string t) => t.Replace('\u2019', '\'').Replace('\u2018', '\'').ToUpperInvariant();

    private bool IsDiscarded(Ctx ctx, Sentence s)
    {
        for (int i = s.FirstToken; i < s.EndToken; i++)
            // "a third round of talks", "the third round of voting": a round of something is no sports round (PETRARCH's
            // discard THIRD ROUND).
            if (lex.SentenceDiscards.LongestAt(ctx.Upper, i) is { Length: > 1 } discard
                && !(ctx.Upper[i + discard.Length - 1] == "ROUND" && i + discard.Length < s.EndToken && ctx.Upper[i + discard.Length] == "OF")) return true;
        return false;
    }

    /// <summary>Verbs whose object is what is talked about, not a party.</summary>
    private static readonly FrozenSet DiscussionLemmas = new("discuss", "debate", "review");

    /// <summary>Party <paramref name="a"/> is in the object of a verb of discussing at <paramref name="verb"/> ("discussed North Korea's nuclear test").</summary>
    private static bool Discussed(Ctx ctx, Sentence s, int verb, ActorSpan a)
    {
        if (!DiscussionLemmas.Contains(LemmaAt(ctx, verb))) return false;
        for (int k = a.First, steps = 0; steps < 6 && k >= s.FirstToken && k < s.EndToken; k = ctx.Doc.Tokens[k].Head, steps++)
            if (ctx.Doc.Tokens[k].Head == verb) return Rel(ctx, k) == "obj";
        return false;
    }

    // ------------------------------------------------------------------ nouns
    /// <summary>Whether an actor is named within a phrase of what a meeting is about ("on Hong Kong's future", "about Cyprus").</summary>
    private static bool MeetingTopic(Ctx ctx, Sentence s, ActorSpan a)
    {
        for (int k = a.First, steps = 0; steps < 4 && k >= s.FirstToken && k < s.EndToken; k = ctx.Doc.Tokens[k].Head, steps++)
            if (Kids(ctx, s, k).Any(c => Rel(ctx, c) == "case" && ctx.Lower[c] is "on" or "about" or "over" or "concerning")) return true;
        return false;
    }

    /// <summary>Verbs of leaving a country or a post ("ordered them to leave", "to pull out", "to quit the country").</summary>
    private static readonly FrozenSet DepartureLemmas = new("leave", "quit", "depart", "go", "vacate");

    /// <summary>The noun <paramref name="owner"/> is the possessive of ("President Macron's plan": plan), in its sentence; or -1.</summary>
    private static int OwnedNoun(Ctx ctx, Sentence s, ActorSpan owner) =>
        Enumerable.Range(owner.First, owner.Last - owner.First + 1).Select(k => ctx.Doc.Tokens[k]).FirstOrDefault(t => t.DepRel == "nmod:poss") is { Head: var owned }
        && owned >= s.FirstToken && owned < s.EndToken ? owned : -1;

    /// <summary>Whether what <paramref name="owner"/> owns is what a phrase opposes ("against President Macron's plan", "in protest at Juppe's plans").</summary>
    private static bool IsOpposedThing(Ctx ctx, Sentence s, ActorSpan owner) =>
        OwnedNoun(ctx, s, owner) is var owned and >= 0 && Kids(ctx, s, owned).Any(c => Rel(ctx, c) == "case" && ctx.Lower[c] is "against" or "at" or "over" or "on");

    /// <summary>
    /// Whether what <paramref name="owner"/> owns is the verb's object: "LURD rebels dismissed President Charles Taylor's offer
    /// of a ceasefire" rejects the President's offer, aimed at him.
    /// </summary>
    private static bool IsObjectOwned(Ctx ctx, Sentence s, ActorSpan owner, int verb) =>
        OwnedNoun(ctx, s, owner) is var owned and >= 0 && ctx.Doc.Tokens[owned].Head == verb && Rel(ctx, owned) == "obj";

    /// <summary>
    /// Nouns of people who work or travel abroad ("a French embassy official", "two German tourists"), or who are held there
    /// ("an American hostage", "a West German businessman", "seven Chinese oil workers" of a nationality named before them).
    /// </summary>
    private static readonly FrozenSet AbroadNouns = new("embassy", "consulate", "diplomat", "diplomats", "consul", "ambassador", "attache", "envoy",
        "tourist", "tourists", "correspondent", "expatriate", "expatriates", "missionary", "missionaries", "nationals",
        "hostage", "hostages", "businessman", "businessmen", "businesswoman", "engineer", "engineers", "lecturer", "contractor", "contractors");

    /// <summary>Whether the verb's object names someone who works or travels abroad.</summary>
    private static bool VictimAbroad(Ctx ctx, Sentence s, int verb) =>
        ctx.Parsed && Kids(ctx, s, verb).Where(k => Rel(ctx, k) == "obj").SelectMany(k => Subtree(ctx, s, k)).Any(k => AbroadNouns.Contains(ctx.Lower[k]));

    /// <summary>Verbs of praise in the ACCLAIM block (not greeting, honouring or celebrating, whose meetings are 043).</summary>
    private static readonly FrozenSet PraisingLemmas = new("praise", "commend", "hail", "applaud", "congratulate", "acclaim", "extol", "compliment", "salute", "welcome");

    /// <summary>
    /// Whether "to leave", "to pull out" or the like (for an <paramref name="agency"/>, "to halt its operations") follows the
    /// ordered party's phrase, before any finite verb outside a relative clause: the parse may hang the infinitive elsewhere
    /// after a long apposition ("…, including Oxfam and MSF, to leave").
    /// </summary>
    private static bool OrderedToLeave(Ctx ctx, Sentence s, int party, bool agency)
    {
        bool relative = false;   // after "who" or "which" (the parse may make the relative clause a conjunct)
        bool infinitive = false; // after "to" ("to pack up and leave")
        for (int k = party + 1; k + 1 < s.EndToken && k <= party + 25; k++)
        {
            var t = ctx.Doc.Tokens[k];
            if (ctx.Lower[k] is "who" or "which") relative = true;
            if (infinitive && ctx.Lower[k] == "and" && DepartureLemmas.Contains(LemmaAt(ctx, k + 1))) return true;
            if (ctx.Lower[k] == "to") infinitive = true;
            // "ordered the last foreign staff of the OSCE's monitoring group out of Minsk": so does "out of" after the party.
            if (!infinitive && ctx.Lower[k] == "out" && ctx.Lower[k + 1] == "of") return true;
            // ("to pull out" leaves too; "to withdraw its troops" is another act, which the order demands.)
            if (ctx.Lower[k] == "to" && (DepartureLemmas.Contains(LemmaAt(ctx, k + 1))
                // ("to pull their staff out of the Wanni region": the object may stand between.)
                || ctx.Lower[k + 1] == "pull" && Enumerable.Range(k + 2, 4).Any(w => w < s.EndToken && ctx.Lower[w] == "out"))) return true;
            // "ordered Medecins Sans Frontieres to halt its operations in Maradi": an aid agency or a mission made to stop its
            // work in the country is put out of it.
            // ("ordered the World Food Programme to wind down its operations")
            if (agency && ctx.Lower[k] == "to" && ctx.Lower[k + 1] is "halt" or "stop" or "cease" or "end" or "suspend" or "wind"
                && Enumerable.Range(k + 2, 3).Any(w => w < s.EndToken && ctx.Lower[w] is "operations" or "activities" or "work")) return true;
            // "told the United Nations to withdraw its peacekeeping force": so is a body made to withdraw its own people.
            // (Also as the second of two infinitives: "to shut its clinics in the east and withdraw its foreign staff".)
            if (agency && (ctx.Lower[k] == "to" || infinitive && ctx.Lower[k] == "and") && ctx.Lower[k + 1] is "withdraw" or "remove" && k + 2 < s.EndToken && ctx.Lower[k + 2] is "its" or "their") return true;
            // "ordered the OSCE to shut its project office in Baku": so is a body made to close its office or mission there.
            if (agency && ctx.Lower[k] == "to" && ctx.Lower[k + 1] is "shut" or "close" && k + 2 < s.EndToken && ctx.Lower[k + 2] is "its" or "their" or "down"
                && Enumerable.Range(k + 2, 4).Any(w => w < s.EndToken && ctx.Lower[w] is "office" or "offices" or "mission" or "clinics" or "bureau" or "operations")) return true;
            if (t.Xpos is "VBD" or "VBZ" or "VBP" or "MD" && !relative && !InRelativeClause(ctx, s, k)) return false;
        }
        return false;
    }

    /// <summary>Whether token <paramref name="k"/> is a relative clause's verb or lies inside one.</summary>
    private static bool InRelativeClause(Ctx ctx, Sentence s, int k)
    {
        for (int up = k, steps = 0; up >= s.FirstToken && up < s.EndToken && steps <= 8; up = ctx.Doc.Tokens[up].Head, steps++)
            if (Rel(ctx, up) is "acl:relcl" or "advcl:relcl") return true;
        return false;
    }

    /// <summary>A state's envoys abroad, whose expulsion is a cut in diplomatic relations.</summary>
    private static readonly FrozenSet DiplomatNouns = new("ambassador", "diplomat", "envoy", "attache", "attaché", "consul", "charge", "chargé",
        "commissioner", "counsellor", "counselor", "secretary");

    /// <summary>Diplomats by their noun, or an embassy's or a consulate's staff ("two Russian embassy staff").</summary>
    private static bool IsDiplomats(Ctx ctx, Sentence s, int noun) =>
        DiplomatNouns.Contains(Singular(ctx.Lower[noun]))
        || ctx.Lower[noun] is "staff" or "staffers" && Kids(ctx, s, noun).Any(k => Rel(ctx, k) == "compound" && ctx.Lower[k] is "embassy" or "consulate");

    private Candidate? NounEvent(Ctx ctx, Sentence s, int i, List<Candidate> earlier)
    {
        var (lower, upper) = (ctx.Lower, ctx.Upper);
        if (HyphenTail(ctx, i)) return null;   // "live-fire exercises": part of a word, no noun of its own
        string w = lower[i];
        int len = 1;
        (string Code, string OfRole, bool Threat) entry;
        string nounKey = w;   // the key the noun dictionary matched
        // "a sit-in", "the pull-out": a hyphenated noun the tokenizer split into three tokens.
        if (i + 2 < s.EndToken && lower[i + 1] == "-" && lex.Nouns.TryGetValue(nounKey = w + "-" + Singular(lower[i + 2]), out entry)) len = 3;
        else if (i + 1 < s.EndToken && lex.Nouns.TryGetValue(nounKey = w + " " + Singular(lower[i + 1]), out entry)) len = 2;
        else if (!lex.Nouns.TryGetValue(nounKey = w, out entry) && !lex.Nouns.TryGetValue(nounKey = Singular(w), out entry)) return null;

        var tok = ctx.Doc.Tokens[i];
        // "military drills": the first word of a two-word noun may be its adjective; the last is the noun.
        if (ctx.Tagged && tok.Upos is { } upos && upos != "NOUN" && upos != "PROPN" && !(len == 2 && upos == "ADJ" && ctx.Doc.Tokens[i + 1].Upos == "NOUN")) return Dropped(ctx, i);
        if (!ctx.Tagged && !LooksNominal(ctx, s, i)) return Dropped(ctx, i);
        if (ModifiesAnotherNoun(ctx, s, i + len - 1)) return Dropped(ctx, i);

        string code = entry.Code;
        int k = i - 1;
        // Modifiers and nationality adjectives before the noun: "an American missile strike".
        ActorSpan? source = null, target = null;
        while (k >= s.FirstToken && i - k <= 4)
        {
            if (lex.NounModifiers.TryGetValue(lower[k], out var mc) && code.StartsWith(mc.Root, StringComparison.Ordinal)) code = mc.Code;
            else if (ctx.ActorAt[k] is { } a && !a.IsPlace) { source ??= a; k = a.First; }
            else if (lower[k] is "'s" or "'" && k - 1 >= s.FirstToken && ctx.ActorAt[k - 1] is { } poss) { source ??= poss; k = poss.First; }
            else if (!IsAdjectiveLike(ctx, k)) break;
            k--;
        }
        if (code == "---") return Dropped(ctx, i);   // "a heart attack": a modifier that names no act (event_noun_modifiers.tsv)
        // "the annual Team Spirit exercises", "the first joint patrol": an article before a recurring, ranked or named act
        // introduces it; it does not point back to one told before.
        bool definite = k >= s.FirstToken && Definite.Contains(lower[k])
            && !Enumerable.Range(k + 1, Math.Max(0, i - k - 1)).Any(j => IntroducingWords.Contains(lower[j]) || ctx.Doc.Tokens[j].Upos == "PROPN" && ctx.ActorAt[j] is null);
        // "Ghana completed its investigation of …": an act the doer's own pronoun owns is the light verb's subject's act,
        // told here, not one told before ("the strike").
        bool ownedByDoer = k >= s.FirstToken && OwnerPronouns.Contains(lower[k]);

        // After the noun: "of X" (victim), "on/against/at X" (target), "by X" (perpetrator, also "ordered by X").
        for (int j = i + len; j < s.EndToken && j < i + len + 6; j++)
        {
            if (lower[j] is "." or ";" or "“" or "”" or "\"") break;
            if (j + 1 < s.EndToken && ActorAfter(ctx, j + 1, s) is { } a)
            {
                if (lower[j] == "of" && j == i + len && entry.OfRole == "target" && target is null) { target = a; continue; }
                // "the visit of the Iranian president to Beijing": the "of" phrase of a visit names the visitor.
                // Not an "of" phrase the light verb's subject owns ("announced the withdrawal of its troops"): that subject acts.
                if (lower[j] == "of" && j == i + len && entry.OfRole == "source" && source is null && !OwnerPronouns.Contains(lower[j + 1])) { source = a; continue; }
                if (lower[j] == "to" && entry.OfRole == "source" && source is not null && target is null && code.StartsWith("04", StringComparison.Ordinal)) { target = a; continue; }
                // ("talks on Hong Kong's future": what a meeting is on is its topic, not a party met.)
                if (lower[j] is "on" or "against" or "at" or "targeting" or "into" && j <= i + len + 1 && target is null && !(lower[j] == "on" && code.StartsWith("04", StringComparison.Ordinal))) { target = a; continue; }
                // "talks with Syria", "a visit to Ethiopia", "talks between Ethiopia and Eritrea": a meeting is held with, or
                // made to, the party its phrase names; "between" names both sides, the first acting towards the second.
                if (code.StartsWith("04", StringComparison.Ordinal) && j <= i + len + 1 && target is null)
                {
                    if (lower[j] is "with" or "to") { target = a; continue; }
                    if (lower[j] == "between" && source is null && a.Last + 2 < s.EndToken && lower[a.Last + 1] == "and" && ActorAfter(ctx, a.Last + 2, s) is { } other)
                    {
                        (source, target) = (a, other);
                        j = other.Last;
                        continue;
                    }
                    // "Talks between Nicaraguan contra leaders and Sandinista government negotiators": sides named by longer
                    // phrases, read from the parse of the phrase and its conjunct.
                    if (lower[j] == "between" && source is null && ctx.Parsed && ctx.Doc.Tokens[j].Head is var sides and > 0
                        && PhraseActors(ctx, s, sides, 0) is [var first, .., var second] && first.Code != second.Code)
                    {
                        (source, target) = (first, second);
                        j = second.Last;
                        continue;
                    }
                }
                // "military exercises with the South Korean army": manoeuvres held with another party are joint (062), not a
                // show of force against it. Not those held with troops or arms of no named state ("military exercises with
                // thousands of troops, tanks and Sukhoi jets along its border with Colombia"): what they are held with.
                if (lower[j] == "with" && code.StartsWith("15", StringComparison.Ordinal) && j <= i + len + 1 && target is null
                    && a.Code is { Length: >= 3 } partner && (IsCountryCode(ctx, partner[..3]) || partner.StartsWith("IGO", StringComparison.Ordinal))) { (target, code) = (a, "062"); continue; }
                // ("peace talks mediated by former Tanzanian president Julius Nyerere": a third party who mediates or hosts the
                // act is no party to it; "a demonstration staged by students" is theirs.)
                if (lower[j] == "by" && source is null && !(ctx.Parsed && ctx.Doc.Tokens[j].Head is var agentNoun and >= 0 && ctx.Doc.Tokens[agentNoun].Head is var byGovernor and >= 0
                    && byGovernor != i + len - 1 && ThirdPartyLemmas.Contains((ctx.Doc.Tokens[byGovernor].Lemma ?? "").ToLowerInvariant()))) { source = a; continue; }
                if (lower[j] is "from" && entry.Threat && source is null) { source = a; continue; }
            }
        }
        // "The shelling of villages in Armenia's northern Tavush province by Azerbaijani forces went on": with a parse, the
        // noun's own "by" phrase names the doer however long the phrases before it.
        // (The parse may hang the "by" phrase on the last noun of the phrase before it, "province … by Azerbaijani forces";
        // not on another act inside it, "an investigation into the downing of an airliner by a U.S. warship", whose doer
        // that is.)
        if (ctx.Parsed && source is null && Subtree(ctx, s, i + len - 1).Order().FirstOrDefault(k => k > i + len && Rel(ctx, k) == "nmod" && CaseOf(ctx, s, k) == "by"
                && PlainPhrasePath(ctx, s, ctx.Doc.Tokens[k].Head, i + len - 1), -1) is var byDoer and >= 0
            && PhraseActors(ctx, s, byDoer, 0).FirstOrDefault(a => a.Code is not null) is { } farDoer)
            source = farDoer;

        // "The expulsion of the U.S. ambassador was announced by Bolivia's president": expelling diplomats reduces diplomatic
        // relations (161), as the verb's DEPORT * AMBASSADOR does; expelling other people stays the noun's 174.
        if (ctx.Parsed && code.StartsWith("174", StringComparison.Ordinal) && Kids(ctx, s, i + len - 1).Any(k => Rel(ctx, k) == "nmod" && CaseOf(ctx, s, k) == "of"
            && DiplomatNouns.Contains(Singular(lower[k])))) code = "161";
        // "The shelling of the Eritrean port of Assab by Ethiopian artillery", "Deliveries of food aid by the World Food
        // Programme to the Somali port of Kismayu": phrases the parse hangs on the noun name its parties however far the
        // words run; "An apology … was delivered to Nairobi by Ethiopia's foreign ministry", "The expulsion of four officers
        // was ordered by Georgia": the agent of a passive verb whose subject is the act is the act's doer.
        if (ctx.Parsed && NounPhraseArguments(ctx, s, i + len - 1, entry.OfRole, code) is var (bySource, phraseTarget))
        {
            source ??= bySource;
            target ??= phraseTarget;
        }
        // "Hizbollah claimed responsibility for the bombing of the embassy": an act someone claims is that claimant's act.
        if (ctx.Parsed && !IsCoded(source) && Claimant(ctx, s, i + len - 1) is { } claimant) source = claimant;
        // "Italy announced a suspension of air links with Serbia", "forces launched rocket fire against camps": the act
        // named by the object of a light verb is done by that verb's subject, to a party in the noun's phrases.
        bool light = false;
        // An agent word with no country before the noun ("military drills") gives way to the light verb's subject.
        if (ctx.Parsed && !IsCoded(source) && LightVerbSubject(ctx, s, i + len - 1) is { } doer)
        {
            source = doer;
            light = true;
            if (target is null && NounPhraseParty(ctx, s, i + len - 1, skipTopics: code.StartsWith("04", StringComparison.Ordinal)) is { } party && party != doer) target = party;
            target ??= LightVerbParty(ctx, s, i + len - 1, doer);
            if (code.StartsWith("04", StringComparison.Ordinal) && target is not null && MeetingTopic(ctx, s, target)) target = null;
            // "Iran and the European Union held a new round of talks": coordinated subjects of a meeting meet each other, of one
            // state or two ("South Sudan's President Salva Kiir and rebel leader Riek Machar held face-to-face talks").
            if (target is null && code.StartsWith("04", StringComparison.Ordinal) && LightVerbOf(ctx, s, i + len - 1) is { } meetingVerb
                && ArgumentsFromParse(ctx, s, meetingVerb).Sources.FirstOrDefault(a => a.First != doer.First && IsCoded(a)) is { } partner)
                target = partner;
        }
        // "Guatemalan government negotiators and leaders of the leftist URNG guerrilla alliance resumed peace negotiations",
        // "Negotiators for the Colombian government and the FARC opened peace talks": the other party named in the subject of
        // the verb that holds the meeting is met, one named by its kind alone (rebels, the opposition) as the meeter's state's.
        if (ctx.Parsed && target is null && code.StartsWith("04", StringComparison.Ordinal) && source is ActorSpan meeter && Side(meeter.Code) is { } meetersSide
            && LightVerbOf(ctx, s, i + len - 1) is { } meetingHeldBy)
        {
            var named = Kids(ctx, s, meetingHeldBy).Where(k => Rel(ctx, k) == "nsubj").SelectMany(k => Subtree(ctx, s, k)).Order()
                .Select(k => ctx.ActorAt[k]).OfType<ActorSpan>().Where(a => a.First != meeter.First && !a.IsPossessor && a.Code is not null && a.Code != meeter.Code).Distinct().ToList();
            target = named.FirstOrDefault(IsCoded)
                ?? (IsCountryCode(ctx, meetersSide) && named.FirstOrDefault(a => a.Code is { Length: 3 } kind && DomesticGroups.Contains(kind)) is { } ofKind
                    ? ofKind with { Code = meetersSide + ofKind.Code } : null);
        }
        // "Ecuadorean positions came under attack from Peruvian helicopter gunships": an attack or fire a party comes under is
        // the "from" or "by" phrase's on the verb's subject.
        // (A source the noun's own words already name, "Azerbaijani artillery fire", stays; the subject is still the target.)
        if (ctx.Parsed && (!IsCoded(source) || target is null) && UnderFireFrom(ctx, s, i + len - 1) is var (attacker, attacked))
        {
            (source, target) = (IsCoded(source) ? source : attacker, attacked);
            light = true;
        }
        // "Kurdish prisoners in Turkish jails entered the 55th day of a hunger strike": as for a verb, prisoners of no state
        // protest as people of the state that holds them.
        if (ctx.Parsed && !IsCoded(source) && code[..2] == "14" && LightVerbOf(ctx, s, i + len - 1) is { } keptUpBy && JailerOf(ctx, s, keptUpBy, null) is { } holder)
        {
            source = holder;
            light = true;
        }
        // "militias engaged in ethnic cleansing against civilians in Chad": as for a verb, a material act on a party of no
        // country acts on the country where it happens.
        if (light && target is not null && !IsCoded(target) && CameoCodebook.Lookup(code)?.QuadClass == 4 && PlaceAfter(ctx, s, i + len) is { } where && Side(where.Code) != Side(source?.Code)) target = where;
        // "China threatened to impose sanctions on US companies": an act named as the object of what a threat, a promise or an
        // appeal says is its content, not a second event; its party is the one the verbal act is about.
        if (ctx.Parsed && light && LightVerbOf(ctx, s, i + len - 1) is { } lightVerb && ctx.Doc.Tokens[lightVerb] is { DepRel: "xcomp" or "advcl" } lvTok
            && HasToMark(ctx, s, lightVerb)
            && earlier.FindLast(c => c.Sentence == s && c.Trigger == lvTok.Head && CameoCodebook.Lookup(c.Code)?.QuadClass is 1 or 3) is { } verbalAct)
        {
            if (!IsCoded(verbalAct.Target) && IsCoded(target) && Side(target!.Code) != Side(verbalAct.Source?.Code)) verbalAct.Target = target;
            return Dropped(ctx, i);
        }
        // "Israel was ready to resume peace talks with Syria": an act named by the object of a light verb coded as an intent
        // is what is intended (the verb's 036), not a second event that took place.
        if (ctx.Parsed && light && LightVerbOf(ctx, s, i + len - 1) is { } intending
            && earlier.FindLast(c => c.Sentence == s && c.Trigger == intending && c.Code.StartsWith("03", StringComparison.Ordinal)) is { } intent)
        {
            if (!IsCoded(intent.Target) && IsCoded(target) && Side(target!.Code) != Side(intent.Source?.Code)) intent.Target = target;
            return Dropped(ctx, i);
        }
        // "Copper miners went on strike": being or going "on strike" is always a stoppage of work, whoever the doer.
        // So is a strike "staged" or "called": armies launch or carry out strikes, they do not stage them.
        if (code == "190" && w == "strike" && (WorkStoppage(source) || i > s.FirstToken && lower[i - 1] == "on" || ctx.Parsed && OnStrike(ctx, s, i)
            || ctx.Parsed && LightVerbOf(ctx, s, i) is { } sv && (ctx.Doc.Tokens[sv].Lemma ?? "").ToLowerInvariant() is "stage" or "call"
            // "French rail and metro workers extended their strike": workers strike, whatever verb keeps the strike up.
            || ctx.Parsed && Rel(ctx, i) == "obj" && Kids(ctx, s, ctx.Doc.Tokens[i].Head).Where(k => Rel(ctx, k) == "nsubj")
                .SelectMany(k => Conjuncts(ctx, s, k)).Any(k => WorkerNouns.Contains(ctx.Lower[k])))) code = "143";
        // "demanded the release of the hostages", "walked out of talks with Azerbaijan", "called for an inquiry into …":
        // meetings, investigations and releases are what other acts are most often about; in another verb's phrase they
        // are its matter. They are acts of their own as a clause's subject ("talks between X and Y resumed") or as the
        // object of a light verb ("held talks", "opened an inquiry").
        // So is a measure of them ("A fresh round of talks between the Armenian and Azerbaijani foreign ministers got under way").
        bool matterNoun = MatterNouns.Contains(nounKey);
        int clauseNoun = ctx.Parsed && Rel(ctx, i + len - 1) == "nmod" && ctx.Doc.Tokens[i + len - 1].Head is var measured and >= 0
            && Partitives.Contains(ctx.Lower[measured]) && measured < i ? measured : i + len - 1;
        if (ctx.Parsed && (IsMatterOfOtherActs(code) || matterNoun) && Rel(ctx, clauseNoun) is not ("nsubj" or "nsubj:pass" or "root") && LightVerbOf(ctx, s, i + len - 1) is null)
            return Dropped(ctx, i);
        // "Iran will close the Strait of Hormuz if Washington pushes through sanctions": an act named in a condition did not
        // happen, as a condition's verb did not (see VerbEvent).
        if (ctx.Parsed && InCondition(ctx, s, i + len - 1)) return Dropped(ctx, i);
        // "aid deliveries were hit": what befalls such an act names no doer of it; "a pledge … was made by the European
        // Community" does.
        if (ctx.Parsed && matterNoun && Rel(ctx, i + len - 1) == "nsubj:pass" && ctx.Doc.Tokens[i + len - 1].Head is var undergoer and >= 0
            && !Kids(ctx, s, undergoer).Any(k => IsAgentPhrase(ctx, s, k) && PhraseActors(ctx, s, k, 0).Any(a => a.Code is { Length: >= 3 })))
            return Dropped(ctx, i);
        // "announced the withdrawal of its troops from Kabul": a retreat is the doer's own forces leaving, so the "of" phrase
        // names what is withdrawn (the doer's), and the party retreated from is the place of its "from" phrase.
        if (ctx.Parsed && code == "0874")
            target = RetreatFromParty(ctx, s, i + len - 1) is { } from && from != source && from.Code != source?.Code ? from : null;

        // "lifted a day-old blockade", "suspended aid deliveries": the act a yielding or reducing verb ends is what it acts on, not a new event;
        // so is the act a rejection rules out ("ruled out any withdrawal from the border").
        if (ctx.Parsed && Rel(ctx, i + len - 1) == "obj" && ctx.Doc.Tokens[i + len - 1].Head is var gov and >= 0
            && earlier.Any(c => c.Trigger == gov && c.Code[..2] is "08" or "12" or "16"))
            return Dropped(ctx, i);
        // "demanded Israel's withdrawal from the Golan", "threatened a naval blockade of the island": the act an appeal, a
        // demand or a threat names is what is asked or threatened, not an act that happened; a threatened act of force makes the
        // threat one of force (CAMEO 138, a blockade 1381, an occupation 1382).
        if (ctx.Parsed && Rel(ctx, i + len - 1) == "obj" && ctx.Doc.Tokens[i + len - 1].Head is var asker and >= 0
            && earlier.FindLast(c => c.Trigger == asker && c.Code[..2] is "02" or "10" or "13") is { } askedOrThreatened)
        {
            if (askedOrThreatened.Code is "130" or "13") askedOrThreatened.Code = ThreatenedForce(code) ?? askedOrThreatened.Code;
            if (!IsCoded(askedOrThreatened.Target) && IsCoded(target) && Side(target!.Code) != Side(askedOrThreatened.Source?.Code)) askedOrThreatened.Target = target;
            return Dropped(ctx, i);
        }
        if (ctx.Parsed && SubjectOfRuledOut(ctx, s, i + len - 1)) return Dropped(ctx, i);   // "a withdrawal was not an option"
        // "The European Commission opened an inquiry into how Greece compiled its deficit figures": an inquiry that names no
        // party is into the state its matter names, or, by a state's own body when the sentence names no other state, into its
        // own ("Vanuatu's ombudsman has opened an investigation into the sale of passports"), as for the verbs.
        if (ctx.Parsed && code[..2] == "09" && !IsCoded(target) && IsCoded(source) && Side(source!.Code) is { } inquirer)
        {
            if (!IsCountryCode(ctx, inquirer) && PartyInActNamed(ctx, s, i + len - 1, inquirer, investigation: true) is { } inquiredInto) target = inquiredInto;
            else if (IsCountryCode(ctx, inquirer) && !OtherCountryNamed(ctx, s, inquirer, -1) && HomeOfRestriction(ctx, s, source, i) is { } inquirersOwn) target = inquirersOwn;
        }
        // "recalled its envoy in protest at the raid": "in protest" says why another act was done; it is no demonstration.
        if (code[..2] == "14" && w == "protest" && i > s.FirstToken && lower[i - 1] == "in") return Dropped(ctx, i);
        var quote = ctx.QuoteOf[i];
        var modality = ModalityAt(ctx, s, i);
        if (entry.Threat && quote is not null && source is null && SpeakerActor(ctx, quote) is { } speaker)
        {
            // "Severe revenge awaits the criminals" in someone's words: the speaker threatens force.
            return new Candidate
            {
                Trigger = i, TriggerEnd = i + len, Sentence = s, Code = "138", Nominal = true, Source = speaker,
                Target = target, Modality = Modality.Threatened, Quote = quote,
            }.Also(c => Place(ctx, c));
        }
        // Anaphoric: "the strike" names an event told before; not a retreat whose "of" phrase says whose forces the light verb's
        // subject withdraws ("announced the withdrawal of its troops").
        if (definite && (source is null || light && !ownedByDoer) && !(light && code == "0874" && i + len < s.EndToken && lower[i + len] == "of")) return Dropped(ctx, i);
        // "camps used to launch attacks on Indian soil": an act that is only the purpose of an infinitive, by no one
        // named, is a kind of act, not one that happened.
        if (source is null && ctx.Parsed && ctx.Doc.Tokens[i + len - 1].Head is var governor and >= 0 && Rel(ctx, governor) is "xcomp" or "acl" or "advcl"
            && HasToMark(ctx, s, governor))
            return Dropped(ctx, i);
        // "defended the right of Ugandan troops to fire on militants": a bare verb form right after "to" is an infinitive the
        // tagger took for a noun; by no one named, it is what someone may or aims to do, not an act that happened.
        if (source is null && len == 1 && i > s.FirstToken && lower[i - 1] == "to" && lex.Verbs.HasForm(upper[i])) return Dropped(ctx, i);
        if (source is null && target is null)
        {
            // An unattributed act in a future or possible frame is still news: "there will be retaliation".
            if (modality is not (Modality.Future or Modality.Hypothetical or Modality.Threatened)) return Dropped(ctx, i);
        }
        // "China held live-fire naval exercises in the Taiwan Strait": a show of force named by a noun is aimed as one a verb tells.
        // (So is one whose "with" phrase names only troops or arms of no state: "exercises with thousands of troops".)
        if (code[..2] == "15" && IsCoded(source) && (!IsCoded(target) || Side(target!.Code) == Side(source!.Code) || !IsCountryCode(ctx, Side(target.Code)!))
            && ShowOfForceTarget(ctx, s, i + len, source) is { } facing) target = facing;
        // "Workers went on strike in Gdansk", "Workers at the Lenin shipyard in Gdansk went on strike": protesters of no named
        // country protest in the country where they protest, as with a verb (see VerbEvent).
        if (code[..2] == "14" && source is ActorSpan { Code: { Length: 3 } kind } people && !IsCountryCode(ctx, kind)
            && ProtestPlace(ctx, s, i + len - 1, people, i) is { } protestedIn
            && (!IsCoded(target) || Side(target!.Code) == protestedIn.Code))
        {
            source = people with { Code = protestedIn.Code + kind };
            target ??= protestedIn;
        }
        // "LOS ANGELES, April 30 (AP) - Rioters set fires …": so are those of a datelined story no place names, rioting too
        // (protesters' violence is a riot, 145; see VerbEvent).
        bool dissent = code[..2] == "14" || Adjust(code, source).StartsWith("145", StringComparison.Ordinal);
        if (dissent && DatelinedAgent(ctx, source, protest: true) is ActorSpan datelined) source = datelined;
        // "LONDON, Sept 12 (Reuter) - The expulsion of 25 Soviet diplomats was announced by the Foreign Office": a state body
        // named by its kind in a "by" phrase is the dateline's, as for a verb; not a kind word before the noun ("a commando
        // raid", "military exercises") or in its "of" phrase ("the deployment of foreign troops"), which say what the act was.
        else if (source is ActorSpan { First: var doerAt } && doerAt > i + 1 && (lower[doerAt - 1] == "by" || lower[doerAt - 2] == "by" && Definite.Contains(lower[doerAt - 1]))
            && DatelinedAgent(ctx, source, protest: false) is ActorSpan datelinedDoer) source = datelinedDoer;
        // "went on hunger strike to protest against conditions in Israeli jails": a protest named by a noun is aimed as one
        // a verb tells (see VerbEvent).
        if (dissent && IsCoded(source) && (!IsCoded(target) || Side(target!.Code) == Side(source!.Code)))
        {
            // "Palestinian prisoners held in Israeli jails went on hunger strike": against their jailer.
            if (ctx.Parsed && ctx.Doc.Tokens[i + len - 1].Head is >= 0 and var nounGovernor && JailerOf(ctx, s, nounGovernor, source) is { } jailer) target = jailer;
            else if (ProtestedState(ctx, s, i + len, source) is { } protested) target = protested;
            // A party named that no dictionary codes ("higher wages from the state copper company Codelco") is no other state.
            else if (!IsCoded(target) && (ProtestersOwnState(ctx, source) ?? StaffsOwnState(ctx, source)) is { } ownState) target = ownState;
        }
        if (!IsCoded(target) && TruceOfRebels(ctx, code, source) is { } foughtState) target = foughtState;
        // "Ethiopia's refusal to hand the disputed town of Badme to Eritrea": a rejection named by a noun is aimed at the party
        // its infinitive's act would reach; "a Soviet veto … in the Security Council" at the body it is cast in.
        if (code[..2] == "12" && ctx.Parsed && (!IsCoded(target) || Side(target!.Code) == Side(source?.Code)))
        {
            if (Kids(ctx, s, i + len - 1).Where(c => Rel(ctx, c) is "acl" or "xcomp" && HasToMark(ctx, s, c))
                    .Select(c => ObjectSideActors(ctx, s, c, 1).FirstOrDefault(a => IsCoded(a) && Side(a.Code) != Side(source?.Code)) ?? RecipientParty(ctx, s, c, partner: false))
                    .FirstOrDefault(a => a is not null) is { } refusedParty)
                target = refusedParty;
            else if (w == "veto")
                for (int p = i + len; p < Math.Min(s.EndToken, i + len + 10); p++)
                    if (lower[p] is "in" or "at" && p + 1 < s.EndToken && ActorAfter(ctx, p + 1, s) is { Code: { } body } council && body.StartsWith("IGO", StringComparison.Ordinal)) { target = council; break; }
        }
        // An investigation told by a noun is aimed at the foreign party that did what it looks into, as one told by a verb is.
        if (ctx.Parsed && code.StartsWith("09", StringComparison.Ordinal) && (!IsCoded(target) || Side(target!.Code) == Side(source?.Code))
            && InvestigatedDoer(ctx, s, i + len - 1, Side(source?.Code)) is { } investigatedDoer) target = investigatedDoer;
        if (code.StartsWith("09", StringComparison.Ordinal) && !IsCoded(target) && OwnInvestigation(ctx, s, source, i) is { } investigated) target = investigated;
        // "Gunmen opened fire on the convoy of Burundi's defence minister outside Bujumbura" (see the verbs' rule); not the
        // noun's own modifier ("the naval blockade of Serbia", "joint military exercises with Japan").
        if (source is { Last: var doersEnd } && doersEnd != i - 1) source = ArmedMenOfActedOnCountry(ctx, source, target) ?? source;
        if (quote is not null && modality == Modality.Asserted) modality = Modality.Reported;
        if ((source is not null || target is not null) && !IsCoded(source) && !IsCoded(target)) return Dropped(ctx, i);
        // "a meeting between the two foreign ministers", "Putin's meeting with Schroeder", "held a meeting with his Turkish
        // counterpart": a word as common as "meeting" (of a board, a party, a council) tells a consultation only when it names
        // both who met and whom they met with (role "with" in event_nouns.tsv).
        if (entry.OfRole == "with" && (!IsCoded(source) || !IsCoded(target))) return Dropped(ctx, i);
        // "made an appeal to the donors": a noun as often a court's ("an appeal court", "lost his appeal") as a plea is one
        // only as the object of a light verb (role "light").
        if (entry.OfRole == "light" && !(ctx.Parsed && LightVerbOf(ctx, s, i + len - 1) is not null)) return Dropped(ctx, i);
        // "said it was ready to hold a fresh round of prime ministerial talks with South Korea": a meeting a party says it is
        // ready or willing to hold is an intent to meet (036), as the verb's own reading would be.
        if (ctx.Parsed && code.StartsWith("04", StringComparison.Ordinal) && LightVerbOf(ctx, s, i + len - 1) is int heldBy
            && (Rel(ctx, heldBy) == "xcomp" && ctx.Doc.Tokens[heldBy].Head is var disposed and >= 0
                && ctx.Lower[disposed] is "ready" or "willing" or "prepared" or "eager" or "keen" or "determined" or "committed"))
            code = Intent(code, Modality.Future);
        // So is a blockade or sanctions a party could impose if another acts ("Beijing could impose a naval blockade on Taiwan's
        // ports if …"): a threat of them, as the verb's own reading would be.
        if (ctx.Parsed && modality == Modality.Hypothetical && IsCoded(source) && LightVerbOf(ctx, s, i + len - 1) is int imposedBy
            && IsConditionalCoercion(ctx, s, imposedBy, code))
            (code, modality) = (ThreatenedForce(code) ?? Intent(code, Modality.Future), Modality.Future);
        return Accusation(ctx, new Candidate
        {
            Trigger = i, TriggerEnd = i + len, Sentence = s, Code = Adjust(code, source), Nominal = true,
            Source = source, Target = target, Modality = modality, Quote = quote,
        }).Also(c => Place(ctx, c));
    }

    /// <summary>
    /// "Police tear-gassed the crowd": a verb the tokenizer split at its hyphen, whose first part the tagger reads as a
    /// noun; the dictionary knows the whole form ("TEAR - GASSED") and the tagger the last part as the verb.
    /// </summary>
    private bool HyphenatedVerb(Ctx ctx, Sentence s, int i) =>
        i + 2 < s.EndToken && ctx.Lower[i + 1] == "-" && ctx.Doc.Tokens[i + 2].Upos == "VERB"
        && lex.Verbs.FormsAt(new ArraySegment<string>(ctx.Upper, s.FirstToken, s.TokenCount), i - s.FirstToken).Any(f => f.Length == 3);

    /// <summary>Verbs of owning up to an act: "claimed responsibility for", "accepted responsibility for", "took credit for".</summary>
    private static readonly FrozenSet ClaimLemmas = new("claim", "accept", "admit", "take");

    /// <summary>The subject of "claimed responsibility (or credit) for" the act the noun at <paramref name="noun"/> names.</summary>
    private static ActorSpan? Claimant(Ctx ctx, Sentence s, int noun)
    {
        var t = ctx.Doc.Tokens[noun];
        if (CaseOf(ctx, s, noun) != "for" || t.Head < s.FirstToken || t.Head >= s.EndToken || ctx.Lower[t.Head] is not ("responsibility" or "credit")) return null;
        var owned = ctx.Doc.Tokens[t.Head];
        if (owned.DepRel != "obj" || owned.Head < s.FirstToken || owned.Head >= s.EndToken
            || !ClaimLemmas.Contains(LemmaAt(ctx, owned.Head))) return null;
        var args = ArgumentsFromParse(ctx, s, owned.Head);
        return args.Passive ? null : args.Sources.FirstOrDefault(a => a.Code is { Length: >= 3 });
    }

    /// <summary>
    /// The kind of threat (CAMEO 131-138) a threatened act makes: cutting aid 1311, a boycott 1312, cutting ties 1313,
    /// administrative sanctions 132x, halting talks or mediation 134/135, expelling monitors 136, repression 137, a blockade
    /// 1381, an occupation 1382, unconventional violence 1383, a conventional attack 1384, weapons of mass destruction 1385;
    /// null for an act CAMEO gives no threat of its own.
    /// </summary>
    private static string? ThreatOf(string act) => act switch
    {
        _ when act.StartsWith("162", StringComparison.Ordinal) => "1311",
        _ when act.StartsWith("143", StringComparison.Ordinal) || act.StartsWith("163", StringComparison.Ordinal) => "1312",
        "160" or "161" => "1313",
        "172" => "132",
        "1721" => "1321",
        "1722" => "1322",
        "1723" => "1323",
        "1724" => "1324",
        "164" => "134",
        "165" => "135",
        _ when act.StartsWith("166", StringComparison.Ordinal) => "136",
        "175" => "137",
        "191" => "1381",
        "192" => "1382",
        _ when act.StartsWith("204", StringComparison.Ordinal) => "1385",
        _ when act[..2] is "18" || act[..2] == "20" => "1383",
        _ when act[..2] == "19" => "1384",
        _ => null,
    };

    /// <summary>A threatened noun's threat: of force at least (138) for violence, else what <see cref="ThreatOf"/> says.</summary>
    private static string? ThreatenedForce(string act) => ThreatOf(act) is { } kind ? kind : act[..2] is "18" or "19" or "20" ? "138" : null;

    /// <summary>Verbs that say an act began or goes on: "began shipping oil", "resumed pumping crude" (not "stopped pumping").</summary>
    private static readonly FrozenSet OnsetLemmas = new("begin", "start", "resume", "continue", "keep");

    /// <summary>Verbs that say an act ended: "stopped pumping", "ceased shelling".</summary>
    private static readonly FrozenSet CessationLemmas = new("stop", "cease", "halt", "quit", "end", "suspend");

    /// <summary>Verbs of a third party to others' act: "talks mediated by Tanzania", "a conference hosted by Kenya".</summary>
    private static readonly FrozenSet ThirdPartyLemmas = new("mediate", "broker", "sponsor", "host", "chair", "arbitrate", "facilitate");

    /// <summary>Verbs of receiving a visitor.</summary>
    private static readonly FrozenSet HostingLemmas = new("receive", "welcome", "greet");

    /// <summary>Nouns of a state's ruling bodies.</summary>
    private static readonly FrozenSet StateBodyNouns = new("government", "regime", "authorities", "leadership", "rulers", "junta", "army", "military", "police");

    /// <summary>The noun a country's possessive owns, a few modifiers on ("Burma's military-backed government"), is a state body.</summary>
    private static bool OwnsStateBody(Ctx ctx, Sentence s, ActorSpan owner)
    {
        if (StateBodyNouns.Contains(ctx.Lower[owner.Last])) return true;                // the span may take the owned noun in
        for (int k = owner.Last + 2; k < s.EndToken && k <= owner.Last + 6; k++)
            if (ctx.Doc.Tokens[k].Upos is "NOUN" && (k + 1 >= s.EndToken || ctx.Doc.Tokens[k + 1].Upos is not ("NOUN" or "PUNCT") || ctx.Lower[k + 1] is "," or "." or ";"))
                return StateBodyNouns.Contains(ctx.Lower[k]);
        return false;
    }

    /// <summary>Nouns of what one party puts to another to accept or refuse.</summary>
    private static readonly FrozenSet ProposalNouns = new("offer", "offers", "proposal", "proposals", "demand", "demands", "request", "requests", "call", "calls",
        "plan", "appeal", "appeals", "invitation", "ultimatum", "terms", "initiative", "overture", "overtures");

    /// <summary>The coded party a "from" or "by" phrase under the verb's object names when that object is a proposal or demand.</summary>
    private ActorSpan? ProposingParty(Ctx ctx, Sentence s, int verb, Party? source) =>
        // (the noun's own prepositional phrases, two deep: "an offer of talks from …"; not those of a clause under it, "an
        // invitation to attend a meeting … to debate plans for independence from Israel")
        Kids(ctx, s, verb).Where(k => Rel(ctx, k) is "obj" or "obl" && ProposalNouns.Contains(ctx.Lower[k]))
            .SelectMany(k => Kids(ctx, s, k).Where(n => Rel(ctx, n) == "nmod").SelectMany(n => Kids(ctx, s, n).Where(m => Rel(ctx, m) == "nmod").Prepend(n)))
            .Where(n => CaseOf(ctx, s, n) is "from" or "by").Order()
            .Select(n => FirstActorIn(ctx, s, n, a => IsCoded(a) && Side(a.Code) != Side(source?.Code) || a.Code is { Length: 6 } && IsCountryCode(ctx, a.Code[..3]) && a.Code != source?.Code
                || a.Code is { Length: 3 } kind && StateAgents.Contains(kind)))
            .FirstOrDefault(a => a is not null) is { } proposer ? proposer with { IsPossessor = false } : null;

    /// <summary>The party at home where <paramref name="party"/>, a people named "ethnic" by a kin state, lives (where the act happens, else
    /// the other party's state); null if none is told.</summary>
    private static ActorSpan? EthnicMinority(Ctx ctx, Sentence s, int trigger, Party? party, Party? other)
    {
        if (party is not ActorSpan { Code: { Length: >= 3 } kin } people || people.First <= s.FirstToken || !IsCountryCode(ctx, kin[..3])) return null;
        int before = people.First - 1;
        if (ctx.Lower[before] != "ethnic" && !(ctx.Lower[before] is "the" or "an" && before > s.FirstToken && ctx.Lower[before - 1] == "ethnic")) return null;
        // "four ethnic Albanians in Kosovo": the place their own phrase names has placed them already.
        int after = people.Last + 1;
        if (after + 1 < s.EndToken && ctx.Lower[after] is "in" or "from" && ctx.ActorAt[ctx.Lower[after + 1] == "the" ? after + 2 : after + 1] is { IsPlace: true, Code: { Length: >= 3 } placed }
            && placed[..3] == kin[..3]) return null;
        // Where it happens first ("Macedonian police arrested four ethnic Albanians in Kosovo"), then the other party's state.
        string? host = EventPlace(ctx, s, trigger, ownClause: true)?.Code is { Length: >= 3 } pc && IsCountryCode(ctx, pc[..3]) && pc[..3] != kin[..3] ? pc[..3]
            : other?.Code is { Length: >= 3 } oc && IsCountryCode(ctx, oc[..3]) && oc[..3] != kin[..3] ? oc[..3] : null;
        return host is null ? null : people with { Code = host + kin[3..] };
    }

    /// <summary>
    /// Armed men of no named country (<paramref name="source"/>, coded by their kind alone) who act on a place of one country
    /// or on its officials (<paramref name="target"/>), given that country; null when they are no such men.
    /// </summary>
    private ActorSpan? ArmedMenOfActedOnCountry(Ctx ctx, Party? source, Party? target) =>
        source is ActorSpan { Code: { Length: 3 } doerKind } kindOnlyDoers && ArmedKinds.Contains(doerKind)
        && target?.Code is { Length: >= 3 } actedOn && IsCountryCode(ctx, actedOn[..3])
        && (target is ActorSpan { IsPlace: true } || actedOn.Length >= 6 && StateAgents.Contains(actedOn[3..6]))
            ? kindOnlyDoers with { Code = actedOn[..3] + doerKind } : null;

    /// <summary>Kinds of armed men the agent dictionary codes with no state.</summary>
    private static readonly FrozenSet ArmedKinds = new("MIL", "UAF", "REB", "INS", "COP", "SPY");

    /// <summary>Verbs of a crowd filling a place.</summary>
    private static readonly FrozenSet CrowdLemmas = new("mass", "pack", "throng", "fill", "jam", "flood", "converge", "cram");

    /// <summary>Head nouns of a crowd's subject phrase ("Hundreds of thousands of Filipinos", "200,000 people").</summary>
    private static readonly FrozenSet CrowdNouns = new("people", "crowd", "crowds", "protesters", "protestors", "demonstrators", "marchers",
        "thousands", "hundreds", "tens", "supporters", "opponents", "residents", "students", "workers", "mourners", "worshippers");

    /// <summary>The verb's subject is a crowd: a crowd's head noun, or civilians the actors code as such.</summary>
    private static bool CrowdSubject(Ctx ctx, Sentence s, int verb) =>
        Kids(ctx, s, verb).Where(k => Rel(ctx, k) == "nsubj").Any(k => CrowdNouns.Contains(ctx.Lower[k])
            || PhraseActors(ctx, s, k, 0).Any(a => a.Code is { Length: >= 3 } c && Protesters.Contains(c[^3..])));

    /// <summary>
    /// The verb's subject is people counted in hundreds or thousands ("Several thousand Mongolians"), not armed men (a
    /// thousand troops are a force, not a crowd).
    /// </summary>
    private static bool CountedPeople(Ctx ctx, Sentence s, int verb) =>
        Kids(ctx, s, verb).Where(k => Rel(ctx, k) == "nsubj").Any(k => Kids(ctx, s, k).Any(n => Rel(ctx, n) == "nummod" && ctx.Lower[n] is "thousand" or "thousands" or "hundred" or "hundreds")
            && ctx.ActorAt[k] is { Code: { Length: >= 3 } c } && !ArmedKinds.Contains(c[^3..]));

    /// <summary>
    /// What a yielding (080) or an easing of administrative sanctions (081) lets go, when its object says more; null when it
    /// says no more. "The United States eased restrictions on travel and trade with Cuba": restrictions on trade, remittances
    /// or investment eased or lifted are economic sanctions eased (085). "The Liberian government let the first 200 Nigerian
    /// peacekeepers fly into Roberts airport", "Turkmenistan allowed the International Committee of the Red Cross to visit
    /// prisoners": letting peacekeepers, inspectors or an international body in allows international involvement (0861,
    /// 0862, 086). "Islamic Jihad freed an American university administrator held for more than five years", "Yugoslavia
    /// freed three U.S. soldiers": freeing people releases persons (0841), though the RELEASE patterns name none of them.
    /// </summary>
    private string? YieldingNamed(Ctx ctx, Sentence s, int verb, string lemma, string code)
    {
        var objects = Kids(ctx, s, verb).Where(k => k > verb && Rel(ctx, k) is "obj" or "nsubj:pass").ToList();
        if (lemma is "ease" or "lift" or "relax" or "loosen" && objects.Any(o => ctx.Lower[o] is "restrictions" or "curbs" or "limits"
                && Subtree(ctx, s, o).Any(w => ctx.Lower[w] is "trade" or "remittances" or "investment" or "exports" or "imports" or "commerce")))
            return "085";
        if (code != "080") return null;
        if (lemma is "allow" or "let" or "permit" && Kids(ctx, s, verb).FirstOrDefault(k => k > verb && Rel(ctx, k) is "obj" or "iobj" or "nsubj", -1) is var allowed and >= 0)
            return ctx.Lower[allowed] is "peacekeepers" ? "0861" : ctx.Lower[allowed] is "inspectors" or "monitors" or "observers" ? "0862"
                : FirstActorIn(ctx, s, allowed, a => IsInternationalBody(a.Code)) is not null ? "086" : null;
        if (lemma is "free" or "release" && objects.Any(o => Rel(ctx, o) == "obj" && (lex.PersonNouns.Contains(LemmaAt(ctx, o))
                || Kids(ctx, s, o).Any(k => Rel(ctx, k) == "acl" && ctx.Doc.Tokens[k].Xpos == "VBN" && HoldingLemmas.Contains(LemmaAt(ctx, k))))))
            return "0841";
        return null;
    }

    /// <summary>
    /// The other state than <paramref name="home"/> that what is sent goes to or is sent to help, as the sending's own phrases
    /// or purpose name it ("will send helicopter gunships and an armoured battalion to help Cameroon repel Boko Haram raids",
    /// "ready to send an infantry battalion to a West African peacekeeping force for Liberia"), as a party; or null.
    /// </summary>
    private static ActorSpan? StateSentTo(Ctx ctx, Sentence s, int verb, string? home) =>
        Kids(ctx, s, verb).Where(k => k > verb && (Rel(ctx, k) == "obl" && CaseOf(ctx, s, k) is "to" or "for" || Rel(ctx, k) is "advcl" or "xcomp" && HasToMark(ctx, s, k)))
            .Concat(Kids(ctx, s, verb).Where(k => k > verb && Rel(ctx, k) == "obj").SelectMany(k => Conjuncts(ctx, s, k)).SelectMany(k => Kids(ctx, s, k))
                .Where(k => Rel(ctx, k) == "acl" && HasToMark(ctx, s, k)))
            .SelectMany(k => Subtree(ctx, s, k)).Order().Select(k => ctx.ActorAt[k])
            .FirstOrDefault(a => a is { AgentOnly: false, IsPossessor: false, Code: { Length: >= 3 } c } && IsCountryCode(ctx, c[..3]) && c[..3] != home) is { } helped
            ? AsStateParty(helped) : null;

    /// <summary>
    /// The party of the verb's "with" phrase (or its object's: "negotiations with the separatist leaders") named by its kind
    /// alone that is the other side of <paramref name="meeter"/>'s own state, a government or its challengers, placed in that
    /// state; or null.
    /// </summary>
    private static ActorSpan? OwnSideMetByKind(Ctx ctx, Sentence s, int verb, string meeter) =>
        Kids(ctx, s, verb).Where(k => k > verb && Rel(ctx, k) is "obl" or "obj").SelectMany(k => Rel(ctx, k) == "obj" ? Kids(ctx, s, k).Where(n => Rel(ctx, n) == "nmod") : [k])
            .Where(k => CaseOf(ctx, s, k) == "with").Select(k => FirstActorIn(ctx, s, k, a => a.Code is { Length: 3 } kind && !IsCountryCode(ctx, kind)))
            .FirstOrDefault(a => a is not null && StateAndChallenger(meeter, meeter[..3] + a.Code)) is { } kindOnly
            ? kindOnly with { Code = meeter[..3] + kindOnly.Code } : null;

    /// <summary>The coded state right after a "to" (and its article) between <paramref name="from"/> and <paramref name="end"/>, or null.</summary>
    private static ActorSpan? StateAfterTo(Ctx ctx, Sentence s, int from, int end)
    {
        for (int k = from; k + 1 < end; k++)
        {
            if (ctx.Lower[k] is "," or ";") return null;
            if (ctx.Lower[k] != "to") continue;
            int at = ctx.Lower[k + 1] == "the" && k + 2 < end ? k + 2 : k + 1;
            if (ctx.ActorAt[at] is { First: var first, Code: { Length: 3 } state } place && first == at && IsCountryCode(ctx, state)) return place;
        }
        return null;
    }

    /// <summary>Verbs of closing a way: "closed its border", "sealed the frontier".</summary>
    private static readonly FrozenSet ClosingLemmas = new("close", "seal", "shut");

    /// <summary>Verbs of travelling to a place: a meeting they lead to is held with the place's hosts.</summary>
    private static readonly FrozenSet TravelLemmas = new("arrive", "fly", "travel", "go", "come", "head", "journey");

    /// <summary>
    /// Whether the verb leaves an international organisation: withdrawing or pulling out "from" or "of" one with nothing
    /// withdrawn ("withdrew from the Commonwealth", not "withdrew its troops from the CIS mission"), or quitting or leaving it.
    /// </summary>
    private static bool LeavesOrganisation(Ctx ctx, Sentence s, int verb, string lemma)
    {
        if (!LeavingLemmas.Contains(lemma) && lemma != "pull") return false;
        var kids = Kids(ctx, s, verb);
        bool outOfBody = !kids.Any(k => Rel(ctx, k) == "obj") && kids.Any(k => Rel(ctx, k) == "obl" && CaseOf(ctx, s, k) is "from" or "of" or "out" && IsOrganisation(ctx, s, k));
        return outOfBody || lemma is not ("withdraw" or "pull") && kids.Any(k => Rel(ctx, k) == "obj" && IsOrganisation(ctx, s, k));
    }

    /// <summary>Whether the phrase headed at the token names an international organisation first ("the Commonwealth", "the
    /// Andean Community trade bloc").</summary>
    private static bool IsOrganisation(Ctx ctx, Sentence s, int k) =>
        PhraseActors(ctx, s, k, 0) is [{ IsPlace: false, Code: { } body }, ..] && body.StartsWith("IGO", StringComparison.Ordinal);

    /// <summary>
    /// The party an envoy sent is to talk with: "for talks with Armenian officials" on the verb, or an infinitive of meeting
    /// on the verb or its object ("a delegation to meet government negotiators"); null when none is named.
    /// </summary>
    private static ActorSpan? PartyOfTalksSentTo(Ctx ctx, Sentence s, int verb)
    {
        foreach (var k in Kids(ctx, s, verb).Concat(Kids(ctx, s, verb).Where(o => Rel(ctx, o) == "obj").SelectMany(o => Kids(ctx, s, o))))
        {
            IEnumerable<int> sides = [];
            if (Rel(ctx, k) == "obl" && CaseOf(ctx, s, k) == "for" && MeetingNouns.Contains(ctx.Lower[k]))
                sides = Kids(ctx, s, k).Where(w => CaseOf(ctx, s, w) == "with");
            else if (Rel(ctx, k) is "advcl" or "xcomp" or "acl" && HasToMark(ctx, s, k) && LemmaAt(ctx, k) is "meet" or "negotiate")
                sides = Kids(ctx, s, k).Where(w => Rel(ctx, w) == "obj" || Rel(ctx, w) == "obl" && CaseOf(ctx, s, w) == "with");
            foreach (var side in sides)
                if (PhraseActors(ctx, s, side, 0).FirstOrDefault(a => !a.IsPlace && a.Code is { Length: >= 3 }) is { } party) return party;
        }
        return null;
    }

    /// <summary>Words that name a political party or movement ("Basque Nationalist Party", "Forum for the Restoration of Democracy").</summary>
    private static readonly FrozenSet PoliticalGroupWords = new("party", "front", "movement", "forum", "alliance", "congress", "coalition",
        "platform", "league", "union", "federation", "confederation", "association", "council", "committee");

    /// <summary>The one state the sentence's coded actors and places name, or null when they name none or several.</summary>
    private static string? SoleState(Ctx ctx, Sentence s)
    {
        string? state = null;
        for (int k = s.FirstToken; k < s.EndToken; k++)
            if (ctx.ActorAt[k] is { Code: { Length: >= 3 } c } && (k == s.FirstToken || ctx.ActorAt[k - 1] != ctx.ActorAt[k]) && IsCountryCode(ctx, c[..3]))
            {
                if (state is not null && state != c[..3]) return null;
                state = c[..3];
            }
        return state;
    }

    /// <summary>
    /// The faith of a six-letter code of armed men of a faith and no state, in either order Phoenix writes it ("MUSUAF",
    /// "jihadists" UAFMUS), or null for any other code.
    /// </summary>
    private static string? FaithOfArmed(string kind) =>
        kind.Length != 6 ? null
        : Faiths.Contains(kind[..3]) && StatelessArmed.Contains(kind[3..]) ? kind[..3]
        : StatelessArmed.Contains(kind[..3]) && Faiths.Contains(kind[3..]) ? kind[3..] : null;

    /// <summary>Nouns of peacekeeping forces.</summary>
    private static readonly FrozenSet PeacekeeperNouns = new("peacekeepers", "peacekeeper", "blue-helmets", "monitors");

    /// <summary>Verbs of goods or vehicles reaching a place.</summary>
    private static readonly FrozenSet ArrivalLemmas = new("arrive", "land", "reach", "dock");

    /// <summary>Nominal acts that other acts are often about: meetings (04), investigations (09), releases and returns (0841, 0842).</summary>
    private static bool IsMatterOfOtherActs(string code) =>
        code.StartsWith("04", StringComparison.Ordinal) || code.StartsWith("09", StringComparison.Ordinal) || code is "0841" or "0842";

    /// <summary>
    /// Nouns of acts more often named as what another act is about than told as done ("suspended aid deliveries", "protested
    /// against the deployment of U.S. missiles", "demanded an apology"): acts of their own only as a clause's subject ("a
    /// deployment of ten battalions began") or a light verb's object, as meetings and releases are.
    /// </summary>
    private static readonly FrozenSet MatterNouns = new("delivery", "deployment", "build-up", "buildup", "handover", "hand-over", "pledge", "apology", "airlift");

    /// <summary>Head nouns that, with an event noun before them, still name the act: "a protest march", "strike action".</summary>
    private static readonly FrozenSet ActHeads = new("march", "marches", "action", "actions", "campaign", "campaigns");

    /// <summary>
    /// "fire engines", "attack helicopters", "protest leaders", "arrest warrant": an event noun that is a compound modifier
    /// of a later noun names a kind of thing or person, not an act (a head that is itself an event noun codes the act).
    /// </summary>
    private bool ModifiesAnotherNoun(Ctx ctx, Sentence s, int last)
    {
        if (!ctx.Parsed || Rel(ctx, last) != "compound" || ctx.Doc.Tokens[last].Head is not (>= 0 and var head) || head <= last || head >= s.EndToken) return false;
        if (ctx.Doc.Tokens[head].Upos is not ("NOUN" or "PROPN")) return false;
        return !ActHeads.Contains(ctx.Lower[head]);
    }

    private bool LooksNominal(Ctx ctx, Sentence s, int i)
    {
        var lower = ctx.Lower;
        string w = lower[i];
        if (w.EndsWith("ed", StringComparison.Ordinal)) return false;
        if (i == s.FirstToken) return true;
        string prev = lower[i - 1];
        if (Determiners.Contains(prev) || prev is "'s" or "'" || lex.NounModifiers.ContainsKey(prev)) return true;
        if (ctx.ActorAt[i - 1] is not null && i + 1 < s.EndToken && lower[i + 1] is "at" or "on" or "against" or "in" or "of" or "," or "." or "plans" or "plan") return true;
        if (ctx.ActorAt[i - 1] is { } a && !a.IsPlace && char.IsUpper(ctx.Doc.Tokens[a.Last].Text[0]) && a.Code is { Length: 3 } && a.Last == i - 1 && !w.EndsWith('s')) return true;
        if (IsAdjectiveLike(ctx, i - 1) && !lex.Verbs.HasForm(ctx.Upper[i - 1])) return true;
        // Verb forms of these nouns rarely follow prepositions, nouns follow them often ("kind of retaliation").
        if (Prepositions.Contains(prev) && prev != "to") return true;
        return !lex.Verbs.HasForm(ctx.Upper[i]);
    }

    private static bool IsAdjectiveLike(Ctx ctx, int k)
    {
        var t = ctx.Doc.Tokens[k];
        if (t.Upos is { } u) return u is "ADJ" or "NUM" or "NOUN" && ctx.ActorAt[k] is null;
        string w = ctx.Lower[k];
        return w.Length > 3 && (w.EndsWith("al", StringComparison.Ordinal) || w.EndsWith("ive", StringComparison.Ordinal) || w.EndsWith("ous", StringComparison.Ordinal)
            || w.EndsWith("ic", StringComparison.Ordinal) || w.EndsWith("ful", StringComparison.Ordinal) || w.EndsWith("ary", StringComparison.Ordinal)
            || w.EndsWith("ent", StringComparison.Ordinal) || w.EndsWith("ant", StringComparison.Ordinal) || w.EndsWith("ed", StringComparison.Ordinal)
            || w is "severe" or "big" or "huge" or "major" or "deadly" or "large" or "heavy" or "brutal" or "kind");
    }

    /// <summary>The speech-cue lemma of a verb the dictionary lacks ("urging" → urge).</summary>
    private string? CueLemma(string? lemma, string w)
    {
        if (lemma is not null) return lex.SpeechCues.ContainsKey(lemma.ToLowerInvariant()) ? lemma.ToLowerInvariant() : null;
        string[] guesses = [w, w.TrimEnd('s'), w.EndsWith("es", StringComparison.Ordinal) ? w[..^2] : w,
            w.EndsWith("ed", StringComparison.Ordinal) ? w[..^2] : w, w.EndsWith("ed", StringComparison.Ordinal) ? w[..^1] : w,
            w.EndsWith("ing", StringComparison.Ordinal) ? w[..^3] : w, w.EndsWith("ing", StringComparison.Ordinal) ? w[..^3] + "e" : w];
        return guesses.FirstOrDefault(g => g.Length > 2 && lex.SpeechCues.ContainsKey(g));
    }

    private static string Singular(string w) =>
        w.EndsWith("ies", StringComparison.Ordinal) ? w[..^3] + "y" : w.EndsWith("es", StringComparison.Ordinal) && (w.EndsWith("shes", StringComparison.Ordinal) || w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("sses", StringComparison.Ordinal)) ? w[..^2]
        : w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) ? w[..^1] : w;

    // ------------------------------------------------------------------ verbs
    private Candidate? VerbEvent(Ctx ctx, Sentence s, int i, List<Candidate> earlier)
    {
        var upper = ctx.Upper;
        var lower = ctx.Lower;
        var tok = ctx.Doc.Tokens[i];
        if (HyphenTail(ctx, i)) return null;   // "live-fire exercises": part of a word, no verb of its own
        // "Bowing to student demands, the Indonesian government reversed …": a yielding participle opening the sentence says
        // how the act it qualifies was done; that act is the concession (see ConcessionClause), not a second one.
        if (ctx.Parsed && tok.Xpos == "VBG" && Rel(ctx, i) == "advcl" && tok.Head > i && tok.Head < s.EndToken && ctx.Doc.Tokens[tok.Head].Upos == "VERB"
            && YieldsTo(ctx, s, i)) return null;
        bool stative = StativeParticiple(ctx, s, i) is not null;
        if (ctx.Tagged && tok.Upos is { } upos && upos is not ("VERB" or "AUX") && !VerbReadAsAdjective(ctx, s, i) && !stative && !HyphenatedVerb(ctx, s, i)) return null;
        // "an attack on a suspected weapons supply", "precision guided missiles": a participle the parse puts before the
        // noun it modifies describes the thing; it tells no act. Only inside a noun phrase (after a determiner, number,
        // adjective, preposition or possessive, "Mozambique's ruling Frelimo party"): after a subject it is the verb the
        // parse misread ("Algerians blocked roads").
        if (ctx.Parsed && tok.Upos == "VERB" && Rel(ctx, i) == "amod" && tok.Head > i && i > s.FirstToken
            && (ctx.Doc.Tokens[i - 1].Upos is "DET" or "NUM" or "ADJ" or "ADP" or "VERB" || ctx.Doc.Tokens[i - 1].Xpos is "PRP$" or "POS")) return null;
        // "according to", "following the talks", "including Britain": a participle that works as a preposition is no act.
        if (PrepositionalParticiples.Contains(lower[i]) && i + 1 < s.EndToken && (lower[i] != "according" || lower[i + 1] == "to")) return null;
        // "a British businessman wanted for fraud", "a priest wanted in Britain": a suspect described as wanted is no demand.
        // Right after the noun and before what he is wanted for or where, whatever the parse made of it.
        if (lower[i] == "wanted" && i > s.FirstToken && i + 1 < s.EndToken && ctx.Doc.Tokens[i - 1].Upos is "NOUN" or "PROPN"
            && lower[i + 1] is "for" or "in" or "by" or "over") return null;
        var sentUpper = new ArraySegment<string>(upper, s.FirstToken, s.TokenCount);
        var forms = lex.Verbs.FormsAt(sentUpper, i - s.FirstToken).ToList();
        // "had withdrawn its troops": the dictionary lists some irregular verbs' past tense but not their participle
        // (WITHDRAW {WITHDRAWS WITHDRAWING WITHDREW}); a past form it lacks is read as the tagger's lemma.
        if (forms.Count == 0 && ctx.Tagged && tok.Xpos is "VBN" or "VBD" && tok.Lemma is { Length: > 1 } pastOf
            && pastOf.ToUpperInvariant() is var lemmaUpper && lemmaUpper != upper[i] && lex.Verbs.HasForm(lemmaUpper))
        {
            var asLemma = sentUpper.ToArray();
            asLemma[i - s.FirstToken] = lemmaUpper;
            forms = lex.Verbs.FormsAt(asLemma, i - s.FirstToken).ToList();
        }
        // "Israel handed the resort of Taba back to Egypt": a particle the object separates from its verb makes the phrasal verb
        // (RETURN's HAND_BACK), read as one word so that the patterns start after the verb.
        if (ctx.Parsed && forms.All(f => f.Length == 1) && Kids(ctx, s, i).FirstOrDefault(k => k > i + 1 && Rel(ctx, k) is "compound:prt" or "advmod"
                && lower[k] is "back" or "over" && Kids(ctx, s, i).Any(o => o > i && o < k && Rel(ctx, o) == "obj")) is > 0 and var particle
            && lex.Verbs.FormsAt([upper[i], upper[particle]], 0).FirstOrDefault(f => f.Length == 2) is { Form: { } phrasal })
            forms.Insert(0, (phrasal, 1));
        if (forms.Count == 0 && CueLemma(tok.Lemma, lower[i]) is { } cue)
            forms.Add((new VerbForm(upper[i], cue.ToUpperInvariant(), "", "", []), 1));
        // "has no plans to ease its embargo": "have" is in no dictionary, but having no plan of an act is read below as refusing it.
        int disownedPlan = ctx.Parsed ? DisownedPlan(ctx, s, i) : -1;
        if (forms.Count == 0 && disownedPlan >= 0 && (tok.Lemma ?? "").Equals("have", StringComparison.OrdinalIgnoreCase))
            forms.Add((new VerbForm(upper[i], "HAVE", "", "", []), 1));
        if (forms.Count == 0) return null;
        // "have been key allies": after a form of "be" a bare verb form is a predicate noun, not an act.
        if (!ctx.Tagged && !lower[i].EndsWith("ed", StringComparison.Ordinal) && !lower[i].EndsWith("ing", StringComparison.Ordinal)
            && (i - 1 >= s.FirstToken && BeForms.Contains(lower[i - 1]) && lower[i - 1] != "'s" || i - 2 >= s.FirstToken && BeForms.Contains(lower[i - 2]) && lower[i - 2] != "'s" && IsAdjectiveLike(ctx, i - 1) || i - 2 >= s.FirstToken && lower[i - 2] == "been")) return Dropped(ctx, i);
        // After a preposition a verb form is a noun ("despite claims"), unless it is a gerund ("after leaving").
        if (!ctx.Tagged && i > s.FirstToken && Prepositions.Contains(lower[i - 1]) && lower[i - 1] != "to" && !lower[i].EndsWith("ing", StringComparison.Ordinal)) return Dropped(ctx, i);
        // "attack plans", "Iranian attack": a noun compound, not a verb.
        if (!ctx.Tagged && i > s.FirstToken && !upper[i].EndsWith("ED", StringComparison.Ordinal) &&
            (lex.Nouns.ContainsKey(Singular(lower[i - 1])) || ctx.ActorAt[i - 1] is { EntityId: null, Code: { Length: 3 } cc } && lex.CountryCodes.Contains(cc))) return Dropped(ctx, i);
        var (form, flen) = forms[0];
        if (!ctx.Tagged && i > s.FirstToken && (Determiners.Contains(lower[i - 1]) || lower[i - 1] == "those")) return Dropped(ctx, i);
        var (code, weight) = ctx.Parsed ? PatternCode(ctx, s, i, form, flen) : lex.Verbs.Code(form, sentUpper, i - s.FirstToken, i - s.FirstToken + flen);
        // "is committed to opening up the economy": a stated commitment to an act is an intent to do it (CAMEO 030, as
        // PETRARCH codes COMMITTED TO COOPERATION), or a threat when the act is violence.
        if (stative && StativeParticiple(ctx, s, i) is { Intent: true } && code is null)
            (code, weight) = (CommitsToViolence(ctx, s, i) ? "138" : "030", 1);
        if (ctx.Parsed && weight == 0 && code == "050" && AgreementCode(ctx, s, i) is { } agreed) code = agreed;
        // "conducted joint patrols with Sri Lankan vessels", "stepped up security cooperation with Ethiopian authorities": a
        // joint act or cooperation done with a named party is cooperation with it, whatever the verb that starts or holds it.
        // Not one the verb stops or refuses ("suspended defence cooperation with Fiji": 1622, reduced relations).
        if (ctx.Parsed && code is not ['1', '6' or '2', ..] && JointActWith(ctx, s, i) is { } together) (code, weight) = (together, Math.Max(weight, 1));
        // Promising or vowing revenge is a threat, whatever the verb's own code.
        int objStart = i + flen;
        bool threat = false;
        for (int j = objStart; j < Math.Min(s.EndToken, objStart + 4); j++)
            if (lex.Nouns.TryGetValue(Singular(lower[j].Trim('“', '"')), out var n) && n.Threat) { code = "138"; weight = 5; threat = true; }
        // "have sworn to fight", "vowed to attack": a promise of violence is a threat of force.
        if (ctx.Parsed && !threat && PromiseLemmas.Contains((tok.Lemma ?? form.Lemma).ToLowerInvariant()) && PromisesViolence(ctx, s, i)) { code = "138"; weight = 5; threat = true; }
        // "wants to raid the base", "intends to invade": a desire or plan to use force is not the force; CAMEO codes the
        // expressed intent as a threat of force (138, as PETRARCH's INTEND * ATTACK), an act still to come.
        bool intendsViolence = false;
        if (ctx.Parsed && !threat && DesireLemmas.Contains((tok.Lemma ?? form.Lemma).ToLowerInvariant()) && PromisesViolence(ctx, s, i)) { code = "138"; weight = 5; intendsViolence = true; }
        // "China wants the United States to lift the sanctions on …": wanting another party to act is an appeal to it (CAMEO
        // 020), and wanting is never force itself, whatever pattern word follows (DEMAND's * ON [190] read "sanctions on").
        else if (ctx.Parsed && code is { Length: >= 2 } wanted && DesireLemmas.Contains((tok.Lemma ?? form.Lemma).ToLowerInvariant())
            && (weight == 0 || wanted[..2] is "18" or "19" or "20"))
            code = WantsOtherToAct(ctx, s, i) ? "020" : wanted[..2] is "18" or "19" or "20" ? null : wanted;
        // "The Taliban refused to negotiate peace with Kabul": refusing a cooperative act is a rejection (CAMEO 12x) by the
        // subject, not the act the complement names; the complement gives the kind (a meeting 125, yielding 124, else 120).
        if (ctx.Parsed && !threat && RefusalLemmas.Contains((tok.Lemma ?? form.Lemma).ToLowerInvariant()) && RefusedAct(ctx, s, i) is { } refused)
            (code, weight) = (RejectionOf(refused), 5);
        // "The United States has no plans to ease its embargo on Cuba": having no plan or intention of such an act rejects it too.
        else if (!threat && disownedPlan >= 0 && RefusedAct(ctx, s, disownedPlan, ofNoun: true) is { } disowned)
            (code, weight) = (RejectionOf(disowned), 5);
        // "Hungary took Slovakia to the World Court", "Nicaragua brought a case against the United States before the
        // International Court of Justice": taking a party to court or bringing a case against it is a lawsuit (CAMEO 115).
        if (ctx.Parsed && !threat && Lawsuit(ctx, s, i, (tok.Lemma ?? form.Lemma).ToLowerInvariant())) (code, weight) = ("115", 5);
        // "allowed delegates of the International Committee of the Red Cross to visit political prisoners", "allowed a team of
        // U.N. nuclear inspectors into a military compound": letting an international body's people in or act allows
        // international involvement (CAMEO 086; observers, inspectors and monitors 0862), not a bare yield (080).
        if (ctx.Parsed && !threat && !(code?.StartsWith("086", StringComparison.Ordinal) ?? false) && (tok.Lemma ?? form.Lemma).ToLowerInvariant() is "allow" or "permit" or "admit" or "let" && AllowedInvolvement(ctx, s, i) is { } involvement)
            (code, weight) = (involvement, 5);
        // "Russia ordered its troops to pull out of Kherson": an order to one's own forces is the act they are to do, by the
        // party that orders it, not a demand on another party.
        if (ctx.Parsed && !threat && (tok.Lemma ?? form.Lemma).ToLowerInvariant() is "order" or "instruct" or "command" && OrderedOwnForcesAct(ctx, s, i) is { } ordered)
            (code, weight) = (ordered, 5);
        // "The army prepared to resume shelling rebel territory": readying violence is a show of force (CAMEO 150) against
        // the party the violence would hit; the violence itself has not happened.
        int readied = -1, armedAgainst = -1;
        if (ctx.Parsed && !threat && form.Block == "PREPARE" && ViolentComplement(ctx, s, i, 2) is { } violence) { code = "150"; weight = 5; readied = violence; }
        // "Libya claims to be producing chemical weapons to use against Israel": weapons readied for use against a party threaten
        // force against it (CAMEO 138), by whoever readies them or claims to; the claim is no accusation, the making no act.
        else if (ctx.Parsed && !threat && (code is null || code[..2] is "01" or "11") && WeaponUseBelow(ctx, s, i) is { } use) { code = "138"; weight = 5; threat = true; armedAgainst = use; }

        // "Straw said the government and the rebels must reach an agreement": a statement of what another party must or
        // should do is a demand on that party (CAMEO 100), whose subject the object side reads from the clause.
        bool statedAct = false, ruledOut = false;   // a plain statement read as a demand or an accusation by what it says of another party
        if (ctx.Parsed && !threat && (code is null || code.StartsWith("01", StringComparison.Ordinal)) && ObligesOther(ctx, s, i)) { code = "100"; weight = 1; statedAct = true; }
        // "Ukrainian officials said Russian forces were behind the attack", "… said Beijing was responsible for it": saying that
        // a party is behind, responsible for or to blame for an act accuses it (CAMEO 112), as "blamed X for" does.
        else if (ctx.Parsed && !threat && (code is null || code.StartsWith("01", StringComparison.Ordinal)) && BlamesOther(ctx, s, i)) { code = "112"; weight = 1; statedAct = true; }
        // "US officials said lifting the embargo was out of the question": saying an act is ruled out rejects it (CAMEO 120).
        else if (ctx.Parsed && !threat && (code is null || code.StartsWith("01", StringComparison.Ordinal)) && RulesOut(ctx, s, i)) { code = "120"; weight = 1; statedAct = true; ruledOut = true; }

        var cueQuote = ctx.CueOf[i];
        string lemma = (tok.Lemma ?? form.Lemma).ToLowerInvariant();
        // "A condemnation of … was issued by Ukraine's Supreme Rada": a passive light verb whose subject is an act coded from
        // its noun only makes that act known; it is no second event (unless a pattern of its own read the act: "an
        // ultimatum … was issued", "the expulsion of the agency was ordered").
        if (ctx.Parsed && weight == 0 && LightVerbs.Contains(lemma) && Kids(ctx, s, i).Any(k => Rel(ctx, k) == "nsubj:pass"
            && earlier.Any(c => c.Nominal && c.Sentence == s && c.TriggerEnd - 1 == k))) return Dropped(ctx, i);
        // A plain reporting cue (say, add, read, post) introduces words; the patterns would code the words, not the act.
        // "Fiji asked Australia to send troops": asking a party to do something is an appeal (CAMEO 02), not a question,
        // whatever cue the quote layer took the verb for.
        // "The European Union pledged 50 million euros in food aid": what is pledged or offered as a thing, not a clause, is
        // the aid itself, not words the quote layer took for the pledge's content.
        // ("Sudan told two British diplomats to leave the country": so is telling a party to do something.)
        bool asksForAct = ctx.Parsed && ((RequestLemmas.Contains(lemma) || lemma == "tell") && Kids(ctx, s, i).Any(k => Rel(ctx, k) is "xcomp" or "advcl" && HasToMark(ctx, s, k))
            || PledgeLemmas.Contains(lemma) && Kids(ctx, s, i).Any(k => Rel(ctx, k) == "obj" && ctx.Doc.Tokens[k].Upos is "NOUN" or "NUM" or "SYM")
               && !Kids(ctx, s, i).Any(k => Rel(ctx, k) == "ccomp"));
        // "rebuffed Washington's demand that it free …": a pattern read off the verb's own object, outside the words quoted,
        // codes the act on the object (REBUFF * DEMAND), not the words.
        // So does a pattern on a noun the verb declares or dismisses ("declared his kingdom's full solidarity with …",
        // "dismissed Reagan's 'zero option' proposal as unacceptable"): what the quote layer took for the words of a
        // statement is a thing named, with no clause said. An act the noun itself names ("announced the withdrawal of its
        // troops") is the noun's event.
        bool objectOutsideQuote = ctx.Parsed && weight > 0 && (Kids(ctx, s, i).Any(k => Rel(ctx, k) == "obj" && k > i && ctx.QuoteOf[k] is null && ctx.Doc.Tokens[k].Upos == "NOUN")
            || Kids(ctx, s, i).Any(k => Rel(ctx, k) == "obj" && k > i && ctx.Doc.Tokens[k].Upos == "NOUN" && !lex.Nouns.ContainsKey(Singular(ctx.Lower[k])))
                && !Kids(ctx, s, i).Any(k => Rel(ctx, k) is "ccomp" or "xcomp"));
        if (cueQuote?.Cue is { } cueLemma && !lex.SpeechCues.ContainsKey(cueLemma.ToLowerInvariant()) && code != "138" && !statedAct && !asksForAct && !objectOutsideQuote
            && !(ctx.Parsed && weight == 0 && code is { Length: >= 2 } && code[..2] != "01"))
        {
            // "hailed Nicaragua's revolution as an example to the peoples of Latin America": a verb that is an act of its own
            // (ACCLAIM 051) keeps its own code when its patterns only read the words quoted ("(TO)" of "to the peoples").
            if (ctx.Parsed && weight > 0 && lex.Verbs.BaseCode(form) is { Length: >= 2 } verbOwn && verbOwn[..2] != "01") (code, weight) = (verbOwn, 0);
            else return Dropped(ctx, i);
        }
        // "Manila vows to keep resupplying its marines": a vow is a threat (the cue's 130) only when what is vowed is hostile;
        // otherwise the dictionary's own reading stands (VOW [---]: no event).
        if (code is null && ctx.Parsed && PromiseLemmas.Contains(lemma) && PromisesOnlyPeace(ctx, s, i) == true) return Dropped(ctx, i);
        if (code is null && lex.SpeechCues.TryGetValue(lemma, out var cueCode)) code = cueCode;
        // "Riots erupted in Caracas": a verb of unrest breaking out that the dictionary does not code takes its subject's act.
        if (code is null && ctx.Parsed && OutbreakLemmas.Contains(lemma) && OutbreakOf(ctx, s, i) is { } broke) code = broke;
        // "launched a joint oil exploration venture": a verb the dictionary leaves uncoded whose object is a joint act.
        if (code is null && ctx.Parsed && JointCooperation(ctx, s, i) is { } jointAct) code = jointAct;
        // "Bowing to student demands, the Indonesian government reversed a planned increase in fuel prices", "ordered new polls
        // …, bowing to opposition complaints", "reopened Hungarian-language sections …, meeting a key demand of the minority":
        // an act its own clause says yields to pressure or meets a demand is a concession (0832, acceding to demands for a
        // change in policy), whatever its verb codes otherwise.
        if (ctx.Parsed && (code is null || code[..2] != "08") && ConcessionClause(ctx, s, i)) code = "0832";
        // "scrapped a planned rise in fuel prices after four days of road blockades", "restored subsidies on maize meal,
        // reversing a price rise that had set off riots": a policy undone where its own clause names the protest against it
        // yields to that protest (0832).
        if (ctx.Parsed && (code is null || code[..2] != "08") && ReversalLemmas.Contains(lemma) && Kids(ctx, s, i).Any(k => Rel(ctx, k) == "obj")
            && UndoneUnderPressure(ctx, s, i)) code = "0832";
        // "Azerbaijan handed eight Armenian soldiers captured during last year's war over to Armenia": people one holds captive,
        // handed over, are released (0841), not the troops GRANT * SOLDIER gives as military aid nor a thing given (06).
        if (code is { Length: >= 2 } && code[..2] is "06" or "07" && ctx.Parsed && lemma is "hand" or "turn" && HandsOverCaptives(ctx, s, i))
            code = "0841";
        // "ordered 34 private radio stations off the air": silencing broadcasters restricts freedoms (1721), as shutting down
        // newspapers does; so does ordering providers to cut the internet or block sites ("ordered telecoms operators to block
        // access to Facebook").
        if (ctx.Parsed && lemma == "order" && (Kids(ctx, s, i).Any(k => Rel(ctx, k) == "obl" && ctx.Lower[k] == "air" && CaseOf(ctx, s, k) == "off")
                // (the parse may hang the infinitive on the providers)
                || Subtree(ctx, s, i).Any(k => k > i && ctx.Doc.Tokens[k].Upos == "VERB" && HasToMark(ctx, s, k) && LemmaAt(ctx, k) is "block" or "cut" or "shut" or "suspend" or "restrict"
                    && Subtree(ctx, s, k).Any(w => w > k && OnlineServices.Contains(ctx.Lower[w])))))
            code = "1721";
        // "Hungarian Foreign Minister Gyula Horn was received in Bucharest by members of Romania's new leadership": receiving or
        // welcoming a named party hosts its visit (CAMEO 043, RECEIVE * MINISTERS [043:042] for the named ones).
        if (code is null && ctx.Parsed && HostingLemmas.Contains(lemma) && Kids(ctx, s, i).Any(k => Rel(ctx, k) is "obj" or "nsubj:pass" && PhraseActors(ctx, s, k, 0).Any(a => !a.IsPlace && a.Code is { Length: >= 3 })))
            code = "043";
        // "A Saudi aircraft carrying food landed in Aleppo": a landing or docking of given goods is their delivery (see below).
        if (code is null && ctx.Parsed && ArrivalLemmas.Contains(lemma) && DeliveredGift(ctx, s, i) is var (delivered, _)) code = delivered;
        // "Hundreds of thousands of Filipinos massed on a Manila highway", "200,000 people packed Wenceslas Square": a crowd
        // gathering somewhere demonstrates (CAMEO 141); MASS's forces massing (15x) and the other verbs' plain senses are for
        // other subjects.
        if ((code is null || lemma == "mass" && code.StartsWith("15", StringComparison.Ordinal)) && ctx.Parsed && CrowdLemmas.Contains(lemma) && CrowdSubject(ctx, s, i))
            code = "141";
        // "Several thousand Mongolians braved temperatures of minus 25 degrees in Sukhbaatar Square to demand the government's
        // resignation", "Workers at the Lenin Shipyard downed tools to demand …": whatever a crowd does to demand or press
        // something is a demonstration (141); what it demands is the demonstration's aim.
        if (code is null && ctx.Parsed && (CrowdSubject(ctx, s, i) || CountedPeople(ctx, s, i))
            && Kids(ctx, s, i).Any(k => k > i && Rel(ctx, k) is "advcl" or "xcomp" && HasToMark(ctx, s, k) && ProtestAimLemmas.Contains(LemmaAt(ctx, k))))
            code = "141";
        // "Zimbabwe withdrew from the Commonwealth", "Morocco pulled out of the Organisation of African Unity", "Venezuela quit
        // the OAS": a state leaving an international organisation reduces relations with it (CAMEO 160), no military retreat
        // (WITHDRAW's 0874); withdrawing troops or monitors from one is that retreat still.
        if (ctx.Parsed && (code is null || code.StartsWith("087", StringComparison.Ordinal)) && LeavesOrganisation(ctx, s, i, lemma)) code = "160";
        if (code is null && ctx.Parsed && lemma == "send" && PartyOfTalksSentTo(ctx, s, i) is not null) code = "046";
        // "Ivorian riot police deployed in force across Abidjan", "ECOMOG peacekeepers deployed in Makeni": forces that deploy,
        // with nothing deployed, show police (153) or military power (154), or, peacekeepers, provide peacekeeping (074); the
        // DEPLOY block's patterns read only what is deployed.
        if (code is null && ctx.Parsed && lemma is "deploy" or "redeploy" && !Kids(ctx, s, i).Any(k => Rel(ctx, k) is "obj" or "nsubj:pass" or "aux:pass")
            && Kids(ctx, s, i).FirstOrDefault(k => Rel(ctx, k) == "nsubj", -1) is var deployed and >= 0
            && SubjectActors(ctx, s, i, 0) is [{ Code: { Length: >= 3 } deployers }, ..])
            code = PeacekeeperNouns.Contains(ctx.Lower[deployed]) ? "074" : deployers.EndsWith("COP", StringComparison.Ordinal) ? "153"
                : deployers.EndsWith("MIL", StringComparison.Ordinal) ? "154" : null;
        // "Opposition parties and trade unions shut down shops, schools and transport across much of India", "Rail workers
        // paralysed France's train network": the opposition, workers, students or farmers shutting things down strike (143),
        // whatever the dictionary makes of closing them.
        // (Only a verb with an object: "shops and schools stayed shut" tells of no one's act.)
        if ((code is null || code[..2] is "08" or "16" or "17") && ctx.Parsed && StrikeLemmas.Contains(lemma) && Kids(ctx, s, i).Any(k => Rel(ctx, k) == "obj")
            && !Kids(ctx, s, i).Any(k => Rel(ctx, k) is "nsubj:pass" or "aux:pass")
            && SubjectActors(ctx, s, i, 0) is [{ Code: { Length: >= 3 } strikers }, ..] && CivilianProtesters.Any(role => strikers.EndsWith(role, StringComparison.Ordinal)))
            code = "143";
        // "Several hundred Australians rallied outside the Chinese consulate in Sydney in support of pro-democracy demonstrators":
        // a crowd rallying in support of others demonstrates (141); RALLY (IN SUPPORT) [053] is rallying support for a party.
        if (code is "053" && ctx.Parsed && lemma == "rally" && (CrowdSubject(ctx, s, i)
                || Kids(ctx, s, i).Where(k => Rel(ctx, k) == "nsubj").Any(k => Kids(ctx, s, k).Any(q => ctx.Doc.Tokens[q].Upos == "NUM" || ctx.Lower[q] is "hundreds" or "thousands"))))
            code = "141";
        // "A Moscow court found three members of the feminist punk band Pussy Riot guilty of hooliganism": finding a party
        // guilty (FIND * GUILTY, 116) past an object longer than the pattern's reach.
        // The parse may hang "guilty" anywhere in the verb's own clause ("found two Russians and a Ukrainian separatist guilty"
        // read "guilty" as a conjunct noun), but not in a clause of its own ("found that the minister was guilty").
        if (code is null && ctx.Parsed && lemma == "find" && Subtree(ctx, s, i).Any(k => lower[k] == "guilty" && InOwnClause(ctx, s, k, i)))
            code = "116";
        // "Cambodia's government told the head of the U.N. human rights office to leave the country": telling a party to leave
        // orders it out, a demand the rule for orders below reads as the expulsion it is.
        // (Whatever the TELL patterns read in the words after it: "told the aid agency Oxfam to leave" is no pledge of aid.)
        if (ctx.Parsed && lemma == "tell" && Kids(ctx, s, i).FirstOrDefault(k => k > i && Rel(ctx, k) is "obj" or "iobj", -1) is var toldOut and >= 0
            && OrderedToLeave(ctx, s, toldOut, agency: Subtree(ctx, s, toldOut).Any(w => IsInternationalBody(ctx.ActorAt[w]?.Code))))
            code = "100";
        // "Kenya's president told opposition supporters to stop their street demonstrations": telling a party to do something
        // demands it (CAMEO 10), whatever the TELL patterns read in the words after the verb; so does pressuring it to ("Iranian
        // authorities have been pressuring workers to cancel the strike"), which the IMPEL block codes as coercion (170).
        else if (ctx.Parsed && lemma is "tell" or "pressure" && Kids(ctx, s, i).FirstOrDefault(k => k > i && Rel(ctx, k) is "obj" or "iobj", -1) is var toldTo and >= 0
            && PhraseActors(ctx, s, toldTo, 0).Any(a => a.Code is not null)
            && Kids(ctx, s, i).Any(k => k > toldTo && IsInfinitiveComplement(ctx, s, k) && HasToMark(ctx, s, k) && ctx.Doc.Tokens[k].Upos == "VERB"))
            code = "100";
        // "beat an opposition parliamentary candidate … with iron bars": beating with something, or unconscious or to death,
        // is a physical assault, not the electoral defeat BEAT * CANDIDATE [---] reads.
        // (The parse may hang the "with" phrase on the object.)
        if (code is null && ctx.Parsed && lemma == "beat" && (Subtree(ctx, s, i).Any(k => BeatingInstruments.Contains(lower[k]) && CaseOf(ctx, s, k) == "with")
                || Kids(ctx, s, i).Any(k => Rel(ctx, k) == "xcomp" && lower[k] is "unconscious" or "senseless" || Rel(ctx, k) == "obl" && lower[k] == "death")))
            code = "182";
        // "ruled out any rollback of India's new citizenship law": ruling out what the REFUSE block's patterns do not name is a
        // rejection all the same (CAMEO 120), as PLOVER's REJECT reads it ("would not rule out the use of force" is none).
        bool refusedReform = false;
        // ("ruled out repealing three contested farm laws": a cooperative act ruled out is refused as "refused to" refuses it.)
        if (code is null && ctx.Parsed && lemma == "rule" && Kids(ctx, s, i).Any(k => Rel(ctx, k) == "compound:prt" && ctx.Lower[k] == "out")
            && Kids(ctx, s, i).Any(k => Rel(ctx, k) is "obj" or "ccomp" or "xcomp" || ObjectReadAsTime(ctx, s, k)) && !Kids(ctx, s, i).Any(k => Negators.Contains(ctx.Lower[k])))
        {
            var gerundRuledOut = RuledOutAct(ctx, s, i);
            refusedReform = gerundRuledOut is "0832" or "0833" or "0834";
            code = gerundRuledOut is null ? "120" : RejectionOf(gerundRuledOut);
        }
        // "Nigeria's government refused on Tuesday to restore the fuel subsidy": refusing an act on a thing, which no pattern
        // codes, is a rejection all the same (CAMEO 120); "refused to comment" names nothing refused.
        if (code is null && ctx.Parsed && RefusalLemmas.Contains(lemma) && !Kids(ctx, s, i).Any(k => Negators.Contains(ctx.Lower[k]))
            && Kids(ctx, s, i).Any(k => k > i && IsInfinitiveComplement(ctx, s, k) && ctx.Doc.Tokens[k].Upos == "VERB" && HasObject(ctx, s, k)))
            code = "120";
        // "The Arab League suspended Syria over its crackdown", "Commonwealth leaders suspended Nigeria from the grouping":
        // suspending a state itself, not a thing of its, cuts relations with it (CAMEO 160).
        // "China will use force if necessary to stop Taiwan from formally declaring independence": force used is military force
        // (190), as UTILIZE * FORCE (AGAINST) reads it where no "against" phrase follows; announced, a threat of it (see Intent).
        if (code is null && ctx.Parsed && lemma == "use" && Kids(ctx, s, i).Any(k => k > i && Rel(ctx, k) == "obj" && ctx.Lower[k] == "force")) code = "190";
        if (code is null && ctx.Parsed && lemma == "suspend" && Kids(ctx, s, i).Any(k => Rel(ctx, k) == "obj" && ctx.ActorAt[k] is { IsPossessor: false, Code: { Length: 3 } suspendedState }
                && IsCountryCode(ctx, suspendedState)))
            code = "160";
        if (code is null) return Dropped(ctx, i);
        // "Militants calling themselves the Niger Delta Avengers": a name a party gives itself, no call made.
        if (ctx.Parsed && lemma is "call" or "style" && Kids(ctx, s, i).Any(k => Rel(ctx, k) == "obj" && ctx.Lower[k] is "themselves" or "itself" or "himself" or "herself")) return Dropped(ctx, i);
        if (code is "080" or "081" && ctx.Parsed && YieldingNamed(ctx, s, i, lemma, code) is { } letGo) code = letGo;
        // "Sudan revoked the licences of ten foreign aid agencies working in Darfur": licences of aid agencies or international
        // bodies revoked put them out of the country (CAMEO 1663), as ordering them out does; a newspaper's is a restriction.
        if (code == "1721" && ctx.Parsed && Kids(ctx, s, i).Where(k => Rel(ctx, k) == "obj" && lower[k].StartsWith("licen", StringComparison.Ordinal))
                .SelectMany(k => Subtree(ctx, s, k)).Any(k => IsInternationalBody(ctx.ActorAt[k]?.Code)))
            code = "1663";
        // "Ethiopia has pulled about 200 of its soldiers serving with the African Union peacekeeping force in Somalia",
        // "Kazakhstan has withdrawn the battalion it contributed to the CIS peacekeeping force": troops pulled out of a
        // peacekeeping force are peacekeepers withdrawn (CAMEO 1661), not a military retreat.
        // (The parse may hang the participle that describes the troops on the verb.)
        if (code == "0874" && ctx.Parsed && Kids(ctx, s, i).Where(k => Rel(ctx, k) == "obj" || Rel(ctx, k) is "advcl" or "xcomp" && ctx.Doc.Tokens[k].Xpos == "VBG").SelectMany(k => Subtree(ctx, s, k))
                .Any(k => lower[k].StartsWith("peacekeep", StringComparison.Ordinal)))
            code = "1661";
        // "unless it stopped pumping oil above its OPEC quota": an act another verb says was stopped is not being done.
        if (ctx.Parsed && tok.Xpos == "VBG" && Rel(ctx, i) == "xcomp" && tok.Head >= 0 && CessationLemmas.Contains((ctx.Doc.Tokens[tok.Head].Lemma ?? "").ToLowerInvariant()))
            return Dropped(ctx, i);
        // Plain statements are carried by the quotes layer; as events they would only repeat it.
        if (code is "010" or "01") return Dropped(ctx, i);
        // "…, reports aid agencies", "…, said the minister": an attribution with its subject after the verb tells who told the
        // news, whatever words of the teller a pattern reads.
        // (The parse may take the teller after the verb for its object.)
        if (ctx.Parsed && ReportingLemmas.Contains(lemma) && tok.Xpos is "VBZ" or "VBD" or "VBP" && i > s.FirstToken && ctx.Lower[i - 1] == "," && !Kids(ctx, s, i).Any(k => Rel(ctx, k) is "nsubj" && k < i)
            && Kids(ctx, s, i).Any(k => Rel(ctx, k) is "nsubj" or "obj" && k > i))
            return Dropped(ctx, i);

        var coding = CameoCodebook.Lookup(code);
        if (coding is null) return Dropped(ctx, i);
        bool verbal = coding.QuadClass is 1 or 3;
        bool passive = !stative && IsPassive(ctx, s, i, form);
        if (coding.PloverType is null && code != "016") return Dropped(ctx, i);   // CAMEO statements PLOVER does not count as events
        // "tear-gassed striking miners": workers on strike, whatever the parse made of "striking", are no attack.
        if (lower[i] == "striking" && i + 1 < s.EndToken && ActorFinder.AgentAt(lex, ctx.Upper, i + 1) is { Code: "LAB" or "EDU" or "AGR" or "MED" or "HLH" or "CVL" }) return Dropped(ctx, i);
        if (ctx.Parsed && coding.Root == "14" && ShowsRatherThanProtests(ctx, s, i, lemma)) return Dropped(ctx, i);
        // "Wales beat Hungary 2-0", "Democrats defeated the governor in the election": winning a match or a vote is no attack;
        // in a match report "fired a shot at the goaltender" is none either.
        if (coding.Root is "18" or "19" or "20" && (form.Block == "DESTROY" && CompetitionSentence(ctx, s) || CompetitionDocument(ctx))) return Dropped(ctx, i);
        // "killed in a helicopter crash": harm an accident or disaster caused is done by no one, so it is no attack.
        if (ctx.Parsed && coding.Root is "18" or "19" or "20" && CausedByAccident(ctx, s, i)) return Dropped(ctx, i);
        // "rebuffed U.S. demands, telling supporters that he would not hand over power", "the prime minister told reporters on a
        // visit to …": telling an audience what one says is how the statement was made, no act toward the audience; what is
        // said is coded by its own clause. Telling a party, or a crowd, that someone must act is not this ("Milosevic must
        // resign, opposition leaders told 100,000 people").
        // An instruction ("told opposition supporters on Friday to stop their demonstrations, state broadcaster KBC reported")
        // is no statement, whatever else the parse hangs on "told".
        if (ctx.Parsed && lemma == "tell" && Kids(ctx, s, i).Any(k => Rel(ctx, k) is "ccomp" or "parataxis")
            && !Kids(ctx, s, i).Any(k => Rel(ctx, k) == "xcomp" && Kids(ctx, s, k).Any(a => Rel(ctx, a) == "mark" && lower[a] == "to"))
            && !Kids(ctx, s, i).Any(k => Rel(ctx, k) is "ccomp" or "parataxis" && Kids(ctx, s, k).Any(a => Rel(ctx, a) == "aux" && AdviceAuxiliaries.Contains(lower[a])))
            && Kids(ctx, s, i).Where(k => Rel(ctx, k) is "obj" or "iobj").All(k => AudienceNouns.Contains(lower[k]) || ctx.ActorAt[k]?.Code is "MED" or "PPL" or "CVL"))
            return Dropped(ctx, i);
        // "over what it called repeated Iraqi air raids", "the PLO, which he called a terrorist group": calling something a
        // name is no call to anyone.
        if (lemma == "call" && NamingClause(ctx, s, i)) return Dropped(ctx, i);
        // "in a report released in Nairobi", "released a video of the hostages": a report, video or figures made public are
        // how something was said, not people or property set free (084).
        // ("the rebel group's top commander said in a video released on Tuesday": nor does SAY * RELEASE [0841] find a release.)
        if (ctx.Parsed && (lemma == "release" ? PublishesText(ctx, s, i)
                : code.StartsWith("084", StringComparison.Ordinal) && ReportingLemmas.Contains(lemma)
                    && Enumerable.Range(i + 1, s.EndToken - i - 1).FirstOrDefault(k => LemmaAt(ctx, k) == "release", -1) is var released and >= 0 && PublishesText(ctx, s, released)))
            return Dropped(ctx, i);
        // ", ordered by X," describes a participant of another event; it is not a new one.
        if (i > s.FirstToken && lower[i - 1] == "," && i + 1 < s.EndToken && lower[i + 1] == "by") return Dropped(ctx, i);
        // Advice and obligation ("citizens should depart") are not events.
        for (int k = i - 1; k >= s.FirstToken && k >= i - 4; k--)
        {
            if (lower[k] is "should" or "must" or "ought") return Dropped(ctx, i);
            if (lower[k] is "," or ";" or "that") break;
        }
        // "urging citizens to depart": the infinitive is the content of the request, not a second event.
        // A purpose clause the parse hangs as such ("summoned the ambassador to complain") is an act of its own; after an
        // appeal or a demand (CAMEO 02, 10: "urged the public not to tolerate …") it still is what was asked.
        bool ownPurpose = ctx.Parsed && Rel(ctx, i) == "advcl" && !earlier.Any(c => c.Trigger == tok.Head && c.Code[..2] is "02" or "10");
        // "New Zealand is ready to send up to 200 soldiers to the Solomon Islands", "stands ready to commit 4,500 troops to a
        // U.N.-backed force": troops offered to another party are an intent to provide military protection or peacekeeping
        // (0334), not a mobilisation.
        int? pledgingGovernor = ctx.Parsed ? PledgingGovernor(ctx, s, i) : null;
        if (coding.Root == "15" && tok.Xpos == "VB" && pledgingGovernor is not null && CameoCodebook.Lookup("0334") is { } peacekeeping)
            (code, coding) = ("0334", peacekeeping);
        int? pledgedBy = coding.Root is "03" or "04" or "05" or "06" or "07" or "08" ? pledgingGovernor : null;
        // "announced that it is prepared to impose martial law": readiness for a hostile act announces it, a threat (see Intent).
        if (coding.Root is "16" or "17" or "18" or "19" or "20" && pledgingGovernor is { } readyFor
            && ctx.Lower[readyFor] is "ready" or "prepared" or "willing") pledgedBy = readyFor;
        if (i > s.FirstToken && lower[i - 1] == "to" && !ownPurpose && pledgedBy is null && earlier.Any(c => c.Sentence == s && c.Trigger >= i - 8 && c.Trigger < i)) return Dropped(ctx, i);

        // "denied orchestrating …": one denial event for the governing verb, not a second event for its complement.
        if (i > s.FirstToken && DenyLemmas.Contains(lower[i - 1])) return Dropped(ctx, i);
        bool denial = DenyLemmas.Contains(lower[i]) || lemma == "deny";
        if (denial && i + 1 < s.EndToken && (lower[i + 1].EndsWith("ing", StringComparison.Ordinal) || lower[i + 1] == "that" || lower[i + 1] == "any"))
        {
            code = "016";
            coding = CameoCodebook.Lookup(code)!;
            verbal = true;
        }

        Party? source, target;
        if (passive)
        {
            source = ByAgent(ctx, s, i + flen);
            target = SubjectLeft(ctx, s, i);
        }
        else
        {
            source = SubjectLeft(ctx, s, i);
            target = ObjectRight(ctx, s, i + flen, verbal, earlier, code);
        }
        var pairs = new List<(Party? Source, Party? Target)>();
        // "Thai and Malaysian forces launched joint operations against communist guerrillas": a joint act of parties of two
        // states is their cooperation with each other, whatever it is aimed at (JointCooperation gives its code).
        bool CodeAsJointAct()
        {
            if (!ctx.Parsed || JointCooperation(ctx, s, i) is not { } joint || CameoCodebook.Lookup(joint) is not { } together) return false;
            (code, coding, verbal) = (joint, together, false);
            return true;
        }
        if (ctx.Parsed)
        {
            // With a parse, its arguments come first and the surface readings above only fill a side it leaves empty (tune
            // half of the PLOVER records, first version: type F1 .368 → .447 parse-first, .405 with the parse only filling gaps).
            if (pledgedBy is null && IsComplementOf(ctx, s, i, earlier) || IsRequestedAct(ctx, s, i) || IsAdvice(ctx, s, i) || pledgedBy is null && IsNounPurpose(ctx, s, i)) return Dropped(ctx, i);
            // "militias engaged in ethnic cleansing": "engage in" only brings in the act its noun names, coded from the noun.
            if (lemma == "engage" && Kids(ctx, s, i).Any(k => Rel(ctx, k) == "obl" && CaseOf(ctx, s, k) == "in"
                && (lex.Nouns.ContainsKey(Singular(lower[k])) || lex.Nouns.ContainsKey(lower[k - 1] + " " + Singular(lower[k]))))) return Dropped(ctx, i);
            // "The parliament voted to reject the resolution": a vote to act is the act, done by the voters; the vote is no event of
            // its own. So is a decision ("Senegal decided on Monday to break off diplomatic relations"), whose infinitive the
            // parse may hang as a purpose clause after a date.
            if (lemma is "vote" or "decide" && Kids(ctx, s, i).Any(k => Rel(ctx, k) is "xcomp" or "advcl" && k > i && HasToMark(ctx, s, k) && ctx.Doc.Tokens[k].Upos == "VERB")) return Dropped(ctx, i);
            // "would take military action if Taiwan declared independence": the act of a condition did not happen; it is what
            // the main clause depends on.
            if (IsCondition(ctx, s, i)) return Dropped(ctx, i);
            // "Hamas, which advocates Israel's destruction": a relative clause in the simple present says what a party is
            // or stands for, not something it did.
            if (Rel(ctx, i) == "acl:relcl" && tok.Xpos is "VBZ" or "VBP" && !Kids(ctx, s, i).Any(k => Rel(ctx, k) is "aux" or "aux:pass")) return Dropped(ctx, i);
            var parsed = ArgumentsFromParse(ctx, s, i);
            // "Kenya's ruling KANU party gave in": the owner of a party coded as its own state's is that party's state, not a
            // second party acting beside it.
            parsed.Sources.RemoveAll(p => p.IsPossessor && IsCoded(p) && parsed.Sources.Any(b => b != p && IsCoded(b) && Side(b.Code) == Side(p.Code) && b.Code!.Length > p.Code!.Length));
            bool surfacePassive = passive;
            passive = parsed.Passive;
            // "roads leading to the city centre", "a program aimed at bringing …": a participle with no object describing a
            // noun that names no party is what the thing is or does, not an act (one with its own "by" agent stays: "weapons
            // seized by police"; one with an object is a verb the parse misread: "a group of deputies held talks").
            // A past form the tagger took for a past tense ("a special report submitted to the service", VBD) is such a
            // participle when nothing in the clause is its subject.
            if (Rel(ctx, i) == "acl" && (tok.Xpos is "VBG" or "VBN" || tok.Xpos == "VBD" && !Kids(ctx, s, i).Any(k => Rel(ctx, k) is "nsubj" or "nsubj:pass"))
                && parsed.Sources.Count == 0 && ctx.Doc.Tokens[i].Head is >= 0 and var described
                && PhraseActors(ctx, s, described, 0).Count == 0 && !Kids(ctx, s, i).Any(k => Rel(ctx, k) is "obj" or "iobj"))
                return Dropped(ctx, i);
            // "the main highway linking the port of Buenaventura to Cali", "the bridge connecting Montreal with its suburbs": a
            // participle of a route says where it runs, whatever it names.
            // (The parse may hang it on the verb as an adverbial clause, right after the route's noun.)
            if (tok.Xpos == "VBG" && lemma is "link" or "connect"
                && (Rel(ctx, i) == "acl" || Rel(ctx, i) == "advcl" && i > s.FirstToken && ctx.Doc.Tokens[i - 1].Upos is "NOUN" or "PROPN")) return Dropped(ctx, i);
            // "approved a special law recognizing victories by the opposition": a present participle describing a text (a law,
            // a resolution, a plan) says what the text says, not an act of its own.
            if (Rel(ctx, i) == "acl" && tok.Xpos == "VBG" && ctx.Doc.Tokens[i].Head is >= 0 and var text && TextNouns.Contains(ctx.Lower[text]))
                return Dropped(ctx, i);
            // "two of its nationals suspected by the West of …": when only the parse sees a passive, the actor left of the verb
            // the surface reading took for its subject is the patient's side, not a fallback source.
            if (parsed.Sources.Count > 0 || passive)
                source = parsed.Sources.FirstOrDefault(IsCoded) ?? parsed.Sources.FirstOrDefault(a => a.Code is not null) ?? parsed.Sources.FirstOrDefault() ?? (passive && !surfacePassive ? null : source);
            if (parsed.Targets.Count == 0 && !passive && PurposeAddressee(ctx, s, i) is { Count: > 0 } addressee) parsed.Targets.AddRange(addressee);
            if (parsed.Targets.Count == 0 && readied >= 0) parsed.Targets.AddRange(ObjectSideActors(ctx, s, readied, 0));
            if (armedAgainst >= 0) parsed.Targets.InsertRange(0, ObjectSideActors(ctx, s, armedAgainst, 0));
            if (ruledOut) parsed.Targets.InsertRange(0, RuledOutParties(ctx, s, i));
            // "has no plans to ease its embargo on Cuba": the parties of the act disowned, not its owner ("its"), but the party
            // its object is aimed at.
            if (parsed.Targets.Count == 0 && disownedPlan >= 0)
                foreach (var act in Kids(ctx, s, disownedPlan).Where(k => Rel(ctx, k) == "acl" && HasToMark(ctx, s, k)))
                {
                    parsed.Targets.AddRange(ObjectSideActors(ctx, s, act, 0).Where(a => ctx.Doc.Tokens[a.First].Xpos != "PRP$"));
                    parsed.Targets.AddRange(Kids(ctx, s, act).Where(k => Rel(ctx, k) == "obj").SelectMany(k => Kids(ctx, s, k))
                        .Where(n => Rel(ctx, n) == "nmod" && CaseOf(ctx, s, n) is "on" or "against" or "with" or "to").SelectMany(n => PhraseActors(ctx, s, n, 1)));
                }
            // "demanded that Chile open negotiations on giving his landlocked country access to the sea": a party of another side
            // before one of the actor's own; when the parse finds only the actor's own (it read "Chile open negotiations" as a
            // noun phrase), the other side's party right of the verb stays.
            bool ownSideOnly = parsed.Targets.Count > 0 && IsCoded(target) && Side(target!.Code) != Side(source?.Code)
                && parsed.Targets.All(t => !IsCoded(t) || Side(t.Code) == Side(source?.Code)) && parsed.Targets.Any(IsCoded);
            if (parsed.Targets.Count > 0 && !ownSideOnly)
                target = parsed.Targets.FirstOrDefault(t => IsCoded(t) && Side(t.Code) != Side(source?.Code)) ?? parsed.Targets.FirstOrDefault(IsCoded)
                    ?? parsed.Targets.FirstOrDefault(a => a.Code is not null) ?? parsed.Targets[0];
            // Coordinated phrases: one event per pair of actors; coordinated subjects with no one else act on each other.
            // Only parties the explainer can place count ("Pakistan's Prime Minister, Farid Malik" is one party, not PAKGOV and GOV).
            var sources = parsed.Sources.Where(IsCoded).DefaultIfEmpty(source).ToList();
            var targets = parsed.Targets.Where(IsCoded).DefaultIfEmpty(target).ToList();
            if (!passive && sources.Count >= 2 && Side(sources[0]?.Code) is { } oneSide && Side(sources[1]?.Code) is { } otherSide && oneSide != otherSide
                && CodeAsJointAct())
            {
                parsed.Targets.Clear();
                target = null;
            }
            // "Iraq and Iran agreed to exchange prisoners of war": a party of no state ("prisoners") does not stop them.
            // Not for violence: "Malaysian and Singaporean vessels began patrols to combat piracy" fight no one of theirs (two
            // states on alert along their border face each other all the same).
            // So do the coordinated agents of a passive cooperative act on a thing ("the peace treaty signed … by Egyptian President
            // Anwar Sadat and Israeli Prime Minister Menachem Begin").
            // So do a government and its own rebels or opposition making peace or talking ("President Juan Manuel Santos and FARC
            // commander Rodrigo Londono signed a peace agreement": COLGOV and COLREB).
            // "British and Chinese negotiators held a round of talks on Hong Kong's electoral arrangements": what two sides
            // meet about is no third party they meet.
            // ("Japan and South Korea exchanged radar data on a North Korean missile launch", "Japan's prime minister and South
            // Korea's president discussed North Korea's nuclear test": so is what two sides exchange things on or discuss.)
            if (!passive && coding.Root is "04" or "06" && sources.Count >= 2 && Side(sources[0]?.Code) is { } firstSide && Side(sources[1]?.Code) is { } secondSide
                && firstSide != secondSide && ctx.CountryCodes.Contains(firstSide) && ctx.CountryCodes.Contains(secondSide)
                && (parsed.Targets.RemoveAll(t => MeetingTopic(ctx, s, t) || Discussed(ctx, s, i, t)) > 0 || target is ActorSpan topic && (MeetingTopic(ctx, s, topic) || Discussed(ctx, s, i, topic)))
                && !parsed.Targets.Any(IsCoded))
                target = null;
            bool jointAgents = passive && coding.Root is "03" or "04" or "05" or "06";
            bool domesticPeace = sources.Count >= 2 && coding.Root is "03" or "04" or "05" or "06" && StateAndItsRivals(sources[0]?.Code, sources[1]?.Code);
            if ((!passive || jointAgents) && !parsed.Targets.Any(IsCoded) && sources.Count >= 2 && (jointAgents || !IsCoded(target))
                && (Side(sources[0]!.Code) != Side(sources[1]!.Code) || domesticPeace) && coding.Root is not ("18" or "19" or "20")
                && ctx.CountryCodes.Contains(Side(sources[0]!.Code)!) && ctx.CountryCodes.Contains(Side(sources[1]!.Code)!))
            {
                (source, target) = (sources[0], sources[1]);
                for (int a = 0; a < sources.Count; a++)
                    for (int b = 0; b < sources.Count; b++)
                        if (a != b && (a, b) != (0, 1)) pairs.Add((sources[a], sources[b]));
            }
            else
            {
                foreach (var sa in sources)
                    foreach (var ta in targets)
                        if ((sa, ta) != (source, target) && (sa is null || sa != ta)) pairs.Add((sa, ta));
            }
        }
        // "Jordan and Britain agreed …": coordinated subjects act towards each other; code the first towards the second.
        // "Chancellor Helmut Kohl and President Francois Mitterrand conferred": a title outside the second one's span between.
        if (!passive && source is ActorSpan { } second && target is null && UntitledStart(ctx, s, second) is var secondStart && secondStart >= s.FirstToken + 2
            && lower[secondStart - 1] == "and" && ctx.ActorAt[secondStart - 2] is { } first && (!first.IsPlace || first.Code is not null))
        {
            (source, target) = (first, source);
            // Each acts towards the other, as coordinated subjects the parse joins do ("Indian and Soviet warships staged
            // joint manoeuvres": the parse read "Soviet warships" as one phrase and "Indian" as its conjunct).
            if (Side(first.Code) is { } firstSide && Side(second.Code) is { } secondSide && firstSide != secondSide
                && ctx.CountryCodes.Contains(firstSide) && ctx.CountryCodes.Contains(secondSide))
            {
                pairs.Add((second, first));
                CodeAsJointAct();
            }
        }
        // A speaker the quote layer found but nothing codes ("The Asian ASEAN bloc urged …": "Asian") says nothing against
        // a coded subject.
        if (cueQuote is not null && SpeakerActor(ctx, cueQuote) is { } sp && (sp.Code is not null || !IsCoded(source)))
        {
            // "Britain and France urged Libya …": a speaker the quote layer found among coordinated subjects speaks with them;
            // the subject read first stays a source of its own event.
            if (source is not null && source != sp && IsCoded(source) && pairs.Any(p => p.Source == sp)) pairs.Add((source, target));
            source = sp;
        }
        // The same actor on both sides ("Iran's Supreme Leader, Ayatollah Ali Khamenei, promising …") is one party named twice.
        if (source?.Code is { Length: > 3 } sameCode && target?.Code == sameCode) target = null;
        if (source is ActorSpan { } said && SpeakerPronouns.Contains(ctx.Lower[said.First]) && ctx.QuoteOf[i] is { } q0) source = SpeakerActor(ctx, q0);
        // "Turkey's president said his army would launch …": an agent with no country that a pronoun owns ("his army", "its
        // troops") is the reporting subject's own.
        if (ctx.Parsed && source is ActorSpan { EntityId: null, Code: { Length: 3 } agent } owned && !IsCountryCode(ctx, agent) && ReporterCountry(ctx, s, i, owned) is { } ownerSide)
            source = owned with { Code = ownerSide + agent };
        // "the military council will hand power to an elected civilian government": power handed over goes to a body of the
        // same state, named by its kind alone (CVL, GOV).
        if (code is "0831" or "0341" && IsCoded(source) && target is ActorSpan { EntityId: null, Code: { Length: 3 } successor } heir && !IsCountryCode(ctx, successor)
            && Side(source!.Code) is { } handedIn && ctx.CountryCodes.Contains(handedIn))
            target = heir with { Code = handedIn + successor };
        // "Kenya's defence minister said his country would send troops": a pronoun's party taken from the subject of the verb
        // that reports the clause (the minister) is placed by its own phrase's owner or modifiers, as it is as that subject.
        if (ctx.Parsed && source is ActorSpan { EntityId: null, Code: { Length: 3 } bareAgent } antecedent && !IsCountryCode(ctx, bareAgent) && antecedent.Last < i
            && ReportingSubjectOf(ctx, s, i) is var reporter && reporter == NameHead(ctx, antecedent) && ctx.Doc.Tokens[reporter].Head is var reportingVerb
            && ClauseChain(ctx, s, i, reportingVerb).Any(v => Kids(ctx, s, v).Any(k => Rel(ctx, k) is "nsubj" or "nsubj:pass" && (ctx.Doc.Tokens[k].Upos == "PRON"
                || Kids(ctx, s, k).Any(o => Rel(ctx, o) == "nmod:poss" && OwnerPronouns.Contains(ctx.Lower[o]))))) && PhraseActors(ctx, s, NameHead(ctx, antecedent), 0) is [{ Code: { Length: 6 } placedCode } placedAgent]
            && IsCountryCode(ctx, placedCode) && placedCode[3..] == bareAgent)
            source = placedAgent;

        // "UNITA rebels attacked Angolan government troops": a verb of fighting whose pattern read a verbal attack off a word
        // of its object ("ATTACK * GOVERNMENT" [111]) is fighting when what it acts on is armed men.
        if (coding.Root == "11" && !passive && lex.Verbs.BaseCode(form) is { Length: >= 2 } fought && fought[..2] is "18" or "19" or "20"
            && target?.Code is { Length: 6 } armed && armed[3..] is "MIL" or "REB" or "UAF" or "COP" or "INS" && CameoCodebook.Lookup(fought) is { } fight)
            (code, coding, verbal) = (fought, fight, false);
        // "The Philippines intends to expand joint military exercises with Japan", "was committed to reaching a settlement of its
        // border dispute with Ecuador": an intent names no party of its own; the other state its complement acts with or on is
        // the one it is aimed at.
        if (ctx.Parsed && coding.Root == "03" && !passive && !IsCoded(target) && IsCoded(source) && AttributionStart(ctx, s, i) is var attributed
            && Kids(ctx, s, i).Where(k => k > i && (Rel(ctx, k) is "xcomp" or "ccomp" || Rel(ctx, k) is "advcl" or "obl" && (HasToMark(ctx, s, k) || CaseOf(ctx, s, k) == "to")))
                .Select(k => OtherStateInSubtree(ctx, s, k, attributed, Side(source!.Code))).FirstOrDefault(a => a is not null) is { } intendedFor)
            target = AsStateParty(intendedFor);
        // "lifted a blockade on Palestinian lorries", "ended its siege of Sarajevo": yielding on an act is yielding to the
        // party the act was against; so is refusing to yield on it ("will keep its trade embargo against Cuba in place", 124x).
        if (ctx.Parsed && (coding.Root == "08" || code.StartsWith("124", StringComparison.Ordinal)) && !passive && (!IsCoded(target) || Side(target!.Code) == Side(source?.Code)) && YieldedActParty(ctx, s, i) is { } yieldedTo
            && Side(yieldedTo.Code) != Side(source?.Code)) target = yieldedTo;
        // "backed down over a plan to build settler homes after pressure from Washington": a concession made under another
        // state's pressure yields to that state, over whatever the plan was about.
        // A party the concession benefits stays ("eased restrictions on its Jewish citizens under U.S. pressure"); a place does not.
        if (coding.Root == "08" && code is not ("083" or "0831") && !passive && (!IsCoded(target) || target is ActorSpan { IsPlace: true })
            && PressingParty(ctx, s, i + flen, source) is { } presser) target = presser;
        // "Russia delivered MiG-29 fighters to India", "extradited a drug lord to the United States": what is handed over,
        // even a person or a weapon an agent word names, is no party; aid goes to the party of the "to" phrase, cooperation
        // to that of the "to" or "with" phrase ("shared intelligence with Washington").
        // Not a gerund ("protested the decision of sending troops to Iraq"), whose act is what something is about.
        // A suspect handed over for trial is no party even when a country's word names him ("handed over a former Rwandan
        // army colonel to the International Criminal Tribunal for Rwanda").
        // "Rice was shipped to Bangladesh by Japan": so does a passive whose subject is the thing given, no party.
        // A gerund another verb says was begun or resumed is the act ("began shipping oil on preferential terms to Cuba").
        if (ctx.Parsed && coding.Root is "06" or "07" && (!passive || !IsCoded(target)) && (tok.Xpos != "VBG" || Rel(ctx, i) == "xcomp" && OnsetLemmas.Contains((ctx.Doc.Tokens[tok.Head].Lemma ?? "").ToLowerInvariant())) && IsCoded(source) && (!IsCoded(target) || !IsCountryCode(ctx, Side(target!.Code)!) || code == "063") && RecipientParty(ctx, s, i, partner: coding.Root == "06") is { } recipient
            && IsCoded(recipient) && Side(recipient.Code) != Side(source?.Code)) target = recipient;
        // "recalled Pakistan's High Commissioner from New Delhi", "withdrew its troops from Lebanon": taking back one's own
        // people or forces acts on the country they are taken from, not on their owner.
        // "pulled its forces out of Somalia": so does a "from" or "out of" phrase when nothing else is acted upon.
        if (ctx.Parsed && coding.Root is "16" or "08" && !passive && (target is null || Side(target.Code) == Side(source?.Code)))
            target = FromParty(ctx, s, i) ?? (target is null || target.IsPossessor ? null : target);
        // "walked out of the talks with Israel", "suspended its cooperation with Kiev": ending or reducing ties acts on the
        // party the ties are with.
        // So do meetings with the party they are held with ("arrived in Damascus for talks with the Syrian president"), over
        // a party the talks are about ("negotiations with Britain over the Falkland Islands"); so do agreements signed with a
        // party ("signed a charter on partnership with Ukraine").
        // So does agreeing to meet ("agreed to attend Portuguese-brokered peace talks with the Luanda government", 036).
        bool meets = coding.Root == "04" || code == "036";
        // So does an intent whose act names no coded party but its own side ("prepared to settle its border dispute with Ethiopia"), or
        // whose infinitive names the meetings ("offered to reopen direct negotiations with Argentina").
        // Rebels and their own government are two parties ("UNITA agreed to attend talks with the Angolan government").
        bool intentWithNoParty = coding.Root == "03" && (!IsCoded(target) || Side(target!.Code) == Side(source?.Code));
        // So does a ceasefire declared with a party ("declared a unilateral ceasefire with the Sri Lankan armed forces").
        // Breaking off talks is with the party the talks are with, over a party of what the quarrel is about ("broke off peace
        // talks with Israel over the construction of a Jewish settlement").
        bool talksEnded = coding.Root == "16" && IsCoded(target) && Side(target!.Code) != Side(source?.Code);
        // So does a threat or a refusal that names no other party but the talks it would end or rules out ("threatened to pull
        // out of peace talks with Colombo", "ruled out any negotiations with the PLO").
        bool talksRefused = coding.Root is "12" or "13" && (!IsCoded(target) || Side(target!.Code) == Side(source?.Code));
        if (ctx.Parsed && (coding.Root is "16" or "05" || meets || intentWithNoParty || talksRefused || code == "0871") && !passive && (!IsCoded(target) || Side(target!.Code) == Side(source?.Code) || meets || talksEnded)
            && (TiesParty(ctx, s, i, meetingsOnly: meets || talksEnded || talksRefused) ?? (intentWithNoParty || talksRefused ? InfinitiveTiesParty(ctx, s, i) : null)) is { } tiedAnywhere
            && TalksAtHome(ctx, s, tiedAnywhere, source) is var tiedTo
            && (Side(tiedTo.Code) != Side(source?.Code) || StateAndChallenger(source?.Code, tiedTo.Code))) target = tiedTo;
        // "discussed the Kosovo crisis by telephone with Russian President Boris Yeltsin": whom one confers with is the party
        // met, over the party of what the talk is about (the parse may hang the phrase on "by telephone").
        if (ctx.Parsed && coding.Root == "04" && !passive && ConferredWith(ctx, s, i) is { } metWith && Side(metWith.Code) != Side(source?.Code)) target = metWith;
        // "filed a formal complaint with the United Nations against Britain": a complaint or charge is aimed at the party it is
        // made against, not at the body it is put to.
        // (Not over a party of another side already accused: "accused the Yugoslav army of war crimes against civilians".)
        if (ctx.Parsed && coding.Root == "11" && !passive && (!IsCoded(target) || Side(target!.Code) == Side(source?.Code) || IsInternationalBody(target.Code))
            && ArgumentAgainst(ctx, s, i) is { } complainedOf && Side(complainedOf.Code) != Side(source?.Code)) target = complainedOf;
        // "South Korea shared its radar data on a North Korean missile with Japan": the party one shares or exchanges with is
        // the partner, over a party the thing shared is about.
        // So is the party one will share it with ("Tokyo offered to share radar tracking data on North Korean missile launches
        // with Seoul": 0314, KOR).
        if (ctx.Parsed && (code is "064" or "063" or "061" || code.StartsWith("031", StringComparison.Ordinal)) && !passive && lemma is "share" or "exchange" or "swap" && ConferredWith(ctx, s, i) is { } sharedWith
            && Side(sharedWith.Code) != Side(source?.Code)) target = sharedWith;
        // "Sri Lankan police were put on high alert", "Greek armed forces were placed on alert": forces readied by no one named
        // are readied by their own state, and are the party that mobilises (the show of force is aimed below, else at home).
        // "Thousands of riot police were deployed in central Seoul": forces of no named country are the country's where they are.
        if (coding.Root == "15" && passive && source?.Code is null && target is ActorSpan { Code: { Length: 3 } forcesKind } unplaced && !IsCountryCode(ctx, forcesKind)
            && PlaceAfter(ctx, s, i + flen - 1) is { } deployedWhere)
            target = unplaced with { Code = deployedWhere.Code + forcesKind };
        if (coding.Root == "15" && passive && source?.Code is null && target is ActorSpan { Code: { Length: >= 3 } readiedCode } readiedForces && IsCountryCode(ctx, readiedCode[..3]))
        {
            (source, target, passive) = (readiedForces, null, false);
            if ((AgainstState(ctx, s, i + flen, source) ?? ConflictState(ctx, s, i + flen, source)) is null) target = OwnStateNamedIn(ctx, s, source, i);
        }
        // "Kuwait has been stealing oil from the Rumaila field, Iraq charged on Wednesday in a memorandum to the Arab League":
        // a charge whose content stands before it, as the clause it closes, accuses the subject of that content, not the
        // body it was put to.
        if (ctx.Parsed && coding.Root == "11" && !passive && verbal
            && (ClosedClause(ctx, s, i, adverbial: false) is var content and >= 0 ? content
                : Kids(ctx, s, i).FirstOrDefault(k => k < i && Rel(ctx, k) == "ccomp", -1)) is var charge and >= 0
            && ctx.Doc.Tokens[charge].Upos is "VERB" or "AUX"
            && Kids(ctx, s, charge).FirstOrDefault(k => Rel(ctx, k) == "nsubj", -1) is var chargedAt and >= 0
            && PhraseActors(ctx, s, chargedAt, 0).FirstOrDefault(a => IsCoded(a) && Side(a.Code) != Side(source?.Code)) is { } charged)
            target = charged;
        // "refused to hand over Osama bin Laden to the United States": a refusal to hand over is aimed at whom it would go
        // to, not at whom or what would be handed.
        // "refused to ease its trade embargo against Cuba": otherwise at the party the refused act would have been done to, over
        // the refuser's own state or a place the sentence names.
        if (ctx.Parsed && coding.Root == "12" && RefusalLemmas.Contains(lemma) && Kids(ctx, s, i).FirstOrDefault(k => IsInfinitiveComplement(ctx, s, k)) is var refusedAct && refusedAct > i)
        {
            if (RecipientParty(ctx, s, refusedAct, partner: false) is { } refusedTo) target = refusedTo;
            // "refused to let a U.N. fact-finding team into the Jenin refugee camp": a refusal to admit is aimed at whom it
            // keeps out, not at the place (which the parse may read as an indirect object: "to allow three U.N. human rights
            // investigators into the country").
            else if ((ctx.Doc.Tokens[refusedAct].Lemma ?? "").ToLowerInvariant() is "let" or "allow" or "permit" or "admit"
                && Kids(ctx, s, refusedAct).Where(k => Rel(ctx, k) is "obj" or "iobj").SelectMany(k => ObjectPhraseActors(ctx, s, k))
                    .FirstOrDefault(a => IsCoded(a) && !a.IsPlace && Side(a.Code) != Side(source?.Code)) is { } keptOut)
                target = keptOut;
            else if ((!IsCoded(target) || Side(target!.Code) == Side(source?.Code) || target is ActorSpan refusedPlace && ModifierPlace(ctx, refusedPlace))
                && (ObjectSideActors(ctx, s, refusedAct, 1).FirstOrDefault(a => IsCoded(a) && Side(a.Code) != Side(source?.Code)) ?? YieldedActParty(ctx, s, refusedAct)) is { } refusedParty)
                target = refusedParty;
            // "Zaire's President Mobutu Sese Seko refused on Friday to step down": refusing to leave office rejects the
            // demands of one's own country (the GSR codes the state on both sides).
            else if (!IsCoded(target) && IsResigning(ctx, s, refusedAct) && HomeOfRestriction(ctx, s, source, i) is { } ownCountry)
                target = ownCountry;
        }
        // "Saudi Arabia condemned Israel's strike on Hamas officials in Doha", "condemned the Israeli raid": criticism of a
        // violent act whose doer is named by a possessive or a nationality is aimed at the doer, not at the act's victims.
        if (ctx.Parsed && coding.Root == "11" && !passive && CriticisedDoer(ctx, s, i) is { } doer && Side(doer.Code) != Side(source?.Code))
            target = doer;
        // "Eritrea ordered U.N. peacekeepers to leave the country", "ordered the International Committee of the Red Cross out of
        // its Somali region": expelling an international or non-governmental body's people withdraws from international
        // involvement (peacekeepers 1661, observers and inspectors 1662, aid agencies and others 1663), not the deportation of
        // individuals (174).
        if (ctx.Parsed && code == "174" && IsInternationalBody(target?.Code) && CameoCodebook.Lookup(ExpelledInvolvement(ctx, s, i)) is { } withdrawn)
            (code, coding) = (withdrawn.Code, withdrawn);
        // "Niger's junta ordered the 1,500 French troops stationed in the country to leave": expelling another state's forces
        // ends its presence (CAMEO 166, expel or withdraw), not a deportation of persons (174).
        else if (code == "174" && target?.Code is { Length: 6 } foreignForces && foreignForces[3..] == "MIL" && IsCountryCode(ctx, foreignForces[..3]) && foreignForces[..3] != Side(source?.Code)
            && CameoCodebook.Lookup("166") is { } expelledForces)
            (code, coding) = ("166", expelledForces);
        // "Iraq handed state archives back to Kuwait": the parse may hang the "to" phrase on the separated particle; a thing
        // returned goes to that party, whatever the object names ("handed Hong Kong back to China").
        if (ctx.Parsed && (!IsCoded(target) || code == "0842") && Kids(ctx, s, i).FirstOrDefault(k => k > i && Rel(ctx, k) is "advmod" or "compound:prt" && lower[k] is "back" or "over") is > 0 and var prt
            && Kids(ctx, s, prt).Where(k => Rel(ctx, k) is "obl" or "nmod" && CaseOf(ctx, s, k) == "to").Select(k => PhraseActors(ctx, s, k, 0).FirstOrDefault(IsCoded)).FirstOrDefault(a => a is not null) is { } handedTo)
            target = handedTo;
        // "brought a case against the United States": a lawsuit is aimed at the party it is brought against.
        if (ctx.Parsed && code == "115" && Kids(ctx, s, i).Where(k => Rel(ctx, k) == "obj" && CaseNouns.Contains(ctx.Lower[k]))
                .SelectMany(k => Kids(ctx, s, k).Concat(Kids(ctx, s, i))).Where(n => Rel(ctx, n) is "nmod" or "obl" && CaseOf(ctx, s, n) == "against")
                .Select(n => PhraseActors(ctx, s, n, 0).FirstOrDefault(IsCoded)).FirstOrDefault(a => a is not null) is { } sued)
            target = sued;
        // "Putin ordered his troops to attack Ukraine": an order to one's own forces is aimed where the ordered act is.
        if (ctx.Parsed && lemma is "order" or "instruct" or "command" && (!IsCoded(target) || Side(target!.Code) == Side(source?.Code))
            && Kids(ctx, s, i).FirstOrDefault(k => IsInfinitiveComplement(ctx, s, k)) is var orderedAct && orderedAct > i && OrderedOwnForcesAct(ctx, s, i) is not null
            && ObjectSideActors(ctx, s, orderedAct, 1).FirstOrDefault(a => IsCoded(a) && Side(a.Code) != Side(source?.Code)) is { } orderedAgainst)
            target = orderedAgainst;
        // "Zimbabwean President Robert Mugabe rejected opposition calls for his resignation", "rejected rebel demands": demands or
        // charges of a party named only by a noun before them are rejected or disputed as that party of the rejecter's own
        // country (ZWEOPP). "Opposition" alone is no agent of the dictionaries (their OPPOSITION_LEADER and kin are), and
        // making it one everywhere would split "opposition supporters" and "opposition leaders"; before a demand it is the party.
        if (ctx.Parsed && coding.Root is "11" or "12" && !passive && !IsCoded(target) && source?.Code is { Length: >= 3 } rejecter && IsCountryCode(ctx, rejecter[..3])
            && Kids(ctx, s, i).Where(k => k > i && Rel(ctx, k) == "obj").SelectMany(k => Kids(ctx, s, k)).Where(m => m > i && Rel(ctx, m) is "compound" or "amod" && ctx.ActorAt[m] is null or { AgentOnly: true })
                .Select(m => (At: m, Code: ctx.Lower[m] == "opposition" ? "OPP" : ActorFinder.AgentAt(lex, ctx.Upper, m) is { Length: 1, Code.Length: 3 } agent ? agent.Code : null))
                .FirstOrDefault(c => c.Code is not null) is { Code: { } claimantCode } claimant)
        {
            var span = ctx.Doc.Tokens[claimant.At].Span;
            target = new ActorSpan(claimant.At, claimant.At, null, span.Of(ctx.Doc.Text), span, rejecter[..3] + claimantCode);
        }
        // "Iraq allowed U.N. weapons inspectors into presidential palaces": international involvement let in is received from
        // the body let in, not the place it enters; so is the body a place is opened to ("opened the Red Sea port of Massawa to
        // U.N. food shipments").
        if (ctx.Parsed && code.StartsWith("086", StringComparison.Ordinal) && !passive
            && Kids(ctx, s, i).Where(k => k > i && Rel(ctx, k) == "obl" && CaseOf(ctx, s, k) == "to").Concat(Kids(ctx, s, i).Where(k => k > i && Rel(ctx, k) == "obj"))
                .SelectMany(k => ObjectPhraseActors(ctx, s, k)).FirstOrDefault(a => !a.IsPlace && IsCoded(a) && Side(a.Code) != Side(source?.Code)) is { } admitted)
            target = admitted;
        // "mediated a fresh round of talks between the Sri Lankan government and Tamil Tiger rebels": a mediator acts towards
        // the parties it mediates between, however deep in the object the parse hangs their phrase.
        // So does one who halts its mediation ("suspended its efforts to mediate between the rival Palestinian factions").
        if (ctx.Parsed && code is "045" or "165" && !passive && (!IsCoded(target) || Side(target!.Code) == Side(source?.Code)) && MediatedParty(ctx, s, i) is { } mediated) target = mediated;
        // "Morocco has suspended all contacts between its ministries and the German embassy in Rabat": relations cut between one's
        // own side and another are cut with the other.
        if (ctx.Parsed && coding.Root == "16" && !passive && (!IsCoded(target) || Side(target!.Code) == Side(source?.Code))
            && MediatedParty(ctx, s, i, notOfSide: Side(source?.Code)) is { } otherOfRelation)
            target = otherOfRelation;
        // "massed troops on its border with Jordan": forces mobilised at a border are mobilised against the country across it;
        // the forces themselves ("troops", an agent of no country) are no target.
        if (ctx.Parsed && coding.Root == "15" && !passive && (!IsCoded(target) || Side(target!.Code) == Side(source?.Code) || target!.Code!.Length == 3 && !ctx.CountryCodes.Contains(target.Code)) && (BorderParty(ctx, s, i, source) ?? ShowOfForceTarget(ctx, s, i + flen, source)) is { } across) target = across;
        // "warned that it would retaliate if American warships entered its waters": a threat is against the party it is conditioned on.
        // "threatened on Monday to attack Israel", "threatened to recall its ambassador from Algeria", "to walk out of the talks
        // with Israel": a threat is aimed at the party its threatened act would hit.
        if (ctx.Parsed && coding.Root == "13" && !passive && (!IsCoded(target) || Side(target!.Code) == Side(source?.Code) || target is ActorSpan threatPlace && ModifierPlace(ctx, threatPlace))
            // (a place that only modifies what the act names, "walk out of the Geneva talks", gives way to the party of the condition;
            // so does the threatener's own side: "Iran will close the Strait of Hormuz to oil tankers if Washington pushes through
            // sanctions on Iranian crude exports" is aimed at Washington, not at Iran's tanker trade)
            && (ThreatenedParty(ctx, s, i, source) is { } hit && !ModifierPlace(ctx, hit)
                && !(Side(hit.Code) == Side(source?.Code) && ConditionParty(ctx, s, i, source) is { Code: { } conditionCode } && Side(conditionCode) != Side(source?.Code))
                ? hit : ConditionParty(ctx, s, i, source) ?? ThreatenedParty(ctx, s, i, source)) is { } threatenedParty)
            target = threatenedParty;
        // "Vietnam pulled another 20,000 troops out of Cambodia", "crossed the bridge out of Afghanistan": a retreat is from the
        // state its "out of" or "from" phrase names, not from the forces withdrawn.
        // So is a withdrawal of one's own peacekeepers or monitors (166x: "pulled its peacekeepers out of Rwanda").
        if ((code.StartsWith("0874", StringComparison.Ordinal) || code.StartsWith("166", StringComparison.Ordinal)) && !passive && (!IsCoded(target) || Side(target!.Code) == Side(source?.Code))
            && RetreatedFrom(ctx, s, i + flen, source) is { } leftState) target = leftState;
        // "Azerbaijan is ready to pull its heavy artillery back … if Armenian forces do the same", "will pull heavy mortars back
        // from forward posts facing Indian troops": pulling one's own forces back de-escalates towards the other side, the one
        // the condition names or the forces face, not the place they leave (a town of the source's own state).
        if (ctx.Parsed && (code.StartsWith("087", StringComparison.Ordinal) && code != "0871" || code == "0356") && !passive && IsCoded(source) && (!IsCoded(target) || Side(target!.Code) == Side(source?.Code))
            && (ForeignConditionParty(ctx, s, i, source) ?? FacedState(ctx, s, i + flen, source, facingOnly: true)) is { } facedSide) target = facedSide;
        // "Greece demanded that its partners …": the subject's own possessions are no other party; the act stands without them.
        if (source is not null && target is not null && source.EntityId is not null && source.EntityId == target.EntityId) target = null;
        // "A roadside bombing near the town of Samarra killed one U.S. soldier": the subject is the attack itself, not a party.
        // The GSR readme says actor codes were then inferred from the place; the attacker's primary code is the country
        // where the attack happened (violence, CAMEO 18-20, against a coded party).
        // "A bomb exploded in a market in Karachi, killing 12 people": with no coded party hit either, the attack is on that
        // country's people too.
        // Only an intransitive blast: what a bomb "killed" is named, whoever the parse could not code.
        if (ctx.Parsed && source?.Code is null && !passive && coding.Root is "18" or "19" or "20"
            && (IsCoded(target) || !Kids(ctx, s, i).Any(k => Rel(ctx, k) is "obj" or "iobj" && ctx.Lower[k] is not ("people" or "persons")))   // "killed 34 people": anyone there
            // A blast somewhere the gazetteer does not know ("in a small County Armagh town") happened where the story is datelined.
            && AttackSubject(ctx, s, i) is { } attack && (PlaceWithin(ctx, s, attack, i) ?? PlaceAfter(ctx, s, i + flen) ?? DatelinePlace(ctx)) is { } sceneNamed)
        {
            // "in Baghdad's Sadr City district": the place owns a part of itself, not what was hit.
            var scene = sceneNamed with { IsPossessor = false };
            (source, target) = (scene, IsCoded(target) ? target : scene);
        }
        // "A journalist has been killed in a car bomb explosion in eastern Beirut", "Three U.S. soldiers were killed in Iraq":
        // violence told in the passive with no doer named, or only a kind of doer ("by gunmen", "by rebels"), was done in the
        // country where it happened (the GSR infers the primary code from the place), and victims of no named country are
        // that country's people.
        if (ctx.Parsed && passive && coding.Root is "18" or "19" or "20" && (source?.Code is null || !IsCountryCode(ctx, Side(source.Code)!) && !ActorFinder.IsStateless(source.Code))
            && PlaceAfter(ctx, s, i + flen - 1, settlements: true) is { } sceneOfAct
            // ("was assassinated in an Israeli strike on his residence in Tehran" names the doer's nationality before the place)
            && !Enumerable.Range(i + flen, Math.Max(0, sceneOfAct.First - i - flen))
                .Any(k => ctx.Doc.Tokens[k].Upos == "ADJ" && ctx.ActorAt[k] is { IsPlace: false, Code: { } doerCode } && IsCountryCode(ctx, Side(doerCode)!)))
        {
            source = source is ActorSpan { Code: { Length: 3 } } doers ? doers with { Code = sceneOfAct.Code + doers.Code } : sceneOfAct;
            target = target is ActorSpan { Code: { Length: 3 } victimKind } victims && !IsCountryCode(ctx, victimKind) ? victims with { Code = sceneOfAct.Code + victimKind }
                : IsCoded(target) ? target : sceneOfAct;
        }
        // "U.S. military aid to Guatemala was suspended", "Japanese aid to Burma was frozen": aid halted or given in the passive
        // with no agent is its giver's, the nationality or possessive of the aid, and goes to the party its "to" names.
        if (ctx.Parsed && passive && source?.Code is null && coding.Root is "16" or "07"
            && Kids(ctx, s, i).FirstOrDefault(k => Rel(ctx, k) == "nsubj:pass" && k < i, -1) is var aid and >= 0
            && NounCore(ctx, s, aid).Where(k => k < aid).Select(k => ctx.ActorAt[k]).FirstOrDefault(a => a?.Code is { Length: >= 3 } gc && IsCountryCode(ctx, gc[..3])) is { } aidGiver)
        {
            source = aidGiver with { Code = aidGiver.Code![..3], IsPossessor = false };
            if (Kids(ctx, s, aid).Where(k => Rel(ctx, k) == "nmod" && CaseOf(ctx, s, k) is "to" or "for")
                    .Select(k => PhraseActors(ctx, s, k, 0).FirstOrDefault(a => IsCoded(a) && Side(a.Code) != aidGiver.Code![..3])).FirstOrDefault(a => a is not null) is { } aidRecipient)
                target = aidRecipient;
            else if (Side(target?.Code) == aidGiver.Code![..3]) target = null;
        }
        // "A missionary from Calgary was arrested in Lebanon": arrest, detention and expulsion are what a state's authorities
        // do; with no agent named, the country where it happened did it.
        // In a datelined story with no place named, the dateline's country did it ("DAKAR - The opposition leader was arrested"),
        // to a party of no named country that is that country's own.
        if (passive && source?.Code is null && code is { Length: >= 3 } && code[..3] is "173" or "174" && (PlaceAfter(ctx, s, i + flen - 1) ?? DatelinePlace(ctx)) is { } state
            && state.Code != Side(target?.Code))
        {
            source = state;
            if (target is ActorSpan { Code: { Length: 3 } detainedKind } detained && !IsCountryCode(ctx, detainedKind) && !ActorFinder.IsStateless(detainedKind))
                target = detained with { Code = state.Code + detainedKind };
        }
        // "Four South Korean fishermen held by North Korea … were handed back at Panmunjom": people released or returned with
        // no agent named are released by the party the sentence says held them.
        if (ctx.Parsed && passive && source?.Code is null && code.StartsWith("084", StringComparison.Ordinal) && HolderOfReleased(ctx, s, i) is { } releasedBy
            && Side(releasedBy.Code) != Side(target?.Code))
            source = releasedBy;
        // "The curfew in Srinagar was relaxed", "the state of emergency in Algeria was lifted", "a curfew was imposed on
        // Srinagar": restrictions eased or imposed with no agent named are the doing of the authorities of the country where
        // they apply, on its people (the GSR codes that country on both sides).
        if (ctx.Parsed && passive && source?.Code is null && code is { Length: >= 3 } && (code[..2] == "08" && code[..3] is "081" or "082" or "083" || code[..3] == "172")
            && (PlaceAfter(ctx, s, i + flen - 1) ?? PlaceWithin(ctx, s, s.FirstToken, i) ?? (code[..3] == "172" ? PlaceImposedOn(ctx, s, i) : null)) is { } restrictedIn
            && (!IsCoded(target) || Side(target!.Code) == restrictedIn.Code))
        {
            source = restrictedIn;
            if (!IsCoded(target)) target = restrictedIn;
        }
        // "A nationwide night-time curfew was imposed by Sri Lanka's government": restrictions its own authorities impose or
        // ease with no one else named apply to the country's people; so does police it deploys ("Thousands of police officers
        // were deployed around the electoral tribunal by Bolivia's interior ministry").
        if (ctx.Parsed && passive && IsCoded(source) && !IsCoded(target) && code is { Length: >= 3 } && (code[..3] is "081" or "082" or "172" or "153")
            && HomeOfRestriction(ctx, s, source, i) is { } restrictingHome)
            target = restrictingHome;
        // "Thousands of students marched through the streets of Seoul", "Hundreds of Tibetans demonstrated in Lhasa": people of
        // no named country protest in the country where they protest.
        // Not against a foreign party, which may have come from anywhere to protest.
        // "Workers at the Lenin shipyard in Gdansk went on strike": the place may be named in the subject's own phrase.
        if (coding.Root == "14" && !passive && (!IsCoded(source) || source is ActorSpan { Code: { Length: 3 } kindOnly } && !IsCountryCode(ctx, kindOnly))
            && ProtestPlace(ctx, s, i + flen - 1, source, i) is { } protestedIn
            && (!IsCoded(target) || Side(target!.Code) == protestedIn.Code
                // ("Thousands of demonstrators staged a march on the U.S. embassy in Athens": a foreign mission protested at is
                // in the country of the city it stands in, where the protesters are.)
                || MissionState(ctx, s, i + flen, null) is { } protestedMission && Side(protestedMission.Code) == Side(target.Code)))
            source = source is ActorSpan { Code: { Length: 3 } protesterKind } protesters && !IsCountryCode(ctx, protesterKind) ? protesters with { Code = protestedIn.Code + protesterKind } : protestedIn;
        // "Hundreds of Kurdish prisoners in Turkish jails began a hunger strike": prisoners of no state protest as people of
        // the state that holds them, against it.
        if (coding.Root == "14" && !passive && !IsCoded(source) && ctx.Parsed && JailerOf(ctx, s, i, null) is { } holder)
            (source, target) = (holder, IsCoded(target) ? target : holder);
        // "Gunmen kidnapped an American journalist in west Beirut": armed men of no named country act in the country where
        // they act (the GSR readme's place rule), whoever their victim.
        // Where the act names no place, the victim's own country is where it was done ("Masked gunmen shot dead the deputy
        // prosecutor of Russia's North Caucasus republic of Dagestan": RUS), and failing that the dateline's country ("BUNIA,
        // Congo - Lendu militiamen … killed at least 200 villagers").
        // So is a crowd of no named country ("A mob armed with sticks beat two Mozambican men to death in a settlement east of
        // Johannesburg": ZAFCVL), but a foreign victim says nothing of a crowd, and only a state's place places it ("a mob beat
        // a Christian couple to death in a village in Pakistan's Punjab province": PAKCVL).
        // ("NARATHIWAT, Thailand - Suspected Muslim insurgents detonated a roadside bomb": armed men of a faith and no state
        // are placed the same way, THAMUSREB.)
        // (A person seized is abducted, 181, though the code says seizure until the candidate is made: "Gunmen seized a French
        // diplomat in Beirut".)
        // Kidnappers who free their captives are placed the same way ("BEIRUT - Pro-Iranian kidnappers freed an American hostage").
        if ((coding.Root is "18" or "19" or "20" || code is "171" or "1711" && SeizedPerson(ctx, s, i, lemma, code, passive) == "181" || code == "0841") && !passive
            && source is ActorSpan { Code: { Length: 3 or 6 } placelessKind } placeless
            && (placelessKind.Length == 3 || placeless.AgentOnly && FaithOfArmed(placelessKind) is { } faith
                // (a victim already read as of the faith's letters, MUS being Mauritius's too, is no guide)
                && !(target?.Code ?? "").StartsWith(faith, StringComparison.Ordinal))
            && ((StatelessArmed.Contains(placelessKind[^3..]) || StatelessArmed.Contains(placelessKind[..3])) is var isArmed && isArmed || placelessKind is "CVL" or "PPL")
            // (Not where the news was told, nor a place in a subordinate clause: "Separatists fired mortars at Ukrainian troops
            // …, in the heaviest fighting since a ceasefire was agreed in Minsk".)
            && (PlaceAfter(ctx, s, i + flen - 1, beyondAttribution: false) is { } placed && !InSubordinateClause(ctx, s, placed.Last, i) ? placed : null
                // ("BEIRUT - Gunmen kidnapped a French embassy official": a victim who works or travels abroad says nothing of
                // where it was done; the dateline does.)
                ?? (VictimAbroad(ctx, s, i) ? DatelinePlace(ctx) : null)
                // (nor are victims named by faith, MUS being Mauritius's letters too: "Militiamen killed at least eight Muslims")
                ?? (isArmed && target is { IsPossessor: false, Code.Length: >= 3 } victim && IsCountryCode(ctx, Side(victim.Code)!) && !(victim is ActorSpan v && Muslims(ctx, v)) ? target : null)
                ?? DatelinePlace(ctx)) is { } actedIn
            && (isArmed || actedIn.Code is { Length: >= 3 } placeCode && IsCountryCode(ctx, placeCode[..3])))
            source = placeless with { Code = Side(actedIn.Code) + placelessKind };
        // "BUDAPEST - Securitate troops and army units opened fire on thousands of demonstrators in the western Romanian city of
        // Timisoara": troops or police of no named state that use force at a place the sentence names are that place's
        // state's, before any dateline's.
        // (A participle that tells what the act did, "…, killing dozens", shares the place of the act it follows.)
        if (coding.Root is "18" or "19" or "20" && !passive && source is ActorSpan { Code: "MIL" or "COP" } unplacedForces
            && PlaceAfter(ctx, s, ctx.Parsed && tok.Xpos == "VBG" && Rel(ctx, i) == "advcl" && tok.Head >= s.FirstToken && tok.Head < i ? tok.Head : i + flen - 1, settlements: true)
                is { Code: { Length: >= 3 } sceneCode } && IsCountryCode(ctx, sceneCode[..3]))
            source = unplacedForces with { Code = sceneCode[..3] + unplacedForces.Code };
        // "FARC rebels kidnapped presidential candidate Ingrid Betancourt on a road in southern Caqueta province": a victim no
        // dictionary places, attacked in the attacker's own country, is of that country (the GSR readme's place rule).
        if (coding.Root is "18" or "19" or "20" && !passive && IsCoded(source) && target is { Code: null }
            && PlaceAfter(ctx, s, i + flen - 1) is { } victimsPlace && victimsPlace.Code is { Length: >= 3 } vc && vc[..3] == Side(source!.Code))
            target = victimsPlace with { Code = vc[..3], IsPlace = false };
        // "At least 40 people were abducted by fighters of Uganda's Lord's Resistance Army in raids on villages around Obo in
        // the southeast of the Central African Republic": people or civilians of no state, attacked in another state than the
        // attacker's, are of the state the act's place is in (not a place of the closing attribution).
        if (coding.Root is "18" or "19" or "20" && IsCoded(source) && target is { Code: "PPL" or "CVL" } && Side(source!.Code) is { } attackerSide
            && PlaceInActsPhrases(ctx, s, i + flen - 1, i) is { Code: { Length: >= 3 } victimsState } victimsCountry
            && IsCountryCode(ctx, victimsState) && victimsState[..3] != attackerSide)
            target = victimsCountry with { Code = victimsState[..3] + target.Code, IsPlace = false };
        // "TIKRIT, Iraq - U.S. soldiers detained more than 40 suspected guerrillas in dawn raids": insurgents of no state that a
        // foreign state's forces detain or attack are of the state where it happens, which the dateline names when the act's
        // phrases do not.
        if (coding.Root is "17" or "18" or "19" or "20" && !passive && IsCoded(source) && target is ActorSpan { Code: "REB" or "INS" or "UAF" } unplacedFoes
            && Side(source!.Code) is { } foreignSide && IsCountryCode(ctx, foreignSide)
            && (PlaceInActsPhrases(ctx, s, i + flen - 1, i) ?? DatelinePlace(ctx)) is { Code: { Length: >= 3 } foesState }
            && IsCountryCode(ctx, foesState[..3]) && foesState[..3] != foreignSide)
            target = unplacedFoes with { Code = foesState[..3] + unplacedFoes.Code };
        // "Riots broke out in Lagos", "Fighting erupted in Mogadishu": unrest or violence said to break out somewhere, by and
        // against no one named, is that country's on both sides (the GSR readme's place rule); the noun says what it was.
        if (ctx.Parsed && source?.Code is null && !passive && OutbreakLemmas.Contains(lemma) && OutbreakOf(ctx, s, i) is { } unrest
            && PlaceAfter(ctx, s, i + flen - 1) is { } unrestScene && CameoCodebook.Lookup(unrest) is { } outbreak)
            (code, coding, verbal, source, target) = (unrest, outbreak, false, unrestScene, unrestScene);
        // "The Basque Nationalist Party demanded on Sunday that Madrid open negotiations": a named organisation no dictionary
        // codes, in a sentence that names one state and no other, is a body of that state (the GSR readme codes parties by
        // the state they act in).
        // (Only a party or a movement by its name's words: a bank or an agency may be an international body.)
        if (ctx.Parsed && source is ActorSpan { Code: null, EntityId: { } orgId } uncodedBody && ctx.Doc.EntityById(orgId) is { Type: EntityType.Org } namedBody
            && namedBody.Name.Split(' ').Any(w => PoliticalGroupWords.Contains(w.ToLowerInvariant())) && SoleState(ctx, s) is { } bodysState)
            source = uncodedBody with { Code = bodysState };
        if (source?.Code is null && !(passive && target?.Code is not null && coding.QuadClass == 4)) return Dropped(ctx, i);
        // "devoted to protecting Iran's national interests": acting for one's own country's possessions is no event between
        // parties (a place the act happens in, taken as the party below, may be named as an owner: "near Macedonia's border").
        // Not when what is owned is the state itself ("against Burma's military-backed government").
        // Dissent against a plan or a decision of one's own government or leader is aimed at them ("strikes against President
        // Emmanuel Macron's plan to raise the retirement age": FRALAB -> FRAGOV).
        // (Protesters blocking a place obstruct it in protest, 144, from here on: "supporters of ousted premier Thaksin blocked
        // Bangkok's main shopping district" is a protest at home, not the country's own place taken as a party.)
        if (ObstructLemmas.Contains(lemma) && code != "144" && Obstruction(ctx, lemma, code, source) == "144" && CameoCodebook.Lookup("144") is { } obstructing)
            (code, coding) = ("144", obstructing);
        if (target is ActorSpan { IsPossessor: true } owner && Side(target.Code) == Side(source?.Code) && !OwnsStateBody(ctx, s, owner)
            && !(coding.Root is "11" or "12" or "14" && owner.Code is { Length: > 3 } ownerCode && ownerCode != source?.Code && !passive && ctx.Parsed
                && (IsOpposedThing(ctx, s, owner) || coding.Root == "12" && IsObjectOwned(ctx, s, owner, i)))
            // A threat over the country's own places is aimed at its people ("threatened to invoke emergency powers against
            // those behind a wave of arson attacks, a day after a fire … gutted Lusaka's biggest market": ZMBGOV -> ZMB).
            && !(coding.Root == "13" && !passive && owner.Code is { Length: 3 }))
        {
            // A protest through the country's own capital or streets ("marched through Malawi's capital demanding the
            // resignation of …") is held there; whom it is aimed at is read below, as for protests that name no party.
            if (coding.Root == "14" && !passive) target = null;
            // ("appealed to the country's main labour federation": the party "the country" owns, below.)
            else if (ctx.Parsed && !passive && Side(source?.Code) is { } ownersCountry && TheCountrysParty(ctx, s, i, ownersCountry) is { } ownedByTheCountry)
                target = ownedByTheCountry;
            else return Dropped(ctx, i);
        }
        // "condemned the military coup in neighbouring Gambia": authorities named by a word describing an act are those of
        // the country the act's noun places them in, not the condemning state's.
        if (ctx.Parsed && target is ActorSpan { Code: { Length: >= 3 } describedCode, First: var kindAt } describedBy && describedBy.First == describedBy.Last
            && ctx.Lower[kindAt] is "military" or "army" or "police" && describedCode[^3..] is var describedKind && StateAgents.Contains(describedKind)
            && Rel(ctx, kindAt) == "amod" && ctx.Doc.Tokens[kindAt].Head is var actNoun && actNoun > kindAt && actNoun < s.EndToken && RuleNouns.Contains(ctx.Lower[actNoun])
            && Kids(ctx, s, actNoun).FirstOrDefault(k => Rel(ctx, k) == "nmod" && CaseOf(ctx, s, k) == "in") is var sceneAt && sceneAt > actNoun
            && ctx.ActorAt[sceneAt] is { Code: { Length: >= 3 } sceneCountry } && IsCountryCode(ctx, sceneCountry[..3]))
            target = describedBy with { Code = sceneCountry[..3] + describedKind };
        // "will provide food aid to refugees … in Liberia": with no coded party acted upon, the country where it happens.
        // Not for a gerund's background clause ("after expanding its presence in Iraq"), nor for meetings and cooperation
        // (04, 05), whose place is where the parties meet, not one of them.
        if ((HomeAuthority(ctx, s, source, target, i) ?? HomeGroup(ctx, s, source, target, violence: coding.Root is "18" or "19" or "20", trigger: i)) is { } authority) target = authority;
        if (HomeGroup(ctx, s, target, source, trigger: i) is { } insurgents) source = insurgents;
        // "Plainclothes security agents tortured a Guatemalan union organiser": authorities named by their kind acting on a
        // group of one state's society (its unions, opposition, students, press, clergy) in a sentence that names no other
        // state are that state's.
        // (Not Muslims, whose MUS is no state: see Muslims.)
        if (target is ActorSpan { Code: { Length: 6 } groupCode } group && ctx.CountryCodes.Contains(groupCode[..3]) && !Muslims(ctx, group)
            && DomesticGroups.Contains(groupCode[3..]) && groupCode[3..] is not ("CVL" or "BUS")
            && HomeAuthority(ctx, s, target, source, i) is { } groupsAuthorities) source = groupsAuthorities;
        (source, target) = (LocatedAgent(ctx, s, i, source, target), LocatedAgent(ctx, s, i, target, source));
        // Protesters' violence is a riot (145, see Adjust): "LOS ANGELES … Rioters set fires" are the dateline country's too.
        (source, target) = (DatelinedAgent(ctx, source, protest: coding.Root == "14" || Adjust(code, source).StartsWith("145", StringComparison.Ordinal)), DatelinedAgent(ctx, target, protest: false));
        // "KAMPALA (Reuters) - Police arrested opposition leader Kizza Besigye": authorities the dateline placed act on a group
        // of their own society as those a country word places do (see HomeGroup above).
        if (HomeGroup(ctx, s, source, target, violence: coding.Root is "18" or "19" or "20", trigger: i) is { } datelinedGroup) target = datelinedGroup;
        // "A shipment of wheat donated by Moscow arrived in Burkina Faso", "tanks supplied by the United States have arrived in
        // Taiwan": goods a named party gave arriving somewhere are its gift delivered there (the place is the recipient, as for
        // any material act), not a visit.
        if (ctx.Parsed && ArrivalLemmas.Contains(lemma) && !passive && DeliveredGift(ctx, s, i) is var (giftCode, giver) && CameoCodebook.Lookup(giftCode) is { } given)
            (code, coding, verbal, source, target) = (giftCode, given, false, giver, null);
        bool placeIsParty = !(ctx.Tagged && tok.Xpos == "VBG") && coding.Root is not ("04" or "05");
        // "arrived in Ethiopia for a two-day visit": the country a visit is made to is the host, the party visited (CAMEO 042).
        // So is the country one travels to for talks ("arrived in Riyadh for talks on the border"): the trip is made to its hosts.
        if ((code == "042" || coding.Root == "04" && TravelLemmas.Contains(lemma)) && !passive && target is null
            // ("arrived in the Tajik capital": a nationality's settlement is a place of that country.)
            && PlaceAfter(ctx, s, i + flen, settlements: true) is { } visited && Side(visited.Code) != Side(source?.Code)) target = visited;
        // "The PKK declared a unilateral ceasefire …, its leader told a news conference in Lebanon's Bekaa Valley": a ceasefire
        // armed challengers declare is toward the state they fight, not toward a place the sentence names (see below).
        // So is their disarming ("began handing in their weapons at a ceremony in the city's main stadium").
        if (code.StartsWith("087", StringComparison.Ordinal) && IsChallengers(ctx, source)) placeIsParty = false;
        // (Not an investigation, whose party the rule for it reads from what it looks into before any place.)
        if (placeIsParty && coding.QuadClass is 2 or 4 && !code.StartsWith("09", StringComparison.Ordinal) && !passive && !IsCoded(target) && PlaceAfter(ctx, s, i + flen) is { } where
            // (not a place of a background clause: "…, residents said, while King Hussein was in Washington")
            && !InWhileClause(ctx, s, where.Last, i)) target = where;
        // "Abu Sayyaf gunmen kidnapped 21 people from a Malaysian diving resort": violence at a place a nationality names.
        // ("bombed a wedding party in a village on Yemen's Red Sea coast", "fired into rebel-held suburbs of eastern Ghouta":
        // or where the force landed.)
        if (placeIsParty && coding.Root is "18" or "19" or "20" && !passive && !IsCoded(target) && !(ctx.Parsed && Rel(ctx, i) == "acl") && PlaceAfter(ctx, s, i + flen, settlements: true, struck: true) is { } attackedAt) target = attackedAt;
        // "A car bomb left by the IRA outside a police station in a small town exploded": a blast at a place the gazetteer does
        // not know hit the country the story is datelined in.
        if (ctx.Parsed && coding.Root is "18" or "19" or "20" && !passive && !IsCoded(target) && IsCoded(source) && AttackSubject(ctx, s, i) is not null
            && DatelinePlace(ctx) is { } blastCountry) target = blastCountry;
        // "French truck drivers blocked major highways", "students boycotted classes": people blocking roads obstruct them in
        // protest (144; see Obstruction), and their boycott is a protest (143), which need no party acted upon.
        // "gave the forces of the TPLF 72 hours to surrender", "gave King Gyanendra two weeks to restore the parliament or
        // face protests": time given to do something is an ultimatum (CAMEO 139), as ISSUE * ULTIMATUM codes it.
        if (ctx.Parsed && lemma is "give" or "grant" && !passive && GivesUltimatum(ctx, s, i) && CameoCodebook.Lookup("139") is { } ultimatum)
            (code, coding) = (ultimatum.Code, ultimatum);
        // "Cuba's foreign minister defended Venezuela's government against …, speaking a day after …", "China's UN ambassador
        // defended North Korea at a Security Council meeting, describing …": a defence made while speaking is in words (052),
        // not the protection by force the verb's block reads (074).
        if (ctx.Parsed && lemma == "defend" && code == "074" && !passive && SaidWhileActing(ctx, s, i) && CameoCodebook.Lookup("052") is { } verbalDefence)
            (code, coding, verbal) = (verbalDefence.Code, verbalDefence, true);
        // "World Food Programme aircraft dropped 60 tonnes of sorghum, beans and cooking oil": relief goods dropped from the
        // air are aid (073), not bombs. Only goods dropped by aircraft or counted in loads ("dropped its demand for aid"
        // abandons the demand).
        if (ctx.Parsed && lemma is "drop" or "airdrop" or "parachute" && !passive
            && Kids(ctx, s, i).Where(k => k > i && Rel(ctx, k) == "obj").SelectMany(k => Subtree(ctx, s, k)).ToList() is var dropped
            && dropped.Any(w => ReliefGoods.Contains(ctx.Lower[w]) || ctx.Lower[w] is "sorghum" or "maize" or "beans" or "rations")
            && (lemma is "airdrop" or "parachute" || dropped.Any(w => ctx.Lower[w] is "tonnes" or "tons" or "packages" or "parcels" or "pallets" or "crates" or "bags" or "sacks")
                || Kids(ctx, s, i).Where(k => Rel(ctx, k) == "nsubj").SelectMany(k => Subtree(ctx, s, k)).Any(w => ctx.Lower[w] is "aircraft" or "planes" or "helicopters" or "airplanes"))
            && CameoCodebook.Lookup("073") is { } airdrop)
            (code, coding) = (airdrop.Code, airdrop);
        // "India sent military transport planes loaded with tents, medicines and rescue teams to Nepal": vehicles sent with
        // relief goods aboard deliver the goods (073), whatever the vehicles' own words read (SEND * &MILITARY 062, military
        // aid 072).
        // So are vehicles flown in so loaded ("Pakistan flew two C-130 transport planes loaded with tents, blankets and medicine
        // to southeastern Iran", read as a trip by FLY * (TO)).
        if (ctx.Parsed && lemma is "send" or "dispatch" or "fly" && !passive && code != "073"
            && Kids(ctx, s, i).Where(k => k > i && Rel(ctx, k) == "obj").SelectMany(k => Kids(ctx, s, k)).Where(k => Rel(ctx, k) == "acl" && LemmaAt(ctx, k) is "load" or "lade" or "carry" or "pack")
                .SelectMany(k => Subtree(ctx, s, k)).Select(w => ctx.Lower[w]).ToList() is var cargo && cargo.Any(ReliefGoods.Contains) && !cargo.Any(ArmsNouns.Contains)
            && CameoCodebook.Lookup("073") is { } reliefSent)
            (code, coding) = (reliefSent.Code, reliefSent);
        if (Obstruction(ctx, lemma, code, source) is "143" or "144" && code[..3] is not ("143" or "144") && CameoCodebook.Lookup(Obstruction(ctx, lemma, code, source)) is { } obstruction)
            (code, coding, verbal) = (obstruction.Code, obstruction, true);
        // "called off a four-day strike after deliberations with the Nigerian government": dissent (14) and its easing (082)
        // that name no party acted upon address the authorities of the source's own country when the sentence names them.
        if ((coding.Root == "14" || code == "082") && !passive && !IsCoded(target) && Side(source?.Code) is { } home && ctx.CountryCodes.Contains(home)
            && OwnAuthorities(ctx, s, source!, home, i) is { } authorities)
            target = authorities;
        // "demonstrated outside the U.S. embassy in Seoul", "to protest against conditions in Israeli jails": a protest is aimed at
        // the state whose mission it is held at, or that the "against" phrase names, rather than at the city it is held in.
        // The mission's state wins over any party the parse reads ("rallied outside the U.S. embassy against the NATO campaign").
        if (coding.Root == "14" && !passive)
        {
            if (MissionState(ctx, s, i + flen, source) is { } mission) target = mission;
            else if ((!IsCoded(target) || Side(target!.Code) == Side(source?.Code)) && ProtestedState(ctx, s, i + flen, source) is { } protested) target = protested;
        }
        // "Syria denied any role in the assassination of Lebanese Prime Minister Rafik al-Hariri": a denial of responsibility
        // naming no accuser is aimed at the party the denied act was done to.
        if (code == "016" && !passive && !IsCoded(target) && DeniedActVictim(ctx, s, i + flen, source) is { } victimSide) target = victimSide;
        // "investigated the killing of protesters by Kenyan police": an investigation is aimed at whoever the act it looks
        // into is laid to, not at the act's victims.
        if (code.StartsWith("09", StringComparison.Ordinal) && !passive && (InvestigatedAgent(ctx, s, i + flen, source)
            ?? (IsCoded(target) ? null : InvestigatedCountry(ctx, s, i + flen - 1, source))) is { } accused) target = accused;
        // "Australia is ready to deploy 4,500 troops to East Timor": the protection offered goes to where the troops would go,
        // not to the troops; so does an intent to cooperate militarily by sending them ("ready to commit 4,500 troops to …").
        if (code is "0334" or "0312" && ctx.Parsed && !passive && (!IsCoded(target) || Side(target!.Code) == Side(source?.Code))
            && Kids(ctx, s, i).Where(k => Rel(ctx, k) == "obl" && CaseOf(ctx, s, k) == "to").SelectMany(k => PhraseActors(ctx, s, k, 0))
                .FirstOrDefault(a => a.Code is { Length: >= 3 } && Side(a.Code) != Side(source?.Code)) is { } protectedParty)
            target = protectedParty with { IsPlace = false };
        // "Nigeria's military government deployed troops and armoured cars on the streets of Lagos": sending one's own forces
        // within one's own country is no cooperation with anyone but a show of force there (154; police, 153), at that country.
        if (code == "062" && !passive && Side(source?.Code) is { } deployer && ctx.CountryCodes.Contains(deployer) && (!IsCoded(target) || Side(target!.Code) == deployer)
            && PlaceAfter(ctx, s, i + flen) is var deployedIn && (deployedIn is null || Side(deployedIn.Code) == deployer)
            && (deployedIn ?? OwnStateNamedIn(ctx, s, source, i)) is { } deployedAt
            && CameoCodebook.Lookup(target?.Code is { Length: 6 } forces && forces[3..] == "COP" ? "153" : "154") is { } showOfForce)
            (code, coding, verbal, target) = (showOfForce.Code, showOfForce, false, deployedAt);
        // "mobilized army reservists for a possible war against Iraq": a show of force is aimed at the state it is readied
        // against, not at the forces it readies (the source's own or no one's).
        if (coding.Root == "15" && !passive && (!IsCoded(target) || Side(target!.Code) == Side(source?.Code) || target!.Code!.Length == 3 && !ctx.CountryCodes.Contains(target.Code))
            && (AgainstState(ctx, s, i + flen, source) ?? ConflictState(ctx, s, i + flen, source)) is { } foe) target = foe;
        // "China held live-fire naval exercises in the Taiwan Strait": else at the other state where it happens (the rule above
        // has already looked for one it is against or in dispute with).
        if (coding.Root == "15" && !passive && (!IsCoded(target) || Side(target!.Code) == Side(source?.Code)) && IsCoded(source)
            && (FacedState(ctx, s, i + flen, source) ?? ProvokingState(ctx, s, i + flen, source)) is { } facing) target = facing;
        // "Algeria's government placed thousands of gendarmes and riot police on alert": forces a state readies against no
        // one named are readied at home (the GSR codes the state on both sides).
        if (coding.Root == "15" && !passive && !IsCoded(target) && IsCoded(source) && OwnStateNamedIn(ctx, s, source, i) is { } readiedAt) target = readiedAt;
        // Material acts need someone acted upon; violence a coded party did to things it names ("Indian missiles struck three
        // sites near the Line of Control") is an attack whose victim the text leaves unnamed.
        bool unnamedVictim = ctx.Parsed && coding.Root is "18" or "19" or "20" && target is null && IsCoded(source) && Kids(ctx, s, i).Any(k => Rel(ctx, k) == "obj")
            && (IsCountryCode(ctx, source!.Code!) && tok.Xpos is "VBD" or "VBZ" or "VBP" or "VBN"
                    && (Rel(ctx, i) == "root" || Rel(ctx, i) == "conj" && Rel(ctx, tok.Head) == "root" || MainVerbReadAsParticiple(ctx, s, i))   // a main-clause act, not a background one
                // or one a party is said to be guilty of: "the army and the rebels are guilty of violating the ceasefire"
                || IsCulpableAct(ctx, s, i));
        // "opened an investigation into allegations that British paratroopers executed prisoners": an investigation is aimed at
        // the foreign party its "into" phrase says did what is investigated, over the investigator's own country.
        if (ctx.Parsed && code.StartsWith("09", StringComparison.Ordinal) && !passive && (!IsCoded(target) || Side(target!.Code) == Side(source?.Code))
            && InvestigatedDoer(ctx, s, i, Side(source?.Code)) is { } investigatedDoer) target = investigatedDoer;
        // "A Philippine Senate committee opened an inquiry into alleged corruption": otherwise a state's organ investigating with
        // no party named investigates at home (the GSR codes the state on both sides); so does a court that finds guilty no party
        // of a named country ("A Moscow court found three members of the band guilty": RUSJUD -> RUS).
        if ((code.StartsWith("09", StringComparison.Ordinal) || code == "116") && !passive && !IsCoded(target) && OwnInvestigation(ctx, s, source, i) is { } investigated) target = investigated;
        // "Zimbabwean authorities seized 800 white-owned farms": a state's organs coercing what they name in their own country
        // act on that country's people (the GSR codes the state on both sides); its word in the source's mention is the target's.
        // So does any leader imposing administrative sanctions ("Polish leader General Jaruzelski declared martial law").
        if (coding.Root == "17" && !passive && !IsCoded(target) && source?.Code is { Length: >= 3 } organ
            && (organ.Length == 6 && StateAgents.Contains(organ[3..]) || code.StartsWith("172", StringComparison.Ordinal) && (organ.Length == 6 || IsCountryCode(ctx, organ)))
            && (code.StartsWith("172", StringComparison.Ordinal) ? HomeOfRestriction(ctx, s, source, i) : OwnStateNamedIn(ctx, s, source, i)) is { } coerced)
            target = coerced;
        // "Syria eased travel restrictions on its Jewish citizens", "Burma's military rulers allowed the opposition to reopen its
        // offices": a state yielding with no other party named yields to its own people (the GSR codes the state on both sides);
        // a resignation is no one's. So does one that names only what moved it ("bowing to nearly three months of street protests").
        // The state may be named outside the mention ("President Daniel arap Moi bowed to mounting pressure and scrapped the
        // clause that made KANU Kenya's sole legal party") or by the dateline, as for restrictions imposed.
        if (coding.Root == "08" && code is not ("083" or "0831") && !passive && !IsCoded(target) && HomeOfRestriction(ctx, s, source, i) is { } ownPeople)
            target = ownPeople;
        // "India's government will not repeal three contested farm laws": a change of policy, rights or institutions (0832-0834)
        // that names no one it answers is the state's to its own people, as the GSR codes it; so is one ruled out.
        // "Striking miners in Romania's Jiu Valley called off their strike": so is dissent eased (082) by those who led it.
        else if ((code is "082" or "0832" or "0833" or "0834" || refusedReform) && !passive && !IsCoded(target) && source?.Code is { Length: >= 3 } reformer && IsCountryCode(ctx, reformer[..3]))
            target = source with { Code = reformer[..3], IsPossessor = false };
        // "Sudan ordered at least ten foreign aid agencies, including Oxfam and MSF, to leave the country", "Chad has ordered the
        // U.N. peacekeeping mission in its east … to pull out": ordering a party out expels it, as the ORDER patterns say when
        // the party stands close to the verb (ORDER * OUT [174]); an international mission's withdrawal is 1661, inspectors'
        // 1662, aid agencies' 1663, diplomats' a cut in relations (161).
        // So does telling a party to leave ("told the head of the U.N. human rights office to leave the country").
        // Not one's own troops ordered out of somewhere: that is the act ordered ("Turkey ordered its troops to pull out of Afrin").
        // ("ordered the UN human rights office to withdraw its remaining international staff": whatever yielding the ORDER
        // patterns read in the withdrawal.)
        // A state or its forces ordered out are expelled (166: "Kyrgyzstan formally ordered the United States to vacate the Manas
        // air base", "ordered French troops to leave the country"; its people, deported, stay 174); a state ordered to shrink its
        // mission has its relations cut (161: "Moldova ordered Russia to cut its embassy staff by more than half").
        if (ctx.Parsed && lemma is "order" or "tell" && coding.Root is "10" or "08" && Kids(ctx, s, i).FirstOrDefault(k => k > i && Rel(ctx, k) is "obj" or "iobj", -1) is var orderedOut and >= 0
            && !(target is not null && Side(target.Code) == Side(source?.Code)) && !Kids(ctx, s, orderedOut).Any(k => Rel(ctx, k) == "nmod:poss" && ctx.Doc.Tokens[k].Xpos == "PRP$")
            // ("ordered the French medical charity Medecins Sans Frontieres to halt its work": an agency named inside the phrase)
            && Kids(ctx, s, i).Where(k => k > i && Rel(ctx, k) is "obj" or "iobj").SelectMany(k => Subtree(ctx, s, k)).Order()
                .Select(w => ctx.ActorAt[w]).FirstOrDefault(a => IsInternationalBody(a?.Code)) is var orderedAgency
            && orderedAgency is not null is var agencyOrdered && OrderedToCutMission(ctx, s, i) is var cutMission
            && (OrderedToLeave(ctx, s, orderedOut, agency: agencyOrdered) || cutMission))
        {
            string expulsion = IsDiplomats(ctx, s, orderedOut) || cutMission ? "161"
                : Singular(lower[orderedOut]) is "inspector" or "monitor" or "observer" or "verifier" ? "1662"
                : Singular(lower[orderedOut]) is "agency" or "organisation" or "organization" or "charity" ? "1663"
                : target?.Code is { } mission && mission.StartsWith("IGO", StringComparison.Ordinal) ? "1661"
                : target?.Code is { } agencies && agencies.StartsWith("NGO", StringComparison.Ordinal) ? "1663"
                : target is ActorSpan { Code: { Length: >= 3 } orderedState } && IsCountryCode(ctx, orderedState[..3]) && !agencyOrdered
                    && (orderedState.Length == 3 && ctx.Doc.Tokens[orderedOut].Upos == "PROPN" || orderedState.Length >= 6 && StateAgents.Contains(orderedState[3..6])) ? "166" : "174";
            if (CameoCodebook.Lookup(expulsion) is { } orderedExpulsion) (code, coding, verbal) = (expulsion, orderedExpulsion, false);
            // (the agency, not the state its nationality word names, is put out: "the French medical charity MSF")
            if (orderedAgency is not null && !IsInternationalBody(target?.Code) && expulsion != "174")
                target = orderedAgency with { IsPossessor = false };
        }
        // "Zimbabwe expelled the Swedish head of the European Union's election observer mission", "expelled the French medical
        // charity Medecins Sans Frontieres": people expelled for the international body they serve are that body's, whatever
        // their nationality, and their expulsion withdraws from its involvement (1661, 1662, 1663), as above.
        // (The parse may hang the participle that names the body on the verb: "ordered … peacekeepers serving with the U.N.
        // border mission to leave".)
        if (ctx.Parsed && code == "174" && !passive && !IsInternationalBody(target?.Code)
            && ExpelledPeople(ctx, s, i).Select(w => ctx.ActorAt[w]).FirstOrDefault(a => IsInternationalBody(a?.Code)) is { } servedBody
            && CameoCodebook.Lookup(ExpelledInvolvement(ctx, s, i)) is { } involvementEnded)
            (code, coding, target) = (involvementEnded.Code, involvementEnded, servedBody with { IsPossessor = false });
        // "Estonia ordered two Russian embassy staff to leave the country": diplomats expelled cut relations (161), as ordering
        // them out does above.
        // ("Two French diplomats were ordered out of Burkina Faso by the military government": so are diplomats ordered out.)
        else if (ctx.Parsed && code == "174" && Kids(ctx, s, i).Any(o => (passive ? Rel(ctx, o) == "nsubj:pass" : o > i && Rel(ctx, o) == "obj") && IsDiplomats(ctx, s, o))
            && target?.Code is { Length: >= 3 } expelledFrom && IsCountryCode(ctx, expelledFrom[..3]) && expelledFrom[..3] != Side(source?.Code)
            && CameoCodebook.Lookup("161") is { } relationsCut)
            (code, coding) = ("161", relationsCut);
        // "Mubarak praised Libyan leader Muammar Gaddafi for his decision to scrap banned weapons programmes": the ACCLAIM
        // block's "(TO)" [043] is a welcome to a place ("welcomed the Chinese premier to Washington"); the "to" of an infinitive
        // leaves praise the block's own endorsement (051).
        if (ctx.Parsed && code == "043" && PraisingLemmas.Contains(lemma) && !Subtree(ctx, s, i).Any(k => k > i && Rel(ctx, k) is "obl" or "obl:arg" or "nmod" && CaseOf(ctx, s, k) == "to")
            && CameoCodebook.Lookup("051") is { } praised)
            (code, coding, verbal) = ("051", praised, true);
        // "Kremlin spokesman Dmitry Peskov defended Syrian President Bashar al-Assad, saying Moscow's backing was unchanged":
        // defending a party in words, which the clause of saying shows, defends its policy (052), not the military protection
        // the DEFEND block gives (074).
        // So does defending it against words ("defended Serbia against calls by European lawmakers to freeze its funds").
        if (ctx.Parsed && code == "074" && lemma == "defend" && Kids(ctx, s, i).Any(k => k > i && (Rel(ctx, k) is "advcl" or "xcomp" or "conj"
                && ctx.Doc.Tokens[k].Xpos == "VBG" && ReportingLemmas.Contains(LemmaAt(ctx, k))
                || Rel(ctx, k) == "obl" && CaseOf(ctx, s, k) == "against" && CriticismNouns.Contains(ctx.Lower[k])))
            && CameoCodebook.Lookup("052") is { } defendedInWords)
            (code, coding, verbal) = ("052", defendedInWords, true);
        // "Venezuela seized control of four heavy-oil projects run by U.S. companies": seizing property of another state's
        // companies acts on that state, over the seizer's own country or a place.
        if (ctx.Parsed && !passive && code is { Length: >= 3 } && code[..3] is "171" or "192" && (!IsCoded(target) || Side(target!.Code) == Side(source?.Code) || target is ActorSpan { IsPlace: true })
            && OwnerOfSeized(ctx, s, i, Side(source?.Code)) is { } propertyOwner)
            target = propertyOwner;
        // "India closed all but two of its border crossings with Nepal": a border closed is closed against the country across it,
        // and restricts movement (CAMEO 191, as RECLOSE * BORDER), not the administrative restriction (172) or the reduced
        // relations (160) the CLOSE patterns give.
        if (ctx.Parsed && coding.Root is "16" or "17" or "19" && !passive && ClosingLemmas.Contains(lemma) && BorderParty(ctx, s, i, source) is { } closedTo)
        {
            // (The closer's own country, which a misparsed "border crossing" may leave as the target, is not across it.)
            if (!IsCoded(target) || Side(target!.Code) == Side(source?.Code)) target = closedTo;
            if (coding.Root != "19" && CameoCodebook.Lookup("191") is { } blockade) (code, coding, verbal) = ("191", blockade, false);
        }
        // "India said it would pull back some of the troops massed along its border with Pakistan": troops pulled back from a
        // border de-escalate towards the country across it, not towards their own state.
        if (ctx.Parsed && !passive && (code.StartsWith("035", StringComparison.Ordinal) || code.StartsWith("087", StringComparison.Ordinal))
            && (!IsCoded(target) || Side(target!.Code) == Side(source?.Code)) && BorderParty(ctx, s, i, source) is { } acrossBorder)
            target = acrossBorder;
        // "Germany handed over 20 Benin Bronzes to Nigeria", "France handed back royal treasures looted in 1892 to Benin": what is
        // returned goes to the party after "to", whatever country its own name or description carries.
        if (ctx.Parsed && code.StartsWith("084", StringComparison.Ordinal) && code != "084" && !passive
            // (The parse may hang the "to" phrase on the object, or on a participle that describes it.)
            && Subtree(ctx, s, i).Where(k => Rel(ctx, k) is "obl" or "nmod" && CaseOf(ctx, s, k) == "to" && ReturnedToOf(ctx, s, k, i))
                .SelectMany(k => PhraseActors(ctx, s, k, 0))
                .FirstOrDefault(a => a.Code is { Length: >= 3 } c && IsCountryCode(ctx, c[..3]) && Side(c) != Side(source?.Code)) is { } returnedTo)
            target = returnedTo;
        // "welcomed the first 130 Kenyan troops of a U.N. peacekeeping force": peacekeepers let in are the force's, whatever their
        // nationality.
        if (ctx.Parsed && code == "0861" && !passive && !(target?.Code?.StartsWith("IGO", StringComparison.Ordinal) ?? false)
            && Kids(ctx, s, i).Where(o => Rel(ctx, o) == "obj").SelectMany(o => Subtree(ctx, s, o)).Select(w => ctx.ActorAt[w])
                .FirstOrDefault(a => a?.Code is { } c && c.StartsWith("IGO", StringComparison.Ordinal)) is { } force)
            target = force;
        // "DHAKA, May 5 (Reuter) - A Japanese relief team arrived with tents and medicine for survivors of last week's cyclone":
        // aid arriving where no place is named arrives in the country the story is filed from.
        if (code.StartsWith("07", StringComparison.Ordinal) && ArrivalLemmas.Contains(lemma) && !passive && !IsCoded(target) && IsCoded(source) && DatelinePlace(ctx) is { } aidedHere && Side(aidedHere.Code) != Side(source!.Code))
            target = aidedHere;
        // "Sudanese warplanes bombed a market in the South Sudanese border town of Jau": violence at a place the gazetteer does
        // not know, which a nationality places, hit that nationality's state.
        if (ctx.Parsed && coding.Root is "18" or "19" or "20" && !passive && !IsCoded(target) && IsCoded(source) && NationalPlaceOfObject(ctx, s, i) is { } placedBy
            && Side(placedBy.Code) != Side(source!.Code))
            target = placedBy;
        // "Iraqi warplanes bombed the town of Basra", "LIMA (Reuters) - Shining Path guerrillas dynamited eight power pylons":
        // violence against no named party done at home (AttackedAtHome).
        if (ctx.Parsed && coding.Root is "18" or "19" or "20" && !passive && !IsCoded(target) && Side(source?.Code) is { } attackerState && IsCountryCode(ctx, attackerState)
            && AttackedAtHome(ctx, s, i, i + flen - 1, source!, attackerState) is { } attackedAtHome)
            target = attackedAtHome;
        // "Israeli troops pulled out of positions around the southern Lebanese port of Tyre": a retreat from a place that a
        // nationality or the gazetteer puts in another state (the parse may hang "around the port" on the verb) is a retreat
        // from that state.
        if (ctx.Parsed && code == "0874" && !passive && !IsCoded(target) && IsCoded(source)
            && Kids(ctx, s, i).Where(k => Rel(ctx, k) == "obl" && CaseOf(ctx, s, k) is "from" or "of" or "around" or "near").SelectMany(k => Subtree(ctx, s, k)).Order()
                .Select(k => ctx.ActorAt[k]).FirstOrDefault(a => a?.Code is { Length: >= 3 } c && IsCountryCode(ctx, c[..3]) && c[..3] != Side(source!.Code)) is { } retreatedFrom)
            target = retreatedFrom with { Code = retreatedFrom.Code![..3], IsPlace = false, IsPossessor = false };
        // "Rioters set fire to banks and government offices in the southern Jordanian town of Karak": a crowd of one state
        // burning or looting property of no named owner riots against its own state (145 below), as it protests against it.
        if ((coding.Root is "18" or "19" || code == "1712") && !passive && !IsCoded(target) && RiotLemmas.Contains(lemma) && source?.Code is { Length: >= 6 } crowd
            && CivilianProtesters.Contains(crowd[3..6]) && ctx.CountryCodes.Contains(crowd[..3])
            && (ProtestersOwnState(ctx, source) ?? (PlaceAfter(ctx, s, i, settlements: true, beyondAttribution: false) is { Code: { Length: >= 3 } pc } riotScene && pc[..3] == crowd[..3]
                ? riotScene with { Code = crowd[..3], IsPlace = false, IsPossessor = false } : null)) is { } riotedIn)
            target = riotedIn;
        // "A Chinese air force transport plane landed in the capital carrying tents and blankets for victims of floods in western
        // Nepal": aid for people of no named state goes to the state the sentence places them in.
        // ("A French military transport plane landed in Algiers carrying tents": so does aid a participle carries to where
        // the verb it hangs on arrives.)
        // ("Tokyo pledged $5 million in emergency relief for victims of the earthquake in Soviet Armenia": so does aid pledged, 033x.)
        if ((coding.Root == "07" || code.StartsWith("033", StringComparison.Ordinal)) && !passive && IsCoded(source) && target is null or { Code: null or "CVL" or "PPL" or "REF" }
            && (PlaceInActsPhrases(ctx, s, i + flen - 1, i) ?? (ctx.Parsed && Rel(ctx, i) is "advcl" or "xcomp" && ctx.Doc.Tokens[i].Head is var arrival and >= 0 && arrival < i
                    ? PlaceInActsPhrases(ctx, s, arrival, arrival) : null)
                // ("Taipei delivered aid worth $3 million to Paraguay": or the state the aid goes "to", however deep the parse
                // hung the phrase in the sum's words.)
                ?? (target is null ? StateAfterTo(ctx, s, i + flen, AttributionStart(ctx, s, i)) : null)
                // ("GORI, Georgia - The Red Cross delivered food and blankets to thousands of people displaced by the fighting":
                // people no phrase places are where the story is datelined.)
                ?? (target is { Code: "CVL" or "PPL" or "REF" } ? DatelinePlace(ctx) : null)) is { Code: { Length: >= 3 } aidedState } aidedPlace
            && IsCountryCode(ctx, aidedState) && aidedState[..3] != Side(source!.Code))
            target = aidedPlace with { Code = aidedState[..3] + (target?.Code ?? ""), IsPlace = false };
        // "Israeli army bulldozers demolished 14 houses in the Rafah refugee camp": property destroyed where a party of another
        // side lives is that party's.
        if (ctx.Parsed && code.StartsWith("1712", StringComparison.Ordinal) && !passive && !IsCoded(target) && Side(source?.Code) is { } destroyer
            && Kids(ctx, s, i).Where(k => k > i && Rel(ctx, k) is "obj" or "obl").SelectMany(k => Rel(ctx, k) == "obj" ? Kids(ctx, s, k).Where(n => Rel(ctx, n) == "nmod") : [k])
                .Where(k => CaseOf(ctx, s, k) is "in" or "at").SelectMany(k => PhraseActors(ctx, s, k, 0)).FirstOrDefault(a => IsCoded(a) && Side(a.Code) != destroyer) is { } dwellers)
            target = dwellers with { IsPlace = false };
        // "Japan will extend around 30 billion yen in low-interest loans to help Mongolia rebuild its power plants": aid whose
        // words name no recipient goes to the party its purpose clause helps.
        if (ctx.Parsed && coding.Root == "07" && !passive && !IsCoded(target) && HelpedParty(ctx, s, i, source) is { } aided) target = aided;
        // "Tokyo pledged $5 million in emergency relief for victims of the earthquake in Soviet Armenia", "for survivors of the
        // earthquake that flattened towns across Pakistani Kashmir": aid for the people of a disaster goes to the state it struck.
        if (ctx.Parsed && (coding.Root == "07" || code.StartsWith("033", StringComparison.Ordinal)) && !passive && (!IsCoded(target) || Side(target!.Code) == Side(source?.Code))
            && StruckState(ctx, s, i, source) is { } struck) target = struck;
        // (A coercive act a party would take if another acts is aimed at that one, as the threat's rule below reads it: "Iran will
        // close the Strait of Hormuz to shipping if the United States tries to halt its oil exports". Force a party says it will use
        // is a threat whose target that rule reads from the act's own words: "China will use force if necessary to stop Taiwan
        // from formally declaring independence".)
        if (coding.QuadClass is 2 or 4 && !passive && !IsCoded(target) && !unnamedVictim && !(IsCoded(source) && StandsWithoutTarget(ctx, s, i, code))
            && !(ctx.Parsed && IsCoded(source) && IsConditionalCoercion(ctx, s, i, code) && ConditionParty(ctx, s, i, source) is not null)
            && !(ctx.Parsed && IsCoded(source) && lemma == "use" && code == "190" && ModalityAt(ctx, s, i) is Modality.Future or Modality.Hypothetical)) return Dropped(ctx, i);
        if (placeIsParty && target is null && !passive && PlaceAfter(ctx, s, i + flen) is { } there && !InWhileClause(ctx, s, there.Last, i)) target = there;
        // "French farmers blocked roads to protest against cuts in subsidies": dissent of one country's people that names no
        // party is aimed at their own state, as the GSR codes it (its target is the protesters' country); the country's word
        // in the source's mention ("French") is the target's.
        // "About 1,200 Palestinian prisoners in Israeli jails began an open-ended hunger strike": prisoners protest against the
        // state that holds them, named by its jails.
        if (coding.Root == "14" && ctx.Parsed && !passive && (!IsCoded(target) || Side(target!.Code) == Side(source?.Code)) && JailerOf(ctx, s, i, source) is { } jailer)
            target = jailer;
        // ("Chadian civil servants began a general strike", "Lawyers in Cameroon's English-speaking regions went on strike": so
        // does that of a state's own staff, its civil servants, courts, doctors or police.)
        if (coding.Root == "14" && !passive && !IsCoded(target) && (ProtestersOwnState(ctx, source) ?? StaffsOwnState(ctx, source)) is { } ownState) target = ownState;
        // "Zambia's churches demanded an end to one-party rule", "Malawi's Roman Catholic bishops demanded freedom of
        // expression": so is a demand of a country's own groups that names no party (not the state's own: "Iran demanded the
        // release of its diplomats" asks someone unnamed).
        if (coding.Root == "10" && !passive && !IsCoded(target) && ProtestersOwnState(ctx, source) is { } demandedOf && source is ActorSpan demander
            && (demandedOf.First != demander.First || demandedOf.Last != demander.Last)) target = demandedOf;
        // So is that of people the place they protest in made that country's ("Thousands of protesters marched on Bangkok's
        // Democracy Monument").
        if (coding.Root == "14" && !passive && !IsCoded(target) && ProtestPlace(ctx, s, i + flen - 1, source, i) is { } protestPlace && Side(protestPlace.Code) == Side(source?.Code))
            target = protestPlace with { IsPossessor = false };
        // "Thousands of Malians marched through Bamako to demand the departure of French troops": a protest whose purpose
        // clause asks something of another state's party is aimed at that party, over the protesters' own state.
        if (ctx.Parsed && coding.Root == "14" && !passive && (!IsCoded(target) || Side(target!.Code) == Side(source?.Code)) && Side(source?.Code) is { } protestersState
            && IsCountryCode(ctx, protestersState)
            && Kids(ctx, s, i).Where(k => k > i && Rel(ctx, k) is "advcl" or "xcomp" && ProtestAimLemmas.Contains(LemmaAt(ctx, k)))
                .SelectMany(k => Kids(ctx, s, k).Where(o => Rel(ctx, o) == "obj")).SelectMany(o => Subtree(ctx, s, o)).Order()
                .Select(k => ctx.ActorAt[k]).FirstOrDefault(a => a is { IsPlace: false, AgentOnly: false, Code: { Length: >= 3 } c } && IsCountryCode(ctx, c[..3]) && Side(c) != protestersState) is { } foreignAimed)
            target = foreignAimed with { IsPossessor = false };
        // "NAIROBI (Xinhua) - The Chinese premier arrived here on Saturday": "here" in a datelined story is the dateline's place,
        // the host of a visit or of talks.
        if (coding.Root == "04" && !IsCoded(target) && ctx.Parsed && Kids(ctx, s, i).Any(k => ctx.Lower[k] == "here") && DatelinePlace(ctx) is { } datelined
            && Side(datelined.Code) != Side(source?.Code))
            target = datelined;
        // "The UN special rapporteur on Myanmar called on the government to restore citizenship rights": "the government" an
        // international body addresses, with no state of its own, is that of the one state the sentence names.
        if (target is ActorSpan { Code: "GOV" } bareGovernment && IsInternationalBody(source?.Code)
            && ctx.Actors.Where(a => a.First >= s.FirstToken && a.Last < s.EndToken && a.Code is { Length: >= 3 } c && a.Code != a.AgentCode && IsCountryCode(ctx, c[..3]))
                .Select(a => a.Code![..3]).Distinct().ToList() is [var governed])
            target = bareGovernment with { Code = governed + "GOV" };
        // "Finnish Prime Minister Petteri Orpo appealed to the country's largest trade union federation": a party owned by "the
        // country" the actor belongs to is of the actor's state (with the party's own kind, if its words name one).
        if (ctx.Parsed && !passive && !IsCoded(target) && Side(source?.Code) is { } actorsCountry && IsCountryCode(ctx, actorsCountry)
            && TheCountrysParty(ctx, s, i, actorsCountry) is { } domestic)
            target = domestic;
        // "Sudan rejected the deployment of a United Nations peacekeeping force in Darfur": a refusal of another party's forces
        // on one's soil is aimed at that party, not at the place they would go.
        if (ctx.Parsed && coding.Root == "12" && !passive && DeployedForce(ctx, s, i, source) is { } forcesOwner) target = forcesOwner;
        // "Ecuador refused to pull its troops out of the Cenepa valley despite a demand from Lima": a refusal whose object names
        // no party is aimed at whoever made the demand it holds out against.
        if (ctx.Parsed && coding.Root == "12" && !passive && (!IsCoded(target) || target is ActorSpan { IsPlace: true } || !ObjectNamesParty(ctx, s, i))
            && HeldOutAgainst(ctx, s, i, source, target) is { } defied)
            target = defied;
        // "India called off talks between the two countries' foreign secretaries": an act on a pair of states is aimed at the
        // other one of the pair.
        if (ctx.Parsed && !passive && (!IsCoded(target) || Side(target!.Code) == Side(source?.Code)) && Side(source?.Code) is { } pairsMember
            && IsCountryCode(ctx, pairsMember) && OtherOfThePair(ctx, s, i, pairsMember) is { } otherOfPair)
            target = otherOfPair;
        // "Italy demanded the immediate release of two Italian aid workers seized by gunmen", "Germany demanded the release of two
        // German reporters held in Iran": a demand for one's own nationals' release is made of whoever holds them, not of them.
        if (ctx.Parsed && !passive && coding.Root is "10" or "02" && IsCoded(target) && Side(target!.Code) == Side(source?.Code) && Side(source?.Code) is { } ownNationals
            && HolderOfReleased(ctx, s, i, ownNationals) is { } nationalsHolder)
            target = nationalsHolder;
        // "North Korea's army threatened to launch a nuclear strike that would leave the U.S. Pacific territory of Guam in ashes":
        // a threat whose object names no party is aimed at the first other state the threatened act names, however deep; an
        // inquiry by an international body at the state its subject names ("an inquiry into how Greece compiled its figures").
        // "Myanmar's junta warned it would use force to crush the street protests", "Vanuatu's ombudsman opened an investigation
        // into the sale of passports": one that names no other state at all is aimed at the actor's own.
        // So are a refusal, a promise, a demand, an appeal, a concession or a criticism of a state's party that names no party
        // and no other state ("Lebanon's cabinet approved a package of reforms", "Brazil's
        // president vetoed parts of a forestry bill", "Nepal's king promised to guarantee freedom of assembly", "Opposition
        // leader Benazir Bhutto demanded that President Zia step down"); "demanded the release of 17 fishermen detained by the
        // Sri Lankan navy": a release demanded is asked of whoever holds the people.
        if (ctx.Parsed && !passive && !IsCoded(target) && coding.Root is "13" or "09" or "12" or "03" or "10" or "02" or "08" or "11" && IsCoded(source))
        {
            var actorsSide = Side(source!.Code)!;
            bool ofAState = IsCountryCode(ctx, actorsSide);
            if ((coding.Root == "13" || coding.Root == "09" && !ofAState) && PartyInActNamed(ctx, s, i, actorsSide, investigation: coding.Root == "09") is { } named) target = named;
            else if (coding.Root is "10" or "02" && HolderOfReleased(ctx, s, i, actorsSide) is { } heldBy) target = heldBy;
            // (The state may be named only by the actor's code: "Opposition leader Benazir Bhutto".) Not a demand for the
            // actor's own people or things ("Iran demanded the release of its diplomats"), which someone else holds.
            // Nor a party named by its kind alone ("Severe revenge awaits the criminals"), nor a warning of what others' acts
            // will bring ("warned that the latest actions will lead to increased tension"): a threat at home is of what the
            // actor's side will do.
            // A party named by its kind alone is one of the actor's own state's ("refused to free kidnapped politicians": COLPTY),
            // but criminals belong to no state ("severe revenge awaits the criminals" keeps CRM).
            else if (ofAState && target?.Code is not "CRM" && !OtherCountryNamed(ctx, s, actorsSide, -1)
                && !(coding.Root is "10" or "02" && Kids(ctx, s, i).Where(k => Rel(ctx, k) == "obj").SelectMany(k => Subtree(ctx, s, k)).Any(k => Rel(ctx, k) == "nmod:poss" && ctx.Doc.Tokens[k].Xpos == "PRP$"))
                && !(coding.Root == "13" && PredictsOthersActs(ctx, s, i)))
                target = target is ActorSpan { Code: { Length: 3 } groupKind } ofKind && !IsCountryCode(ctx, groupKind) ? ofKind with { Code = actorsSide + groupKind }
                    : HomeOfRestriction(ctx, s, source, i) ?? (source is ActorSpan actorsMention ? actorsMention with { Code = actorsSide, IsPossessor = false } : target);
        }
        // "Azerbaijan is ready to pull its heavy artillery back from the front line facing Armenian forces", "Pakistan handed back
        // 57 fishing boats seized from Indian fishermen", "freed three Malaysian hostages": an intent, a concession or a retreat
        // read as aimed at the actor's own things is aimed at the other state its own clause names, if there is one.
        // (So is a ban, 170, also one on a thing in another state's place: "The United States imposed a ban on new American
        // investment in Burma".)
        // (Not a state's own challengers it acts towards: "ready to return to peace talks with communist rebels in Oslo" meets PHLREB.)
        if (ctx.Parsed && !passive && (coding.Root is "03" or "08" || code == "170") && IsCoded(target) && Side(target!.Code) == Side(source?.Code) && Side(source?.Code) is { } yielder
            && !(StateAndChallenger(source?.Code, target.Code) && IsChallengers(ctx, target)) && IsCountryCode(ctx, yielder) && (OtherStateInClause(ctx, s, i, yielder) ?? (code == "170" ? OtherStatesPlaceOfAct(ctx, s, i, i + flen - 1, yielder) : null)) is { } facedState)
            target = facedState;
        // "Belgium began pulling its paratroopers out of the U.N. peacekeeping force in Rwanda", "Canada is prepared to
        // contribute 500 soldiers to the United Nations peacekeeping force in Haiti": troops pulled out of or pledged to an
        // international force concern the state the force is in, which the force's own phrase names.
        // (The intent, 0334, is coded further down: protection given or offered, 074, is one too.)
        if (ctx.Parsed && (code == "1661" || code.StartsWith("033", StringComparison.Ordinal) || code.StartsWith("074", StringComparison.Ordinal)) && target is ActorSpan { Code: { } forceCode } internationalForce
            && forceCode.StartsWith("IGO", StringComparison.Ordinal) && HostOfForce(ctx, s, internationalForce) is { } forceHost)
            target = forceHost;
        // "will send a deputy foreign minister to Moscow for talks with Armenian officials", "would send a delegation to meet
        // government negotiators": an envoy sent to talk meets the party of the talks, not the place it goes to.
        if (ctx.Parsed && coding.Root is "04" && lemma == "send" && (!IsCoded(target) || target!.IsPlace) && PartyOfTalksSentTo(ctx, s, i) is { } talkedWith)
            target = talkedWith;
        // "said they were willing to sit down with government negotiators", "prepared to restart negotiations with the
        // separatist leaders": challengers meeting the government, or a government meeting challengers, named by their kind
        // alone, meet their own state's.
        if (ctx.Parsed && coding.Root is "03" or "04" or "05" && !passive && !IsCoded(target) && source?.Code is { Length: >= 3 } meeter && IsCountryCode(ctx, meeter[..3])
            && OwnSideMetByKind(ctx, s, i, meeter) is { } ownSide)
            target = ownSide;
        if (coding.Root is "04" or "05" && target is null) return Dropped(ctx, i);                      // so does cooperation, even verbal
        if (!IsCoded(source) && !IsCoded(target)) return Dropped(ctx, i);
        // "the boat was carrying food and medicine to marines stationed on the shoal": supplying a country's own forces or
        // government is its logistics, not aid given to another party (aid to its own refugees or people still is).
        // "UNITA rebels handed over their weapons to the Angolan army": handing over one's own weapons is disarming (CAMEO
        // 0873, as HAND_IN * WEAPONS), not arms given.
        if (ctx.Parsed && code == "072" && lemma is "hand" or "turn" && Kids(ctx, s, i).Any(k => Rel(ctx, k) == "obj" && OwnedByPronoun(ctx, s, k))
            && CameoCodebook.Lookup("0873") is { } disarming)
            (code, coding, verbal) = ("0873", disarming, false);
        // ("prepared to send an infantry battalion to help keep the peace in Bosnia": forces sent abroad go to the place their
        // mission is in, when the sentence names one of another state.)
        if (coding.Root == "07" && target?.Code is { Length: >= 6 } own && Side(own) == Side(source?.Code) && own[3..6] is "MIL" or "GOV")
        {
            if (code == "074" && own[3..6] == "MIL" && PlaceAfter(ctx, s, i + flen) is { } mission && Side(mission.Code) != Side(source?.Code)) target = mission;
            // (Or the state the sending's own phrases or purpose name.)
            else if (ctx.Parsed && StateSentTo(ctx, s, i, Side(source?.Code)) is { } helped) target = helped;
            else return Dropped(ctx, i);
        }

        // "began handing over their weapons": violence a verb of beginning reads from the object of the act it begins
        // (START * &WEAPON [194] is opening fire) is no act of its own; the begun act, a verb of the dictionary, is coded by itself.
        if (ctx.Parsed && coding.Root is "18" or "19" or "20" && lemma is "begin" or "start" or "commence"
            && Kids(ctx, s, i).Any(k => Rel(ctx, k) == "xcomp" && ctx.Doc.Tokens[k].Xpos == "VBG" && lex.Verbs.HasForm(upper[k]))) return Dropped(ctx, i);
        if (ctx.Parsed && code.StartsWith("19", StringComparison.Ordinal) && WeaponCode(ctx, s, i, passive) is { } weapon) code = weapon;
        var modality = denial && code == "016" ? Modality.Denied : threat ? Modality.Threatened : ModalityAt(ctx, s, i);
        if (intendsViolence && modality == Modality.Asserted) modality = Modality.Future;
        // "Palestinian leaders said they would boycott …": "would" in a reported clause announces what they will do.
        if (modality == Modality.Hypothetical && ctx.Parsed && IsReportedWould(ctx, s, i)) modality = Modality.Future;
        // "Beijing could impose a naval blockade on Taiwan's ports if the island's leaders move toward independence": sanctions or
        // force a party says it could or would bring on another if that one acts are threatened (CAMEO 13x), as announced ones are.
        bool conditionalThreat = modality is Modality.Hypothetical or Modality.Future && ctx.Parsed && !passive && IsCoded(source) && IsConditionalCoercion(ctx, s, i, code);
        if (conditionalThreat) modality = Modality.Future;   // (a reported "would" may have made it so already)
        if (!IsCoded(target) && TruceOfRebels(ctx, code, source) is { } foughtState) target = foughtState;
        // "Algeria formally lifted the state of emergency in force since 1992, … after … the uprisings in neighbouring Tunisia":
        // a state of emergency eased is eased on the state's own people, whatever other state the sentence names (not a curfew,
        // which an army may lift on a territory it holds: "Israeli troops lifted a curfew on the West Bank town of Nablus").
        if (code == "0814" && !passive && source is ActorSpan { Code: { Length: >= 3 } easer } easing && IsCountryCode(ctx, easer[..3])
            && IsCoded(target) && Side(target!.Code) != easer[..3] && !IsInternationalBody(target.Code))
            target = AsStateParty(easing) with { Code = easer[..3] };
        // "no Pakistani military facilities had been hit": an act that did not happen, by no one named, is no event.
        if (modality == Modality.Negated && source?.Code is null) return Dropped(ctx, i);
        var quote = ctx.QuoteOf[i];
        if (pledgedBy is not null && modality is Modality.Asserted or Modality.Reported) modality = Modality.Future;
        // "Brazil would extend $300 million in credit lines to help Bolivia rebuild roads", "stands ready to supply additional
        // helicopters to help Manila fight communist insurgents": help that is the purpose of an act announced or offered is
        // announced with it (an intent to give aid, 033), not given.
        if (coding.Root == "07" && ctx.Parsed && modality is Modality.Asserted or Modality.Reported && lemma is "help" or "assist" && Rel(ctx, i) is "advcl" or "xcomp"
            && HasToMark(ctx, s, i) && tok.Head >= s.FirstToken && tok.Head < i && AnnouncedAct(ctx, s, tok.Head)) modality = Modality.Future;
        if (quote is not null && cueQuote is null && modality == Modality.Asserted) modality = Modality.Reported;
        code = Intent(code, modality);
        // ("will use force if necessary to stop Taiwan from formally declaring independence", "to uphold its claims to islands
        // disputed with Chile": the force announced is aimed at the first other state its own words name.)
        if (ctx.Parsed && code == "138" && lemma == "use" && !passive && Side(source?.Code) is { } forceUser && (!IsCoded(target) || Side(target!.Code) == forceUser)
            && Subtree(ctx, s, i).Where(k => k > i).Order().Select(k => ctx.ActorAt[k])
                .FirstOrDefault(a => a is { Code: { Length: >= 3 } fc, AgentOnly: false } && IsCountryCode(ctx, fc[..3]) && Side(fc) != forceUser) is { } forcedParty)
            target = AsStateParty(forcedParty);
        // "Iran would shut the Strait of Hormuz to oil tankers if Washington and its allies impose sanctions": such a threat
        // that hits no other party is aimed at the party of its condition, as threats said with a verb are above.
        if (conditionalThreat && code.StartsWith("13", StringComparison.Ordinal) && (!IsCoded(target) || Side(target!.Code) == Side(source?.Code))
            && ConditionParty(ctx, s, i, source) is { } conditioned)
            target = conditioned;
        // "North Korea has told the IAEA it will allow inspectors to visit its sites": an intent told to a party is aimed at
        // the party told, when its own act names none.
        if (ctx.Parsed && code.StartsWith("03", StringComparison.Ordinal) && !passive && (!IsCoded(target) || Side(target!.Code) == Side(source?.Code))
            && AddresseeOfTelling(ctx, s, i) is { } told && Side(told.Code) != Side(source?.Code)) target = told;
        // "threatened to cut off aid to Egypt", "threatened to impose martial law": CAMEO codes a threat by what is threatened.
        if (ctx.Parsed && code == "130" && ThreatenedClause(ctx, s, i) is var (threatened, threatVerb) && ThreatOf(threatened) is { } kind)
        {
            code = kind;
            // "warned that China would downgrade its ties with the Netherlands if The Hague went ahead": aimed at the party the
            // threatened act would hit (past a possessive pronoun, the party of a phrase of the act), not at the one its
            // condition names.
            if (Rel(ctx, threatVerb) == "ccomp" && (ObjectSideActors(ctx, s, threatVerb, 1).FirstOrDefault(a => IsCoded(a) && Side(a.Code) != Side(source?.Code) && !OwnedByPronoun(ctx, [a]))
                    ?? Subtree(ctx, s, threatVerb).Where(n => Rel(ctx, n) is "nmod" or "obl" && CaseOf(ctx, s, n) is "with" or "to" or "against" or "on" && !IsInSubordinateClause(ctx, s, threatVerb, n)).Order()
                        .Select(n => PhraseActors(ctx, s, n, 1).FirstOrDefault(a => IsCoded(a) && Side(a.Code) != Side(source?.Code))).FirstOrDefault(a => a is not null)) is { } warnedParty)
                target = warnedParty;
            // "Karachi's police chief threatened to impose a round-the-clock curfew on several neighbourhoods", "MANILA (AP) -
            // President Joseph Estrada threatened to declare martial law in parts of Mindanao if Muslim rebels …": a threat of
            // administrative sanctions is aimed at the threatener's own state, as their imposing is, whoever the condition names.
            // (Muslims named by faith are no state, though MUS is Mauritius's code: "warned that it could outlaw the Muslim Brotherhood".)
            if (kind.StartsWith("132", StringComparison.Ordinal) && !passive && !(IsCoded(target) && IsCountryCode(ctx, Side(target!.Code)!) && !(target is ActorSpan faithful && Muslims(ctx, faithful)))
                && source?.Code is { Length: >= 3 } threatener && (threatener.Length == 6 || IsCountryCode(ctx, threatener))
                && HomeOfRestriction(ctx, s, source, i) is { } restrictedHome)
                target = restrictedHome;
        }
        if (modality == Modality.Negated && coding.QuadClass is 1 or 2 && Refusal(ctx, s, i) is { } refusal)
        {
            code = refusal(code);
            modality = Modality.Asserted;
            // ("Despite two Ethiopian air raids on the airport outside Asmara, Eritrea will not pull its troops back from Badme":
            // an act refused in the negative holds out against whoever the "despite" phrase names, as a refusal does.)
            if (ctx.Parsed && !passive && (!IsCoded(target) || Side(target!.Code) == Side(source?.Code)) && HeldOutAgainst(ctx, s, i, source, target) is { } heldOutAgainst)
                target = heldOutAgainst;
        }
        // "Soldiers burned hundreds of homes across northern Rakhine state", "Gunmen seized 300 boys from a school in Nigeria's
        // Katsina state": armed men of no named country who act on a place of one country, or on its officials, are that
        // country's, as the GSR codes them.
        source = ArmedMenOfActedOnCountry(ctx, source, target) ?? source;
        // "rejected an offer of talks from P.W. Botha's government", "rejected demands from Kurdish deputies": a proposal or
        // demand rejected or yielded to is the party's it came from, before any place the sentence names.
        if (ctx.Parsed && coding.Root is "12" or "08" && (!IsCoded(target) || target is ActorSpan { IsPlace: true }) && ProposingParty(ctx, s, i, source) is { } proposer
            && (IsCoded(proposer) ? proposer : HomeAuthority(ctx, s, source, proposer, i)) is { } proposing)
            target = proposing;
        // "Macedonia's parliament, bowing to demands by ethnic Albanian parties", "allowed ethnic Hungarians to use their mother
        // tongue": people called "ethnic" by their kin state's name live in another state, the other party's or the one where
        // it happens, as the GSR codes minorities.
        (source, target) = (EthnicMinority(ctx, s, i, source, target) ?? source, EthnicMinority(ctx, s, i, target, source) ?? target);
        // "The IRA declared a complete cessation of military operations": a ceasefire (or a disarming) armed challengers
        // declare to no one named is toward the state they fight, their own (the GSR codes the rebels' country on both sides).
        if (code.StartsWith("087", StringComparison.Ordinal) && target is null && IsChallengers(ctx, source) && source is ActorSpan declarer)
            target = declarer with { Code = declarer.Code![..3], EntityId = null };
        // "Al Shabaab militants detonated a car bomb at the gates of a hotel", "Police in Dushanbe beat relatives of jailed
        // opposition members": violence by a country's armed challengers or police against no one a dictionary places is
        // violence in their own country (the GSR readme's place rule); not a state's army or air force, which as often strike
        // abroad.
        if (coding.Root is "18" or "19" or "20" && !passive && !IsCoded(target) && source is ActorSpan { Code: { Length: 6 } violentCode } violent
            && IsCountryCode(ctx, violentCode[..3]) && violentCode[3..] is "REB" or "INS" or "UAF" or "COP")
            target = target is ActorSpan { Code: { Length: 3 } victimsKind } victims && !IsCountryCode(ctx, victimsKind)
                ? victims with { Code = violentCode[..3] + victimsKind }
                : violent with { Code = violentCode[..3], EntityId = null };
        // "South Sudan's army gave rebels loyal to Riek Machar 48 hours to quit the oil town of Bentiu", "ECOWAS gave Niger's coup
        // leaders one week to reinstate President Bazoum", "gave the protesters until 3 p.m. on Monday to leave": a party given a
        // span of time or a deadline to act is given an ultimatum (CAMEO 139), however far the parse puts the span from the verb.
        if (ctx.Parsed && lemma == "give" && !passive && code[..2] is "06" or "08" or "03" && GivesDeadline(ctx, s, i)) code = "139";
        // "France flew another 200 troops into Ivory Coast to reinforce its peacekeeping contingent", "Italian troops began
        // patrolling villages in southern Lebanon as part of the U.N. peacekeeping force": forces one state moves into or
        // patrols in another to keep the peace or to protect it give it military protection (074, PLOVER AID), not a show of force.
        // (So do troops sent or dispatched as peacekeepers that the patterns read as cooperation: "Nigeria dispatched troops and
        // warships to Liberia as the largest contingent of a West African peacekeeping force", EXPORT's "(TO)" 061 or SEND *
        // &MILITARY 062; troops sent to help a government stay military cooperation.)
        if (ctx.Parsed && (coding.Root == "15" || code is "061" or "062" && lemma is "send" or "dispatch" or "despatch" or "deploy"
                && Kids(ctx, s, i).Any(k => k > i && Rel(ctx, k) == "obj" && SentForceNouns.Contains(ctx.Lower[k]))
                && NamesPeacekeeping(ctx, s, i))
            && !passive && Side(source?.Code) is { } guardian && Side(target?.Code) is { } guarded && guardian != guarded
            && (IsCountryCode(ctx, guardian) || guardian == "IGO") && IsCountryCode(ctx, guarded) && ProtectsOrKeepsPeace(ctx, s, i))
            code = "074";
        // "Thousands of South Korean students hurled firebombs and rocks at riot police", "Youths set fire to more than 900 cars":
        // civilians throwing things at the police or burning and looting property riot (145, PLOVER PROTEST); only their
        // violence against people of no state body stays an assault ("a mob beat two men to death").
        // Stones and firebombs are a crowd's whoever throws them ("Ethnic Albanians hurled stones and firebombs at police").
        if ((coding.Root is "18" or "19" || code == "1712") && !passive && RiotLemmas.Contains(lemma) && source?.Code is { Length: >= 3 } rioters
            && (rioters.Length >= 6 && (CivilianProtesters.Any(role => rioters.EndsWith(role, StringComparison.Ordinal)) || rioters.EndsWith("PPL", StringComparison.Ordinal))
                || !(rioters.Length >= 6 && rioters[3..] is "COP" or "MIL" or "SPY") && Subtree(ctx, s, i).Any(k => k > i && k < i + 6 && ThrownMissiles.Contains(lower[k])))
            && (target?.Code is not { Length: >= 6 } riotedAgainst || riotedAgainst[3..] is "COP" or "MIL" or "GOV" or "SPY"))
            code = "145";
        // "Kuwait's government bowed to pressure from parliament", "Kenya's anti-corruption commission opened an investigation
        // into the finance minister": a body or group of no named state that a state's party acts on is that state's own, as
        // CAMEO files a domestic body under its state (the GSR codes the state on both sides). Not armed forces or police of
        // no named state, which a state as often meets abroad.
        if (Side(source?.Code) is { } bodysHome && IsCountryCode(ctx, bodysHome) && target is ActorSpan { Code: { Length: 3 } bodyKind } body && DomesticBodies.Contains(bodyKind))
            target = body with { Code = bodysHome + bodyKind };
        var c = new Candidate
        {
            Trigger = i, TriggerEnd = i + flen, Sentence = s, Code = OfficialProtest(ctx, lemma, Obstruction(ctx, lemma, Adjust(SeizedPerson(ctx, s, i, lemma, ReleasedPerson(ctx, s, i, code, form.Block, passive), passive), source), source), source), Weight = weight,
            Source = source, Target = target, Modality = modality, Quote = cueQuote is null ? quote : null,
        };
        foreach (var (ps, pt) in pairs)
            if (!c.MorePairs.Prepend((source!, target)).Any(x => x.Item1?.Code == ps?.Code && x.Item2?.Code == pt?.Code) && IsCoded(ps) && (pt is null || pt.EntityId is null || pt.EntityId != ps!.EntityId) && Side(ps!.Code) != Side(pt?.Code) || IsCoded(ps) && pt is null)
                c.MorePairs.Add((ps!, pt));
        // "blocked roads to press their demands", "would blockade Paris to demand an end to …": words that are the aim of a
        // protest, a threat or a material act are what that act is for, not a second event beside it; so are they when a
        // noun of the verb names the act ("went on strike to press their demands"). What the aim asks for stays its content.
        if (ctx.Parsed && verbal && Rel(ctx, i) == "advcl" && i > s.FirstToken && lower[i - 1] == "to"
            && earlier.FindLast(e => e.Sentence == s && (e.Trigger == tok.Head || e.Nominal && ctx.Doc.Tokens[e.TriggerEnd - 1].Head == tok.Head)) is { } purposeOf
            && CameoCodebook.Lookup(purposeOf.Code) is { } hostCoding && (hostCoding.QuadClass is 2 or 4 || hostCoding.Root is "13" or "14" or "15"))
            c.AimOnly = true;
        // "students marched through Belgrade demanding that the authorities recognise …": so is a demand or an appeal a
        // participle says a protest made.
        if (ctx.Parsed && coding.Root is "02" or "10" && tok.Xpos == "VBG" && Rel(ctx, i) is "advcl" or "xcomp" or "conj"
            && earlier.Any(e => e.Sentence == s && e.Trigger == tok.Head && CameoCodebook.Lookup(e.Code)?.Root == "14" && e.Source?.Code == source?.Code))
            c.AimOnly = true;
        // "summoned India's deputy envoy to lodge a protest": a meeting called for a verbal protest or threat to the same party
        // is how that act was done; the reader gets one event, the protest, not a consultation beside it.
        if (ctx.Parsed && CameoCodebook.Lookup(c.Code)?.QuadClass == 3 && Rel(ctx, i) == "advcl" && i > s.FirstToken && lower[i - 1] == "to"
            && earlier.FindLast(e => e.Sentence == s && e.Trigger == tok.Head) is { } host && CameoCodebook.Lookup(host.Code)?.Root == "04"
            && host.Source?.Code == source?.Code && target is not null && Side(host.Target?.Code) == Side(target.Code))
            earlier.Remove(host);
        // The promise itself was coded as a plain intent to cooperate (030); the act promised says what kind of intent it is.
        // ("was determined": the trigger of a stated commitment may start at its "be").
        if (pledgedBy is { } pledge) earlier.RemoveAll(e => e.Sentence == s && e.Trigger <= pledge && pledge < e.TriggerEnd && e.Code == "030");
        return Accusation(ctx, c) .Also(x => Place(ctx, x));
    }

    /// <summary>
    /// Whether a place lies in the phrases of the act at <paramref name="verb"/> ("in raids on villages around Obo"), not in a
    /// clause of the reporting ("…, refugees arriving in Rwanda said"); without a parse, anywhere.
    /// </summary>
    private static bool InActsPhrases(Ctx ctx, Sentence s, int verb, ActorSpan place) => !ctx.Parsed || InOwnClause(ctx, s, place.Last, verb);

    /// <summary>
    /// The place after <paramref name="from"/> in the phrases of the act at <paramref name="verb"/>, before the closing
    /// attribution (where victims were attacked, where aid goes); or null.
    /// </summary>
    private static ActorSpan? PlaceInActsPhrases(Ctx ctx, Sentence s, int from, int verb) =>
        PlaceAfter(ctx, s, from, beyondAttribution: false) is { } place && InActsPhrases(ctx, s, verb, place) ? place : null;

    /// <summary>
    /// The state an international force named by <paramref name="force"/> serves in, from an "in" or "for" phrase on the noun
    /// the force's words end in ("the U.N. peacekeeping force in Rwanda": RWA), as a party; or null.
    /// </summary>
    private static ActorSpan? HostOfForce(Ctx ctx, Sentence s, ActorSpan force)
    {
        for (int n = force.Last; n <= Math.Min(force.Last + 3, s.EndToken - 1); n++)
        {
            if (!MissionNouns.Contains(ctx.Lower[n])) continue;
            foreach (var k in Kids(ctx, s, n).Where(k => Rel(ctx, k) == "nmod" && CaseOf(ctx, s, k) is "in" or "for"))
                if (ctx.ActorAt[k] is { Code: { Length: >= 3 } hostCode } hostWords && IsCountryCode(ctx, hostCode[..3]))
                    return hostWords with { Code = hostCode[..3], IsPlace = false, IsPossessor = false };
            return null;
        }
        return null;
    }

    /// <summary>Nouns that head the name of a peacekeeping or intervention force.</summary>
    private static readonly FrozenSet MissionNouns = new("force", "forces", "mission", "operation", "contingent");

    /// <summary>
    /// The state of a place of another state than <paramref name="home"/> in the phrases of the act at <paramref name="verb"/>
    /// ("a ban on new American investment in Burma": MMR), as a party; or null.
    /// </summary>
    private static ActorSpan? OtherStatesPlaceOfAct(Ctx ctx, Sentence s, int verb, int verbEnd, string home) =>
        PlaceInActsPhrases(ctx, s, verbEnd, verb) is { Code: { Length: >= 3 } placeCode } place && IsCountryCode(ctx, placeCode[..3]) && placeCode[..3] != home
            ? AsStateParty(place) : null;

    /// <summary>
    /// Whether the noun at <paramref name="noun"/> is owned by a possessive pronoun ("their weapons"), itself or, after a
    /// partitive, the noun of its "of" phrase ("the last of their registered weapons").
    /// </summary>
    private static bool OwnedByPronoun(Ctx ctx, Sentence s, int noun)
    {
        static bool Owned(Ctx ctx, Sentence s, int n) => Kids(ctx, s, n).Any(m => Rel(ctx, m) == "nmod:poss" && ctx.Lower[m] is "their" or "its" or "his");
        return Owned(ctx, s, noun) || Partitives.Contains(ctx.Lower[noun])
            && Kids(ctx, s, noun).Any(n => Rel(ctx, n) is "nmod" or "obl" && CaseOf(ctx, s, n) == "of" && Owned(ctx, s, n));
    }

    /// <summary>
    /// Whether word <paramref name="k"/> lies in a clause another clause subordinates on its way up to
    /// <paramref name="verb"/> or the root: a relative clause, or a clause with a subordinator ("since a ceasefire was agreed
    /// in Minsk"); participles describing a noun ("a French engineer working … in the Niger Delta") do not count.
    /// </summary>
    private static bool InSubordinateClause(Ctx ctx, Sentence s, int k, int verb)
    {
        for (int steps = 0; ctx.Parsed && k >= s.FirstToken && k < s.EndToken && k != verb && steps < 20; k = ctx.Doc.Tokens[k].Head, steps++)
            if (Rel(ctx, k) == "acl:relcl" || Rel(ctx, k) is "advcl" or "ccomp" or "parataxis" && Kids(ctx, s, k).Any(m => Rel(ctx, m) == "mark")) return true;
        return false;
    }

    /// <summary>Verbs of a protest's purpose clause that say what the protesters ask of whom ("to demand the departure of ...").</summary>
    private static readonly FrozenSet ProtestAimLemmas = new("demand", "press", "urge", "oppose", "denounce", "condemn", "seek");

    /// <summary>Nouns for people who strike by stopping work.</summary>
    private static readonly FrozenSet WorkerNouns = new("workers", "employees", "miners", "teachers", "doctors", "nurses", "unions", "staff", "drivers",
        "truckers", "dockers", "dockworkers", "farmers", "servants", "pilots", "controllers", "lawyers", "students");

    /// <summary>Kinds of body or group that belong to the state of the party acting on them when no state is named for them.</summary>
    private static readonly FrozenSet DomesticBodies = new("GOV", "LEG", "JUD", "OPP", "CVL", "PPL", "EDU", "MED", "LAB", "BUS", "AGR");

    /// <summary>Whether word <paramref name="k"/> hangs under <paramref name="verb"/> without passing a clause of its own on the way.</summary>
    private static bool InOwnClause(Ctx ctx, Sentence s, int k, int verb)
    {
        for (int steps = 0; k >= s.FirstToken && k < s.EndToken && steps < 12; k = ctx.Doc.Tokens[k].Head, steps++)
        {
            if (k == verb) return true;
            if (Rel(ctx, k) is "ccomp" or "csubj" or "advcl" or "acl" or "acl:relcl" or "parataxis") return false;
        }
        return false;
    }

    /// <summary>Those a statement is told to who are no party of it ("told reporters", "telling a rally of supporters").</summary>
    private static readonly FrozenSet AudienceNouns = new("reporters", "journalists", "newsmen", "correspondents", "supporters", "crowd", "crowds",
        "rally", "audience", "people", "mourners", "thousands", "hundreds", "workers", "delegation", "news", "conference", "briefing", "students",
        "villagers", "residents", "followers", "listeners", "viewers", "agency");

    /// <summary>
    /// "what it called …", "which the minister called …": a verb of naming in a relative clause whose relative word is what
    /// it names, with no comma, verb or preposition between them, and the name right after it ("whom Bush called on Monday"
    /// is a call).
    /// </summary>
    private static bool NamingClause(Ctx ctx, Sentence s, int verb)
    {
        for (int k = verb - 1; k >= s.FirstToken && k >= verb - 4; k--)
        {
            if (ctx.Lower[k] is "what" or "which" or "whom")
                return k < verb - 1 && verb + 1 < s.EndToken && ctx.Doc.Tokens[verb + 1].Xpos is not ("IN" or "RP" or "," or "." or "TO" or "CC");
            if (ctx.Doc.Tokens[k].Xpos is { } x && (x.StartsWith("VB", StringComparison.Ordinal) || x is "IN" or "," or "TO" or "CC")) return false;
        }
        return false;
    }

    /// <summary>"A dusk-to-dawn curfew was imposed on the northern Nigerian city of Kano": the place a restriction is imposed on.</summary>
    /// <remarks>A nationality of a settlement names its country ("on the Kenyan coastal town of Likoni").</remarks>
    private static ActorSpan? PlaceImposedOn(Ctx ctx, Sentence s, int verb) =>
        Kids(ctx, s, verb).Where(k => Rel(ctx, k) == "obl" && CaseOf(ctx, s, k) == "on")
            .Select(k => FirstActorIn(ctx, s, k, a => a is { IsPlace: true, Code.Length: 3 })
                ?? (SettlementNouns.Contains(ctx.Lower[k]) ? Kids(ctx, s, k).Select(m => ctx.ActorAt[m]).FirstOrDefault(a => a is { Code.Length: 3 } && IsCountryCode(ctx, a.Code!)) is { } nationality
                    ? nationality with { IsPlace = true } : null : null))
            .FirstOrDefault(a => a is not null);

    /// <summary>
    /// Acts a party does on its own, which need no party acted upon to be news: yielding and easing (CAMEO 08: "the
    /// government eased restrictions on foreign journalists", "rebels freed three hostages", "teachers called off their
    /// strike") and mobilizing (15; PLOVER: "a group may mobilize with no specific target stated": "mobilised 2,000
    /// reservists"). Only a main-clause act, or one reported by the main verb ("officials said the army eased …"), not a
    /// background clause ("after releasing …"). So are administrative sanctions (172x), which restrict everyone under the
    /// doer's rule ("declared a state of emergency", "banned public meetings", "imposed a curfew"), as the main act.
    /// </summary>
    private static bool StandsWithoutTarget(Ctx ctx, Sentence s, int i, string code)
    {
        bool sanction = code.StartsWith("172", StringComparison.Ordinal);
        // "Armenian forces broke the ceasefire": a ceasefire violated is violence against no one named.
        if (!ctx.Parsed || code.Length < 2 || code[..2] is not ("08" or "15") && !sanction && code != "196") return false;
        var t = ctx.Doc.Tokens[i];
        // "Former rebels began handing in their weapons": the act a beginning verb of the sentence's own clause starts stands
        // as that verb would.
        if (t.Xpos == "VBG" && t.DepRel == "xcomp" && t.Head >= s.FirstToken && t.Head < s.EndToken
            && (ctx.Doc.Tokens[t.Head].Lemma ?? "").ToLowerInvariant() is "begin" or "start" or "continue")
        {
            i = t.Head;
            t = ctx.Doc.Tokens[i];
        }
        if (t.Xpos == "VBG") return false;
        // A sanction only as the main act: "learned that Uganda had closed the border" reports a closing without saying on whom;
        // "Jaruzelski declared martial law, state radio announced" is the main act, the report's verb last.
        if (sanction) return t.DepRel == "root" || t.DepRel == "ccomp" && t.Head >= s.FirstToken && t.Head < s.EndToken && Rel(ctx, t.Head) == "root"
            && ReportingLemmas.Contains(LemmaAt(ctx, t.Head));
        if (t.DepRel == "root" || VerbReadAsAdjective(ctx, s, i) || MainVerbReadAsParticiple(ctx, s, i)) return true;
        return t.DepRel is "conj" or "ccomp" or "parataxis" && t.Head >= s.FirstToken && t.Head < s.EndToken && Rel(ctx, t.Head) == "root";
    }

    /// <summary>
    /// The sentence tells of sport or an election: a score ("6-4") or a competition word in it, or such words make at least
    /// one in a hundred of the document's tokens, five at the least (a match report: "Russia beat Croatia on Monday."; a
    /// crisis report that mentions an election now and then is none).
    /// </summary>
    private bool CompetitionSentence(Ctx ctx, Sentence s)
    {
        for (int k = s.FirstToken; k < s.EndToken; k++)
            if (MarksCompetition(ctx, k)) return true;
        return CompetitionDocument(ctx);
    }

    private bool CompetitionDocument(Ctx ctx) =>
        Enumerable.Range(0, ctx.Lower.Length).Count(k => MarksCompetition(ctx, k)) >= Math.Max(5, ctx.Lower.Length / 100);

    private bool MarksCompetition(Ctx ctx, int k) => lex.CompetitionWords.Contains(ctx.Lower[k]) || IsScore(ctx.Lower, k);

    /// <summary>"2-0", "6–4" at token <paramref name="k"/>: two small numbers joined by a hyphen or dash, as one token or three.</summary>
    private static bool IsScore(string[] lower, int k)
    {
        static bool Small(string w) => w.Length is > 0 and <= 3 && w.All(char.IsAsciiDigit);
        string w = lower[k];
        int dash = w.IndexOfAny(['-', '–']);
        if (dash > 0 && Small(w[..dash]) && Small(w[(dash + 1)..])) return true;
        return Small(w) && k + 2 < lower.Length && lower[k + 1] is "-" or "–" && Small(lower[k + 2]);
    }

    /// <summary>
    /// "Rebels wounded two British soldiers", "Algerians blocked the roads" tagged as an adjective of the object: a past
    /// form between an actor and the start of a noun phrase (a determiner, number or possessive), or between a noun
    /// subject and a noun with no verb before it in the sentence, is the verb.
    /// </summary>
    private static bool VerbReadAsAdjective(Ctx ctx, Sentence s, int i)
    {
        if (ctx.Doc.Tokens[i].Upos != "ADJ" || !ctx.Lower[i].EndsWith("ed", StringComparison.Ordinal) || i == s.FirstToken || i + 1 >= s.EndToken) return false;
        // After the subject: an actor, or the noun ending one ("Red Cross officials").
        if (ctx.ActorAt[i - 1] is { IsPossessor: true } or { IsPlace: true } || ctx.ActorAt[i - 1] is null && ctx.Doc.Tokens[i - 1].Upos is not ("NOUN" or "PROPN")) return false;
        if (ctx.Doc.Tokens[i + 1].Upos is "DET" or "NUM" || ctx.Doc.Tokens[i + 1].Xpos == "PRP$") return true;
        // A main clause the tagger left without a verb ("officials suspended aid deliveries in Baghdad"): after a noun subject
        // and before a noun, the first past form is the verb.
        // So is it before a nationality adjective of its object ("Rwandan troops shelled Congolese villages"), coded or not, read as a people or a place,
        // or before a name ("Burmese army troops shelled Karen villages").
        if (ctx.Doc.Tokens[i - 1].Upos is not ("NOUN" or "PROPN") || ctx.Doc.Tokens[i + 1].Upos is not ("NOUN" or "PROPN") && !(ctx.Doc.Tokens[i + 1].Upos == "ADJ" && (ctx.ActorAt[i + 1] is not null || char.IsUpper(ctx.Doc.Tokens[i + 1].Text[0])))) return false;
        for (int k = s.FirstToken; k < i; k++)
            if (ctx.Doc.Tokens[k].Upos is "VERB" or "AUX") return false;
        return true;
    }

    /// <summary>The coded party of a "with" phrase of the verb, or of one of its oblique arguments ("by telephone with …").</summary>
    private ActorSpan? ConferredWith(Ctx ctx, Sentence s, int verb)
    {
        var obliques = Kids(ctx, s, verb).Where(k => Rel(ctx, k) == "obl").ToList();
        foreach (var k in obliques.Concat(obliques.SelectMany(o => Kids(ctx, s, o).Where(n => Rel(ctx, n) == "nmod"))))
            // "with German Chancellor Helmut Kohl": the parse may hang the preposition on the name's last word.
            if ((CaseOf(ctx, s, k) == "with" || Kids(ctx, s, k).Any(f => Rel(ctx, f) == "flat" && CaseOf(ctx, s, f) == "with"))
                && PhraseActors(ctx, s, k, 0).FirstOrDefault(IsCoded) is { } party) return party;
        return null;
    }

    /// <summary>
    /// "ruled out on Friday any deployment of U.S. troops": an object after a time phrase that the parse read as a bare noun
    /// phrase of time (obl:unmarked), though its noun names no time.
    /// </summary>
    private static bool ObjectReadAsTime(Ctx ctx, Sentence s, int k) =>
        Rel(ctx, k) == "obl:unmarked" && k > ctx.Doc.Tokens[k].Head && !TimeNouns.Contains(LemmaAt(ctx, k))
        && Kids(ctx, s, k).Any(d => Rel(ctx, d) == "det");

    /// <summary>The first coded party of an "against" phrase of the verb or of its object ("lodged a complaint against Israel").</summary>
    private static ActorSpan? ArgumentAgainst(Ctx ctx, Sentence s, int verb)
    {
        // ("a complaint with the UN Security Council against Israel": the parse may hang it on the body the complaint is put to.)
        var direct = Kids(ctx, s, verb).Where(k => Rel(ctx, k) is "obj" or "obl" or "obl:arg").ToList();
        var ofObject = direct.Where(k => Rel(ctx, k) == "obj").SelectMany(o => Kids(ctx, s, o).Where(n => Rel(ctx, n) == "nmod")).ToList();
        return direct.Concat(ofObject).Concat(ofObject.SelectMany(n => Kids(ctx, s, n).Where(d => Rel(ctx, d) == "nmod")))
            .Where(k => Rel(ctx, k) != "obj" && CaseOf(ctx, s, k) == "against")
            .Select(k => PhraseActors(ctx, s, k, 0).FirstOrDefault(a => a.Code is { Length: >= 3 })).FirstOrDefault(a => a is not null);
    }

    /// <summary>Verbs of telling a party something: their object is whom the clause they govern is addressed to.</summary>
    private static readonly FrozenSet TellingLemmas = new("tell", "assure", "inform", "notify", "promise", "pledge");

    /// <summary>
    /// The coded party a verb's clause is told to: the object of the verb of telling the clause completes ("told the IAEA
    /// it will allow inspectors", "assured Washington that it would ..."), if any.
    /// </summary>
    private static ActorSpan? AddresseeOfTelling(Ctx ctx, Sentence s, int verb)
    {
        int v = verb;
        while (ctx.Doc.Tokens[v].DepRel == "conj" && ctx.Doc.Tokens[v].Head >= s.FirstToken) v = ctx.Doc.Tokens[v].Head;
        if (ctx.Doc.Tokens[v] is not { DepRel: "ccomp", Head: var teller } || teller < s.FirstToken
            || !TellingLemmas.Contains((ctx.Doc.Tokens[teller].Lemma ?? "").ToLowerInvariant())) return null;
        return Kids(ctx, s, teller).Where(k => k < verb && Rel(ctx, k) is "obj" or "iobj")
            .Select(k => PhraseActors(ctx, s, k, 0).FirstOrDefault(a => a.Code is { Length: >= 3 })).FirstOrDefault(a => a is not null);
    }

    /// <summary>
    /// The party of an object or a prepositional argument of the verb that "the country's" owns ("appealed to the country's
    /// largest trade union federation"), coded as <paramref name="country"/> with the kind its words name; null when none.
    /// </summary>
    private ActorSpan? TheCountrysParty(Ctx ctx, Sentence s, int verb, string country)
    {
        foreach (var k in Kids(ctx, s, verb).Where(k => k > verb && Rel(ctx, k) is "obj" or "iobj" or "obl" or "obl:arg"))
        {
            if (!Kids(ctx, s, k).Any(p => Rel(ctx, p) == "nmod:poss" && ctx.Lower[p] == "country" && Kids(ctx, s, p).Any(d => ctx.Lower[d] == "the"))) continue;
            var phrase = Subtree(ctx, s, k).Where(w => w <= k).Order().ToList();
            string? kind = phrase.Select(w => ActorFinder.AgentAt(lex, ctx.Upper, w)).FirstOrDefault(a => a is not null)?.Code;
            var span = new TextSpan(ctx.Doc.Tokens[phrase[0]].Span.Start, ctx.Doc.Tokens[k].Span.End);
            return new ActorSpan(phrase[0], k, null, span.Of(ctx.Doc.Text), span, country + (kind is { Length: 3 } && !IsCountryCode(ctx, kind) ? kind : ""));
        }
        return null;
    }

    /// <summary>The words of the verb's object and of a participle right after it that describes them ("peacekeepers serving with …").</summary>
    private static IEnumerable<int> ExpelledPeople(Ctx ctx, Sentence s, int verb)
    {
        foreach (var o in Kids(ctx, s, verb).Where(k => k > verb && Rel(ctx, k) == "obj"))
        {
            var phrase = Subtree(ctx, s, o).Order().ToList();
            foreach (var w in phrase) yield return w;
            if (Kids(ctx, s, verb).FirstOrDefault(k => k == phrase[^1] + 1 && ctx.Doc.Tokens[k].Xpos is "VBG" or "VBN", -1) is var described and >= 0)
                foreach (var w in Subtree(ctx, s, described)) yield return w;
        }
    }

    /// <summary>The meetings an intent's infinitive names ("offered to reopen direct negotiations with Argentina"): their party.</summary>
    private static ActorSpan? InfinitiveTiesParty(Ctx ctx, Sentence s, int verb) =>
        Kids(ctx, s, verb).Where(k => IsInfinitiveComplement(ctx, s, k))
            .Select(k => TiesParty(ctx, s, k, meetingsOnly: true)).FirstOrDefault(p => p is not null);

    /// <summary>
    /// A party the explainer can place: an entity with a code, a code with a country part, or a body of the international
    /// level CAMEO codes without a country ("international aid groups": NGO, "peacekeepers": IGO). An agent noun alone
    /// ("Muslim militants", MUS…) names no state even where its code reads like one (Mauritius).
    /// </summary>
    private bool IsCoded(Party? a) =>
        a?.Code is { Length: >= 3 } c && (a.EntityId is not null || lex.CountryCodes.Contains(c[..3]) && a is not ActorSpan { AgentOnly: true } || c[..3] is "NGO" or "IGO");

    /// <summary>
    /// "suspended its talks with the opposition in Mexico City", "walked out of peace talks with southern rebels in Nairobi":
    /// a state's challengers it talks with, named by their kind and placed by no more than the talks' venue, are its own
    /// (VENOPP, not MEXOPP); so is the government challengers talk with ("talks with the government in Havana").
    /// </summary>
    private static ActorSpan TalksAtHome(Ctx ctx, Sentence s, ActorSpan tied, Party? source)
    {
        if (tied.AgentCode is not { Length: 3 } role || source?.Code is not { Length: >= 3 } sc || !IsCountryCode(ctx, sc)) return tied;
        bool placedByVenue = tied.Code == role || tied.Code is { Length: 6 } placed && placed[3..] == role && tied.Last + 1 < s.EndToken && ctx.Lower[tied.Last + 1] == "in";
        return placedByVenue && StateAndChallenger(sc, sc[..3] + role) ? tied with { Code = sc[..3] + role } : tied;
    }

    /// <summary>Armed challengers of a named state ("TURREB", "GBRINS", "COLUAF"): rebels, insurgents, armed men.</summary>
    private static bool IsChallengers(Ctx ctx, Party? party) =>
        party is ActorSpan { Code: { Length: 6 } code } && IsCountryCode(ctx, code[..3]) && code[3..] is "REB" or "INS" or "UAF";

    /// <summary>
    /// "Iraqi warplanes bombed the town of Basra": violence against no named party at a place of the attacker's own state is
    /// done at home (the GSR codes the state on both sides), as forces readied at home are. "LIMA (Reuters) - Shining Path
    /// guerrillas dynamited eight power pylons": so is that of a state's police, armed challengers or other groups where the
    /// sentence names no other state, in an act of its own (not a relative clause's, whose victims are named above it);
    /// that of a state itself, its government or its army, which as often strike abroad, only where the sentence names
    /// armed challengers too ("Peruvian troops and Shining Path guerrillas fought a gun battle in the Upper Huallaga
    /// valley") or the story is filed from the state's own country ("SARAJEVO (Reuters) - Bosnian Serb gunners pounded
    /// the city centre").
    /// </summary>
    private ActorSpan? AttackedAtHome(Ctx ctx, Sentence s, int verb, int verbEnd, Party source, string attackerState)
    {
        if (PlaceInActsPhrases(ctx, s, verbEnd, verb) is { Code: { Length: >= 3 } sceneState } scene)
            return Side(sceneState) == attackerState ? scene with { Code = attackerState, IsPlace = false, IsPossessor = false } : null;
        bool homeKind = source.Code is { Length: >= 6 } attackers && attackers[3..6] is not ("MIL" or "GOV")
            || ChallengersNamed(ctx, s, attackerState) || DatelinePlace(ctx)?.Code == attackerState;
        return Rel(ctx, verb) != "acl:relcl" && homeKind ? HomeOfViolence(ctx, s, source, verb) : null;
    }

    /// <summary>Whether the sentence names armed challengers of no state or of <paramref name="state"/> (rebels, insurgents, militias).</summary>
    private static bool ChallengersNamed(Ctx ctx, Sentence s, string state) =>
        ActorsOf(ctx, s).Any(x => x.Code is { } xc
            && (xc is "REB" or "INS" or "UAF" || xc.Length >= 6 && xc[..3] == state && xc[3..6] is "REB" or "INS" or "UAF"));

    /// <summary>Two codes of one country, one its state (GOV, MIL …) and the other a group that fights or opposes it (REB, OPP, INS).</summary>
    private static bool StateAndChallenger(string? a, string? b)
    {
        // A bare country is its state ("broke off peace talks with Managua").
        static bool State(string c) => c.Length == 3 || c.Length >= 6 && StateAgents.Contains(c[3..6]);
        static bool Challenger(string c) => c.Length >= 6 && c[3..6] is "REB" or "OPP" or "INS";
        return a is { Length: >= 3 } && b is { Length: >= 3 } && a[..3] == b[..3] && (State(a) && Challenger(b) || Challenger(a) && State(b));
    }

    /// <summary>The own country of a state organ that investigates (JUD, GOV, LEG, COP …), as its mention names it.</summary>
    private ActorSpan? OwnInvestigation(Ctx ctx, Sentence s, Party? source, int trigger) =>
        source?.Code is { Length: 6 } investigator && StateAgents.Contains(investigator[3..]) ? OwnStateNamedIn(ctx, s, source, trigger) : null;

    /// <summary>Sectors of a state's armed or political rivals within it (a rebel army, an opposition, insurgents).</summary>
    private static readonly FrozenSet RivalSectors = new("REB", "OPP", "INS", "UAF", "SEP");

    /// <summary>"COLGOV" and "COLREB": one country's state organ and a rival group of the same country.</summary>
    private static bool StateAndItsRivals(string? one, string? other) =>
        one is { Length: >= 6 } a && other is { Length: >= 6 } b && a[..3] == b[..3]
        && (RivalSectors.Contains(a[3..6]) && !RivalSectors.Contains(b[3..6]) || RivalSectors.Contains(b[3..6]) && !RivalSectors.Contains(a[3..6]));

    /// <summary>
    /// The state a code's party belongs to, its first three letters; the Soviet Union (SUN) is the same side as Russia, its
    /// successor, so that "Gorbachev offered to scrap all Soviet medium-range missiles" is about the offering side's own
    /// weapons (the actors file codes Gorbachev RUSGOV, the adjective SUN).
    /// </summary>
    private static string? Side(string? code) => code is { Length: >= 3 } ? code[..3] is "SUN" ? "RUS" : code[..3] : code;

}

/// <summary>A tiny frozen string set with a params constructor, for the closed word classes above.</summary>
internal sealed class FrozenSet(params string[] words)
{
    private readonly HashSet<string> _set = new(words, StringComparer.Ordinal);
    public bool Contains(string w) => _set.Contains(w);
}

internal static class CandidateExtensions
{
    public static Candidate Also(this Candidate c, Action<Candidate> act)
    {
        act(c);
        return c;
    }
}

/// <summary>The "events" pipeline component.</summary>
internal sealed class EventCoderComponent : IPipelineComponent
{
    private readonly EventCoder _coder = new(EventLexicon.Default);

    public ComponentInfo Info { get; } = new("events", "1.0",
        [Layer.Tokens, Layer.Sentences, Layer.Mentions, Layer.Entities, Layer.Quotes, Layer.Dates], [Layer.Events]);

    public Document Process(Document document, CancellationToken cancellationToken = default)
    {
        var events = _coder.Code(document, Info.Id);
        return (document with { Events = events }).ProducedBy(Info.Id, Layer.Events);
    }
}
