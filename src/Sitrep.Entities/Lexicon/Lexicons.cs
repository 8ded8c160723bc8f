using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Sitrep.Core;

namespace Sitrep.Entities.Lexicon;

internal enum LexKind { Media, Facility, Country, City, Region, Actor }

/// <summary>A dated CAMEO actor code from the Phoenix dictionaries; dates are yyyymmdd, 0 = open.</summary>
internal readonly record struct ActorCode(string Code, int From, int To)
{
    public bool ActiveOn(int date) => date == 0 || ((From == 0 || date >= From) && (To == 0 || date <= To));
}

/// <summary>One thing a phrase can name: a country, a city, an actor from the dictionaries…</summary>
internal sealed record LexEntry(LexKind Kind, string Name, EntityType Type)
{
    public string? Country { get; init; }
    public GeoPoint? Geo { get; init; }
    public string? Sector { get; init; }
    public ImmutableArray<ActorCode> Codes { get; init; } = [];
    public int Population { get; init; }
    public string? FeatureCode { get; init; }
    public bool IsCapital => FeatureCode == "PPLC";

    /// <summary>A first-level division of a country (a state, province, region), from divisions.tsv.gz.</summary>
    public bool IsDivision { get; init; }

    /// <summary>
    /// A gazetteer town, not a capital, of fewer than <paramref name="population"/> people: weak evidence that a word is the
    /// place (a surname, a given name or a word of an organisation's name often shares a small town's name).
    /// </summary>
    public bool IsTownUnder(int population) => Kind == LexKind.City && !IsCapital && Population < population;

    /// <summary>The CAMEO code in force on <paramref name="date"/> (yyyymmdd, 0 = unknown), cut to country + one sector.</summary>
    public string? CodeOn(int date)
    {
        if (Codes.IsDefaultOrEmpty) return null;
        var active = Codes.Where(c => c.ActiveOn(date)).ToList();
        // Prefer the most specific dated code in force, then any open-ended code, then the latest one that ended.
        var pick = active.OrderByDescending(c => c.From != 0 || c.To != 0).ThenByDescending(c => c.From).FirstOrDefault();
        if (pick.Code is null) pick = Codes.OrderByDescending(c => c.To == 0 ? int.MaxValue : c.To).First();
        return Trim(pick.Code);
    }

    /// <summary>CAMEO codes are 3-letter chunks; the explainer uses country + first sector ("IRNGOVLEG" → "IRNGOV").</summary>
    internal static string Trim(string code) => code.Length > 6 ? code[..6] : code;
}

internal sealed record CountryRecord(string Iso3, string Iso2, string Name, double Lat, double Lon, ImmutableArray<string> Capitals);

internal sealed record TitleInfo(string Title, string? Sector, string Kind);

/// <summary>All the entity stage's dictionaries, loaded once from embedded data and shared read-only.</summary>
internal sealed class Lexicons
{
    /// <summary>Words that name a part of any country rather than one place ("Central", "Northern", "Capital").</summary>
    private static readonly HashSet<string> GenericPlaceWords = new(StringComparer.Ordinal)
    {
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "centre", "center",
        "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern",
        "capital", "upper", "lower", "middle", "coast", "coastal", "maritime", "islands", "island", "unity", "jewish", "antique",
        "and", "of", "the", "region", "province", "district",
    };

    /// <summary>Names of city quarters that many cities have ("Chinatown", "Uptown"), which GeoNames gives one city.</summary>
    private static readonly FrozenSet<string> SharedDistrictNames = new[]
    {
        "Chinatown", "Koreatown", "Uptown", "City Center", "Central City", "Old City", "Port Area", "Cantonment", "Innere Stadt",
        "Mitte", "Centar", "Westend",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Towns of the gazetteer whose name is also a people's (Berber in Sudan).</summary>
    private static readonly FrozenSet<string> PeopleNamedTowns = new[] { "Berber" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly Lazy<Lexicons> Lazy = new(() => new Lexicons(), LazyThreadSafetyMode.ExecutionAndPublication);
    public static Lexicons Shared => Lazy.Value;

    // The two large tables are plain dictionaries behind read-only views: freezing ~100k keys took a third of the
    // start-up time and lookups are no faster for it.
    public IReadOnlyDictionary<string, ImmutableArray<LexEntry>> Names { get; }
    public FrozenDictionary<string, string> Demonyms { get; }

    /// <summary>People of the actors file's leader lists by the last word of their full name ("mitterrand").</summary>
    public IReadOnlyDictionary<string, ImmutableArray<LexEntry>> LeadersBySurname { get; }

    /// <summary>Rulers whose full name ends in a regnal number, by the name before it ("hassan" of Hassan II).</summary>
    public IReadOnlyDictionary<string, ImmutableArray<LexEntry>> RulersByRegnalName { get; }

    /// <summary>Leaders listed by the first word of their full name, for monarchs with no regnal number ("King Gyanendra").</summary>
    public IReadOnlyDictionary<string, ImmutableArray<LexEntry>> LeadersByGivenName { get; }

    /// <summary>
    /// "ukrainian" → UKR, "belarusian" → BLR: adjectives of countries whose dictionary code has dates (Ukraine: USRUKR under
    /// the Soviet Union, then UKR), which the actors file therefore lists among an organisation's synonyms rather than as
    /// demonyms. Kept apart from <see cref="Demonyms"/>, whose contents the NER features read.
    /// </summary>
    public FrozenDictionary<string, string> DatedCountryAdjectives { get; }

    /// <summary>The country a nationality word names ("Iranian", "Ukrainians"), from either table, or null.</summary>
    public string? DemonymCountry(string lower) =>
        Demonyms.TryGetValue(lower, out var iso) || DatedCountryAdjectives.TryGetValue(lower, out iso) ? iso
        // "Indo-Fijian farmers", "Afro-Brazilian activists": a people of another origin in a state are of that state.
        : lower.IndexOf('-') is var hyphen and > 0 && OriginPrefixes.Contains(lower[..hyphen]) ? DemonymCountry(lower[(hyphen + 1)..]) : null;

    /// <summary>First halves of compound nationalities that name an origin, not a second state ("Indo-Fijian", not "Sino-Japanese").</summary>
    private static readonly FrozenSet<string> OriginPrefixes = new[] { "indo", "afro", "anglo" }.ToFrozenSet(StringComparer.Ordinal);
    public FrozenDictionary<string, CountryRecord> Countries { get; }
    public FrozenDictionary<string, TitleInfo> Titles { get; }
    public IReadOnlyDictionary<string, string> Agents { get; }
    public FrozenSet<string> Common { get; }

    /// <summary>
    /// Keys the actors file lists in a country's block that are none of the country's own names ("north west" and "free
    /// state" for South Africa, "cordillera" for the Philippines): parts of the country, which read as it only when they
    /// are the whole name.
    /// </summary>
    public FrozenSet<string> CountryPartNames { get; }
    public FrozenSet<string> GivenNames { get; }

    /// <summary>Capitalised words that never start a name (months, weekdays, pronouns), hand-written.</summary>
    public FrozenSet<string> NotNames { get; }

    /// <summary>
    /// Whether a lower-case word never starts a name: <see cref="NotNames"/>, and the abbreviated months and
    /// weekdays of datelines ("aug.", "tues.").
    /// </summary>
    public bool IsNotName(string lower) => NotNames.Contains(lower) || DateAbbreviations.Contains(lower);

    private static readonly FrozenSet<string> DateAbbreviations = new[]
    {
        "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
        "mon.", "tue.", "tues.", "wed.", "thu.", "thur.", "thurs.", "fri.", "sat.", "sun.",
    }.ToFrozenSet(StringComparer.Ordinal);
    public int MaxPhraseWords { get; }
    public int MaxTitleWords { get; }

    private Lexicons()
    {
        var asm = typeof(Lexicons).Assembly;
        var names = new Dictionary<string, List<LexEntry>>(StringComparer.Ordinal);
        void Add(string phrase, LexEntry e)
        {
            var k = Key(phrase);
            if (k.Length == 0) return;
            if (!names.TryGetValue(k, out var l)) names[k] = l = [];
            if (!l.Contains(e)) l.Add(e);
        }

        // Countries (world-countries): names, official names, alternative spellings (codes only when they are
        // real written forms like "US", "UK", "USA"), demonyms.
        var countries = new Dictionary<string, CountryRecord>(StringComparer.Ordinal);
        var demonyms = new Dictionary<string, string>(StringComparer.Ordinal);
        var countryEntries = new Dictionary<string, LexEntry>(StringComparer.Ordinal);
        foreach (var line in EmbeddedData.Lines(asm, "countries.tsv.gz"))
        {
            var f = line.Split('\t');
            if (f.Length < 9) continue;
            var rec = new CountryRecord(f[0], f[1], f[2], D(f[6]), D(f[7]), [.. f[8].Split('|', StringSplitOptions.RemoveEmptyEntries)]);
            countries[rec.Iso3] = rec;
            var e = new LexEntry(LexKind.Country, rec.Name, EntityType.Gpe)
            {
                Country = rec.Iso3, Geo = new GeoPoint(rec.Lat, rec.Lon, null, rec.Iso3, null),
                Codes = [new ActorCode(rec.Iso3, 0, 0)],
            };
            countryEntries[rec.Iso3] = e;
            Add(rec.Name, e);
            Add(rec.Iso3 == "USA" ? "United States" : rec.Name, e);
            Add(f[3], e);
            // (not Iceland's native "Island": "an oil terminal on Kharg Island" is no Icelandic place)
            foreach (var alt in f[4].Split('|', StringSplitOptions.RemoveEmptyEntries))
                if ((alt.Length > 3 || alt is "US" or "UK" or "USA" or "UAE" or "DRC") && alt != "Island") Add(alt, e);
            foreach (var d in f[5].Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                demonyms.TryAdd(Key(d), rec.Iso3);
                demonyms.TryAdd(Key(d) + "s", rec.Iso3);
            }
        }

        var commonWords = EmbeddedData.Lines(asm, "common-words.txt.gz").ToFrozenSet(StringComparer.Ordinal);
        // "The Valley" (Anguilla's capital), "The Quarter": a place named by "The" and a common word is, without its "The",
        // only that word ("Romania's Jiu Valley"); the lookup key drops "the", so such places are left out.
        bool TheCommonWord(string name) => name.StartsWith("The ", StringComparison.Ordinal) && !name[4..].Contains(' ')
            && commonWords.Contains(name[4..].ToLowerInvariant());

        // Cities (GeoNames): "Washington, D.C." is also known as "Washington".
        var cityKeys = new HashSet<string>(StringComparer.Ordinal);
        var plainCities = new List<(string Plain, LexEntry City)>();
        foreach (var line in EmbeddedData.Lines(asm, "cities.tsv.gz"))
        {
            var f = line.Split('\t');
            if (f.Length < 9) continue;
            // Two-letter place names (Un in India, Ho in Ghana, Of in Turkey) are in news text almost always an acronym
            // ("UN") or a word; a gazetteer reading would make "UN peacekeepers" Indian.
            if (f[1].Length < 3 || TheCommonWord(f[1])) continue;
            // "rioters torched shops in the capital's Chinatown": a district name many cities share is no one city's
            // quarter (GeoNames lists New York's and San Francisco's), so it places nothing.
            if (f[4] == "PPLX" && SharedDistrictNames.Contains(f[1])) continue;
            // "demands from Berber activists in Kabylie": a small town named as a people is in news that people, not the town.
            if (PeopleNamedTowns.Contains(f[1])) continue;
            var e = new LexEntry(LexKind.City, f[1], EntityType.Gpe)
            {
                Country = f[3], Population = int.Parse(f[6], CultureInfo.InvariantCulture), FeatureCode = f[4],
                Geo = new GeoPoint(D(f[7]), D(f[8]), f[0], f[3], f[5].Length > 0 ? f[5] : null),
                Codes = f[3].Length == 3 ? [new ActorCode(f[3], 0, 0)] : [],
            };
            Add(f[1], e); cityKeys.Add(Key(f[1]));
            // "PANAMA CITY (Reuters) -": a capital named as its country is ("Panamá") is "<country> City" in English copy, as
            // Guatemala City and Kuwait City are in the gazetteer itself.
            if (f[4] == "PPLC" && countries.TryGetValue(f[3], out var capitalOf) && string.Equals(WithoutAccents(f[1]), capitalOf.Name, StringComparison.OrdinalIgnoreCase))
            {
                Add(capitalOf.Name + " City", e); cityKeys.Add(Key(capitalOf.Name + " City"));
            }
            if (WithoutAccents(f[1]) is var plainCity && plainCity != f[1] && plainCity.Length >= 6) plainCities.Add((plainCity, e));
            // "Police in Raanana": a glottal stop's apostrophe in a one-word Arabic or Hebrew name (Ra'anana, Huai'an) is often
            // left out in wire copy; not where that leaves a common word ("Ha'il" is not "hail"), nor where a person's name
            // has the form already (below: "Rioters in Maan" stays unplaced).
            if (!f[1].Contains(' ') && f[1].IndexOf('\'') is > 0 and var apostrophe && apostrophe < f[1].Length - 1 && char.IsLetter(f[1][apostrophe + 1])
                && WithoutAccents(f[1]).Replace("'", "") is { Length: >= 4 } unglottal && !commonWords.Contains(unglottal.ToLowerInvariant()))
                plainCities.Add((unglottal, e));
            int comma = f[1].IndexOf(',');
            if (comma > 0) { Add(f[1][..comma], e); cityKeys.Add(Key(f[1][..comma])); }
            // "Gasteiz / Vitoria", "Donostia / San Sebastián": a city GeoNames names in two languages is known by either.
            if (f[1].Split(" / ") is [var firstName, var secondName])
                foreach (var half in new[] { firstName, secondName }.Where(h => h.Length > 2 && !h.Contains('(')))
                {
                    Add(half, e); cityKeys.Add(Key(half));
                    if (WithoutAccents(half) is var plainHalf && plainHalf != half && plainHalf.Length >= 6) plainCities.Add((plainHalf, e));
                }
            foreach (var alt in f[2].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                if (alt.Length > 2 && alt.All(c => c < 0x250)) Add(alt, e);
        }

        foreach (var f in Tsv(asm, "regions.tsv"))
        {
            var country = f.Length > 4 && f[4].Length == 3 ? f[4] : null;
            var e = new LexEntry(LexKind.Region, f[0], EntityType.Loc) { Country = country, Geo = new GeoPoint(D(f[2]), D(f[3]), null, country, null) };
            Add(f[0], e);
            foreach (var a in Split(f[1])) Add(a, e);
        }

        // First-level divisions ("Florida", "Punjab", "Bavaria"): GPEs of their country. A name made only of compass and
        // position words ("Central", "Western", "Northern") would make those words places, so such divisions are left out.
        foreach (var line in EmbeddedData.Lines(asm, "divisions.tsv.gz"))
        {
            var f = line.Split('\t');
            if (f.Length < 6 || f[2].Split(' ', '-').All(w => GenericPlaceWords.Contains(w.ToLowerInvariant())) || TheCommonWord(f[2])) continue;
            var division = new LexEntry(LexKind.Region, f[2], EntityType.Gpe)
            {
                Country = f[0], IsDivision = true, Geo = new GeoPoint(D(f[4]), D(f[5]), null, f[0], null),
                Codes = [new ActorCode(f[0], 0, 0)],
            };
            // "Morazán" is written "Morazan" in wire copy (the cities file lists such ASCII forms among its alternates).
            void AddWithPlainForm(string name)
            {
                Add(name, division);
                if (WithoutAccents(name) is var plain && plain != name) Add(plain, division);
            }
            AddWithPlainForm(f[2]);
            // Mexico's states carry their founders' names in full ("Michoacán de Ocampo", "Coahuila de Zaragoza"); the news
            // names them short.
            // (Not "Ciudad de México" or "Estado de México", whose first word is no name.)
            if (f[0] == "MEX" && f[2].IndexOf(" de ", StringComparison.Ordinal) is > 0 and var founder && f[2][..founder] is not ("Ciudad" or "Estado"))
                AddWithPlainForm(f[2][..founder]);
        }

        foreach (var f in Tsv(asm, "facilities.tsv"))
        {
            var type = Enum.Parse<EntityType>(f[2], ignoreCase: true);
            var sector = f[7] == "-" ? null : f[7];
            var e = new LexEntry(LexKind.Facility, f[0], type)
            {
                Country = f[3], Sector = sector, Geo = new GeoPoint(D(f[5]), D(f[6]), null, f[3], null),
                Codes = sector is null ? [] : [new ActorCode(f[3] + sector, 0, 0)],
            };
            Add(f[0], e);
            foreach (var a in Split(f[1])) Add(a, e);
        }

        foreach (var f in Tsv(asm, "media.tsv"))
        {
            var country = f[2] == "-" ? null : f[2];
            var sector = f[3] == "-" ? null : f[3];
            var e = new LexEntry(LexKind.Media, f[0], EntityType.Org)
            {
                Country = country, Sector = sector,
                Codes = country is not null && sector is not null ? [new ActorCode(country + sector, 0, 0)] : [],
            };
            Add(f[0], e);
            foreach (var a in Split(f[1])) Add(a, e);
        }

        // Hand-written recent actors first, so their canonical names win over the 2014 dictionary's spellings.
        foreach (var f in Tsv(asm, "actors-supplement.tsv"))
        {
            var e = new LexEntry(LexKind.Actor, f[0], f.Length > 3 && f[3] == "org" ? EntityType.Org : EntityType.Person) { Codes = ParseCodes(f[2]) };
            Add(f[0], e);
            foreach (var a in Split(f[1])) Add(a, e);
        }

        var given = new Dictionary<string, int>(StringComparer.Ordinal);
        var surnames = new Dictionary<string, List<LexEntry>>(StringComparer.Ordinal);
        var regnalNames = new Dictionary<string, List<LexEntry>>(StringComparer.Ordinal);
        var givenNames = new Dictionary<string, List<LexEntry>>(StringComparer.Ordinal);
        var withoutMiddle = new Dictionary<string, LexEntry?>(StringComparer.Ordinal);
        var hyphenated = new Dictionary<string, LexEntry>(StringComparer.Ordinal);
        var partNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in EmbeddedData.Lines(asm, "actors.tsv.gz"))
        {
            var f = line.Split('\t');
            if (f.Length < 4) continue;
            var synonyms = f[3].Split('|', StringSplitOptions.RemoveEmptyEntries);
            // A country whose code has dates (Iraq: IRQ, then IRQOCC under occupation, then IRQ) is filed as "other" in the
            // dictionary, but its block lists the same cities and regions ("samarra", "basra") as any country block:
            // places of that country, not an organisation named Iraq.
            // So is a state whose first code is of the state it left (Ukraine: USRUKR, then UKRUNR, then UKR): its block
            // lists "kiev", "donetsk" and "crimea", places of Ukraine, not an organisation.
            var blockState = f[0] == "C" ? f[2].Split(':')[0]
                : f[0] == "O" ? f[2].Split(';').Select(c => c.Split(':')[0]).FirstOrDefault(c => countryEntries.TryGetValue(c, out var named)
                    && string.Equals(Key(named.Name), f[1], StringComparison.Ordinal)) : null;
            if (blockState is not null)
            {
                // Country blocks list cities, regions and adjectives too: cities and the country's own first-level divisions
                // are left to the gazetteer (so "Tehran" is a city in Iran and "Texas" a state, not the country) and
                // adjectives to the demonym table.
                var iso = blockState;
                if (!countryEntries.TryGetValue(iso, out var ce)) continue;
                foreach (var s in synonyms.Prepend(f[1]))
                {
                    if (cityKeys.Contains(s) || names.ContainsKey(s) && names[s].Any(x => x.Kind == LexKind.City || x.IsDivision && x.Country == iso)) continue;
                    if (EndsLikeNationality(s) || demonyms.ContainsKey(s))
                    {
                        // The news-curated dictionary decides shared adjectives ("American" → USA, not a territory).
                        if (!names.ContainsKey(s)) { demonyms[s] = iso; demonyms[s + "s"] = iso; continue; }
                    }
                    if (!(names.TryGetValue(s, out var had) && had.Contains(ce))) partNames.Add(s);
                    Add(s, ce);
                }
                continue;
            }
            // Entries outside the CountryInfo leader lists are filed as "other"; a two- or three-word name that
            // opens with a leader's given name ("Hassan Rouhani") is a person all the same.
            var nameWords = f[1].Split(' ');
            bool person = f[0] == "P" || nameWords.Length is 2 or 3 && given.ContainsKey(nameWords[0]) && !nameWords.Any(w => Sitrep.Entities.MentionFinder.OrgHeads.Contains(w));
            var codes = ParseCodes(f[2]);
            var e = new LexEntry(LexKind.Actor, Title(f[1]), person ? EntityType.Person : EntityType.Org) { Codes = codes };
            Add(f[1], e);
            // A synonym that is a common English word names no one ("organization" for Tanzim, "youth" for a French group).
            foreach (var s in synonyms)
                if (s.Contains(' ') || !commonWords.Contains(s)) Add(s, e);
            // "Kim Young-sam", "Roh Tae-woo": the file writes Korean given names as two words (KIM_YOUNG_SAM_); news
            // hyphenates them.
            if (f[0] == "P" && nameWords.Length == 3 && nameWords.All(w => w.All(char.IsLetter)))
                hyphenated.TryAdd(nameWords[0] + " " + nameWords[1] + "-" + nameWords[2], e);
            // "carlos saul menem": news often drops the middle name ("Carlos Menem"); the short form is kept aside and
            // added after the loop when no other person shortens to it and nothing else bears that name.
            if (f[0] == "P" && nameWords.Length == 3 && nameWords.All(w => w.Length > 1))
            {
                var shortName = nameWords[0] + " " + nameWords[2];
                withoutMiddle[shortName] = withoutMiddle.TryGetValue(shortName, out var other) && other != e ? null : e;
            }
            // "President Mitterrand", "King Hassan", "President Pinochet" (of Augusto Pinochet Ugarte): leaders the file lists
            // only under their full names, kept by each word after the given name (a regnal name by the name before its
            // number) for a title and a surname alone to find them.
            if (f[0] == "P" && nameWords.Length >= 2)
            {
                if (RomanNumeral(nameWords[^1])) AddHolder(regnalNames, string.Join(' ', nameWords[..^1]), e);
                else
                {
                    foreach (var w in nameWords.Skip(1))
                        if (w.Length > 2) AddHolder(surnames, w, e);
                    // "King Gyanendra" (Gyanendra Bir Bikram Shah Deva), "King Fahd": a monarch with no number is named by
                    // the first word of his name.
                    if (nameWords[0].Length > 2) AddHolder(givenNames, nameWords[0], e);
                }
            }
            if (f[0] == "P")
            {
                var first = f[1].Split(' ')[0];
                if (first.Length > 2) given[first] = given.GetValueOrDefault(first) + 1;
            }
        }

        foreach (var (shortName, person) in withoutMiddle)
            if (person is not null && !names.ContainsKey(Key(shortName))) Add(shortName, person);
        foreach (var (form, person) in hyphenated)
            if (!names.ContainsKey(form)) Add(form, person);
        // "Gorazde" for "Goražde", "San Jose" for "San José": wire copy drops the accents, and the cities file lists few such
        // ASCII forms. Only forms of six letters or more (short ones are names of people too: "Bush" for Būsh) that no actor,
        // leader or region has taken; beside other cities of that name the context chooses ("SAN JOSE, Costa Rica").
        foreach (var (plain, city) in plainCities)
            if (Key(plain) is var key && (!names.TryGetValue(key, out var holders) || holders.All(h => h.Kind == LexKind.City || h.IsDivision)) && !surnames.ContainsKey(key) && !given.ContainsKey(key))
                Add(plain, city);

        var titles = new Dictionary<string, TitleInfo>(StringComparer.Ordinal);
        foreach (var f in Tsv(asm, "titles.tsv"))
            titles[Key(f[0])] = new TitleInfo(f[0], f[1] == "-" ? null : f[1], f[2]);

        var agents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in EmbeddedData.Lines(asm, "agents.tsv.gz"))
        {
            var t = line.IndexOf('\t');
            if (t > 0) agents.TryAdd(line[..t], line[(t + 1)..]);
        }
        foreach (var f in Tsv(asm, "agents-supplement.tsv"))
            agents[Key(f[0])] = f[1];

        NotNames = EmbeddedData.Lines(asm, "not-names.tsv").Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Trim().ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);
        Common = commonWords;
        GivenNames = given.Where(kv => kv.Value >= 2 && !Common.Contains(kv.Key)).Select(kv => kv.Key).ToFrozenSet(StringComparer.Ordinal);
        Names = names.ToDictionary(kv => kv.Key, kv => kv.Value.ToImmutableArray(), StringComparer.Ordinal);
        LeadersBySurname = surnames.ToDictionary(kv => kv.Key, kv => kv.Value.ToImmutableArray(), StringComparer.Ordinal);
        RulersByRegnalName = regnalNames.ToDictionary(kv => kv.Key, kv => kv.Value.ToImmutableArray(), StringComparer.Ordinal);
        LeadersByGivenName = givenNames.ToDictionary(kv => kv.Key, kv => kv.Value.ToImmutableArray(), StringComparer.Ordinal);
        Demonyms = demonyms.ToFrozenDictionary(StringComparer.Ordinal);
        CountryPartNames = partNames.ToFrozenSet(StringComparer.Ordinal);
        Countries = countries.ToFrozenDictionary(StringComparer.Ordinal);
        // "Zairean opposition leader …": adjectives of states under a former name join them, read as the dated ones are.
        var dated = DatedAdjectives(names, Countries).ToDictionary(StringComparer.Ordinal);
        foreach (var f in Tsv(asm, "former-demonyms.tsv"))
            if (Countries.ContainsKey(f[1]) && !demonyms.ContainsKey(Key(f[0])))
            {
                dated.TryAdd(Key(f[0]), f[1]);
                dated.TryAdd(Key(f[0]) + "s", f[1]);
            }
        DatedCountryAdjectives = dated.ToFrozenDictionary(StringComparer.Ordinal);
        Titles = titles.ToFrozenDictionary(StringComparer.Ordinal);
        Agents = agents;
        MaxPhraseWords = Math.Min(8, names.Keys.Max(k => k.Count(c => c == ' ') + 1));
        MaxTitleWords = titles.Keys.Max(k => k.Count(c => c == ' ') + 1);
    }

    /// <summary>
    /// One-word synonyms ending like adjectives of nationality ("-an", "-ese", "-ish") of an actor that is a country under
    /// its own name with a dated code ("Ukraine": USRUKR, then UKR), with their plurals.
    /// </summary>
    private static FrozenDictionary<string, string> DatedAdjectives(Dictionary<string, List<LexEntry>> names, FrozenDictionary<string, CountryRecord> countries)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, entries) in names)
        {
            if (key.Contains(' ') || !EndsLikeNationality(key)) continue;
            if (entries.Any(e => e.Kind != LexKind.Actor)) continue;
            foreach (var e in entries)
            {
                var iso = e.Codes.IsDefaultOrEmpty ? null : e.Codes.Select(c => c.Code).FirstOrDefault(c => c.Length == 3 && countries.TryGetValue(c, out var cr) && Key(cr.Name) == Key(e.Name));
                if (iso is null || Key(e.Name) == key) continue;
                result[key] = iso;
                result.TryAdd(key + "s", iso);
                break;
            }
        }
        return result.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static void AddHolder(Dictionary<string, List<LexEntry>> byName, string key, LexEntry e)
    {
        if (!byName.TryGetValue(key, out var holders)) byName[key] = holders = [];
        if (!holders.Contains(e)) holders.Add(e);
    }

    /// <summary>A lower-case roman numeral as regnal names end in ("ii", "xvi").</summary>
    private static bool RomanNumeral(string word) => word.Length is > 0 and <= 5 && word.All(ch => ch is 'i' or 'v' or 'x');

    /// <summary>Ends like an adjective of nationality ("Iranian", "Chinese", "Turkish").</summary>
    private static bool EndsLikeNationality(string s) =>
        s.EndsWith("an", StringComparison.Ordinal) || s.EndsWith("ese", StringComparison.Ordinal) || s.EndsWith("ish", StringComparison.Ordinal);

    /// <summary>
    /// Lookup key: lower case, straight apostrophes, single spaces, no leading "the", and British "-isation" spelt "-ization"
    /// as the dictionaries do ("Organisation of American States", "Palestine Liberation Organisation" are the same bodies).
    /// </summary>
    /// <summary>Latin letters with an accent (U+00C0 to U+017F) and the plain letters they drop it to.</summary>
    private const string AccentedLetters = "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽž";
    private const string PlainLetters = "AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyyAaAaAaCcCcCcCcDdEeEeEeEeEeGgGgGgGgHhIiIiIiIiIJjKkLlLlLlNnNnNnOoOoOoRrRrRrSsSsSsSsTtTtUuUuUuUuUuUuWwYyYZzZzZz";

    /// <summary>
    /// The name with its letters' accents dropped ("Usulután" → "Usulutan"). By table, not by Unicode decomposition: the
    /// build runs with invariant globalization, where string normalisation does nothing.
    /// </summary>
    internal static string WithoutAccents(string s) =>
        string.Create(s.Length, s, (buf, w) =>
        {
            for (int i = 0; i < w.Length; i++) buf[i] = AccentedLetters.IndexOf(w[i]) is var at and >= 0 ? PlainLetters[at] : w[i];
        });

    public static string Key(string s)
    {
        var t = string.Join(' ', s.Replace('\u2019', '\'').Replace('\u2018', '\'').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        if (t.Contains("isation", StringComparison.Ordinal)) t = t.Replace("isation", "ization", StringComparison.Ordinal);
        return t.StartsWith("the ", StringComparison.Ordinal) ? t[4..] : t;
    }

    private static ImmutableArray<ActorCode> ParseCodes(string s) =>
        [.. s.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(c =>
        {
            var p = c.Split(':');
            return new ActorCode(p[0], p.Length > 1 && p[1].Length == 8 ? int.Parse(p[1], CultureInfo.InvariantCulture) : 0,
                p.Length > 2 && p[2].Length == 8 ? int.Parse(p[2], CultureInfo.InvariantCulture) : 0);
        })];

    private static string Title(string phrase) =>
        string.Join(' ', phrase.Split(' ').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]));

    private static double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    private static IEnumerable<string> Split(string s) => s.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(x => x != "-");

    private static IEnumerable<string[]> Tsv(System.Reflection.Assembly asm, string name) =>
        EmbeddedData.Lines(asm, name).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t'));
}
