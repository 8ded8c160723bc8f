namespace Sitrep.Entities.Ner;

/// <summary>One sentence of an IOB2 corpus: words and tags in the model's tag set.</summary>
internal sealed record NerSentence(string[] Words, string[] Tags);

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
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.TrimEnd('\r');
            if (line.StartsWith("# ", StringComparison.Ordinal) || line.StartsWith("#\t", StringComparison.Ordinal) && line.Contains(" = ", StringComparison.Ordinal)) continue;
            if (line.Trim().Length == 0)
            {
                if (words.Count > 0) result.Add(new NerSentence([.. words], Repair([.. tags])));
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
        if (words.Count > 0) result.Add(new NerSentence([.. words], Repair([.. tags])));
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
