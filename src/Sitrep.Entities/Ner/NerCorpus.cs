using System.Globalization;
using Sitrep.Entities.Lexicon;

namespace Sitrep.Entities.Ner;

/// <summary>One sentence of an IOB2 corpus: words and tags in the model's tag set.</summary>
internal sealed record NerSentence(string[] Words, string[] Tags)
{
    /// <summary>Document number within its file (from "# newdoc" lines; 0 when the file has none).</summary>
    public int Doc { get; init; }

    /// <summary>The part-of-speech tagger's XPOS per word (<see cref="NerPos"/>), when the sentence has been tagged.</summary>
    public string[]? Xpos { get; init; }

    /// <summary>Whether the sentence comes from GMB (newswire with its own conventions) rather than in-domain or Wikinews data.</summary>
    public bool Gmb { get; init; }
}

/// <summary>
/// Reads the IOB2 files of ../shared/data (GMB two-column, GUM two-column, UNER EWT CoNLL-style) and maps their
/// types onto the model's: PER, ORG, LOC (places), NORP (GMB gpe = nationalities), EVENT, MISC; times are O
/// (the date stage owns them).
/// </summary>
internal static class NerCorpus
{
    public static List<NerSentence> Read(string path)
    {
        var result = new List<NerSentence>();
        var words = new List<string>(); var tags = new List<string>();
        int doc = 0;
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.TrimEnd('\r');
            if (line.StartsWith("# newdoc", StringComparison.Ordinal)) doc++;
            if (line.StartsWith("# ", StringComparison.Ordinal) || line.StartsWith("#\t", StringComparison.Ordinal) && line.Contains(" = ", StringComparison.Ordinal)) continue;
            if (line.Trim().Length == 0)
            {
                if (words.Count > 0) result.Add(new NerSentence([.. words], Repair([.. tags])) { Doc = doc });
                words.Clear(); tags.Clear();
                continue;
            }
            var f = line.Split('\t');
            if (f.Length == 1) f = line.Split(' ');
            string word, tag;
            if (f.Length >= 3 && int.TryParse(f[0], out _)) { word = f[1]; tag = f[2]; }
            else { word = f[0]; tag = f[^1]; }
            words.Add(word);
            tags.Add(Map(tag));
        }
        if (words.Count > 0) result.Add(new NerSentence([.. words], Repair([.. tags])) { Doc = doc });
        return result;
    }

    public static string Map(string tag)
    {
        if (tag.Length < 3 || tag[1] != '-') return "O";
        var type = tag[2..].ToLowerInvariant() switch
        {
            "per" or "person" => "PER",
            "org" or "organization" => "ORG",
            "geo" or "loc" or "location" => "LOC",
            "gpe" => "NORP",
            "eve" or "event" => "EVENT",
            "art" or "nat" or "misc" => "MISC",
            _ => null,
        };
        return type is null ? "O" : tag[0] + "-" + type;
    }

    /// <summary>
    /// GMB spans brought to the UNER / GUM conventions the model is trained for: a person's name does not include the
    /// titles GMB puts in front of it ("President George Bush" → "George Bush"), and a gpe span that names a
    /// country or city (GMB is inconsistent there) is a place, not a nationality.
    /// </summary>
    public static NerSentence ToUnerConventions(NerSentence s, Lexicons lex)
    {
        var tags = (string[])s.Tags.Clone();
        foreach (var (start, end, type) in Spans(s.Tags))
        {
            if (type == "PER")
            {
                int b = start;
                while (b < end - 1 && IsTitleWord(s.Words[b], lex) && char.IsUpper(s.Words[b + 1][0])) tags[b++] = "O";
                if (b > start) tags[b] = "B-PER";
            }
            else if (type == "NORP" && lex.Names.TryGetValue(Lexicons.Key(string.Join(' ', s.Words[start..end])), out var es)
                     && es.Any(e => e.Kind is LexKind.Country or LexKind.City or LexKind.Region))
            {
                for (int i = start; i < end; i++) tags[i] = (i == start ? "B-" : "I-") + "LOC";
            }
        }
        return s with { Tags = tags };
    }

    /// <summary>
    /// Training-only clean-up of GMB's bootstrapped labels: an ORG span whose whole text is a country, city or region
    /// in the gazetteer ("West Bank" is org 153 times, "U.S." 654 times) is a place, as UNER and GUM annotate it.
    /// </summary>
    public static NerSentence CleanGmbPlaces(NerSentence s, Lexicons lex)
    {
        var tags = (string[])s.Tags.Clone();
        foreach (var (start, end, type) in Spans(s.Tags))
            if (type == "ORG" && lex.Names.TryGetValue(Lexicons.Key(string.Join(' ', s.Words[start..end])), out var es)
                && es.All(e => e.Kind is LexKind.Country or LexKind.City or LexKind.Region))
                for (int i = start; i < end; i++) tags[i] = (i == start ? "B-" : "I-") + "LOC";
        return s with { Tags = tags };
    }

    /// <summary>Sentence id, words and UPOS tags of each sentence of a CoNLL-U file (syntactic words; ranges and empty nodes skipped).</summary>
    public static List<(string Id, string[] Words, string[] Upos)> ReadConllu(string path)
    {
        var result = new List<(string, string[], string[])>();
        var words = new List<string>(); var upos = new List<string>();
        string id = "";
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                if (words.Count > 0) result.Add((id, [.. words], [.. upos]));
                words.Clear(); upos.Clear(); id = "";
                continue;
            }
            if (line.StartsWith("# sent_id", StringComparison.Ordinal)) id = line[(line.IndexOf('=') + 1)..].Trim();
            if (line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length < 4 || f[0].Contains('-') || f[0].Contains('.')) continue;
            words.Add(f[1]); upos.Add(f[3]);
        }
        if (words.Count > 0) result.Add((id, [.. words], [.. upos]));
        return result;
    }

    /// <summary>
    /// Sentences of <paramref name="conllu"/> labelled by hand in <paramref name="annotationsPath"/>, whose lines are
    /// "sent_id TAB O" (no name) or "sent_id TAB TYPE TAB start TAB end" (a name over words start..end-1). The file holds
    /// only ids and word offsets, so the text stays in the treebank it comes from.
    /// </summary>
    public static List<NerSentence> Annotated(IReadOnlyList<(string Id, string[] Words, string[] Upos)> conllu, string annotationsPath)
    {
        var byId = conllu.ToDictionary(x => x.Id, x => x.Words);
        var tags = new Dictionary<string, string[]>();
        var order = new List<string>();
        foreach (var line in File.ReadLines(annotationsPath))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (!byId.TryGetValue(f[0], out var words)) throw new InvalidDataException($"{annotationsPath}: unknown sentence {f[0]}");
            if (!tags.TryGetValue(f[0], out var t))
            {
                tags[f[0]] = t = Enumerable.Repeat("O", words.Length).ToArray();
                order.Add(f[0]);
            }
            if (f.Length < 4) continue;
            int start = int.Parse(f[2], CultureInfo.InvariantCulture), end = int.Parse(f[3], CultureInfo.InvariantCulture);
            if (start < 0 || end > words.Length || start >= end) throw new InvalidDataException($"{annotationsPath}: bad span {line}");
            for (int i = start; i < end; i++) t[i] = (i == start ? "B-" : "I-") + f[1];
        }
        return [.. order.Select(id => new NerSentence(byId[id], tags[id]))];
    }

    /// <summary>
    /// Silver labels for in-domain text with gold part-of-speech: the model's PER/ORG/LOC spans are kept only when they
    /// contain a proper noun (UNER names are proper-noun phrases), and other types are dropped (UNER leaves them O).
    /// </summary>
    public static NerSentence Silver(string[] words, string[] upos, string[] predicted)
    {
        var tags = Enumerable.Repeat("O", words.Length).ToArray();
        foreach (var (start, end, type) in Spans(predicted))
        {
            if (type is not ("PER" or "ORG" or "LOC")) continue;
            if (!Enumerable.Range(start, end - start).Any(i => upos[i] == "PROPN")) continue;
            for (int i = start; i < end; i++) tags[i] = (i == start ? "B-" : "I-") + type;
        }
        return new NerSentence(words, tags);
    }

    /// <summary>
    /// Parts of speech that never belong to a UNER name: a word with any other gold UPOS than these is decoded as O
    /// when self-training with <see cref="NerRecipe.SilverConstrained"/>.
    /// </summary>
    private static readonly HashSet<string> NameUpos = ["PROPN", "NOUN", "ADJ", "NUM", "ADP", "DET", "CCONJ", "PART", "PUNCT", "SYM", "X"];

    /// <summary>Which words can only be O given their gold UPOS (<see cref="NameUpos"/>).</summary>
    public static bool[] OnlyO(string[] upos) => [.. upos.Select(u => !NameUpos.Contains(u))];

    /// <summary>The sentence in lower case: web text often is, and names must be found there too.</summary>
    public static NerSentence Lowered(NerSentence s) => s with { Words = [.. s.Words.Select(w => w.ToLowerInvariant())], Xpos = null };

    /// <summary>The sentences with the tagger's XPOS filled in (those already tagged are kept as they are).</summary>
    public static List<NerSentence> Tagged(IReadOnlyList<NerSentence> sents)
    {
        var todo = sents.Where(s => s.Xpos is null && !TagCache.ContainsKey(Key(s.Words))).DistinctBy(s => Key(s.Words)).ToList();
        var tags = NerPos.TagMany([.. todo.Select(s => (IReadOnlyList<string>)s.Words)]);
        for (int i = 0; i < todo.Count; i++) TagCache[Key(todo[i].Words)] = tags[i];
        return [.. sents.Select(s => s.Xpos is null ? s with { Xpos = TagCache[Key(s.Words)] } : s)];
    }

    /// <summary>Tags by sentence text, so tuning runs over several folds in one process tag each sentence once.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> TagCache = new(StringComparer.Ordinal);

    private static string Key(string[] words) => string.Join('\u0001', words);

    private static bool IsTitleWord(string word, Lexicons lex)
    {
        var w = word.ToLowerInvariant();
        return TitleWords.Contains(w) || lex.Titles.ContainsKey(w) || lex.Titles.ContainsKey(w.TrimEnd('.'));
    }

    /// <summary>Words of multi-word titles ("Prime Minister", "Lieutenant General") and GMB's usual office words.</summary>
    private static readonly HashSet<string> TitleWords = new(StringComparer.Ordinal)
    {
        "prime", "vice", "deputy", "foreign", "defense", "defence", "interior", "finance", "secretary", "state", "supreme",
        "crown", "grand", "chief", "field", "marshal", "lieutenant", "brigadier", "lt.", "maj.", "brig.", "attorney",
        "former", "acting", "opposition", "rebel", "militant", "leader", "minister", "president", "u.n.", "un",
        "premier", "pope", "cleric", "commander", "gov.", "sen.", "rep.", "gen.", "col.", "capt.", "sgt.", "adm.", "mr.", "mrs.", "ms.", "dr.",
    };

    /// <summary>IOB2 repair after mapping: an I- that does not continue its type becomes B-.</summary>
    internal static string[] Repair(string[] tags)
    {
        for (int i = 0; i < tags.Length; i++)
            if (tags[i].StartsWith("I-", StringComparison.Ordinal) && (i == 0 || tags[i - 1] == "O" || tags[i - 1][2..] != tags[i][2..]))
                tags[i] = "B-" + tags[i][2..];
        return tags;
    }

    /// <summary>Typed spans (start, end exclusive, type) of an IOB2 tag sequence.</summary>
    public static List<(int Start, int End, string Type)> Spans(IReadOnlyList<string> tags)
    {
        var spans = new List<(int, int, string)>();
        int start = -1; string? type = null;
        for (int i = 0; i <= tags.Count; i++)
        {
            var t = i < tags.Count ? tags[i] : "O";
            bool cont = type is not null && t.StartsWith("I-", StringComparison.Ordinal) && t[2..] == type;
            if (cont) continue;
            if (type is not null) spans.Add((start, i, type));
            type = null;
            if (t.Length > 2) { type = t[2..]; start = i; }
        }
        return spans;
    }
}
