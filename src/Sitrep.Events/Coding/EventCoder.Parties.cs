using System.Collections.Immutable;
using Sitrep.Core;
using Sitrep.Events.Dictionaries;

namespace Sitrep.Events.Coding;

/// <summary>
/// Who an event is between when the parse leaves a side open: passives and "by" agents, the surface subject and object,
/// the targets of threats, investigations and protests, the state of protesters, coerced or yielding parties, and the
/// places that stand for a country (GSR's place rule: a bomb that exploded in Karachi, riots that broke out in Lagos).
/// </summary>
internal sealed partial class EventCoder
{
    private bool IsPassive(Ctx ctx, Sentence s, int i, VerbForm form)
    {
        var t = ctx.Doc.Tokens[i];
        if (t.Xpos is "VBN" && ctx.Tagged) { }
        else if (!(ctx.Upper[i].EndsWith("ED", StringComparison.Ordinal) || ctx.Upper[i].EndsWith('N') || ctx.Upper[i] != form.Lemma && !ctx.Upper[i].EndsWith("ING", StringComparison.Ordinal) && !ctx.Upper[i].EndsWith('S'))) return false;
        for (int k = i - 1; k >= s.FirstToken && k >= i - 3; k--)
        {
            if (BeForms.Contains(ctx.Lower[k])) return true;
            if (ctx.Lower[k].EndsWith("ly", StringComparison.Ordinal) || ctx.Lower[k] is "also" or "not" or "n't" or "reportedly" or "have" or "has" or "had") continue;
            break;
        }
        // A reduced relative: "a strike, ordered by X," — participle directly followed by "by".
        return i + 1 < s.EndToken && ctx.Lower[i + 1] == "by" && i > s.FirstToken && ctx.Lower[i - 1] == ",";
    }

    /// <summary>
    /// The party an investigated act is laid to: the "by" agent of the act named after the investigation's trigger ("an
    /// inquiry into the alleged massacre of civilians by Serb forces"), within its clause; never the investigator's own.
    /// </summary>
    private ActorSpan? InvestigatedAgent(Ctx ctx, Sentence s, int from, Party? investigator)
    {
        bool act = false;
        for (int j = from; j < s.EndToken && j < from + 14; j++)
        {
            if (ctx.Lower[j] is ";" or "," or "“" or "”" or "\"" or "that" or "after" or "because") break;
            if (NamesAct(ctx.Lower[j]) || ctx.Lower[j] is "abuses" or "abuse" or "role" or "use" or "involvement")
            {
                act = true;
                // "the South African raid on Botswana": the act's nationality before it is whose act it was.
                // A nationality adjective, not a place that says where it was ("the Kabul raid").
                if (j > from && ctx.ActorAt[j - 1] is { Code: { Length: 3 } whose } raider && ctx.CountryCodes.Contains(whose) && ctx.Doc.Tokens[j - 1].Upos == "ADJ"
                    && Side(whose) != Side(investigator?.Code)) return raider;
            }
            if (act && ctx.Lower[j] == "by" && j + 1 < s.EndToken && ActorAfter(ctx, j + 1, s) is { Code: not null } agent && Side(agent.Code) != Side(investigator?.Code))
                return agent;
        }
        return null;
    }

    /// <summary>
    /// The party an act whose responsibility is denied was done to: "denied any role in the assassination of former Lebanese
    /// Prime Minister Rafik al-Hariri" (LBN), "in the bombing of a discotheque frequented by American servicemen" is not
    /// reached (only an "of", "on" or "against" right after the act's noun); never the denier's own side.
    /// </summary>
    private ActorSpan? DeniedActVictim(Ctx ctx, Sentence s, int from, Party? denier)
    {
        for (int j = from; j < s.EndToken && j < from + 10; j++)
        {
            if (ctx.Lower[j] is ";" or "," or "“" or "”" or "\"" or "that" or "after" or "because") break;
            if (!(lex.Nouns.TryGetValue(Singular(ctx.Lower[j]), out var act) || lex.Nouns.TryGetValue(ctx.Lower[j], out act)) || act.Code.Length < 2 || act.Code[..2] is not ("18" or "19" or "20")) continue;
            if (j + 1 < s.EndToken && ctx.Lower[j + 1] is "of" or "on" or "against" && ActorAfter(ctx, j + 2, s) is { Code: { Length: >= 3 } } victim
                && ctx.CountryCodes.Contains(Side(victim.Code)!) && Side(victim.Code) != Side(denier?.Code))
                return victim;
            break;
        }
        return null;
    }

    /// <summary>
    /// Where no one is accused, an investigation looks into a country: "reports of mass killings in Rwanda", "torture in
    /// Chile's prisons" (the place, or the owner of the place, named after the trigger).
    /// </summary>
    private static ActorSpan? InvestigatedCountry(Ctx ctx, Sentence s, int from, Party? investigator)
    {
        if (PlaceAfter(ctx, s, from, beyondAttribution: false) is { } place && Side(place.Code) != Side(investigator?.Code)) return place;
        for (int j = from + 1; j < s.EndToken && j < from + 16; j++)
        {
            if (ctx.Lower[j] is ";" or "," or "that") break;
            if (ctx.ActorAt[j] is { IsPossessor: true, Code: { Length: 3 } owner } a && ctx.CountryCodes.Contains(owner) && owner != Side(investigator?.Code))
                return a with { IsPossessor = false };
        }
        // "…, officials said in Nairobi": the place the news came from, when the inquiry names none of its own.
        return PlaceAfter(ctx, s, from) is { } toldFrom && Side(toldFrom.Code) != Side(investigator?.Code) ? toldFrom : null;
    }

    /// <summary>
    /// The party a threatened act would hit, read from the infinitive under the threat (a complement or, as the parse may
    /// hang it, a purpose clause): its object side, else the party it takes one's people or forces from, else the party of
    /// the ties or talks it ends. Never the threatener's own side.
    /// </summary>
    private ActorSpan? ThreatenedParty(Ctx ctx, Sentence s, int verb, Party? source)
    {
        bool Other(ActorSpan? a) => a?.Code is { Length: >= 3 } c && IsCoded(a) && Side(c) != Side(source?.Code) && !a.IsPossessor;
        foreach (var k in Kids(ctx, s, verb).Where(k => IsInfinitiveComplement(ctx, s, k)))
        {
            if (ObjectSideActors(ctx, s, k, 1).FirstOrDefault(Other) is { } hit) return hit;
            if (FromParty(ctx, s, k) is { } from && Other(from)) return from;
            if (TiesParty(ctx, s, k) is { } tied && Other(tied)) return tied;
        }
        // "The work permits of Australian journalists … will be revoked, a spokesman … warned", "The opposition Future Forward
        // party could be dissolved …, the Election Commission warned": a threat whose reported clause is passive is aimed at
        // what that clause's subject names (or a group of the country's society it names, which the rules for groups place).
        var reported = Kids(ctx, s, verb).Where(k => Rel(ctx, k) == "ccomp").ToList();
        if (ClosedClause(ctx, s, verb, adverbial: true) is var closed and >= 0) reported.Add(closed);
        foreach (var clause in reported)
            foreach (var subject in Kids(ctx, s, clause).Where(k => Rel(ctx, k) == "nsubj:pass"))
            {
                var patient = ObjectPhraseActors(ctx, s, subject);
                if ((patient.FirstOrDefault(Other) ?? patient.FirstOrDefault(a => a.AgentOnly && a.Code is { Length: 3 } g && DomesticGroups.Contains(g))) is { } patientHit) return patientHit;
                // "Any attempt by Cuba to unleash another exodus would be treated by Washington as a hostile act, … warned": a
                // threat against an act is aimed at the party its "by" phrase says would do it.
                if (Kids(ctx, s, subject).Where(k => Rel(ctx, k) == "nmod" && CaseOf(ctx, s, k) == "by").SelectMany(k => PhraseActors(ctx, s, k, 0)).FirstOrDefault(Other) is { } doer)
                    return doer;
            }
        return null;
    }

    /// <summary>Where an actor's mention starts once capitalised title words before it that no span covers are taken in ("President" of "President Francois Mitterrand").</summary>
    private static int UntitledStart(Ctx ctx, Sentence s, ActorSpan a)
    {
        int k = a.First;
        while (k - 1 > s.FirstToken && k > a.First - 3 && ctx.ActorAt[k - 1] is null && ctx.Doc.Tokens[k - 1].Text is { Length: > 1 } w && char.IsUpper(w[0])) k--;
        return k;
    }

    private static ActorSpan? ByAgent(Ctx ctx, Sentence s, int from)
    {
        for (int j = from; j < s.EndToken && j < from + 3; j++)
            if (ctx.Lower[j] == "by" && j + 1 < s.EndToken) return ActorAfter(ctx, j + 1, s);
        return null;
    }

    private static readonly FrozenSet AttackThings = new("bomb", "blast", "explosion", "mine", "rocket", "missile", "shell", "grenade");

    /// <summary>What a car bomb is packed with ("packed with 100 kg of dynamite", "rigged with explosives").</summary>
    private static readonly FrozenSet ExplosiveNouns = new("explosives", "explosive", "dynamite", "tnt", "semtex", "bombs", "bomb", "fertiliser", "fertilizer");

    /// <summary>The first token of the verb's subject when that subject names a violent act or weapon, not a party.</summary>
    private int? AttackSubject(Ctx ctx, Sentence s, int verb)
    {
        foreach (var k in ctx.Children[verb] ?? [])
        {
            if (Rel(ctx, k) != "nsubj" || ctx.ActorAt[k] is not null) continue;
            var w = Singular(ctx.Lower[k]);
            bool act = AttackThings.Contains(w) || lex.Nouns.TryGetValue(w, out var n) && n.Code.Length >= 2 && n.Code[..2] is "18" or "19" or "20"
                // "A car packed with 100 kg of dynamite exploded": a thing packed or rigged with explosives is a bomb.
                || (ctx.Children[k] ?? []).Any(p => Rel(ctx, p) == "acl" && (ctx.Children[p] ?? []).Any(o => Rel(ctx, o) == "obl" && CaseOf(ctx, s, o) == "with"
                    && Subtree(ctx, s, o).Any(e => ExplosiveNouns.Contains(ctx.Lower[e]))));
            if (!act) return null;
            int first = k;
            while (first > s.FirstToken && ctx.Doc.Tokens[first - 1].Head == k) first--;
            return first;
        }
        return null;
    }

    /// <summary>The first country-coded place after a location preposition between <paramref name="from"/> and
    /// <paramref name="to"/> ("near the town of Samarra", "in Kabul").</summary>
    private static ActorSpan? PlaceWithin(Ctx ctx, Sentence s, int from, int to)
    {
        for (int k = from; k < to && k < s.EndToken; k++)
        {
            // After a location preposition a country-coded name is a place, whatever type the entity layer gave it.
            if (ctx.ActorAt[k] is not { Code.Length: 3 } a || !ctx.CountryCodes.Contains(a.Code!)) continue;
            for (int p = k - 1; p >= from && p >= k - 5; p--)
                if (LocPreps.Contains(ctx.Lower[p])) return a;
            k = a.Last;
        }
        return null;
    }

    /// <summary>Verbs of unrest or fighting beginning or going on ("broke out", "erupted", "flared").</summary>
    private static readonly FrozenSet OutbreakLemmas = new("break", "erupt", "flare", "rage", "continue", "escalate", "spread", "resume");

    /// <summary>Subjects of such verbs the event nouns may lack, with their CAMEO code.</summary>
    private static readonly Dictionary<string, string> UnrestNouns = new(StringComparer.Ordinal)
        { ["fighting"] = "190", ["hostilities"] = "190", ["violence"] = "180", ["unrest"] = "145", ["rioting"] = "145" };

    /// <summary>The CAMEO code of the unrest or violence that is the subject of the verb at <paramref name="verb"/>, if any.</summary>
    private string? OutbreakOf(Ctx ctx, Sentence s, int verb)
    {
        foreach (var k in Kids(ctx, s, verb).Where(k => Rel(ctx, k) == "nsubj"))
        {
            var w = ctx.Lower[k];
            if (UnrestNouns.TryGetValue(w, out var c)) return c;
            if (lex.Nouns.TryGetValue(Singular(w), out var n) && n.Code.Length >= 2 && n.Code[..2] is "14" or "18" or "19" or "20") return n.Code;
        }
        return null;
    }

    /// <summary>Words for a state's diplomatic mission abroad.</summary>
    private static readonly FrozenSet MissionWords = new("embassy", "embassies", "consulate", "consulates", "legation", "mission", "commission");

    /// <summary>
    /// The state a protest is aimed at, read after its trigger: the one whose diplomatic mission it is held at ("outside the
    /// U.S. embassy", "the embassy of Iraq", "the Indian High Commission"), else the first other state named in an "against"
    /// phrase ("against conditions in Israeli jails"). Never the protesters' own side.
    /// </summary>
    private static ActorSpan? ProtestedState(Ctx ctx, Sentence s, int from, Party? source) =>
        MissionState(ctx, s, from, source) ?? AgainstState(ctx, s, from, source) ?? ProtestAimState(ctx, s, from, source);

    /// <summary>
    /// The other state a protest's aim names: "in protest at the planned deployment of U.S. Pershing-2 missiles", "a rally …
    /// to press the Soviet Union to let Jews emigrate".
    /// </summary>
    private static ActorSpan? ProtestAimState(Ctx ctx, Sentence s, int from, Party? source)
    {
        string? home = Side(source?.Code);
        for (int k = from; k + 1 < s.EndToken; k++)
        {
            if (QuoteOrSemicolon(ctx, k)) break;
            if (ctx.Lower[k] == "protest" && ctx.Lower[k + 1] is "at" or "over" && ForeignStateWithin(ctx, s, k + 2, 8, home) is { } protested) return protested;
            if (ctx.Lower[k] is "press" or "pressure" or "urge" or "force" && k > from && ctx.Lower[k - 1] == "to" && ForeignStateWithin(ctx, s, k + 1, 3, home) is { } pressed) return pressed;
        }
        return null;
    }

    /// <summary>The state whose diplomatic mission a protest is held at ("outside the U.S. embassy", "the embassy of Iraq").</summary>
    private static ActorSpan? MissionState(Ctx ctx, Sentence s, int from, Party? source)
    {
        string? home = Side(source?.Code);
        for (int k = from; k < s.EndToken; k++)
        {
            if (QuoteOrSemicolon(ctx, k)) break;
            if (!MissionWords.Contains(ctx.Lower[k]) || ctx.Lower[k] == "commission" && !(k > s.FirstToken && ctx.Lower[k - 1] == "high")) continue;
            if (k + 2 < s.EndToken && ctx.Lower[k + 1] == "of" && ForeignState(ctx, ctx.ActorAt[k + 2], home)) return ctx.ActorAt[k + 2];
            for (int b = k; b >= Math.Max(from, k - 3); b--)
                if (ForeignState(ctx, ctx.ActorAt[b], home)) return ctx.ActorAt[b];
        }
        return null;
    }

    /// <summary>The first other state named in an "against" phrase after the trigger ("against conditions in Israeli jails").</summary>
    private static ActorSpan? AgainstState(Ctx ctx, Sentence s, int from, Party? source)
    {
        string? home = Side(source?.Code);
        for (int k = from; k < s.EndToken; k++)
        {
            if (QuoteOrSemicolon(ctx, k)) break;
            if (ctx.Lower[k] == "against" && ForeignStateWithin(ctx, s, k + 1, 7, home) is { } against) return against;
            // "as a warning to Iraq", "in a show of force off the Libyan coast": whom a show of force is meant for.
            if (ctx.Lower[k] is "warning" or "signal" or "message" && k + 1 < s.EndToken && ctx.Lower[k + 1] == "to" && ForeignStateWithin(ctx, s, k + 2, 5, home) is { } warned)
                return warned;
            if (ctx.Lower[k] == "show" && k + 2 < s.EndToken && ctx.Lower[k + 1] == "of" && ctx.Lower[k + 2] == "force" && ForeignStateWithin(ctx, s, k + 3, 7, home) is { } shown)
                return shown;
        }
        return null;
    }

    /// <summary>Nouns of pressure put on a party to yield.</summary>
    private static readonly FrozenSet PressureNouns = new("pressure", "pressures", "demand", "demands", "appeals", "calls", "protests", "criticism", "objections");

    /// <summary>
    /// The party whose pressure a concession yields to, named after the trigger: "after pressure from Washington", "under
    /// U.S. pressure", "bowing to Washington's demands". Never the yielding party's own side.
    /// </summary>
    private static ActorSpan? PressingParty(Ctx ctx, Sentence s, int from, Party? source)
    {
        string? home = Side(source?.Code);
        for (int k = from; k < s.EndToken && k < from + 16; k++)
        {
            if (QuoteOrSemicolon(ctx, k)) break;
            if (!PressureNouns.Contains(ctx.Lower[k])) continue;
            if (k + 2 < s.EndToken && ctx.Lower[k + 1] is "from" or "by" && ActorAfter(ctx, k + 2, s) is { } presser && ForeignState(ctx, presser, home)) return presser;
            for (int b = k - 1; b >= from && b >= k - 3; b--)
                if (ctx.ActorAt[b] is { } owner && ForeignState(ctx, owner, home)) return owner with { IsPossessor = false };
        }
        return null;
    }

    /// <summary>Nouns of a standing conflict between states.</summary>
    private static readonly FrozenSet ConflictNouns = new("tension", "tensions", "standoff", "stand-off", "dispute", "confrontation", "crisis", "row",
        "conflict", "war", "feud", "quarrel");

    /// <summary>
    /// The other state of a conflict named after the trigger ("in a standoff with Turkey", "as tension mounted with Syria",
    /// "amid tension with India"), or the other state of a border named there ("along the Chinese frontier").
    /// </summary>
    private static ActorSpan? ConflictState(Ctx ctx, Sentence s, int from, Party? source)
    {
        string? home = Side(source?.Code);
        for (int k = from; k < s.EndToken; k++)
        {
            if (QuoteOrSemicolon(ctx, k)) break;
            if (ConflictNouns.Contains(ctx.Lower[k]))
                for (int a = k + 1; a < Math.Min(s.EndToken, k + 5) && ctx.Lower[a] is not ("," or ";"); a++)
                    if (ctx.Lower[a] is "with" or "between" && ForeignStateWithin(ctx, s, a + 1, 5, home) is { } other) return other;
            if (ctx.Lower[k] is "border" or "frontier" && k > from && ForeignState(ctx, ctx.ActorAt[k - 1], home)) return ctx.ActorAt[k - 1];
        }
        return null;
    }

    /// <summary>A place named only as a modifier of a noun ("the Geneva arms talks"): where something is, not a party to it.</summary>
    private static bool ModifierPlace(Ctx ctx, ActorSpan a) => a.IsPlace && ctx.Parsed && Rel(ctx, a.Last) is "compound" or "amod";

    /// <summary>
    /// The state a show of force is aimed at when nothing else names it: one named against ("against Libya"), in a dispute
    /// or across a border ("close to the Polish border"), or the other state where it happens ("naval exercises in the
    /// Taiwan Strait", "off the coast of Fujian province opposite Taiwan").
    /// </summary>
    private static ActorSpan? ShowOfForceTarget(Ctx ctx, Sentence s, int from, Party? source) =>
        AgainstState(ctx, s, from, source) ?? ConflictState(ctx, s, from, source) ?? FacedState(ctx, s, from, source);

    /// <summary>
    /// The other state a show of force happens in or faces, up to the end of its clause; with <paramref name="facingOnly"/>,
    /// only one it faces ("pull heavy mortars back from forward posts facing Indian troops": where forces pull back from is
    /// no party).
    /// </summary>
    private static ActorSpan? FacedState(Ctx ctx, Sentence s, int from, Party? source, bool facingOnly = false)
    {
        string? home = Side(source?.Code);
        for (int k = from; k < s.EndToken && ctx.Lower[k] is not ("," or ";" or "as" or "after" or "while"); k++)
        {
            if (ctx.Lower[k] is "opposite" or "facing" or "face" || ctx.Lower[k] == "near" && !facingOnly)
                if (ForeignStateWithin(ctx, s, k + 1, 3, home) is { } faced) return faced;
            if (facingOnly) continue;
            // "deployed paratroopers to the breakaway Georgian region of Abkhazia"
            if (ctx.Lower[k] is "to" or "into" && ForeignStateWithin(ctx, s, k + 1, 4, home) is { } entered) return entered;
            // "deployed troops along its border with Somalia"
            if (ctx.Lower[k] is "border" or "borders" or "frontier" && k + 1 < s.EndToken && ctx.Lower[k + 1] == "with"
                && ForeignStateWithin(ctx, s, k + 2, 3, home) is { } neighbour) return neighbour;
            if (ctx.ActorAt[k] is { IsPlace: true } place && ForeignState(ctx, place, home) && k > from && ctx.Lower[k - 1] is "the" or "in" or "into" or "off") return place;
        }
        return null;
    }

    /// <summary>
    /// The other state whose act a show of force answers, named first in a clause of time or reason after it: "put its armed
    /// forces on alert as a Turkish survey ship headed for disputed waters", "after Pakistan test-fired a medium-range
    /// missile", "amid reports that Syria had moved additional armoured units".
    /// </summary>
    private static ActorSpan? ProvokingState(Ctx ctx, Sentence s, int from, Party? source)
    {
        string? home = Side(source?.Code);
        for (int k = from; k < s.EndToken; k++)
        {
            if (QuoteOrSemicolon(ctx, k)) break;
            // ("as part of", "as well as" give no reason)
            bool asPhrase = ctx.Lower[k] == "as" && k + 1 < s.EndToken && ctx.Lower[k + 1] is "part" or "well";
            if (ctx.Lower[k] is "as" or "after" or "amid" or "following" && !asPhrase) return ForeignStateWithin(ctx, s, k + 1, 6, home);
        }
        return null;
    }

    /// <summary>
    /// Where protesters of no named country protest: a place after the trigger, else one in their own phrase before it
    /// ("Workers at the Lenin shipyard in Gdansk went on strike").
    /// </summary>
    private static ActorSpan? ProtestPlace(Ctx ctx, Sentence s, int triggerEnd, Party? protesters, int trigger) =>
        PlaceAfter(ctx, s, triggerEnd, settlements: true) ?? (protesters is ActorSpan { Last: var subjectEnd } && subjectEnd < trigger ? PlaceWithin(ctx, s, subjectEnd + 1, trigger) : null)
        // "packed Wenceslas Square", "thronged the streets of Belgrade", "marched on Bangkok's Democracy Monument": the place a
        // crowd fills or marches to
        ?? (ctx.Parsed ? Kids(ctx, s, trigger).Where(k => Rel(ctx, k) == "obj" || Rel(ctx, k) == "obl" && CaseOf(ctx, s, k) is "on" or "to" or "toward" or "towards" or "into")
            .Select(k => FirstActorIn(ctx, s, k, a => a is { IsPlace: true, Code.Length: 3 })).FirstOrDefault(a => a is not null) : null)
        // "rallied outside Kuwait's parliament", "protested at Kenya's electoral commission": a state's body protested at is
        // in that state (not its embassy abroad: "rallied outside the Norwegian embassy in Colombo").
        ?? (ctx.Parsed && Kids(ctx, s, trigger).Where(k => k > trigger && Rel(ctx, k) == "obl" && CaseOf(ctx, s, k) is "outside" or "at" or "near" or "before"
                && !Subtree(ctx, s, k).Any(w => MissionWords.Contains(ctx.Lower[w])))
            .Select(k => FirstActorIn(ctx, s, k, a => a is { IsPlace: false, Code: { Length: 6 } c } && StateAgents.Contains(c[3..]) && ctx.CountryCodes.Contains(c[..3])))
            .FirstOrDefault(a => a is not null) is { } body ? body with { Code = body.Code![..3], IsPlace = true } : null);

    /// <summary>The first actor, in text order, anywhere under <paramref name="head"/> that <paramref name="wanted"/> accepts (possessors and nested phrases too).</summary>
    private static ActorSpan? FirstActorIn(Ctx ctx, Sentence s, int head, Func<ActorSpan, bool> wanted) =>
        Subtree(ctx, s, head).Order().Select(n => ctx.ActorAt[n]).FirstOrDefault(a => a is not null && wanted(a));

    /// <summary>The other state named right after "out of" or "from" after the trigger, up to a comma.</summary>
    private static ActorSpan? RetreatedFrom(Ctx ctx, Sentence s, int from, Party? source)
    {
        string? home = Side(source?.Code);
        for (int k = from; k < s.EndToken && ctx.Lower[k] is not ("," or ";"); k++)
            if (ctx.Lower[k] == "from" || ctx.Lower[k] == "of" && k > from && ctx.Lower[k - 1] == "out")
                return ForeignStateWithin(ctx, s, k + 1, 4, home);
        return null;
    }

    /// <summary>A semicolon or a quotation mark: where a scan for the parties of a phrase after the trigger stops.</summary>
    private static bool QuoteOrSemicolon(Ctx ctx, int k) => ctx.Lower[k] is ";" or "“" or "”" or "\"";

    /// <summary>The first other state among the <paramref name="count"/> tokens from <paramref name="from"/>, up to a comma or semicolon.</summary>
    private static ActorSpan? ForeignStateWithin(Ctx ctx, Sentence s, int from, int count, string? home)
    {
        for (int k = from; k < Math.Min(s.EndToken, from + count) && ctx.Lower[k] is not ("," or ";"); k++)
            if (ForeignState(ctx, ctx.ActorAt[k], home)) return ctx.ActorAt[k];
        return null;
    }

    private static bool ForeignState(Ctx ctx, ActorSpan? a, string? home) =>
        a?.Code is { Length: >= 3 } c && ctx.CountryCodes.Contains(c[..3]) && Side(c) != home;

    /// <summary>The state of protesters who are one country's people or domestic group ("French farmers": France, named by "French").</summary>
    /// <remarks>
    /// "Thousands of workers at Gdansk's Lenin Shipyard went on strike": where the mention holds no word of the country, a
    /// place of that country the sentence names stands for it (the dateline's, failing that).
    /// </remarks>
    private ActorSpan? ProtestersOwnState(Ctx ctx, Party? source) =>
        source is ActorSpan { Code: { } sc } protester && ctx.CountryCodes.Contains(Side(sc)!) && (sc.Length == 3 || DomesticGroups.Contains(sc[3..Math.Min(6, sc.Length)]))
            ? StateNamedFor(ctx, protester, Side(sc)!) : null;

    /// <summary>
    /// <paramref name="state"/> as a party, named by a country word in <paramref name="mention"/>, else by a place of it in the
    /// mention's sentence, else by the dateline; or null.
    /// </summary>
    private ActorSpan? StateNamedFor(Ctx ctx, ActorSpan mention, string state) =>
        CountryWordIn(ctx, mention, state) ?? PlaceOfStateIn(ctx, mention, state) ?? (DatelinePlace(ctx) is { } dateline && dateline.Code == state ? dateline : null);

    /// <summary>Sectors of people a state employs, whose dissent is aimed at their employer.</summary>
    private static readonly FrozenSet StateStaff = new("GOV", "JUD", "HLH", "COP");

    /// <summary>The state of protesters who are its own staff ("Chadian civil servants": Chad), placed as <see cref="ProtestersOwnState"/> places people.</summary>
    private ActorSpan? StaffsOwnState(Ctx ctx, Party? source) =>
        source is ActorSpan { Code: { Length: 6 } sc } staff && ctx.CountryCodes.Contains(sc[..3]) && StateStaff.Contains(sc[3..])
            ? StateNamedFor(ctx, staff, sc[..3]) : null;

    /// <summary>The first place of <paramref name="state"/> in the sentence of <paramref name="mention"/>, as that state.</summary>
    private static ActorSpan? PlaceOfStateIn(Ctx ctx, ActorSpan mention, string state) =>
        ActorFinder.SentenceAt(ctx.Doc, mention.First) is { TokenCount: > 0 } s
        && ctx.Actors.FirstOrDefault(p => p.First >= s.FirstToken && p.Last < s.EndToken && p.IsPlace && p.Code is { Length: >= 3 } c && c[..3] == state) is { } place
            ? place with { Code = state, IsPlace = false, IsPossessor = false } : null;

    /// <summary>Places people are held in.</summary>
    private static readonly FrozenSet JailNouns = new("jail", "jails", "prison", "prisons", "gaol", "gaols", "detention");

    /// <summary>
    /// "Palestinian prisoners in Israeli jails", "detainees held in Israeli prisons": the state whose jails the verb's subject
    /// is in (a nationality or an owner of the jail noun), when it is not the subject's own.
    /// </summary>
    private static ActorSpan? JailerOf(Ctx ctx, Sentence s, int verb, Party? source)
    {
        // "prisoners in Israeli jails began refusing food": a verb with no subject of its own shares its governor's.
        for (int up = 0; up < 2 && !Kids(ctx, s, verb).Any(k => Rel(ctx, k) == "nsubj") && Rel(ctx, verb) is "xcomp" or "conj"
            && ctx.Doc.Tokens[verb].Head is var governor and >= 0 && governor >= s.FirstToken; up++)
            verb = governor;
        foreach (var subject in Kids(ctx, s, verb).Where(k => Rel(ctx, k) == "nsubj"))
            foreach (var jail in Subtree(ctx, s, subject).Where(k => JailNouns.Contains(ctx.Lower[k])).Order())
                foreach (var m in Kids(ctx, s, jail).Where(m => Rel(ctx, m) is "amod" or "nmod:poss" or "compound"))
                    // (the nationality may head a span of its own with the jail noun: "Algerian prisons")
                    if (ctx.ActorAt[m] is { Code.Length: >= 3 } state && Side(state.Code) is { } jailerState && IsCountryCode(ctx, jailerState) && jailerState != Side(source?.Code))
                        return state with { Code = jailerState, IsPossessor = false, IsPlace = false };
        return null;
    }

    /// <summary>Verbs of holding people captive, whose agent is who holds them.</summary>
    private static readonly FrozenSet CaptivityLemmas = new("hold", "detain", "capture", "seize", "kidnap", "abduct", "arrest", "jail", "imprison", "intern");

    /// <summary>
    /// The coded agent of a participle of captivity that describes the passive verb's subject ("fishermen held by North
    /// Korea", "soldiers captured by the rebels"), if any.
    /// </summary>
    private ActorSpan? HolderOfReleased(Ctx ctx, Sentence s, int verb) =>
        Kids(ctx, s, verb).Where(k => Rel(ctx, k) == "nsubj:pass")
            .SelectMany(subject => Kids(ctx, s, subject).Where(p => Rel(ctx, p) == "acl" && CaptivityLemmas.Contains(LemmaAt(ctx, p))))
            .SelectMany(p => Kids(ctx, s, p).Where(a => Rel(ctx, a) == "obl:agent"))
            .SelectMany(a => PhraseActors(ctx, s, a, 0)).FirstOrDefault(a => IsCoded(a));

    /// <summary>
    /// The source's own state as named in its mention ("Zimbabwean" of "Zimbabwean authorities"), when the sentence names no
    /// other state the act could concern.
    /// </summary>
    private ActorSpan? OwnStateNamedIn(Ctx ctx, Sentence s, Party? source, int trigger) =>
        source is ActorSpan mention && Side(mention.Code) is { } home && ctx.CountryCodes.Contains(home) && !OtherCountryNamed(ctx, s, home, trigger)
            ? CountryWordIn(ctx, mention, home) : null;

    /// <summary>
    /// "Pakistani state television said President Pervez Musharraf had imposed a state of emergency": a leader known by name
    /// whose mention holds no word of his state, which the sentence names elsewhere and names no other.
    /// </summary>
    private ActorSpan? HomeNamedElsewhere(Ctx ctx, Sentence s, Party? source, int trigger)
    {
        if (source is not ActorSpan mention || Side(mention.Code) is not { } home || !ctx.CountryCodes.Contains(home) || OtherCountryNamed(ctx, s, home, trigger)) return null;
        for (int k = s.FirstToken; k < s.EndToken; k++)
            if (lex.CountryAt(ctx.Upper, k) is { } c && c.Code == home && k + c.Length <= s.EndToken) return CountryWords(ctx, k, c.Length, home);
        return null;
    }

    /// <summary>The <paramref name="length"/> tokens from <paramref name="first"/> that name <paramref name="country"/>, as a party of their own.</summary>
    private static ActorSpan CountryWords(Ctx ctx, int first, int length, string country)
    {
        var span = new TextSpan(ctx.Doc.Tokens[first].Span.Start, ctx.Doc.Tokens[first + length - 1].Span.End);
        return new ActorSpan(first, first + length - 1, null, span.Of(ctx.Doc.Text), span, country);
    }

    /// <summary>
    /// The state a party's administrative sanctions (imposed or threatened) restrict: its own, named in its mention,
    /// elsewhere in the sentence ("Pakistani state television said President Musharraf had imposed …") or by the dateline
    /// ("MANILA (AP) - President Joseph Estrada threatened to declare martial law …").
    /// </summary>
    private ActorSpan? HomeOfRestriction(Ctx ctx, Sentence s, Party? source, int trigger) => HomeOf(ctx, s, source, trigger, datelineAlone: true);

    /// <summary>
    /// The state where a party's violence against no named party was done: as <see cref="HomeOfRestriction"/>, but the
    /// dateline's state only when no other state is named before the closing attribution ("SANTIAGO (UPI) - Agents of the
    /// secret police tortured a student ..., the Roman Catholic Church's office said").
    /// </summary>
    private ActorSpan? HomeOfViolence(Ctx ctx, Sentence s, Party? source, int trigger) => HomeOf(ctx, s, source, trigger, datelineAlone: false);

    private ActorSpan? HomeOf(Ctx ctx, Sentence s, Party? source, int trigger, bool datelineAlone) =>
        OwnStateNamedIn(ctx, s, source, trigger) ?? HomeNamedElsewhere(ctx, s, source, trigger)
        ?? (DatelinePlace(ctx) is { Code: { } home } dateline && home == Side(source?.Code)
            && (datelineAlone || !OtherCountryNamed(ctx, s with { TokenCount = AttributionStart(ctx, s, trigger) - s.FirstToken }, home, trigger)) ? dateline : null);

    /// <summary>The tokens of <paramref name="mention"/> that name the state <paramref name="country"/> ("French" of "French farmers"), or its owner
    /// before it ("Burma's military rulers"), as a party of their own.</summary>
    private ActorSpan? CountryWordIn(Ctx ctx, ActorSpan mention, string country)
    {
        ActorSpan Words(int first, int length) => CountryWords(ctx, first, length, country);
        for (int k = mention.First; k <= mention.Last; k++)
            if (lex.CountryAt(ctx.Upper, k) is { } c && c.Code == country && k + c.Length - 1 <= mention.Last) return Words(k, c.Length);
        // "Burma's military rulers": the owner named before the mention.
        if (mention.First >= 2 && ctx.Lower[mention.First - 1] is "'s" or "’s" && ctx.ActorAt[mention.First - 2] is { Code: { } oc } owner && oc == country)
            return owner with { IsPossessor = false };
        // "Coal miners in Siberia's Kuzbass region": the place the people are said to be in, right after the mention.
        if (mention.Last + 2 < ctx.Lower.Length && ctx.Lower[mention.Last + 1] == "in")
        {
            int at = mention.Last + 2 + (ctx.Lower[mention.Last + 2] == "the" ? 1 : 0);
            if (at < ctx.Lower.Length && ctx.ActorAt[at] is { Code: { Length: >= 3 } pc } place && pc[..3] == country) return place with { IsPossessor = false, Code = country };
        }
        // "Polish leader General Wojciech Jaruzelski": the nationality of the titles right before a person's name.
        // "South Korea's ruling party chairman Roh Tae-woo": or the country owning those titles.
        for (int k = mention.First - 1; k >= 0 && k >= mention.First - 5; k--)
        {
            if (ctx.Lower[k] is "'s" or "’s")
            {
                for (int o = k - 1; o >= 0 && o >= k - 3; o--)
                    if (lex.CountryAt(ctx.Upper, o) is { } titlesOwner && titlesOwner.Code == country && o + titlesOwner.Length == k) return Words(o, titlesOwner.Length);
                break;
            }
            if (!(ctx.Doc.Tokens[k].Upos is "PROPN" or "NOUN" or "ADJ" || ctx.Doc.Tokens[k] is { Xpos: "VBG" or "VBN", DepRel: "amod" })) break;
            if (lex.CountryAt(ctx.Upper, k) is { } c && c.Code == country && k + c.Length <= mention.First) return Words(k, c.Length);
        }
        return null;
    }

    /// <summary>The points of the compass.</summary>
    private static readonly FrozenSet CompassPoints = new("north", "south", "east", "west", "northwest", "northeast", "southwest", "southeast");

    /// <summary>The first coded place after a location preposition following <paramref name="from"/> in the sentence.</summary>
    /// <param name="settlements">Also read a nationality before a kind of settlement as a place of that country (for
    /// where people protest: the place of a material act is often no party of it).</param>
    /// <param name="struck">Also a place after "on" or "into", where force lands ("dropped bombs on", "fired into").</param>
    private static ActorSpan? PlaceAfter(Ctx ctx, Sentence s, int from, bool settlements = false, bool beyondAttribution = true, bool struck = false)
    {
        for (int k = from + 1; k < s.EndToken; k++)
        {
            if (ctx.Lower[k] is "." or ";" or "“" or "”" or "\"") return null;
            // "…, a spokesman said in Geneva": where the news was told, which only some callers may take for where the act was done.
            if (!beyondAttribution && ctx.Lower[k] == "," && TrailingAttribution(ctx, s, k)) return null;
            // "in the southern Kyrgyz town of Jalal-Abad", "at the Albanian port of Vlore": a nationality before a kind of
            // settlement or area names a place of that country, though the place itself is known to no dictionary.
            // "from a Malaysian diving resort": a word or two may describe the settlement.
            var a = settlements && ctx.ActorAt[k] is { IsPlace: false, Code.Length: 3 } nationality && nationality.First == nationality.Last && k + 1 < s.EndToken
                && ctx.CountryCodes.Contains(nationality.Code!) && Enumerable.Range(nationality.Last + 1, Math.Min(3, s.EndToken - nationality.Last - 1))
                    .TakeWhile(n => n == nationality.Last + 1 || char.IsLower(ctx.Doc.Tokens[n - 1].Text[0])).Any(n => SettlementNouns.Contains(ctx.Lower[n]))
                ? nationality with { IsPlace = true } : ctx.ActorAt[k];
            if (a is not { IsPlace: true, Code.Length: 3 }) continue;
            // "struck their armoured vehicle west of Kandahar city": a bare compass point before "of" places the act by it.
            if (k - 2 > from && ctx.Lower[k - 1] == "of" && CompassPoints.Contains(ctx.Lower[k - 2]) && !Determiners.Contains(ctx.Lower[k - 3])) return a;
            // "in Liberia", "in northern Israel", "in the east of Bosnia" read back over the place's modifiers, and over a proper
            // name describing a part of it ("in the Basque city of Bilbao") and an adverb of a modifier ("in mostly Christian eastern Beirut").
            int p = k - 1;
            while (p > from && (Determiners.Contains(ctx.Lower[p]) || IsAdjectiveLike(ctx, p) || ctx.Lower[p] is "northern" or "southern" or "eastern" or "western" or "central" or "east" or "west" or "north" or "south"
                || ctx.Doc.Tokens[p].Upos == "PROPN" && PlacePartNouns.Contains(ctx.Lower[p + 1])
                // (a faith's code may be a state's letters too: "Moslem" MUS, not Mauritius)
                || ctx.Doc.Tokens[p].Upos == "ADJ" && ctx.ActorAt[p] is { Code: var faith } faithWord && (faithWord.AgentOnly || !IsCountryCode(ctx, Side(faith) ?? ""))  // "Christian eastern Beirut"
                || ctx.Doc.Tokens[p].Upos == "ADV" && ctx.Doc.Tokens[p + 1].Upos == "ADJ"                            // "mostly Christian"
                // ("in the southern Haitian town of Les Cayes": the place's own state's nationality describing a settlement)
                || ctx.ActorAt[p] is { IsPlace: false } own && own.First == own.Last && own.Code is { Length: 3 } && Side(own.Code) == Side(a.Code)
                    && p + 1 < k && PlacePartNouns.Contains(ctx.Lower[p + 1]))) p--;
            // "through the streets of Seoul", "off the coast of Taiwan": a part of the place before "of" is still the place.
            if (ctx.Lower[p] == "of" && p - 1 > from && PlacePartNouns.Contains(ctx.Lower[p - 1]))
                for (p -= 2; p > from && (Determiners.Contains(ctx.Lower[p]) || IsAdjectiveLike(ctx, p)); ) p--;
            // "launched an offensive against the Kachin Independence Army near the Chinese border": a neighbour's word on the
            // border names where the home state ends, not a place of the neighbour ("across the Iraqi border" is over it).
            if (NamesItsBorder(ctx, s, a) && ctx.Lower[p] is not ("across" or "beyond" or "over"))
            {
                k = a.Last;
                continue;
            }
            // A nationality's settlement is where one is taken from too ("kidnapped 21 people from a Malaysian diving resort").
            if (LocPreps.Contains(ctx.Lower[p]) || settlements && ctx.Lower[p] == "from" || struck && ctx.Lower[p] is "on" or "into" or "onto") return a;
            k = a.Last;
        }
        return null;
    }

    /// <summary>
    /// The comma at <paramref name="comma"/> opens the sentence's closing attribution: "…, a spokesman said in Geneva", "…,
    /// according to witnesses in Lhasa", "…, the Foreign Ministry said on Sunday": a finite reporting verb within eight words
    /// of the comma, with no other verb between them or after it.
    /// </summary>
    private static bool TrailingAttribution(Ctx ctx, Sentence s, int comma)
    {
        if (comma + 2 < s.EndToken && ctx.Lower[comma + 1] == "according" && ctx.Lower[comma + 2] == "to") return true;
        for (int r = comma + 1; r < s.EndToken && r <= comma + 8; r++)
        {
            var t = ctx.Doc.Tokens[r];
            bool reporting = ReportingLemmas.Contains((t.Lemma ?? ctx.Lower[r]).ToLowerInvariant());
            if (t.Upos is "VERB" or "AUX" && !reporting) return false;
            if (t.Upos == "VERB" && reporting && t.Xpos is "VBD" or "VBZ" or "VBP")
                return !Enumerable.Range(r + 1, s.EndToken - r - 1).Any(n => ctx.Doc.Tokens[n].Upos == "VERB");
        }
        return false;
    }

    /// <summary>Kinds of settlement or area a nationality may name a place of ("the Kyrgyz town of", "a Somali port").</summary>
    private static readonly FrozenSet SettlementNouns = new("town", "towns", "city", "cities", "village", "villages", "port", "capital", "province",
        "region", "district", "enclave", "island", "islands", "border", "frontier", "territory", "countryside", "resort");

    /// <summary>The first actor of the noun phrase starting at <paramref name="j"/> (skipping determiners and adjectives).</summary>
    private static ActorSpan? ActorAfter(Ctx ctx, int j, Sentence s)
    {
        for (int k = j; k < s.EndToken && k < j + 5; k++)
        {
            if (ctx.ActorAt[k] is { } a)
            {
                return a.IsPossessor ? PossessedHead(ctx, s, a) : a;
            }
            if (!(Determiners.Contains(ctx.Lower[k]) || IsAdjectiveLike(ctx, k) || ctx.Lower[k] is "top" or "senior" or "several" or "two" or "three" or "many")) return null;
        }
        return null;
    }

    /// <summary>The nearest actor on the subject side, skipping actors inside prepositional phrases ("in Baghdad").</summary>
    private static ActorSpan? SubjectLeft(Ctx ctx, Sentence s, int i)
    {
        bool inQuote = ctx.QuoteOf[i] is not null;
        for (int k = i - 1; k >= s.FirstToken; k--)
        {
            var w = ctx.Lower[k];
            // A quotation mark inside a clause ("the general “was developing …") is crossed; one after a speech verb is not.
            if (w is "“" or "”" or "\"" or "'") { if (k > s.FirstToken && ctx.ActorAt[k - 1] is not null) continue; return null; }
            if (SubjectStops.Contains(w)) return null;
            if (SpeakerPronouns.Contains(w) && inQuote) return new ActorSpan(k, k, null, ctx.Doc.Tokens[k].Text, ctx.Doc.Tokens[k].Span, null);
            // "Syria says it is willing to withdraw": a pronoun subject after a reporting clause is that clause's subject.
            if (w is "it" or "they" && ctx.ActorAt[k] is null && k > s.FirstToken && !inQuote)
            {
                var antecedent = SubjectLeft(ctx, s, k);
                return antecedent?.Code is not null ? antecedent : null;
            }
            if (ctx.ActorAt[k] is not { } a) continue;
            k = a.First;
            if (a.IsPossessor) continue;
            string before = a.First > s.FirstToken ? ctx.Lower[a.First - 1] : "";
            // "after"/"before"/"as" also open clauses ("days after protestors attacked"): what follows can be a subject.
            if (Prepositions.Contains(before) && before is not ("after" or "before" or "as" or "than" or "like") || a.IsPlace && before != "by" && a.Code is null) continue;
            if (a.IsPlace && LocPreps.Contains(before)) continue;
            return a;
        }
        return null;
    }

    /// <summary>
    /// The object side: a direct object (no preposition crossed), or for speech acts the first actor of the
    /// complement ("alleged that the Quds Force …"); a definite event noun ("slammed the strike") points back to the
    /// earlier event and its perpetrator.
    /// </summary>
    private Party? ObjectRight(Ctx ctx, Sentence s, int from, bool verbal, List<Candidate> earlier, string code)
    {
        // Only reactions to an act (criticize, reject, threaten, deny) take its perpetrator as their target.
        bool anaphora = code[..2] is "11" or "12" or "13" || code == "016";
        int limit = Math.Min(s.EndToken, from + (verbal ? 12 : 7));
        for (int k = from; k < limit; k++)
        {
            var w = ctx.Lower[k];
            if (ctx.ActorAt[k] is { } a)
            {
                // "support Turkey's efforts": the owner is the party acted upon when what it owns is no actor.
                if (a.IsPossessor) return PossessedHead(ctx, s, a) ?? (a.Code is not null && !a.IsPlace ? a : a.Code is not null ? a : null);
                if (a.IsPlace && k > from && LocPreps.Contains(ctx.Lower[k - 1])) { k = a.Last; continue; }
                // "signed a peace agreement at the State Department": "at" is the venue of a meeting or a cooperative act; only
                // conflict ("fired at", "protested at") aims at its party.
                if (k > from && ctx.Lower[k - 1 - (Determiners.Contains(ctx.Lower[k - 1]) && k - 1 > from ? 1 : 0)] == "at"
                    && code[..2] is not ("11" or "12" or "13" or "14" or "15" or "16" or "17" or "18" or "19" or "20")) { k = a.Last; continue; }
                // A span without a code ("lifted Friday a blockade on …": a day read as a name) is no party.
                if (a.Code is null) { k = a.Last; continue; }
                return a;
            }
            if (anaphora && lex.Nouns.TryGetValue(Singular(w), out var noun) && !noun.Threat && k > from && Definite.Contains(ctx.Lower[k - 1]))
            {
                // "slammed the strike": the definite event noun points back to the event, and its perpetrator is the target.
                var prior = earlier.LastOrDefault(c => c.Source?.Code is not null && c.Nominal && Singular(ctx.Lower[c.Trigger]) == Singular(w))
                    ?? earlier.LastOrDefault(c => c.Source?.Code is not null && Family(c.Code) == Family(noun.Code));
                if (prior is not null) return prior.Source;
            }
            // 'voiced "deep disappointment" on Saturday at India's decision': a few quoted words of the act itself, closed
            // within the phrase, do not end it.
            if (w is "“" or "\"" && Enumerable.Range(k + 1, Math.Max(0, Math.Min(limit, k + 6) - k - 1)).FirstOrDefault(q => ctx.Lower[q] is "”" or "\"", -1) is var closing and > 0
                && !Enumerable.Range(k + 1, closing - k - 1).Any(q => ctx.ActorAt[q] is not null || ctx.Lower[q] is "," or "."))
            {
                k = closing;
                continue;
            }
            if (w is "." or ";" or ":" or "“" or "”" or "\"" or "(" or ",") return null;
            if (w == "that" && verbal) continue;
            if (Prepositions.Contains(w) && w is not ("on" or "against" or "at")) return null;
        }
        return null;
    }

    /// <summary>"Iran's Revolutionary Guards": the possessed actor is the head; "Iran's national interests" has no actor head.</summary>
    private static ActorSpan? PossessedHead(Ctx ctx, Sentence s, ActorSpan possessor)
    {
        for (int k = possessor.Last + 2; k < s.EndToken && k <= possessor.Last + 4; k++)
        {
            if (ctx.ActorAt[k] is { } head) return head;
            if (!IsAdjectiveLike(ctx, k) && !Determiners.Contains(ctx.Lower[k])) return null;
        }
        return null;
    }

    /// <summary>The first actor of the sentence with a role in <paramref name="country"/> (its government, its president) other than <paramref name="source"/>.</summary>
    private static ActorSpan? OwnAuthorities(Ctx ctx, Sentence s, Party source, string country, int trigger) =>
        ActorsOf(ctx, s).Where(a => a != source && !a.IsPlace && (a.EntityId is null || a.EntityId != source.EntityId))
            .Select(a => HomeAuthority(ctx, s, source, a, trigger) ?? a)
            .FirstOrDefault(a => a.Code is { Length: > 3 } c && c[..3] == country && Side(source.Code) == country);

    /// <summary>State authorities named by their kind alone ("the government", "police"): CAMEO agents with no country.</summary>
    private static readonly FrozenSet StateAgents = new("GOV", "MIL", "COP", "JUD", "LEG", "SPY");

    /// <summary>
    /// "Kenyan students protested against the government", "to press their demands from President Bouteflika's government":
    /// state authorities named with no country, acted upon by a party of one country in a sentence that names no other
    /// country, are that country's (KENGOV, CHLGOVMIL). Null when <paramref name="party"/> is no such agent.
    /// </summary>
    private static ActorSpan? HomeAuthority(Ctx ctx, Sentence s, Party? source, Party? party, int trigger = -1)
    {
        // "called on the military government" (GOVMIL): two kinds of authority are still no country's.
        if (party is not ActorSpan { Code: { Length: 3 or 6 } agent } a || !StateAgents.Contains(agent[..3]) || agent.Length == 6 && !StateAgents.Contains(agent[3..])
            || Side(source?.Code) is not { } home || !ctx.CountryCodes.Contains(home)) return null;
        // "President Clinton urged Congress to approve aid to Mexico": a country named only in a clause of what the act is
        // about is no other party the authorities could belong to; one the act itself names as a party ("urged Congress
        // and Mexico", "criticised the government of Haiti") still is.
        return OtherCountryNamed(ctx, s, home, trigger) ? null : a with { Code = home + agent };
    }

    /// <summary>
    /// Whether the sentence names a country other than <paramref name="home"/> that may be a party of the act at
    /// <paramref name="trigger"/> (with a trigger and a parse, one named only in what the act is about does not count):
    /// the test HomeAuthority and HomeGroup share before giving a party named by its kind the acting party's country. With
    /// <paramref name="backgroundAside"/>, one only in an adverbial clause the act is not part of does not count either.
    /// </summary>
    private static bool OtherCountryNamed(Ctx ctx, Sentence s, string home, int trigger, bool backgroundAside = false) =>
        ActorsOf(ctx, s).Any(x => x.Code is { Length: >= 3 } xc && ctx.CountryCodes.Contains(xc[..3]) && Side(xc) != home && !Muslims(ctx, x)
            && !(trigger >= 0 && ctx.Parsed && (OnlyInActsTopic(ctx, s, trigger, x) || backgroundAside && InOtherAdverbialClause(ctx, s, trigger, x)))
            // ("an air strike near the Iraqi border": a neighbour's word on the border names where the home state ends.)
            && !(NamesItsBorder(ctx, s, x) && !x.IsPossessor));

    /// <summary>
    /// <paramref name="x"/> is in an adverbial clause the act at <paramref name="trigger"/> is not part of: the background
    /// of "after", "as" or "while" ("rejected the Tuareg rebels' demand …, as thousands of civilians fled into Niger", "ready to
    /// open talks with the rebel alliance, four days after an ambush … drew calls for restraint from Algeria").
    /// </summary>
    private static bool InOtherAdverbialClause(Ctx ctx, Sentence s, int trigger, ActorSpan x)
    {
        for (int k = x.First, steps = 0; k >= s.FirstToken && k < s.EndToken && steps < 40; k = ctx.Doc.Tokens[k].Head, steps++)
            if (AdverbialClause(ctx, s, k) && !Governs(ctx, s, k, trigger)) return true;
        return false;
    }

    /// <summary>Subordinators of an adverbial clause of time, cause or contrast.</summary>
    private static readonly FrozenSet AdverbialMarks = new("as", "after", "before", "while", "when", "since", "because", "although", "though", "amid");

    /// <summary>
    /// Token <paramref name="k"/> heads an adverbial clause: one the parse says is, or a complement clause or a parataxis
    /// opened by "as" or "after" (the parse may hang one as the object of a reporting verb: "…, the minister said, as
    /// thousands fled").
    /// </summary>
    private static bool AdverbialClause(Ctx ctx, Sentence s, int k) =>
        Rel(ctx, k) == "advcl" || Rel(ctx, k) is "ccomp" or "parataxis" && Kids(ctx, s, k).Any(m => Rel(ctx, m) == "mark" && AdverbialMarks.Contains(ctx.Lower[m]));

    /// <summary>
    /// The other state of a pair the act's object names as "the two countries" or "both countries" ("called off talks between
    /// the two countries' foreign secretaries … after Pakistan's envoy in New Delhi met Kashmiri separatist leaders"): the one
    /// state the sentence names besides <paramref name="home"/>, or null when it names none or several.
    /// </summary>
    private static ActorSpan? OtherOfThePair(Ctx ctx, Sentence s, int verb, string home)
    {
        bool pairNamed = Kids(ctx, s, verb).Where(k => k > verb && Rel(ctx, k) is "obj" or "obl").SelectMany(k => Subtree(ctx, s, k))
            .Any(k => ctx.Lower[k] is "countries" or "nations" or "neighbours" or "neighbors" && k > s.FirstToken && ctx.Lower[k - 1] is "two" or "both");
        if (!pairNamed) return null;
        var others = ActorsOf(ctx, s).Where(x => x.Code is { Length: >= 3 } xc && ctx.CountryCodes.Contains(xc[..3]) && Side(xc) != home && !Muslims(ctx, x)).ToList();
        return others.Select(x => x.Code![..3]).Distinct().Count() == 1 ? AsStateParty(others[0]) with { Code = others[0].Code![..3] } : null;
    }

    /// <summary>The parties and places named in sentence <paramref name="s"/>.</summary>
    private static IEnumerable<ActorSpan> ActorsOf(Ctx ctx, Sentence s) => ctx.Actors.Where(a => a.First >= s.FirstToken && a.First < s.EndToken);

    /// <summary>A one-word party named only as the owner of a border right after it ("the Iraqi border", "the Chinese frontier").</summary>
    private static bool NamesItsBorder(Ctx ctx, Sentence s, ActorSpan a) =>
        a.First == a.Last && a.Last + 1 < s.EndToken && ctx.Lower[a.Last + 1] is "border" or "frontier";

    /// <summary>Dependency relations that open a clause of its own: what is in it is not a party of the verb above it.</summary>
    private static readonly FrozenSet ClauseRelations = new("acl", "acl:relcl", "advcl", "xcomp", "ccomp");

    /// <summary>
    /// <paramref name="x"/> is only in what the act at <paramref name="trigger"/> is about: its words hang from the trigger
    /// through a clause of their own ("urged Congress to approve aid to Mexico", "accused the government of bowing to
    /// pressure from Pakistan"). A country elsewhere in the sentence, even in a clause above the act ("Belarus's rulers …,
    /// saying it was withholding it until a government takes over"), or in a phrase of the act's own clause ("rioted at a
    /// jail in northern Israel") may still be a party, and is not discounted.
    /// </summary>
    private static bool OnlyInActsTopic(Ctx ctx, Sentence s, int trigger, ActorSpan x)
    {
        int k = x.First;
        bool clause = false;
        for (int steps = 0; steps < 40; steps++)
        {
            int h = ctx.Doc.Tokens[k].Head;
            if (h < s.FirstToken || h >= s.EndToken || h == k) return false;
            if (ClauseRelations.Contains(Rel(ctx, k) ?? "")) clause = true;
            if (h == trigger) return clause;
            k = h;
        }
        return false;
    }

    /// <summary>
    /// Groups of a society named by their kind alone ("the opposition", "journalists", "workers", "rebels"), or by their faith
    /// ("Jewish settlers": JEW; Muslims, whose MUS is also Mauritius's code, see <see cref="Muslims"/>).
    /// </summary>
    private static readonly FrozenSet DomesticGroups = new("OPP", "CVL", "LAB", "EDU", "MED", "BUS", "REB", "INS", "REL", "AGR", "JEW", "CHR", "BUD", "HIN",
        // "Indian troops killed four suspected Muslim militants": armed men of no named state a state fights at home are its own;
        // so are extremists ("Sikh extremists hijacked an Indian Airlines jet on a domestic flight": INDRAD).
        "UAF", "RAD");

    /// <summary>The faiths' codes among <see cref="DomesticGroups"/>, with Muslims' MUS (which <see cref="Muslims"/> tells from Mauritius).</summary>
    private static readonly FrozenSet Faiths = new("JEW", "CHR", "BUD", "HIN", "MUS");

    /// <summary>
    /// "Thai authorities lifted the ban on the opposition party", "Egyptian police detained journalists": a group named with
    /// no country, acted upon by a state or its authorities in a sentence that names no other country, is of that state (THAOPP).
    /// The same holds the other way round ("Tamil rebels attacked a Sri Lankan navy patrol", "students marched on the Thai
    /// parliament"): a group of no named country acting on one state's authorities is of that state.
    /// So are civilians a group of one country attacks ("Algerian militants killed 17 villagers": DZACVL), and any group that
    /// one of its own society's groups attacks ("supporters of the rebels holding Fiji's parliament beat up farmers": FJIAGR).
    /// </summary>
    private static ActorSpan? HomeGroup(Ctx ctx, Sentence s, Party? source, Party? party, bool violence = false, int trigger = -1)
    {
        // "opposition newspapers" (OPPMED): a group of groups counts as one. A state's ministry of a kind ("Tanzania's
        // information minister", TZAGOVMED) is its authorities as much as its government is.
        // ("freed a Catholic priest", "executed Muslim men": after a faith the code's second part is a denomination or a kind
        // of people, CHRCTH, MUSPPL, which the faith makes a group of the society as much as the first part alone.)
        if (party is not ActorSpan { Code: { Length: 3 or 6 } group } a || !(DomesticGroups.Contains(group[..3]) || Muslims(ctx, a))
            || group.Length == 6 && !DomesticGroups.Contains(group[3..]) && !Faiths.Contains(group[..3])
            || source?.Code is not { Length: >= 3 } sc
            || !ctx.CountryCodes.Contains(sc[..3]) || sc.Length > 3 && !StateAgents.Contains(sc[3..6]) && !(violence && (group == "CVL" || DomesticGroups.Contains(sc[3..Math.Min(6, sc.Length)])))) return null;
        // "we will defend our citizens": a group a pronoun owns is the source's own people, no other party.
        if (a.First > s.FirstToken && ctx.Doc.Tokens[a.First - 1].Xpos == "PRP$") return null;
        string home = sc[..3];
        // "Thai police detained students demanding an inquiry into arms sales to Burma": as for authorities, a country
        // only in a clause of what the act is about is no other party the group could belong to.
        // A country only in the background of another clause ("…, as thousands of civilians fled into Niger") is no other home
        // for the group (authorities, above, may still be a neighbour's).
        return OtherCountryNamed(ctx, s, home, trigger, backgroundAside: true) ? null : a with { Code = home + group };
    }

    /// <summary>
    /// "the Muslim Brotherhood", "Muslim rebels" (MUS, MUSREB): Muslims by the agent words or by a group's name, told from
    /// Mauritius (also MUS) by the agent flag or the entity's kind.
    /// </summary>
    private static bool Muslims(Ctx ctx, ActorSpan a) =>
        a.Code is { Length: 3 or 6 } c && c[..3] == "MUS" && !a.IsPlace
        && (a.AgentOnly || a.EntityId is not null && ctx.Doc.EntityById(a.EntityId)?.Type is EntityType.Org or EntityType.Norp);

    private static readonly FrozenSet OwnerPronouns = new("his", "her", "its", "their");

    /// <summary>The verbs from <paramref name="verb"/> up its heads to, not including, <paramref name="top"/> (at most four).</summary>
    private static IEnumerable<int> ClauseChain(Ctx ctx, Sentence s, int verb, int top)
    {
        for (int v = verb, n = 0; v >= s.FirstToken && v < s.EndToken && v != top && n < 4; v = ctx.Doc.Tokens[v].Head, n++) yield return v;
    }

    /// <summary>
    /// The verbs up the chain of complement, adverbial and coordinated clauses from <paramref name="verb"/> (at most three
    /// steps): the verbs that may report its clause.
    /// </summary>
    private static IEnumerable<int> ReportingVerbsAbove(Ctx ctx, Sentence s, int verb)
    {
        for (int v = verb, up = 0; up < 3; up++)
        {
            var t = ctx.Doc.Tokens[v];
            if (t.DepRel is not ("ccomp" or "xcomp" or "advcl" or "conj" or "parataxis") || t.Head < s.FirstToken || t.Head >= s.EndToken) yield break;
            yield return v = t.Head;
        }
    }

    /// <summary>The subject token of the first verb up the chain of complement and coordinated clauses from <paramref name="verb"/> that has one; -1 when none.</summary>
    private static int ReportingSubjectOf(Ctx ctx, Sentence s, int verb) =>
        ReportingVerbsAbove(ctx, s, verb).Select(v => Kids(ctx, s, v).FirstOrDefault(k => Rel(ctx, k) == "nsubj", -1)).FirstOrDefault(k => k >= 0, -1);

    /// <summary>
    /// The country of the subject that reports the clause of <paramref name="verb"/> when <paramref name="owned"/> is owned by
    /// a pronoun ("his army"): the first coded subject up the chain of complement and coordinated clauses.
    /// </summary>
    private static string? ReporterCountry(Ctx ctx, Sentence s, int verb, ActorSpan owned)
    {
        // The agent span may take in its pronoun ("his country" read as GOV).
        if (!OwnerPronouns.Contains(ctx.Lower[owned.First]) && (owned.First <= s.FirstToken || !OwnerPronouns.Contains(ctx.Lower[owned.First - 1]))) return null;
        foreach (var v in ReportingVerbsAbove(ctx, s, verb))
            if (SubjectActors(ctx, s, v, 0).FirstOrDefault(a => a.Code is { } c && IsCountryCode(ctx, c)) is { } reporter) return Side(reporter.Code);
        return null;
    }
}
