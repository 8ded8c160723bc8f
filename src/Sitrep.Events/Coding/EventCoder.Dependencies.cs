using Sitrep.Core;
using Sitrep.Events.Dictionaries;

namespace Sitrep.Events.Coding;

/// <summary>
/// The arguments of a verb trigger read from the dependency parse (UD relations of the Sitrep parser): the
/// subject side (nsubj; obl:agent or a "by" oblique of a passive; a shared subject through conj/xcomp/advcl; the
/// head noun of a relative clause) and the object side (obj, iobj, an oblique, the subject of a ccomp, the objects
/// of an xcomp), each phrase coded through its coordinated conjuncts and modifiers (compound, amod, nmod:poss,
/// flat, "of" phrases). A native matcher rather than a conversion to Treebank phrases for the TreeCoder: the
/// TreeCoder codes actors with PETRARCH's own dictionaries, while production actors come from the entity layer
/// (mentions, metonymy, CAMEO codes) through <see cref="ActorFinder"/>, which a converted tree would bypass.
/// </summary>
internal sealed partial class EventCoder
{
    /// <summary>Who acts and who is acted upon according to the parse; several of each for coordinated phrases.</summary>
    private sealed record ParsedArguments(List<ActorSpan> Sources, List<ActorSpan> Targets, bool Passive);

    private static readonly FrozenSet LocativeCases = new("in", "at", "near", "inside", "outside", "across", "throughout", "around", "during", "since", "within");
    private static readonly FrozenSet OwnerCases = new("of", "from");
    /// <summary>Prepositions that introduce a party to the act ("appealed to", "fired at", "talks with"), not its circumstances ("despite", "after").</summary>
    private static readonly FrozenSet ArgumentCases = new("to", "against", "on", "upon", "with", "from", "for", "at", "into", "onto", "toward", "towards",
        "over", "about", "of", "between", "among", "by");
    private static readonly FrozenSet AdviceAuxiliaries = new("should", "must", "ought");
    private static readonly FrozenSet RelativePronouns = new("who", "which", "that", "whom");

    private static ParsedArguments ArgumentsFromParse(Ctx ctx, Sentence s, int verb)
    {
        var kids = Kids(ctx, s, verb);
        // "Serb forces were engaged in ethnic cleansing": a participle that states what its subject does is active.
        if (StativeParticiple(ctx, s, verb) is not null)
        {
            var subject = kids.FirstOrDefault(k => Rel(ctx, k) is "nsubj" or "nsubj:pass", -1);
            return new ParsedArguments(subject >= 0 ? PhraseActors(ctx, s, subject, 0) : SubjectActors(ctx, s, verb, 0), ObjectSideActors(ctx, s, verb, 0), false);
        }
        // A past participle with a "by" agent is passive however the parse attached it ("two of its nationals suspected by the
        // West of …" hung on the main verb as an adverbial clause); not one with a subject of its own, a past tense the tagger
        // misread ("riot police deployed in force ahead of a planned march by opposition supporters").
        // A span of time read as a passive subject beside an active one is a misparsed time phrase ("Two weeks after a bomb
        // tore through a market, Indonesia's police chief has agreed to …").
        // A word of a name read as a passive auxiliary ("Human Rights Watch demanded …": "Watch") makes no passive.
        bool passive = kids.Any(k => Rel(ctx, k) is "aux:pass" && !(ctx.ActorAt[k] is { } named && named.First < k) || Rel(ctx, k) == "csubj:pass"
                || Rel(ctx, k) == "nsubj:pass" && !(TimeNouns.Contains(LemmaAt(ctx, k)) && kids.Any(n => Rel(ctx, n) == "nsubj"))
                    && !kids.Any(a => Rel(ctx, a) == "aux:pass" && ctx.ActorAt[a] is { } name && name.First <= k && name.Last >= a))
            || ctx.Doc.Tokens[verb].Xpos == "VBN" && kids.Any(k => Rel(ctx, k) == "obl:agent") && !kids.Any(k => Rel(ctx, k) == "nsubj");
        if (passive)
        {
            var agent = PassiveAgent(ctx, s, kids);
            var patient = kids.FirstOrDefault(k => Rel(ctx, k) == "nsubj:pass", -1);
            // "Two Malawian men were hacked and beaten to death by a mob": a passive conjunct shares the first one's patient.
            if (patient < 0 && Rel(ctx, verb) == "conj" && ctx.Doc.Tokens[verb].Head is var first and >= 0 && first < verb)
                patient = Kids(ctx, s, first).FirstOrDefault(k => Rel(ctx, k) == "nsubj:pass", -1);
            var targets = patient >= 0 ? PhraseActors(ctx, s, patient, 0) : [];
            // "A border treaty with Ukraine was signed by Moldovan Foreign Minister Nicolae Tabacaru": the party a thing done
            // is done with is the other side.
            if (patient >= 0 && targets.Count == 0)
                targets = [.. Kids(ctx, s, patient).Where(k => Rel(ctx, k) == "nmod" && CaseOf(ctx, s, k) == "with").SelectMany(k => PhraseActors(ctx, s, k, 0))];
            // "Sweeping economic sanctions were imposed on India by President Clinton": a measure imposed or levelled is aimed at the
            // party after "on" or "against", beside the verb; so is a thing thrown or fired "at" one ("Rockets were fired at
            // Israeli towns by Hezbollah guerrillas").
            if (patient >= 0 && targets.Count == 0)
                targets = [.. kids.Where(k => k > verb && Rel(ctx, k) == "obl" && CaseOf(ctx, s, k) is "on" or "against" or "at" && !TimeNouns.Contains(ctx.Lower[k])).SelectMany(k => PhraseActors(ctx, s, k, 0)).Take(1)];
            // "Direct budget support to Haiti's government was suspended by Canada", "All British arms sales and military
            // contacts with China were suspended": else the party the patient's own phrases name, as an active verb's object's.
            if (patient >= 0 && targets.Count == 0 && !RelativePronouns.Contains(ctx.Lower[patient]))
                targets = ObjectPhraseActors(ctx, s, patient);
            // A passive relative clause or participle ("weapons seized by police") acts on its head noun.
            if (patient >= 0 && RelativePronouns.Contains(ctx.Lower[patient]) || patient < 0 && Rel(ctx, verb) is "acl" or "acl:relcl")
                targets = PhraseActors(ctx, s, ctx.Doc.Tokens[verb].Head, 0);
            return new ParsedArguments(agent >= 0 ? PhraseActors(ctx, s, agent, 0) : [], targets, true);
        }
        // "weapons supplied by Iran": a past participle modifying a noun is passive without an auxiliary (one with an
        // object of its own is an active verb the tagger read as a participle: "protestors attacked the embassy").
        if (Rel(ctx, verb) == "acl" && ctx.Doc.Tokens[verb].Xpos == "VBN" && !kids.Any(k => Rel(ctx, k) is "obj" or "iobj") && !MainVerbReadAsParticiple(ctx, s, verb))
        {
            var agent = PassiveAgent(ctx, s, kids);
            return new ParsedArguments(agent >= 0 ? PhraseActors(ctx, s, agent, 0) : [], PhraseActors(ctx, s, ctx.Doc.Tokens[verb].Head, 0), true);
        }
        return new ParsedArguments(SubjectActors(ctx, s, verb, 0), ObjectSideActors(ctx, s, verb, 0), false);
    }

    /// <summary>
    /// The "by" agent of a passive verb with children <paramref name="kids"/>. "Arms were flown to Chadian rebels in the
    /// north by Libya": the parse may hang the agent's "by" phrase on a noun of the verb's own oblique phrases, not of a time
    /// phrase ("on Wednesday by two of her Sikh bodyguards"), and only one naming a party of its own, not just as a possessor.
    /// </summary>
    private static int PassiveAgent(Ctx ctx, Sentence s, List<int> kids)
    {
        var agent = kids.FirstOrDefault(k => IsAgentPhrase(ctx, s, k), -1);
        if (agent >= 0) return agent;
        return kids.Where(k => Rel(ctx, k) == "obl" && !TimeNouns.Contains(ctx.Lower[k])).SelectMany(k => Subtree(ctx, s, k).Order())
            .FirstOrDefault(m => Rel(ctx, m) == "nmod" && CaseOf(ctx, s, m) == "by" && PhraseActors(ctx, s, m, 0).Any(a => !a.IsPossessor && a.Code is { Length: >= 3 }), -1);
    }

    /// <summary>
    /// "Russian forces retreated from the city", "Saudi missiles struck a depot": a sentence whose only verb the parse hung as
    /// a participle on the noun before it, which it made the root, is a main clause read as a noun phrase; the participle is
    /// its verb and the noun its subject (active, with no "by" agent).
    /// </summary>
    private static bool MainVerbReadAsParticiple(Ctx ctx, Sentence s, int verb)
    {
        var t = ctx.Doc.Tokens[verb];
        if (t.DepRel != "acl" || t.Xpos is not ("VBN" or "VBD") || t.Head < s.FirstToken || t.Head >= verb) return false;
        // "According to witnesses, Burmese troops fired on …": the parse makes the source of the report the root and the
        // real subject hangs on it (as a conjunct, or its subject); the subject after the attribution is the main clause's noun all the same.
        // "Troops loyal to the Haitian military fired on crowds": so is a participle hung deeper in a sentence with no other verb.
        // "Indian troops fired on Pakistani posts …, a Pakistani spokesman said": with the report's verb last, the parse makes the
        // subject the reporting verb's and hangs the main verb on it.
        // "Thousands of students marched …, police said": the subject may be a number of the participle's noun.
        int subjectHead = t.Head;
        for (int up = 0; up < 2 && Rel(ctx, subjectHead) == "nmod" && CaseOf(ctx, s, subjectHead) == "of" && ctx.Doc.Tokens[subjectHead].Head is var whole and >= 0 && whole < subjectHead; up++)
            subjectHead = whole;
        bool reportedLast = Rel(ctx, subjectHead) == "nsubj" && ctx.Doc.Tokens[subjectHead].Head is var reported and > 0 && reported > verb && Rel(ctx, reported) == "root"
            && ReportingLemmas.Contains(LemmaAt(ctx, reported))
            && Enumerable.Range(verb + 1, reported - verb - 1).Any(k => ctx.Lower[k] == ",")
            // (a clause of the participle's own, "… to demand that Suharto resign", is no other main verb)
            && Subtree(ctx, s, verb) is var own
            && !Enumerable.Range(s.FirstToken, reported - s.FirstToken).Any(k => k != verb && !own.Contains(k) && ctx.Doc.Tokens[k].Upos is "VERB" or "AUX" && Rel(ctx, k) is "root" or "ccomp");
        if (!reportedLast && Rel(ctx, t.Head) != "root" && !(ctx.Doc.Tokens[t.Head].Head is >= 0 and var attributed && Rel(ctx, attributed) == "root" && attributed < t.Head
            && Kids(ctx, s, attributed).Any(k => Rel(ctx, k) == "case" && ctx.Lower[k] == "according"))
            && !(Enumerable.Range(s.FirstToken, s.EndToken - s.FirstToken).All(k => k == verb || ctx.Doc.Tokens[k].Upos is not ("VERB" or "AUX"))
                && Enumerable.Range(s.FirstToken, verb - s.FirstToken).Any(k => Rel(ctx, k) == "root" && ctx.Doc.Tokens[k].Upos is "NOUN" or "PROPN"))) return false;
        return !Kids(ctx, s, verb).Any(k => Rel(ctx, k) is "aux" or "aux:pass" or "obl:agent" || Rel(ctx, k) == "obl" && CaseOf(ctx, s, k) == "by");
    }

    /// <summary>Verbs that report what a source said ("…, a spokesman said", "…, Tass reported").</summary>
    private static readonly FrozenSet ReportingLemmas = new("say", "report", "tell", "add", "announce", "state", "claim", "confirm", "allege", "quote", "write");

    // Predicates that say their subject did the act of their "of"/"for" clause ("guilty of violating", "responsible for
    // shelling"), unlike those of ability or readiness ("capable of launching", "ready for talks"), which do not say it happened.
    private static readonly FrozenSet CulpablePredicates = new("guilty", "culpable", "responsible");

    /// <summary>The verb is the act a predicate of blame says its subject did ("is guilty of violating", "was responsible for shelling").</summary>
    private static bool IsCulpableAct(Ctx ctx, Sentence s, int verb) =>
        ctx.Doc.Tokens[verb] is { DepRel: "acl" or "advcl", Head: var pred } && pred >= s.FirstToken && pred < s.EndToken
        && CulpablePredicates.Contains(ctx.Lower[pred]) && Kids(ctx, s, pred).Any(k => Rel(ctx, k) == "cop")
        && Kids(ctx, s, verb).Any(k => Rel(ctx, k) == "mark" && ctx.Lower[k] is "of" or "for");

    /// <summary>The subject's actors, or those of the clause the verb shares its subject with.</summary>
    /// <summary>Adjectives of a party's readiness to act, whose "it" is a party, not an expletive ("it was willing to …").</summary>
    private static readonly FrozenSet DispositionAdjectives = new("willing", "unwilling", "ready", "prepared", "determined", "eager", "keen",
        "reluctant", "able", "unable", "anxious", "committed", "resolved");

    /// <summary>
    /// The party of a state that reports the clause of <paramref name="verb"/> (its head's subject, "Poland's defence minister
    /// said …"), when the clause's subject at <paramref name="subj"/> is owned by a possessive pronoun ("his country", "his
    /// government"); or null.
    /// </summary>
    private static ActorSpan? ReporterOwning(Ctx ctx, Sentence s, int verb, int subj, int depth) =>
        ctx.Doc.Tokens[verb].DepRel == "ccomp" && Kids(ctx, s, subj).Any(p => Rel(ctx, p) == "nmod:poss" && ctx.Lower[p] is "his" or "her" or "its" or "their")
        && SubjectActors(ctx, s, ctx.Doc.Tokens[verb].Head, depth + 1) is [{ Code: { Length: >= 3 } reporterCode } reporter, ..] && IsCountryCode(ctx, reporterCode[..3])
            ? reporter : null;

    /// <summary>
    /// The first party of a state other than <paramref name="home"/> in the subtree of <paramref name="head"/> after it and
    /// before <paramref name="end"/>, not an owner ("around Taiwan", "any further Thai incursion"); or null.
    /// </summary>
    private static ActorSpan? OtherStateInSubtree(Ctx ctx, Sentence s, int head, int end, string? home) =>
        Subtree(ctx, s, head).Order().Where(n => n > head && n < end).Select(n => ctx.ActorAt[n])
            .FirstOrDefault(a => a is { IsPossessor: false, Code: { Length: >= 3 } c } && IsCountryCode(ctx, Side(c) ?? "") && Side(c) != home);

    private static List<ActorSpan> SubjectActors(Ctx ctx, Sentence s, int verb, int depth)
    {
        if (depth > 4 || verb < 0) return [];
        var tok = ctx.Doc.Tokens[verb];
        // "demanded that Iran release …" with "that" misread as a second subject: the complementizer is none.
        int subj = Kids(ctx, s, verb).FirstOrDefault(k => Rel(ctx, k) == "nsubj" && !(ctx.Lower[k] == "that" && ctx.Doc.Tokens[verb].DepRel == "ccomp"
            && Kids(ctx, s, verb).Any(o => o > k && Rel(ctx, o) == "nsubj")), -1);
        // "said that it was willing to lift remaining curbs": the parse may take the subject of a disposition for an expletive.
        // "Poland is prepared to send an infantry battalion": or read "prepared" as a passive, whose subject is the same one.
        if (subj < 0 && DispositionAdjectives.Contains(ctx.Lower[verb])) subj = Kids(ctx, s, verb).FirstOrDefault(k => Rel(ctx, k) is "expl" or "nsubj:pass", -1);
        // "China's U.N. ambassador Zhang Jun defended North Korea": a title the parse made a subject of its own before the
        // named holder is the holder, not the body its modifiers name.
        if (subj >= 0 && subj + 1 < s.EndToken && Rel(ctx, subj + 1) == "nsubj" && ctx.Doc.Tokens[subj + 1].Head == verb
            && ctx.ActorAt[subj + 1] is { EntityId: { } holderId, Code: not null } && ctx.Doc.EntityById(holderId)?.Type == EntityType.Person)
            subj++;
        if (subj >= 0)
        {
            var own = PhraseActors(ctx, s, subj, 0);
            // "Ecuador's foreign minister told reporters that his government was prepared to settle …": the reporter's
            // government, by a possessive pronoun, is the government of the reporter's state.
            if (own is [{ AgentOnly: true, Code: "GOV" } ownGovernment] && ReporterOwning(ctx, s, verb, subj, depth) is { Code: { } reportersCode })
                own = [ownGovernment with { Code = reportersCode[..3] + "GOV" }];
            // "Israeli Foreign Minister Moshe Dayan and Egyptian Deputy Premier Hassan Tuhami met": a coordination the parse
            // broke into two subjects of the verb still names both.
            // Only parties of other states joined by "and" ("Chairman of the committee, Senator Kosachev" is one party).
            foreach (var other in Kids(ctx, s, verb).Where(k => k > subj && Rel(ctx, k) == "nsubj" && ctx.Lower[k] != "that"
                && Enumerable.Range(subj + 1, k - subj - 1).Any(c => ctx.Lower[c] == "and")))
                foreach (var a in PhraseActors(ctx, s, other, 0))
                    if (!own.Any(o => Side(o.Code) == Side(a.Code))) own.Add(a);
            if (own.Count > 0) return own;
            // "who/which" of a relative clause stands for the noun it modifies.
            if (RelativePronouns.Contains(ctx.Lower[subj]) && tok.DepRel is "acl:relcl" or "acl") return PhraseActors(ctx, s, tok.Head, 0);
            // "Syria says it will not accept …": a pronoun subject of a reported clause is the reporter.
            if (ctx.Doc.Tokens[subj].Upos == "PRON" && !SpeakerPronouns.Contains(ctx.Lower[subj]) && tok.DepRel is "ccomp" or "advcl" or "conj" or "parataxis")
                return SubjectActors(ctx, s, tok.Head, depth + 1);
            // "Poland's defence minister said his country would hold joint naval exercises with Lithuania": the reporter's
            // country, by a possessive pronoun, is the reporter's state, coded as the reporter is.
            if (ctx.Lower[subj] is "country" or "nation" && ReporterOwning(ctx, s, verb, subj, depth) is { } reporter) return [reporter];
            // "It also condemned Israel", "The group later expelled …": a subject that only refers back is the party the
            // sentence before had as its subject.
            if (Antecedent(ctx, s, subj) is { } antecedent) return [antecedent];
            return [];
        }
        // "Salaheddine Sidhoum, Algeria's leading human rights activist, staged …": a participle right after a possessive is an
        // adjective of an apposition the parse made a verb of (with the owner as its subject); the clause hung on it is the named
        // person's, placed by the owner.
        if (tok.DepRel is "advcl" or "conj" && tok.Head > s.FirstToken + 1 && ctx.Doc.Tokens[tok.Head] is { Xpos: "VBG" }
            && ctx.Lower[tok.Head - 1] == "'s" && Rel(ctx, tok.Head - 2) == "nsubj" && ctx.ActorAt[tok.Head - 2] is { Code: { Length: 3 } owner } possessor && IsCountryCode(ctx, owner))
            return [possessor with { IsPossessor = false }];
        // "allowed delegates of the Red Cross to visit political prisoners": after a verb of letting or making, the object does
        // what the infinitive says.
        if (tok.DepRel == "xcomp" && ObjectControlLemmas.Contains((ctx.Doc.Tokens[tok.Head].Lemma ?? "").ToLowerInvariant())
            && Kids(ctx, s, tok.Head).FirstOrDefault(k => k < verb && Rel(ctx, k) == "obj") is > 0 and var controller)
            return ObjectPhraseActors(ctx, s, controller);
        return tok.DepRel switch
        {
            // Coordinated verbs, control verbs ("threatened to ban") and participle clauses ("…, killing 20") share the subject.
            "conj" or "xcomp" or "advcl" when ctx.Doc.Tokens[tok.Head].Upos is "VERB" or "AUX" => SubjectActors(ctx, s, tok.Head, depth + 1),
            // "they were prepared to sit down with …", "Yerevan was ready to resume talks": so does the infinitive of a
            // predicate adjective.
            "xcomp" when ctx.Doc.Tokens[tok.Head].Upos == "ADJ" && Kids(ctx, s, tok.Head).Any(k => Rel(ctx, k) == "cop") => SubjectActors(ctx, s, tok.Head, depth + 1),
            // "Both the army and the rebels are guilty of violating the ceasefire": the act a predicate of blame names is its
            // subject's (every subject: the parse may hang each conjunct on the predicate).
            "acl" or "advcl" when IsCulpableAct(ctx, s, verb) => [.. Kids(ctx, s, tok.Head).Where(k => Rel(ctx, k) == "nsubj").SelectMany(k => PhraseActors(ctx, s, k, 0))],
            // "Senegal's decision to break off relations": a party's decision or move to act is its own act.
            "acl" when DecisionNouns.Contains(ctx.Lower[tok.Head]) && HasToMark(ctx, s, verb) => [.. Kids(ctx, s, tok.Head).Where(k => Rel(ctx, k) == "nmod:poss")
                .Select(k => ctx.ActorAt[k]).OfType<ActorSpan>().Where(a => a.Code is { Length: >= 3 }).Select(a => a with { IsPossessor = false })],
            // A purpose clause of a noun ("a mechanism for supporting X", "plans to attack Y") says what the noun is
            // for, not that its owner acted.
            "acl" when Kids(ctx, s, verb).Any(k => Rel(ctx, k) == "mark") => [],
            // "officials agreed" mis-read as a clause modifying its noun, "forces using missiles": the noun acts.
            "acl" or "acl:relcl" => PhraseActors(ctx, s, tok.Head, 0),
            _ => [],
        };
    }

    /// <summary>
    /// "Taliban insurgents holding a German engineer refused to free him": an object pronoun stands for the nearest party
    /// before it in the sentence that is itself an object (the one held, seized or arrested), or for nobody.
    /// </summary>
    private static List<ActorSpan>? ObjectPronounAntecedent(Ctx ctx, Sentence s, int pronoun, int depth)
    {
        if (ctx.Lower[pronoun] is not ("him" or "her" or "them") || ctx.Doc.Tokens[pronoun].Upos != "PRON" || Rel(ctx, pronoun) != "obj") return null;
        for (int k = pronoun - 1; k >= s.FirstToken; k--)
            if (Rel(ctx, k) == "obj" && ctx.Doc.Tokens[k].Upos is "NOUN" or "PROPN" && PhraseActors(ctx, s, k, depth + 1) is { Count: > 0 } held) return held;
        return null;
    }

    /// <summary>People who have fled their state: "refugees from Kyrgyzstan" are Kyrgyzstan's.</summary>
    private static readonly FrozenSet DisplacedNouns = new("refugees", "refugee", "asylum-seekers", "seekers", "migrants", "exiles", "evacuees", "defectors");

    /// <summary>Verbs whose object does what their infinitive says ("allowed the inspectors to visit", "forced the rebels to withdraw").</summary>
    private static readonly FrozenSet ObjectControlLemmas = new("allow", "permit", "let", "enable", "help", "force", "compel", "admit");

    /// <summary>Definite nouns that refer back to an organisation named before ("the group", "the movement").</summary>
    private static readonly FrozenSet OrganisationAnaphors = new("group", "organisation", "organization", "movement", "militia", "alliance",
        "bloc", "agency", "body", "union", "party", "faction", "coalition");

    /// <summary>
    /// The party a referring subject ("it", "the group") stands for: the coded organisation or country that is the main
    /// subject of the sentence before (as the entity layer links "it said" to the organisation named last). "The group" and
    /// its kind only take an organisation; nothing is guessed when the sentence before has no such subject.
    /// </summary>
    private static ActorSpan? Antecedent(Ctx ctx, Sentence s, int subj)
    {
        bool it = ctx.Lower[subj] == "it" && ctx.Doc.Tokens[subj].Upos == "PRON";
        bool group = OrganisationAnaphors.Contains(ctx.Lower[subj]) && Kids(ctx, s, subj) is var mods
            && mods.Any(k => ctx.Lower[k] == "the") && mods.All(k => ctx.Lower[k] == "the" || Rel(ctx, k) is "punct");
        if (!it && !group) return null;
        int at = ctx.Doc.Sentences.IndexOf(s);
        if (at <= 0) return null;
        var before = ctx.Doc.Sentences[at - 1];
        int root = -1;
        for (int k = before.FirstToken; k < before.EndToken && root < 0; k++)
            if (Rel(ctx, k) == "root") root = k;
        if (root < 0) return null;
        int prevSubj = Kids(ctx, before, root).FirstOrDefault(k => Rel(ctx, k) is "nsubj" or "nsubj:pass", -1);
        if (prevSubj < 0) return null;
        var found = PhraseActors(ctx, before, prevSubj, 0);
        if (found.Count != 1 || found[0] is not { EntityId: { } id, Code: not null } a) return null;
        var type = ctx.Doc.Entities.FirstOrDefault(e => e.Id == id)?.Type;
        return type == EntityType.Org || it && type == EntityType.Gpe ? a : null;
    }

    /// <summary>
    /// The party acted upon: an object (or the actors inside its "of/on/against/with" phrases), an indirect
    /// object, an oblique that is not a place where things happen, the subject of a complement clause
    /// ("demanded that the US cancel …"), the objects of an infinitive complement ("threatened to ban …").
    /// </summary>
    private static List<ActorSpan> ObjectSideActors(Ctx ctx, Sentence s, int verb, int depth)
    {
        if (depth > 3) return [];
        var kids = Kids(ctx, s, verb);
        // "lodged a strong protest with Pakistan": a complaint is made to the party of its "with" phrase; lodged with a
        // body ("a complaint with the U.N. Security Council over Iraqi violations"), it is aimed at whom its "over" phrase
        // accuses (the parse may hang that phrase on the body). This comes before the object's own phrases, which would name
        // the body.
        foreach (var k in kids.Where(k => Rel(ctx, k) == "obj" && ComplaintNouns.Contains(ctx.Lower[k])))
            foreach (var n in Kids(ctx, s, k).Where(n => Rel(ctx, n) == "nmod" && CaseOf(ctx, s, n) == "with"))
                if (PhraseActors(ctx, s, n, 1) is { Count: > 0 } lodgedWith)
                {
                    if (IsInternationalBody(lodgedWith[0].Code))
                        foreach (var o in kids.Concat(Kids(ctx, s, k)).Concat(Kids(ctx, s, n)).Where(o => Rel(ctx, o) is "obl" or "nmod" && CaseOf(ctx, s, o) == "over"))
                        {
                            // "over what it called repeated Iraqi air raids": the phrase may be the object of a clause of naming.
                            var over = ctx.Lower[o] != "what" ? o
                                : Kids(ctx, s, o).Where(r => Rel(ctx, r) == "acl:relcl").SelectMany(r => Kids(ctx, s, r)).Where(r => Rel(ctx, r) is "obj" or "xcomp").DefaultIfEmpty(o).First();
                            if (PhraseActors(ctx, s, over, 1) is { Count: > 0 } accused && IsCountryCode(ctx, accused[0].Code!)) return accused;
                        }
                    return lodgedWith;
                }
        // "re-open its borders to UN peacekeepers": an object that names a party only by a possessive pronoun (the
        // subject's own things, as a rule) gives way to a party named in a phrase of the verb.
        List<ActorSpan>? owned = null;
        foreach (var rel in new[] { "obj", "iobj" })
            foreach (var k in kids.Where(k => Rel(ctx, k) == rel))
            {
                // "shared intelligence with Indonesian police": intelligence as a thing passed on is no intelligence service;
                // only the party it goes to, hung on it ("passed intelligence … to the Irish government"), is.
                if (ctx.Lower[k] == "intelligence" && ctx.ActorAt[k] is { EntityId: null })
                {
                    foreach (var n in Subtree(ctx, s, verb).Where(n => n > verb && Rel(ctx, n) is "nmod" or "obl" && CaseOf(ctx, s, n) is "to" or "with").Order())
                        if (PhraseActors(ctx, s, n, 1) is { Count: > 0 } given) return given;
                    continue;
                }
                if (ObjectPhraseActors(ctx, s, k) is { Count: > 0 } a)
                {
                    if (OwnedByPronoun(ctx, a)) { owned ??= a; continue; }
                    if (OnlySaysWhose(ctx, s, verb, k, a) && RecipientActors(ctx, s, verb, k) is { Count: > 0 } recipient) return recipient;
                    return a;
                }
            }
        foreach (var k in kids.Where(k => Rel(ctx, k) is "obl" or "obl:arg"))
        {
            var c = CaseOf(ctx, s, k);
            // "spoke by phone with the Turkish president": the party talked to hangs on the means of talking.
            if (c == "by" && TalkingMeans.Contains(ctx.Lower[k]) && ObjectPhraseActors(ctx, s, k) is { Count: > 0 } talkedTo) return talkedTo;
            if (c is null or "by" || !ArgumentCases.Contains(c)) continue;
            // "held negotiations at Istanbul's Dolmabahce palace", "signed the agreement at the State Department": "at" names
            // whom an act is aimed at only after a verb of aiming ("fired at", "protested at"); after others it is the venue.
            if (c == "at" && !AimLemmas.Contains(LemmaAt(ctx, verb))) continue;
            if (c == "from" && AcrossBorder(ctx, s, k) is { Count: > 0 } across) return across;
            if (PhraseActors(ctx, s, k, 0) is not { Count: > 0 } a) continue;
            if (!OwnedByPronoun(ctx, a)) return a;
            // "reneged on his commitment to the Zambian people": past the pronoun owner, the party the thing is owed to.
            owned ??= a;
            foreach (var n in Kids(ctx, s, k).Where(n => Rel(ctx, n) == "nmod" && CaseOf(ctx, s, n) is { } nc && ArgumentCases.Contains(nc) && !LocativeCases.Contains(nc)))
                if (PhraseActors(ctx, s, n, 1) is { Count: > 0 } party && !OwnedByPronoun(ctx, party)) return party;
        }
        // "refused to take in any more refugees from Kyrgyzstan": people who fled a state are that state's (the parse may make
        // them an oblique of the particle).
        foreach (var k in kids.Where(k => Rel(ctx, k) is "obj" or "obl" && DisplacedNouns.Contains(ctx.Lower[k])))
            foreach (var n in Kids(ctx, s, k).Where(n => Rel(ctx, n) == "nmod" && CaseOf(ctx, s, n) == "from"))
                if (PhraseActors(ctx, s, n, 1) is { Count: > 0 } fled && IsCountryCode(ctx, Side(fled[0].Code) ?? "")) return fled;
        // "withdrew its troops from the border with Chad", the phrase hung on the object.
        foreach (var k in kids.Where(k => Rel(ctx, k) == "obj"))
            foreach (var n in Kids(ctx, s, k).Where(n => Rel(ctx, n) == "nmod" && CaseOf(ctx, s, n) == "from"))
                if (AcrossBorder(ctx, s, n) is { Count: > 0 } across) return across;
        if (owned is not null) return owned;
        // "gave 10 million euros in humanitarian aid to Sudan": the party a thing goes to may hang on any noun of the object
        // phrase, however deep the parse puts its "to" phrase.
        // So may it on an "in" phrase that says what was given ("extended $500 million in loans to Indonesia"), or on an "on"
        // phrase of what a measure held back ("lifted the freeze on new yen loans to India", with "on" hung on the verb).
        bool measureObject = kids.Any(k => Rel(ctx, k) == "obj" && RestrictionNouns.Contains(ctx.Lower[k]));
        int attribution = AttributionStart(ctx, s, verb);
        foreach (var k in kids.Where(k => Rel(ctx, k) == "obj" || Rel(ctx, k) == "obl" && (CaseOf(ctx, s, k) == "in" || measureObject && CaseOf(ctx, s, k) == "on")))
            foreach (var n in Subtree(ctx, s, k).Where(n => n < attribution).Order())
                // ("worth 300 million yen to Bangladesh": an oblique of the sum's measure, not of a verb of its own; "in emergency
                // food and medical aid for Yemen": a state a gift is for, named itself, not a nationality of a thing: "the price
                // it pays for Turkmen gas"; "sent 20 trucks loaded with grain to flood-stricken Niger": an oblique of a participle
                // describing the thing given, not of one in a phrase of circumstance: "In a video delivered to a Georgian station")
                if (n != k && (Rel(ctx, n) == "nmod" || Rel(ctx, n) == "obl" && ctx.Doc.Tokens[n].Head is var described
                        && (ctx.Doc.Tokens[described].Upos == "ADJ" || Rel(ctx, k) == "obj" && Rel(ctx, described) == "acl" && ctx.Doc.Tokens[described].Xpos is "VBN" or "VBG"))
                    && CaseOf(ctx, s, n) is "to" or "for"
                    && !WithinCircumstance(ctx, s, n, k) && PhraseActors(ctx, s, n, 1) is { Count: > 0 } recipient
                    && (CaseOf(ctx, s, n) == "to" || IsCountryCode(ctx, recipient[0].Code!) && ctx.ActorAt[n] is { } named && named.First <= n && n <= named.Last)) return recipient;
        // "opened fire with machineguns and automatic rifles on Indian posts": the parse may hang what is aimed at on the
        // weapon of a "with" phrase that names no party itself.
        foreach (var k in kids.Where(k => Rel(ctx, k) == "obl" && CaseOf(ctx, s, k) == "with" && ctx.ActorAt[k] is null))
            foreach (var n in Subtree(ctx, s, k).Order())
                if (Rel(ctx, n) == "nmod" && CaseOf(ctx, s, n) is "on" or "at" or "against" or "upon" && PhraseActors(ctx, s, n, 1) is { Count: > 0 } aimed) return aimed;
        // One clause down at most: "denied orchestrating …, that Soleimani had approved" does not reach the nested clause.
        if (depth > 0) return [];
        foreach (var k in kids.Where(k => Rel(ctx, k) == "ccomp"))
        {
            // "pledged that Paris would work closely with Bonn": a complement whose subject is the speaker's own side says
            // what that side will do; its party is the one the complement acts on.
            if (SubjectActors(ctx, s, k, 4) is { Count: > 0 } subj)
            {
                // (a promise only: "demanded that the Argentine government reveal …" is asked of the complement's subject)
                // "warned on Tuesday he could order the Australian-led mission out of the country": so is a warning of what the
                // speaker, named again by a pronoun, could do, or its own forces ("Beijing warned that the People's Liberation
                // Army could close the sea lanes around Taiwan").
                bool warning = LemmaAt(ctx, verb) is "warn" or "threaten";
                if ((PromiseLemmas.Contains(LemmaAt(ctx, verb)) || warning)
                    && SubjectActors(ctx, s, verb, 0) is { Count: > 0 } speaker && subj.All(a => Side(a.Code) == Side(speaker[0].Code) || a.AgentOnly && warning))
                {
                    if (ObjectSideActors(ctx, s, k, depth + 1) is { Count: > 0 } acted && acted.Any(a => Side(a.Code) != Side(speaker[0].Code))) return acted;
                    // ("could close the sea lanes around Taiwan", "would respond with force to any further Thai incursion": a
                    // warning's party may be any other state's the threatened act names, however deep.)
                    if (warning && OtherStateInSubtree(ctx, s, k, attribution, Side(speaker[0].Code)) is { } threatened)
                        return [threatened];
                }
                return subj;
            }
            if (ObjectSideActors(ctx, s, k, depth + 1) is { Count: > 0 } obj) return obj;
        }
        // "refused on Thursday to let inspectors visit": a refusal's infinitive the parse hung as a purpose clause is still what is refused.
        bool refusal = RefusalLemmas.Contains((ctx.Doc.Tokens[verb].Lemma ?? "").ToLowerInvariant());
        foreach (var k in kids.Where(k => Rel(ctx, k) == "xcomp" || refusal && IsInfinitiveComplement(ctx, s, k)))
            if (ObjectSideActors(ctx, s, k, depth + 1) is { Count: > 0 } a) return a;
        return [];
    }

    /// <summary>
    /// "withdrew from the border with Chad": a "from" phrase headed by a border leaves the front facing the party of its
    /// "with" phrase, the party on the border's other side.
    /// </summary>
    private static List<ActorSpan> AcrossBorder(Ctx ctx, Sentence s, int from)
    {
        if (!IsBoundary(ctx, from)) return [];
        foreach (var n in Kids(ctx, s, from).Where(n => Rel(ctx, n) == "nmod" && CaseOf(ctx, s, n) == "with"))
            if (PhraseActors(ctx, s, n, 1) is { Count: > 0 } across) return across;
        return [];
    }

    /// <summary>"extended $500 million in loans": a currency sign is the currency word the patterns name (&amp;CURRENCY).</summary>
    private static readonly Dictionary<string, string> CurrencyWords = new(StringComparer.Ordinal)
        { ["$"] = "DOLLARS", ["US$"] = "DOLLARS", ["£"] = "POUNDS", ["€"] = "EUROS", ["¥"] = "YEN" };

    /// <summary>Heads of time phrases ("on Tuesday", "in September", "last week").</summary>
    private static readonly FrozenSet TimeNouns = new([.. CalendarWords.DaysAndMonths,
        "today", "yesterday", "tomorrow", "tonight", "weekend", "morning", "afternoon", "evening", "night", "week", "month", "year"]);

    /// <summary>Nouns of a formal complaint lodged with a party.</summary>
    private static readonly FrozenSet ComplaintNouns = new("protest", "protests", "complaint", "complaints", "demarche", "démarche");

    /// <summary>Means of talking at a distance ("by phone with X").</summary>
    private static readonly FrozenSet TalkingMeans = new("phone", "telephone", "videoconference", "video", "videolink");

    /// <summary>Prepositions that name where a thing sent, given or turned is directed ("aid to Ukraine", "troops against the rebels").</summary>
    private static readonly FrozenSet RecipientCases = new("to", "against", "into", "on", "upon", "toward", "towards");

    /// <summary>
    /// "withheld US military aid", "sent Egyptian troops": the object's actors only say whose the thing is when the object
    /// is no actor itself and they stand before it as its modifiers (not "the right of Russian troops", whose owner is the
    /// party acted for), or when the object is of the subject's own country.
    /// </summary>
    private static bool OnlySaysWhose(Ctx ctx, Sentence s, int verb, int obj, List<ActorSpan> found)
    {
        if (ctx.ActorAt[obj] is null) return found.All(a => a.Last < obj);
        // "handed over four villages to Ethiopia": the object of a verb of handing over named only by a role noun of no
        // country (villages, CVL) is what is handed; the party of the "to" phrase is the one acted upon. Not people sent away
        // ("deported refugees to Somalia": the refugees are acted upon).
        if (HandingVerbs.Contains(LemmaAt(ctx, verb))
            && ctx.ActorAt[obj] is { EntityId: null, Code: { Length: 3 } role } && !IsCountryCode(ctx, role) && found.All(a => a == ctx.ActorAt[obj])) return true;
        var own = SubjectActors(ctx, s, verb, 0).Select(x => Side(x.Code)).Where(x => x is not null).ToHashSet();
        return found.All(a => own.Contains(Side(a.Code)));
    }

    /// <summary>Verbs of handing a thing over to another party ("handed over", "ceded", "transferred").</summary>
    private static readonly FrozenSet HandingVerbs = new("hand", "cede", "transfer", "surrender", "give", "turn");

    /// <summary>Verbs whose "at" phrase is the party aimed at ("fired at", "hurled stones at", "protested at", "lashed out at").</summary>
    private static readonly FrozenSet AimLemmas = new("fire", "shoot", "aim", "hurl", "throw", "lob", "launch", "point", "direct", "target", "protest",
        "lash", "strike", "hit", "jab", "swipe", "snipe", "rail", "snap", "scoff", "laugh", "shout", "yell", "swear", "sneer", "retaliate", "rage",
        "wave", "open", "rush", "charge", "fling", "spit", "curse", "bark", "complain", "angry");

    /// <summary>The actors of a "to/against/into/on" phrase of the object or of the verb ("aid to Ukraine", "sent troops to Libya").</summary>
    private static List<ActorSpan> RecipientActors(Ctx ctx, Sentence s, int verb, int obj)
    {
        foreach (var (head, rel) in new[] { (obj, "nmod"), (verb, "obl") })
            foreach (var k in Kids(ctx, s, head).Where(k => Rel(ctx, k) == rel && CaseOf(ctx, s, k) is { } c && RecipientCases.Contains(c)))
                if (PhraseActors(ctx, s, k, 0) is { Count: > 0 } a) return a;
        return [];
    }

    /// <summary>Every actor found is a single pronoun ("its borders", "his commitment"): the phrase names a party only as an owner.</summary>
    private static bool OwnedByPronoun(Ctx ctx, List<ActorSpan> actors) =>
        actors.All(x => x.First == x.Last && ctx.Doc.Tokens[x.First].Upos == "PRON");

    /// <summary>Nouns of a boundary: "a stronghold on the Thai border" says where the stronghold is, not whose it is.</summary>
    private static readonly FrozenSet BoundaryNouns = new("border", "borders", "frontier", "frontiers", "boundary", "borderland", "borderlands");

    private static bool IsBoundary(Ctx ctx, int k) => BoundaryNouns.Contains(ctx.Lower[k]);

    /// <summary>
    /// An event noun, whose phrases name its own participants rather than the party a verb over it acts upon; except a
    /// retreat, whose "of" phrase names the forces that would leave, the very party a demand for it addresses
    /// ("demanded the withdrawal of Turkish troops": the demand is made of Turkey).
    /// </summary>
    private static bool NamesOwnParticipants(Ctx ctx, int head) =>
        ctx.Lex.Nouns.TryGetValue(Singular(ctx.Lower[head]), out var noun) && noun.Code != "0874";

    /// <summary>
    /// Whether the phrase at <paramref name="n"/> lies, below <paramref name="top"/>, inside a phrase of when or why rather
    /// than of whom ("hold joint naval exercises with India, following a visit to Moscow by India's navy chief": Moscow
    /// is where the visit went, not whom the exercises are with), or inside a clause of its own (", a spokesman for the
    /// Russian Defence Ministry said", hung on the object by the parse).
    /// </summary>
    private static bool WithinCircumstance(Ctx ctx, Sentence s, int n, int top)
    {
        for (int m = ctx.Doc.Tokens[n].Head; m >= s.FirstToken && m != top; m = ctx.Doc.Tokens[m].Head)
        {
            if (Rel(ctx, m) is "acl:relcl" or "advcl" or "ccomp" or "parataxis" or "nsubj") return true;
            // ("following" is a verb form the parse makes the phrase's case)
            if (Rel(ctx, m) is "nmod" or "obl" && Kids(ctx, s, m).Any(c => Rel(ctx, c) == "case" && ctx.Lower[c] is "following" or "after" or "before" or "during" or "despite" or "amid" or "since"))
                return true;
        }
        return false;
    }

    /// <summary>An object's own actors, else those of its non-locative phrases ("of", "on", "against", "with", "to") ("the deputy chief of Israel's militia").</summary>
    private static List<ActorSpan> ObjectPhraseActors(Ctx ctx, Sentence s, int head, int depth = 0)
    {
        // "to settle the border dispute with Ecuador": the other side of a standing conflict is the party acted upon, whoever
        // owns the conflict ("its dispute with Singapore").
        if (ConflictNouns.Contains(ctx.Lower[head]))
            foreach (var k in Kids(ctx, s, head).Where(k => Rel(ctx, k) == "nmod" && CaseOf(ctx, s, k) == "with"))
                if (PhraseActors(ctx, s, k, 1) is { Count: > 0 } otherSide) return otherSide;
        var own = PhraseActors(ctx, s, head, 0);
        // "froze part of its aid to Uganda": within a measured object, a possessive pronoun says whose the thing is, and the
        // phrase after it names whom it went to.
        bool measured = depth > 0 || Partitives.Contains(ctx.Lower[head]);
        if (own.Count > 0 && !(measured && OwnedByPronoun(ctx, own))) return own;
        // "lifted an oil embargo and a flight ban on Serbia": the parse hangs the party phrase the coordinated objects share
        // on the last of them.
        // So may it on "military aid and training programmes for Thailand", the measure under a sum of money (one phrase down).
        foreach (var c in Kids(ctx, s, head).Where(k => Rel(ctx, k) == "conj" && ctx.ActorAt[k] is null))
            foreach (var k in Kids(ctx, s, c).Where(k => Rel(ctx, k) == "nmod" && CaseOf(ctx, s, k) is "on" or "against" or "to" or "with" or "for"))
                if (PhraseActors(ctx, s, k, 1) is { Count: > 0 } shared && !OwnedByPronoun(ctx, shared)) return shared;
        // "consider the killing of Soleimani": the phrases of an act name its own participants, not the party acted upon.
        if (NamesOwnParticipants(ctx, head)) return [];
        foreach (var k in Kids(ctx, s, head).Where(k => Rel(ctx, k) is "nmod" or "acl"))
        {
            var c = CaseOf(ctx, s, k);
            // "suspended 4.7 million dollars in military aid … for Thailand": after a sum of money "in" says what it is, not where.
            if (c is null && Rel(ctx, k) == "nmod" || c is not null && LocativeCases.Contains(c) && !(c == "in" && MoneyNouns.Contains(ctx.Lower[head]))) continue;
            if (Rel(ctx, k) == "acl" || IsBoundary(ctx, k)) continue;
            if (PhraseActors(ctx, s, k, 1) is { Count: > 0 } a && !(measured && OwnedByPronoun(ctx, a))) return a;
            // "suspended part of a military aid program for Bosnia": one phrase further down.
            if (depth == 0 && Rel(ctx, k) == "nmod" && ObjectPhraseActors(ctx, s, k, 1) is { Count: > 0 } inner) return inner;
        }
        return [];
    }

    /// <summary>
    /// The actors a noun phrase names, one per conjunct ("Hungarian and Romanian officials", "the US and Britain"):
    /// the head's own actor span, else a modifier's (compound, amod, nmod:poss, flat, appos), else an owner's
    /// ("leaders of Romania"); an agent-only head ("officials") takes the country of its modifier.
    /// </summary>
    private static List<ActorSpan> PhraseActors(Ctx ctx, Sentence s, int head, int depth)
    {
        var result = new List<ActorSpan>();
        if (head < s.FirstToken || head >= s.EndToken || depth > 2) return result;
        // A span without a code ("on Wednesday" read as a name) is no party: it must not block the next argument.
        foreach (var c in Conjuncts(ctx, s, head))
            foreach (var a in HeadActors(ctx, s, c, depth))
                if (a.Code is not null && !result.Contains(a)) result.Add(a);
        return result;
    }

    /// <summary>The agent code of the words of a description phrase ending at its head <paramref name="desc"/> ("opposition leader": OPP).</summary>
    private static string? DescribedAgent(Ctx ctx, Sentence s, int desc)
    {
        int first = desc;
        while (first > s.FirstToken && ctx.Doc.Tokens[first - 1].Head == desc && Rel(ctx, first - 1) is "compound" or "amod") first--;
        for (int k = first; k <= desc; k++)
            if (ActorFinder.AgentAt(ctx.Lex, ctx.Upper, k) is { } agent && k + agent.Length - 1 <= desc && agent.Code.Length == 3) return agent.Code;
        return null;
    }

    /// <summary>Names of currencies: a state named before one ("U.S. dollars", "a 120 million U.S. dollar credit") names the money, not a party.</summary>
    private static readonly FrozenSet MoneyNouns = new("dollar", "dollars", "euro", "euros", "yen", "franc", "francs", "pound", "pounds", "rouble", "roubles",
        "ruble", "rubles", "yuan", "rupee", "rupees", "dinar", "dinars", "shilling", "shillings", "peso", "pesos", "riyal", "riyals", "rand", "mark", "marks");

    private static List<ActorSpan> HeadActors(Ctx ctx, Sentence s, int head, int depth)
    {
        if (MoneyNouns.Contains(ctx.Lower[head])) return [];
        var own = ctx.ActorAt[head];
        // "Tens of thousands of demonstrators", "Thousands of dockworkers in Mombasa": a count of people is the people counted.
        if (own is null && CountNouns.Contains(ctx.Lower[head]) && depth < 2
            && Kids(ctx, s, head).Where(k => Rel(ctx, k) == "nmod" && CaseOf(ctx, s, k) == "of").Select(k => PhraseActors(ctx, s, k, depth + 1)).FirstOrDefault(a => a.Count > 0) is { } counted)
            return counted;
        if (own is null && ObjectPronounAntecedent(ctx, s, head, depth) is { } antecedent) return antecedent;
        if (own is { IsPossessor: true }) own = null;
        // "the U.N. war crimes tribunal in The Hague": an international body named in the compounds before an agent noun
        // is who the agent is, not the country of the place it sits in (the agent span read "tribunal in The Hague" as NLDJUD).
        if (own is { EntityId: null, Code: { Length: >= 3 } placed } && IsCountryCode(ctx, placed[..3]))
            foreach (var k in Kids(ctx, s, head).Where(k => k < head && Rel(ctx, k) == "compound"))
                foreach (var m in CompoundChain(ctx, s, k))
                    if (ctx.ActorAt[m] is { EntityId: not null, Code: { Length: >= 6 } body } named && body[..3] is "IGO" or "NGO") return [named];
        // "Salaheddine Sidhoum, Algeria's leading human rights activist": a name the entity layer could not code is
        // placed by the description in apposition to it.
        // So is a name the entity layer did not find ("opposition leader Kenneth Matiba").
        if ((own is { Code: null } || own is null && ctx.Doc.Tokens[head].Upos == "PROPN") && depth < 2)
            foreach (var k in Kids(ctx, s, head))
            {
                if (Rel(ctx, k) is not ("appos" or "nmod:desc")) continue;
                if (PhraseActors(ctx, s, k, depth + 1) is { Count: > 0 } described) return described;
                // "opposition leader Kenneth Matiba": a description no actor span covers still says what kind of party the
                // person is, by its agent words (OPP); the name is that party.
                // Only groups a state can be placed by (a "suspected drug trafficker" stays the person the act goes with).
                if (own is not null && DescribedAgent(ctx, s, k) is { } kind && DomesticGroups.Contains(kind)) return [own with { Code = kind, AgentCode = kind }];
            }
        // "Authorities in Indian Kashmir": a place no state codes is placed by a nationality before it (not by an owner or
        // an "of" phrase: "Bangkok's Democracy Monument" is where people march, "the Sea of Galilee" what water comes from).
        bool placeName = own is { Code: null } && (own.IsPlace || own.EntityId is { } placeId && ctx.Doc.EntityById(placeId)?.Type is EntityType.Gpe or EntityType.Loc or EntityType.Fac);
        if (placeName && Kids(ctx, s, head).Where(k => k < head && Rel(ctx, k) == "amod").Select(k => ctx.ActorAt[k])
                .FirstOrDefault(a => a is { IsPossessor: false, Code.Length: 3 } && IsCountryCode(ctx, a.Code!)) is { } nationality)
            return [nationality];
        // "Venezuela's state oil company PDVSA": any other name no dictionary codes that acts or is acted on is placed as an
        // agent word is, by its modifiers or its owner (one after a preposition may be where or whence: "marched on Bangkok's
        // Democracy Monument", "from the Sea of Galilee").
        // So is a word inside such a name that the parse made the head of the name's own "of" phrase ("The Confederation of
        // Indigenous Nationalities of Ecuador": "Nationalities" under "Confederation").
        if (own is { Code: null } && !placeName && (Rel(ctx, head) is "nsubj" or "nsubj:pass" or "obj" or "iobj"
            || ctx.Doc.Tokens[head].Head is >= 0 and var above && ctx.ActorAt[above] == own)) own = null;
        // "American members of the U.N. peacekeeping mission": members of an international body are that body's, whatever
        // their nationality.
        if (ctx.Lower[head] is "members" or "member" && depth < 2
            && Kids(ctx, s, head).Where(k => Rel(ctx, k) == "nmod" && CaseOf(ctx, s, k) == "of").SelectMany(k => PhraseActors(ctx, s, k, depth + 1))
                .FirstOrDefault(a => IsInternationalBody(a.Code)) is { } ownBody)
            return [ownBody];
        // "Nigeria's oil workers' union", "the students' federation": a body named for the people who own it is theirs, and
        // their own owner's ("Nigeria's") when they have no country of their own (a state's own council or movement is
        // read below, by its modifiers).
        if (own is null && GroupBodyNouns.Contains(ctx.Lower[head])
            && Kids(ctx, s, head).FirstOrDefault(k => Rel(ctx, k) == "nmod:poss" && ctx.ActorAt[k] is { IsPossessor: true, Code.Length: >= 3 } people && !IsCountryCode(ctx, people.Code!), -1) is var membersAt and >= 0)
        {
            var members = ctx.ActorAt[membersAt]! with { IsPossessor = false };
            if (members.Code!.Length == 3 && !IsCountryCode(ctx, members.Code)
                && Kids(ctx, s, membersAt).Select(k => Rel(ctx, k) == "nmod:poss" ? ctx.ActorAt[k] : null).FirstOrDefault(a => a is { Code.Length: 3 } && IsCountryCode(ctx, a.Code!)) is { } country)
                members = members with { Code = country.Code + members.Code };
            return [members];
        }
        // An agent word with no country ("officials"; "military government" GOVMIL) is placed by its modifiers or owner.
        bool agentOnly = own?.Code is { Length: 3 or 6 } oc && own.EntityId is null && !own.IsPlace && !IsCountryCode(ctx, oc) && oc[..3] is not ("IGO" or "NGO" or "IMG" or "MNC");
        // "Foreign ministers of Chile and Argentina": an agent span that took in its "of" country shares the agent with that
        // country's conjuncts (CHLGOV, ARGGOV).
        if (own is { Code: { Length: 6 } ownCode } && !agentOnly && IsCountryCode(ctx, ownCode)
            && Kids(ctx, s, head).FirstOrDefault(k => Rel(ctx, k) == "nmod" && CaseOf(ctx, s, k) == "of" && ctx.ActorAt[k]?.Code == ownCode[..3], -1) is var ofCountry and >= 0
            && Kids(ctx, s, ofCountry).Where(k => Rel(ctx, k) == "conj" && ctx.ActorAt[k] is { Code: { Length: 3 } cc } && IsCountryCode(ctx, cc) && cc != ownCode[..3]).ToList() is { Count: > 0 } partners)
            return [own, .. partners.Select(k => ctx.ActorAt[k]! with { Code = ctx.ActorAt[k]!.Code + ownCode[3..], IsPlace = false })];
        // "Negotiators for Colombia's government and the FARC rebel group resumed talks", "Senior officials from Pakistan and
        // India held talks": delegates of a coordination of parties are each of those parties.
        if ((own is null || agentOnly) && depth < 2 && DelegateNouns.Contains(ctx.Lower[head])
            && Kids(ctx, s, head).Where(k => Rel(ctx, k) == "nmod" && CaseOf(ctx, s, k) is "for" or "of" or "from").SelectMany(k => PhraseActors(ctx, s, k, depth + 1)).ToList() is { Count: >= 2 } delegated)
            return delegated;
        // "A correspondent for Japan's NHK television": a reporter is his outlet's.
        if ((own is null || agentOnly) && depth < 2 && ctx.Lower[head] is "correspondent" or "correspondents" or "reporter" or "reporters" or "journalist" or "journalists" or "cameraman" or "photographer"
            && Kids(ctx, s, head).Where(k => Rel(ctx, k) == "nmod" && CaseOf(ctx, s, k) == "for").SelectMany(k => PhraseActors(ctx, s, k, depth + 1))
                .FirstOrDefault(a => a.Code is { Length: >= 3 } oc && IsCountryCode(ctx, oc[..3])) is { } outlet)
            return [outlet with { Code = outlet.Code![..3] + "MED", IsPossessor = false }];
        if (own is not null && !agentOnly) return [own];
        // "A woman suicide bomber suspected of belonging to the Tamil Tigers": a person said to belong to a group is the group's.
        if (depth < 2)
            foreach (var k in Kids(ctx, s, head).Where(k => Rel(ctx, k) == "acl"))
                foreach (var b in Subtree(ctx, s, k).Where(b => ctx.Doc.Tokens[b].Lemma == "belong").Order())
                    foreach (var to in Kids(ctx, s, b).Where(t => Rel(ctx, t) == "obl" && CaseOf(ctx, s, t) == "to"))
                        if (PhraseActors(ctx, s, to, depth + 1) is { Count: > 0 } group && group.All(g => !g.IsPlace)) return group;
        // "Iran's Supreme Leader Ayatollah Ali Khamenei": a title in apposition to a named, coded person is that person.
        foreach (var k in Kids(ctx, s, head))
            if (Rel(ctx, k) == "appos" && ctx.ActorAt[k] is { EntityId: not null, Code: not null } named) return [named];
        var mods = new List<ActorSpan>();
        // "its European Community partners": a body named before the noun is who they are; the owner ("its") is not another party.
        bool namedBody = Kids(ctx, s, head).Any(k => Rel(ctx, k) is "compound" or "amod" && ctx.ActorAt[k] is { EntityId: not null, Code: { Length: >= 6 } bc } && bc[..3] is "IGO" or "NGO");
        foreach (var k in Kids(ctx, s, head))
        {
            if (Rel(ctx, k) is not ("compound" or "amod" or "nmod:poss" or "flat" or "flat:name" or "appos")) continue;
            if (namedBody && Rel(ctx, k) == "nmod:poss") continue;
            // "a 120 million U.S. dollar credit": the parse may hang the state on the noun the currency modifies.
            if (MoneyNouns.Contains(ctx.Lower[k]) || k + 1 < s.EndToken && MoneyNouns.Contains(ctx.Lower[k + 1])) continue;
            // "Israel's militia ally in southern Lebanon": an ally or proxy is not its patron.
            if (AllyNouns.Contains(ctx.Lower[head]) && Rel(ctx, k) == "nmod:poss") continue;
            // "U.N. weapons inspectors": the parse chains compounds, hanging the body on the noun compounded with the head.
            var modifiers = Rel(ctx, k) == "compound" && ctx.ActorAt[k] is null ? CompoundChain(ctx, s, k) : Conjuncts(ctx, s, k);
            foreach (var c in modifiers)
                // A modifier that is only an agent word ("Prime" of "Prime Minister") is part of the head, not another party.
                // A named international body before the noun ("its European Community partners", "UN peacekeepers") counts too.
                // So does one that owns the noun ("The African Union's election observers").
                if (ctx.ActorAt[c] is { } m && m != own && m.Code is { } mc && (IsCountryCode(ctx, mc) || Rel(ctx, k) is "compound" or "amod" or "nmod:poss" && m.EntityId is not null && mc.Length >= 6 && mc[..3] is "IGO" or "NGO") && !mods.Contains(m)) mods.Add(m);
        }
        // "the deputy chief of Israel's militia", "the Foreign Office in Islamabad": a person or body belongs to its owner
        // (an agent-only head also to the place it sits in, as PETRARCH reads "of/in/from"); an act ("the killing of X") does not.
        if (mods.Count == 0 && depth < 2 && !NamesOwnParticipants(ctx, head))
            // "demands by the rest of the Commonwealth": a demand or request is also its maker's after "by".
            foreach (var k in Kids(ctx, s, head).Where(k => Rel(ctx, k) == "nmod" && CaseOf(ctx, s, k) is { } c && (OwnerCases.Contains(c) || c == "in" && (own is not null || AllyNouns.Contains(ctx.Lower[head]))
                || c == "by" && DemandNouns.Contains(LemmaAt(ctx, head)))))
                if ((mods = PhraseActors(ctx, s, k, depth + 1)).Count > 0) break;
        // "restarted negotiations with the separatist leaders": people a group's word describes, with no state or owner named,
        // are that group (REB), which the act's other party may place later; so is a body of them ("the main opposition
        // parties", "the former rebel movement"). Only people and bodies: "church services", "village burnings", "militant
        // camps" are things of the group, not the group.
        if (own is null && mods.Count == 0 && (ctx.Lex.PersonNouns.Contains(LemmaAt(ctx, head)) || OrganisationAnaphors.Contains(LemmaAt(ctx, head)))
            && Kids(ctx, s, head).Where(k => k < head && Rel(ctx, k) is "amod" or "compound").Select(k => ctx.ActorAt[k])
                .FirstOrDefault(a => a is { AgentOnly: true, IsPossessor: false, Code: { Length: 3 } kind } && DomesticGroups.Contains(kind)) is { } groupWord)
            return [groupWord];
        if (own is null) return mods;
        if (mods.Count == 0) return [own];
        // "Senior Hungarian and Romanian officials": each country with the head's agent (HUNGOV, ROUGOV); the agent is no
        // possession, though its country came from an owner ("the deputy prosecutor of Russia's … republic of Dagestan").
        return [.. mods.Select(m => m.Code is { Length: 3 } mc && IsCountryCode(ctx, mc)
            ? m with { First = Math.Min(m.First, own.First), Last = Math.Max(m.Last, own.Last), Code = mc + own.Code, Text = m.Text + " " + own.Text, IsPlace = false, IsPossessor = false }
            : m)];
    }

    /// <summary>Nouns that count people ("thousands of", "tens of thousands of", "dozens of").</summary>
    private static readonly FrozenSet CountNouns = new("tens", "hundreds", "thousands", "millions", "dozens", "scores");

    /// <summary>Bodies named for the people who own them ("the oil workers' union", "the farmers' association").</summary>
    private static readonly FrozenSet GroupBodyNouns = new("union", "unions", "association", "federation", "council", "congress", "movement", "league", "committee");

    /// <summary>Dependents whose subtree is not part of what the verb does: its subject, and clauses of their own.</summary>
    private static readonly FrozenSet OutsidePattern = new("nsubj", "nsubj:pass", "csubj", "csubj:pass", "parataxis", "advcl", "ccomp", "punct", "discourse", "vocative", "dislocated");

    /// <summary>
    /// The verb's CAMEO code from the dictionary patterns matched against the verb's own phrase: the words after the
    /// verb that the parse puts in its subtree (objects, their prepositional phrases, complement clauses), in text
    /// order, so that "demanded that the US cancel plans" and "rejected Thursday a United Nations appeal" meet their
    /// pattern words while words of another clause ("…, killing 20") or a coordinated verb do not.
    /// </summary>
    /// <summary>
    /// A noun with its modifiers and conjuncts but not its appositions, clauses or prepositional phrases ("Edmond Pope, a
    /// retired U.S. naval officer," is "Edmond Pope"; "Arms and ammunition" stays whole).
    /// </summary>
    private static List<int> NounCore(Ctx ctx, Sentence s, int head)
    {
        var core = new List<int> { head };
        foreach (var k in Kids(ctx, s, head))
            if (Rel(ctx, k) is "compound" or "amod" or "det" or "nummod" or "flat" or "cc") core.Add(k);
            else if (Rel(ctx, k) == "conj") core.AddRange(NounCore(ctx, s, k));
        return core;
    }

    /// <summary>Heads of restrictions whose prepositional phrase the patterns name ("state of emergency", "ban on trade").</summary>
    private static readonly FrozenSet RestrictionHeads = new("state", "ban", "bans", "embargo", "sanctions", "restrictions", "blockade", "siege", "freeze", "moratorium");

    /// <summary>
    /// Two to four words between quotation marks, and the marks, where the quoted words all hang on the noun right after the closing mark
    /// (the title of a law, a plan or an operation: "a 'foreign agents' law", "the 'Iron Fist' operation").
    /// </summary>
    private static IReadOnlySet<int> QuotedTitleWords(Ctx ctx, Sentence s)
    {
        HashSet<int>? title = null;
        for (int open = s.FirstToken; open < s.EndToken; open++)
        {
            if (ctx.Doc.Tokens[open].Xpos != "``") continue;
            int close = open + 1;
            while (close < s.EndToken && close - open <= 5 && ctx.Doc.Tokens[close].Xpos != "''") close++;
            int noun = close + 1;
            // One word in quotation marks is a term the writer distances himself from ("a 'terrorist' act"), which the patterns read.
            if (close >= s.EndToken || close - open > 5 || close - open < 3 || noun >= s.EndToken || ctx.Doc.Tokens[noun].Upos != "NOUN") continue;
            var underNoun = Subtree(ctx, s, noun);
            if (!Enumerable.Range(open + 1, close - open - 1).All(underNoun.Contains)) continue;
            title ??= [];
            for (int k = open; k <= close; k++) title.Add(k);
            open = close;
        }
        // Most sentences have none: no set is made for them (this runs for every pattern lookup).
        return title ?? NoWords;
    }

    private static readonly IReadOnlySet<int> NoWords = new HashSet<int>();

    private (string? Code, int Weight) PatternCode(Ctx ctx, Sentence s, int verb, VerbForm form, int flen)
    {
        var inPhrase = new bool[s.EndToken - s.FirstToken];
        var stack = new Stack<int>();
        stack.Push(verb);
        while (stack.Count > 0)
        {
            int k = stack.Pop();
            inPhrase[k - s.FirstToken] = true;
            foreach (var c in Kids(ctx, s, k))
            {
                if (c < s.FirstToken || c >= s.EndToken || inPhrase[c - s.FirstToken]) continue;
                // Punctuation and bare time phrases ("lifted Friday a day-old blockade") put no pattern word further away.
                if (Rel(ctx, c) is "punct" || k == verb && Rel(ctx, c) is "obl:unmarked" or "obl:tmod" or "obl:npmod") continue;
                // "demanded on Friday that …": a day or a month after its preposition is a time, not what a pattern's
                // preposition takes (DEMAND * ON [190] is "demands on" a party; "telephoned Clinton on Tuesday" is no call
                // "on" a party, CALL * (ON) [020]).
                // "gave Panama until Friday" is a deadline (GRANT * UNTIL [139]), which a time may be.
                if (k == verb && Rel(ctx, c) == "obl" && TimeNouns.Contains(ctx.Lower[c]) && CaseOf(ctx, s, c) != "until") continue;
                // "demanded at talks in Beijing that North Korea …": the talks an act was done at are its venue, not what a
                // pattern's object names (DEMAND * TALKS [106] is a demand for talks).
                if (k == verb && Rel(ctx, c) == "obl" && CaseOf(ctx, s, c) is "at" or "during" && MeetingNouns.Contains(ctx.Lower[c])) continue;
                // "called for an immediate de-escalation, warning that a wider conflict …": a gerund after a comma is a clause
                // of its own, however the parse attaches it (here as an apposition of the object).
                if (c > verb && ctx.Lower[c - 1] == "," && ctx.Lower[c].EndsWith("ing", StringComparison.Ordinal) && Rel(ctx, c) is "appos" or "acl" or "conj" or "advcl") continue;
                // A purpose clause ("blocked roads … to press their demands") says what the act is for: it stays.
                bool purpose = Rel(ctx, c) == "advcl" && HasToMark(ctx, s, c);
                if (k == verb && !purpose && (OutsidePattern.Contains(Rel(ctx, c) ?? "") || Rel(ctx, c) == "conj" && ctx.Doc.Tokens[c].Upos is "VERB" or "AUX")) continue;
                stack.Push(c);
            }
        }
        // Words before the verb stay as written (PETRARCH's pre-verb words are the subject side and adverbs).
        var words = new List<string>();
        for (int k = s.FirstToken; k < verb + flen; k++) words.Add(ctx.Upper[k]);
        int after = verb + flen;
        // "suspended part of a military aid program": a partitive head right after the verb keeps the pattern words of
        // what it is a part of within reach.
        // So does a measure of acts after its article and adjectives ("held a fresh round of talks", "launched a wave of strikes").
        int measure = after;
        while (measure < s.EndToken && measure < after + 4 && (ctx.Doc.Tokens[measure].Upos is "DET" or "ADJ" or "NUM" || Determiners.Contains(ctx.Lower[measure]) || ctx.Lower[measure] == "than")) measure++;
        if (measure + 1 < s.EndToken && Partitives.Contains(ctx.Lower[measure]) && ctx.Lower[measure + 1] == "of") after = measure + 2;
        var post = Enumerable.Range(after, Math.Max(0, s.EndToken - after)).Where(k => inPhrase[k - s.FirstToken]).ToList();
        // "Arms and ammunition were flown to Chadian rebels by Libya", "was ordered out of Zimbabwe": a passive's subject is
        // what the active verb's object was, where the patterns look for it.
        // A restriction's own prepositional phrases stay with it ("the state of emergency in Algeria was lifted", "the ban on
        // opposition parties was lifted").
        if (Kids(ctx, s, verb).FirstOrDefault(k => Rel(ctx, k) == "nsubj:pass" && k < verb && !RelativePronouns.Contains(ctx.Lower[k]), -1) is var patient and >= 0)
        {
            // "Thousands of police officers were deployed": the people a count is of stand for it (a count of measures,
            // "thousands of tonnes of rice", is read through them as it stands).
            if (CrowdCounts.Contains(ctx.Lower[patient])
                && Kids(ctx, s, patient).FirstOrDefault(k => Rel(ctx, k) == "nmod" && CaseOf(ctx, s, k) == "of", -1) is var counted and >= 0 && !Partitives.Contains(ctx.Lower[counted]))
                patient = counted;
            post = [.. NounCore(ctx, s, patient).Concat(RestrictionHeads.Contains(ctx.Lower[patient]) ? Kids(ctx, s, patient).Where(k => Rel(ctx, k) == "nmod").SelectMany(k => Subtree(ctx, s, k)) : [])
                .Where(k => k < verb).Distinct().Order(), .. post];
        }
        // "the peace treaty signed on Monday by …", "the treaty on medium-range missiles, signed at the White House by …": a
        // past participle with an agent describing a noun acts on it, as a passive on its subject; set off by a comma after a
        // noun's own phrase, it describes the noun that phrase belongs to. Without an agent it says what the thing is ("the
        // hostages held in Baghdad").
        else if (Rel(ctx, verb) == "acl" && ctx.Doc.Tokens[verb].Xpos == "VBN" && ctx.Doc.Tokens[verb].Head is var described && described >= s.FirstToken && described < verb
            && !Kids(ctx, s, verb).Any(k => Rel(ctx, k) is "obj" or "iobj") && PassiveAgent(ctx, s, Kids(ctx, s, verb)) >= 0)
        {
            var core = NounCore(ctx, s, described);
            if (verb > s.FirstToken && ctx.Lower[verb - 1] == "," && Rel(ctx, described) == "nmod" && ctx.Doc.Tokens[described].Head is var owner && owner >= s.FirstToken && owner < described)
                core = [.. NounCore(ctx, s, owner), .. core];
            post = [.. core.Where(k => k < verb).Distinct().Order(), .. post];
        }
        // "gave the rebels an ultimatum", "sent Ukraine weapons": the recipient of a double object goes after the thing given,
        // where the patterns expect the object ("GRANT * ULTIMATUM", "SEND * &WEAPON").
        var kids = Kids(ctx, s, verb);
        if (kids.FirstOrDefault(k => Rel(ctx, k) == "iobj", -1) is var recipient and >= 0 && kids.FirstOrDefault(k => Rel(ctx, k) == "obj", -1) is var given && given > recipient)
        {
            var moved = Subtree(ctx, s, recipient);
            int givenEnd = Subtree(ctx, s, given).Max();
            post = [.. post.Where(k => !moved.Contains(k) && k <= givenEnd), .. post.Where(moved.Contains), .. post.Where(k => !moved.Contains(k) && k > givenEnd)];
        }
        // "held live-fire exercises": the second part of a hyphenated word the tokenizer split is no pattern word of its own
        // (HOLD * FIRE [0871] is holding fire).
        // "found Shining Path leader Abimael Guzman guilty": a named or coded party counts as one word between pattern words,
        // as PETRARCH skips a whole noun phrase; only its head noun (and any word of the span after it) stays.
        // A token as a pattern word: a currency sign as its word, the part after a hyphen marked as such.
        string PatternWord(int k) => HyphenTail(ctx, k) ? "-" + ctx.Upper[k] : CurrencyWords.GetValueOrDefault(ctx.Upper[k], ctx.Upper[k]);
        int particleAt = -1;
        // "asked Sri Lanka to halt its offensive against Tamil rebels": a preposition inside what a request asks for is no
        // party phrase of the request (ASK * (AGAINST) [113] is asking for action against a party).
        var askedFor = RequestLemmas.Contains((ctx.Doc.Tokens[verb].Lemma ?? "").ToLowerInvariant())
            ? Kids(ctx, s, verb).Where(k => k > verb && Rel(ctx, k) is "xcomp" or "advcl" && HasToMark(ctx, s, k)).SelectMany(k => Subtree(ctx, s, k)).ToHashSet()
            : null;
        // "withdrew a draft 'foreign agents' law": words in quotation marks before the noun they modify are that thing's title,
        // not pattern words ("agents" is no force withdrawn).
        var quotedTitle = QuotedTitleWords(ctx, s);
        foreach (var k in post)
        {
            if (askedFor is not null && askedFor.Contains(k) && Rel(ctx, k) == "case") { words.Add("~"); continue; }
            if (quotedTitle.Contains(k)) continue;
            // "a 10-day ultimatum": a counted span before the noun puts no words between the verb and it.
            if (k + 1 < s.EndToken && ctx.Lower[k] == "-" && k > s.FirstToken && ctx.Doc.Tokens[k - 1].Upos == "NUM" && HyphenTail(ctx, k + 1)
                || HyphenTail(ctx, k) && k - 2 >= s.FirstToken && ctx.Doc.Tokens[k - 2].Upos == "NUM") continue;
            // A common noun head keeps the common nouns compounded with it ("international aid groups" keeps AID GROUPS).
            if (ctx.ActorAt[k] is { } named && NameHead(ctx, named) is var head && k < head && head >= after && head < s.EndToken && inPhrase[head - s.FirstToken]
                && !(ctx.Doc.Tokens[head].Upos == "NOUN" && Enumerable.Range(k, head - k).All(m => ctx.Doc.Tokens[m].Upos == "NOUN"))) continue;
            if (Rel(ctx, k) == "compound:prt" && ctx.Doc.Tokens[k].Head == verb) particleAt = words.Count;
            words.Add(PatternWord(k));
        }
        int start = verb - s.FirstToken;
        // A verb the parse gave nothing after it ("blocked" read as an adjective of "roads") is matched as written.
        if (!Kids(ctx, s, verb).Any(k => k >= verb + flen && Rel(ctx, k) != "punct"))
            return lex.Verbs.Code(form, new ArraySegment<string>(ctx.Upper, s.FirstToken, s.TokenCount), start, start + flen);
        var coded = lex.Verbs.Code(form, words, start, start + flen);
        if (coded.Weight > 0) return coded;
        // "cut off economic and military aid": when no pattern reads the verb's particle (SET * OFF &WEAPON does), the
        // particle is no pattern word and puts the object no further away (CUT * AID).
        if (particleAt >= 0)
        {
            words.RemoveAt(particleAt);
            var withoutParticle = lex.Verbs.Code(form, words, start, start + flen);
            if (withoutParticle.Weight > 0) return withoutParticle;
        }
        // "lifted the 19-year-old U.S. trade embargo": when no pattern is in reach, the object's head noun and the nouns and
        // adjectives compounded right before it are read without its determiners, numbers and other modifiers, as
        // PETRARCH reads a noun phrase by its head (LIFT * EMBARGO). Only the object's own words: the verb's other phrases
        // brought closer would meet patterns they are not ("seized 800 farms under a land resettlement programme").
        if (ObjectPreModifiers(ctx, s, verb) is { Count: > 0 } modifiers)
        {
            var objectWords = Kids(ctx, s, verb).Where(k => Rel(ctx, k) == "obj" && k > verb).SelectMany(o => Subtree(ctx, s, o)).ToHashSet();
            var trimmed = new List<string>(words.Count);
            for (int k = s.FirstToken; k < verb + flen; k++) trimmed.Add(words[k - s.FirstToken]);
            foreach (var k in post)
                if (objectWords.Contains(k) && !modifiers.Contains(k))
                    trimmed.Add(PatternWord(k));
            var headed = lex.Verbs.Code(form, trimmed, start, start + flen);
            if (headed.Weight > 0) return headed;
        }
        // "suspended $74 million in aid to Malawi", "closed 19 of the 21 crossings on its border": past an amount or a part,
        // the object is read by what it measures, as the passive's subject below is.
        if (Kids(ctx, s, verb).FirstOrDefault(k => Rel(ctx, k) == "obj" && k > verb, -1) is var measuredObject and >= 0
            && MeasuredHead(ctx, s, measuredObject, verb, numbers: true, money: true) is var (objectHead, objectChain) && objectHead != measuredObject
            && CodeWithWordsAfterVerb(objectChain, objectHead) is { Weight: > 0 } measuredCode)
            return measuredCode;
        // "Thousands of tonnes of rice were shipped to Bangladesh": a passive verb's subject is what its patterns' object
        // names; when nothing after the verb meets a pattern, the subject's head (past measures of it) and the nouns
        // compounded before it are read as if they followed the verb (SEND * RICE).
        if (Kids(ctx, s, verb).FirstOrDefault(k => Rel(ctx, k) == "nsubj:pass" && k < verb, -1) is var passiveSubject and >= 0
            && MeasuredHead(ctx, s, passiveSubject, passiveSubject) is var (subjectHead, subjectChain) && CodeWithWordsAfterVerb(subjectChain, subjectHead) is { Weight: > 0 } undergone)
            return undergone;
        return coded;

        // The verb's code with the tokens from..to (a noun's compound chain and head) read right after the verb.
        (string? Code, int Weight) CodeWithWordsAfterVerb(int from, int to)
        {
            var moved = new List<string>(words.Count + to - from + 1);
            for (int k = s.FirstToken; k < verb + flen; k++) moved.Add(words[k - s.FirstToken]);
            for (int k = from; k <= to; k++) moved.Add(PatternWord(k));
            moved.AddRange(words.Skip(verb + flen - s.FirstToken));
            return lex.Verbs.Code(form, moved, start, start + flen);
        }
    }

    /// <summary>
    /// The tokens before the head of the verb's object that are not the nouns and adjectives compounded right before it:
    /// "the 19-year-old U.S." of "the 19-year-old U.S. trade embargo" (the chain "trade" stays).
    /// </summary>
    private static HashSet<int> ObjectPreModifiers(Ctx ctx, Sentence s, int verb)
    {
        var result = new HashSet<int>();
        foreach (var obj in Kids(ctx, s, verb).Where(k => Rel(ctx, k) == "obj" && k > verb))
        {
            // "extend a fresh package of low-interest yen loans": the head of a quantity is what it measures, whose own
            // compounds stay ("interest yen loans"); the quantity and its "of" are modifiers.
            // So does a count ("closed 19 of the 21 crossings"); a sum of money stays, for the patterns that read currencies.
            var (_, chain) = MeasuredHead(ctx, s, obj, verb, numbers: true);
            foreach (var k in Subtree(ctx, s, obj))
                if (k > verb && k < chain) result.Add(k);
        }
        return result;
    }

    /// <summary>
    /// The head noun a noun phrase at <paramref name="noun"/> names, past measures of it ("thousands of tonnes of rice":
    /// tonnes; with <paramref name="money"/>, rice), and the first of the nouns and adjectives compounded right before that
    /// head (no party's words, none at or before <paramref name="floor"/>): the words PETRARCH would read the phrase by.
    /// </summary>
    private static (int Head, int ChainStart) MeasuredHead(Ctx ctx, Sentence s, int noun, int floor, bool numbers = false, bool money = false)
    {
        int head = noun;
        // "all but two of the crossing points": the parse hangs the "of" phrase on the exception, a conjunct of "all".
        if (Partitives.Contains(ctx.Lower[head]) && Kids(ctx, s, head).FirstOrDefault(k => k > head && Rel(ctx, k) == "conj"
                && Kids(ctx, s, k).Any(c => Rel(ctx, c) == "cc" && ctx.Lower[c] is "but" or "except"), -1) is var exception and >= 0)
            head = exception;
        // With <paramref name="numbers"/>, "19 of the 21 crossings"; with <paramref name="money"/> too, "$74 million in aid",
        // "5,000 tonnes of wheat": an amount is a measure as well ("in" only after one).
        while ((Partitives.Contains(ctx.Lower[head]) || numbers && IsAmount(ctx, head, money))
            && Kids(ctx, s, head).FirstOrDefault(k => k > head && Rel(ctx, k) == "nmod" && (CaseOf(ctx, s, k) == "of" || CaseOf(ctx, s, k) == "in" && numbers && IsAmount(ctx, head, money)), -1) is var measured and >= 0)
            head = measured;
        int chain = head;
        while (chain - 1 > floor && ctx.Doc.Tokens[chain - 1].Head == head && Rel(ctx, chain - 1) is "compound" or "amod"
            && ctx.Doc.Tokens[chain - 1].Upos is "NOUN" or "ADJ" && ctx.ActorAt[chain - 1] is null) chain--;
        return (head, chain);
    }

    /// <summary>Units goods are counted in ("5,000 tonnes of wheat").</summary>
    private static readonly FrozenSet AmountUnits = new("tonnes", "tons", "tonne", "ton", "barrels", "kilograms", "kg", "litres", "liters", "gallons", "dollars", "euros", "pounds", "yen", "francs", "marks", "rubles", "roubles");

    /// <summary>A number, or with <paramref name="money"/> a currency sign or a unit goods or money are counted in.</summary>
    private static bool IsAmount(Ctx ctx, int k, bool money) =>
        ctx.Doc.Tokens[k].Xpos == "CD" || money && (ctx.Doc.Tokens[k].Xpos == "$" || CurrencyWords.ContainsKey(ctx.Doc.Tokens[k].Text) || AmountUnits.Contains(ctx.Lower[k]));

    /// <summary>The token is the part after the hyphen of a word written with one ("fire" of "live-fire").</summary>
    private static bool HyphenTail(Ctx ctx, int k) =>
        k >= 2 && ctx.Lower[k - 1] == "-" && ctx.Doc.Tokens[k - 1].Span.Start == ctx.Doc.Tokens[k - 2].Span.End && ctx.Doc.Tokens[k].Span.Start == ctx.Doc.Tokens[k - 1].Span.End;

    /// <summary>The last noun of an actor span ("ambassador" of "Spanish ambassador to"), else its last token.</summary>
    private static int NameHead(Ctx ctx, ActorSpan a)
    {
        for (int k = a.Last; k > a.First; k--)
            if (ctx.Doc.Tokens[k].Upos is "NOUN" or "PROPN") return k;
        return a.Last;
    }

    /// <summary>The token and everything under it in the parse, within the sentence.</summary>
    private static HashSet<int> Subtree(Ctx ctx, Sentence s, int head)
    {
        var set = new HashSet<int> { head };
        var stack = new Stack<int>([head]);
        while (stack.Count > 0)
            foreach (var c in Kids(ctx, s, stack.Pop()))
                if (c >= s.FirstToken && c < s.EndToken && set.Add(c)) stack.Push(c);
        return set;
    }

    /// <summary>
    /// Participles that, after a form of "be" and before their preposition, say what the subject does or means to do
    /// ("is committed to", "were engaged in"), not what was done to it; Intent: a commitment to an act still to come.
    /// </summary>
    private static readonly Dictionary<string, (string Preposition, bool Intent)> StativeParticiples = new(StringComparer.Ordinal)
    {
        ["committed"] = ("to", true), ["dedicated"] = ("to", true), ["devoted"] = ("to", true), ["determined"] = ("to", true),
        ["engaged"] = ("in", false), ["involved"] = ("in", false),
    };

    /// <summary>The participle at <paramref name="i"/> used as a state of its subject: "be" before it (at most an adverb between), its preposition right after, no "by" agent.</summary>
    private static (string Preposition, bool Intent)? StativeParticiple(Ctx ctx, Sentence s, int i)
    {
        if (!ctx.Parsed || !StativeParticiples.TryGetValue(ctx.Lower[i], out var entry)) return null;
        if (i + 1 >= s.EndToken || ctx.Lower[i + 1] != entry.Preposition) return null;
        int k = i - 1;
        if (k > s.FirstToken && ctx.Doc.Tokens[k].Upos == "ADV") k--;
        if (k < s.FirstToken || !BeForms.Contains(ctx.Lower[k]) || ctx.Lower[k] == "'s" && ctx.Doc.Tokens[k].Upos != "AUX") return null;
        return Kids(ctx, s, i).Any(c => IsAgentPhrase(ctx, s, c)) ? null : entry;
    }

    /// <summary>The act a commitment is to ("is determined to crush the revolt") is violence in the dictionary (CAMEO 18–20).</summary>
    private bool CommitsToViolence(Ctx ctx, Sentence s, int verb)
    {
        var sentUpper = new ArraySegment<string>(ctx.Upper, s.FirstToken, s.TokenCount);
        foreach (var k in Kids(ctx, s, verb).Where(k => Rel(ctx, k) is "xcomp" or "advcl" && ctx.Doc.Tokens[k].Upos == "VERB"))
            foreach (var (form, len) in lex.Verbs.FormsAt(sentUpper, k - s.FirstToken))
                if (PatternCode(ctx, s, k, form, len).Code is { Length: >= 2 } c && c[..2] is "18" or "19" or "20") return true;
        return false;
    }

    /// <summary>A compound before a head and the compounds the parse chains on it ("U.N." of "U.N. weapons inspectors").</summary>
    private static IEnumerable<int> CompoundChain(Ctx ctx, Sentence s, int compound) =>
        Kids(ctx, s, compound).Where(m => m < compound && Rel(ctx, m) == "compound").Prepend(compound);

    /// <summary>Parties that act for another: "Israel's militia ally in southern Lebanon" is Lebanese, not Israel.</summary>
    private static readonly FrozenSet AllyNouns = new("ally", "allies", "proxy", "proxies", "surrogate", "surrogates");

    private static readonly FrozenSet Partitives = new("part", "parts", "some", "most", "much", "all", "half", "portion", "rest", "many", "one", "two", "three",
        // "handed in the last of their rifles", "returned the first of the Kuwaiti airliners"
        "first", "last",
        "round", "series", "wave", "spate", "barrage", "volley", "string", "flurry", "rounds", "session", "sessions",
        // "held more than five hours of talks": a duration of the act
        "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years",
        // "delivered a fresh consignment of MiG-23 fighters": a quantity of what is given
        "consignment", "consignments", "shipment", "shipments", "batch", "cargo", "quantity", "quantities", "load", "supply",
        "package", "packages", "tonnes", "tons",
        // "Thousands of tonnes of rice were shipped": a count of what is acted on
        "dozens", "hundreds", "thousands", "millions", "tens",
        // "ordered all American members of the U.N. weapons inspection team out": the team is what is ordered out
        "members", "member", "contingent", "contingents");

    private static readonly FrozenSet PromiseLemmas = new("vow", "swear", "pledge", "promise");

    /// <summary>Verbs that mean a protest only without an object: "demonstrated against the law", but "demonstrated its resolve".</summary>
    private static readonly FrozenSet IntransitiveProtestLemmas = new("demonstrate", "march");

    /// <summary>"demonstrated its commitment", "as demonstrated by its attack": with an object, a clause or a passive the verb shows something.</summary>
    /// (A preposition or a place the parse took for the object is where the march went: "marched through central Hong Kong".)
    private static bool ShowsRatherThanProtests(Ctx ctx, Sentence s, int verb, string lemma) =>
        IntransitiveProtestLemmas.Contains(lemma)
        && Kids(ctx, s, verb).Any(k => Rel(ctx, k) is "ccomp" or "nsubj:pass" or "aux:pass" or "obl:agent"
            || Rel(ctx, k) == "obj" && !(ctx.Doc.Tokens[k].Upos == "ADP" || ctx.ActorAt[k] is { IsPlace: true }));

    /// <summary>Verbs of wanting or planning: their infinitive complement is an aim, not an act that happened.</summary>
    private static readonly FrozenSet DesireLemmas = new("want", "intend", "plan", "seek", "aim", "wish", "hope", "desire");

    /// <summary>Verbs of refusing: their infinitive complement is an act not done.</summary>
    private static readonly FrozenSet RefusalLemmas = new("refuse", "decline");

    /// <summary>
    /// The code of the cooperative act (CAMEO 02–08, quad classes 1 and 2) that an infinitive complement of the verb names
    /// with its object or party ("refused to negotiate with Kabul", "to lift the blockade on Kenyan trucks", "to free the
    /// schoolgirls"), if any; refusing a thing the complement does not name ("a ruling Beijing has refused to recognise",
    /// its object the relative clause's noun) is left to the complement's own reading.
    /// </summary>
    /// <summary>
    /// The code of the act a verb of ordering tells the subject's own forces to do ("ordered its troops to pull out of
    /// Kherson": 0874): its object is forces a possessive pronoun owns, its infinitive the act. Null otherwise.
    /// </summary>
    private string? OrderedOwnForcesAct(Ctx ctx, Sentence s, int verb)
    {
        var forces = Kids(ctx, s, verb).Where(o => Rel(ctx, o) == "obj" && OwnForceNouns.Contains(ctx.Lower[o])).ToList();
        bool owned = forces.Any(o => Kids(ctx, s, o).Any(p => Rel(ctx, p) == "nmod:poss" && ctx.Doc.Tokens[p].Xpos == "PRP$"));
        // ("Afghanistan's president ordered security forces to observe a three-day ceasefire": forces no word gives a state
        // are those of the state whose party gives the order, but only to stand down, 08: "ordered police across the
        // country to carry firearms" is no aid.)
        bool unnamed = !owned && SubjectActors(ctx, s, verb, 0) is [var orderer, ..] && IsCountryCode(ctx, Side(orderer.Code) ?? "")
            && forces.Any(o => ctx.ActorAt[o] is not { Code: { Length: >= 3 } fc } || !IsCountryCode(ctx, fc[..3]));
        if (!owned && !unnamed) return null;
        var sentUpper = new ArraySegment<string>(ctx.Upper, s.FirstToken, s.TokenCount);
        foreach (var k in Kids(ctx, s, verb).Where(k => IsInfinitiveComplement(ctx, s, k) && ctx.Doc.Tokens[k].Upos == "VERB"))
            foreach (var (form, len) in lex.Verbs.FormsAt(sentUpper, k - s.FirstToken))
                if (PatternCode(ctx, s, k, form, len).Code is { Length: >= 2 } c && c[..2] is not ("01" or "02" or "10") && (owned || c[..2] == "08")) return c;
        return null;
    }

    /// <summary>
    /// The state a nationality names on a place noun in the verb's object phrase ("a market in the South Sudanese border town
    /// of Jau": SSD), or null.
    /// </summary>
    private static ActorSpan? NationalPlaceOfObject(Ctx ctx, Sentence s, int verb)
    {
        foreach (var o in Kids(ctx, s, verb).Where(k => k > verb && Rel(ctx, k) == "obj"))
            // (Not a border or frontier: "near the Iraqi border" is where Turkey's own side ends, not Iraq.)
            foreach (var p in Subtree(ctx, s, o).Where(p => SettlementNouns.Contains(ctx.Lower[p]) && ctx.Lower[p] is not ("border" or "frontier")
                    || ctx.Doc.Tokens[p].Upos == "PROPN" && ctx.ActorAt[p]?.Code is null).Order())
                foreach (var m in Kids(ctx, s, p).Where(m => m < p))
                    if (ctx.ActorAt[m] is { Code: { Length: 3 } c } nationality && IsCountryCode(ctx, c)
                        && (SettlementNouns.Contains(ctx.Lower[p]) && Rel(ctx, m) is "amod" or "compound" && !nationality.IsPossessor && ctx.Doc.Tokens[m].Upos is "ADJ" or "PROPN"
                            // ("an oil terminal on Iran's Kharg Island": a state's possessive before a place no dictionary knows.)
                            || Rel(ctx, m) == "nmod:poss" && nationality.IsPossessor && ctx.Doc.Tokens[m].Upos == "PROPN"))
                        return nationality with { IsPossessor = false };
        return null;
    }

    /// <summary>
    /// Whether <paramref name="from"/> is <paramref name="noun"/> or hangs under it through "of", "in", "on" or "at" phrases
    /// or phrases of place ("near", "around", "outside", "along") of nouns that name no act ("the shelling of villages in
    /// Armenia's Tavush province", "of Thai army positions near the Ta Moan temples").
    /// </summary>
    private bool PlainPhrasePath(Ctx ctx, Sentence s, int from, int noun)
    {
        for (int k = from, steps = 0; steps < 8; steps++)
        {
            if (k == noun) return true;
            if (k < s.FirstToken || k >= s.EndToken || Rel(ctx, k) != "nmod" || CaseOf(ctx, s, k) is not ("of" or "in" or "on" or "at" or "near" or "around" or "outside" or "along")
                || NamesAct(ctx.Lower[k])) return false;
            k = ctx.Doc.Tokens[k].Head;
        }
        return false;
    }

    /// <summary>
    /// The clause a verb closes ("Kuwait has been stealing oil …, Iraq charged"; "… will be revoked, a spokesman warned"):
    /// the verb's head before it, when the parse made the verb parataxis, or a conjunct (with <paramref name="adverbial"/>,
    /// also an adverbial clause) with no "and" or subordinator of its own; -1 otherwise.
    /// </summary>
    private static int ClosedClause(Ctx ctx, Sentence s, int verb, bool adverbial)
    {
        var rel = Rel(ctx, verb);
        if (!(rel == "parataxis" || (rel == "conj" || adverbial && rel == "advcl") && !Kids(ctx, s, verb).Any(k => Rel(ctx, k) is "cc" or "mark"))) return -1;
        int head = ctx.Doc.Tokens[verb].Head;
        return head >= 0 && head < verb ? head : -1;
    }

    /// <summary>Whether a word is an event noun of the dictionaries, in its plural too ("abuses", "killings").</summary>
    private bool NamesAct(string word) => lex.Nouns.ContainsKey(Singular(word)) || lex.Nouns.ContainsKey(word);

    /// <summary>Units of time a deadline is counted in ("72 hours", "two weeks").</summary>
    private static readonly FrozenSet DeadlineUnits = new("hours", "days", "weeks", "months");

    /// <summary>
    /// The verb gives a counted span of time to do something: a time unit with a number, as its object or bare oblique,
    /// with an infinitive on the unit or on the verb after it ("gave the rebels 72 hours to surrender"). Not time given to
    /// leave ("gave the United States 180 days to vacate the air base"), which is the expulsion itself.
    /// </summary>
    private static bool GivesUltimatum(Ctx ctx, Sentence s, int verb) => GivesUntil(ctx, s, verb) ||
        Kids(ctx, s, verb).Any(k => k > verb && DeadlineUnits.Contains(ctx.Lower[k]) && Rel(ctx, k) is "obj" or "obl:unmarked" or "obl:tmod" or "obl:npmod" or "iobj"
            && Kids(ctx, s, k).Any(n => Rel(ctx, n) == "nummod")
            && (Kids(ctx, s, k).Where(c => Rel(ctx, c) == "acl").Concat(Kids(ctx, s, verb).Where(c => c > k && Rel(ctx, c) is "advcl" or "xcomp"))
                .FirstOrDefault(c => HasInfinitiveMark(ctx, s, c), -1) is var demanded and >= 0)
            && !LeavingLemmas.Contains(LemmaAt(ctx, demanded)));

    /// <summary>
    /// "gave ethnic Albanian guerrillas holding villages north of Kumanovo until noon on Friday to surrender their weapons": a
    /// deadline with "until", then an infinitive not of leaving, within the clause after the verb (read from the words: the
    /// parse hangs "until" on whatever noun or participle is nearest).
    /// </summary>
    private static bool GivesUntil(Ctx ctx, Sentence s, int verb)
    {
        for (int k = verb + 1; k < s.EndToken && k <= verb + 14; k++)
        {
            if (ctx.Lower[k] is ";" or "," or "said") return false;
            if (ctx.Lower[k] != "until") continue;
            for (int m = k + 2; m + 1 < s.EndToken && m <= k + 6; m++)
                if (ctx.Lower[m] == "to" && ctx.Doc.Tokens[m + 1].Xpos == "VB")
                    return !LeavingLemmas.Contains(LemmaAt(ctx, m + 1));
            return false;
        }
        return false;
    }

    private static bool HasInfinitiveMark(Ctx ctx, Sentence s, int v) => Kids(ctx, s, v).Any(m => Rel(ctx, m) == "mark" && ctx.Lower[m] == "to");

    /// <summary>Verbs of leaving a place: time given to do them is an order to leave.</summary>
    private static readonly FrozenSet LeavingLemmas = new("leave", "vacate", "quit", "depart", "withdraw", "exit", "evacuate");

    /// <summary>
    /// The doer of the violent or coercive act a verb's object names, when a possessive or a nationality before the noun names
    /// it ("Israel's strike on Hamas officials", "the Israeli raid on Tunis"); null otherwise. An arrest, detention or
    /// expulsion (17x) names its doer by its victim too: "condemned the arrest of Senegal's main opposition leader" is aimed
    /// at Senegal, whose authorities arrest its people. Not where the phrase names a place ("of a French journalist in
    /// Tehran"), which may be another state's, nor for killings, whose victims say nothing of who killed them.
    /// </summary>
    private static ActorSpan? CriticisedDoer(Ctx ctx, Sentence s, int verb)
    {
        foreach (var k in Kids(ctx, s, verb).Where(k => Rel(ctx, k) == "obj"))
        {
            if (!ctx.Lex.Nouns.TryGetValue(Singular(ctx.Lower[k]), out var act) || act.Code.Length < 2 || act.Code[..2] is not ("17" or "18" or "19" or "20")) continue;
            foreach (var m in Kids(ctx, s, k).Where(m => m < k && Rel(ctx, m) is "nmod:poss" or "amod" or "compound"))
                if (ctx.ActorAt[m] is { Code: { Length: >= 3 } } doer && (!doer.IsPlace || Rel(ctx, m) == "nmod:poss")) return doer;
            if (act.Code[..2] != "17") continue;
            foreach (var m in Kids(ctx, s, k).Where(m => m > k && Rel(ctx, m) == "nmod" && CaseOf(ctx, s, m) == "of"))
            {
                var phrase = Subtree(ctx, s, m);
                if (phrase.Any(w => ctx.Lower[w] is "in" or "at" or "from" or "by")) break;
                if (phrase.Order().Select(w => ctx.ActorAt[w]).FirstOrDefault(a => a?.Code is { Length: >= 3 } c && IsCountryCode(ctx, c[..3]) && !(a.AgentOnly)) is { } victim)
                    return victim with { Code = victim.Code![..3], IsPossessor = false };
            }
        }
        return null;
    }

    /// <summary>Token <paramref name="k"/> lies in a clause (advcl, ccomp, acl) of <paramref name="verb"/> rather than in its own phrases.</summary>
    private static bool IsInSubordinateClause(Ctx ctx, Sentence s, int verb, int k)
    {
        for (int steps = 0; k != verb && k >= s.FirstToken && k < s.EndToken && steps < 64; steps++)
        {
            if (Rel(ctx, k) is "advcl" or "ccomp" or "acl" or "acl:relcl" or "parataxis") return true;
            k = ctx.Doc.Tokens[k].Head;
        }
        return false;
    }

    /// <summary>
    /// The gift a subject of arrival is, and its giver: a participle of giving on the subject's phrase ("wheat donated by
    /// Moscow", "tanks supplied by the United States") with a coded "by" agent, coded by the participle's aid code (07x), else
    /// 072 for arms and 070 for other goods; or a nationality's vehicle carrying relief goods (073) or arms (072). Null otherwise.
    /// </summary>
    private (string Code, Party Giver)? DeliveredGift(Ctx ctx, Sentence s, int verb)
    {
        var sentUpper = new ArraySegment<string>(ctx.Upper, s.FirstToken, s.TokenCount);
        foreach (var subj in Kids(ctx, s, verb).Where(k => Rel(ctx, k) == "nsubj" && ctx.ActorAt[k] is null))
            foreach (var p in Subtree(ctx, s, subj).Where(p => Rel(ctx, p) == "acl" && ctx.Doc.Tokens[p].Xpos == "VBN").Order())
            {
                if (Kids(ctx, s, p).FirstOrDefault(k => IsAgentPhrase(ctx, s, k) && PhraseActors(ctx, s, k, 0).Any(a => IsCoded(a))) is not (> 0 and var by)) continue;
                var giver = PhraseActors(ctx, s, by, 0).First(a => IsCoded(a));
                string? code = null;
                foreach (var (form, len) in lex.Verbs.FormsAt(sentUpper, p - s.FirstToken))
                    if (PatternCode(ctx, s, p, form, len).Code is { Length: >= 3 } c && c[..2] == "07") { code = c; break; }
                if (code is null && GivingLemmas.Contains(LemmaAt(ctx, p)))
                    code = Subtree(ctx, s, subj).Any(w => w < p && ArmsNouns.Contains(ctx.Lower[w])) ? "072" : "070";
                if (code is not null) return (code, giver);
            }
        // "A Saudi aircraft carrying 35 tonnes of food landed in Aleppo": a vehicle of a nationality carrying relief goods or
        // arms delivers them for its state (073, 072).
        foreach (var subj in Kids(ctx, s, verb).Where(k => Rel(ctx, k) == "nsubj"))
        {
            // The vehicle's own mention ("Saudi aircraft" SAUMIL), or a nationality before it.
            // ("Hundreds of Kenyan police officers": the nationality may stand on a noun the subject counts, not in a clause on it.)
            var carried = Subtree(ctx, s, subj).Where(m => Rel(ctx, m) is "acl" or "acl:relcl").SelectMany(m => Subtree(ctx, s, m)).ToHashSet();
            var owner = ctx.ActorAt[subj] is { IsPlace: false, Code: { Length: >= 3 } own } vehicle && IsCountryCode(ctx, own[..3]) ? vehicle
                : Subtree(ctx, s, subj).Where(m => !carried.Contains(m) && Rel(ctx, m) is "amod" or "compound" && ctx.Doc.Tokens[m].Head is var h && (h == subj || Rel(ctx, h) == "nmod")).Select(m => ctx.ActorAt[m])
                    .FirstOrDefault(a => a is { Code: { Length: 3 or 6 } c } && IsCountryCode(ctx, c[..3])) is { } nationality ? nationality with { IsPlace = false } : null;
            if (owner is null) continue;
            // ("A Russian convoy of 60 trucks carrying food": the participle may hang on a noun inside the subject's phrase.)
            foreach (var carrying in Subtree(ctx, s, subj).Where(m => Rel(ctx, m) == "acl" && LemmaAt(ctx, m) == "carry"))
            {
                var cargo = Subtree(ctx, s, carrying).Where(w => w > carrying).Select(w => ctx.Lower[w]).ToList();
                if (cargo.Any(ArmsNouns.Contains)) return ("072", owner);
                if (cargo.Any(ReliefGoods.Contains)) return ("073", owner);
            }
            // "A Japanese relief team arrived on Sunday with tents, water purifiers and medicine": so is arriving with them.
            // ("landed in the Nepali capital on Wednesday with rice, tents and medicines": the parse may hang the "with" phrase
            // on the place.)
            if (Kids(ctx, s, verb).Where(k => k > verb && Rel(ctx, k) == "obl").SelectMany(k => Kids(ctx, s, k).Append(k))
                    .Any(k => Rel(ctx, k) is "obl" or "nmod" && CaseOf(ctx, s, k) == "with" && Subtree(ctx, s, k).Any(w => ReliefGoods.Contains(ctx.Lower[w]))))
                return ("073", owner);
            // "South African troops arrived in Bujumbura to protect Hutu politicians", "Kenyan police officers landed in
            // Port-au-Prince to spearhead a security mission": a state's troops or police arriving to protect, guard or restore
            // order give military protection (074).
            string? forceRole = owner.Code is { Length: 6 } force && force[3..] is "MIL" or "COP" ? force[3..]
                : Subtree(ctx, s, subj).Where(w => !carried.Contains(w)).Select(w => ctx.Lower[w]).FirstOrDefault(DeployedForceRoles.ContainsKey) is { } forceWord ? DeployedForceRoles[forceWord] : null;
            if (forceRole is not null
                && Kids(ctx, s, verb).Any(k => Rel(ctx, k) is "advcl" or "xcomp" && HasToMark(ctx, s, k) && ProtectionLemmas.Contains(LemmaAt(ctx, k))))
                return ("074", owner.Code!.Length == 3 ? owner with { Code = owner.Code + forceRole } : owner);
        }
        return null;
    }

    /// <summary>Words for a state's troops and police sent abroad, and their CAMEO role.</summary>
    private static readonly IReadOnlyDictionary<string, string> DeployedForceRoles = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["troops"] = "MIL", ["soldiers"] = "MIL", ["paratroopers"] = "MIL", ["marines"] = "MIL", ["peacekeepers"] = "MIL",
        ["police"] = "COP", ["policemen"] = "COP",
    };

    /// <summary>What troops or police sent abroad come to do as protectors ("to protect civilians", "to restore order").</summary>
    private static readonly FrozenSet ProtectionLemmas = new("protect", "guard", "restore", "secure", "shield", "police", "spearhead", "keep", "patrol", "maintain");

    /// <summary>Relief goods a vehicle may carry ("carrying food and medical supplies").</summary>
    private static readonly FrozenSet ReliefGoods = new("food", "aid", "medicine", "medicines", "supplies", "wheat", "grain", "flour", "rice", "tents",
        "blankets", "water", "fuel", "vaccines", "biscuits");

    /// <summary>Weapons as goods given ("tanks supplied by the United States": military aid, 072).</summary>
    private static readonly FrozenSet ArmsNouns = new("tanks", "missiles", "weapons", "arms", "jets", "aircraft", "ammunition", "howitzers", "drones",
        "rockets", "artillery", "helicopters", "fighters", "warplanes", "rifles", "shells", "munitions");

    /// <summary>Verbs of giving goods to a party.</summary>
    private static readonly FrozenSet GivingLemmas = new("donate", "supply", "give", "send", "ship", "provide", "deliver", "gift");

    /// <summary>
    /// The CAMEO code of letting an international body's people in or act: 0862 for observers, inspectors, monitors and
    /// their delegations, 086 for others; null when the object names no international or non-governmental body.
    /// </summary>
    private static string? AllowedInvolvement(Ctx ctx, Sentence s, int verb)
    {
        // ("A team of IAEA inspectors was allowed back into North Korea's Yongbyon complex by Pyongyang": or the passive's subject.)
        foreach (var k in Kids(ctx, s, verb).Where(k => k > verb && Rel(ctx, k) == "obj" || k < verb && Rel(ctx, k) == "nsubj:pass"))
        {
            var body = Subtree(ctx, s, k).Where(w => w >= k || Rel(ctx, w) is "amod" or "compound" or "nmod:poss").Select(w => ctx.ActorAt[w])
                .FirstOrDefault(a => IsInternationalBody(a?.Code));
            if (body is null) continue;
            return Subtree(ctx, s, k).Any(w => ObserverNouns.Contains(ctx.Lower[w])) ? "0862" : "086";
        }
        return null;
    }

    /// <summary>The CAMEO code of expelling an international body's people, by what the object calls them: 1661 peacekeepers, 1662 observers and inspectors, else 1663.</summary>
    private static string ExpelledInvolvement(Ctx ctx, Sentence s, int verb)
    {
        var words = Kids(ctx, s, verb).Where(k => k > verb && Rel(ctx, k) == "obj").SelectMany(k => Subtree(ctx, s, k)).Select(w => ctx.Lower[w]).ToList();
        return words.Any(w => w.StartsWith("peacekeep", StringComparison.Ordinal)) ? "1661" : words.Any(ObserverNouns.Contains) ? "1662" : "1663";
    }

    /// <summary>People who speak or negotiate for a party ("negotiators for", "envoys of", "officials from").</summary>
    private static readonly FrozenSet DelegateNouns = new("negotiators", "negotiator", "envoys", "representatives", "delegates", "delegations",
        "delegation", "officials", "emissaries", "diplomats");

    /// <summary>People an international body sends to watch or check ("observers", "inspectors", "a delegation").</summary>
    private static readonly FrozenSet ObserverNouns = new("observer", "observers", "inspector", "inspectors", "monitor", "monitors", "verifier",
        "verifiers", "delegate", "delegates", "delegation", "investigators", "investigator", "rapporteur", "mission", "team");

    /// <summary>
    /// A lawsuit: "took Slovakia to the World Court" (a coded party taken to a court or tribunal), "brought / filed a case
    /// against the United States" (a case, suit or lawsuit against a party).
    /// </summary>
    private bool Lawsuit(Ctx ctx, Sentence s, int verb, string lemma)
    {
        var kids = Kids(ctx, s, verb);
        if (lemma == "take")
            return kids.Any(k => Rel(ctx, k) == "obj" && PhraseActors(ctx, s, k, 0).Any(a => !a.IsPossessor && a.Code is { Length: >= 3 } c && (IsCountryCode(ctx, c[..3]) || c.Length == 3)))
                && kids.Any(k => Rel(ctx, k) == "obl" && CaseOf(ctx, s, k) == "to" && CourtNouns.Contains(ctx.Lower[k]));
        if (lemma is "bring" or "file" or "launch" or "lodge" or "institute")
            return kids.Any(k => Rel(ctx, k) == "obj" && CaseNouns.Contains(ctx.Lower[k])
                && Kids(ctx, s, k).Concat(kids).Any(n => Rel(ctx, n) is "nmod" or "obl" && CaseOf(ctx, s, n) == "against" && PhraseActors(ctx, s, n, 0).Any(IsCoded)));
        return false;
    }

    /// <summary>Courts a party may be taken to.</summary>
    private static readonly FrozenSet CourtNouns = new("court", "tribunal");

    /// <summary>What is brought against a party in a court.</summary>
    private static readonly FrozenSet CaseNouns = new("case", "suit", "lawsuit", "action", "proceedings");

    /// <summary>A state's own armed or police forces as an order's object names them.</summary>
    private static readonly FrozenSet OwnForceNouns = new("troops", "forces", "army", "soldiers", "units", "police", "navy", "warships", "military", "commanders");

    private string? RefusedAct(Ctx ctx, Sentence s, int verb, bool ofNoun = false)
    {
        foreach (var k in Kids(ctx, s, verb).Where(k => (ofNoun ? Rel(ctx, k) == "acl" && HasToMark(ctx, s, k) : IsInfinitiveComplement(ctx, s, k)) && ctx.Doc.Tokens[k].Upos == "VERB"
            && (HasObject(ctx, s, k) || IsResigning(ctx, s, k) || ObjectSideActors(ctx, s, k, 1).Count > 0 || YieldedActParty(ctx, s, k) is not null || RecipientParty(ctx, s, k, partner: false) is not null)))
        {
            // "refused to let the U.N. special rapporteur visit the country": letting a party in or act is yielding (080), whatever
            // the dictionary makes of "let".
            if ((ctx.Doc.Tokens[k].Lemma ?? "").ToLowerInvariant() == "let" && Kids(ctx, s, k).Any(o => Rel(ctx, o) == "obj")) return "080";
            if (IsResigning(ctx, s, k)) return "0831";
            if (CooperativeActAt(ctx, s, k) is { } act) return act;
        }
        return null;
    }

    /// <summary>
    /// The verb has an object, or a phrase right after its particle that the parse made an oblique of it ("refused to take in
    /// any more refugees from Kyrgyzstan").
    /// </summary>
    private static bool HasObject(Ctx ctx, Sentence s, int verb) =>
        Kids(ctx, s, verb).Any(o => Rel(ctx, o) == "obj"
            || Rel(ctx, o) == "obl" && verb + 1 < s.EndToken && ctx.Doc.Tokens[verb + 1].Head == o && ctx.Lower[verb + 1] is "in" or "back" or "over" or "up" or "out" or "off"
            // ("refused to hand over a former governor wanted in Kiev": the parse may read the object as the subject of a
            // participle after it, a clause of the verb.)
            || Rel(ctx, o) == "ccomp" && ctx.Doc.Tokens[o].Xpos is "VBN" or "VBD" && Kids(ctx, s, o).Any(n => Rel(ctx, n) == "nsubj" && verb < n && n < o));

    /// <summary>The first code a verb pattern gives the verb at <paramref name="k"/> that is a cooperative act (quad classes 1 and 2, not a statement), or null.</summary>
    private string? CooperativeActAt(Ctx ctx, Sentence s, int k)
    {
        var sentUpper = new ArraySegment<string>(ctx.Upper, s.FirstToken, s.TokenCount);
        foreach (var (form, len) in lex.Verbs.FormsAt(sentUpper, k - s.FirstToken))
            if (PatternCode(ctx, s, k, form, len).Code is { Length: >= 2 } c && c[..2] != "01" && CameoCodebook.Lookup(c)?.QuadClass is 1 or 2) return c;
        return null;
    }

    /// <summary>The cooperative act (quad classes 1 and 2) a gerund ruled out names ("ruled out repealing the laws": 0832), or null.</summary>
    private string? RuledOutAct(Ctx ctx, Sentence s, int verb) =>
        Kids(ctx, s, verb).Where(k => k > verb && Rel(ctx, k) is "xcomp" or "obj" or "ccomp" && ctx.Doc.Tokens[k].Xpos == "VBG")
            .Select(k => CooperativeActAt(ctx, s, k)).FirstOrDefault(c => c is not null);

    /// <summary>"refused to step down", "refused to resign": a verb of leaving one's office, which needs no object.</summary>
    private static bool IsResigning(Ctx ctx, Sentence s, int verb) => LemmaAt(ctx, verb) switch
    {
        "resign" or "abdicate" => true,
        "step" or "stand" => Kids(ctx, s, verb).Any(p => Rel(ctx, p) == "compound:prt" && ctx.Lower[p] is "down" or "aside"),
        _ => false,
    };

    /// <summary>Nouns of a plan a party may say it has none of ("has no plans to …", "had no intention of …").</summary>
    private static readonly FrozenSet PlanNouns = new("plan", "plans", "intention", "intentions");

    /// <summary>
    /// "The United States has no plans to ease its embargo on Cuba": the object of <paramref name="verb"/> that is a plan
    /// with "no" before it, whose infinitive names the act disowned; -1 when there is none.
    /// </summary>
    private static int DisownedPlan(Ctx ctx, Sentence s, int verb) =>
        Kids(ctx, s, verb).FirstOrDefault(k => Rel(ctx, k) == "obj" && PlanNouns.Contains(ctx.Lower[k]) && Kids(ctx, s, k).Any(d => ctx.Lower[d] == "no"), -1);

    /// <summary>
    /// Whether a participle clause of the verb says it yields to pressure ("bowing to student demands", "yielding to weeks of
    /// protests", "giving in to the strikers") or meets a demand ("meeting a key demand of the minority").
    /// </summary>
    private static bool ConcessionClause(Ctx ctx, Sentence s, int verb) =>
        // Most sentences have no such participle at all: one look at the words first, before walking the parse.
        Enumerable.Range(s.FirstToken, s.TokenCount).Any(k => ctx.Doc.Tokens[k].Xpos == "VBG" && ConcessionLemmas.Contains((ctx.Doc.Tokens[k].Lemma ?? "").ToLowerInvariant()))
        // "King Hussein, bowing to four days of riots, dismissed the government": the parse may hang the clause on the subject.
        // "voted to amend the constitution so that prime ministers must be elected, meeting the main demand of the movement":
        // or, after a comma, on the verb of a clause that completes the act.
        && Kids(ctx, s, verb).Concat(Kids(ctx, s, verb).Where(k => Rel(ctx, k) == "nsubj").SelectMany(k => Kids(ctx, s, k)))
        // "withdrew a draft law on Thursday, it said in a statement, bowing to two nights of protests": or on the verb that
        // reports the act.
        // ("granted Syrian citizenship to stateless Kurds, state news agency SANA reported, meeting a decades-old demand": or on
        // the reporting verb the parse hung beside the act.)
        .Concat(Kids(ctx, s, verb).Where(k => k > verb && (Rel(ctx, k) is "advcl" or "ccomp" or "xcomp" || Rel(ctx, k) == "parataxis" && ReportingLemmas.Contains(LemmaAt(ctx, k))))
            .SelectMany(k => Kids(ctx, s, k))
            .Concat(Rel(ctx, verb) == "ccomp" && ctx.Doc.Tokens[verb].Head is >= 0 and var reporting && reporting > verb
                && ReportingLemmas.Contains(LemmaAt(ctx, reporting)) ? Kids(ctx, s, reporting).Where(k => k > reporting) : [])
            .Where(k => k > s.FirstToken && ctx.Lower[k - 1] == ","))
        .Any(k => Rel(ctx, k) is "advcl" or "xcomp" or "conj" or "parataxis" or "acl" or "ccomp" && ctx.Doc.Tokens[k].Xpos == "VBG"
            && (YieldsTo(ctx, s, k) || (ctx.Doc.Tokens[k].Lemma ?? "").ToLowerInvariant() switch
            {
                "give" => Kids(ctx, s, k).Any(m => ctx.Lower[m] == "in"),
                "meet" => Kids(ctx, s, k).Any(m => Rel(ctx, m) == "obj" && DemandNouns.Contains(LemmaAt(ctx, m))),
                _ => false,
            }));

    /// <summary>Whether the verb at <paramref name="k"/> bows, yields or accedes to something ("bowing to student demands").</summary>
    private static bool YieldsTo(Ctx ctx, Sentence s, int k) =>
        (ctx.Doc.Tokens[k].Lemma ?? "").ToLowerInvariant() is "bow" or "yield" or "accede" && Kids(ctx, s, k).Any(m => CaseOf(ctx, s, m) == "to");

    /// <summary>Lemmas of a participle clause of yielding or meeting a demand ("bowing to", "yielding to", "giving in", "meeting").</summary>
    private static readonly FrozenSet ConcessionLemmas = new("bow", "yield", "give", "meet", "accede");

    /// <summary>Verbs that undo a policy or measure ("scrapped a fare increase", "restored the fuel subsidy").</summary>
    private static readonly FrozenSet ReversalLemmas = new("scrap", "reverse", "rescind", "repeal", "shelve", "abandon", "restore", "cancel", "revoke", "annul", "drop", "retract");

    /// <summary>Words of the pressure a policy is undone under: protest, unrest, strikes, demands.</summary>
    private static readonly FrozenSet PressureLemmas = new("protest", "riot", "rioting", "strike", "blockade", "demonstration", "demonstrate", "unrest",
        "demand", "pressure", "boycott", "stoppage", "march", "uprising");

    /// <summary>
    /// Whether the verb's own clause, its subject aside, names the protest or pressure the act undoes a policy under ("after
    /// four days of road blockades", "that had set off riots", "in a bid to end a general strike", "after thousands protested").
    /// </summary>
    private static bool UndoneUnderPressure(Ctx ctx, Sentence s, int verb)
    {
        // "to cancel the strike" ends the protest itself; "to restore order after three days of rioting" undoes no policy.
        if (Kids(ctx, s, verb).Any(k => Rel(ctx, k) == "obj" && LemmaAt(ctx, k) is var undone
            && (PressureLemmas.Contains(undone) || undone is "order" or "calm" or "peace" or "security" or "stability"))) return false;
        var subject = Kids(ctx, s, verb).Where(k => Rel(ctx, k) is "nsubj").SelectMany(k => Subtree(ctx, s, k)).ToHashSet();
        return Subtree(ctx, s, verb).Any(k => k != verb && !subject.Contains(k) && PressureLemmas.Contains(LemmaAt(ctx, k)))
            // "reversed a doubling of the price of mealie meal, the country's staple, after riots in the Copperbelt left fifteen
            // people dead, state radio said": a later "after riots" says why, however the parse hung it.
            || Enumerable.Range(verb + 1, Math.Max(0, s.EndToken - verb - 1)).Any(k => PressureLemmas.Contains(LemmaAt(ctx, k))
                && Enumerable.Range(1, 3).Any(back => k - back > verb && ctx.Lower[k - back] is "after" or "following" or "amid"));
    }

    /// <summary>
    /// The first party of a "between" phrase anywhere under the verb, after it ("mediated talks between Kabul and …"); with
    /// <paramref name="notOfSide"/>, the first not of that side ("contacts between its ministries and the German embassy").
    /// </summary>
    private ActorSpan? MediatedParty(Ctx ctx, Sentence s, int verb, string? notOfSide = null) =>
        Subtree(ctx, s, verb).Where(n => n > verb && CaseOf(ctx, s, n) == "between").Order()
            .Select(n => PhraseActors(ctx, s, n, 1).FirstOrDefault(a => IsCoded(a) && (notOfSide is null || Side(a.Code) != notOfSide))).FirstOrDefault(a => a is not null);

    /// <summary>
    /// An infinitive complement, also one the parse hung as a purpose clause because a phrase stands between ("refused on
    /// Friday to hand over").
    /// </summary>
    private static bool IsInfinitiveComplement(Ctx ctx, Sentence s, int k) => Rel(ctx, k) == "xcomp" || Rel(ctx, k) == "advcl" && HasToMark(ctx, s, k);

    /// <summary>
    /// The act a threat names and the verb naming it: an infinitive ("threatened to cut off aid"), or a clause of what the
    /// subject's side would do ("warned that Turkey could sever diplomatic ties with Israel if …", a modal before the verb).
    /// </summary>
    private (string Code, int Verb)? ThreatenedClause(Ctx ctx, Sentence s, int verb)
    {
        var sentUpper = new ArraySegment<string>(ctx.Upper, s.FirstToken, s.TokenCount);
        // "threatened on Monday to impose a curfew": the parse may hang the infinitive as a purpose clause past the date.
        foreach (var k in Kids(ctx, s, verb).Where(k => ctx.Doc.Tokens[k].Upos == "VERB" && (IsInfinitiveComplement(ctx, s, k)
            || Rel(ctx, k) == "ccomp" && HasModalAux(ctx, s, k))))
            foreach (var (form, len) in lex.Verbs.FormsAt(sentUpper, k - s.FirstToken))
                if (PatternCode(ctx, s, k, form, len).Code is { Length: >= 3 } c) return (c, k);
        // "Palestinians will walk out of the peace talks if Israel lets the freeze expire, chief negotiator Saeb Erekat warned":
        // a warning after the clause it reports hangs on that clause (parataxis), which says what is threatened.
        // So does "Spain is ready to close its airspace …, the foreign minister warned": a readiness to act, the act.
        if (Rel(ctx, verb) == "parataxis" && ctx.Doc.Tokens[verb].Head is var told and >= 0 && told < verb)
        {
            if (ctx.Lower[told] is "ready" or "prepared" or "willing" && Kids(ctx, s, told).FirstOrDefault(k => Rel(ctx, k) == "xcomp" && ctx.Doc.Tokens[k].Upos == "VERB") is var readyTo and > 0)
                told = readyTo;
            else if (!(ctx.Doc.Tokens[told].Upos == "VERB" && HasModalAux(ctx, s, told)))
                return null;
            foreach (var (form, len) in lex.Verbs.FormsAt(sentUpper, told - s.FirstToken))
                if (PatternCode(ctx, s, told, form, len).Code is { Length: >= 3 } c) return (c, told);
        }
        return null;
    }

    /// <summary>Whether the verb has a future or modal auxiliary ("will walk out", "would strike", "'ll close"): an act told as to come.</summary>
    private static bool HasModalAux(Ctx ctx, Sentence s, int verb) =>
        Kids(ctx, s, verb).Any(a => Rel(ctx, a) == "aux" && ctx.Lower[a] is "would" or "will" or "could" or "might" or "may" or "'ll");

    /// <summary>"wants Kenya to withdraw": an object naming a party, and an infinitive complement saying what it should do.</summary>
    private static bool WantsOtherToAct(Ctx ctx, Sentence s, int verb)
    {
        var kids = Kids(ctx, s, verb);
        return kids.Any(k => Rel(ctx, k) == "obj" && PhraseActors(ctx, s, k, 0).Count > 0)
            && kids.Any(k => Rel(ctx, k) == "xcomp" && ctx.Doc.Tokens[k].Upos == "VERB");
    }

    /// <summary>
    /// The verb's subject, an oblique ("killed in a crash", "died in the landslide") or a clause hung on it ("when their
    /// helicopter crashed") names an accident or disaster, and no "by" agent names who did it.
    /// </summary>
    private bool CausedByAccident(Ctx ctx, Sentence s, int verb)
    {
        var kids = Kids(ctx, s, verb);
        if (kids.Any(k => Rel(ctx, k) == "obl:agent" || Rel(ctx, k) == "obl" && CaseOf(ctx, s, k) == "by" && PhraseActors(ctx, s, k, 0).Count > 0)) return false;
        return kids.Any(k => Rel(ctx, k) is "nsubj" or "obl" or "advcl" && lex.AccidentNouns.Contains(Singular(LemmaAt(ctx, k))));
    }

    /// <summary>The infinitive complement of a promise is a violent act of the dictionary (CAMEO 18–20): "sworn to fight".</summary>
    private bool PromisesViolence(Ctx ctx, Sentence s, int verb)
    {
        var sentUpper = new ArraySegment<string>(ctx.Upper, s.FirstToken, s.TokenCount);
        foreach (var k in Kids(ctx, s, verb).Where(k => Rel(ctx, k) == "xcomp" && ctx.Doc.Tokens[k].Upos == "VERB"))
            foreach (var (form, len) in lex.Verbs.FormsAt(sentUpper, k - s.FirstToken))
                if (PatternCode(ctx, s, k, form, len).Code is { Length: >= 2 } c && c[..2] is "18" or "19" or "20") return true;
        return false;
    }

    /// <summary>
    /// A promise whose infinitive complement is no hostile act of the dictionary (CAMEO 11–20): "vows to keep resupplying
    /// its marines" promises nothing against anyone. Null when the verb has no such complement.
    /// </summary>
    private bool? PromisesOnlyPeace(Ctx ctx, Sentence s, int verb)
    {
        var sentUpper = new ArraySegment<string>(ctx.Upper, s.FirstToken, s.TokenCount);
        var complements = Kids(ctx, s, verb).Where(k => Rel(ctx, k) == "xcomp" && ctx.Doc.Tokens[k].Upos == "VERB").ToList();
        if (complements.Count == 0) return null;
        foreach (var k in complements)
            foreach (var (form, len) in lex.Verbs.FormsAt(sentUpper, k - s.FirstToken))
                if (PatternCode(ctx, s, k, form, len).Code is { } c && CameoCodebook.Lookup(c) is { QuadClass: 3 or 4 }) return false;
        return true;
    }

    /// <summary>The first verb of the infinitive chain under <paramref name="verb"/> ("prepared to resume shelling") that the dictionary codes as violence (CAMEO 18–20).</summary>
    private int? ViolentComplement(Ctx ctx, Sentence s, int verb, int depth)
    {
        var sentUpper = new ArraySegment<string>(ctx.Upper, s.FirstToken, s.TokenCount);
        foreach (var k in Kids(ctx, s, verb).Where(k => Rel(ctx, k) == "xcomp" && ctx.Doc.Tokens[k].Upos == "VERB"))
        {
            foreach (var (form, len) in lex.Verbs.FormsAt(sentUpper, k - s.FirstToken))
                if (PatternCode(ctx, s, k, form, len).Code is { Length: >= 2 } c && c[..2] is "18" or "19" or "20") return k;
            if (depth > 1 && ViolentComplement(ctx, s, k, depth - 1) is { } deeper) return deeper;
        }
        return null;
    }

    /// <summary>Verbs that only say an act named by their object took place, began or was made known.</summary>
    private static readonly FrozenSet LightVerbs = new("announce", "launch", "stage", "impose", "declare", "begin", "start", "conduct", "carry", "mount",
        "order", "hold", "resume", "unleash", "intensify", "escalate", "wage", "initiate", "step", "open", "undertake", "perpetrate", "commit", "go", "lead", "lay",
        "complete", "conclude", "finish", "make", "issue",
        // "entered the 55th day of a hunger strike", "extended their strike into a twelfth day", "kept up their sit-in": an act
        // kept up is the subject's.
        "enter", "extend", "continue", "keep", "maintain",
        // "a condemnation … was delivered to Moscow", "an apology was conveyed to Nairobi"
        "deliver", "convey");

    /// <summary>The coded subject of the light verb ("announce", "launch", "stage" …) whose direct object is the noun at <paramref name="noun"/>.</summary>
    private static ActorSpan? LightVerbSubject(Ctx ctx, Sentence s, int noun)
    {
        if (LightVerbOf(ctx, s, noun) is not { } verb) return null;
        // "militias engaged in ethnic cleansing, a report said": "engaged" describing a noun says what that noun's referent does.
        if (ctx.Doc.Tokens[verb] is { DepRel: "acl", Lemma: "engage", Head: >= 0 } described)
            return PhraseActors(ctx, s, described.Head, 0).FirstOrDefault(a => a.Code is { Length: >= 3 });
        var args = ArgumentsFromParse(ctx, s, verb);
        // A passive light verb's doer is its agent, when the noun is its subject ("was issued by Eritrea's relief commission").
        if (args.Passive && Rel(ctx, noun) != "nsubj:pass") return null;
        return args.Sources.FirstOrDefault(a => a.Code is { Length: >= 3 });
    }

    /// <summary>Things whose use against a party is force ("chemical weapons", "arms", "missiles").</summary>
    private static readonly FrozenSet ForceNouns = new("weapon", "weapons", "arms", "missile", "missiles", "bomb", "bombs", "rocket", "rockets", "gas", "force");

    /// <summary>
    /// "claims to be producing chemical weapons to use against Israel", "is building missiles it will use against the rebels":
    /// "use" with an "against" party, of weapons named as its own object, its governor's object or the noun it describes.
    /// </summary>
    private static bool WeaponsUsedAgainst(Ctx ctx, Sentence s, int use)
    {
        var t = ctx.Doc.Tokens[use];
        if ((t.Lemma ?? t.Text).ToLowerInvariant() != "use") return false;
        if (!Kids(ctx, s, use).Any(k => Rel(ctx, k) == "obl" && CaseOf(ctx, s, k) == "against" && PhraseActors(ctx, s, k, 0).Count > 0)) return false;
        bool Weapon(int k) => ForceNouns.Contains(ctx.Lower[k]);
        if (Kids(ctx, s, use).FirstOrDefault(k => Rel(ctx, k) == "obj", -1) is var own and >= 0) return Weapon(own);
        if (t.Head < s.FirstToken || t.Head >= s.EndToken) return false;
        if (t.DepRel is "acl" or "acl:relcl") return Weapon(t.Head);
        return t.DepRel is "xcomp" or "advcl" && Kids(ctx, s, t.Head).Any(k => Rel(ctx, k) == "obj" && Weapon(k));
    }

    /// <summary>A "use" of weapons against a party in the clauses under the verb that share its subject (infinitives, purpose clauses, at most three deep).</summary>
    private static int? WeaponUseBelow(Ctx ctx, Sentence s, int verb)
    {
        var frontier = new List<int> { verb };
        for (int depth = 0; depth < 3 && frontier.Count > 0; depth++)
        {
            var next = new List<int>();
            foreach (var v in frontier)
                foreach (var k in Kids(ctx, s, v))
                {
                    // Only clauses that share the verb's subject: "an official said Iraq claims …" is not the official's threat.
                    bool clause = (Rel(ctx, k) is "xcomp" or "advcl" || Rel(ctx, k) is "acl" or "acl:relcl" && v != verb)
                        && !Kids(ctx, s, k).Any(n => Rel(ctx, n) is "nsubj" or "nsubj:pass" && !RelativePronouns.Contains(ctx.Lower[n]));
                    if (Rel(ctx, k) == "obj") next.Add(k);
                    else if (clause) { if (WeaponsUsedAgainst(ctx, s, k)) return k; next.Add(k); }
                }
            frontier = next;
        }
        return null;
    }

    /// <summary>Words that promise or offer the act of their infinitive ("pledged to send", "offered to mediate", "is ready to hold talks").</summary>
    private static readonly FrozenSet PledgeLemmas = new("pledge", "promise", "offer", "agree", "undertake", "volunteer", "ready", "willing", "prepared", "determined", "committed");

    /// <summary>
    /// "Britain pledged to send food to flood victims", "Nigeria offered to send troops to Liberia", "agreed to withdraw and
    /// release the prisoners": the promise, offer or agreement governing the infinitive at <paramref name="verb"/> (through
    /// coordinated infinitives), or the noun of such a will a party states ("expressed willingness to resume talks"; not
    /// "rejected the offer to hold talks"), whose act is not done but intended. Null when the verb is no such infinitive.
    /// </summary>
    private static int? PledgingGovernor(Ctx ctx, Sentence s, int verb)
    {
        int v = verb;
        while (ctx.Doc.Tokens[v].DepRel == "conj" && ctx.Doc.Tokens[v].Head >= s.FirstToken) v = ctx.Doc.Tokens[v].Head;
        // "is ready to begin exchanging military intelligence": an act begun or resumed is pledged as its beginning is.
        if (ctx.Doc.Tokens[v] is { Xpos: "VBG", DepRel: "xcomp", Head: var onset } && onset >= s.FirstToken && OnsetLemmas.Contains(LemmaAt(ctx, onset))) v = onset;
        var t = ctx.Doc.Tokens[v];
        if (t.DepRel is not ("xcomp" or "acl" or "advcl") || t.Head < s.FirstToken || !HasToMark(ctx, s, v)) return null;
        var g = ctx.Doc.Tokens[t.Head];
        var governor = (g.Lemma ?? ctx.Lower[t.Head]).ToLowerInvariant();
        // "Luanda was prepared to free …": the participle the parse reads as a passive is the adjective of readiness.
        if (governor == "prepare" && g.Xpos == "VBN") governor = "prepared";
        // "announced its intention to withdraw": the parse may hang the infinitive on the stating verb, beside the noun.
        if (t.DepRel == "xcomp" && StatingLemmas.Contains(governor)
            && Kids(ctx, s, t.Head).FirstOrDefault(k => Rel(ctx, k) == "obj" && k < v && PledgeNouns.Contains(ctx.Lower[k]), -1) is var willed and >= 0) return willed;
        // "agreed on Saturday to pull its forces back": the parse may hang the promised infinitive as a purpose clause.
        return t.DepRel is "xcomp" or "advcl" ? PledgeLemmas.Contains(governor) && g.Upos is "VERB" or "ADJ" or "AUX" ? t.Head : null
            : PledgeNouns.Contains(governor) && g.Upos == "NOUN" && g.DepRel == "obj" && g.Head >= s.FirstToken
              && StatingLemmas.Contains(LemmaAt(ctx, g.Head)) ? t.Head : null;
    }

    /// <summary>
    /// Whether the act at <paramref name="verb"/> is announced for the future or offered: "would extend …", "will be made
    /// available …", "stands ready to supply …".
    /// </summary>
    private bool AnnouncedAct(Ctx ctx, Sentence s, int verb) =>
        ModalityAt(ctx, s, verb) is var m && (m == Modality.Future || m == Modality.Hypothetical && IsReportedWould(ctx, s, verb)) || PledgingGovernor(ctx, s, verb) is not null;

    /// <summary>Verbs of speaking that, as a participle beside an act, say it was done in words ("…, describing …").</summary>
    private static readonly FrozenSet SpeakingParticiples = new("say", "tell", "speak", "describe", "call", "argue", "insist", "dismiss", "accuse", "reject", "warn", "stress");

    /// <summary>
    /// Whether a participle of speaking follows the verb with no other verb between them in the parse ("…, describing …", or
    /// in a "with" phrase: "defended Myanmar's government, with its U.N. ambassador telling the Security Council …").
    /// </summary>
    private static bool SaidWhileActing(Ctx ctx, Sentence s, int verb) =>
        Subtree(ctx, s, verb).Any(k => k > verb && ctx.Doc.Tokens[k].Xpos == "VBG" && SpeakingParticiples.Contains(LemmaAt(ctx, k)) && ClauseVerbAbove(ctx, s, k) == verb);

    /// <summary>
    /// The first verb above token <paramref name="k"/> in the parse, walking up through nouns, punctuation and relative clauses
    /// ("defended Venezuela's government against what he called a 'coup offensive' …, speaking a day after …": the parse
    /// hangs "speaking" on "called"), or -1.
    /// </summary>
    private static int ClauseVerbAbove(Ctx ctx, Sentence s, int k)
    {
        for (int h = ctx.Doc.Tokens[k].Head, steps = 0; h >= s.FirstToken && h < s.EndToken && steps < 20; h = ctx.Doc.Tokens[h].Head, steps++)
            if (ctx.Doc.Tokens[h].Upos is "VERB" or "AUX" && Rel(ctx, h) != "acl:relcl") return h;
        return -1;
    }

    /// <summary>
    /// Whether the verb orders a party to cut its embassy or its mission's staff ("ordered Russia to cut its embassy staff by more
    /// than half").
    /// </summary>
    private static bool OrderedToCutMission(Ctx ctx, Sentence s, int verb) =>
        Kids(ctx, s, verb).Any(x => x > verb && Rel(ctx, x) is "xcomp" or "advcl" && HasToMark(ctx, s, x) && LemmaAt(ctx, x) is "cut" or "reduce" or "halve" or "shrink"
            && Kids(ctx, s, x).Where(k => Rel(ctx, k) == "obj").SelectMany(k => Subtree(ctx, s, k)).Any(k => ctx.Lower[k] is "embassy" or "staff" or "diplomats" or "mission"));

    /// <summary>Verbs by which a party states its own will ("expressed its willingness", "reaffirmed its commitment", "made an offer").</summary>
    private static readonly FrozenSet StatingLemmas = new("express", "announce", "reaffirm", "reiterate", "declare", "state", "confirm", "signal", "indicate", "voice", "make", "give", "renew");

    /// <summary>Nouns of a stated will to act ("expressed its willingness to resume talks", "announced its readiness to withdraw").</summary>
    private static readonly FrozenSet PledgeNouns = new("willingness", "readiness", "preparedness", "commitment", "pledge", "promise", "offer", "undertaking", "intention");

    /// <summary>"to stop the fighting", "to impose sanctions": the clause at <paramref name="k"/> is an infinitive marked by "to".</summary>
    private static bool HasToMark(Ctx ctx, Sentence s, int k) => Kids(ctx, s, k).Any(m => Rel(ctx, m) == "mark" && ctx.Lower[m] == "to");

    /// <summary>Whether the event noun ending at <paramref name="noun"/> (one word or two: "hunger strike") is a protest (CAMEO 14).</summary>
    private static bool ProtestNounAt(Ctx ctx, int noun) =>
        (noun > 0 && ctx.Lex.Nouns.TryGetValue(ctx.Lower[noun - 1] + " " + Singular(ctx.Lower[noun]), out var named) || ctx.Lex.Nouns.TryGetValue(Singular(ctx.Lower[noun]), out named))
        && named.Code.StartsWith("14", StringComparison.Ordinal);

    /// <summary>Verbs of entering or staying in a state named with "on" ("went on strike", "remained on hunger strike").</summary>
    private static readonly FrozenSet OnStateVerbs = new("go", "remain", "stay", "be", "come");

    /// <summary>Nouns that count occurrences of an act ("a round of talks", "a series of meetings").</summary>
    private static readonly FrozenSet RoundNouns = new("round", "series", "session", "wave");

    /// <summary>
    /// Single days or weeks of an act kept up ("the 55th day of a hunger strike"); counted ones ("10 days of war games") only say
    /// how long. Hours of a meeting are the meeting held ("held two hours of talks with King Hassan").
    /// </summary>
    private static readonly FrozenSet DayOfActNouns = new("day", "week", "month", "hour", "hours");

    /// <summary>The light verb ("announce", "launch", "lay" …) whose direct object is the noun at <paramref name="noun"/>.</summary>
    private static int? LightVerbOf(Ctx ctx, Sentence s, int noun)
    {
        var t = ctx.Doc.Tokens[noun];
        // "launched artillery, mortar, and rocket fire": the noun may be the last conjunct of the object.
        int obj = noun;
        if (t.DepRel == "conj" && t.Head >= s.FirstToken && t.Head < s.EndToken) obj = t.Head;
        // "held a new round of talks": a round or series of the act is the act.
        if (t.DepRel == "nmod" && t.Head >= s.FirstToken && t.Head < s.EndToken && CaseOf(ctx, s, noun) == "of"
            && (RoundNouns.Contains(LemmaAt(ctx, t.Head)) || DayOfActNouns.Contains(ctx.Lower[t.Head]))) obj = t.Head;
        var o = ctx.Doc.Tokens[obj];
        // "Eight Tunisian opposition figures have been on hunger strike for a week": a protest the subject is "on", with the
        // noun the clause's predicate, is the subject's; the noun stands for its own light verb.
        if (Kids(ctx, s, obj).Any(k => Rel(ctx, k) == "cop") && CaseOf(ctx, s, obj) == "on" && Kids(ctx, s, obj).Any(k => Rel(ctx, k) == "nsubj")
            && ProtestNounAt(ctx, noun)) return obj;
        if (o.Head < s.FirstToken || o.Head >= s.EndToken) return null;
        var verb = ctx.Doc.Tokens[o.Head];
        // "workers went on strike", "students remained on hunger strike": a state entered with "on" is the subject's act;
        // so is what the subject "engaged in" ("militias engaged in ethnic cleansing").
        if (o.DepRel == "obl" && verb.Upos is "VERB" or "AUX" && (verb.Lemma ?? verb.Text).ToLowerInvariant() is var lv
            && (CaseOf(ctx, s, obj) == "on" && OnStateVerbs.Contains(lv) || CaseOf(ctx, s, obj) == "in" && lv == "engage"
                // "pressed ahead with a hunger strike", "went ahead with the boycott", "persisted with their strike": a protest
                // kept up "with" is the subject's (other acts so kept up are what a condition or a plan names: "if Israel
                // pressed ahead with its raids").
                // ("pressed on with a hunger strike": the parse may make "on" a second case of the noun.)
                || Kids(ctx, s, obj).Any(k => Rel(ctx, k) == "case" && ctx.Lower[k] == "with") && ProtestNounAt(ctx, noun)
                    && (lv is "continue" or "proceed" or "persist" || lv is "press" or "push" or "go" or "forge"
                        && (Kids(ctx, s, o.Head).Any(k => ctx.Lower[k] is "ahead" or "on") || ctx.Lower[o.Head + 1] is "ahead" or "on")))) return o.Head;
        // "An appeal to the United Nations was issued by Eritrea's relief commission": the passive subject of a light verb
        // is its object.
        if (o.DepRel is not ("obj" or "nsubj:pass")) return null;
        return verb.Upos == "VERB" && LightVerbs.Contains((verb.Lemma ?? verb.Text).ToLowerInvariant()) ? o.Head : null;
    }

    /// <summary>
    /// The parties of an act a noun names, read from the parse: its doer from a "by" phrase on the noun, or from the agent
    /// of a passive verb whose subject the noun is ("The blockade … was tightened by Azerbaijan"), or from the "of" phrase
    /// of a noun whose "of" names the doer (role "source": "a deployment of Venezuelan battalions"); the party it is done to
    /// from its "of" phrase (role "target"), an "against", "on", "at" or "into" phrase, or, for meetings, aid, handing over,
    /// intents and reduced relations, a "to", "for" or "with" phrase. Nulls where none is named.
    /// </summary>
    private static (ActorSpan? Source, ActorSpan? Target) NounPhraseArguments(Ctx ctx, Sentence s, int noun, string ofRole, string code)
    {
        ActorSpan? source = null, target = null;
        ActorSpan? Party(int k) => PhraseActors(ctx, s, k, 0).FirstOrDefault(a => a.Code is { Length: >= 3 });
        bool receives = code[..2] is "02" or "03" or "04" or "06" or "07" or "05" or "16" || code == "191";
        // "a condemnation of the Russian parliament's claim": a verbal act that only a light verb makes one names its
        // party in its "of" phrase as an attack does.
        if (ofRole == "light" && code[..2] is "11" or "12") ofRole = "target";
        foreach (var k in Kids(ctx, s, noun).Where(k => Rel(ctx, k) == "nmod"))
        {
            var c = CaseOf(ctx, s, k);
            if (c == "by") source ??= Party(k);
            // (not one a light verb's subject owns: "announced the withdrawal of its troops" is the subject's)
            else if (c == "of" && ofRole == "source" && !Kids(ctx, s, k).Any(m => Rel(ctx, m) == "nmod:poss" && OwnerPronouns.Contains(ctx.Lower[m]))) source ??= Party(k);
            else if (c == "of" && ofRole == "target") target ??= Party(k);
            else if (c is "against" or "on" or "at" or "into" && code[..2] is not ("04" or "03")) target ??= Party(k);
            else if (receives && c is "to" or "for" || code[..2] is "04" or "06" or "16" && c == "with") target ??= Party(k);
            if (c != "of") continue;
            // "the shelling of the Eritrean port of Assab by Ethiopian artillery", "the handover of three militants by Kyrgyz
            // police to Uzbek officials", "the blockade of fuel supplies to Armenia": the parse may hang the "by" phrase, or
            // the "to" phrase of what is given, on a noun of the "of" phrase, which names no act of its own.
            foreach (var m in Kids(ctx, s, k).Concat(Kids(ctx, s, k).Where(m => Rel(ctx, m) == "nmod").SelectMany(m => Kids(ctx, s, m))))
            {
                if (Rel(ctx, m) != "nmod" || ctx.Lex.Nouns.ContainsKey(ctx.Lower[ctx.Doc.Tokens[m].Head])) continue;
                if (CaseOf(ctx, s, m) == "by") source ??= Party(m);
                else if (receives && CaseOf(ctx, s, m) is "to" or "for") target ??= Party(m);
            }
        }
        var t = ctx.Doc.Tokens[noun];
        if (source is null && t.DepRel == "nsubj:pass" && t.Head >= s.FirstToken && t.Head < s.EndToken)
        {
            foreach (var k in Kids(ctx, s, t.Head))
            {
                if (IsAgentPhrase(ctx, s, k)) source ??= Party(k);
                else if (receives && Rel(ctx, k) == "obl" && CaseOf(ctx, s, k) is "to" or "for") target ??= Party(k);
            }
        }
        return (source, target);
    }

    /// <summary>"laid siege to the embassy": the party of a phrase the parse hung on the light verb rather than on its noun.</summary>
    private static ActorSpan? LightVerbParty(Ctx ctx, Sentence s, int noun, ActorSpan doer) =>
        LightVerbOf(ctx, s, noun) is { } verb ? ObjectSideActors(ctx, s, verb, 1).FirstOrDefault(a => a != doer && Side(a.Code) != Side(doer.Code)) : null;

    /// <summary>The first coded party in the noun's own phrases, through "of/with/against/on/to" but not places ("of air links with Serbia").</summary>
    /// <param name="skipTopics">Leave out what the noun is about ("talks on the disarming of the militias"), as a meeting's
    /// party is who it is held with.</param>
    private static ActorSpan? NounPhraseParty(Ctx ctx, Sentence s, int noun, bool skipTopics = false)
    {
        var queue = new Queue<(int Node, int Depth)>();
        queue.Enqueue((noun, 0));
        while (queue.Count > 0)
        {
            var (n, d) = queue.Dequeue();
            foreach (var k in Kids(ctx, s, n))
            {
                // "lifted its oil embargo against South Africa": the owner a pronoun names is the doer's own side.
                if (Rel(ctx, k) is not ("nmod" or "nmod:poss") || ctx.Doc.Tokens[k].Xpos == "PRP$") continue;
                var c = CaseOf(ctx, s, k);
                if (c is not null && (LocativeCases.Contains(c) || !ArgumentCases.Contains(c)) || IsBoundary(ctx, k)) continue;
                if (skipTopics && c is "on" or "about" or "over") continue;
                // "a new round of peace talks in Mexico City": the talks of a round are read through their own phrases, where
                // the venue is no party.
                if (skipTopics && c == "of" && MeetingNouns.Contains(ctx.Lower[k])) { queue.Enqueue((k, d)); continue; }
                if (PhraseActors(ctx, s, k, 1).FirstOrDefault() is { } a) return a;
                // "talks with the opposition": who a meeting is held with may be named by its kind alone (see TalksAtHome).
                if (skipTopics && c == "with" && ctx.ActorAt[k] is { AgentOnly: true } kind) return kind;
                if (d < 2) queue.Enqueue((k, d + 1));
            }
        }
        return null;
    }

    /// <summary>
    /// "agreed to share information", "agreed that their countries should cooperate", "agreed to an extension": an
    /// agreement to something still to be done is, in CAMEO, an expression of intent to cooperate (030), not the
    /// endorsement the dictionary's plain "agree" gives (050). Agreeing that something is so ("agreed that the vote had
    /// been unfair") commits no one to anything: CAMEO codes it as an expression of accord (019).
    /// Returns null when the verb has no complement.
    /// </summary>
    private static string? AgreementCode(Ctx ctx, Sentence s, int verb)
    {
        var kids = Kids(ctx, s, verb);
        // "agreed to opposition demands for an electoral commission": agreeing to what another party demands yields to it (CAMEO 080).
        if (kids.Any(k => Rel(ctx, k) is "obl" or "obl:arg" && CaseOf(ctx, s, k) == "to" && DemandNouns.Contains(LemmaAt(ctx, k)))) return "080";
        if (kids.Any(k => Rel(ctx, k) == "xcomp" || Rel(ctx, k) is "obl" or "obl:arg" && CaseOf(ctx, s, k) == "to")) return "030";
        if (kids.Where(k => Rel(ctx, k) == "ccomp").Select(k => (int?)k).FirstOrDefault() is { } clause)
            return ClauseToBeDone(ctx, s, clause) ? "030" : "019";
        // "agreed on Wednesday that …": a that-clause after a time phrase the parse hung elsewhere still is what was agreed.
        for (int k = verb + 1; k < s.EndToken && k <= verb + 4; k++)
        {
            if (ctx.Lower[k] == "that") return ModalBefore(ctx, s, k + 1) ? "030" : "019";
            if (!(ctx.Lower[k] is "on" or "in" or "late" or "early" or "last" or "this" || ctx.Doc.Tokens[k].Upos is "PROPN" or "NUM")) return null;
        }
        return null;
    }

    /// <summary>What one party asks of another ("agreed to their demands").</summary>
    private static readonly FrozenSet DemandNouns = new("demand", "request", "call", "ultimatum");

    /// <summary>Modals that put a clause's act in the future or make it a duty ("should cooperate", "would hold talks").</summary>
    private static readonly FrozenSet ObligingModals = new("should", "would", "will", "shall", "must", "'ll", "'d", "ought", "need", "needed", "needs");

    /// <summary>A complement clause whose verb is to be done: a modal of duty or future, or an infinitive of its own.</summary>
    private static bool ClauseToBeDone(Ctx ctx, Sentence s, int clause) =>
        Kids(ctx, s, clause).Any(k => Rel(ctx, k) == "aux" && ObligingModals.Contains(ctx.Lower[k]) || Rel(ctx, k) == "xcomp")
        || ObligingModals.Contains(ctx.Lower[clause]);

    /// <summary>Whether a modal of duty or future comes in the clause from <paramref name="from"/> before its first comma.</summary>
    private static bool ModalBefore(Ctx ctx, Sentence s, int from)
    {
        for (int k = from; k < s.EndToken && ctx.Lower[k] is not ("," or ";" or "."); k++)
            if (ObligingModals.Contains(ctx.Lower[k])) return true;
        return false;
    }

    /// <summary>The coded party in the phrases of an act the verb's object names ("lifted a blockade on Palestinian lorries").</summary>
    private static ActorSpan? YieldedActParty(Ctx ctx, Sentence s, int verb)
    {
        foreach (var k in Kids(ctx, s, verb).Where(k => Rel(ctx, k) == "obj" && (ctx.Lex.Nouns.ContainsKey(Singular(ctx.Lower[k])) || RestrictionNouns.Contains(ctx.Lower[k]))))
            if (NounPhraseParty(ctx, s, k) is { } party) return party;
        return null;
    }

    /// <summary>Measures against a party that yielding lifts or eases ("lifted its oil embargo against South Africa").</summary>
    private static readonly FrozenSet RestrictionNouns = new("embargo", "embargoes", "sanctions", "restrictions", "ban", "bans", "blockade", "siege", "curfew", "boycott",
        "freeze", "moratorium");

    /// <summary>
    /// "opened an investigation into allegations that British paratroopers executed wounded prisoners": the party of another
    /// state than <paramref name="home"/> that is the subject of an act inside the investigation's "into" phrase, who is what
    /// is investigated.
    /// </summary>
    private static ActorSpan? InvestigatedDoer(Ctx ctx, Sentence s, int trigger, string? home)
    {
        var heads = new List<int> { trigger };
        heads.AddRange(Kids(ctx, s, trigger).Where(k => Rel(ctx, k) == "obj"));
        // "opened an inquiry on Tuesday into how …": the phrase may hang on the verb that makes the noun known.
        if (LightVerbOf(ctx, s, trigger) is { } light) heads.Add(light);
        // ("…, according to court documents seen by Reuters": nothing in the closing attribution did what is investigated.)
        int attribution = AttributionStart(ctx, s, trigger);
        foreach (var h in heads)
            foreach (var into in Kids(ctx, s, h).Where(k => Rel(ctx, k) is "obl" or "nmod" && CaseOf(ctx, s, k) == "into"))
                foreach (var v in Subtree(ctx, s, into).Where(v => v < attribution).Order())
                    foreach (var subject in Kids(ctx, s, v).Where(k => Rel(ctx, k) is "nsubj" or "obl:agent" && k < attribution))
                        if (PhraseActors(ctx, s, subject, 1).FirstOrDefault(a => ForeignState(ctx, a, home) && !a.IsPlace) is { } doer)
                            return doer;
        return null;
    }

    /// <summary>Verbs that say whose a property is ("projects run by U.S. companies", "plants owned by a U.S. group").</summary>
    private static readonly FrozenSet OwningLemmas = new("run", "own", "hold", "operate", "control", "manage", "develop", "build");

    /// <summary>
    /// "seized control of four heavy-oil projects run by U.S. companies", "took over two plants owned by a subsidiary of a U.S.
    /// group": the party, of another state than <paramref name="home"/>, a participle on what is seized says owns it.
    /// </summary>
    private static ActorSpan? OwnerOfSeized(Ctx ctx, Sentence s, int verb, string? home)
    {
        foreach (var o in Kids(ctx, s, verb).Where(k => Rel(ctx, k) == "obj"))
            foreach (var k in Subtree(ctx, s, o).Order())
            {
                // "ordered the seizure of a 51 percent stake in the oil company YPF from Spain's Repsol": the party it is taken from.
                if (Rel(ctx, k) == "nmod" && CaseOf(ctx, s, k) == "from")
                    foreach (var w in Subtree(ctx, s, k).Order())
                        if (ctx.ActorAt[w] is { } takenFrom && ForeignState(ctx, takenFrom, home))
                            return takenFrom with { IsPossessor = false, IsPlace = false };
                if (Rel(ctx, k) != "acl" || !OwningLemmas.Contains((ctx.Doc.Tokens[k].Lemma ?? "").ToLowerInvariant())) continue;
                foreach (var by in Kids(ctx, s, k).Where(b => Rel(ctx, b) == "obl:agent" || Rel(ctx, b) == "obl" && CaseOf(ctx, s, b) == "by"))
                    foreach (var w in Subtree(ctx, s, by).Order())
                        if (ctx.ActorAt[w] is { } owner && ForeignState(ctx, owner, home))
                            return owner with { IsPossessor = false, IsPlace = false };
            }
        return null;
    }

    /// <summary>The coded party of a "from" or "out of" phrase of the verb or of its object ("recalled its envoy from New Delhi").</summary>
    private static ActorSpan? FromParty(Ctx ctx, Sentence s, int verb)
    {
        var heads = new List<int> { verb };
        heads.AddRange(Kids(ctx, s, verb).Where(k => Rel(ctx, k) == "obj"));
        foreach (var h in heads)
            foreach (var k in Kids(ctx, s, h).Where(k => Rel(ctx, k) is "obl" or "nmod" && CaseOf(ctx, s, k) is "from" or "out"))
                if (PhraseActors(ctx, s, k, 1).FirstOrDefault(a => a.Code is { Length: >= 3 }) is { } a) return a;
        return null;
    }

    /// <summary>
    /// The party a retreat noun leaves: the "from" phrase of the noun, of what it withdraws ("the withdrawal of its troops from
    /// Kabul", where the parse may hang the phrase on "troops"), or of the light verb that makes it known.
    /// </summary>
    private static ActorSpan? RetreatFromParty(Ctx ctx, Sentence s, int noun)
    {
        if (FromParty(ctx, s, noun) is { } a) return a;
        foreach (var k in Kids(ctx, s, noun).Where(k => Rel(ctx, k) == "nmod" && CaseOf(ctx, s, k) == "of"))
            if (FromParty(ctx, s, k) is { } b) return b;
        return LightVerbOf(ctx, s, noun) is { } verb ? FromParty(ctx, s, verb) : null;
    }

    /// <summary>Nouns of meetings, whose phrases name the party met ("talks with the Syrian president").</summary>
    private static readonly FrozenSet MeetingNouns = new("talk", "talks", "meeting", "meetings", "negotiation", "negotiations", "consultation", "consultations",
        "discussion", "discussions", "summit", "visit", "dialogue");

    /// <summary>
    /// The coded party in the phrases of what the verb's object or argument names ("the talks with Israel", "ties with Kiev");
    /// with <paramref name="meetingsOnly"/>, only through a noun of meeting ("for talks with …", not "the killing of …").
    /// </summary>
    private static ActorSpan? TiesParty(Ctx ctx, Sentence s, int verb, bool meetingsOnly = false)
    {
        foreach (var k in Kids(ctx, s, verb).Where(k => Rel(ctx, k) == "obj" || Rel(ctx, k) is "obl" or "obl:arg" && CaseOf(ctx, s, k) is { } c && !LocativeCases.Contains(c)))
            if ((!meetingsOnly || MeetingNouns.Contains(ctx.Lower[k]) || IsPartOfTalksOrDeal(ctx, s, k)) && NounPhraseParty(ctx, s, k, skipTopics: meetingsOnly) is { } party) return party;
        return null;
    }

    /// <summary>Agreements, whose "with" phrase names the party they are made with.</summary>
    private static readonly FrozenSet DealNouns = new("deal", "agreement", "accord", "pact", "treaty", "settlement");

    /// <summary>
    /// "will not negotiate water exports as part of any energy deal with the United States": a part of talks or of a deal is
    /// negotiated with the party the talks or the deal are with;
    /// "attend a fresh round of talks with the Sri Lankan government": so is a round of talks.
    /// </summary>
    private static bool IsPartOfTalksOrDeal(Ctx ctx, Sentence s, int k) =>
        ctx.Lower[k] is "part" or "round" or "rounds" && Kids(ctx, s, k).Any(n => Rel(ctx, n) == "nmod" && CaseOf(ctx, s, n) == "of"
            && (MeetingNouns.Contains(ctx.Lower[n]) || ctx.Lower[k] == "part" && DealNouns.Contains(ctx.Lower[n])));

    /// <summary>
    /// The first party of a "to" phrase of the verb ("delivered fighters to India", "extradited a banker to Spain"), or of a
    /// "with" phrase when <paramref name="partner"/> ("shared intelligence with Washington": cooperation is with a partner).
    /// </summary>
    private static ActorSpan? RecipientParty(Ctx ctx, Sentence s, int verb, bool partner)
    {
        // The parse may hang the phrase on the object ("extradited a drug lord to the United States", "handed over the suspect to …").
        var direct = Kids(ctx, s, verb).Where(k => Rel(ctx, k) is "obj" or "obl" or "obl:arg").ToList();
        foreach (var k in direct.Concat(direct.SelectMany(o => Kids(ctx, s, o).Where(k => Rel(ctx, k) == "nmod"))))
            if (CaseOf(ctx, s, k) is "to" || partner && CaseOf(ctx, s, k) is "with")
                if (PhraseActors(ctx, s, k, 0).FirstOrDefault(a => a.Code is { Length: >= 3 }) is { } party) return party;
        // "delivered a fresh consignment of MiG-23 fighters and SAM-5 missiles to Syria": or deeper in what is given, also on
        // an adjective of it ("an aid package worth 50 million dollars to Somalia").
        foreach (var o in direct.Where(k => Rel(ctx, k) == "obj"))
            foreach (var k in Subtree(ctx, s, o).Order())
                if (k != o && (Rel(ctx, k) == "nmod" || Rel(ctx, k) == "obl" && ctx.Doc.Tokens[ctx.Doc.Tokens[k].Head].Upos == "ADJ") && CaseOf(ctx, s, k) is "to" && PhraseActors(ctx, s, k, 0).FirstOrDefault(a => a.Code is { Length: >= 3 }) is { } deep)
                    return deep;
        return null;
    }

    /// <summary>
    /// "summoned Niger's ambassador to complain of inaction": a purpose clause with no party of its own addresses the
    /// party the verb it serves acts upon.
    /// </summary>
    private static List<ActorSpan> PurposeAddressee(Ctx ctx, Sentence s, int verb)
    {
        var t = ctx.Doc.Tokens[verb];
        if (t.DepRel != "advcl" || t.Head < 0 || !HasToMark(ctx, s, verb)) return [];
        return Kids(ctx, s, t.Head).Where(k => Rel(ctx, k) is "obj" or "iobj").Select(k => ObjectPhraseActors(ctx, s, k)).FirstOrDefault(a => a.Count > 0) ?? [];
    }

    /// <summary>A complement clause with "must", "should" or "ought" whose subject is a coded party ("said US forces must ensure …").</summary>
    private static bool ObligesOther(Ctx ctx, Sentence s, int verb) =>
        Kids(ctx, s, verb).Any(k => Rel(ctx, k) == "ccomp"
            && Kids(ctx, s, k).Any(a => Rel(ctx, a) == "aux" && AdviceAuxiliaries.Contains(ctx.Lower[a]))
            && Kids(ctx, s, k).Any(n => Rel(ctx, n) == "nsubj" && PhraseActors(ctx, s, n, 0).Count > 0));

    /// <summary>
    /// A complement clause that rules its subject out: "(said) talks with the rebels were out of the question", "a
    /// withdrawal is not an option". Saying so rejects what the subject names (CAMEO 120), as "ruled out" does.
    /// </summary>
    private static bool RulesOut(Ctx ctx, Sentence s, int verb) => Kids(ctx, s, verb).Any(k => Rel(ctx, k) == "ccomp" && IsRuledOut(ctx, s, k));

    /// <summary>The predicate "out of the question" or "not an option" (with its copula).</summary>
    private static bool IsRuledOut(Ctx ctx, Sentence s, int k) =>
        Kids(ctx, s, k).Any(c => Rel(ctx, c) == "cop")
        && (ctx.Lower[k] == "question" && Kids(ctx, s, k).Any(c => ctx.Lower[c] == "out")
            || ctx.Lower[k] == "option" && Kids(ctx, s, k).Any(c => ctx.Lower[c] is "not" or "no" or "n't"));

    /// <summary>"talks with the rebels were out of the question": the party the ruled-out act names is the one rejected.</summary>
    private static List<ActorSpan> RuledOutParties(Ctx ctx, Sentence s, int verb)
    {
        foreach (var k in Kids(ctx, s, verb).Where(k => Rel(ctx, k) == "ccomp" && IsRuledOut(ctx, s, k)))
            foreach (var n in Kids(ctx, s, k).Where(n => Rel(ctx, n) is "nsubj" or "csubj"))
            {
                var own = PhraseActors(ctx, s, n, 0);
                if (own.Count > 0) return own;
                if (NounPhraseParty(ctx, s, n) is { } party) return [party];
                if (Rel(ctx, n) == "csubj") return ObjectSideActors(ctx, s, n, 0);
            }
        return [];
    }

    /// <summary>"a withdrawal was not an option": the act named as the subject of a ruled-out predicate did not happen.</summary>
    private static bool SubjectOfRuledOut(Ctx ctx, Sentence s, int noun) =>
        Rel(ctx, noun) == "nsubj" && ctx.Doc.Tokens[noun].Head is >= 0 and var k && k >= s.FirstToken && k < s.EndToken && IsRuledOut(ctx, s, k);

    /// <summary>Predicates of guilt: "was responsible for", "is guilty of", "were to blame for".</summary>
    private static readonly FrozenSet GuiltPredicates = new("responsible", "guilty", "culpable", "blame");

    /// <summary>
    /// A complement clause that puts a coded party behind an act or makes it guilty of one: "(said) Iran was behind the
    /// attacks", "Beijing was responsible for the cyber attack", "militants were to blame for the bombing". Not "behind" a
    /// party ("the US is behind Ukraine" backs it).
    /// </summary>
    private static bool BlamesOther(Ctx ctx, Sentence s, int verb) =>
        Kids(ctx, s, verb).Any(k => Rel(ctx, k) == "ccomp" && Kids(ctx, s, k).Any(c => Rel(ctx, c) == "cop")
            && (GuiltPredicates.Contains(ctx.Lower[k]) || ctx.ActorAt[k] is null && Kids(ctx, s, k).Any(c => Rel(ctx, c) == "case" && ctx.Lower[c] == "behind"))
            && Kids(ctx, s, k).Any(n => Rel(ctx, n) == "nsubj" && PhraseActors(ctx, s, n, 0).Count > 0));

    /// <summary>
    /// The clause that spells out the content of a coded verbal act: not an event of its own. An infinitive ("urges
    /// citizens to heed … and depart"), a that-clause ("demanded that Hamas renounce its armed struggle") or an
    /// "of" gerund of the act or of its object ("accused the United States of violating human rights, ignoring …"):
    /// what was demanded, promised or alleged is not told as having happened.
    /// </summary>
    private static bool IsComplementOf(Ctx ctx, Sentence s, int verb, List<Candidate> earlier)
    {
        int v = verb;
        while (ctx.Doc.Tokens[v].DepRel == "conj" && ctx.Doc.Tokens[v].Head >= 0) v = ctx.Doc.Tokens[v].Head;
        var t = ctx.Doc.Tokens[v];
        if (t.Head < 0) return false;
        int governor = t.Head;
        bool content = t.DepRel is "xcomp" or "ccomp";
        // "prepared to resume shelling": through an infinitive that is no event of its own to the act it completes.
        // "called on Pakistan to stop supporting militants": so through an infinitive the parse hung as a purpose clause.
        for (int up = 0; t.DepRel == "xcomp" && up < 2 && !earlier.Any(c => c.Trigger == governor) && ctx.Doc.Tokens[governor] is { Head: >= 0 } g
            && (g.DepRel == "xcomp" || g.DepRel == "advcl" && HasToMark(ctx, s, governor)); up++)
        {
            t = g;
            governor = g.Head;
        }
        if (!content && t.DepRel is "advcl" or "acl" && Kids(ctx, s, v).Any(k => Rel(ctx, k) == "mark" && ctx.Lower[k] == "of"))
        {
            content = true;
            // "accused the United States of violating": the gerund may hang from the act's object.
            if (Rel(ctx, governor) is "obj" or "iobj" && ctx.Doc.Tokens[governor].Head >= 0) governor = ctx.Doc.Tokens[governor].Head;
        }
        // Only a verbal act (agree, urge, threaten: quad classes 1 and 3) has its content as a complement; "help support" is two acts.
        if (content) return earlier.Any(c => c.Trigger == governor && (CameoCodebook.Lookup(c.Code)?.QuadClass is 1 or 3 || c.Code == "150"));
        // "threatened on Friday to impose sanctions", "refused on Thursday to let inspectors in": a threat's or a refusal's
        // infinitive the parse hung as a purpose clause is still what is threatened or refused.
        return t.DepRel == "advcl" && HasToMark(ctx, s, v)
            && earlier.Any(c => c.Trigger == governor && (c.Code.StartsWith("13", StringComparison.Ordinal) || c.Code.StartsWith("12", StringComparison.Ordinal)));
    }

    private static readonly FrozenSet BorderNouns = new("border", "borders", "frontier", "frontiers", "crossing", "crossings");
    private static readonly FrozenSet BorderAreaNouns = new("zone", "area", "region", "areas", "regions", "district", "districts", "posts", "towns", "villages", "crossing", "crossings");

    /// <summary>
    /// "massed troops on its border with Jordan", "moved divisions toward the Kuwaiti border", "along Iraq's frontier": the
    /// country across the border where forces are mobilised is the party they are mobilised against (PLOVER MOBILIZE:
    /// "actors against whom the source mobilizes"); the source's own side is never it.
    /// </summary>
    private static ActorSpan? BorderParty(Ctx ctx, Sentence s, int verb, Party? source)
    {
        for (int b = verb + 1; b < s.EndToken; b++)
        {
            if (!BorderNouns.Contains(ctx.Lower[b])) continue;
            ActorSpan? across = null;
            if (b + 2 < s.EndToken && ctx.Lower[b + 1] == "with") across = ctx.ActorAt[b + 2];
            // "to the disputed border zone with Ecuador"
            else if (b + 3 < s.EndToken && BorderAreaNouns.Contains(ctx.Lower[b + 1]) && ctx.Lower[b + 2] == "with") across = ctx.ActorAt[b + 3];
            else if (ctx.ActorAt[b - 1] is { } adjective) across = adjective;
            else if (b >= 2 && ctx.Lower[b - 1] is "'s" or "'" && ctx.ActorAt[b - 2] is { } owner) across = owner;
            if (across?.Code is { Length: >= 3 } c && IsCountryCode(ctx, c) && Side(c) != Side(source?.Code)) return across with { IsPossessor = false };
        }
        return null;
    }

    /// <summary>
    /// "warned that Tehran would retaliate if American warships entered its waters": the party whose act a threat is
    /// conditioned on is the one threatened (the subject of an "if" or "unless" clause under the threat).
    /// </summary>
    private static ActorSpan? ConditionParty(Ctx ctx, Sentence s, int verb, Party? source)
    {
        // ("Iran will close the Strait of Hormuz to oil tankers if Washington pushes through sanctions …, the vice president said":
        // the parse may hang the condition of a reported act on the reporting verb after it.)
        int reporting = ctx.Doc.Tokens[verb].Head;
        var reportedConditions = Rel(ctx, verb) == "ccomp" && reporting > verb && reporting < s.EndToken
            ? Kids(ctx, s, reporting).Where(k => k > verb && k < reporting) : [];
        foreach (var k in Subtree(ctx, s, verb).Concat(reportedConditions).Order())
            if (IsCondition(ctx, s, k))
                foreach (var n in Kids(ctx, s, k).Where(n => Rel(ctx, n) == "nsubj"))
                {
                    var actors = PhraseActors(ctx, s, n, 0);
                    // "Bolivia's president threatened to impose a state of siege if Aymara Indian farmers did not lift roadblocks":
                    // a body or group of the threatener's own state, other than the threatener, is threatened too.
                    if (actors.FirstOrDefault(a => a.Code is { Length: >= 3 } c && IsCountryCode(ctx, c) && (Side(c) != Side(source?.Code) || c.Length > 3 && source?.Code is { Length: > 3 } own && c[3..] != own[3..])) is { } a)
                        return a;
                    // "threatened to call a general strike unless the government dropped its wage freeze": a group's own
                    // government, named by its kind, is the one threatened.
                    if (actors.FirstOrDefault(a => a.Code == "GOV") is { } government && source?.Code is { Length: >= 6 } group && IsCountryCode(ctx, group)
                        && !StateAgents.Contains(group[3..6]))
                        return government with { Code = group[..3] + "GOV" };
                }
        return null;
    }

    /// <summary>
    /// The party of another state than <paramref name="source"/>'s that an "if" or "unless" clause under the verb, or under
    /// the word it completes ("is ready to pull … back if Armenia does the same"), names as its subject.
    /// </summary>
    private static ActorSpan? ForeignConditionParty(Ctx ctx, Sentence s, int verb, Party? source)
    {
        int governor = Rel(ctx, verb) == "xcomp" ? ctx.Doc.Tokens[verb].Head : verb;
        foreach (int v in governor == verb ? [verb] : new[] { verb, governor })
            if (ConditionParty(ctx, s, v, source) is { Code: { } c } party && Side(c) != Side(source?.Code)) return party;
        return null;
    }

    /// <summary>
    /// Whether <paramref name="v"/> heads an "if" or "unless" clause (an adverbial clause with that marker, or one the parse
    /// hung on a noun: "threatened to launch a general strike if the ruling party pushed through labour reforms").
    /// </summary>
    private static bool IsCondition(Ctx ctx, Sentence s, int v) =>
        Rel(ctx, v) is "advcl" or "acl" && Kids(ctx, s, v).Any(m => Rel(ctx, m) == "mark" && ctx.Lower[m] is "if" or "unless");

    /// <summary>
    /// Whether <paramref name="verb"/> says a party could, would, might or may take a coercive act (sanctions, coercion or
    /// force: CAMEO 16 to 20) if or unless something happens: "could impose a naval blockade … if the island's leaders move
    /// toward independence", "would strike … if Tehran resumed enrichment". Such an act is threatened. (The parse often
    /// hangs the condition on the verb that reports the act: "… if the island's leaders move …, an officer said", or on a
    /// noun of the act's phrase: "… on Taiwan's ports if the island declares independence".)
    /// </summary>
    private static bool IsConditionalCoercion(Ctx ctx, Sentence s, int verb, string code) =>
        code[..2] is "16" or "17" or "18" or "19" or "20"
        && Kids(ctx, s, verb).Any(k => Rel(ctx, k) == "aux" && ctx.Lower[k] is "could" or "would" or "might" or "may" or "will")
        && (Subtree(ctx, s, verb).Any(k => k != verb && IsCondition(ctx, s, k))
            || Rel(ctx, verb) == "ccomp" && ctx.Doc.Tokens[verb].Head is var reporting and >= 0 && Kids(ctx, s, reporting).Any(k => k > verb && IsCondition(ctx, s, k)));

    /// <summary>
    /// Whether the word lies in an "if" or "unless" clause: the first verb above it (within 6 steps) heads one.
    /// </summary>
    private static bool InCondition(Ctx ctx, Sentence s, int k)
    {
        for (int up = k, steps = 0; up >= s.FirstToken && up < s.EndToken && steps <= 6; up = ctx.Doc.Tokens[up].Head, steps++)
            if (ctx.Doc.Tokens[up].Upos is "VERB" or "AUX") return IsCondition(ctx, s, up);
        return false;
    }

    /// <summary>What people are beaten with ("with iron bars", "with rifle butts").</summary>
    private static readonly FrozenSet BeatingInstruments = new("bars", "bar", "clubs", "club", "sticks", "stick", "batons", "baton", "cables", "cable",
        "whips", "whip", "machetes", "hoses", "truncheons", "butts", "pipes", "fists", "rods", "belts");

    /// <summary>Verbs of asking whose infinitive says what is asked ("appealed to X to stop", "urged Y to withdraw").</summary>
    private static readonly FrozenSet RequestLemmas = new("urge", "appeal", "call", "ask", "demand", "request", "implore", "beg", "order", "exhort", "invite");

    /// <summary>
    /// "The OAU appealed to Ethiopia and Eritrea to stop the fighting": the infinitive of a request is what was asked, not an
    /// act that happened, also when the requester is no party the coder knows (so no coded request claims it).
    /// </summary>
    private static bool IsRequestedAct(Ctx ctx, Sentence s, int verb)
    {
        int v = verb;
        while (ctx.Doc.Tokens[v].DepRel == "conj" && ctx.Doc.Tokens[v].Head >= 0) v = ctx.Doc.Tokens[v].Head;
        var t = ctx.Doc.Tokens[v];
        if (t.DepRel is not ("xcomp" or "advcl" or "ccomp") || t.Head < s.FirstToken || t.Head >= s.EndToken) return false;
        // "demanded that Peru release the journalists": a that-clause (or one with no marker) of a request is what it asks.
        if (t.DepRel == "ccomp" ? Kids(ctx, s, v).Any(k => Rel(ctx, k) == "mark" && ctx.Lower[k] != "that")
            : !HasToMark(ctx, s, v)) return false;
        var head = ctx.Doc.Tokens[t.Head];
        return head.Upos == "VERB" && RequestLemmas.Contains((head.Lemma ?? head.Text).ToLowerInvariant());
    }

    private static readonly FrozenSet Ordinals = new("first", "last", "only", "second", "third", "latest", "next");

    /// <summary>Verbs of inquiring into something.</summary>
    private static readonly FrozenSet InquiryLemmas = new("investigate", "probe", "examine", "inquire");

    /// <summary>
    /// "their effort to overthrow the government", "a US offer to host a summit", "a summit to hammer out a framework": an
    /// infinitive that says what a thing is for or aims at tells a goal, not an act that happened. "The first delegation
    /// to visit Bucharest" did visit: an ordinal on the noun keeps the act.
    /// </summary>
    private static bool IsNounPurpose(Ctx ctx, Sentence s, int verb)
    {
        var t = ctx.Doc.Tokens[verb];
        // "accepted a formula for settling the dispute", "arrested for collaborating with Israel": a gerund after "for" is
        // what something is for or the reason given for it, however the parse attaches it; no act that happened.
        if (t.Xpos == "VBG" && Kids(ctx, s, verb).Any(k => Rel(ctx, k) == "mark" && ctx.Lower[k] == "for") && !IsCulpableAct(ctx, s, verb)) return true;
        if (t.DepRel != "acl" || t.Head < s.FirstToken || t.Head >= s.EndToken || ctx.Doc.Tokens[t.Head].Upos != "NOUN") return false;
        if (!HasToMark(ctx, s, verb)) return false;
        // "The OAU set up a commission to investigate the South African raid on Botswana": a body set up or appointed to
        // investigate is its founder's inquiry, which the founding opens.
        if (InquiryLemmas.Contains(LemmaAt(ctx, verb)) && Rel(ctx, t.Head) == "obj" && ctx.Doc.Tokens[t.Head].Head is var founding and >= 0
            && LemmaAt(ctx, founding) is "set" or "establish" or "appoint" or "create" or "form" or "name") return false;
        // "Senegal's decision to break off diplomatic relations with Mauritania was announced": a party's decision or move to
        // act is the act, decided and done.
        if (DecisionNouns.Contains(ctx.Lower[t.Head]) && Kids(ctx, s, t.Head).Any(k => Rel(ctx, k) == "nmod:poss" && ctx.ActorAt[k] is { Code.Length: >= 3 })) return false;
        return !Kids(ctx, s, t.Head).Any(k => Rel(ctx, k) is "amod" or "advmod" && Ordinals.Contains(ctx.Lower[k]));
    }

    /// <summary>Nouns of a party's resolve to act that is the act itself ("Senegal's decision to break off relations").</summary>
    private static readonly FrozenSet DecisionNouns = new("decision", "move");

    /// <summary>Advice or obligation ("citizens should depart …, failing that, …") on the verb or the clause it shares a subject with.</summary>
    private static bool IsAdvice(Ctx ctx, Sentence s, int verb)
    {
        for (int v = verb, depth = 0; v >= 0 && depth < 4; depth++)
        {
            if (Kids(ctx, s, v).Any(k => Rel(ctx, k) == "aux" && AdviceAuxiliaries.Contains(ctx.Lower[k]))) return true;
            var t = ctx.Doc.Tokens[v];
            if (Kids(ctx, s, v).Any(k => Rel(ctx, k) is "nsubj" or "nsubj:pass") || t.DepRel is not ("conj" or "advcl" or "xcomp")) return false;
            v = t.Head;
        }
        return false;
    }

    /// <summary>"said they would boycott": the verb has "would" and is the complement of a reporting or speech verb.</summary>
    private bool IsReportedWould(Ctx ctx, Sentence s, int verb)
    {
        // "said that Ankara's patience had run out and that it would take military action": the second of coordinated
        // reported clauses is reported too.
        // ("said it would begin pulling back troops": so is the act a reported "would" begins.)
        if (ctx.Doc.Tokens[verb].DepRel == "xcomp" && ctx.Doc.Tokens[verb].Head is var begun and >= 0 && LemmaAt(ctx, begun) is "begin" or "start" or "continue" or "resume")
            verb = begun;
        int v = verb;
        while (ctx.Doc.Tokens[v].DepRel == "conj" && ctx.Doc.Tokens[v].Head >= s.FirstToken && ctx.Doc.Tokens[v].Head < v) v = ctx.Doc.Tokens[v].Head;
        var t = ctx.Doc.Tokens[v];
        // "said it might expel Norway's ceasefire monitors": a reporter saying what it may do announces it as well.
        if (!Kids(ctx, s, verb).Any(k => ctx.Lower[k] is "would" or "might" or "could" or "may") || t.DepRel != "ccomp" || t.Head < 0) return false;
        var head = ctx.Doc.Tokens[t.Head];
        var lemma = (head.Lemma ?? head.Text).ToLowerInvariant();
        // ("signalled on Monday that they would lift the last of the sanctions": so does a party that signals or indicates it.)
        return lemma is "say" or "tell" or "announce" or "state" or "declare" or "insist" or "warn" or "claim" or "signal" or "indicate" || lex.SpeechCues.ContainsKey(lemma);
    }

    private static bool IsCountryCode(Ctx ctx, string code) => ctx.CountryCodes.Contains(code[..Math.Min(3, code.Length)]);

    /// <summary>Whether the code is an international body's, intergovernmental or not (IGO…, NGO…).</summary>
    private static bool IsInternationalBody(string? code) => code is { Length: >= 3 } && code[..3] is "IGO" or "NGO";

    /// <summary>The token and the tokens coordinated with it (conj dependents, recursively).</summary>
    private static List<int> Conjuncts(Ctx ctx, Sentence s, int head)
    {
        var list = new List<int> { head };
        for (int n = 0; n < list.Count && list.Count < 8; n++)
            foreach (var k in Kids(ctx, s, list[n]))
                if (Rel(ctx, k) == "conj" && ctx.Doc.Tokens[k].Upos is "NOUN" or "PROPN" or "ADJ" or "PRON" || CoordinatedName(ctx, list[n], k)) list.Add(k);
                // "Gambian leader Yahya Jammeh and President Abdou Diouf": the parser may make the name after a title its
                // apposition (no comma between) and hang the second party on the name.
                else if (Rel(ctx, k) == "appos" && k > list[n] && ctx.Lower[k - 1] != ",")
                    list.AddRange(Kids(ctx, s, k).Where(c => Rel(ctx, c) == "conj" && ctx.Doc.Tokens[c].Upos is "NOUN" or "PROPN"));
        return list;
    }

    /// <summary>
    /// "U.S. President Ronald Reagan and Soviet leader Mikhail Gorbachev": the parser may hang a second titled name on the
    /// first as part of it (flat); a "cc" between the two inside the second's phrase says it is a conjunct, as no name
    /// holds an "and".
    /// </summary>
    private static bool CoordinatedName(Ctx ctx, int head, int k)
    {
        if (Rel(ctx, k) is not ("flat" or "flat:name") || ctx.Doc.Tokens[k].Upos != "PROPN" || k <= head + 1) return false;
        for (int t = head + 1; t < k; t++)
        {
            if (Rel(ctx, t) != "cc") continue;
            for (int up = ctx.Doc.Tokens[t].Head, steps = 0; up >= 0 && steps < 6; up = ctx.Doc.Tokens[up].Head, steps++)
                if (up == k) return true;
                else if (up == head || up < head || up > k) break;
        }
        return false;
    }

    /// <summary>The passive's agent phrase: "obl:agent", or an oblique with "by" the parse did not label so.</summary>
    /// <summary>
    /// "Ecuadorean positions came under attack from Peruvian helicopter gunships", "the convoy was under fire from rebels": the
    /// party of the "from" or "by" phrase of a noun a subject comes, falls or is "under", and the subject's party.
    /// </summary>
    private (ActorSpan Attacker, ActorSpan Attacked)? UnderFireFrom(Ctx ctx, Sentence s, int noun)
    {
        if (Rel(ctx, noun) != "obl" || CaseOf(ctx, s, noun) != "under" || ctx.Doc.Tokens[noun].Head is not (>= 0 and var verb)
            || LemmaAt(ctx, verb) is not ("come" or "fall" or "be" or "remain")) return null;
        var attacker = Kids(ctx, s, noun).Concat(Kids(ctx, s, verb)).Where(k => k > noun && CaseOf(ctx, s, k) is "from" or "by")
            .Select(k => PhraseActors(ctx, s, k, 0).FirstOrDefault(a => IsCoded(a))).FirstOrDefault(a => a is not null)
            // ("came under heavy Azerbaijani artillery fire": or the state a word before the noun names)
            ?? Kids(ctx, s, noun).Where(k => k < noun && Rel(ctx, k) is "amod" or "compound").Select(k => ctx.ActorAt[k])
                .FirstOrDefault(a => a is { IsPossessor: false, Code: { Length: >= 3 } ac } && IsCountryCode(ctx, ac[..3]));
        var attacked = Kids(ctx, s, verb).Where(k => Rel(ctx, k) == "nsubj").Select(k => PhraseActors(ctx, s, k, 0).FirstOrDefault(a => IsCoded(a))).FirstOrDefault(a => a is not null);
        return attacker is not null && attacked is not null && attacker.Code != attacked.Code ? (attacker, attacked) : null;
    }

    private static bool IsAgentPhrase(Ctx ctx, Sentence s, int k) => Rel(ctx, k) == "obl:agent" || Rel(ctx, k) == "obl" && CaseOf(ctx, s, k) == "by";

    /// <summary>The lower-cased case marker (preposition) of a nominal dependent.</summary>
    private static string? CaseOf(Ctx ctx, Sentence s, int k)
    {
        foreach (var c in Kids(ctx, s, k))
            // ("in spite of repeated appeals": the phrase "in spite" is a "despite" phrase.)
            if (Rel(ctx, c) == "case" && ctx.Doc.Tokens[c].Upos == "ADP") return ctx.Lower[c] == "in" && ctx.Lower[k] == "spite" ? "despite" : ctx.Lower[c];
            // "according to", "thanks to": a multi-word preposition headed by a verb form is the phrase's case all the same.
            else if (Rel(ctx, c) == "case" && Kids(ctx, s, c).Any(f => Rel(ctx, f) == "fixed")) return ctx.Lower[c];
        // "with his Iraqi counterpart Tariq Aziz": the parse may hang the case on the description before the name, or on a
        // compound before the head ("with Chinese Foreign Minister Wang Yi": on "Wang"); not on a compound of a part of a place,
        // which is a phrase of its own ("on Iranian front-line positions east of Basra": "positions" under "east"), unless the
        // part is a word of the place's name ("in Mexico City").
        foreach (var d in Kids(ctx, s, k))
            if (d < k && (Rel(ctx, d) == "nmod:desc" || Rel(ctx, d) == "compound" && (!PlacePartNouns.Contains(ctx.Lower[k]) || ctx.Doc.Tokens[k].Upos == "PROPN")))
                foreach (var c in Kids(ctx, s, d))
                    if (c < d && Rel(ctx, c) == "case" && ctx.Doc.Tokens[c].Upos == "ADP") return ctx.Lower[c];
        return null;
    }

    private static string? Rel(Ctx ctx, int k) => ctx.Doc.Tokens[k].DepRel;

    /// <summary>The lower-case lemma of token <paramref name="k"/>, or its lower-case form where the tagger gave none.</summary>
    private static string LemmaAt(Ctx ctx, int k) => (ctx.Doc.Tokens[k].Lemma ?? ctx.Lower[k]).ToLowerInvariant();

    private static List<int> Kids(Ctx ctx, Sentence s, int head) => ctx.Children[head] ?? [];
}
