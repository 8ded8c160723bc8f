using System.Collections.Frozen;
using System.Collections.Immutable;
using Sitrep.Core;
using Sitrep.Entities.Lexicon;
using Sitrep.Entities.Ner;

namespace Sitrep.Entities;

/// <summary>The entity stage's public entry point.</summary>
public static class EntityComponents
{
    /// <summary>
    /// Component "entities": needs Tokens and Sentences; adds Mentions and Entities (ids E1, E2… in order of
    /// first mention; every mention carries its entity id).
    /// </summary>
    public static IPipelineComponent Entities() => new EntityComponent();
}

internal sealed class EntityComponent : IPipelineComponent
{
    public ComponentInfo Info { get; } = new("entities", "1.0.0", [Layer.Tokens, Layer.Sentences], [Layer.Mentions, Layer.Entities]);

    public Document Process(Document document, CancellationToken cancellationToken = default)
    {
        var lex = Lexicons.Shared;
        var words = Words.Of(document);
        int date = document.Article.Published is { } published ? published.Year * 10000 + published.Month * 100 + published.Day : 0;
        var finder = new MentionFinder(lex, date);
        var ner = NerModel.Shared;
        var cands = new List<Candidate>();
        for (int s = 0; s < words.Length; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var found = finder.Find(words[s], s);
            AddNer(document, document.Sentences[s], words[s], s, found, finder.TitleSpans, ner);
            DescribedPlaces(document, words[s], found, lex);
            cands.AddRange(found);
        }
        SharedCountryNames(document, cands, lex);
        UnaccentedTownsOfUnnamedStates(document, cands);
        var coref = new Coreference(lex);
        var clusters = coref.Resolve(cands, words);
        var (mentions, entities) = coref.Build(clusters, document, Info.Id);
        return (document with { Mentions = mentions, Entities = entities }).ProducedBy(Info.Id, Layer.Mentions, Layer.Entities);
    }

    /// <summary>
    /// Words of a name two states share, with the state the gazetteer gives them, the other state, words that make a
    /// name the listed state's own, and the date (yyyymmdd) from which the name alone is the other state's: since Zaire took
    /// the name in May 1997, wire copy calls the Democratic Republic of Congo "Congo" and the Republic of Congo (Brazzaville),
    /// whose name the alias table gives it, "Congo Republic" (the invented tune sets label 52 of 53 bare "Congo"s since then
    /// the Democratic Republic).
    /// </summary>
    private static readonly (string[] Words, string Listed, string Other, string[] ListedOnly, int OtherSince)[] SharedNames =
        [(["congo", "congolese"], "COG", "COD", ["republic", "brazzaville"], 19970517)];

    /// <summary>
    /// "KINSHASA, May 28 (Reuters) - Congo's government accused Rwanda": a name two states share ("Congo", "Congo's
    /// government", "Congolese troops") is the state the document's other names place things in (Kinshasa, Goma, North Kivu,
    /// M23 rebels are the Democratic Republic's), or the one the name alone meant when the story was written, when nothing
    /// in it names the state the gazetteer gives the name (Brazzaville, the Republic of Congo).
    /// </summary>
    private static void SharedCountryNames(Document doc, List<Candidate> cands, Lexicons lex)
    {
        int date = doc.Article.Published is { } published ? published.Year * 10000 + published.Month * 100 + published.Day : 0;
        foreach (var (words, listed, other, listedOnly, otherSince) in SharedNames)
        {
            bool Shared(Candidate c)
            {
                var w = c.Span.Of(doc.Text).ToLowerInvariant().Split([' ', '\'', '\u2019', '-'], StringSplitOptions.RemoveEmptyEntries);
                return w.Any(words.Contains) && !w.Any(listedOnly.Contains);
            }
            bool TitledByName(Candidate c) => c.Lex is null && c.Type == EntityType.Person;
            var ambiguous = cands.Where(c => c.Country == listed && (Shared(c) || TitledByName(c))).ToList();
            if (ambiguous.Count == 0) continue;
            // (a person's country read from a title with the shared name, "Congo's Foreign Minister Christophe Lutundula", is
            // that name's reading, no evidence of its own)
            var named = cands.Where(c => c.Kind == MentionKind.Name && !Shared(c) && !TitledByName(c))
                .Select(c => c.Country ?? c.Lex?.Country).ToList();
            if (!named.Contains(other) && date < otherSince || named.Contains(listed)) continue;
            var otherEntry = lex.Names.Values.SelectMany(v => v).FirstOrDefault(e => e.Kind == LexKind.Country && e.Country == other);
            foreach (var c in ambiguous)
            {
                if (c.Lex is { Kind: LexKind.Country }) c.Lex = otherEntry ?? c.Lex;
                c.Country = other;
            }
        }
    }

    /// <summary>
    /// "… the governor of Afghanistan's eastern Kunar province was shot dead … in the provincial capital Asadabad": a town
    /// the gazetteer knows only with accents ("Asadābād", in Iran) read from an accent-free spelling is weak evidence of
    /// where the place is. When its sentence names another state and the document never the town's own, the town is not
    /// placed in it: the mention stays a place of no known state rather than a party of a state the story is not about.
    /// </summary>
    private static void UnaccentedTownsOfUnnamedStates(Document doc, List<Candidate> cands)
    {
        var named = cands.Where(c => c.Kind == MentionKind.Name && c.Lex is not { Kind: LexKind.City } || c.Lex is { Kind: LexKind.City } city && city.Name == c.Span.Of(doc.Text))
            .Select(c => c.Country ?? c.Lex?.Country).OfType<string>().ToHashSet(StringComparer.Ordinal);
        if (named.Count == 0) return;
        foreach (var c in cands)
        {
            if (c.Lex is not { Kind: LexKind.City, IsCapital: false, Country: { } state } town || named.Contains(state)) continue;
            if (town.Name == c.Span.Of(doc.Text) || Lexicons.WithoutAccents(town.Name) != c.Span.Of(doc.Text)) continue;
            // Only where its own sentence names another state outright ("Serb gunners shelled Gorazde" names none).
            if (!cands.Any(o => o.Sentence == c.Sentence && o.Lex is { Kind: LexKind.Country })) continue;
            c.Lex = null;
            c.Country = null;
        }
    }

    /// <summary>Population under which a town's name may be a given name when the tagger reads a person there.</summary>
    private const int TownAsGivenNameBelow = 500_000;

    /// <summary>
    /// The gazetteer town opening <paramref name="span"/> when the only other candidate inside it is a person that ends
    /// the span: the tagger's reading of the whole span as one person then wins. Capitals and big cities never yield.
    /// </summary>
    private static Candidate? TownAsGivenName(List<Candidate> overlapping, TextSpan span)
    {
        if (overlapping.Count != 2) return null;
        var (first, rest) = overlapping[0].Span.Start < overlapping[1].Span.Start ? (overlapping[0], overlapping[1]) : (overlapping[1], overlapping[0]);
        if (first.Span.Start != span.Start || first.Lex?.IsTownUnder(TownAsGivenNameBelow) != true || first.NameWords.Length != 1) return null;
        return rest.Type == EntityType.Person && rest.Span.End == span.End && rest.Span.Start > first.Span.End ? first : null;
    }

    /// <summary>Last words that make a name a document: treaties, accords, laws.</summary>
    private static readonly FrozenSet<string> DocumentHeads = new[]
    {
        "treaty", "treaties", "accord", "accords", "pact", "agreement", "agreements", "protocol", "charter", "act", "doctrine", "declaration",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Nouns for a settlement or area that a nationality adjective can place ("the north Lebanese port").</summary>
    private static readonly HashSet<string> PlaceNouns = new(StringComparer.Ordinal)
        { "port", "city", "town", "capital", "village", "province", "region", "seaport", "harbour", "harbor", "resort", "stronghold" };

    /// <summary>
    /// Adjectives of a region inside one state that place a described town as a nationality does ("the Basque town of
    /// Durango" is in Spain, not Mexico). Not nationalities: the NER features read the demonym table, so they stay apart.
    /// Peoples split between states (Kurdish, Tamil, Punjabi) are left out.
    /// </summary>
    private static readonly FrozenDictionary<string, string> RegionAdjectives = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["basque"] = "ESP", ["catalan"] = "ESP", ["andalusian"] = "ESP", ["galician"] = "ESP", ["corsican"] = "FRA", ["breton"] = "FRA",
        ["bavarian"] = "DEU", ["sicilian"] = "ITA", ["sardinian"] = "ITA", ["scottish"] = "GBR", ["welsh"] = "GBR", ["flemish"] = "BEL",
        ["walloon"] = "BEL", ["chechen"] = "RUS", ["dagestani"] = "RUS", ["tibetan"] = "CHN", ["sindhi"] = "PAK", ["balochi"] = "PAK",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Population under which a town that is no capital is a weak reading of its name (see <see cref="DescribedPlaces"/>).</summary>
    private const int WeakTownBelow = 500_000;

    /// <summary>
    /// "… militias in Tripoli as shells continued crashing into the north Lebanese port": a place noun after a nationality
    /// adjective in the same sentence says which of two same-named cities is meant, when the gazetteer has one by that name
    /// in that country (the biggest city of the name is the reading otherwise). Only a described place counts: "Lebanese
    /// officials flew to Tripoli" says nothing about where Tripoli is. A place the writer introduces by its kind ("the
    /// northern city of Tripoli") is one the reader may not know, and so is the one in whichever country the sentence names
    /// ("The Lebanese army imposed a curfew on two districts of the northern city of Tripoli").
    /// </summary>
    private static void DescribedPlaces(Document doc, IReadOnlyList<Word> words, List<Candidate> found, Lexicons lex)
    {
        var described = new HashSet<string>(StringComparer.Ordinal);
        var named = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < words.Count; i++)
            if (lex.Demonyms.TryGetValue(words[i].Lower, out var iso) || RegionAdjectives.TryGetValue(words[i].Lower, out iso))
            {
                named.Add(iso);
                if (i + 1 < words.Count && PlaceNouns.Contains(words[i + 1].Lower)) described.Add(iso);
            }
        foreach (var c in found)
            if (c.Lex is { Kind: LexKind.Country, Country: { } iso }) named.Add(iso);
        if (named.Count == 0) return;
        foreach (var c in found)
        {
            bool introduced = c.WordIndex >= 2 && words[c.WordIndex - 1].Lower == "of" && PlaceNouns.Contains(words[c.WordIndex - 2].Lower);
            // A place whose reading is neither a capital nor a big city is weak evidence too: "Bolivian coca growers blocked the
            // highway between Cochabamba and Santa Cruz" (not Aruba's region), "Pakistan's caretaker government lifted a ban on
            // rallies in Punjab" (not India's state) are in the country the sentence names.
            bool weak = c.Lex is { IsDivision: true } or { Kind: LexKind.City, IsCapital: false, Population: < WeakTownBelow };
            var places = introduced || weak ? named : described;
            // (a division read before a town of the name too: "the Basque town of Durango" is no Mexican state)
            if (c.Lex is not ({ Kind: LexKind.City } or { IsDivision: true }) || c.Lex.Country is not { } country || places.Contains(country) || c.Country != country) continue;
            if (!lex.Names.TryGetValue(Lexicons.Key(c.Span.Of(doc.Text)), out var entries)) continue;
            var there = entries.Where(e => e.Kind == LexKind.City && e.Country is { } other && places.Contains(other)).OrderByDescending(e => e.Population).FirstOrDefault()
                ?? (weak ? entries.FirstOrDefault(e => e.Kind == LexKind.Region && e.Country is { } other && places.Contains(other)) : null);
            if (there is null) continue;
            c.Lex = there;
            c.Country = there.Country;
        }
    }

    /// <summary>
    /// The statistical tagger fills what the dictionaries and patterns miss: it types names they left as MISC and
    /// adds names they did not see at all (unknown people, organisations, places). Dictionary readings win on overlap.
    /// </summary>
    private static void AddNer(Document doc, Sentence sentence, IReadOnlyList<Word> words, int s, List<Candidate> found, IReadOnlyList<TextSpan> titleSpans, NerModel ner)
    {
        var toks = doc.TokensOf(sentence).ToArray();
        if (toks.Length == 0) return;
        // The tagger stage's XPOS when it ran before this one; otherwise the model tags the sentence itself.
        var tags = ner.Predict(toks.Select(t => t.Text).ToArray(), NerPos.Of(doc, sentence));
        foreach (var (first, b, type) in NerCorpus.Spans(tags))
        {
            int a = first, end = b;
            while (end > a && toks[end - 1].Text is "'s" or "\u2019s" or "'" or "\u2019" or "." or ",") end--;
            // "A Chinese coast guard ship": a capitalised article opening the sentence is no part of the name.
            if (end - a > 1 && toks[a].Text is "A" or "An") a++;
            if (end == a) continue;
            var span = new TextSpan(toks[a].Span.Start, toks[end - 1].Span.End);
            var entityType = type switch
            {
                "PER" => EntityType.Person, "ORG" => EntityType.Org, "LOC" => EntityType.Loc,
                "NORP" => EntityType.Norp, "EVENT" => EntityType.Event, _ => EntityType.Misc,
            };
            // "the Staples Center", "Mercy Hospital": a building, though the tagger reads a person or a place in its name.
            if (entityType is EntityType.Person or EntityType.Loc && end - a > 1 && toks[end - 1].Text.Length > 0 && char.IsUpper(toks[end - 1].Text[0]) &&
                MentionFinder.FacilityHeads.Contains(toks[end - 1].Text.ToLowerInvariant()))
                entityType = EntityType.Fac;
            // "the Mutual Defense Treaty", "the Minsk Accords": a document's name, whatever the tagger's type.
            if (end - a > 1 && DocumentHeads.Contains(toks[end - 1].Text.ToLowerInvariant())) entityType = EntityType.Misc;
            var overlapping = found.Where(c => c.Span.Overlaps(span) && c.Kind != MentionKind.Pronoun).ToList();
            if (entityType == EntityType.Person && TownAsGivenName(overlapping, span) is { } town)
            {
                // "Ron DeSantis": a town's name (Ron, India) opening what the tagger reads as one person's name is a given
                // name, and the person found for the rest takes the whole name.
                found.Remove(town);
                var rest = overlapping.Single(c => c != town);
                rest.Span = new TextSpan(span.Start, rest.Span.End);
                rest.Text = rest.Span.Of(doc.Text);
                rest.NameWords = [.. town.NameWords, .. rest.NameWords];
                continue;
            }
            if (overlapping.Count > 0)
            {
                foreach (var c in overlapping.Where(c => c.Type == EntityType.Misc && c.Kind == MentionKind.Name && c.Span == span))
                    c.Type = entityType;
                continue;
            }
            if (entityType is EntityType.Norp || !char.IsUpper(doc.Text[span.Start])) continue;
            // "Zairean troops": a nationality adjective the tagger read as a name qualifies what follows (the dictionary pass
            // gave its country to the title or the noun after it).
            if (Lexicons.Shared.DemonymCountry(Lexicons.Key(span.Of(doc.Text))) is not null) continue;
            // Part of an office the dictionaries know ("Prime" of "Prime Minister", "High Commissioner"), or a run of such
            // titles ("Supreme Leader Ayatollah" before the name): a role, not a name.
            if (toks[a..end].All(t => titleSpans.Any(ts => ts.Start <= t.Span.Start && t.Span.End <= ts.End))) continue;
            // A bare title ("President") is a role waiting for its holder, not a name.
            if (Lexicons.Shared.Titles.ContainsKey(Lexicons.Key(span.Of(doc.Text))) || Lexicons.Shared.IsNotName(span.Of(doc.Text).ToLowerInvariant())) continue;
            int wi = 0;
            while (wi < words.Count && words[wi].Span.End <= span.Start) wi++;
            if (wi >= words.Count) continue;
            var nameWords = words.Skip(wi).TakeWhile(w => w.Span.Start < span.End).Select(w => MentionFinder.Norm(w.Lower)).ToArray();
            found.Add(new Candidate
            {
                Span = span, Text = span.Of(doc.Text), Type = entityType, Sentence = s, WordIndex = wi, NameWords = nameWords,
                Unsure = true,
            });
        }
        found.Sort((x, y) => x.Span.CompareTo(y.Span));
    }
}
