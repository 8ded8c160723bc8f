using System.Collections.Immutable;
using Sitrep.Core;
using Sitrep.Events.Dictionaries;

namespace Sitrep.Events.Coding;

/// <summary>
/// Refinements of a trigger's CAMEO code by what the sentence says around it: the weapon of an attack, a refusal of a
/// cooperative act, an accusation's target, intent for announced acts, seizing people (abduction) rather than goods,
/// official protests, strikes and obstructions by who does them.
/// </summary>
internal sealed partial class EventCoder
{
    /// <summary>
    /// "Indian missiles struck a depot", "a port hit by Russian drones": a weapon named as the doer of a military act says
    /// how it was done, and CAMEO codes by the weapon: air, missile and drone strikes 195, artillery and tank fire 194 (the
    /// weapon modifiers of event_noun_modifiers.tsv, as in "a drone strike"), whatever the verb's own code. The country
    /// of the weapon's adjective is the doer.
    /// </summary>
    private string? WeaponCode(Ctx ctx, Sentence s, int verb, bool passive)
    {
        var doers = Kids(ctx, s, verb).Where(k => passive ? IsAgentPhrase(ctx, s, k) : Rel(ctx, k) == "nsubj").ToList();
        // "Saudi missiles struck a depot" parsed as a noun with a participle clause: a participle with an object is the
        // verb, and the noun it hangs on its doer (as ArgumentsFromParse reads it).
        if (!passive && Rel(ctx, verb) == "acl" && ctx.Doc.Tokens[verb].Head is >= 0 and var noun && noun < verb
            && (Kids(ctx, s, verb).Any(k => Rel(ctx, k) == "obj") || MainVerbReadAsParticiple(ctx, s, verb))) doers.Add(noun);
        foreach (var k in doers)
        {
            if (ctx.ActorAt[k] is not null) continue;
            var w = Singular(LemmaAt(ctx, k));
            if (lex.NounModifiers.TryGetValue(w, out var m) && m.Root == "19" && m.Code.StartsWith("19", StringComparison.Ordinal)) return m.Code;
        }
        return null;
    }

    /// <summary>Acts that two parties doing them "jointly" do together, with their CAMEO cooperation code.</summary>
    private static readonly Dictionary<string, string> JointActs = new(StringComparer.Ordinal)
    {
        ["operation"] = "062", ["patrol"] = "062", ["exercise"] = "062", ["manoeuvre"] = "062", ["maneuver"] = "062", ["manoeuvres"] = "062",
        ["maneuvers"] = "062", ["offensive"] = "062", ["drill"] = "062", ["venture"] = "061", ["production"] = "061", ["exploration"] = "061",
        ["project"] = "061", ["development"] = "061", ["search"] = "060", ["investigation"] = "063", ["inquiry"] = "063",
        ["training"] = "062",
    };

    /// <summary>
    /// "Thai and Malaysian forces launched joint operations against communist guerrillas", "began a joint search for the
    /// remains": a joint act named as the verb's object is the doers' cooperation with each other: military (062) for
    /// operations, patrols and exercises, economic (061) for ventures and projects, judicial (063) for investigations,
    /// else material (060). Null when the object is no joint act.
    /// </summary>
    private static string? JointCooperation(Ctx ctx, Sentence s, int verb)
    {
        // "Turkish and Iraqi troops coordinated operations against Kurdish guerrillas": coordinating an act is doing it jointly.
        bool coordinating = (ctx.Doc.Tokens[verb].Lemma ?? "").Equals("coordinate", StringComparison.OrdinalIgnoreCase);
        foreach (var (k, _) in ObjectsThroughMeasure(ctx, s, verb, "obj", "nsubj:pass"))
        {
            if (!coordinating && !Kids(ctx, s, k).Any(m => ctx.Lower[m] is "joint" or "combined" or "coordinated" && Rel(ctx, m) == "amod")) continue;
            if (JointActs.TryGetValue(ctx.Lower[k], out var code) || JointActs.TryGetValue(Singular(ctx.Lower[k]), out code)) return code;
        }
        return null;
    }

    /// <summary>
    /// The verb's dependents of the given relations, each with the measure noun it was reached through, if any: the object
    /// itself, and for a measure (a partitive: "began six months of joint training") the noun its "of" phrase names.
    /// </summary>
    private static IEnumerable<(int Noun, int? Measure)> ObjectsThroughMeasure(Ctx ctx, Sentence s, int verb, params string[] relations)
    {
        foreach (var k in Kids(ctx, s, verb).Where(k => relations.Contains(Rel(ctx, k))))
        {
            yield return (k, null);
            if (Partitives.Contains(ctx.Lower[k]))
                foreach (var m in Kids(ctx, s, k).Where(m => m > k && Rel(ctx, m) == "nmod" && CaseOf(ctx, s, m) == "of")) yield return (m, k);
        }
    }

    /// <summary>Kinds of cooperation by the word before it: "security cooperation" is military (062), "trade cooperation" economic (061).</summary>
    private static readonly Dictionary<string, string> CooperationKinds = new(StringComparer.Ordinal)
    {
        ["security"] = "062", ["military"] = "062", ["defence"] = "062", ["defense"] = "062", ["naval"] = "062", ["border"] = "062",
        ["economic"] = "061", ["trade"] = "061", ["energy"] = "061", ["investment"] = "061", ["financial"] = "061",
        ["judicial"] = "063", ["legal"] = "063", ["police"] = "063", ["intelligence"] = "064",
    };

    /// <summary>
    /// The cooperation code of a verb whose object is a joint act ("conducted joint patrols", "launched a joint operation")
    /// or cooperation itself ("stepped up security cooperation") done with a party its "with" phrase names; null otherwise.
    /// </summary>
    private static string? JointActWith(Ctx ctx, Sentence s, int verb)
    {
        foreach (var (k, measure) in ObjectsThroughMeasure(ctx, s, verb, "obj"))
        {
            if (k < verb) continue;
            string? code = JointActs.TryGetValue(Singular(ctx.Lower[k]), out var joint) && Kids(ctx, s, k).Any(m => ctx.Lower[m] is "joint" or "combined" && Rel(ctx, m) == "amod")
                ? joint
                : ctx.Lower[k] is "cooperation" or "co-operation" or "collaboration"
                    ? Kids(ctx, s, k).Where(m => m < k && Rel(ctx, m) is "amod" or "compound").Select(m => CooperationKinds.GetValueOrDefault(ctx.Lower[m])).LastOrDefault(c => c is not null) ?? "060"
                    : null;
            if (code is null) continue;
            bool withParty = Kids(ctx, s, k).Concat(Kids(ctx, s, verb)).Concat(measure is { } m0 ? Kids(ctx, s, m0) : []).Any(m => m > k && Rel(ctx, m) is "nmod" or "obl" && CaseOf(ctx, s, m) == "with"
                && PhraseActors(ctx, s, m, 0).Count > 0);
            if (withParty) return code;
        }
        return null;
    }

    /// <summary>
    /// "Syria says it will not accept any more refugees", "we cannot support": cooperation negated with a modal or a
    /// present auxiliary is, in CAMEO, a refusal (12x): not meeting is 125, not yielding 124, anything else 120.
    /// A past negation ("did not meet") only says what did not happen and keeps its code.
    /// </summary>
    private static Func<string, string>? Refusal(Ctx ctx, Sentence s, int i)
    {
        for (int k = i - 1; k > s.FirstToken && k >= i - 3; k--)
        {
            if (ctx.Lower[k] is not ("not" or "n't" or "never")) continue;
            if (ctx.Lower[k - 1] is not ("will" or "would" or "wo" or "can" or "ca" or "cannot" or "shall" or "do" or "does")) return null;
            return RejectionOf;
        }
        // "Israel will release no Lebanese prisoners": "no" on the object after a modal refuses as "not" would.
        if (HasNoObject(ctx, s, i) && Enumerable.Range(Math.Max(s.FirstToken, i - 2), i - Math.Max(s.FirstToken, i - 2))
                .Any(k => ctx.Lower[k] is "will" or "would" or "can" or "shall" or "cannot"))
            return RejectionOf;
        return null;
    }

    /// <summary>
    /// The CAMEO rejection of a cooperative act: not meeting or negotiating is 125, not yielding 124, not accepting mediation
    /// 126 ("will not accept France as a mediator"), anything else 120.
    /// </summary>
    private static string RejectionOf(string code) => code.StartsWith("038", StringComparison.Ordinal) ? "126" : code[..2] switch { "04" => "125", "08" => "124", _ => "120" };

    /// <summary>
    /// Someone's words that one actor plans or is said to do violence are, in CAMEO terms, an accusation by the
    /// speaker (112) against that actor — the reported act itself is not established by the text.
    /// </summary>
    private Candidate Accusation(Ctx ctx, Candidate c)
    {
        if (c.Quote is not { } q || SpeakerActor(ctx, q) is not { } speaker) return c;
        var coding = CameoCodebook.Lookup(c.Code);
        if (coding is null || c.Source?.Code is null || speaker.Code is null) return c;
        bool intent = coding.Root == "13";    // "plans to attack", "vowed to strike": intent to harm
        bool unproven = coding.QuadClass == 4 && c.Modality is Modality.Hypothetical or Modality.Future or Modality.Alleged or Modality.Claimed;
        if (!intent && !unproven) return c;
        if (Side(c.Source.Code) == Side(speaker.Code)) return c;
        // "Libya claims to be making weapons to use against Israel, a U.S. official said": a threat the actor voiced itself
        // (its verb is a speech act) is its own act, which the speaker only reports.
        if (intent && ctx.Doc.Tokens[c.Trigger].Lemma is { } voiced && lex.SpeechCues.ContainsKey(voiced.ToLowerInvariant())) return c;
        // "Uzbekistan gave the United States 180 days to vacate the air base, U.S. officials said": a threat told as done
        // (a past act, asserted) is the actor's act, which the other side's speaker reports.
        if (intent && c.Modality is Modality.Asserted or Modality.Reported && ctx.Doc.Tokens[c.Trigger].Xpos is "VBD" or "VBN") return c;
        // "The minister said Egypt would stop …": a speaker of no known country is no other side accusing the actor.
        if (!IsCountryCode(ctx, speaker.Code)) return c;
        return new Candidate
        {
            Trigger = c.Trigger, TriggerEnd = c.TriggerEnd, Sentence = c.Sentence, Code = "112", Weight = c.Weight,
            Source = speaker, Target = c.Source, Modality = Modality.Asserted, Quote = null,
        };
    }

    /// <summary>
    /// An act announced for the future is, in CAMEO, an expression of intent: "will visit" is 036 (intent to meet),
    /// "will support" 032, "will send aid" 033; announced violence is a threat of force (138).
    /// </summary>
    private static string Intent(string code, Modality modality)
    {
        if (modality != Modality.Future) return code;
        if (IntentOfAct.TryGetValue(code, out var specific)) return specific;
        return code[..2] switch
        {
            "04" => "036", "05" => "032", "06" => "031", "07" => "033", "08" => "035",
            // (A blockade or an occupation announced is the threat of that one, 1381 or 1382.)
            "18" or "19" or "20" => code[..3] is "191" or "192" ? ThreatOf(code[..3])! : "138",
            // Announced sanctions, protest or coercion are threats of them (CAMEO 131x, 132x, 133, 137).
            "16" or "17" => ThreatOf(code) ?? (code[..2] == "16" ? "131" : "137"),
            "14" => "133",
            _ => code,
        };
    }

    /// <summary>
    /// The CAMEO intent code for a cooperative act of a known kind: "will send food aid" is an intent to give humanitarian
    /// aid (0333), "agreed to withdraw" an intent to de-escalate (0356), "offered to mediate" an intent to mediate (039).
    /// </summary>
    private static readonly Dictionary<string, string> IntentOfAct = new(StringComparer.Ordinal)
    {
        ["045"] = "039", ["046"] = "036",
        ["061"] = "0311", ["062"] = "0312", ["063"] = "0313", ["064"] = "0314",
        ["071"] = "0331", ["072"] = "0332", ["073"] = "0333", ["074"] = "0334",
        ["081"] = "0351", ["0811"] = "0351", ["0812"] = "0351", ["0813"] = "0351", ["0814"] = "0351", ["082"] = "0352",
        ["083"] = "034", ["0831"] = "0341", ["0832"] = "0342", ["0833"] = "0343", ["0834"] = "0344",
        ["084"] = "0353", ["0841"] = "0353", ["0842"] = "0353", ["085"] = "0354",
        ["086"] = "0355", ["0861"] = "0355", ["0862"] = "0355", ["0863"] = "0355",
        ["087"] = "0356", ["0871"] = "0356", ["0872"] = "0356", ["0873"] = "0356", ["0874"] = "0356",
    };

    /// <summary>Verbs of taking hold of something, coded as seizure (171) whatever is seized.</summary>
    private static readonly FrozenSet SeizeLemmas = new("seize", "grab", "snatch");

    /// <summary>
    /// Seizing a person is abduction (181: "gunmen seized a Dutch engineer", "a tourist was grabbed"), seizing a ship, land
    /// or goods stays seizure of property (171: "seized a fishing trawler"); the seized one's head noun or a person's name decides.
    /// </summary>
    private string SeizedPerson(Ctx ctx, Sentence s, int verb, string lemma, string code, bool passive)
    {
        if (code is not ("171" or "1711") || !ctx.Parsed || !SeizeLemmas.Contains(lemma)) return code;
        return PersonActedOn(ctx, s, verb, passive, orName: false) ? "181" : code;
    }

    /// <summary>
    /// The verb's object (its subject, when passive) is a person: a noun of people (seized_person_nouns.tsv) or, with
    /// <paramref name="orName"/>, a proper name that is no place.
    /// </summary>
    private bool PersonActedOn(Ctx ctx, Sentence s, int verb, bool passive, bool orName)
    {
        foreach (var k in Kids(ctx, s, verb).Where(k => Rel(ctx, k) == (passive ? "nsubj:pass" : "obj")))
        {
            var head = LemmaAt(ctx, k);
            if (lex.PersonNouns.Contains(head) || lex.PersonNouns.Contains(ctx.Lower[k])) return true;
            if (orName && ctx.Doc.Tokens[k].Upos == "PROPN" && ctx.ActorAt[k] is not { IsPlace: true }) return true;
        }
        return false;
    }

    /// <summary>
    /// Freeing a person is releasing persons (0841: "guerrillas freed a Filipino nurse"), whatever noun names them; the
    /// RELEASE block codes only the nouns its patterns list (hostages, prisoners, activists) and leaves the rest at 080.
    /// </summary>
    private string ReleasedPerson(Ctx ctx, Sentence s, int verb, string code, string block, bool passive)
    {
        if (code != "080" || block != "RELEASE" || !ctx.Parsed) return code;
        return PersonActedOn(ctx, s, verb, passive, orName: true) ? "0841" : code;
    }

    /// <summary>Words of a crowd's name whose violence is a riot.</summary>
    private static readonly string[] RiotersWords = ["rioter", "rioting", "protester", "protestor", "demonstrator"];

    /// <summary>Conventional military force (19x) needs a state actor; by protesters it is a riot, by militias unconventional violence.</summary>
    private static string Adjust(string code, Party? source)
    {
        // "Thousands of students occupied the parliament building": civilians occupying a place obstruct it in protest (144);
        // only armed men occupy territory (192).
        if (code == "192" && source?.Code is { Length: >= 6 } occupiers && CivilianProtesters.Any(role => occupiers.EndsWith(role, StringComparison.Ordinal))) return "144";
        // "Rioters torched hundreds of shops": whatever rioters do with violence is the riot (145, PLOVER PROTEST); so is what
        // protesters or demonstrators do with it ("Tibetan protesters … torched shops and police vehicles in Lhasa").
        if (code.Length >= 2 && code[..2] is "18" or "19" && source?.Text is { } doers
            && RiotersWords.Any(w => doers.Contains(w, StringComparison.OrdinalIgnoreCase))) return "145";
        // "Tens of thousands of protesters massed on Manila's EDSA highway": civilians massing or gathering in force
        // demonstrate (141); only armed forces are mobilised (15x).
        if (code is "150" or "152" or "154" && source?.Code is { Length: >= 3 } massed && CivilianProtesters.Any(role => massed.EndsWith(role, StringComparison.Ordinal))) return "141";
        if (source?.Code is not { } sc || !code.StartsWith("19", StringComparison.Ordinal)) return code;
        if (sc.Contains("OPP", StringComparison.Ordinal) || sc.Contains("CVL", StringComparison.Ordinal)) return "145";
        if (sc.Contains("UAF", StringComparison.Ordinal) || sc.Contains("REB", StringComparison.Ordinal) || sc.Contains("INS", StringComparison.Ordinal)) return "180";
        return code;
    }

    /// <summary>Light verbs of official complaints: "lodged a protest", "filed a protest", "registered a protest".</summary>
    private static readonly FrozenSet LodgeLemmas = new("lodge", "file", "register");

    /// <summary>Roles of a state's civil authorities, which protest in words, not in the streets.</summary>
    private static readonly FrozenSet OfficialRoles = new("GOV", "LEG", "JUD");

    /// <summary>
    /// "Vietnam protested China's deployment of an oil rig", "the foreign ministry protested to Seoul": a state or its
    /// government protesting complains officially (CAMEO 114, PLOVER ACCUSE); demonstrating (14x) is what people do
    /// ("Kenyans protested the ruling").
    /// </summary>
    private static string OfficialProtest(Ctx ctx, string lemma, string code, Party? source)
    {
        // "lodged a formal protest with Beijing", "filed a protest": a protest lodged or filed is a complaint made to a
        // party, whoever makes it; crowds demonstrate, they lodge nothing.
        if (LodgeLemmas.Contains(lemma) && code is "140" or "141") return "114";
        // "summoned the Belarusian charge d'affaires to protest against the detention of two leaders of the Polish minority":
        // CAMEO's support for the detained (PROTEST * (AGAINST &DETENTION) [053]) is, from a state, a complaint to the detainer.
        if (lemma != "protest" || code is not ("140" or "141" or "053") || source?.Code is not { Length: >= 3 } sc || !ctx.CountryCodes.Contains(sc[..3])) return code;
        bool state = sc.Length == 3 ? source.EntityId is { } id && ctx.Doc.EntityById(id)?.Type == EntityType.Gpe : OfficialRoles.Contains(sc[3..]);
        return state ? "114" : code;
    }

    /// <summary>Roles of civilians whose strikes are stoppages of work or study, not attacks (rebels' or armies' strikes are).</summary>
    private static readonly string[] StrikingRoles = ["LAB", "CVL", "EDU", "MED", "HLH", "OPP", "BUS", "AGR"];

    /// <summary>"went on a three-day strike": the noun's own case marker is "on".</summary>
    private static bool OnStrike(Ctx ctx, Sentence s, int noun) =>
        (ctx.Children[noun] ?? []).Any(k => ctx.Doc.Tokens[k].DepRel == "case" && ctx.Lower[k] == "on"
            // "began a national strike against pit closures", "called a general strike": only work stops nationwide.
            || ctx.Doc.Tokens[k].DepRel is "amod" or "compound" && StoppageKinds.Contains(ctx.Lower[k]));

    private static readonly FrozenSet StoppageKinds = new("general", "national", "nationwide", "indefinite", "wildcat", "one-day", "two-day",
        "three-day", "24-hour", "48-hour", "sympathy", "labour", "labor", "token", "rail", "transport", "dock", "teachers", "doctors", "workers",
        "commercial", "business", "shopkeepers", "merchants", "traders", "protest", "political");

    /// <summary>"Shipyard workers went on strike", "doctors staged a strike": a strike by workers, students or doctors is a labour strike (CAMEO 143).</summary>
    private static bool WorkStoppage(Party? doer) =>
        doer?.Code is { Length: >= 3 } dc && StrikingRoles.Any(role => dc.Contains(role, StringComparison.Ordinal));

    private static readonly FrozenSet ObstructLemmas = new("block", "blockade", "barricade", "obstruct");

    /// <summary>Unarmed groups whose taking of a place is a protest, not an occupation by force.</summary>
    private static readonly string[] CivilianProtesters = ["OPP", "CVL", "LAB", "EDU", "AGR"];

    private static readonly string[] ProtestingRoles = ["OPP", "CVL", "LAB", "EDU", "REB", "ACT", "AGR"];

    /// <summary>
    /// Workers, protesters, students or rebels blocking a road or a bridge obstruct it in protest (CAMEO 144); a
    /// government doing so imposes a blockade or restricts movement and keeps the dictionary's code.
    /// </summary>
    private static string Obstruction(Ctx ctx, string lemma, string code, Party? source)
    {
        // "Kenya's main opposition parties boycotted the state opening of parliament": a boycott by the opposition, workers or
        // students is a protest (143); the dictionary's BOYCOTT [163] is a state's embargo.
        if (lemma == "boycott" && code == "163" && source?.Code is { Length: >= 3 } bc && (ProtestingRoles.Any(role => bc.Contains(role, StringComparison.Ordinal)) || PeopleOfCountry(ctx, source))) return "143";
        // "Burma refused entry to a U.N. envoy": a state refusing entry declines international involvement (1245); the
        // dictionary's REFUSE * ENTRY [144] is protesters barring a way.
        if (code == "144" && lemma is "refuse" or "deny" && source?.Code is { Length: >= 3 } state && !ProtestingRoles.Any(role => state.Contains(role, StringComparison.Ordinal))) return "1245";
        if (!ObstructLemmas.Contains(lemma) || source?.Code is not { Length: >= 3 } sc || code[..2] is not ("16" or "17" or "19")) return code;
        // ("Tens of thousands of red-shirted supporters of ousted premier Thaksin Shinawatra blocked Bangkok's main shopping
        // district": supporters of a former leader, coded with his elite's code, block as protesters do.)
        return ProtestingRoles.Any(role => sc.Contains(role, StringComparison.Ordinal)) || sc.Length >= 6 && sc[3..6] == "ELI" || PeopleOfCountry(ctx, source) ? "144" : code;
    }

    /// <summary>
    /// People of a country named by a common noun the agent dictionary lacks ("French truck drivers"), or counted in a crowd
    /// ("Tens of thousands of Armenians", "Thousands of unemployed Argentines"): no state organ.
    /// </summary>
    private static bool PeopleOfCountry(Ctx ctx, Party? source)
    {
        if (source is not ActorSpan { Code.Length: 3 } a) return false;
        if (ctx.Doc.Tokens[a.Last].Upos == "ADJ" && a.Last + 1 < ctx.Doc.Tokens.Length && ctx.Doc.Tokens[a.Last + 1].Upos == "NOUN") return true;
        int k = a.First - 1;
        while (k > 0 && ctx.Doc.Tokens[k].Upos == "ADJ") k--;
        return k > 0 && ctx.Lower[k] == "of" && CrowdCounts.Contains(ctx.Lower[k - 1]);
    }

    /// <summary>Words that count a crowd ("thousands of", "tens of thousands of").</summary>
    private static readonly FrozenSet CrowdCounts = new("thousands", "hundreds", "dozens", "millions", "scores", "tens");
}
