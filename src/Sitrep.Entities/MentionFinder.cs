using System.Collections.Frozen;
using Sitrep.Core;
using Sitrep.Entities.Lexicon;

namespace Sitrep.Entities;

/// <summary>A mention before coreference: where it is, what it looks like and the clues the text gives about it.</summary>
internal sealed class Candidate
{
    public required TextSpan Span { get; set; }
    public required string Text { get; set; }
    public required EntityType Type { get; set; }
    public MentionKind Kind { get; set; } = MentionKind.Name;
    public int Sentence { get; init; }
    public int WordIndex { get; init; }
    public LexEntry? Lex { get; set; }
    public List<string> Titles { get; } = [];
    public string? Sector { get; set; }
    public string? Country { get; set; }
    public string? RoleTitle { get; set; }
    public Candidate? RoleOf { get; set; }
    public TextSpan? RoleSpan { get; set; }
    public bool Possessive { get; set; }

    /// <summary>Lower-case name words (name mentions only): the material name matching works on.</summary>
    public string[] NameWords { get; set; } = [];
    public string? DescriptionHead { get; set; }
    public bool Unsure { get; set; }
    public Cluster? Cluster { get; set; }
    public override string ToString() => $"{Text} {Type} {Kind}";
}

/// <summary>
/// Finds name, description and pronoun mentions in a sentence's words: dictionary and gazetteer matches,
/// capitalised-name sequences split at titles, organisation patterns (X Council, Ministry of X, Embassy in X).
/// </summary>
/// <param name="date">The publication date (yyyymmdd, 0 = unknown), which says who held an office a title names.</param>
internal sealed class MentionFinder(Lexicons lex, int date = 0)
{
    private static readonly FrozenSet<string> Connectors = new[] { "of", "the", "al", "bin", "ibn", "de", "del", "da", "van", "von", "der", "for", "on", "and",
        // "Daniel arap Moi", "Dar es Salaam", "Zia ul-Haq", "Jose Eduardo dos Santos"
        "arap", "es", "ul", "dos", "das",
        // "Rio Grande do Norte", "Mato Grosso do Sul"
        "do" }.ToFrozenSet();

    /// <summary>Day and month names: "the Organization of African Unity on Tuesday" ends before "on".</summary>
    private static readonly FrozenSet<string> DateWords = CalendarWords.DaysAndMonths.ToFrozenSet();

    /// <summary>Last words that make a capitalised sequence an organisation.</summary>
    internal static readonly FrozenSet<string> OrgHeads = new[]
    {
        "force", "forces", "agency", "council", "ministry", "department", "embassy", "consulate", "committee", "corps", "guards", "guard",
        "party", "army", "navy", "command", "organisation", "organization", "university", "bank", "court", "parliament", "assembly", "front",
        "movement", "brigade", "brigades", "administration", "service", "office", "institute", "company", "group", "union", "league",
        "commission", "authority", "association", "federation", "alliance", "mission", "senate", "congress", "cabinet", "police", "militia",
        "network", "times", "post", "news", "television", "tv", "radio", "foundation", "fund", "agency", "bureau", "directorate", "secretariat",
        "inc", "inc.", "ltd", "corporation", "corp", "corp.", "airlines", "airways", "club", "fleet", "regiment", "battalion", "squadron", "tribunal",
    }.ToFrozenSet();

    /// <summary>Heads that also open a name ("Ministry of Defence", "Department of State").</summary>
    private static readonly FrozenSet<string> OrgOpeners = new[] { "ministry", "department", "embassy", "consulate", "office", "bank", "university", "council", "court", "institute", "commission", "union", "league", "organisation", "organization", "house", "senate", "church" }.ToFrozenSet();

    private static readonly FrozenSet<string> Diplomatic = new[] { "embassy", "consulate", "mission" }.ToFrozenSet();

    /// <summary>Heads of government bodies, which belong to the country of the city they are said to be in.</summary>
    private static readonly FrozenSet<string> StateBodies = new[]
    {
        "ministry", "office", "department", "cabinet", "parliament", "council", "committee", "commission", "court", "police", "army",
        "navy", "command", "directorate", "secretariat", "presidency", "government",
    }.ToFrozenSet();

    private static readonly FrozenSet<string> TitleCaseTells = new[] { "on", "in", "of", "to", "for", "and", "a", "an", "is", "are", "with", "at", "from", "by", "as", "what", "how", "why", "after", "over", "into" }.ToFrozenSet();

    private static readonly FrozenSet<string> PersonPronouns = new[] { "he", "him", "his", "himself", "she", "her", "hers", "herself" }.ToFrozenSet();

    internal static readonly FrozenSet<string> SpeechVerbs = new[]
    {
        "said", "says", "say", "added", "adds", "stated", "states", "announced", "announces", "warned", "warns", "denied", "denies", "claimed",
        "claims", "accused", "accuses", "rejected", "rejects", "condemned", "condemns", "insisted", "insists", "responded", "vowed", "vows",
        "threatened", "threatens", "demanded", "demands", "urged", "urges", "called", "calls", "decided", "approved", "ordered", "confirmed",
        "confirms", "told", "tells", "declared", "blamed", "blames", "alleged", "alleges", "argued", "reported", "noted", "explained", "wrote",
    }.ToFrozenSet();

    /// <summary>Where the last <see cref="Find"/> saw titles and offices ("Prime Minister"): no name starts inside one.</summary>
    public List<TextSpan> TitleSpans { get; } = [];

    public List<Candidate> Find(IReadOnlyList<Word> words, int sentence)
    {
        TitleSpans.Clear();
        var found = new List<Candidate>();
        int letters = words.Count(w => w.IsLetter);
        int caps = words.Count(w => w.IsLetter && w.IsCap);
        // Headlines in title case: only what the dictionaries know is a name there.
        // Headlines in title case capitalise function words too ("Airstrike On Iraq"); prose never does mid-sentence.
        bool headline = letters >= 3 && caps >= 0.6 * letters && words.Skip(1).Any(w => w.IsCap && !w.SentenceStart && TitleCaseTells.Contains(w.Lower));
        Candidate? pendingOwner = null;  // "Iran's" / "the country's" before a title
        (string Title, string? Sector, Candidate? Of, string? Country, TextSpan Span, int At)? pendingRole = null;

        int i = 0;
        while (i < words.Count)
        {
            var w = words[i];
            if (found.Count > 0 && w.Span.Start < found.Max(f => f.Span.End)) { i++; continue; }
            if (!w.IsCap || lex.IsNotName(w.Lower) || w.Lower == "the" && i + 1 < words.Count && !words[i + 1].IsCap)
            {
                var d = Description(words, i, sentence);
                if (d is not null)
                {
                    found.Add(d);
                    if (d.Possessive) pendingOwner = d;
                    while (i < words.Count && words[i].Span.Start < d.Span.End) i++;
                    continue;
                }
                // "Iran's foreign minister, Ali Rezaei,", "the Arab League's secretary-general, Chedli Klibi,": wire copy writes
                // the office between an owner's possessive and the holder's name in lower case; it is the named person's
                // office all the same.
                if (LowerCaseOffice(words, i, pendingOwner) is var (officeWords, office, officeSector) && officeWords > 0)
                {
                    var officeSpan = words[i].Span.Cover(words[i + officeWords - 1].Span);
                    pendingRole = (office, officeSector ?? pendingOwner!.Sector, pendingOwner, pendingOwner!.Country, officeSpan, i);
                    pendingOwner = null;
                    i += officeWords;
                    continue;
                }
                // "U.N. humanitarian chief Valerie Amos": so is a longer one right after an organisation's name, with the holder's
                // name right after it (the one-word office is the next rule's).
                if (i > 0 && found.LastOrDefault() is { Type: EntityType.Org, Kind: MentionKind.Name, Possessive: false } officeOwner && officeOwner.Span.End == words[i - 1].Span.End
                    && LowerCaseOffice(words, i, officeOwner, adjoining: true) is var (bodyOfficeWords, bodyOffice, bodyOfficeSector) && bodyOfficeWords > 1)
                {
                    var officeSpan = words[i].Span.Cover(words[i + bodyOfficeWords - 1].Span);
                    // (In a body of no state, "U.N. special envoy", the office's sector is the body's, not a government's.)
                    pendingRole = (bodyOffice, officeOwner.Country is null ? officeOwner.Sector : bodyOfficeSector ?? officeOwner.Sector, officeOwner, officeOwner.Country, officeSpan, i);
                    i += bodyOfficeWords;
                    continue;
                }
                // "Pentagon spokesman Jonathan Hoffman": a lower-case office right after an organisation, before a name, is
                // the named person's office in that organisation.
                if (w.IsLetter && !w.IsCap && i > 0 && i + 1 < words.Count && words[i + 1].IsCap && lex.Titles.TryGetValue(w.Lower, out var lowerTitle) &&
                    lowerTitle.Kind == "office" && found.LastOrDefault() is { Type: EntityType.Org, Kind: MentionKind.Name } body && body.Span.End == words[i - 1].Span.End)
                {
                    pendingRole = (lowerTitle.Title, lowerTitle.Sector ?? body.Sector ?? (body.Lex?.CodeOn(0) is { Length: >= 6 } code ? code[3..6] : null), body, body.Country, w.Span, i);
                    i++;
                    continue;
                }
                if (PersonPronouns.Contains(w.Lower) || (w.Lower is "it" or "its" && (w.Lower == "its" || NextIsSpeech(words, i))))
                {
                    found.Add(new Candidate
                    {
                        Span = w.Span, Text = w.Text, Type = PersonPronouns.Contains(w.Lower) ? EntityType.Person : EntityType.Org,
                        Kind = MentionKind.Pronoun, Sentence = sentence, WordIndex = i, DescriptionHead = w.Lower,
                    });
                }
                i++;
                continue;
            }

            int j = i;
            // A bare "the" right after a capitalised word ends the name ("told Reuters the Defence Ministry …"); only after a
            // connector is it inside one ("Bank of the South").
            while (j + 1 < words.Count && (!words[j].Possessive || PossessiveInName(words, j) || KnownNameAcross(words, i, j)) &&
                   (words[j + 1].IsCap || (Connectors.Contains(words[j + 1].Lower) && (words[j + 1].Lower != "the" || !words[j].IsCap) && j + 2 < words.Count && !DateWords.Contains(words[j + 2].Lower) && (words[j + 2].IsCap || words[j + 2].Lower == "the" && j + 3 < words.Count && words[j + 3].IsCap))) &&
                   !CoordinatesNames(words, i, j))
                j++;
            // A trailing connector never ends a chunk.
            while (j > i && Connectors.Contains(words[j].Lower)) j--;
            var items = Segment(words, i, j, sentence, headline);
            // "King Gyanendra of Nepal", "Sultan Qaboos of Oman": a titled person's office is of the country named right after
            // "of". The realm named outranks a namesake the dictionary found for title and name: "King Abdullah of Jordan" is
            // not Saudi Arabia's King Abdullah.
            for (int q = 0; q + 1 < items.Count; q++)
                if (items[q] is { Type: EntityType.Person, Kind: MentionKind.Name, RoleOf: null } ruler && ruler.Titles.Count > 0
                    && items[q + 1] is { Type: EntityType.Gpe, Country: { } realmCountry } realm
                    && (ruler.Country is null || ruler.Lex is not null && ruler.Country != realmCountry)
                    && words.Where(w => w.Span.Start >= ruler.Span.End && w.Span.End <= realm.Span.Start).Select(w => w.Lower).SequenceEqual(["of"]))
                {
                    if (ruler.Lex?.CodeOn(date) is { Length: >= 3 } namesake && namesake[..3] != realmCountry) ruler.Lex = null;
                    ruler.Country = realmCountry;
                    ruler.RoleOf = realm;
                }
            foreach (var c in items)
            {
                if (c.Kind == MentionKind.Description && c.DescriptionHead == "title")
                {
                    // A title with no name after it: it belongs to the next person in the sentence.
                    pendingRole = (c.Text, c.Sector, c.RoleOf ?? pendingOwner, c.Country ?? pendingOwner?.Country, c.Span, c.WordIndex);
                    pendingOwner = null;
                    continue;
                }
                if (c.Type == EntityType.Person && c.Kind == MentionKind.Name)
                {
                    if (c.RoleTitle is not null && c.RoleOf is null && pendingOwner is not null && pendingOwner.WordIndex >= i - 1)
                    { c.RoleOf = pendingOwner; c.Country ??= pendingOwner.Country; }
                    // "Lebanon's Maronite Patriarch Nasrallah Sfeir", "Britain's Prince Charles": a religious title or an
                    // honorific holds no office of the country before it, but its holder is that country's.
                    else if (c.Titles.Count > 0 && c.Lex is null && pendingOwner is { Type: EntityType.Gpe } possessor && possessor.WordIndex >= i - 1)
                        c.Country ??= possessor.Country;
                    // "Jordan's King Abdullah": a titled one-word name the dictionary gives another country (Saudi Arabia's King
                    // Abdullah) is the namesake of the country that owns the title.
                    if ((c.Titles.Count > 0 || c.RoleTitle is not null) && (c.Lex?.Country ?? c.Lex?.CodeOn(date)?[..3]) is { Length: 3 } lexCountry
                        && pendingOwner is { Type: EntityType.Gpe, Country: { } owned } && pendingOwner.WordIndex >= i - 1 && owned != lexCountry && c.NameWords.Length == 1)
                        (c.Lex, c.Country) = (null, owned);
                    if (pendingRole is { } pr && c.WordIndex - pr.At <= 14)
                    {
                        c.RoleTitle ??= pr.Title; c.RoleSpan ??= pr.Span; c.RoleOf ??= pr.Of; c.Country ??= pr.Country; c.Sector ??= pr.Sector;
                        if (!c.Titles.Contains(pr.Title)) c.Titles.Add(pr.Title);
                        pendingRole = null;
                    }
                }
                // "India's Defence Ministry": an organisation right after a country's possessive is that country's; so is a
                // building or square after a place's ("Kiev's Independence Square").
                // ("Baghdad's Tahrir Square": the owner's place outranks a namesake the gazetteer knows elsewhere, Cairo's.)
                if (c.Type is EntityType.Org or EntityType.Fac && c.Kind == MentionKind.Name && pendingOwner is { Country: { } owner } && pendingOwner.WordIndex >= i - 1
                    && (c.Country is null || c.Type == EntityType.Fac && c.Lex is { Kind: LexKind.Facility } && pendingOwner.Type == EntityType.Gpe && c.Country != owner)
                    && (pendingOwner.Type == EntityType.Gpe || c.Type == EntityType.Fac && pendingOwner.Type == EntityType.Org))
                {
                    if (c.Country is not null) c.Lex = null;
                    c.Country = owner;
                }
                if (c.Type is EntityType.Person or EntityType.Misc && c.Kind == MentionKind.Name && j + 1 < words.Count && c.Span.End == words[j].Span.End
                    && GovernmentWords.Contains(words[j + 1].Lower) && (c.Country ?? LeadersGovernment(c)) is { } governed)
                {
                    // "the Reagan administration": the government a leader heads, an organisation of his country.
                    c.Type = EntityType.Org; c.Country = governed; c.Sector = "GOV"; c.Lex = null;
                    c.Span = new TextSpan(c.Span.Start, words[j + 1].Span.End);
                    c.Text = c.Text + " " + words[j + 1].Text;
                    c.NameWords = [.. c.NameWords, words[j + 1].Lower];
                }
                found.Add(c);
                if (c.Possessive && c.Type is EntityType.Gpe or EntityType.Org) pendingOwner = c;
            }
            i = j + 1;
        }
        return found;
    }

    /// <summary>
    /// A lower-case office of up to four words at <paramref name="i"/>, right after <paramref name="owner"/>'s possessive and
    /// before a capitalised name, with or without a comma ("Iran's foreign minister, Ali Rezaei", "Kenya's police chief, John
    /// Mwangi", "the Central African Republic's interim president Michel Djotodia"): its
    /// length, its title, and its sector (from the titles list, else the agents dictionary). Length 0 when there is none.
    /// Only a run that ends in a word of office (minister, chief, spokesman …) counts: "Iran's nuclear programme, Natanz" is
    /// no office.
    /// </summary>
    private (int Words, string Title, string? Sector) LowerCaseOffice(IReadOnlyList<Word> words, int i, Candidate? owner, bool adjoining = false)
    {
        if (owner is not { Possessive: true } && !adjoining || owner?.Type is not (EntityType.Gpe or EntityType.Org) || i == 0 || owner.Span.End != words[i - 1].Span.End) return (0, "", null);
        for (int n = Math.Min(4, words.Count - i - 1); n > 0; n--)
        {
            // ("Kenya's former anti-corruption chief John Githongo": the name may follow with no comma; after a name that
            // is no possessive it must.)
            bool commaThenName = !adjoining && words[i + n].Text == "," && i + n + 1 < words.Count && words[i + n + 1].IsCap && words[i + n + 1].IsLetter;
            bool nameNext = words[i + n].IsCap && words[i + n].IsLetter && !lex.IsNotName(words[i + n].Lower);
            if (!commaThenName && !nameNext) continue;
            if (Enumerable.Range(i, n).Any(x => words[x].IsCap || !words[x].IsLetter || words[x].Possessive)) continue;
            if (!OfficeWords.Contains(words[i + n - 1].Lower)) continue;
            string run = Join(words, i, i + n - 1);
            string key = Lexicons.Key(run);
            if (lex.Titles.TryGetValue(key, out var t) && t.Kind is "office" or "rank") return (n, t.Title, t.Sector);
            if (ActorCodes.Sector(run) is { } sector) return (n, run, sector);
            bool headIsTitle = lex.Titles.TryGetValue(words[i + n - 1].Lower, out var head);
            // ("Kenya's former anti-corruption chief John Githongo": with the name right after it, the run is his office
            // whatever its head; before a comma it might be an apposition of something else.)
            if (n == 1 || headIsTitle || !commaThenName) return (n, run, headIsTitle ? head!.Sector : null);
        }
        return (0, "", null);
    }

    /// <summary>Last words of a lower-case office ("foreign minister", "army chief", "secretary-general").</summary>
    private static readonly FrozenSet<string> OfficeWords = new[]
    {
        "minister", "secretary", "secretary-general", "chief", "commander", "spokesman", "spokeswoman", "spokesperson", "ambassador",
        "envoy", "president", "chairman", "chairwoman", "director", "governor", "prosecutor", "leader", "head", "premier",
        // "chief of staff"; "prosecutor general", "attorney general"
        "staff", "general",
    }.ToFrozenSet();

    /// <summary>Words after a leader's name that make it his government ("the Reagan administration").</summary>
    private static readonly FrozenSet<string> GovernmentWords = new[] { "administration", "government", "regime", "cabinet" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The country whose government the named leader headed: his dictionary entry's, else the one country of the leaders
    /// the actors file knows by that surname at the top of a government (GOV) on the publication date, else at any time.
    /// </summary>
    private string? LeadersGovernment(Candidate c)
    {
        static IEnumerable<string> Governed(LexEntry x, int on) => x.Codes.IsDefaultOrEmpty ? []
            : x.Codes.Where(k => k.ActiveOn(on) && k.Code.Length == 6 && k.Code.AsSpan(3).SequenceEqual("GOV")).Select(k => k.Code[..3]);
        if (c.Lex is { Type: EntityType.Person } known)
            return Governed(known, 0).Distinct(StringComparer.Ordinal).Take(2).ToList() is [var only] ? only : null;
        if (c.NameWords.Length == 0 || !lex.LeadersBySurname.TryGetValue(c.NameWords[^1], out var holders)) return null;
        // "Slobodan Milosevic's government": a given name in the text that is not the leader's names someone else (the file's
        // only Milosevic is a Croatian minister, Domagoj Ivan).
        var leaders = c.NameWords.Length >= 2 ? holders.Where(x => string.Equals(x.Name.Split(' ')[0], c.NameWords[0], StringComparison.OrdinalIgnoreCase)).ToList() : [.. holders];
        foreach (var on in date == 0 ? [0] : new[] { date, 0 })
        {
            var countries = leaders.SelectMany(x => Governed(x, on)).Distinct(StringComparer.Ordinal).Take(2).ToList();
            if (countries.Count > 0) return countries.Count == 1 ? countries[0] : null;
        }
        return null;
    }

    private static bool NextIsSpeech(IReadOnlyList<Word> words, int i) =>
        i + 1 < words.Count && SpeechVerbs.Contains(words[i + 1].Lower);

    /// <summary>"the general", "the country's", "the president" → a description to resolve later.</summary>
    private Candidate? Description(IReadOnlyList<Word> words, int i, int sentence)
    {
        if (words[i].Lower != "the" || i + 1 >= words.Count) return null;
        var head = words[i + 1];
        if (head.IsCap || !head.IsLetter) return null;
        // "urged the world body to shoulder its responsibilities": wire copy's second name for the United Nations, which
        // names nothing else.
        if (head.Lower == "world" && !head.Possessive && i + 2 < words.Count && words[i + 2].Lower == "body" && (words[i + 2].Possessive || EndsNounPhrase(words, i + 3)) &&
            lex.Names.TryGetValue("united nations", out var un) && un.FirstOrDefault(x => x.Type == EntityType.Org) is { } unEntry)
        {
            var body = Make(words, i, i + 2, sentence, EntityType.Org, unEntry);
            body.Text = words[i].Text + " " + head.Text + " " + words[i + 2].Text;
            return body;
        }
        bool country = head.Lower is "country" or "nation";
        bool title = lex.Titles.TryGetValue(head.Lower, out var ti) && ti.Kind != "honorific";
        bool embassy = Diplomatic.Contains(head.Lower);
        if (!country && !title && !embassy) return null;
        // "the general public" is not a person: the description must end the noun phrase.
        if (!head.Possessive && !EndsNounPhrase(words, i + 2)) return null;
        return new Candidate
        {
            Span = words[i].Span.Cover(head.Span), Text = words[i].Text + " " + head.Text,
            Type = country ? EntityType.Gpe : title ? EntityType.Person : EntityType.Org,
            Kind = MentionKind.Description, Sentence = sentence, WordIndex = i, DescriptionHead = head.Lower, Possessive = head.Possessive,
        };
    }

    /// <summary>
    /// Whether the word at <paramref name="j"/> cannot continue a noun phrase ending before it: a verb (a reporting verb or
    /// a past form), a function word, an adverb, punctuation or the end of the sentence ("the general said", "the coast
    /// guard advised", not "the general public").
    /// </summary>
    private static bool EndsNounPhrase(IReadOnlyList<Word> words, int j)
    {
        if (j >= words.Count) return true;
        var next = words[j];
        return !next.IsLetter || next.IsCap || SpeechVerbs.Contains(next.Lower) || next.Lower.EndsWith("ly", StringComparison.Ordinal) ||
            next.Lower.EndsWith("ed", StringComparison.Ordinal) && next.Lower.Length > 4 ||
            next.Lower is "was" or "is" or "had" or "has" or "who" or "and" or "in" or "on" or "of" or "would" or "will" or "did" or "does" or "later" or
                "also" or "then" or "again" or "could" or "can" or "may" or "might" or "should" or "must" or "said" or "told" or "with" or "to" or
                "at" or "for" or "from" or "by" or "as" or "over" or "after" or "near" or "into" or "against" or "that" or "which" or "are" or "were" or "have";
    }

    /// <summary>Heads of the lower-case bodies of a state that news names by their country ("the Philippine coast guard").</summary>
    private static readonly FrozenSet<string> StateBodyHeads = new[]
    {
        "guard", "navy", "army", "military", "ministry", "government", "police", "parliament", "force", "forces", "cabinet",
    }.ToFrozenSet();

    /// <summary>Craft a state body sends out: "a Chinese coast guard ship" is the coast guard acting.</summary>
    private static readonly FrozenSet<string> Craft = new[]
    {
        "ship", "ships", "vessel", "vessels", "boat", "boats", "cutter", "cutters", "aircraft", "plane", "planes", "jet", "jets", "helicopter", "helicopters",
        "patrol", "patrols",
    }.ToFrozenSet();

    /// <summary>
    /// Words in a lower-case body of the state starting at <paramref name="i"/> (0 = none): the longest run of up to three
    /// lower-case words that the agents dictionary knows, ending in a state body's head and ending its noun phrase, or
    /// followed only by the craft it sends ("coast guard", "foreign ministry", "navy", "air force").
    /// </summary>
    private int StateBodyLength(IReadOnlyList<Word> words, int i)
    {
        for (int n = Math.Min(3, words.Count - i); n > 0; n--)
        {
            if (Enumerable.Range(i, n).Any(x => words[x].IsCap || !words[x].IsLetter || x < i + n - 1 && words[x].Possessive)) continue;
            if (!StateBodyHeads.Contains(words[i + n - 1].Lower) || !lex.Agents.ContainsKey(Lexicons.Key(Join(words, i, i + n - 1)))) continue;
            int after = i + n;
            if (words[i + n - 1].Possessive || EndsNounPhrase(words, after) || Craft.Contains(words[after].Lower)) return n;
        }
        return 0;
    }

    /// <summary>
    /// Whether an "and" after words[i..j] joins two names rather than being inside one: "the International Court of
    /// Justice and the UN Security Council", "Jerusalem and the West Bank" are two, because a known name ends before the
    /// "and" or starts after it; "Bosnia and Herzegovina" (known as a whole) and "Procter and Gamble" (nothing known) are one.
    /// </summary>
    private bool CoordinatesNames(IReadOnlyList<Word> words, int i, int j)
    {
        if (words[j + 1].Lower != "and" || words[j + 1].IsCap) return false;
        int next = j + 2;
        bool article = next < words.Count && words[next].Lower == "the";
        if (article) next++;
        if (next >= words.Count || !words[next].IsCap) return false;
        int last = words.Count - 1;
        for (int s = i; s <= j; s++)
            if (s + LongestLex(words, s, last) - 1 > j) return false;   // a known name runs across the "and"
        // "the Bureau of Prisons and the Department of Justice": a name does not go on with "and the"; that joins two.
        if (article) return true;
        bool knownBefore = Enumerable.Range(i, j - i + 1).Any(s => LongestLex(words, s, j) == j - s + 1);
        return knownBefore || LongestLex(words, next, last) > 0;
    }

    /// <summary>Splits one capitalised chunk words[a..b] into titles, known names, organisations and free names.</summary>
    private List<Candidate> Segment(IReadOnlyList<Word> words, int a, int b, int sentence, bool headline)
    {
        var items = new List<Candidate>();
        var titles = new List<(TitleInfo Info, TextSpan Span)>();
        string? modCountry = null; int modStart = -1;
        Candidate? roleOf = null;
        bool afterOf = false;
        bool destination = false;   // modCountry is where someone is sent, not whose they are
        int honorificAt = -1;
        int k = a;
        while (k <= b)
        {
            var w = words[k];
            if (Connectors.Contains(w.Lower) && !w.IsCap)
            {
                if (w.Lower == "of") afterOf = true;
                k++;
                continue;
            }
            // Leading "The" and capitalised common words at a sentence start are not names; nor is a common word the gazetteer
            // knows only as a small town ("Police said …" is not the Polish town of Police; "Mobile" and "Reading" are big
            // enough to stay places).
            if (items.Count == 0 && titles.Count == 0 && modCountry is null && (w.Lower == "the" || (w.SentenceStart && lex.Common.Contains(w.Lower)
                && LongestLex(words, k, b) is var known && (known == 0 || known == 1 && Pick(Lexicons.Key(w.Text)).IsTownUnder(CommonWordTownBelow))
                && LongestTitle(words, k, b) == 0 && lex.DemonymCountry(w.Lower) is null && UnlistedOffice(words, k, b) == 0)))
            {
                k++;
                continue;
            }
            // "Questioning Vindman's judgment", "Defending Merrick's record": a capitalised -ing word opening a sentence before
            // a name in the possessive is a verb, not the first word of the name.
            // So is one before a lower-case word that is not the verb of a name ("Condemning the attack, …", "Pledging support
            // for …"; not "Manning said") or before a known name ("Accusing Ethiopia of shelling …").
            if (items.Count == 0 && titles.Count == 0 && modCountry is null && w.SentenceStart &&
                (k < b && (words[b].Possessive || LongestLex(words, k + 1, b) == b - k) || k == b && b + 1 < words.Count && words[b + 1].IsLetter && !words[b + 1].IsCap
                    && !SpeechVerbs.Contains(words[b + 1].Lower) && words[b + 1].Lower is not ("is" or "was" or "has" or "had" or "and" or "who" or "will" or "would" or "says")) &&
                w.Lower.Length >= 6 && w.Lower.EndsWith("ing", StringComparison.Ordinal) && w.Text.Skip(1).All(char.IsLower) &&
                !lex.GivenNames.Contains(w.Lower) && LongestLex(words, k, k) == 0 && LongestTitle(words, k, b) == 0)
            {
                k++;
                continue;
            }
            // "Jailed IRA guerrilla Bobby Sands", "Exiled Tibetan leader …": a capitalised past participle opening a sentence
            // before a known name is an adjective of what follows, not the first word of a name.
            if (items.Count == 0 && titles.Count == 0 && modCountry is null && w.SentenceStart && k < b && w.Lower.Length >= 5
                && w.Lower.EndsWith("ed", StringComparison.Ordinal) && w.Text.Skip(1).All(char.IsLower) && !lex.GivenNames.Contains(w.Lower)
                && LongestLex(words, k, b) == 0 && LongestTitle(words, k, b) == 0
                && (LongestLex(words, k + 1, b) > 0 || lex.DemonymCountry(words[k + 1].Lower) is not null || words[k + 1].Text is { Length: >= 2 } acronym && acronym.All(char.IsUpper)))
            {
                k++;
                continue;
            }
            // Organisation: the rest of the chunk ends with an organisation head (or opens with one: Ministry of X).
            int orgEnd = OrgEnd(words, k, b);
            if (orgEnd >= k && !(orgEnd == k && LongestTitle(words, k, b) > 0))
            {
                var org = Org(words, modStart >= 0 ? modStart : k, orgEnd, sentence, modCountry);
                if (afterOf && titles.Count > 0) roleOf = org;
                items.Add(org);
                items.AddRange(Nested(words, org, sentence));
                modCountry = null; modStart = -1; destination = false;
                // "Soviet Defence Minister Dmitri Ustinov": a state the actors file codes by itself (SUN) but the country
                // table lacks qualifies a title after it as a country would.
                if (items.Count == 1 && titles.Count == 0 && org.Lex?.CodeOn(date) is { Length: 3 } stateCode && stateCode.All(char.IsAsciiLetterUpper)
                    && Math.Max(orgEnd, org.WordIndex) + 1 is var next && next <= b && LongestTitle(words, next, b) > 0)
                { modCountry = stateCode; modStart = k; }
                k = Math.Max(orgEnd, org.WordIndex) + 1;
                k = SkipTo(words, org.Span.End, k);
                continue;
            }
            int tl = headline ? 0 : LongestTitle(words, k, b);
            // "King and Weeks were freed": a one-word title joined by "and" to a name is a surname, not that name's title.
            if (tl == 1 && k + 2 <= b && words[k + 1].Lower == "and" && !words[k + 1].IsCap && words[k + 2].IsCap) tl = 0;
            if (tl > 0)
            {
                // "White House Press Secretary Stephanie Grisham": an office right after an organisation is held in it.
                if (roleOf is null && k > a && items.LastOrDefault() is { Type: EntityType.Org or EntityType.Fac, Kind: MentionKind.Name } org && org.Span.End == words[k - 1].Span.End)
                    roleOf = org;
                var key = Lexicons.Key(Join(words, k, k + tl - 1));
                AddTitle(lex.Titles[key], new TextSpan(words[k].Span.Start, words[k + tl - 1].Span.End));
                k += tl;
                continue;
            }
            int ll = LongestLex(words, k, b);
            // A given name the dictionaries also list alone ("Ali") opens a longer name when capitalised words follow.
            // A first-level division ("Virginia") stays the place before a word no surname would be ("Virginia Democrats").
            // So does, after a title, a one-word name the dictionaries know as someone's surname when an unknown capitalised
            // word follows ("Patriarch Nasrallah Sfeir" is not Hassan Nasrallah).
            if (ll == 1 && k < b && titles.Count > 0 && words[k + 1].IsCap && LongestTitle(words, k + 1, b) == 0 && LongestLex(words, k + 1, b) == 0
                && !Connectors.Contains(words[k + 1].Lower) && !lex.Common.Contains(words[k + 1].Lower) && !lex.IsNotName(words[k + 1].Lower)
                && !NameSuffixes.Contains(Norm(words[k + 1].Lower)) && Pick(Lexicons.Key(words[k].Text)) is { Kind: LexKind.Actor, Type: EntityType.Person })
                ll = 0;
            if (ll == 1 && k < b && lex.GivenNames.Contains(words[k].Lower) && words[k + 1].IsCap && LongestTitle(words, k + 1, b) == 0 &&
                Pick(Lexicons.Key(words[k].Text)).Kind is not (LexKind.Country or LexKind.Facility or LexKind.Media) &&
                !(DivisionCountry(words, k, b) is not null && !Surname(words[k + 1])))
                ll = 0;
            // "Liberal Democrats", "Progressive Conservative": a small town named by a common adjective ("Liberal", Kansas)
            // before a member noun of a party is the party's adjective, not the town.
            if (ll == 1 && k < b && lex.Common.Contains(words[k].Lower) && IsMemberNoun(words[k + 1]) &&
                Pick(Lexicons.Key(words[k].Text)).IsTownUnder(TownInNameBelow))
                ll = 0;
            if (ll > 0 && OpensLongerName(words, k, ll, b)) ll = 0;
            // "the Vietnam War", "the Iraq War": a place and "War" name a war, not the place.
            if (ll > 0 && k + ll <= b && words[k + ll].Text is "War" or "Wars" && Pick(Lexicons.Key(Join(words, k, k + ll - 1))).Kind is LexKind.Country or LexKind.City or LexKind.Region)
            {
                items.Add(Make(words, k, k + ll, sentence, EntityType.Event, null));
                k += ll + 1;
                continue;
            }
            // "the capital's Liberty Square", "Lenin Street": a town's name before a square's or street's word names that square
            // or street, wherever it is, not the town (Liberty, Missouri).
            if (ll > 0 && k + ll <= b && words[k + ll].Text is "Square" or "Street" or "Avenue" or "Boulevard" or "Road"
                && Pick(Lexicons.Key(Join(words, k, k + ll - 1))).Kind is LexKind.City or LexKind.Region)
            {
                items.Add(Make(words, k, k + ll, sentence, EntityType.Fac, null));
                k += ll + 1;
                continue;
            }
            if (ll > 0)
            {
                var span = new TextSpan(words[k].Span.Start, words[k + ll - 1].Span.End);
                var entry = Pick(Lexicons.Key(Join(words, k, k + ll - 1)));
                // "King Hassan" is Hassan II, not the town of Hassan nor the Jordanian prince; "President Pinochet" is the
                // leader, not any place of that name: after a title a lone word that is no person known by it, or that a
                // monarch's title gives a regnal name, is the one leader who fits (TitledLeader).
                if (titles.Count > 0 && ll == 1 && (entry is not { Kind: LexKind.Actor, Type: EntityType.Person }
                        || RoyalTitles.Contains(titles[^1].Info.Title.ToLowerInvariant()) && !HoldsTitle(entry, titles[^1].Info, modCountry ?? roleOf?.Country, date))
                    && TitledLeader(titles[^1].Info, Norm(w.Lower), modCountry ?? roleOf?.Country) is { } titledLeader)
                    entry = titledLeader;
                // After a person's title a dictionary actor is that person, whatever kind the entry was filed under.
                bool personal = entry.Kind == LexKind.Actor && (titles.Count > 0 || ContainsTitle(words, k, k + ll - 1));
                var c = Make(words, k, k + ll - 1, sentence, personal ? EntityType.Person : entry.Type, entry);
                // "Ukraine President Volodymyr Zelensky": a country opening a chunk qualifies what follows; after "to" it is
                // where someone is sent ("envoy to Ukraine Kurt Volker"), which says nothing of whose the person is.
                // A first-level division opening a chunk gives its country the same way ("Florida Governor X", "Texas
                // Democrats"), though it stays a place of its own and not the country.
                var opener = entry.Kind == LexKind.Country ? entry.Country : DivisionCountry(words, k, b);
                if (opener is not null && k + ll <= b && items.Count == 0 && titles.Count == 0)
                { modCountry = opener; modStart = k; destination = k > 0 && words[k - 1].Lower == "to"; }
                items.Add(c);
                k += ll;
                if (c.Type == EntityType.Person) AttachTitles(c, titles, destination ? null : modCountry, roleOf);
                continue;
            }
            // "Syrian President", "Russian Federation Council": an adjective gives the country of what follows; so does a
            // two-word one ("South Korean President Roh Tae-woo", "Sri Lankan troops").
            (string? iso, int dl) = k + 1 <= b && w.IsCap && words[k + 1].IsCap && lex.DemonymCountry(w.Lower + " " + words[k + 1].Lower) is { } two ? (two, 2)
                : (lex.DemonymCountry(w.Lower), 1);
            if (iso is not null)
            {
                modCountry = iso; modStart = k; destination = false;
                if (k + dl - 1 == b && words[b].Text.EndsWith('s')) items.Add(Make(words, k, b, sentence, EntityType.Norp, null, iso));
                k += dl;
                continue;
            }
            if (headline) { k++; continue; }
            // Months, weekdays and capitalised pronouns never open a name ("In February 2019, …").
            if (lex.IsNotName(w.Lower)) { k++; continue; }
            // "Cmdr. Sean Robertson", "Lt. Col. Alexander Vindman", "Hon. Funke Adedoyin": an unknown abbreviation opening a
            // free name before a capitalised word is a rank or honorific, not part of the name; the name after it is a
            // person's, so a known place as its second word is a surname ("Robertson").
            if (IsHonorificAbbreviation(words, k, b))
            {
                honorificAt = k + 1;
                // "Gov. Ann Pruitt", "Capt. Ravi Nair": an abbreviation of a title the list has is that title.
                if (ExpandedTitle(w.Lower) is { } full) AddTitle(full, w.Span);
                else TitleSpans.Add(w.Span);
                k++;
                continue;
            }
            // "Energy Secretary Rick Perry", "Chief Executive Carrie Lam", "Ombudsman Nadia Cruz": capitalised common words
            // right before a given name and a surname are an office the titles list lacks, not part of the name.
            if (UnlistedOffice(words, k, b) is var given and > 0)
            {
                AddTitle(new TitleInfo(Join(words, k, given - 1), null, "office"), new TextSpan(words[k].Span.Start, words[given - 1].Span.End));
                k = given;
                continue;
            }
            // Free name: up to the next title or known name.
            int e = k;
            bool givenStart = lex.GivenNames.Contains(w.Lower) || honorificAt == k && LongestLex(words, k, b) == 0;
            // "Kevin King", "John Major": a one-word title right after a lone given name, ending the name, is its surname.
            bool SurnameTitle(int at) => at == k && givenStart && LongestTitle(words, at + 1, b) == 1 && (at + 2 > b || !words[at + 2].IsCap);
            // A weekday or month never continues a name ("Prime Minister Thatcher Tuesday criticized …").
            while (e + 1 <= b && (LongestTitle(words, e + 1, b) == 0 || SurnameTitle(e)) && (LongestLex(words, e + 1, b) == 0 || givenStart && e == k || KnownSurnameAfterGivenName(words, e, b)
                       || titles.Count > 0 && e == k && TownSurnameAfterGivenName(words, e, b))
                   && !Connectors.Contains(words[e + 1].Lower) && !lex.IsNotName(words[e + 1].Lower)) e++;
            // "Line of Control", "Axis of Resistance", "Cordillera del Condor": two unknown capitalised parts joined by "of" (or
            // its Romance forms) are one name, unless the second part is a known name or a title ("Friends of Syria" stays two).
            while (e + 2 <= b && words[e + 1].Lower is "of" or "de" or "del" or "da" or "dos" or "das" && !words[e + 1].IsCap && words[e + 2].IsCap && !givenStart &&
                   LongestTitle(words, e + 2, b) == 0 && LongestLex(words, e + 2, b) == 0 && !lex.IsNotName(words[e + 2].Lower))
            {
                e += 2;
                while (e + 1 <= b && words[e + 1].IsCap && LongestTitle(words, e + 1, b) == 0 && LongestLex(words, e + 1, b) == 0) e++;
            }
            // "External Affairs Minister": common words right before an office make a longer title, not a name.
            if (e + 1 <= b && LongestTitle(words, e + 1, b) is > 0 and var qualified &&
                lex.Titles[Lexicons.Key(Join(words, e + 1, e + qualified))] is { Kind: "office" } office &&
                Enumerable.Range(k, e - k + 1).All(x => words[x].IsCap && lex.Common.Contains(words[x].Lower)) && !givenStart)
            {
                AddTitle(office with { Title = Join(words, k, e + qualified) }, new TextSpan(words[k].Span.Start, words[e + qualified].Span.End));
                k = e + qualified + 1;
                continue;
            }
            var type = GuessType(words, k, e, titles.Count > 0 || honorificAt == k);
            var leader = type == EntityType.Person && titles.Count > 0 && e == k ? TitledLeader(titles[^1].Info, Norm(w.Lower), modCountry ?? roleOf?.Country) : null;
            var name = Make(words, k, e, sentence, type, leader, destination && type == EntityType.Person ? null : modCountry);
            // "President Bush": the actors file lists titled short forms of its people; a country all the holders of the
            // titled form share places the person (the title then gives the sector).
            if (name.Type == EntityType.Person && titles.Count > 0 && modCountry is null && roleOf is null)
                name.Country ??= TitledNameCountry(titles[^1].Info.Title, Join(words, k, e));
            if (name.Type == EntityType.Person) AttachTitles(name, titles, destination ? null : modCountry, roleOf);
            items.Add(name);
            k = e + 1;
        }
        if (titles.Count > 0 && !items.Any(x => x.Type == EntityType.Person))
        {
            // Titles with no name in the chunk ("Iran's President, Hassan Rouhani"): keep them for the next person.
            var t = titles[^1];
            items.Add(new Candidate
            {
                Span = t.Span, Text = t.Info.Title, Type = EntityType.Person, Kind = MentionKind.Description, Sentence = sentence,
                WordIndex = a, DescriptionHead = "title", Sector = t.Info.Sector, Country = modCountry ?? roleOf?.Country, RoleOf = roleOf,
            });
        }
        return items;

        // A title read in the chunk: it waits for its holder, and no name may start inside it.
        void AddTitle(TitleInfo info, TextSpan span)
        {
            titles.Add((info, span));
            TitleSpans.Add(span);
        }
    }

    /// <summary>
    /// "Matt Harris" where the dictionaries know only Kamala Harris by her surname: an unknown, uncommon capitalised word
    /// right before a known person's one-word short form that ends the name is another person's given name, so the two
    /// words are one (unknown) person rather than a stray word and the known one.
    /// </summary>
    private bool KnownSurnameAfterGivenName(IReadOnlyList<Word> words, int e, int b) =>
        GivenNameBeforeLastWord(words, e, b) && lex.Names[Lexicons.Key(words[e + 1].Text)].All(x => x.Kind == LexKind.Actor && x.Type == EntityType.Person);

    /// <summary>
    /// Whether word <paramref name="e"/> can be an unknown given name before the run's last word, a one-word dictionary
    /// entry: capitalised, lower case after its first letter, not a common word and not a nationality.
    /// </summary>
    private bool GivenNameBeforeLastWord(IReadOnlyList<Word> words, int e, int b) =>
        e + 1 == b && words[e] is { IsCap: true } given && given.Text.Length >= 2 && given.Text.Skip(1).All(char.IsLower) && !lex.Common.Contains(given.Lower)
        && lex.DemonymCountry(given.Lower) is null && LongestLex(words, e + 1, b) == 1;

    /// <summary>
    /// "Australian Foreign Minister Gareth Evans": after a title, an unknown given name and a last word that the gazetteer
    /// knows only as a town (Evans, Georgia) are one person; the title says a person is named.
    /// </summary>
    private bool TownSurnameAfterGivenName(IReadOnlyList<Word> words, int e, int b) =>
        GivenNameBeforeLastWord(words, e, b) && LongestLex(words, e, e) == 0
        && lex.Names[Lexicons.Key(words[e + 1].Text)] is var entries && entries.Any() && entries.All(x => x.Kind == LexKind.City);

    /// <summary>
    /// The one-word title of the list that an abbreviation of three letters or more shortens ("gov." → Governor, "capt." →
    /// Captain), when it starts only one; else null ("Cmdr." starts none).
    /// </summary>
    private TitleInfo? ExpandedTitle(string abbreviation)
    {
        var stem = abbreviation.TrimEnd('.');
        if (stem.Length < 3) return null;
        var matches = lex.Titles.Values.Where(t => t.Kind is "office" or "rank" && !t.Title.Contains(' ') && !t.Title.EndsWith('.') &&
            t.Title.Length > stem.Length && t.Title.StartsWith(stem, StringComparison.OrdinalIgnoreCase)).DistinctBy(t => t.Title).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    private static readonly FrozenSet<string> PlaceAbbreviations = new[] { "st", "mt", "ft", "pt" }.ToFrozenSet();

    /// <summary>
    /// Whether words[k] is a capitalised abbreviation of two to five letters, the rest lower-case, with one closing dot
    /// ("Cmdr.", "Lt.", "Hon."; not "ID.")
    /// that opens a free name, followed inside the chunk by another capitalised word (not "St. Louis", "Mt. Kenya").
    /// </summary>
    private bool IsHonorificAbbreviation(IReadOnlyList<Word> words, int k, int b)
    {
        var t = words[k].Text;
        if (k >= b || t.Length < 3 || t.Length > 6 || t[^1] != '.' || t.IndexOf('.') != t.Length - 1 || !char.IsUpper(t[0]) || !t[1..^1].All(char.IsLower)) return false;
        if (PlaceAbbreviations.Contains(words[k].Lower.TrimEnd('.'))) return false;
        var next = words[k + 1].Text;
        // A name word, or an initial ("Hon. B. U. Nzeribe"); not an all-capitals product name ("ID. SPACE VIZZION").
        return words[k + 1].IsCap && (next.Any(char.IsLower) || next.Length == 2 && next[1] == '.');
    }

    /// <summary>
    /// Where the given name starts (0 = no) after one to three capitalised common words (or last words of listed offices,
    /// "Secretary") from words[k] that are neither given
    /// names, titles, known names nor place nouns ("Lake Elizabeth" is a lake), when a capitalised surname follows it and
    /// no place or organisation head follows in the run.
    /// </summary>
    private FrozenSet<string>? titleHeads;

    private int UnlistedOffice(IReadOnlyList<Word> words, int k, int b)
    {
        titleHeads ??= lex.Titles.Keys.Where(t => t.Contains(' ')).Select(t => t[(t.LastIndexOf(' ') + 1)..]).ToFrozenSet(StringComparer.Ordinal);
        int m = k;
        while (m <= b && m - k < 3 && words[m].IsCap && words[m].Text.Skip(1).All(char.IsLower) &&
               (lex.Common.Contains(words[m].Lower) || titleHeads.Contains(words[m].Lower)) &&
               !lex.GivenNames.Contains(words[m].Lower) && !PlaceHeads.Contains(words[m].Lower) && !OrgHeads.Contains(words[m].Lower) &&
               LongestTitle(words, m, b) == 0 && LongestLex(words, m, b) == 0)
            m++;
        if (m == k || m + 1 > b || !lex.GivenNames.Contains(words[m].Lower) || !words[m + 1].IsCap || LongestTitle(words, m + 1, b) > 0) return 0;
        // "Second Thomas Shoal", "First Albert Bank": a place or organisation head in the run makes it a name, not a person.
        for (int x = m + 1; x <= b && words[x].IsCap; x++)
            if (PlaceHeads.Contains(words[x].Lower) || OrgHeads.Contains(words[x].Lower)) return 0;
        return m;
    }

    /// <summary>Words that follow a name as part of it without being a surname ("Bush Sr.", "King Jr.").</summary>
    private static readonly FrozenSet<string> NameSuffixes = new[] { "sr", "jr", "ii", "iii", "iv" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Titles of monarchs, who are named by their regnal name ("King Hassan" for Hassan II).</summary>
    private static readonly FrozenSet<string> RoyalTitles = new[] { "king", "queen", "emperor", "empress", "sultan", "emir", "shah", "pope", "grand duke" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "President Mitterrand", "King Hassan", "Prime Minister Thatcher": a title and a lone surname (a monarch's regnal name)
    /// that the actors file knows only within a leader's full name are that leader when exactly one of its leaders fits:
    /// of the country the text gives the title, if any, and holding the title's own sector at the top level (a president
    /// holds GOV, not the GOVMED of a minister of culture who shares his surname) on the publication date, else at any
    /// time ("President Mitterrand" in a retrospective). Two that fit are no one.
    /// </summary>
    private LexEntry? TitledLeader(TitleInfo title, string surname, string? country)
    {
        bool royal = RoyalTitles.Contains(title.Title.ToLowerInvariant());
        var pool = royal && lex.RulersByRegnalName.TryGetValue(surname, out var rulers) ? rulers
            : lex.LeadersBySurname.TryGetValue(surname, out var leaders) ? leaders : [];
        var fit = pool.Where(x => HoldsTitle(x, title, country, date)).Take(2).ToList();
        // "King Gyanendra": a monarch with no regnal number goes by his given name; only one who held the office on the
        // publication date is him.
        if (fit.Count == 0 && royal && date != 0 && lex.LeadersByGivenName.TryGetValue(surname, out var byGivenName))
            fit = [.. byGivenName.Where(x => HoldsTitle(x, title, country, date)).Take(2)];
        if (fit.Count == 0 && date != 0) fit = [.. pool.Where(x => HoldsTitle(x, title, country, 0)).Take(2)];
        return fit.Count == 1 ? fit[0] : null;
    }

    /// <summary>Whether an actor has a code of the country (if given) and of the title's sector at its top level on the date (0 = ever).</summary>
    private static bool HoldsTitle(LexEntry x, TitleInfo title, string? country, int date) =>
        !x.Codes.IsDefaultOrEmpty && x.Codes.Any(c => c.ActiveOn(date)
            && (country is null || c.Code.StartsWith(country, StringComparison.Ordinal))
            && (title.Sector is not { Length: 3 } sector || c.Code.Length == 6 && c.Code.AsSpan(3).SequenceEqual(sector)));

    /// <summary>The one country of the dictionary people listed under "title name" ("president bush": both Bushes, USA), else null.</summary>
    private string? TitledNameCountry(string title, string name)
    {
        if (!lex.Names.TryGetValue(Lexicons.Key(title + " " + name), out var entries)) return null;
        var countries = entries.Where(x => x.Kind == LexKind.Actor && x.Type == EntityType.Person)
            .SelectMany(x => x.Codes.IsDefaultOrEmpty ? [] : x.Codes.Select(c => c.Code))
            .Where(c => c.Length >= 3 && lex.Countries.ContainsKey(c[..3])).Select(c => c[..3]).Distinct(StringComparer.Ordinal).ToList();
        return countries.Count == 1 ? countries[0] : null;
    }

    private static int SkipTo(IReadOnlyList<Word> words, int end, int k)
    {
        while (k < words.Count && words[k].Span.Start < end) k++;
        return k;
    }

    private void AttachTitles(Candidate c, List<(TitleInfo Info, TextSpan Span)> titles, string? country, Candidate? roleOf)
    {
        foreach (var (info, span) in titles)
        {
            if (!c.Titles.Contains(info.Title)) c.Titles.Add(info.Title);
            if (info.Kind is "office" && c.RoleTitle is null) { c.RoleTitle = info.Title; c.RoleSpan = span; }
            c.Sector ??= info.Sector;
        }
        // An office outranks a rank or honorific for the sector (Supreme Leader Ayatollah X → GOV).
        var office = titles.FirstOrDefault(t => t.Info.Kind == "office" && t.Info.Sector is not null);
        if (office.Info is not null) c.Sector = office.Info.Sector;
        c.Country ??= country ?? roleOf?.Country ?? (roleOf?.Lex?.CodeOn(0) is { Length: >= 3 } code && lex.Countries.ContainsKey(code[..3]) ? code[..3] : null);
        c.RoleOf ??= roleOf;
        titles.Clear();
    }

    /// <summary>Nouns that make an unknown multi-word name a place ("Line of Control", "Gulf of Aden", "Kashmir Valley").</summary>
    private static readonly FrozenSet<string> PlaceHeads = new[]
    {
        "line", "strait", "straits", "gulf", "bay", "sea", "cape", "isle", "island", "islands", "lake", "mount", "mountains", "valley",
        "river", "desert", "peninsula", "coast", "basin", "canal", "pass", "ridge", "heights", "plateau", "corridor", "strip", "bank", "zone",
        "shoal", "shoals", "reef", "reefs", "atoll", "archipelago", "lagoon", "glacier", "gorge", "delta", "hills", "highlands", "volcano",
    }.ToFrozenSet();

    /// <summary>Last words that make an unknown multi-word name a building or site ("Staples Center", "Mercy Hospital").</summary>
    internal static readonly FrozenSet<string> FacilityHeads = new[]
    {
        "arena", "stadium", "center", "centre", "hospital", "airport", "hotel", "prison", "mosque", "cathedral", "temple", "synagogue",
        "museum", "plaza", "mall", "airbase", "bridge", "palace", "garden", "gardens", "auditorium", "coliseum", "colosseum", "ballpark",
        "square",
    }.ToFrozenSet();

    private EntityType GuessType(IReadOnlyList<Word> words, int k, int e, bool titled)
    {
        if (titled) return EntityType.Person;
        if (e > k && (PlaceHeads.Contains(words[k].Lower) && words[k + 1].Lower == "of" || PlaceHeads.Contains(words[e].Lower)) && words[e].IsCap)
            return EntityType.Loc;
        bool personLike = lex.GivenNames.Contains(words[k].Lower) && e > k ||
            e > k && Enumerable.Range(k, e - k + 1).All(x => words[x].IsCap && !lex.Common.Contains(words[x].Lower) && words[x].Text.Any(char.IsLower));
        // "Staples Center", "Ryman Auditorium": what would pass for a given name and a surname is a building when it ends
        // in a building's word.
        if (personLike && FacilityHeads.Contains(words[e].Lower)) return EntityType.Fac;
        return personLike ? EntityType.Person : EntityType.Misc;
    }

    private Candidate Make(IReadOnlyList<Word> words, int k, int e, int sentence, EntityType type, LexEntry? entry, string? country = null)
    {
        var c = new Candidate
        {
            Span = new TextSpan(words[k].Span.Start, words[e].Span.End), Text = "", Type = type, Sentence = sentence, WordIndex = k,
            Lex = entry, Country = entry?.Country ?? country, Possessive = words[e].Possessive,
            NameWords = [.. Enumerable.Range(k, e - k + 1).Select(x => Norm(words[x].Lower))],
        };
        if (entry is { Kind: LexKind.Actor } && c.Country is null && entry.CodeOn(0) is { Length: >= 3 } code && lex.Countries.ContainsKey(code[..3]))
            c.Country = code[..3];
        return c;
    }

    /// <summary>Where an organisation name starting at k ends (inclusive), or -1.</summary>
    private int OrgEnd(IReadOnlyList<Word> words, int k, int b)
    {
        // A known multi-word name that is not an organisation ("Islamic Republic of Iran") is not one.
        int ll = LongestLex(words, k, b);
        var known = ll > 0 ? Pick(Lexicons.Key(Join(words, k, k + ll - 1))) : null;
        // "the Philippine coast guard", "China's foreign ministry": a country and a lower-case body of its state.
        bool country = k == b && lex.DemonymCountry(words[b].Lower) is not null || ll > 0 && k + ll - 1 == b && known is { Kind: LexKind.Country };
        if (country && b + 1 < words.Count && StateBodyLength(words, b + 1) is > 0 and var body) return b + body;
        if (known is { Type: not EntityType.Org } && k + ll - 1 == b) return -1;
        // A title opens a person's name unless an organisation head follows it ("General Assembly").
        int tl = LongestTitle(words, k, b);
        if (tl > 0 && !(k + tl <= b && OrgHeads.Contains(words[k + tl].Lower))) return -1;
        if (OrgOpeners.Contains(words[k].Lower) && k < b && words[k + 1].Lower == "of") return Math.Max(b, known is { Type: EntityType.Org } ? k + ll - 1 : b);
        // "Mark Dorsey of the Pacific Security Institute": a given name and a surname before "of"/"at"/"from" are a
        // person, and the organisation starts after the connector.
        if (k + 2 <= b && lex.GivenNames.Contains(words[k].Lower) && words[k + 1].IsCap && !OrgHeads.Contains(words[k + 1].Lower)
            && words[k + 2].Lower is "of" or "at" or "from" && known is not { Type: EntityType.Org }) return -1;
        for (int e = b; e >= k; e--)
        {
            if (Connectors.Contains(words[e].Lower)) continue;
            if (OrgHeads.Contains(words[e].Lower) && words[e].IsCap && e < b && words[e + 1].Lower == "of")
                return b;
            if (OrgHeads.Contains(words[e].Lower) && words[e].IsCap)
                return known is { Type: EntityType.Org } ? Math.Max(e, k + ll - 1) : e;
            if (e > k && words[e].Lower == "general" && words[e - 1].Lower == "consulate") return e;
        }
        if (known is { Type: EntityType.Org } && !ContainsTitle(words, k, k + ll - 1)) return k + ll - 1;
        // "the US embassy in Baghdad": a country followed by a lower-case diplomatic head.
        if (b + 1 < words.Count && Diplomatic.Contains(words[b + 1].Lower) && (lex.DemonymCountry(words[b].Lower) is not null || ll > 0 && Pick(Lexicons.Key(Join(words, k, k + ll - 1))).Kind == LexKind.Country))
            return b + 1;
        return -1;
    }

    private Candidate Org(IReadOnlyList<Word> words, int k, int e, int sentence, string? modCountry)
    {
        // Diplomatic missions take their city: "Embassy in Baghdad", "Consulate General in Erbil".
        int end = e;
        var head = words[e].Lower;
        if ((Diplomatic.Contains(head) || head == "general" && e > k && words[e - 1].Lower == "consulate") && e + 2 < words.Count &&
            words[e + 1].Lower is "in" or "to" && words[e + 2].IsCap)
        {
            end = e + 2;
            while (end + 1 < words.Count && words[end + 1].IsCap && !words[end].Possessive) end++;
        }
        var c = Make(words, k, end, sentence, EntityType.Org, null, modCountry);
        // The fullest dictionary name inside: the whole, then shorter tails ("Russian Federation Council" → "federation council").
        for (int s = k; s <= e && c.Lex is null; s++)
        {
            var key = Lexicons.Key(Join(words, s, e));
            if (lex.Names.TryGetValue(key, out var entries) && entries.Any(x => x.Type is EntityType.Org or EntityType.Fac))
                c.Lex = entries.First(x => x.Type is EntityType.Org or EntityType.Fac);
        }
        if (c.Lex is { } l)
        {
            c.Country ??= l.Country;
            if (c.Country is null && l.CodeOn(0) is { Length: >= 3 } code && lex.Countries.ContainsKey(code[..3])) c.Country = code[..3];
        }
        // A country named inside the name gives its country ("U.S. Consulate General", "Iranian Red Crescent").
        for (int s = k; s <= e && c.Country is null; s++)
        {
            if (lex.DemonymCountry(words[s].Lower) is { } iso) c.Country = iso;
            else if (LongestLex(words, s, e) is > 0 and var n && lex.Names.TryGetValue(Lexicons.Key(Join(words, s, s + n - 1)), out var es) &&
                     es.FirstOrDefault(x => x.Kind == LexKind.Country) is { } ce) c.Country = ce.Country;
        }
        // "the Indiana State Teachers Association", "Ohio Republican Party", "University of Virginia": a name opening with a
        // first-level division, or ending in "of" one, is of the division's country (the division stays a place of its own).
        if (c.Country is null && (DivisionCountry(words, k, e) ?? (e > k + 1 && words[e - 1].Lower == "of" ? DivisionCountry(words, e, e) : null)) is { } divisionCountry)
            c.Country = divisionCountry;
        // "Students at Tehran University", "Cairo University", "the University of Dhaka": a place of learning named after a
        // city of a million people or more is in that city's country. (A smaller town's name is as often a founder's, a
        // district's or a namesake's: "Georgetown University", "Victoria University".)
        if (c.Country is null && SchoolHeads.Contains(words[e].Lower) && e > k && BigCityCountry(words, k, e - 1) is { } schoolCountry)
            c.Country = schoolCountry;
        else if (c.Country is null && e > k + 1 && SchoolHeads.Contains(words[k].Lower) && words[k + 1].Lower == "of" && BigCityCountry(words, k + 2, e) is { } ofCountry)
            c.Country = ofCountry;
        // "The Foreign Office in Islamabad": a state body named with its seat belongs to the seat's country (an
        // embassy's or a high commission's city is where it is, not whose it is, so missions are left out).
        if (c.Country is null && end == e && StateBodies.Contains(head) && !(head == "commission" && e > k && words[e - 1].Lower == "high") && e + 2 < words.Count && words[e + 1].Lower == "in" &&
            LongestLex(words, e + 2, words.Count - 1) is > 0 and var seat && Pick(Lexicons.Key(Join(words, e + 2, e + 1 + seat))) is { Kind: LexKind.City or LexKind.Country } place)
            c.Country = place.Country;
        // The sector from the agents dictionary: the longest tail of the name it knows ("News Agency" → MED).
        for (int s = k; s <= e && c.Sector is null; s++)
            if (lex.Agents.TryGetValue(Lexicons.Key(Join(words, s, e)), out var sector)) c.Sector = sector;
        for (int s = e; s >= k && c.Sector is null; s--)
            if (OrgHeads.Contains(words[s].Lower) && lex.Agents.TryGetValue(words[s].Lower, out var hs)) c.Sector = hs;
        return c;
    }

    /// <summary>Last words of the names of places of learning.</summary>
    private static readonly FrozenSet<string> SchoolHeads = new[] { "university", "college", "polytechnic" }.ToFrozenSet();

    /// <summary>The country of the city of a million people or more that words[k..e] name exactly, if they do.</summary>
    private string? BigCityCountry(IReadOnlyList<Word> words, int k, int e) =>
        LongestLex(words, k, e) == e - k + 1 && Pick(Lexicons.Key(Join(words, k, e))) is { Kind: LexKind.City, Population: >= 1_000_000 } city ? city.Country : null;

    /// <summary>
    /// "the Serbian Workers' Union", "the Women's League": a plural common word in the possessive right before a word that
    /// heads organisation names is inside the name; a known name in the possessive ("Iran's Army") owns what follows.
    /// So is a capitalised "People's" or "Women's" before any capitalised word ("the Madhesi People's Rights Forum",
    /// "the People's Democratic Party"): an organisation of a people, never its owner.
    /// </summary>
    private bool PossessiveInName(IReadOnlyList<Word> words, int j) =>
        j + 1 < words.Count && words[j + 1].IsCap
        && (OrgHeads.Contains(words[j + 1].Lower) && words[j].Lower.EndsWith('s') && lex.Common.Contains(words[j].Lower) && LongestLex(words, j, j) == 0
                && lex.DemonymCountry(words[j].Lower) is null
            || words[j].IsCap && words[j].Lower is "people" or "women" or "children" or "workers" && words[j + 1].IsLetter);

    /// <summary>Whether a known name starting between <paramref name="i"/> and <paramref name="j"/> runs on past word j (a possessive inside it).</summary>
    private bool KnownNameAcross(IReadOnlyList<Word> words, int i, int j) =>
        Enumerable.Range(i, j - i + 1).Any(k => k + LongestLex(words, k, words.Count - 1) - 1 > j);

    /// <summary>Places named inside a longer name ("Baghdad" in "US Embassy in Baghdad" or "Baghdad airport").</summary>
    /// <summary>The index of the last word of a candidate.</summary>
    private static int LastWordOf(IReadOnlyList<Word> words, Candidate c)
    {
        int j = c.WordIndex;
        while (j + 1 < words.Count && words[j + 1].Span.End <= c.Span.End) j++;
        return j;
    }

    private IEnumerable<Candidate> Nested(IReadOnlyList<Word> words, Candidate outer, int sentence)
    {
        for (int k = outer.WordIndex; k < words.Count && words[k].Span.End <= outer.Span.End; k++)
        {
            int ll = LongestLex(words, k, words.Count - 1);
            if (ll == 0 || words[k + ll - 1].Span.End > outer.Span.End) continue;
            // "Serbian Workers' Union", "Nigerian Union of Teachers": a word that heads organisation names is part of the
            // name, not the town of that name (Union, New Jersey).
            if (ll == 1 && OrgHeads.Contains(words[k].Lower)) continue;
            var entry = Pick(Lexicons.Key(Join(words, k, k + ll - 1)));
            // "American Enterprise Institute": a town's name right after another word of the name is a word of the name, not
            // the town (Enterprise, Nevada); a place opening the name or after "in"/"of" is the place, and so is a capital
            // or a big city anywhere ("University College London").
            if (entry.IsTownUnder(TownInNameBelow) && k > outer.WordIndex &&
                words[k - 1].IsCap && !Connectors.Contains(words[k - 1].Lower))
            {
                k += ll - 1;
                continue;
            }
            // A country opening a name is part of the name ("US Embassy", "Russian Federation Council"), except before a
            // lower-case body of its state ("Russia's foreign ministry", "the U.S. government"), where it is the country.
            bool stateBody = !words[LastWordOf(words, outer)].IsCap;
            if (entry.Kind is LexKind.City or LexKind.Region || (entry.Kind == LexKind.Country && (stateBody || words[k].Lower != "us" && words[k].Lower != "u.s." && k > outer.WordIndex)))
                yield return Make(words, k, k + ll - 1, sentence, entry.Type, entry);
            // Whatever the known name is, no place starts inside it ("York" in "New York Times").
            k += ll - 1;
        }
    }

    /// <summary>Population under which a town's name inside an organisation's name may be a plain word of the name.</summary>
    private const int TownInNameBelow = 500_000;
    /// <summary>A common word opening a sentence is that word, not a town of fewer people than this.</summary>
    private const int CommonWordTownBelow = 50_000;

    /// <summary>True when an office or rank is named inside words[k..e] ("Syrian President Bashar al-Assad").</summary>
    private bool ContainsTitle(IReadOnlyList<Word> words, int k, int e)
    {
        for (int s = k; s <= e; s++)
            if (LongestTitle(words, s, e) is > 0 and var len && lex.Titles[Lexicons.Key(Join(words, s, s + len - 1))].Kind is "office" or "rank") return true;
        return false;
    }

    private bool EndsWithTitle(IReadOnlyList<Word> words, int k, int e)
    {
        for (int s = k + 1; s <= e; s++)
            if (lex.Titles.ContainsKey(Lexicons.Key(Join(words, s, e)))) return true;
        return false;
    }

    private int LongestTitle(IReadOnlyList<Word> words, int k, int b)
    {
        if (!words[k].IsCap) return 0;
        for (int len = Math.Min(lex.MaxTitleWords, b - k + 1); len > 0; len--)
            if (lex.Titles.ContainsKey(Lexicons.Key(Join(words, k, k + len - 1))) && words[k + len - 1].IsCap) return len;
        return 0;
    }

    /// <summary>Length of the longest known name starting at k (capitalised first and last word; a facility may end lower-case).</summary>
    internal int LongestLex(IReadOnlyList<Word> words, int k, int b)
    {
        if (!words[k].IsCap && !(words[k].Text.Length > 0 && char.IsDigit(words[k].Text[0]))) return 0;
        int max = Math.Min(lex.MaxPhraseWords, words.Count - k);
        for (int len = max; len > 0; len--)
        {
            int e = k + len - 1;
            // A possessive inside stays only in a name that has it ("Democratic People's Republic of Korea", not "Iran's Army").
            if (e > 0 && e > k && words[e - 1].Possessive && !lex.Names.ContainsKey(Lexicons.Key(Join(words, k, e)))) continue;
            if (lex.Names.TryGetValue(Lexicons.Key(Join(words, k, e)), out var entries))
            {
                if (e > b && !entries.Any(x => x.Kind == LexKind.Facility)) continue;
                // "Ukrainian" is a nationality word, though the actors file lists it under the dated actor Ukraine.
                if (len == 1 && lex.DatedCountryAdjectives.ContainsKey(Lexicons.Key(words[k].Text))) continue;
                // "US Secretary of State" is a country and a title, not the dictionary's office-as-actor entry.
                if (len > 1 && entries.All(x => x.Kind == LexKind.Actor) && EndsWithTitle(words, k, e)) continue;
                if (!words[e].IsCap && e > b is false && len > 1 && !entries.Any(x => x.Kind == LexKind.Facility)) continue;
                // Lower-case words like "us" are not the country "US".
                if (len == 1 && words[k].Text.All(char.IsLower)) continue;
                if (len == 1 && words[k].Text.Length <= 3 && words[k].Text != words[k].Text.ToUpperInvariant() && entries.All(x => x.Kind == LexKind.Country)) continue;
                return len;
            }
        }
        return 0;
    }

    /// <summary>Population under which a town's name that is also a world region's is read as the region.</summary>
    private const int RegionBeatsTownBelow = 100_000;

    /// <summary>The best reading of an ambiguous name: hand lists, then countries, then the biggest city (capitals first), regions, actors.</summary>
    internal LexEntry Pick(string key)
    {
        var entries = lex.Names[key];
        var best = entries.OrderBy(e => e.Kind).ThenByDescending(e => e.IsCapital).ThenByDescending(e => e.Population).First();
        // "New York State", "Washington State": a first-level division's name and "State" is that division, though the
        // actors file lists the phrase among its country's synonyms.
        if (best.Kind is LexKind.Actor or LexKind.Country && key.EndsWith(" state", StringComparison.Ordinal) &&
            lex.Names.TryGetValue(key[..^6], out var shorter) && shorter.FirstOrDefault(e => e.IsDivision) is { } state)
            return state;
        // "Florida", "Punjab": a first-level division outranks a town of the same name (Florida in Cuba), but not a capital
        // or a big city ("Washington").
        // Of several divisions so named, the one in the town's own country ("Gaza": the Palestinian governorate around Gaza
        // City, not Mozambique's Gaza province).
        if (best.Kind == LexKind.City && !best.IsCapital && best.Population < DivisionBeatsCityBelow
            && entries.Where(e => e.IsDivision).OrderByDescending(e => e.Country == best.Country).FirstOrDefault() is { } division)
            return division;
        // "leaders met in Asia", "guerrillas in the Andes": a world region of the hand list outranks a town of its name
        // (Asia in the Philippines, Andes in Colombia).
        if (best.IsTownUnder(RegionBeatsTownBelow) && entries.FirstOrDefault(e => e.Kind == LexKind.Region && !e.IsDivision) is { } region)
            return region;
        // "Obama", "Morsi", "UN": a small town's name (no capital of a country or of its first-level division) that the
        // actors dictionary gives a person or a body with a sector code is that actor in the news, not Obama in Fukui.
        if (best.IsTownUnder(ActorBeatsTownBelow) && best.FeatureCode != "PPLA"
            && entries.FirstOrDefault(e => e.Kind == LexKind.Actor && e.Type is EntityType.Person or EntityType.Org && e.Codes.Any(c => c.Code.Length > 3)) is { } actor)
            return actor;
        return best;
    }

    /// <summary>
    /// The country of the first-level division whose name opens words[k..b] ("Indiana", "Bavaria"), when the name reads as
    /// that division (not as a country, a capital or a big city) and every division of the name lies in one country
    /// ("Punjab", in India and in Pakistan, says no country); else null.
    /// </summary>
    private string? DivisionCountry(IReadOnlyList<Word> words, int k, int b)
    {
        int ll = LongestLex(words, k, b);
        if (ll == 0) return null;
        var key = Lexicons.Key(Join(words, k, k + ll - 1));
        if (!Pick(key).IsDivision) return null;
        var countries = lex.Names[key].Where(x => x.IsDivision).Select(x => x.Country).Distinct().ToList();
        return countries.Count == 1 ? countries[0] : null;
    }

    /// <summary>
    /// Whether the known place words[k..k+ll-1], a part of a country the dictionary files under the country or a first-level
    /// division, opens a longer name nothing knows ("the North West Frontier Province" is Pakistan's, not South Africa's
    /// North West; "the Cordillera del Condor" is no Philippine Cordillera): a capitalised word follows, after at most a
    /// Romance "de"/"del", that is no kind of place or body, title, office, party member, nationality or known name.
    /// </summary>
    private bool OpensLongerName(IReadOnlyList<Word> words, int k, int ll, int b)
    {
        var key = Lexicons.Key(Join(words, k, k + ll - 1));
        var entry = Pick(key);
        if (!(entry.IsDivision || entry.Kind == LexKind.Country && lex.CountryPartNames.Contains(key))) return false;
        // "U.S. Black Hawk helicopters", "UK Border Force": an abbreviation is the country's own short name, which qualifies
        // what follows.
        if (Enumerable.Range(k, ll).Any(x => words[x].Text.Contains('.') || words[x].Text.Length > 1 && words[x].Text.All(char.IsUpper))) return false;
        int next = k + ll;
        if (next < b && words[next].Lower is "de" or "del" or "da" or "dos" or "das" && !words[next].IsCap) next++;
        if (next > b || !words[next].IsCap) return false;
        var w = words[next];
        return !PlaceKindWords.Contains(w.Lower) && !PlaceHeads.Contains(w.Lower) && !OrgHeads.Contains(w.Lower) && !lex.Agents.ContainsKey(w.Lower)
            && !IsMemberNoun(w) && lex.DemonymCountry(w.Lower) is null && !lex.IsNotName(w.Lower) && !DateWords.Contains(w.Lower)
            && LongestLex(words, next, b) == 0 && LongestTitle(words, next, b) == 0;
    }

    /// <summary>Words naming a kind of administrative area, which a place's name may end in and stay that place ("Punjab Province").</summary>
    private static readonly FrozenSet<string> PlaceKindWords = new[]
    {
        "province", "provinces", "region", "state", "district", "territory", "territories", "county", "governorate", "prefecture",
        "oblast", "department", "municipality", "city", "town", "area", "airport",
    }.ToFrozenSet();

    /// <summary>Endings of the nouns for members of a party or a movement ("Democrat", "Republican", "Socialist", "Conservative").</summary>
    private static readonly string[] MemberNounEndings = ["crat", "can", "ist", "ive", "ian", "ite"];

    /// <summary>
    /// Whether a capitalised word after a given name can be a surname: not a common word, a word heading organisations, an
    /// agent noun ("Police", "State") or the plural of a member noun ("Democrats", "Republicans", "Socialists").
    /// </summary>
    private bool Surname(Word w)
    {
        var lower = w.Lower;
        if (lex.Common.Contains(lower) || OrgHeads.Contains(lower) || lex.Agents.ContainsKey(lower)) return false;
        return !(lower.Length > 4 && lower[^1] == 's' && !lex.GivenNames.Contains(lower[..^1]) && MemberNounEndings.Any(x => lower[..^1].EndsWith(x, StringComparison.Ordinal)));
    }

    /// <summary>A capitalised member noun of a party or a movement, singular or plural ("Democrat", "Republicans").</summary>
    private static bool IsMemberNoun(Word w)
    {
        var lower = w.Lower.EndsWith('s') ? w.Lower[..^1] : w.Lower;
        return w.IsCap && lower.Length > 4 && MemberNounEndings.Any(x => lower.EndsWith(x, StringComparison.Ordinal));
    }

    /// <summary>Population under which a town yields its name to a person or body of the actors dictionary.</summary>
    private const int ActorBeatsTownBelow = 100_000;

    /// <summary>Population under which a city yields its name to a first-level division of the same name.</summary>
    private const int DivisionBeatsCityBelow = 1_000_000;

    /// <summary>
    /// The words from a to b as one name; a possessive inside keeps its mark ("Democratic People's Republic of Korea", a plural's
    /// bare apostrophe: "Workers' Party").
    /// </summary>
    private static string Join(IReadOnlyList<Word> words, int a, int b) =>
        string.Join(' ', Enumerable.Range(a, b - a + 1).Select(i => i < b && words[i].Possessive ? words[i].Text + (words[i].Text.EndsWith('s') ? "'" : "'s") : words[i].Text));

    /// <summary>Name words compare without dots and hyphen variants ("U.S." = "US").</summary>
    internal static string Norm(string w) => w.Replace(".", "").Replace('\u2019', '\'');
}
