using System.Collections.Immutable;
using Sitrep.Core;
using Sitrep.Events.Dictionaries;

namespace Sitrep.Events.Coding;

/// <summary>
/// What surrounds an event: the speaker of the quote it is told in, its modality (negated, alleged, future, hypothetical,
/// reported), and the place it happened, geocoded by the entity layer.
/// </summary>
internal sealed partial class EventCoder
{
    private static Party? SpeakerActor(Ctx ctx, Quote q)
    {
        if (q.SpeakerSpan is { } ss)
        {
            var r = ctx.Doc.TokenRange(ss);
            for (int k = r.Start.Value; k < r.End.Value; k++) if (ctx.ActorAt[k] is { } a) return a;
        }
        if (q.SpeakerEntityId is { } id && ctx.Doc.EntityById(id) is { } e)
        {
            var m = e.Mentions.FirstOrDefault();
            var span = q.SpeakerSpan ?? m?.Span ?? q.Span;
            return new SpeakerParty(e.Id, q.SpeakerText ?? e.Name, span, e.Cameo ?? e.MetonymyCode ?? e.Country);
        }
        return null;
    }

    // ------------------------------------------------------------------ modality, place, date
    private static Modality ModalityAt(Ctx ctx, Sentence s, int i)
    {
        var lower = ctx.Lower;
        // "Israel will release no Lebanese prisoners until …", "will hold no talks with Syria": an object with "no" denies the
        // act as "not" would.
        if (HasNoObject(ctx, s, i)) return Modality.Negated;
        for (int k = i - 1; k >= s.FirstToken && k >= i - 6; k--)
        {
            var w = lower[k];
            if (SubjectStops.Contains(w) && w != "that" || w is "," or "and") break;
            if (DenyLemmas.Contains(w)) return Modality.Denied;
            if (Negators.Contains(w)) return Modality.Negated;
            if (w is "threaten" or "threatens" or "threatened" or "threatening" or "vowed" or "vows" or "vow") return Modality.Threatened;
            // "is set to visit" is a plan; "set fire to the offices" is the act itself.
            if (FutureCues.Contains(w) && !(w == "set" && (k + 1 >= s.EndToken || lower[k + 1] != "to"))) return Modality.Future;
            if (ModalCues.Contains(w)) return Modality.Hypothetical;
            // ("Suspected Abu Sayyaf gunmen seized four Malaysian crewmen": a doubt on who the doers are, an adjective of the
            // subject, is none on the act.)
            if (AllegedCues.Contains(w) && !(ctx.Parsed && Rel(ctx, k) == "amod" && ctx.Doc.Tokens[k].Head is var described and > 0 && described < i
                && ctx.Doc.Tokens[described].Upos is "NOUN" or "PROPN")) return Modality.Alleged;
            if (ClaimCues.Contains(w)) return Modality.Claimed;
            if (w == "that" && k > s.FirstToken && ClaimCues.Contains(lower[k - 1])) return Modality.Claimed;
        }
        // "there will be some kind of retaliation": the existential future.
        for (int k = s.FirstToken; k < i; k++)
            if (lower[k] == "there" && k + 2 < i + 1 && lower[k + 1] is "will" or "could" or "may" or "might" or "would")
                return lower[k + 1] == "will" ? Modality.Future : Modality.Hypothetical;
        return Modality.Asserted;
    }

    /// <summary>
    /// "Contra rebels attacked a government convoy in northern Nicaragua", "rebels killed 20 villagers in Zambezia province":
    /// a party named only by its kind (REB, GOV, CVL with no country) is coded by the country where the act took place,
    /// as the GSR coders inferred primary codes from the event's location. Only for an act within that country: the other
    /// party is of it or named by its kind too (against a foreign party, "protestors attacked the US embassy in Baghdad",
    /// the place does not tell whose the doers are). Not an owned agent ("its troops"), whose country is its owner's, nor
    /// international bodies and companies (IGO, NGO, MNC), which belong to no one country. The place must be in the act's
    /// own clause: "…, killing 20 people, relief officials in Nairobi said" places the officials, not the killing.
    /// </summary>
    private static Party? LocatedAgent(Ctx ctx, Sentence s, int trigger, Party? party, Party? other)
    {
        // A named group coded by kind alone ("the Muslim Brotherhood" MUS) too, as the GSR codes such groups by the state
        // they are in; not a person the dictionaries code without a state (ELI), who is the same person anywhere. An agent
        // noun's code that is also a state's ("Muslim rebels" MUS, not Mauritius) is read by the flag, not the letters.
        // "Islamist insurgents beheaded a dozen villagers … in Mozambique's Cabo Delgado province" (MUSREB): Muslims of a kind
        // are placed as that kind (MOZREB).
        if (party is ActorSpan { IsPlace: false, Code: { Length: 6 } faithful } m && Muslims(ctx, m) && m.AgentOnly)
            return LocatedAgent(ctx, s, trigger, m with { Code = faithful[3..], AgentCode = faithful[3..] }, other) is ActorSpan { Code: { Length: 6 } placed } p && p != m
                ? m with { Code = placed } : party;
        if (party is not ActorSpan { IsPlace: false, Code: { Length: 3 } agent } a || IsCountryCode(ctx, agent) && !a.AgentOnly || ActorFinder.IsStateless(agent)
            || a.EntityId is not null && ctx.Doc.EntityById(a.EntityId)?.Type is not (EntityType.Org or EntityType.Norp or EntityType.Misc)) return party;
        if (OwnedByWordBefore(ctx, a, s.FirstToken)) return party;
        // "Rioters set fire to banks in the southern Jordanian town of Karak", "Youths in the northern Moroccan town of Al
        // Hoceima hurled stones", "set off a car bomb in a mainly Shi'ite district of southern Baghdad": a place in the act's
        // own clause (the party's phrase too) that a locative phrase names, or a nationality's settlement, places it as a
        // place right after a location preposition does (not one it came "from": "cleared protesters from the capital's
        // Pearl Roundabout").
        // (A place in a "while" clause of the act's yields to the nationality's settlement of its own: "Rioters set fire to
        // banks in the southern Jordanian town of Ma'an …, residents said, … while King Hussein was in Washington".)
        var scene = EventPlace(ctx, s, trigger, ownClause: true);
        if (ctx.Parsed && (scene is null || InWhileClause(ctx, s, scene.Last, trigger)))
            scene = ClausePlace(ctx, s, trigger, Math.Min(trigger, a.Last)) ?? scene;
        if (scene is not { Code: { Length: >= 3 } pc } || !IsCountryCode(ctx, pc)) return party;
        if (other?.Code is { Length: >= 3 } oc && (IsCountryCode(ctx, oc) ? oc[..3] != pc[..3] : ActorFinder.IsStateless(oc) || other.EntityId is not null)) return party;
        return a with { Code = pc[..3] + agent };
    }

    /// <summary>
    /// The place after <paramref name="from"/> that a location preposition names, or failing that a nationality's settlement
    /// ("in the southern Jordanian town of Karak"), within the clause of <paramref name="trigger"/> and before its closing
    /// attribution; or null.
    /// </summary>
    private static ActorSpan? ClausePlace(Ctx ctx, Sentence s, int trigger, int from)
    {
        if (PlaceAfter(ctx, s, from, beyondAttribution: false) is { } placed && Governs(ctx, s, trigger, placed.Last)) return placed;
        return PlaceAfter(ctx, s, from, settlements: true, beyondAttribution: false) is { } settlement && ctx.ActorAt[settlement.First] is { IsPlace: false }
            && Governs(ctx, s, trigger, settlement.Last) ? settlement : null;
    }

    /// <summary>An agent owned by the word before it, after <paramref name="floor"/> ("its army", "Kenya's police", "our troops"): its country is the owner's.</summary>
    private static bool OwnedByWordBefore(Ctx ctx, ActorSpan a, int floor) =>
        a.First > floor && (OwnerPronouns.Contains(ctx.Lower[a.First - 1]) || ctx.Lower[a.First - 1] is "'s" or "'" or "our");

    /// <summary>
    /// "LONDON, Sept 12 (Reuter) - The Foreign Office said it had ordered 25 Soviet officials out": a state body named by its
    /// kind alone (GOV, MIL, COP, JUD, LEG, SPY) in a wire story is the body of the country its dateline names, as the
    /// reader takes it; so are people of no named country who protest ("WASHINGTON, Dec 6 (Reuter) - Some 200,000 people took
    /// part in a rally on the Mall"). Not one owned by a party named before it ("its army"), whose country is the owner's.
    /// </summary>
    private static Party? DatelinedAgent(Ctx ctx, Party? party, bool protest)
    {
        // ("ADDIS ABABA (Reuters) - The military government allowed …": so is one named by two kinds, GOVMIL.)
        if (party is not ActorSpan { IsPlace: false, Code: { Length: 3 or 6 } agent } a
            // ("SEOUL (AP) - The opposition Grand National Party charged …": the opposition is the dateline country's whatever it does.)
            // ("COLOMBO - Hundreds of Buddhist monks rallied …": believers protesting are the dateline country's too.)
            || !(StateAgents.Contains(agent[..3]) && (agent.Length == 3 || StateAgents.Contains(agent[3..])) || protest && (Protesters.Contains(agent) || ProtestingFaiths.Contains(agent)) || agent == "OPP")
            || a.EntityId is not null && ctx.Doc.EntityById(a.EntityId)?.Type is EntityType.Person) return party;
        if (OwnedByWordBefore(ctx, a, 0)) return party;
        return DatelineCountry(ctx) is { } country ? a with { Code = country + agent } : party;
    }

    /// <summary>Faiths whose codes are no state's (not MUS, Mauritius's letters too), as protesters placed by a dateline.</summary>
    private static readonly FrozenSet ProtestingFaiths = new("BUD", "CHR", "HIN", "JEW", "SIK");

    /// <summary>People who protest in the streets (the crowd, the opposition, civilians, workers, students, farmers).</summary>
    private static readonly FrozenSet Protesters = new("PPL", "OPP", "CVL", "LAB", "EDU", "AGR");

    /// <summary>The country of the place a wire dateline opening the document names ("MANILA (AP) -", "BEIRUT, Lebanon, May 3 (Reuter) -"), or null.</summary>
    private static string? DatelineCountry(Ctx ctx) => DatelinePlace(ctx)?.Code![..3];

    /// <summary>The place a wire dateline opening the document names, as the state it is in, or null.</summary>
    private static ActorSpan? DatelinePlace(Ctx ctx)
    {
        if (ctx.Doc.Sentences.IsDefaultOrEmpty) return null;
        var first = ctx.Doc.Sentences[0];
        int last = first.EndToken - 1;
        if (last <= first.FirstToken || last - first.FirstToken > 12 || ctx.Lower[last] is not ("-" or "--" or "\u2014" or "\u2013")) return null;
        // "NAIROBI, June 10 (Xinhua) -", and the bare "DAKAR -" of some wires: a place in capitals and a dash.
        if (!Enumerable.Range(first.FirstToken, last - first.FirstToken).Any(k => ctx.Lower[k] == "(")
            && !(last - first.FirstToken <= 4 && Enumerable.Range(first.FirstToken, last - first.FirstToken).All(k => ctx.Lower[k] == "," || ctx.Doc.Tokens[k].Text.All(ch => !char.IsLetter(ch) || char.IsUpper(ch)))))
            return null;
        if (ctx.Actors.FirstOrDefault(p => p.First >= first.FirstToken && p.Last < last && p.IsPlace && p.Code is { Length: >= 3 } c && IsCountryCode(ctx, c[..3])) is not { } place)
            return null;
        // "SAN JOSE, Costa Rica (UPI) --": the state the dateline names after its city says which San Jose it is.
        if (ctx.Lower[place.Last + 1] == "," && ctx.Actors.FirstOrDefault(p => p.First == place.Last + 2 && p.Last < last && p.Code is { Length: 3 } c && IsCountryCode(ctx, c)) is { } state)
            place = state;
        return place with { Code = place.Code![..3], IsPlace = false };
    }

    /// <summary>
    /// Where the event at <paramref name="trigger"/> happened: the nearest place after a location preposition, one after the
    /// trigger first; with <paramref name="ownClause"/> and a parse, only a place within the trigger's own phrase.
    /// </summary>
    private static ActorSpan? EventPlace(Ctx ctx, Sentence s, int trigger, bool ownClause = false)
    {
        ActorSpan? best = null;
        int bestDist = int.MaxValue;
        foreach (var a in ctx.Actors)
        {
            if (a.First < s.FirstToken || a.First >= s.EndToken || !a.IsPlace || a.First == 0) continue;
            // "in northern Nicaragua", "near the eastern Thai border": direction words between the preposition and the place.
            int p = ActorFinder.BeforePlaceWords(ctx.Upper, a.First, s.FirstToken);
            // "on the outskirts of Culiacan", "in the streets of Seoul": a part of the place, with its preposition before it.
            bool partOf = false;
            if (ctx.Lower[p] == "of" && p - 1 > s.FirstToken && PlacePartNouns.Contains(ctx.Lower[p - 1]))
                for (int q = p - 2; q >= s.FirstToken && q >= p - 4; q--)
                    if (LocPreps.Contains(ctx.Lower[q]) || ctx.Lower[q] == "on") { (p, partOf) = (q, true); break; }
            if (!LocPreps.Contains(ctx.Lower[p]) && !partOf) continue;
            if (ownClause && ctx.Parsed && !Governs(ctx, s, trigger, a.Last)) continue;
            int dist = a.First > trigger ? a.First - trigger : (trigger - a.Last) * 2;   // after the trigger first
            if (dist < bestDist) { best = a; bestDist = dist; }
        }
        return best;
    }

    /// <summary>Token <paramref name="k"/> is <paramref name="head"/> or below it in the parse.</summary>
    private static bool Governs(Ctx ctx, Sentence s, int head, int k)
    {
        for (int steps = 0; k >= s.FirstToken && k < s.EndToken && steps < 64; steps++)
        {
            if (k == head) return true;
            k = ctx.Doc.Tokens[k].Head;
        }
        return false;
    }

    private static void Place(Ctx ctx, Candidate c)
    {
        var s = c.Sentence;
        var doc = ctx.Doc;
        var best = EventPlace(ctx, s, c.Trigger);
        if (best is not null)
        {
            var e = doc.EntityById(best.EntityId);
            c.Location = new EventLocation(best.EntityId, e?.Name ?? best.Text, e?.Country ?? e?.Geo?.CountryCode, e?.Geo?.Lat, e?.Geo?.Lon)
            {
                FeatureId = e?.Geo?.FeatureId,
            };
        }
        TimeExpression? date = null;
        int dd = int.MaxValue;
        var trigStart = doc.Tokens[c.Trigger].Span.Start;
        foreach (var d in doc.Dates)
        {
            if (!s.Span.Contains(d.Span)) continue;
            int dist = Math.Abs(d.Span.Start - trigStart) + (d.Value is null ? 1000 : 0);
            if (dist < dd) { date = d; dd = dist; }
        }
        if (date is not null) c.Date = new EventDate(date.Value, date.Text, date.Span);
    }

    /// <summary>Whether the verb at <paramref name="i"/> has an object determined by "no" ("will release no prisoners").</summary>
    private static bool HasNoObject(Ctx ctx, Sentence s, int i) =>
        ctx.Parsed && Kids(ctx, s, i).Any(o => Rel(ctx, o) == "obj" && Kids(ctx, s, o).Any(d => Rel(ctx, d) == "det" && ctx.Lower[d] == "no"));
}
