using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Sitrep.Core;
using Sitrep.Entities.Lexicon;

namespace Sitrep.Entities;

/// <summary>A growing entity: the mentions resolved to it so far.</summary>
internal sealed class Cluster
{
    public required EntityType Type { get; set; }
    public LexEntry? Lex { get; set; }
    public List<Candidate> Members { get; } = [];
    public string[] FullName { get; set; } = [];
    public Candidate Last => Members[^1];
    public string? Id { get; set; }
}

/// <summary>
/// In-document coreference over the candidates of <see cref="MentionFinder"/>: names with their short forms,
/// organisations with their shorter names, descriptions ("the general", "the country") and pronouns with the
/// nearest compatible antecedent, capitals used for their governments (metonymy).
/// </summary>
internal sealed class Coreference(Lexicons lex)
{
    public List<Cluster> Resolve(List<Candidate> cands, ImmutableArray<ImmutableArray<Word>> words)
    {
        // "Nadia Ferrante reported heavy losses", "Ferrante reported losses": a named person's words, not a company's.
        var surnames = cands.Where(c => c.Kind == MentionKind.Name && c.Type == EntityType.Person && c.NameWords.Length >= 2).Select(c => c.NameWords[^1]).ToHashSet();
        var business = cands.Where(c => ReportsResults(c, words) && !lex.GivenNames.Contains(c.NameWords[0]) && !surnames.Contains(c.NameWords[^1])).ToHashSet();
        foreach (var c in business) c.Type = EntityType.Org;
        HarmoniseTypes(cands, business);
        var clusters = new List<Cluster>();
        var order = cands.OrderBy(c => c.Span.Start).ThenByDescending(c => c.Span.Length).ToList();
        var seen = new List<Candidate>();
        foreach (var c in order)
        {
            switch (c.Kind)
            {
                case MentionKind.Name:
                    MarkMetonymy(c, words);
                    if (IsSurnameOfNamedPerson(c, clusters))
                    {
                        // "Gordon Pell testified … Pell said": the surname alone is the person, whatever the tagger or a
                        // small town of that name (Pell City) made of it.
                        c.Type = EntityType.Person; c.Lex = null; c.Country = null;
                    }
                    // "Brody Harris" read as a town and the known Kamala Harris's surname: the full name is someone else's.
                    if (c.Lex is { } own && !LexFitsName(own, c.NameWords)) ForgetEntry(c);
                    var target = GivenNameOfNamedPerson(c, clusters);
                    if (target is not null) { c.Type = EntityType.Person; if (c.Lex is not null) ForgetEntry(c); }
                    target ??= FindName(c, clusters);
                    if (target is null)
                    {
                        target = new Cluster { Type = c.Type, Lex = c.Lex, FullName = c.NameWords };
                        clusters.Add(target);
                    }
                    else if (c.NameWords.Length > target.FullName.Length && c.Kind is MentionKind.Name or MentionKind.Metonym)
                    {
                        target.FullName = c.NameWords;
                    }
                    if (target.Type == EntityType.Misc && c.Type != EntityType.Misc) target.Type = c.Type;
                    if (c.Lex is { } entry && !ReferenceEquals(target.Lex, entry) && !LexFitsName(entry, target.FullName)) ForgetEntry(c);
                    if (target.Lex is null && c.Lex is not null) target.Lex = c.Lex;
                    if (c.Kind == MentionKind.Name && c.NameWords.Length < target.FullName.Length) c.Kind = MentionKind.Alias;
                    Attach(c, target);
                    break;
                case MentionKind.Description:
                    var d = ResolveDescription(c, seen);
                    if (d is not null) Attach(c, d);
                    break;
                case MentionKind.Pronoun:
                    var p = ResolvePronoun(c, seen);
                    if (p is not null) Attach(c, p);
                    break;
            }
            if (c.Cluster is not null) seen.Add(c);
        }
        return clusters;
    }

    /// <summary>Types a name can take from the tagger or the patterns, and so vote on across a document.</summary>
    private static bool Votes(EntityType t) => t is EntityType.Person or EntityType.Org or EntityType.Gpe or EntityType.Loc or EntityType.Fac;

    /// <summary>
    /// One name, one type per document: "WeWork" read as a person in one sentence, an organisation in four and a place in
    /// another is one organisation. The strongest evidence decides: a dictionary entry, then a title or honorific (a
    /// person), then a company's context ("X reported earnings", see <see cref="ReportsResults"/>), then the majority of the tagger's and the patterns' readings (an organisation on a tie: "at Walmart" is
    /// a company used as a place far more often than a place is typed a company). Mentions a dictionary typed keep
    /// their own type, so "Jordan" the country stays a country beside a tagger's "Jordan".
    /// </summary>
    private void HarmoniseTypes(List<Candidate> cands, HashSet<Candidate> business)
    {
        var names = cands.Where(c => c.Kind == MentionKind.Name && c.NameWords.Length > 0 && (Votes(c.Type) || c.Type == EntityType.Misc)).ToList();
        foreach (var group in names.GroupBy(c => string.Join(' ', StripThe(c.NameWords))))
        {
            var members = group.ToList();
            if (members.Select(m => m.Type).Distinct().Count() < 2) continue;
            EntityType? decided = null;
            var known = members.Where(m => m.Lex is not null && Votes(m.Type) && !WeakEntry(m.Lex)).Select(m => m.Type).Distinct().ToList();
            if (known.Count == 1) decided = known[0];
            else if (known.Count > 1) continue;
            else if (members.Any(m => m.Titles.Count > 0)) decided = EntityType.Person;
            else if (members.Any(business.Contains)) decided = EntityType.Org;
            else
            {
                var votes = members.Where(m => Votes(m.Type)).GroupBy(m => m.Type).Select(g => (Type: g.Key, Count: g.Count())).ToList();
                if (votes.Count == 0) continue;
                int top = votes.Max(v => v.Count);
                var best = votes.Where(v => v.Count == top).Select(v => v.Type).ToList();
                decided = best.Count == 1 ? best[0] : best.Contains(EntityType.Org) ? EntityType.Org : null;
            }
            if (decided is not { } type) continue;
            foreach (var m in members.Where(m => m.Type != type && (m.Lex is null || WeakEntry(m.Lex))))
            {
                if (m.Lex is not null) ForgetEntry(m);
                m.Type = type;
            }
        }
    }

    /// <summary>Verbs a company's results follow ("posted a loss").</summary>
    private static readonly FrozenSet<string> ResultVerbs = new[] { "reported", "announced", "posted", "booked", "reports", "announces", "posts" }.ToFrozenSet();

    /// <summary>Nouns for a company's results.</summary>
    private static readonly FrozenSet<string> ResultNouns = new[]
    {
        "earnings", "profit", "profits", "revenue", "revenues", "sales", "loss", "losses", "results", "dividend", "dividends", "income",
    }.ToFrozenSet();

    /// <summary>
    /// "Halvorsen reported quarterly earnings", "Ostmark posted a loss": an unknown name the tagger took for a person that
    /// reports or posts results (within three words after the verb) is a company. People report news, not earnings.
    /// </summary>
    private static bool ReportsResults(Candidate c, ImmutableArray<ImmutableArray<Word>> words)
    {
        if (c.Kind != MentionKind.Name || c.NameWords.Length == 0 || c.Type is not (EntityType.Person or EntityType.Misc) || c.Lex is not null || c.Titles.Count > 0 || c.RoleTitle is not null) return false;
        var ws = words[c.Sentence];
        int after = 0;
        while (after < ws.Length && ws[after].Span.Start < c.Span.End) after++;
        if (after >= ws.Length || !ResultVerbs.Contains(ws[after].Lower)) return false;
        for (int i = after + 1; i < ws.Length && i <= after + 3; i++)
            if (ResultNouns.Contains(ws[i].Lower)) return true;
        return false;
    }

    /// <summary>
    /// A dictionary entry no stronger than a guess: a small town of the name ("Ford", a village) is no evidence against
    /// the tagger's reading of a company or a person by that name.
    /// </summary>
    private static bool WeakEntry(LexEntry? l) =>
        l is not null && l.IsTownUnder(TownAsSurnameBelow);

    private static void Attach(Candidate c, Cluster cl)
    {
        c.Cluster = cl;
        cl.Members.Add(c);
    }

    /// <summary>Population under which a town's name repeated alone after a person's full name is that person's surname.</summary>
    private const int TownAsSurnameBelow = 100_000;

    /// <summary>
    /// Whether a one-word name that only the tagger's guess or a small town made a place or an organisation is the last
    /// word of a person's full name the text has given before ("Sean Robertson … Robertson said"): then it is that person.
    /// Countries, regions, capitals and big cities keep their reading ("Michael Jordan … Jordan's king").
    /// </summary>
    private static bool IsSurnameOfNamedPerson(Candidate c, List<Cluster> clusters)
    {
        if (c.NameWords.Length != 1 || c.Type == EntityType.Person) return false;
        bool guess = c.Lex is null || WeakEntry(c.Lex);
        if (!guess) return false;
        var word = c.NameWords[0];
        return clusters.Any(cl => cl.Type == EntityType.Person && cl.FullName.Length >= 2 && cl.FullName[^1] == word);
    }

    /// <summary>
    /// "Gordon Sondland testified … Gordon said": a given name alone that opens the full name of exactly one person the
    /// text has named is that person. Not a common word ("Will", "Rose"), not a name two people named share, not a name
    /// that is also someone's surname ("Gordon Brown … Flash Gordon"), and not a name the dictionaries give another sense
    /// (a country, a city) beyond a small town's.
    /// </summary>
    private Cluster? GivenNameOfNamedPerson(Candidate c, List<Cluster> clusters)
    {
        if (c.NameWords.Length != 1 || c.Lex is not null && !WeakEntry(c.Lex) && c.Lex.Type != EntityType.Person) return null;
        var word = c.NameWords[0];
        if (!lex.GivenNames.Contains(word) || lex.Common.Contains(word)) return null;
        var people = clusters.Where(cl => cl.Type == EntityType.Person && cl.FullName.Length >= 2).ToList();
        if (people.Any(cl => cl.FullName[^1] == word)) return null;
        var opened = people.Where(cl => cl.FullName[0] == word).ToList();
        return opened.Count == 1 ? opened[0] : null;
    }

    /// <summary>A capital (or seat of power) that speaks or decides stands for its government.</summary>
    private static void MarkMetonymy(Candidate c, ImmutableArray<ImmutableArray<Word>> words)
    {
        if (c.Lex is not { } l || !(l.IsCapital || l.Kind == LexKind.Facility && l.Type == EntityType.Org)) return;
        var ws = words[c.Sentence];
        int after = 0;
        while (after < ws.Length && ws[after].Span.Start < c.Span.End) after++;
        int before = c.WordIndex - 1;
        bool speaks = after < ws.Length && (MentionFinder.SpeechVerbs.Contains(ws[after].Lower) ||
            after + 1 < ws.Length && ws[after].Lower.EndsWith("ly", StringComparison.Ordinal) && MentionFinder.SpeechVerbs.Contains(ws[after + 1].Lower));
        bool between = before >= 0 && ws[before].Lower == "between" ||
            before >= 2 && ws[before].Lower == "and" && ws.Take(before).Reverse().Take(4).Any(w => w.Lower == "between");
        bool dyad = after + 1 < ws.Length && ws[after].Lower == "and" && before >= 0 && ws[before].Lower == "between";
        if (l.IsCapital && (speaks || between || dyad)) c.Kind = MentionKind.Metonym;
        else if (l.Kind == LexKind.Facility && speaks) c.Kind = MentionKind.Metonym;
    }

    private Cluster? FindName(Candidate c, List<Cluster> clusters)
    {
        var words = c.NameWords;
        // "Vice President Biden" after "Hunter Biden": a short form the dictionary knows goes to the person of its entry
        // when the text has named that person, before any nearer namesake.
        if (c.Lex is { Type: EntityType.Person } entry && c.Type is EntityType.Person or EntityType.Misc &&
            clusters.LastOrDefault(cl => ReferenceEquals(cl.Lex, entry) && cl.Type is EntityType.Person or EntityType.Misc) is { } same)
            return same;
        for (int i = clusters.Count - 1; i >= 0; i--)
        {
            var cl = clusters[i];
            if (c.Type is EntityType.Gpe or EntityType.Loc or EntityType.Fac or EntityType.Norp)
            {
                if (c.Lex is not null && ReferenceEquals(cl.Lex, c.Lex)) return cl;
                if (cl.Type == c.Type && cl.FullName.SequenceEqual(words)) return cl;
                continue;
            }
            if (c.Type == EntityType.Person || c.Type == EntityType.Misc && words.Length == 1)
            {
                if (cl.Type is not (EntityType.Person or EntityType.Misc)) continue;
                if (c.Lex is { Type: EntityType.Person } && cl.Lex is not null && ReferenceEquals(cl.Lex, c.Lex)) return cl;
                if (OtherGivenName(words, cl.FullName) || c.Lex is null && cl.Lex is { } known && !LexFitsName(known, words)) continue;
                // "King Hussein of Jordan telephoned Iraqi President Saddam Hussein": a full name the dictionary knows as
                // someone other than the one-word name before it is that other person.
                if (words.Length > 1 && cl.FullName.Length == 1 && c.Lex is { Type: EntityType.Person } && !ReferenceEquals(cl.Lex, c.Lex)) continue;
                if (cl.Type == EntityType.Person && (IsSuffix(words, cl.FullName) || IsSuffix(cl.FullName, words))) return cl;
                if (cl.Type == EntityType.Misc && cl.FullName.SequenceEqual(words)) return cl;
                continue;
            }
            if (c.Type == EntityType.Org)
            {
                if (cl.Type != EntityType.Org) continue;
                var a = StripThe(words); var b = StripThe(cl.FullName);
                if (a.SequenceEqual(b)) return cl;
                // "Embassy" / "U.S. Embassy" inside "US Embassy in Baghdad", sharing the head word.
                if (a.Length < b.Length && Contains(b, a) && Head(b) is { } hb && a.Contains(hb)) return cl;
                if (b.Length < a.Length && Contains(a, b) && Head(a) is { } ha && b.Contains(ha)) return cl;
                if (a.Length == 1 && IsAcronym(a[0], b) || b.Length == 1 && IsAcronym(b[0], a)) return cl;
            }
            if (c.Type == EntityType.Misc && cl.FullName.SequenceEqual(words)) return cl;
        }
        return null;
    }

    /// <summary>
    /// "Matt Harris" and "Kamala Harris": two full names sharing a surname but not the words before it are two people,
    /// whatever a dictionary entry for the bare surname says.
    /// </summary>
    private static bool OtherGivenName(string[] name, string[] fullName) =>
        name.Length > 1 && fullName.Length > 1 && !IsSuffix(name, fullName) && !IsSuffix(fullName, name);

    /// <summary>
    /// Whether a dictionary entry a short form matched ("Harris" → Kamala Harris) may name a cluster: not when the
    /// cluster's full name is another person's ("Matt Harris"), or a bare surname would lend him her codes.
    /// </summary>
    private bool LexFitsName(LexEntry entry, string[] fullName)
    {
        if (fullName.Length < 2 || entry.Type != EntityType.Person) return true;
        // A full name the dictionary files under the entry ("Joseph Biden" for Joe Biden) is the entry's own.
        if (lex.Names.TryGetValue(Lexicons.Key(string.Join(' ', fullName)), out var listed) && listed.Any(x => ReferenceEquals(x, entry))) return true;
        var entryWords = entry.Name.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(MentionFinder.Norm).ToArray();
        return !OtherGivenName(fullName, entryWords);
    }

    /// <summary>A short form resolved to another person than its dictionary entry keeps neither the entry nor its country.</summary>
    private void ForgetEntry(Candidate c)
    {
        if (c.Country is not null && c.Country == (c.Lex!.Country ?? CountryOfCode(c.Lex.CodeOn(0)))) c.Country = null;
        c.Lex = null;
    }

    private static string? Head(string[] name)
    {
        for (int i = 0; i < name.Length; i++)
            if (MentionFinder.OrgHeads.Contains(name[i]) && (i + 1 == name.Length || name[i + 1] is "in" or "to" or "of")) return name[i];
        return name.LastOrDefault(MentionFinder.OrgHeads.Contains);
    }

    private static string[] StripThe(string[] w) => w.Length > 1 && w[0] == "the" ? w[1..] : w;

    private static bool IsSuffix(string[] shorter, string[] longer) =>
        shorter.Length > 0 && shorter.Length <= longer.Length && longer.AsSpan(longer.Length - shorter.Length).SequenceEqual(shorter);

    private static bool Contains(string[] hay, string[] needle)
    {
        for (int i = 0; i + needle.Length <= hay.Length; i++)
            if (hay.AsSpan(i, needle.Length).SequenceEqual(needle)) return true;
        return false;
    }

    private static bool IsAcronym(string acr, string[] name)
    {
        var letters = string.Concat(name.Where(w => w is not ("of" or "the" or "and" or "for")).Select(w => w[0]));
        return acr.Length >= 2 && letters.Length == acr.Length && letters == acr;
    }

    private Cluster? ResolveDescription(Candidate c, List<Candidate> seen)
    {
        var head = c.DescriptionHead!;
        for (int i = seen.Count - 1; i >= 0; i--)
        {
            var a = seen[i];
            if (c.Sentence - a.Sentence > 6) break;
            var cl = a.Cluster!;
            if (head is "country" or "nation")
            {
                if (cl.Lex?.Kind == LexKind.Country) return cl;
                if (a.Type == EntityType.Person && a.Country is { } iso)
                    return FindCountry(iso, seen) ?? null;
                continue;
            }
            if (MentionFinder.OrgHeads.Contains(head))
            {
                if (cl.Type == EntityType.Org && cl.FullName.Contains(head)) return cl;
                continue;
            }
            if (cl.Type == EntityType.Person && cl.Members.Any(m => m.Titles.Any(t => t.EndsWith(head, StringComparison.OrdinalIgnoreCase))))
                return cl;
        }
        return null;
    }

    private static Cluster? FindCountry(string iso, List<Candidate> seen)
    {
        for (int i = seen.Count - 1; i >= 0; i--)
            if (seen[i].Cluster!.Lex is { Kind: LexKind.Country } l && l.Country == iso) return seen[i].Cluster;
        return null;
    }

    private static Cluster? ResolvePronoun(Candidate c, List<Candidate> seen)
    {
        bool person = c.Type == EntityType.Person;
        for (int i = seen.Count - 1; i >= 0; i--)
        {
            var a = seen[i];
            if (c.Sentence - a.Sentence > (person ? 2 : 1)) break;
            var cl = a.Cluster!;
            // "Tom Reyes said he … Maria Lund said she …": a person already called "he" is not the "she" of a later
            // sentence, nor the other way round.
            if (person && cl.Type == EntityType.Person && Gender(c.DescriptionHead!) is var g && (g is null || GenderOf(cl) is not { } known || known == g)) return cl;
            if (!person && c.DescriptionHead == "it" && cl.Type == EntityType.Org) return cl;
            if (!person && c.DescriptionHead == "its" && cl.Type is EntityType.Gpe or EntityType.Org)
            {
                // "Iran's Revolutionary Guards and its Quds Force": the owner, not the owned.
                if (cl.Type == EntityType.Org && i > 0 && seen[i - 1].Possessive && seen[i - 1].Cluster!.Type == EntityType.Gpe && seen[i - 1].Span.End <= a.Span.Start)
                    return seen[i - 1].Cluster;
                return cl;
            }
        }
        return null;
    }

    /// <summary>'m' for "he", "him", "his", "himself"; 'f' for "she", "her", "hers", "herself"; else null.</summary>
    private static char? Gender(string word) => word.ToLowerInvariant() switch
    {
        "he" or "him" or "his" or "himself" or "mr." or "mr" => 'm',
        "she" or "her" or "hers" or "herself" or "mrs." or "mrs" or "ms." or "ms" => 'f',
        _ => null,
    };

    /// <summary>The gender the text has given a person so far: by its first gendered pronoun or honorific ("Mr.", "Ms."), or null.</summary>
    private static char? GenderOf(Cluster cl)
    {
        foreach (var m in cl.Members)
        {
            if (m.Kind == MentionKind.Pronoun && Gender(m.DescriptionHead!) is { } g) return g;
            foreach (var t in m.Titles)
                if (Gender(t) is { } h) return h;
        }
        return null;
    }

    /// <summary>The IGO code of the intergovernmental body whose name opens <paramref name="name"/> and leaves words after it, or null.</summary>
    private static string? InternationalParentCode(string name, int date)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int n = words.Length - 1; n >= 1; n--)
            if (Lexicons.Shared.Names.TryGetValue(Lexicons.Key(string.Join(' ', words, 0, n)), out var known)
                && known.FirstOrDefault(e => e.Kind == LexKind.Actor && e.Type == EntityType.Org && e.CodeOn(date) is { } c && c.StartsWith("IGO", StringComparison.Ordinal)) is { } parent)
                return parent.CodeOn(date);
        return null;
    }

    /// <summary>Turns clusters into entities (ids E1… in order of first mention) with names, codes, roles and places.</summary>
    public (ImmutableArray<EntityMention> Mentions, ImmutableArray<Entity> Entities) Build(List<Cluster> clusters, Document doc, string producer)
    {
        int date = doc.Article.Published is { } p ? int.Parse(p.ToString("yyyyMMdd", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : 0;
        var live = clusters.Where(c => c.Members.Count > 0).OrderBy(c => c.Members.Min(m => m.Span.Start)).ToList();
        for (int i = 0; i < live.Count; i++) live[i].Id = "E" + (i + 1).ToString(CultureInfo.InvariantCulture);
        var mentions = new List<EntityMention>();
        var entities = ImmutableArray.CreateBuilder<Entity>(live.Count);
        foreach (var cl in live)
        {
            var members = cl.Members.OrderBy(m => m.Span.Start).ToList();
            var ms = members.Select(m => new EntityMention(m.Span, m.Span.Of(doc.Text), m.Type == EntityType.Misc ? cl.Type : m.Type, m.Kind, producer)
            { EntityId = cl.Id, Confidence = m.Kind == MentionKind.Pronoun ? 0.7 : m.Kind == MentionKind.Description ? 0.8 : 1.0 }).ToImmutableArray();
            mentions.AddRange(ms);
            var names = members.Where(m => m.Kind is MentionKind.Name or MentionKind.Alias or MentionKind.Metonym)
                .Select(m => Clean(m.Span.Of(doc.Text))).Distinct().ToList();
            string name = cl.Lex is { } l && (l.Type == cl.Type || cl.Type == EntityType.Person) && l.Kind != LexKind.Actor || cl.Lex is { Kind: LexKind.Actor, Type: EntityType.Person } && cl.Type == EntityType.Person
                ? cl.Lex!.Name
                : names.OrderByDescending(n => n.Length).FirstOrDefault() ?? members[0].Text;
            if (cl.Lex is { Kind: LexKind.Actor } && cl.Type == EntityType.Org) name = names.OrderByDescending(n => n.Length).FirstOrDefault() ?? name;
            // The text's own casing beats the dictionary's re-capitalised one ("Bashar al-Assad", not "Bashar Al-assad").
            // A dateline's capitals ("HANOI, Vietnam (AP) —") are typography, not the name's casing.
            name = names.Where(n => !(n.Length > 3 && n.All(ch => !char.IsLower(ch)))).FirstOrDefault(n => string.Equals(n.Replace('-', ' '), name.Replace('-', ' '), StringComparison.OrdinalIgnoreCase)) ?? name;

            string? country = CountryOf(cl, date);
            string? sector = members.Select(m => m.Sector).FirstOrDefault(x => x is not null);
            // (Not the holder of an office in a body of no one state: "GENEVA (Reuters) - U.N. humanitarian chief Valerie Amos"
            // speaks for the U.N., below, not for Switzerland.)
            if (country is null && cl.Type == EntityType.Person && members.FirstOrDefault(m => m.Titles.Count > 0) is { } titled &&
                !members.Any(m => m.RoleOf is { Type: EntityType.Org, Lex: not null } body && body.Country is null) &&
                ContextCountry(titled, clusters, doc, date) is { } context)
            {
                country = context.Country;
                sector ??= context.Sector;
            }
            string? cameo = cl.Lex?.CodeOn(date);
            if (cameo is null && country is not null && cl.Type is EntityType.Person or EntityType.Org)
                cameo = sector is not null && sector.Length >= 3 ? country + sector[..3] : country;
            if (cameo is null && country is not null && cl.Type == EntityType.Gpe) cameo = country;
            // "the Arab League's secretary-general, Chedli Klibi": the holder of an office in a body of no one state speaks
            // for the body (IGOMEA), as PETRARCH codes a secretary-general by his organisation.
            if (cameo is null && country is null && cl.Type == EntityType.Person
                && members.Select(m => m.RoleOf).FirstOrDefault(o => o is { Type: EntityType.Org, Lex: not null }) is { } body && body.Lex!.CodeOn(date) is { } bodyCode)
                cameo = bodyCode;
            // "the U.N. Human Rights Council", "the OSCE Minsk Group": an organisation the dictionaries do not know, named by an
            // intergovernmental body's name and more words, is a body of it.
            if (cameo is null && country is null && cl.Type == EntityType.Org && cl.Lex is null && InternationalParentCode(name, date) is { } parentCode)
                cameo = parentCode;
            if (cl.Type == EntityType.Fac || cl.Type == EntityType.Loc) cameo = cl.Lex?.CodeOn(date);
            string? metonymy = null;
            if (members.Any(m => m.Kind == MentionKind.Metonym))
                metonymy = cl.Lex is { Kind: LexKind.Facility } fl ? fl.CodeOn(date) : country is not null ? country + "GOV" : null;

            var geo = cl.Lex?.Geo;
            if (geo is null && cl.Type == EntityType.Org && MentionFinder.OrgHeads.Contains(cl.FullName.FirstOrDefault(w => w is "embassy" or "consulate" or "mission") ?? ""))
            {
                // A diplomatic mission is where its city is.
                var city = doc.Text.Length > 0 ? clusters.Where(o => o.Lex?.Kind == LexKind.City)
                    .FirstOrDefault(o => o.Members.Any(m => members.Any(x => x.Kind == MentionKind.Name && x.Span.Contains(m.Span)))) : null;
                geo = city?.Lex?.Geo;
            }
            var titles = members.SelectMany(m => m.Titles).Distinct(StringComparer.OrdinalIgnoreCase).ToImmutableArray();
            var roles = members.Where(m => m.RoleTitle is not null)
                .Select(m => new EntityRole(m.RoleTitle!, m.RoleOf?.Cluster?.Id, (m.RoleSpan ?? m.Span).Of(doc.Text), m.RoleSpan ?? m.Span))
                .DistinctBy(r => (r.Role, r.OfEntityId)).ToImmutableArray();
            entities.Add(new Entity(cl.Id!, name, cl.Type, producer)
            {
                Country = country, Cameo = cameo, MetonymyCode = metonymy, Titles = titles, Roles = roles, Geo = geo,
                Mentions = ms, Aliases = [.. names.Where(n => !string.Equals(n, name, StringComparison.OrdinalIgnoreCase))],
            });
        }
        return ([.. mentions.OrderBy(m => m.Span.Start).ThenByDescending(m => m.Span.Length)], entities.MoveToImmutable());
    }

    /// <summary>The country an entity's own mentions, dictionary entry or role give it, or null.</summary>
    private string? CountryOf(Cluster cl, int date)
    {
        var members = cl.Members;
        return cl.Lex?.Country ?? CountryOfCode(cl.Lex?.CodeOn(date)) ?? members.Select(m => m.Country).FirstOrDefault(x => x is not null)
            ?? members.Select(m => m.RoleOf?.Cluster?.Lex?.Country ?? m.RoleOf?.Country).FirstOrDefault(x => x is not null);
    }

    /// <summary>
    /// The country of an office holder whose phrase names none ("Spokesman Wu Qiang", "President Ramon Villanueva"), from
    /// how news introduces people: right after a sentence whose subject is a country or one of its bodies, in the same
    /// paragraph, the official speaks for it ("China's foreign ministry rejected the account. Spokesman Wu Qiang said …");
    /// elsewhere an unqualified office of a wire story is the office of the country it is filed from ("MANILA, Aug. 20 —
    /// … President Ramon Villanueva"). People the dictionaries know never get here. An official speaking for a country
    /// itself speaks for its government, and one after a body of the state for that body: the sector when the title gives none.
    /// </summary>
    private (string Country, string? Sector)? ContextCountry(Candidate titled, List<Cluster> clusters, Document doc, int date)
    {
        var paragraphs = doc.Article.Paragraphs.IsDefaultOrEmpty ? Article.ParagraphsOf(doc.Text) : doc.Article.Paragraphs;
        var sentences = doc.Sentences;
        int s = titled.Sentence;
        TextSpan? paragraph = paragraphs.Cast<TextSpan?>().FirstOrDefault(p => p!.Value.Contains(titled.Span));
        if (s > 0 && paragraph is { } para && para.Contains(sentences[s - 1].Span))
        {
            // The previous sentence's subject: its first mention, opening the sentence (after "The" at most).
            var prev = sentences[s - 1].Span;
            var subject = clusters.SelectMany(c => c.Members).Where(m => m.Sentence == s - 1 && m.Kind != MentionKind.Pronoun)
                .OrderBy(m => m.Span.Start).FirstOrDefault();
            if (subject?.Cluster is { } sc && sc.Type is EntityType.Gpe or EntityType.Org &&
                doc.Text.AsSpan(prev.Start, subject.Span.Start - prev.Start).Trim() is var before && (before.IsEmpty || before is "The" or "the") &&
                CountryOf(sc, date) is { } country)
                return (country, sc.Type == EntityType.Gpe ? "GOV" : sc.Members.Select(m => m.Sector).FirstOrDefault(x => x is not null));
            return null;
        }
        // A wire dateline: a city in capitals opening the body's first paragraph that has one ("MANILA, Aug. 20 (Reuters) —").
        foreach (var p in paragraphs)
        {
            var place = clusters.Where(c => c.Type == EntityType.Gpe && c.Lex?.Kind == LexKind.City).SelectMany(c => c.Members)
                .FirstOrDefault(m => m.Span.Start == p.Start && m.Span.Length >= 3 && m.Span.Of(doc.Text).All(ch => !char.IsLower(ch)));
            if (place is not null) return CountryOf(place.Cluster!, date) is { } country ? (country, null) : null;
        }
        return null;
    }

    private string? CountryOfCode(string? code) => code is { Length: >= 3 } && lex.Countries.ContainsKey(code[..3]) ? code[..3] : null;

    private static string Clean(string s)
    {
        s = s.Trim();
        return s.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? s[4..] : s;
    }
}
