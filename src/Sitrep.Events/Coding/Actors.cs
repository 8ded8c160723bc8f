using Sitrep.Core;
using Sitrep.Events.Dictionaries;

namespace Sitrep.Events.Coding;

/// <summary>
/// A source or target of an event: an <see cref="ActorSpan"/> read from the sentence's tokens, or a
/// <see cref="SpeakerParty"/> known only as a quote's speaker. Only the first has token positions, so code that reads
/// the words around a party must match <see cref="ActorSpan"/> first.
/// </summary>
internal abstract record Party(string? EntityId, string Text, TextSpan Span, string? Code)
{
    /// <summary>A place by type (GPE/LOC/FAC): an actor only by metonymy ("Tehran denied"), otherwise a location.</summary>
    public bool IsPlace { get; init; }

    /// <summary>Followed by a possessive ("Iran's …"): the owner, not the head of the noun phrase.</summary>
    public bool IsPossessor { get; init; }

    public EventActor ToEventActor() => new(EntityId, Text, Span, Code);
}

/// <summary>A stretch of tokens <paramref name="First"/>..<paramref name="Last"/> (inclusive) that names a possible event participant, with its CAMEO actor code.</summary>
internal sealed record ActorSpan(int First, int Last, string? EntityId, string Text, TextSpan Span, string? Code) : Party(EntityId, Text, Span, Code)
{
    /// <summary>
    /// The code read from agent nouns alone ("militants" UAF, "Muslim militants" MUSUAF, "ruling party" GOV), null for a
    /// span with a state or an entity's code. While <see cref="Party.Code"/> is still this code, the span is a kind of party
    /// of no state, even where the code reads like a country's (the religion code MUS is also Mauritius's).
    /// </summary>
    public string? AgentCode { get; init; }

    /// <summary>Coded by agent nouns and given no state since (see <see cref="AgentCode"/>).</summary>
    public bool AgentOnly => AgentCode is not null && AgentCode == Code;
}

/// <summary>
/// A quote's speaker that no actor span of the document covers (the quote layer linked the speaker to an entity
/// whose words are elsewhere, or nowhere): a party by entity and code, with no token positions to read around.
/// </summary>
internal sealed record SpeakerParty(string? EntityId, string Text, TextSpan Span, string? Code) : Party(EntityId, Text, Span, Code);

/// <summary>
/// Finds the actor spans of a document: entity mentions (with the entity layer's CAMEO code, metonymy and
/// country), and, where no mention covers the words, country names/adjectives and agent nouns from the PETRARCH
/// dictionaries ("Iranian general" → IRN + MIL = IRNMIL, "protestors" → OPP).
/// </summary>
internal static class ActorFinder
{
    private static readonly DateTimeOffset SouthSudanIndependence = new(2011, 7, 9, 0, 0, 0, TimeSpan.Zero);

    public static List<ActorSpan> Find(Document doc, IReadOnlyList<string> upper, EventLexicon lex)
    {
        var result = new List<ActorSpan>();
        var covered = new bool[doc.Tokens.Length];
        var entities = doc.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var recodedPersons = new Dictionary<string, string>(StringComparer.Ordinal);

        foreach (var m in doc.Mentions.OrderBy(m => m.Span.Start))
        {
            var range = doc.TokenRange(m.Span);
            var (first, end) = (range.Start.Value, range.End.Value);
            if (end <= first) continue;
            if (Enumerable.Range(first, end - first).Any(i => covered[i])) continue;
            Entity? e = m.EntityId is not null && entities.TryGetValue(m.EntityId, out var ent) ? ent : null;
            var type = e?.Type ?? m.Type;
            bool place = type is EntityType.Gpe or EntityType.Loc or EntityType.Fac;
            // Facilities and regions are where things happen, not who acts, unless used for their owner by metonymy.
            // An area within one country ("the Gaza Strip", "Northern Ireland") stands for that country where a place is a party.
            // A site the gazetteer places ("Tiananmen Square", "Baghdad airport") is in its country, as a city is.
            string? code = type is EntityType.Fac ? e?.MetonymyCode ?? e?.Cameo ?? e?.Country
                : type is EntityType.Loc ? e?.MetonymyCode ?? e?.Cameo ?? e?.Country
                : place ? e?.MetonymyCode ?? e?.Cameo ?? e?.Country
                : e?.Cameo ?? e?.Country;
            // "Sudanese rebels shelled the southern regional capital Juba" (1994): a place of a state that did not yet exist is
            // in the state it seceded from, as CAMEO coded it then (South Sudan's independence, 9 July 2011).
            if (code is { Length: >= 3 } && code.StartsWith("SSD", StringComparison.Ordinal) && doc.Article.Published is { } published && published < SouthSudanIndependence)
                code = "SDN" + code[3..];
            // "Palestinian Islamic Jihad": a group the dictionaries file under a region (MEAREB) whose own name opens with a
            // nationality is that country's group (PSEREB), as CAMEO puts a state's code first.
            if (code is { Length: 6 } && !lex.CountryCodes.Contains(code[..3]) && !IsStateless(code)
                && lex.CountryAt(upper, first) is { } named && lex.CountryCodes.Contains(named.Code) && named.Length < end - first)
                code = named.Code + code[3..];
            // "the Philippine Senate": an organisation whose name opens with one country's nationality is that country's body,
            // though the linker matched its head to another country's ("Senate": the U.S. Senate, USAGOV).
            else if (code is { Length: >= 3 } && type is EntityType.Org && lex.CountryCodes.Contains(code[..3])
                && lex.CountryAt(upper, first) is { Length: 1 } nationality && lex.CountryCodes.Contains(nationality.Code) && nationality.Code != code[..3] && end - first > 1
                // A possessive the entity layer read as the state it names in this document ("KINSHASA … Congo's government":
                // the Democratic Republic's, though the bare name is listed for Brazzaville) already says whose body it is.
                && !(upper[first + 1] is "'S" or "’S" && e?.Country == code[..3]))
                code = nationality.Code + code[3..];
            // "Iran's Supreme National Security Council", "South Korea's Joint Chiefs of Staff": so is one after a country's
            // possessive (the linker took the U.S. bodies of those names).
            else if (code is { Length: >= 3 } && type is EntityType.Org && lex.CountryCodes.Contains(code[..3]) && OwnerCountryBefore(lex, upper, first) is { } owner
                && owner != code[..3])
                code = owner + code[3..];
            // "the State Department", "the Houthis", "the African Union": a name the dictionaries lack or file under a region
            // has its hand-written code (actors_extra.tsv), which is more specific than any the entity layer found.
            int nameStart = upper[first] == "THE" && end - first > 1 ? first + 1 : first;
            if (lex.ExtraActors.LongestAt(upper, nameStart) is { } extra && nameStart + extra.Length == end) code = extra.Value;
            // "Pope John Paul II", "Pontiff Benedict": a person named after a title the hand-written list codes is that
            // actor's head and speaks for it, whatever namesake the linker found for the bare name.
            else if (type is EntityType.Person && lex.ExtraActors.LongestAt(upper, nameStart) is { } titled && nameStart + titled.Length < end
                && lex.ExtraTitles.Contains(upper[nameStart])) code = titled.Value;
            else if (type is EntityType.Person && first > 0 && !covered[first - 1] && lex.ExtraTitles.Contains(upper[first - 1])
                && lex.ExtraActors.LongestAt(upper, first - 1) is { Length: 1 } titleBefore)
                (code, first) = (titleBefore.Value, first - 1);   // the title outside the recogniser's mention joins it
            // "Tamil Tiger suicide boats": a hand-written name whose first word the recogniser left out of its mention ("Tiger").
            else if (first > 0 && !covered[first - 1] && char.IsUpper(doc.Tokens[first - 1].Text[0]) && lex.ExtraActors.LongestAt(upper, first - 1) is { } wider
                && first - 1 + wider.Length == end)
                (code, first) = (wider.Value, first - 1);
            // "West African leaders", "Arab foreign ministers": a hand-written name that runs on past the recogniser's mention
            // over the lower-case words after it, also from a capitalised word just before it ("West").
            else if (new[] { first > 0 && !covered[first - 1] && char.IsUpper(doc.Tokens[first - 1].Text[0]) ? first - 1 : -1, first }
                    .Where(f0 => f0 >= 0).Select(f0 => (Start: f0, Match: lex.ExtraActors.LongestAt(upper, f0)))
                    .FirstOrDefault(x => x.Match is { } mt && x.Start + mt.Length > end && x.Start + mt.Length <= upper.Count
                        && Enumerable.Range(end, x.Start + mt.Length - end).All(k => !covered[k] && char.IsLower(doc.Tokens[k].Text[0]))) is { Match: { } longer } runOn)
                (code, first, end) = (longer.Value, runOn.Start, runOn.Start + longer.Length);
            // "the Kurdish YPG militia": a hand-written name inside the mention, after the words that describe it and before
            // lower-case words only (the group's members), is the group the mention names. Not in a person's name ("Kim Jong
            // Un" is no UN), and a single word only as written in capitals.
            else if (type is not EntityType.Person && Enumerable.Range(nameStart + 1, Math.Max(0, end - nameStart - 1))
                    .Select(k => (Start: k, Match: char.IsUpper(doc.Tokens[k].Text[0]) ? lex.ExtraActors.LongestAt(upper, k) : null))
                    .Where(x => x.Match is not { Length: 1 } || doc.Tokens[x.Start].Text.All(char.IsUpper))
                    .FirstOrDefault(x => x.Match is { } mt && x.Start + mt.Length <= end
                        && Enumerable.Range(x.Start + mt.Length, end - x.Start - mt.Length).All(k => char.IsLower(doc.Tokens[k].Text[0]))) is { Match: { } inner })
                code = inner.Value;
            int last = end - 1;
            // A nationality or country word the entity layer left uncoded ("Serb forces", "the PRC", "Kampuchean guerrillas").
            bool countryWord = false;
            // "Kampuchean guerrilla camps", "Sri Lankan troops": a nationality adjective the recogniser took for a person's or an
            // organisation's name is a nationality (the whole name a country word with a demonym ending, a lower-case noun after it).
            if (code is null && type is EntityType.Person or EntityType.Org && end < upper.Count && doc.Tokens[end].Text is { Length: > 0 } nextWord
                && char.IsLower(nextWord[0]) && (upper[end - 1].EndsWith("AN", StringComparison.Ordinal) || upper[end - 1].EndsWith("ESE", StringComparison.Ordinal)
                    || upper[end - 1].EndsWith("ISH", StringComparison.Ordinal)) && lex.CountryAt(upper, first) is { } whole && whole.Length == end - first)
                type = EntityType.Norp;
            if (code is null && type is EntityType.Norp or EntityType.Gpe or EntityType.Loc or EntityType.Misc && lex.CountryAt(upper, first, initials: true) is { } c
                && (type is EntityType.Norp or EntityType.Gpe || c.Length == end - first
                    // "Hundreds of thousands of South Korean workers": the recogniser's "South" (a place) is the start of the
                    // nationality the country words run on to, over capitalised words no other mention covers.
                    || c.Length > end - first && first + c.Length <= upper.Count
                        && Enumerable.Range(end, first + c.Length - end).All(k => !covered[k] && char.IsUpper(doc.Tokens[k].Text[0]))))
            {
                code = c.Code;
                countryWord = true;
                if (c.Length > end - first) { end = first + c.Length; last = end - 1; }
            }
            // A mention the entity layer could not code may still be a generic agent ("protestors", "militants").
            bool agentOnly = false;
            if (code is null && !place)
                for (int k = first; k <= last && code is null; k++)
                    if (AgentAt(lex, upper, k) is { } ag0)
                    {
                        // "the Congress of South African Trade Unions": an organisation named as a body of its members is
                        // coded by the members (the agent word after its "of"), not by the body's own word.
                        int ofAt = k + ag0.Length;
                        if (type is EntityType.Org && ofAt < last && upper[ofAt] == "OF"
                            && Enumerable.Range(ofAt + 1, last - ofAt).Any(j => AgentAt(lex, upper, j) is not null)) continue;
                        // "the People's Democracy Party": "People's" inside an organisation's name says whose the body is, not
                        // what it is (a workers' or women's body is one of workers or women).
                        if (type is EntityType.Org && ag0.Code == "PPL" && ofAt < last && upper[ofAt] is "'S" or "'") continue;
                        (code, agentOnly) = (ag0.Code, true);
                        // "The Soviet Foreign Ministry", "the Kenyan Defence Ministry": a state's nationality opening the name is whose
                        // organ it is; so is one right after its "of" ("the Congress of South African Trade Unions": ZAFLAB).
                        int ofBefore = Enumerable.Range(nameStart, Math.Max(0, k - nameStart)).LastOrDefault(j => upper[j] == "OF", -1);
                        var organCountry = lex.CountryAt(upper, nameStart) is { } nameCountry && nameStart + nameCountry.Length <= k ? nameCountry
                            : ofBefore >= 0 && lex.CountryAt(upper, ofBefore + 1) is { } afterOf && ofBefore + 1 + afterOf.Length <= k ? afterOf : ((string Code, int Length)?)null;
                        if (k > nameStart && organCountry is { } oc && lex.CountryCodes.Contains(oc.Code) && ag0.Code.Length == 3 && !IsStateless(ag0.Code))
                            code = oc.Code + ag0.Code;
                    }
            // "the Ceasefire Violations Committee", "the Kenyan Teachers Union": an organisation no dictionary codes whose name is
            // headed by a body of people (organisation_nouns.tsv) and names no organ of state is a non-governmental body.
            // "Bangladesh's opposition Awami League", "the opposition Movement for the Restoration of Democracy": an
            // organisation no dictionary codes that is introduced as the opposition is an opposition party, of the country
            // whose possessive or nationality comes before (BGDOPP).
            // "Moldova's ruling Communist Party", "Tanzania's ruling Chama Cha Mapinduzi party": one introduced as ruling is the
            // government's party (CAMEO codes a ruling party GOV, as the agent noun "ruling party").
            // ("Mongolia's opposition Democratic Party": so is one whose only code is its head's agent word, a party.)
            if ((code is null || agentOnly && code == "PTY") && type is EntityType.Org && nameStart > 0 && upper[nameStart - 1] is "OPPOSITION" or "RULING")
                code = HomeCountry(lex, upper, nameStart - 1) + (upper[nameStart - 1] == "RULING" ? "GOV" : "OPP");
            // "Ethiopia's National Electoral Board", "Kyrgyzstan's Central Election Commission": an organisation no dictionary codes
            // headed by a word of a state's own bodies, after a country's possessive or nationality, is that state's organ.
            if (code is null && type is EntityType.Org or EntityType.Misc && lex.OrganNouns.Contains(upper[end - 1])
                && (lex.CountryAt(upper, nameStart) is { } opening && lex.CountryCodes.Contains(opening.Code) && opening.Length < end - nameStart ? opening.Code : HomeCountry(lex, upper, nameStart)) is { } organOf)
                code = organOf + "GOV";
            if (code is null && type is EntityType.Org && BodyOfPeople(lex, upper, nameStart, end))
            {
                code = lex.CountryAt(upper, nameStart) is { } bodyCountry && lex.CountryCodes.Contains(bodyCountry.Code) && bodyCountry.Length < end - nameStart
                    ? bodyCountry.Code + "NGO" : "NGO";
            }
            // "Iranian general", "US embassy": a country or nationality followed by an agent noun is one actor. Not the second of
            // coordinated nationalities ("Hungarian and Romanian officials"): the agent noun is both countries', which the
            // parse reads from the noun's modifiers.
            bool entityless = false;
            // "Soviet Defence Minister": a name the entity layer took for an organisation whose code is a state's is that
            // state's adjective (the Soviet Union has no current ISO entry for the entity layer to know it by).
            bool stateName = type is EntityType.Org && code is { Length: 3 } && lex.CountryCodes.Contains(code) && end - first == 1;
            if ((type is EntityType.Norp or EntityType.Gpe || countryWord || stateName) && !CoordinatedNationality(lex, upper, first) && last + 1 < upper.Count && AgentAt(lex, upper, last + 1) is { } ag && code is { Length: 3 })
            {
                code += ag.Code;
                last += ag.Length;
            }
            // "Shining Path guerrillas", "Renamo rebels", "NATO troops": a group's name before an agent noun names the group's
            // own members, one actor with the group's code (the agent's when the name has none).
            // A name the entity layer could not code gives the span no entity: the agent word alone is no placed party.
            else if (type is EntityType.Org or EntityType.Misc or EntityType.Person && !place && last + 1 < upper.Count && char.IsLower(doc.Tokens[last + 1].Text[0])
                && AgentAt(lex, upper, last + 1) is { } member)
            {
                if (code is null) entityless = agentOnly = true;
                code = code is null ? member.Code : code.Length == 3 && lex.CountryCodes.Contains(code) ? code + member.Code : code;
                last += member.Length;
            }
            if (code is not null) last = AgentChain(lex, upper, last, ref code);
            // "Pope John Paul II said … he had forgiven …": a person whose name this pass coded otherwise than the entity
            // layer did (a hand-written title's actor over a namesake's code) keeps that code in the entity's later mentions,
            // pronouns too.
            if (type is EntityType.Person && e is not null)
            {
                if (code is not null && e.Cameo is not null && code != e.Cameo) recodedPersons.TryAdd(e.Id, code);
                else if (recodedPersons.TryGetValue(e.Id, out var personCode)) code = personCode;
            }
            code = lex.Recode(code);
            for (int i = first; i <= last; i++) covered[i] = true;
            bool possessor = last + 1 < upper.Count && upper[last + 1] is "'S" or "'";
            var span = new TextSpan(doc.Tokens[first].Span.Start, doc.Tokens[last].Span.End);
            result.Add(new ActorSpan(first, last, entityless ? null : e?.Id ?? m.EntityId, span.Of(doc.Text), span, code)
            {
                IsPlace = place && last == end - 1,
                IsPossessor = possessor,
                AgentCode = agentOnly ? code : null,
            });
        }

        for (int i = 0; i < upper.Count; i++)
        {
            if (covered[i]) continue;
            string? country = null;
            int len = 0;
            // A named actor the entity layer did not find ("Houthi rebels"): its own code, the agent noun after it its members.
            if (char.IsUpper(doc.Tokens[i].Text[0]) && lex.ExtraActors.LongestAt(upper, i) is { } named && !Enumerable.Range(i, named.Length).Any(k => covered[k]))
            {
                int after = i + named.Length < upper.Count && !covered[i + named.Length] && AgentAt(lex, upper, i + named.Length) is { } members ? members.Length : 0;
                var whole = new TextSpan(doc.Tokens[i].Span.Start, doc.Tokens[i + named.Length + after - 1].Span.End);
                result.Add(new ActorSpan(i, i + named.Length + after - 1, null, whole.Of(doc.Text), whole, lex.Recode(named.Value))
                    { IsPossessor = i + named.Length + after < upper.Count && upper[i + named.Length + after] is "'S" or "'" });
                for (int k = i; k < i + named.Length + after; k++) covered[k] = true;
                i += named.Length + after - 1;
                continue;
            }
            if (char.IsUpper(doc.Tokens[i].Text[0]) && lex.CountryAt(upper, i) is { } c && !Enumerable.Range(i, c.Length).Any(k => covered[k]))
            {
                country = c.Code;
                len = c.Length;
            }
            // "Iranian-backed militia", "Vietnamese-led forces"; "NATO-led peacekeepers", "UN-backed troops": the state or the
            // international body that leads or backs them is whose they are. Not a mediator's or host's word ("Portuguese-
            // brokered peace talks", "Egyptian-sponsored talks"): the talks are between others.
            else if (char.IsUpper(doc.Tokens[i].Text[0]) && upper[i].Contains('-') && !MediatorSuffixes.Any(upper[i].EndsWith)
                     && upper[i].Split('-')[0] is var leader
                     && (lex.CountryAt([leader], 0)?.Code ?? (lex.ExtraActors.LongestAt([leader], 0) is { Value: { Length: >= 6 } body } && body[..3] is "IGO" ? body : null)) is { } backer)
            {
                country = backer;
                len = 1;
            }
            int j = i + len;
            string? agent = null;
            if (j < upper.Count && !covered[j] && !(country is not null && CoordinatedNationality(lex, upper, i)) && AgentAt(lex, upper, j) is { } ag)
            {
                agent = ag.Code;
                j += ag.Length;
                j = AgentChain(lex, upper, j - 1, ref agent, covered) + 1;
            }
            if (country is null && agent is null) continue;
            // A bare title before a name ("President Trump", "Senator Kosachev") belongs to the name's mention.
            if (country is null && j < upper.Count && covered[j]) { i = j - 1; continue; }
            // A country name alone ("Iraq") is a place unless the entity layer said otherwise; keep it as a weak actor.
            string code = (country ?? "") + (agent ?? "");
            // "a human rights group": a rights body of no named country is a non-governmental organisation (NGOHRI), as
            // CAMEO codes Amnesty or Human Rights Watch; "a Kenyan human rights group" stays KENHRI.
            if (code == "HRI") code = "NGOHRI";
            var span = new TextSpan(doc.Tokens[i].Span.Start, doc.Tokens[j - 1].Span.End);
            bool possessor = j < upper.Count && upper[j] is "'S" or "'";
            result.Add(new ActorSpan(i, j - 1, null, span.Of(doc.Text), span, code) { IsPossessor = possessor, AgentCode = country is null ? code : null });
            for (int k = i; k < j; k++) covered[k] = true;
            i = j - 1;
        }
        result.Sort((a, b) => a.First.CompareTo(b.First));
        // "a U.S.-brokered peace agreement", tokenized "U.S." "-" "brokered": a mediator's or host's word makes the name no
        // party to what it qualifies, as for the unsplit "Portuguese-brokered".
        result.RemoveAll(a => a.Last + 2 < upper.Count && upper[a.Last + 1] == "-" && MediatorSuffixes.Contains("-" + upper[a.Last + 2]));
        // "in the East China Sea", "the Irish Sea": a country word that names a sea is no party (the recogniser may split the
        // name into "East", "China" and "Sea").
        result.RemoveAll(a => a.Last + 1 < upper.Count && upper[a.Last + 1] == "SEA" && char.IsUpper(doc.Tokens[a.Last + 1].Text[0]));
        // "more than 200 Soviet-designed T-72 tanks", "Russian-made rifles", "Soviet-era tanks": a maker's or an era's word says
        // where or when a thing comes from; the state is no party to what is done with it.
        result.RemoveAll(a => MakerSuffixes.Any(upper[a.Last].EndsWith) || a.Last + 2 < upper.Count && upper[a.Last + 1] == "-" && MakerSuffixes.Contains("-" + upper[a.Last + 2]));
        // "the capital's West Point district", "the Soweto township": a name right before a word for a part of a city names
        // that part, not the body of the same name (West Point, the U.S. military academy).
        result.RemoveAll(a => !a.IsPlace && a.Last + 1 < upper.Count && upper[a.Last + 1] is "DISTRICT" or "NEIGHBOURHOOD" or "NEIGHBORHOOD" or "TOWNSHIP" or "QUARTER"
            && char.IsLower(doc.Tokens[a.Last + 1].Text[0]));
        // "the former Soviet republic of Georgia", "the former Yugoslav republic of Macedonia": the union a republic belonged to
        // only describes the state named after "republic of".
        result.RemoveAll(a => a.Code is { Length: 3 } && a.Last + 3 < upper.Count && upper[a.Last + 1] is "REPUBLIC" or "REPUBLICS" && upper[a.Last + 2] == "OF"
            && result.Any(b => b.First == a.Last + 3 && b.Code is { Length: >= 3 } bc && lex.CountryCodes.Contains(bc[..3])));
        RegnalNumbers(doc, result);
        TitledPeople(doc, lex, result);
        OwnedAgents(doc, upper, lex, result);
        AgentsFor(upper, lex, result);
        PlaceOfAgents(upper, lex, result);
        ResidenceOfPeople(doc, upper, lex, result);
        MinoritiesOfState(doc, upper, lex, result);
        CongoAfterZaire(doc, upper, result);
        BrusselsForTheUnion(doc, upper, result);
        Allegiance(upper, lex, result);
        RuledPlaces(upper, lex, result);
        QuartersOfPlaces(upper, lex, result);
        KoreasByCompassPoint(doc, upper, result);
        return result;
    }

    /// <summary>
    /// "North Korea accused the South on Friday of flying drones over Pyongyang": in a story of the two Koreas, "the South"
    /// and "the North" standing alone are the other Korea (a place after "in", "to", "from" or "across").
    /// </summary>
    private static void KoreasByCompassPoint(Document doc, IReadOnlyList<string> upper, List<ActorSpan> spans)
    {
        if (!spans.Any(a => a.Code is { Length: >= 3 } c && c[..3] is "PRK" or "KOR")) return;
        bool added = false;
        for (int k = 1; k < upper.Count; k++)
        {
            if (upper[k] is not ("SOUTH" or "NORTH") || upper[k - 1] != "THE" || !char.IsUpper(doc.Tokens[k].Text[0])) continue;
            // "the North Atlantic", "the South China Sea": a compass point that starts a name is no Korea.
            if (k + 1 < upper.Count && char.IsUpper(doc.Tokens[k + 1].Text[0]) && upper[k + 1].Any(char.IsLetter)) continue;
            // (The recogniser may have taken the word for a name it could not code.)
            int named = spans.FindIndex(a => a.First <= k && k <= a.Last);
            if (named >= 0 && (spans[named].First != k || spans[named].Last != k || spans[named].Code is not null)) continue;
            if (named >= 0) spans.RemoveAt(named);
            var span = doc.Tokens[k].Span;
            spans.Add(new ActorSpan(k, k, null, span.Of(doc.Text), span, upper[k] == "SOUTH" ? "KOR" : "PRK")
            {
                IsPlace = k >= 2 && upper[k - 2] is "IN" or "TO" or "FROM" or "ACROSS",
                IsPossessor = k + 1 < upper.Count && upper[k + 1] is "'S" or "'",
            });
            added = true;
        }
        if (added) spans.Sort((a, b) => a.First.CompareTo(b.First));
    }

    /// <summary>Nouns of a part of a city or a region ("the Delmas district of Port-au-Prince").</summary>
    private static readonly HashSet<string> QuarterNouns = new(StringComparer.Ordinal) { "DISTRICT", "DISTRICTS", "QUARTER", "NEIGHBOURHOOD", "NEIGHBORHOOD", "SUBURB", "SUBURBS", "SLUM", "TOWNSHIP", "AREA" };

    /// <summary>
    /// "looted shops in the Delmas district of Port-au-Prince": a place named as a quarter of another place is in that
    /// place's state, whatever state the gazetteer gives a namesake (Delmas in South Africa).
    /// </summary>
    private static void QuartersOfPlaces(IReadOnlyList<string> upper, EventLexicon lex, List<ActorSpan> spans)
    {
        for (int n = 0; n + 1 < spans.Count; n++)
        {
            var (quarter, whole) = (spans[n], spans[n + 1]);
            if (!quarter.IsPlace || !whole.IsPlace || quarter.Code is not { Length: >= 3 } qc || whole.Code is not { Length: >= 3 } wc || qc[..3] == wc[..3]
                || !lex.CountryCodes.Contains(wc[..3]) || whole.First != quarter.Last + 3 || !QuarterNouns.Contains(upper[quarter.Last + 1]) || upper[quarter.Last + 2] != "OF") continue;
            spans[n] = quarter with { Code = wc[..3] };
        }
    }

    /// <summary>Hyphenated words by which a country holds a place ("British-ruled", "Indian-controlled").</summary>
    private static readonly string[] RulerSuffixes = ["-RULED", "-CONTROLLED", "-HELD", "-ADMINISTERED", "-OCCUPIED", "-GOVERNED"];

    /// <summary>
    /// "occupied the British-ruled Falkland Islands", "shelled Indian-controlled Kashmir": a place a country is said to rule
    /// stands for that country where a place is a party (what is done to it is done to its ruler).
    /// </summary>
    private static void RuledPlaces(IReadOnlyList<string> upper, EventLexicon lex, List<ActorSpan> spans)
    {
        for (int n = 0; n + 1 < spans.Count; n++)
        {
            var (ruler, place) = (spans[n], spans[n + 1]);
            if (!place.IsPlace || ruler.First != ruler.Last || place.First != ruler.Last + 1 || !RulerSuffixes.Any(upper[ruler.Last].EndsWith)
                || ruler.Code is not { Length: 3 } state || !lex.CountryCodes.Contains(state)) continue;
            spans[n + 1] = place with { Code = state };
        }
    }

    private static readonly HashSet<string> RomanNumerals = new(StringComparer.Ordinal) { "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI" };

    /// <summary>
    /// "Pope John Paul II", "King Hussein II": a regnal number the recogniser made a mention of its own belongs to the name
    /// before it, so that the subject the parse may hang on the number is the person.
    /// </summary>
    private static void RegnalNumbers(Document doc, List<ActorSpan> spans)
    {
        for (int n = spans.Count - 1; n > 0; n--)
        {
            var (name, number) = (spans[n - 1], spans[n]);
            if (number.First != number.Last || number.First != name.Last + 1 || !RomanNumerals.Contains(doc.Tokens[number.First].Text) || name.Code is null) continue;
            var span = new TextSpan(name.Span.Start, number.Span.End);
            spans[n - 1] = name with { Last = number.Last, Span = span, Text = span.Of(doc.Text) };
            spans.RemoveAt(n);
        }
    }

    /// <summary>The country word at <paramref name="i"/> is the second of two joined by "and"/"or" ("Hungarian and Romanian officials").</summary>
    private static bool CoordinatedNationality(EventLexicon lex, IReadOnlyList<string> upper, int i) =>
        i >= 2 && upper[i - 1] is "AND" or "OR" && lex.CountryAt(upper, i - 2) is not null;

    /// <summary>
    /// "military spokesman", "police officials", "government troops": agent nouns in a row are one actor. The first word
    /// names whose person the later one is (a military spokesman speaks for the military), except that the state in
    /// general ("government") yields to the force a later word names ("government troops" are the military).
    /// Returns the last token of the chain starting after <paramref name="last"/>.
    /// </summary>
    private static int AgentChain(EventLexicon lex, IReadOnlyList<string> upper, int last, ref string code, bool[]? covered = null)
    {
        while (last + 1 < upper.Count && (covered is null || !covered[last + 1]) && AgentAt(lex, upper, last + 1) is { } next)
        {
            if (code.EndsWith("GOV", StringComparison.Ordinal) && next.Code is "MIL" or "COP") code = code[..^3] + next.Code;
            last += next.Length;
        }
        return last;
    }

    private static readonly HashSet<string> Owners = new(StringComparer.Ordinal) { "'S", "'", "ITS", "THEIR", "HIS", "HER", "OUR" };
    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal) { "IN", "AT", "FROM" };

    /// <summary>Codes that stand for a kind of party with no state: international and non-governmental bodies, companies, groups of several states.</summary>
    internal static bool IsStateless(string code) => code.Length >= 3 && code[..3] is "IGO" or "NGO" or "IMG" or "MNC" or "UIS";

    /// <summary>
    /// "officials in Nairobi", "a military spokesman in Kabul", "gunmen in southern Colombia", "a missionary from Calgary":
    /// an agent named with no country ("officials" GOV, "gunmen" UAF) and placed in or from a country's place belongs to
    /// that country, as CAMEO codes such a party by the state first (KENGOV, COLUAF, CANREL).
    /// </summary>
    private static void PlaceOfAgents(IReadOnlyList<string> upper, EventLexicon lex, List<ActorSpan> spans)
    {
        for (int n = 0; n + 1 < spans.Count; n++)
        {
            var agent = spans[n];
            if (agent.IsPlace || !Countryless(lex, agent, out var role)) continue;
            // "Iran's military presence in Iraq", "its troops in Lebanon": an owned agent is its owner's, wherever it is;
            // an owned ally is not ("Israel's militia ally in southern Lebanon" is Lebanese).
            int ally = AllyAfter(upper, agent);
            // ("Somalia's newly elected president in Addis Ababa": so is one owned across the words that describe it.)
            if (ally == 0 && OwnerBefore(upper, agent.First)) continue;
            int k = agent.Last + 1 + ally;
            if (k >= upper.Count || !PlacePrepositions.Contains(upper[k])) continue;
            k++;
            // "in southern Colombia", "in the West Bank", but "in Northern Ireland": a direction word may be the place's own.
            var place = spans[n + 1];
            // "officials at Foggy Bottom", "a spokesman at the Pentagon": officials at a state's institution are its own.
            if (role is "GOV" or "MIL" && upper[k - 1] == "AT" && !place.IsPlace && place.First == k + (upper[k] == "THE" ? 1 : 0)
                && place.Code is { Length: >= 6 } institution && lex.CountryCodes.Contains(institution[..3]))
            {
                spans[n] = agent with { Code = institution };
                continue;
            }
            k = SkipPlaceWords(upper, k, place.First);
            if (place.First != k || !place.IsPlace || place.Code is not { Length: >= 3 } pc || !lex.CountryCodes.Contains(pc[..3])) continue;
            spans[n] = agent with { Code = pc[..3] + role };
        }
    }

    /// <summary>An owner ("'s", "its", "their") right before token <paramref name="at"/> or before up to two describing words ("newly elected").</summary>
    private static bool OwnerBefore(IReadOnlyList<string> upper, int at)
    {
        for (int k = at - 1; k >= 0 && k >= at - 3; k--)
        {
            if (Owners.Contains(upper[k])) return true;
            if (!upper[k].All(char.IsLetter) || upper[k] is "AND" or "OR" or "THE" or "A" or "AN" || PlacePrepositions.Contains(upper[k])) return false;
        }
        return false;
    }

    private static readonly HashSet<string> AllyWords = new(StringComparer.Ordinal) { "ALLY", "ALLIES", "PROXY", "PROXIES" };

    /// <summary>1 when "ally" or "proxy" follows the agent noun ("militia ally"), else 0.</summary>
    private static int AllyAfter(IReadOnlyList<string> upper, ActorSpan agent) =>
        agent.Last + 1 < upper.Count && AllyWords.Contains(upper[agent.Last + 1]) ? 1 : 0;

    /// <summary>
    /// A party coded by its kind and no state: an agent noun alone ("officials" GOV, "Muslim militants" MUSUAF, read by the
    /// flag and not the letters, as MUS is both Muslims and Mauritius), or a three-letter role that is no country's code.
    /// </summary>
    private static bool Countryless(EventLexicon lex, ActorSpan a, out string role)
    {
        role = a.Code ?? "";
        return role.Length >= 3 && !IsStateless(role) && (a.AgentOnly || role.Length == 3 && !lex.CountryCodes.Contains(role));
    }

    /// <summary>Words that name what kind of place follows ("city of", "province of"): "in the southern city of Karachi" places an agent in Karachi.</summary>
    private static readonly HashSet<string> PlaceKinds = new(StringComparer.Ordinal)
        { "CITY", "TOWN", "VILLAGE", "PROVINCE", "REGION", "DISTRICT", "STATE", "CAPITAL", "PORT", "ISLAND", "AREA", "ENCLAVE", "BORDER", "HOLY" };

    /// <summary>
    /// From token <paramref name="k"/>, past direction words and a kind of place with its "of" ("the southern port city of"),
    /// as long as <paramref name="place"/> (the next span's first token) is not reached. Returns where the place name should start.
    /// </summary>
    private static int SkipPlaceWords(IReadOnlyList<string> upper, int k, int place)
    {
        while (k < place && Directions.Contains(upper[k])) k++;
        int kind = k;
        while (kind < place && PlaceKinds.Contains(upper[kind])) kind++;
        if (kind > k && kind + 1 == place && upper[kind] == "OF") return place;
        return k;
    }

    /// <summary>
    /// The token before the words that lead up to the place starting at <paramref name="place"/> ("in" for "in the southern
    /// port city of Karachi", "in" for "in northern Iraq"), not before <paramref name="floor"/>.
    /// </summary>
    internal static int BeforePlaceWords(IReadOnlyList<string> upper, int place, int floor)
    {
        int p = place - 1;
        if (p - 1 > floor && upper[p] == "OF" && PlaceKinds.Contains(upper[p - 1]))
        {
            p -= 2;
            while (p > floor && PlaceKinds.Contains(upper[p])) p--;
        }
        while (p > floor && Directions.Contains(upper[p])) p--;
        return p;
    }

    /// <summary>
    /// "Zimbabwe's ruling party", "Kenya's police": an agent with no state owned by a country ("'s") is that country's
    /// (ZWEGOV), as CAMEO codes the state first. A person owned ("Iran's foreign minister") is read the same way.
    /// </summary>
    private static void OwnedAgents(Document doc, IReadOnlyList<string> upper, EventLexicon lex, List<ActorSpan> spans)
    {
        for (int n = 0; n + 1 < spans.Count; n++)
        {
            var owner = spans[n];
            if (!owner.IsPossessor || owner.Code is not { Length: >= 3 } oc || !lex.CountryCodes.Contains(oc[..3])) continue;
            var agent = spans[n + 1];
            // "Zimbabwe's main opposition party": up to two adjectives between the owner and the agent noun.
            int k = owner.Last + 2;
            while (k < agent.First && k < owner.Last + 4 && doc.Tokens[k].Upos is "ADJ") k++;
            if (agent.First != k || agent.IsPlace || !Countryless(lex, agent, out var role)) continue;
            // "Israel's militia ally in southern Lebanon": an ally or proxy is not its patron's own; where it is says whose it is.
            if (AllyAfter(upper, agent) > 0) continue;
            spans[n + 1] = agent with { Code = oc[..3] + role };
            // "Zambia's churches and trade unions": the owner owns a second agent joined by "and" right after the first.
            if (n + 2 < spans.Count && spans[n + 2] is var second && agent.Last + 2 == second.First && upper[agent.Last + 1] == "AND"
                && !second.IsPlace && Countryless(lex, second, out var secondRole) && AllyAfter(upper, second) == 0)
                spans[n + 2] = second with { Code = oc[..3] + secondRole };
        }
    }

    /// <summary>
    /// Agents that speak or act for a body named after them with "for" or "of" ("a spokesman for the UN refugee agency"), or
    /// come "from" it ("warplanes from the Saudi-led coalition", "troops from Nigeria").
    /// </summary>
    private static readonly HashSet<string> ForWhom = new(StringComparer.Ordinal) { "FOR", "OF", "FROM" };

    /// <summary>
    /// "a spokesman for the U.N. refugee agency", "officials of the African Union", "leaders of the Kurdish rebels", "warplanes
    /// from the Saudi-led coalition": an agent with no state of its own followed by "for", "of" or "from" and a named party
    /// speaks or acts for that party, and takes its code (IGOUNO); a country alone gives its own role to the agent ("officials
    /// of Kenya" KENGOV).
    /// </summary>
    private static void AgentsFor(IReadOnlyList<string> upper, EventLexicon lex, List<ActorSpan> spans)
    {
        for (int n = 0; n + 1 < spans.Count; n++)
        {
            var agent = spans[n];
            if (agent.IsPlace || !Countryless(lex, agent, out var role) || PartyAfterLink(upper, spans, n, 1) is not { } party || !ForWhom.Contains(upper[agent.Last + 1])) continue;
            if (party.Code is not { Length: >= 3 } pc || party.IsPossessor) continue;
            string? code = IsStateless(pc) || pc.Length > 3 && lex.CountryCodes.Contains(pc[..3]) ? pc
                : pc.Length == 3 && lex.CountryCodes.Contains(pc) && !(party.IsPlace && upper[agent.Last + 1] == "FOR") ? pc + role : null;
            if (code is null) continue;
            spans[n] = agent with { Code = code };
        }
        // "Forces loyal to Muammar Gaddafi", "troops loyal to the junta": armed men loyal to a leader or body of a state are
        // that state's, in their own role (LBYMIL).
        for (int n = 0; n + 1 < spans.Count; n++)
        {
            var agent = spans[n];
            if (agent.IsPlace || !Countryless(lex, agent, out var role) || PartyAfterLink(upper, spans, n, 2) is not { } party
                || upper[agent.Last + 1] != "LOYAL" || upper[agent.Last + 2] != "TO") continue;
            if (party.Code is not { Length: >= 3 } pc || !lex.CountryCodes.Contains(pc[..3])) continue;
            spans[n] = agent with { Code = pc[..3] + role };
        }
        // "Thousands of students at Seoul National University rallied", "workers at a Hyundai shipyard struck": students of a
        // country's school or workers of its firm are of that country. Only of their own kind of body: protesters "at the U.S.
        // embassy" are not American.
        for (int n = 0; n + 1 < spans.Count; n++)
        {
            var agent = spans[n];
            if (agent.IsPlace || !Countryless(lex, agent, out var role) || PartyAfterLink(upper, spans, n, 1, indefinite: true) is not { } party
                || upper[agent.Last + 1] != "AT") continue;
            if (party.Code is not { Length: 6 } pc || !lex.CountryCodes.Contains(pc[..3])
                || !(pc[3..] == role && role is "EDU" or "LAB" || role == "LAB" && pc[3..] == "BUS")) continue;
            spans[n] = agent with { Code = pc[..3] + role };
        }
    }

    /// <summary>
    /// The span right after agent <c>spans[n]</c>'s <paramref name="linkWords"/> linking words ("for", "loyal to", "at") and an
    /// article ("the", and with <paramref name="indefinite"/> "a"), or null; the callers read the linking words themselves.
    /// </summary>
    private static ActorSpan? PartyAfterLink(IReadOnlyList<string> upper, List<ActorSpan> spans, int n, int linkWords, bool indefinite = false)
    {
        int k = spans[n].Last + 1 + linkWords;
        if (k >= upper.Count) return null;
        if (upper[k] == "THE" || indefinite && upper[k] == "A") k++;
        return spans[n + 1].First == k ? spans[n + 1] : null;
    }

    /// <summary>The country whose nationality or possessive stands right before the word at <paramref name="at"/> ("Kenya's ruling", "Bangladesh's opposition").</summary>
    private static string? HomeCountry(EventLexicon lex, IReadOnlyList<string> upper, int at) =>
        at >= 1 && lex.CountryAt(upper, at - 1) is { Length: 1 } adjective && lex.CountryCodes.Contains(adjective.Code) ? adjective.Code
        : at >= 2 && upper[at - 1] is "'S" or "’S" && lex.CountryAt(upper, at - 2) is { } owner && lex.CountryCodes.Contains(owner.Code) ? owner.Code : null;

    /// <summary>The state whose possessive ends right before <paramref name="at"/> ("South Korea's", "Iran's"), or null.</summary>
    private static string? OwnerCountryBefore(EventLexicon lex, IReadOnlyList<string> upper, int at)
    {
        if (at < 2 || upper[at - 1] is not ("'S" or "’S" or "'")) return null;
        for (int j = at - 2; j >= 0 && j >= at - 4; j--)
            if (lex.CountryAt(upper, j) is { } owner && j + owner.Length == at - 1 && lex.CountryCodes.Contains(owner.Code)) return owner.Code;
        return null;
    }

    /// <summary>The name's head (its last word, or the word before "of") is a body noun and no word of it names a state organ.</summary>
    private static bool BodyOfPeople(EventLexicon lex, IReadOnlyList<string> upper, int first, int end)
    {
        int ofAt = Enumerable.Range(first, end - first).FirstOrDefault(k => upper[k] == "OF", end);
        int head = ofAt < end && ofAt > first ? ofAt - 1 : end - 1;
        if (!lex.BodyNouns.Contains(upper[head])) return false;
        for (int k = first; k < end; k++) if (lex.StateWords.Contains(upper[k])) return false;
        return true;
    }

    /// <summary>Titles of people sent to speak or mediate for a body.</summary>
    private static readonly HashSet<string> EnvoyWords = new(StringComparer.Ordinal) { "envoy", "mediator", "negotiator", "representative", "facilitator" };

    /// <summary>
    /// "Kenyan opposition leader John Mbaru", "Peruvian judge Ana Ruiz": a person the dictionaries do not know, or know as
    /// another state's or body's, named right after a title with a country, is the titled party (KENOPP).
    /// </summary>
    private static void TitledPeople(Document doc, EventLexicon lex, List<ActorSpan> spans)
    {
        for (int n = 0; n + 1 < spans.Count; n++)
        {
            var (title, person) = (spans[n], spans[n + 1]);
            // A known person keeps the dictionaries' code unless the title names another state: "Egyptian Foreign Minister Amr
            // Moussa" in 1995 is Egypt's, whatever office a later date range gives the name (IGOMEA).
            if (person.First != title.Last + 1 && !InApposition(doc, title, person) || person.Code is { Length: >= 3 } pc && title.Code is { Length: >= 3 } tcc && pc[..3] == tcc[..3]
                || person.EntityId is null || title.IsPlace
                // a named body before the name is no title, but a nationality the entity layer kept as a name is ("Yugoslav")
                || title.EntityId is not null && doc.Entities.FirstOrDefault(e => e.Id == title.EntityId) is not ({ Type: EntityType.Norp } or { Cameo.Length: 3 })
                || title.Code is not { Length: > 3 } tc || !lex.CountryCodes.Contains(tc[..3])
                || doc.Entities.FirstOrDefault(e => e.Id == person.EntityId) is not { Type: EntityType.Person }) continue;
            spans[n + 1] = person with { Code = tc };
        }
        // "U.N. Secretary-General Kofi Annan", "OAU Secretary General Salim Salim": a person of no state the dictionaries
        // know (ELI) or do not know, named after an international body and his title in it, is the body's.
        for (int n = 0; n + 1 < spans.Count; n++)
        {
            var (body, person) = (spans[n], spans[n + 1]);
            if (body.IsPlace || body.Code is not { Length: >= 3 } bc || !bc.StartsWith("IGO", StringComparison.Ordinal)) continue;
            int gap = person.First - body.Last - 1;
            // "African Union envoy Olusegun Obasanjo", "SADC mediator Joaquim Chissano": a body's envoy or mediator acts for
            // the body, though the dictionaries know him as his own state's.
            bool envoy = gap == 0 && body.Last > body.First && EnvoyWords.Contains(doc.Tokens[body.Last].Text.ToLowerInvariant())
                || gap == 1 && EnvoyWords.Contains(doc.Tokens[body.Last + 1].Text.ToLowerInvariant());
            if (person.EntityId is null || !envoy && person.Code is { Length: >= 3 } known && (known.Length != 3 || lex.CountryCodes.Contains(known))) continue;
            // ("The U.N. envoy, Martin Griffiths, urged …": the title span and the name in apposition, between commas)
            if (!envoy && (gap is < 1 or > 3 || !Enumerable.Range(body.Last + 1, gap).All(k => doc.Tokens[k].Upos is "PROPN" or "NOUN" or "ADJ" && char.IsUpper(doc.Tokens[k].Text[0])))
                && !(body.Last > body.First && InApposition(doc, body, person)))
                continue;
            if (doc.Entities.FirstOrDefault(e => e.Id == person.EntityId) is not { Type: EntityType.Person }) continue;
            spans[n + 1] = person with { Code = bc };
        }
    }

    /// <summary>Whether <paramref name="person"/> stands in apposition after <paramref name="title"/>, between commas ("Iran's foreign minister, Javad Zarif,").</summary>
    private static bool InApposition(Document doc, ActorSpan title, ActorSpan person) =>
        person.First == title.Last + 2 && doc.Tokens[title.Last + 1].Text == "," && person.Last + 1 < doc.Tokens.Length && doc.Tokens[person.Last + 1].Text == ",";

    private static readonly string[] MediatorSuffixes = ["-BROKERED", "-SPONSORED", "-MEDIATED", "-HOSTED", "-ORGANISED", "-ORGANIZED"];
    private static readonly string[] MakerSuffixes = ["-DESIGNED", "-MADE", "-BUILT", "-MANUFACTURED", "-ERA"];

    private static readonly HashSet<string> AllegianceWords = new(StringComparer.Ordinal) { "LOYAL", "ALLIED", "AFFILIATED" };
    private static readonly HashSet<string> AllegiancePrepositions = new(StringComparer.Ordinal) { "TO", "WITH" };

    /// <summary>
    /// "Militants loyal to Iraq's Al-Qaeda frontman", "a militia allied with the Sudanese government", "workers affiliated with
    /// the Serbian Workers' Union": an agent with no
    /// country of its own ("militants", "militia") takes the country of the party it is loyal or allied to.
    /// </summary>
    private static void Allegiance(IReadOnlyList<string> upper, EventLexicon lex, List<ActorSpan> spans)
    {
        for (int n = 0; n + 1 < spans.Count; n++)
        {
            var agent = spans[n];
            if (agent.IsPlace || agent.Code is not { Length: 3 } role || lex.CountryCodes.Contains(role)) continue;
            int k = agent.Last + 1;
            if (k + 1 >= upper.Count || !AllegianceWords.Contains(upper[k]) || !AllegiancePrepositions.Contains(upper[k + 1])) continue;
            k += 2;
            if (k < upper.Count && upper[k] == "THE") k++;
            var party = spans[n + 1];
            if (party.First != k || party.Code is not { Length: >= 3 } pc || !lex.CountryCodes.Contains(pc[..3])) continue;
            spans[n] = agent with { Code = pc[..3] + role };
        }
    }

    /// <summary>Words between a preposition and a place name that do not change the place ("in the southern …", "in north-eastern …").</summary>
    internal static readonly HashSet<string> Directions = new(StringComparer.Ordinal)
    {
        "NORTHERN", "SOUTHERN", "EASTERN", "WESTERN", "CENTRAL", "NORTHEASTERN", "NORTHWESTERN", "SOUTHEASTERN", "SOUTHWESTERN",
        "NORTH-EASTERN", "NORTH-WESTERN", "SOUTH-EASTERN", "SOUTH-WESTERN", "THE",
    };

    /// <summary>
    /// "the Albanians of southern Serbia", "the Kurds of Iraq": a people named by a nationality word and then the country
    /// they live in is coded by that country, as CAMEO codes an ethnic group under the state it lives in (country code
    /// first, the group after it). Only "of": "Americans in Iraq" are still Americans.
    /// </summary>
    private static void ResidenceOfPeople(Document doc, IReadOnlyList<string> upper, EventLexicon lex, List<ActorSpan> spans)
    {
        for (int n = 0; n + 1 < spans.Count; n++)
        {
            var people = spans[n];
            if (people.Code is not { Length: 3 } code || !lex.CountryCodes.Contains(code) || people.IsPlace) continue;
            // A plural nationality word ("Albanians", "Kurds"), not the country's name.
            if (people.First != people.Last || !upper[people.Last].EndsWith('S')) continue;
            // "killed three ethnic Albanians in southeastern Serbia": "ethnic" says the people are a group, not citizens;
            // they are coded by the country where the sentence puts them ("in", "near", "of" a country-coded place).
            if (people.First > 0 && upper[people.First - 1] == "ETHNIC" && PlaceOfSentence(doc, upper, lex, spans, n, code) is { } home)
            {
                spans[n] = people with { Code = home };
                continue;
            }
            int k = people.Last + 1;
            if (k >= upper.Count || upper[k] != "OF") continue;
            k++;
            while (k < upper.Count && Directions.Contains(upper[k])) k++;
            var place = spans[n + 1];
            if (place.First != k || place.Code is not { Length: 3 } where || !lex.CountryCodes.Contains(where) || where == code) continue;
            spans[n] = people with { Code = where };
        }
    }

    /// <summary>
    /// "Soldiers of Congo's government army": since Zaire took the name in May 1997, "Congo" alone in wire copy is the
    /// Democratic Republic (Brazzaville's state is "Congo Republic"), as the entity layer reads it; the Phoenix country list
    /// gives the bare name to Brazzaville, as copy before then meant it.
    /// </summary>
    private static void CongoAfterZaire(Document doc, IReadOnlyList<string> upper, List<ActorSpan> spans)
    {
        // The entity layer decides (by the date and whether the story names Brazzaville's state otherwise); its reading of a
        // bare "Congo" is followed in the spans the country list coded.
        if (!doc.Entities.Any(e => e.Cameo == "COD" && e.Mentions.Any(m => m.Text == "Congo"))) return;
        for (int n = 0; n < spans.Count; n++)
            if (spans[n].Code is { Length: >= 3 } code && code.StartsWith("COG", StringComparison.Ordinal)
                && Enumerable.Range(spans[n].First, spans[n].Last - spans[n].First + 1).Any(k => upper[k] == "CONGO"))
                spans[n] = spans[n] with { Code = "COD" + code[3..] };
    }

    /// <summary>
    /// "Boris Johnson set Brussels a mid-October deadline …, saying Britain would otherwise walk away from trade talks with the
    /// European Union": in a story about the European Union that names no Belgian party, "Brussels" is the Union's institutions,
    /// as "Washington" is the U.S. government; where it is only the place of a meeting it then places nothing.
    /// </summary>
    private static void BrusselsForTheUnion(Document doc, IReadOnlyList<string> upper, List<ActorSpan> spans)
    {
        if (!upper.Any(w => w is "BELGIUM" or "BELGIAN" or "BELGIANS") && spans.FirstOrDefault(a => a.Code is { } c && c.StartsWith("IGOEUR", StringComparison.Ordinal)) is { } union)
            for (int n = 0; n < spans.Count; n++)
                if (spans[n] is { First: var k, Last: var last, Code: { } c } && k == last && upper[k] == "BRUSSELS" && c.StartsWith("BEL", StringComparison.Ordinal))
                    spans[n] = spans[n] with { Code = union.Code![..6] };
    }

    /// <summary>Words after a nationality that make it a minority's language, community or festival, not a state's party.</summary>
    private static readonly HashSet<string> MinorityNouns = new(StringComparer.Ordinal) { "MINORITY", "MINORITIES", "COMMUNITY", "COMMUNITIES", "LANGUAGE", "NEW" };

    /// <summary>States of the Americas, where "Indian" in wire copy names the country's indigenous peoples, not India.</summary>
    private static readonly HashSet<string> AmericanStates = new(StringComparer.Ordinal)
    {
        "MEX", "GTM", "HND", "SLV", "NIC", "CRI", "PAN", "COL", "VEN", "ECU", "PER", "BOL", "BRA", "CHL", "ARG", "PRY", "URY", "GUY", "SUR", "BLZ", "USA", "CAN",
    };

    /// <summary>
    /// "reopened Hungarian-language sections … meeting a demand of the ethnic Hungarian minority", "lifted its ban on
    /// celebrations of Chinese New Year": a nationality naming a minority's language, community or festival is a people of
    /// the state the sentence is about (its first party of another country), as CAMEO codes an ethnic group under the state it
    /// lives in. So is "Indian" beside a state of the Americas ("stop thousands of Indian marchers from reaching congress" in
    /// Ecuador), where no "India" is named.
    /// </summary>
    private static void MinoritiesOfState(Document doc, IReadOnlyList<string> upper, EventLexicon lex, List<ActorSpan> spans)
    {
        for (int n = 0; n < spans.Count; n++)
        {
            var people = spans[n];
            if (people.Code is not { Length: >= 3 } whole || whole[..3] is var code && !lex.CountryCodes.Contains(code) || people.IsPlace) continue;
            var sentence = SentenceAt(doc, people.First);
            if (sentence is null) continue;
            string word = upper[people.First];
            // ("Chinese-language newspapers": the media of the minority; "Chinese New Year" read as one name)
            bool minority = word.EndsWith("-LANGUAGE", StringComparison.Ordinal) || word.EndsWith("-SPEAKING", StringComparison.Ordinal)
                || people.Last > people.First && upper[people.Last - 1] == "NEW" && upper[people.Last] == "YEAR"
                || people.First == people.Last && whole.Length == 3 && people.Last + 1 < sentence.EndToken && MinorityNouns.Contains(upper[people.Last + 1])
                    && (upper[people.Last + 1] != "NEW" || people.Last + 2 < sentence.EndToken && upper[people.Last + 2] == "YEAR");
            var states = spans.Where(a => a != people && a.First >= sentence.FirstToken && a.First < sentence.EndToken && a.Code is { Length: >= 3 } c
                && lex.CountryCodes.Contains(c[..3]) && c[..3] != code).Select(a => a.Code![..3]).ToList();
            if (states.Count == 0) continue;
            bool indigenous = code == "IND" && people.First == people.Last && word is "INDIAN" or "INDIANS" && AmericanStates.Contains(states[0])
                && !Enumerable.Range(sentence.FirstToken, sentence.EndToken - sentence.FirstToken).Any(k => upper[k] == "INDIA");
            if (minority || indigenous) spans[n] = people with { Code = states[0] + whole[3..] };
        }
    }

    /// <summary>The sentence that holds token <paramref name="token"/>, or null.</summary>
    internal static Sentence? SentenceAt(Document doc, int token) => doc.Sentences.FirstOrDefault(s => s.FirstToken <= token && token < s.EndToken);

    private static readonly HashSet<string> WherePrepositions = new(StringComparer.Ordinal) { "IN", "NEAR", "OF", "ACROSS", "THROUGHOUT", "INSIDE" };

    /// <summary>The country of the first country-coded place after a location word in the sentence of spans[n], other than <paramref name="own"/>.</summary>
    private static string? PlaceOfSentence(Document doc, IReadOnlyList<string> upper, EventLexicon lex, List<ActorSpan> spans, int n, string own)
    {
        var sentence = SentenceAt(doc, spans[n].First);
        if (sentence is null) return null;
        for (int m = n + 1; m < spans.Count && spans[m].First < sentence.EndToken; m++)
        {
            var place = spans[m];
            if (!place.IsPlace && !place.IsPossessor || place.Code is not { Length: 3 } where || !lex.CountryCodes.Contains(where) || where == own) continue;
            int p = BeforePlaceWords(upper, place.First, spans[n].Last);
            if (p > spans[n].Last && WherePrepositions.Contains(upper[p])) return where;
        }
        return null;
    }

    /// <summary>Nouns "general" or "major" describes as an adjective ("general strike", "major offensive").</summary>
    private static readonly HashSet<string> RankedNouns = new(StringComparer.Ordinal)
    {
        "STRIKE", "STRIKES", "ELECTION", "ELECTIONS", "ASSEMBLY", "AMNESTY", "SECRETARY", "DEBATE", "AGREEMENT", "CONGRESS", "COUNCIL",
        "CONFEDERATION", "UNION", "MOBILIZATION", "MOBILISATION", "OFFENSIVE", "ATTACK", "BLOW", "SETBACK", "CONCESSION", "BREAKTHROUGH",
    };

    /// <summary>An agent noun at token <paramref name="i"/> (PETRARCH agents are stems: "PROTESTER" covers "protesters").</summary>
    public static (string Code, int Length)? AgentAt(EventLexicon lex, IReadOnlyList<string> upper, int i)
    {
        // "a general strike", "the General Assembly": a rank that is also an adjective, before a noun it describes, is no officer.
        if (upper[i] is "GENERAL" or "MAJOR" && i + 1 < upper.Count && RankedNouns.Contains(upper[i + 1])) return null;
        // "attorney-general", "Major-General": a title the tokenizer split at its hyphen is the dictionary's two-word agent
        // (ATTORNEY_GENERAL), and "general" hyphened to an office ("prosecutor-general") is part of it, no officer of its own.
        if (i + 2 < upper.Count && upper[i + 1] == "-" && lex.Agents.LongestAt([upper[i], upper[i + 2]], 0) is { Length: 2 } joined) return (joined.Value, 3);
        if (upper[i] == "GENERAL" && i >= 2 && upper[i - 1] == "-" && upper[i - 2].All(char.IsLetter)) return null;
        // "a deputy defence minister", "the deputy speaker": a deputy holds the office named after it, which is the agent; alone,
        // in political copy, a deputy sits in a parliament ("an opposition deputy"), not the sheriff's deputy (COP) Phoenix lists.
        if (upper[i] == "DEPUTY")
            return Enumerable.Range(i + 1, Math.Min(3, upper.Count - i - 1)).Any(j => lex.Agents.LongestAt(upper, j) is not null) ? null : ("LEG", 1);
        if (lex.Agents.LongestAt(upper, i) is { } a) return (a.Value, a.Length);
        // "opposition leaders": a plural of a multi-word agent the dictionary lists in the singular (OPPOSITION_LEADER), when
        // no agent starts at the first word ("Muslim rebels" stays MUSLIM with its REBEL chain).
        for (int len = Math.Min(3, upper.Count - i); len >= 2; len--)
        {
            var last = upper[i + len - 1];
            if (last.Length <= 4 || !last.EndsWith('S')) continue;
            foreach (var cut in new[] { 1, 2 })
            {
                if (cut == 2 && !last.EndsWith("ES", StringComparison.Ordinal)) continue;
                var words = upper.Skip(i).Take(len).ToArray();
                words[^1] = last[..^cut];
                if (lex.Agents.LongestAt(words, 0) is { } plural && plural.Length == len)
                    return (plural.Value, len);
            }
        }
        var w = upper[i];
        foreach (var cut in new[] { 1, 2 })
        {
            if (w.Length > 4 && w.Length - cut > 3 && lex.Agents.Contains(w[..^cut]) && (w.EndsWith('S') || w.EndsWith("ES", StringComparison.Ordinal)))
                return (lex.Agents.LongestAt([w[..^cut]], 0)!.Value.Value, 1);
        }
        return null;
    }
}
