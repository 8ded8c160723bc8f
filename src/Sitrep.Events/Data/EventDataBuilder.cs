using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Sitrep.Events.Petrarch;

namespace Sitrep.Events.Data;

/// <summary>
/// Rebuilds the compact dictionaries under <c>data/events/</c> from the reference files in
/// <c>../shared/data/events</c> (CAMEO codebook, CAMEO→PLOVER table, PETRARCH2 verb patterns, agents,
/// country names, discards). Run by <c>sitrep build-data events</c>; the output is deterministic so a
/// rebuild from the same sources gives byte-identical files.
/// </summary>
public static partial class EventDataBuilder
{
    /// <summary>Writes every derived file into <paramref name="outputDir"/> and returns one summary line per file.</summary>
    public static IReadOnlyList<string> Build(string sharedEventsDir, string outputDir)
    {
        Directory.CreateDirectory(outputDir);
        var report = new List<string>();
        report.Add(Write(outputDir, "codebook.tsv.gz", BuildCodebook(sharedEventsDir)));
        report.Add(Write(outputDir, "verbs.tsv.gz", BuildVerbs(Path.Combine(sharedEventsDir, "petrarch2", "CAMEO.2.0.txt"))));
        report.Add(Write(outputDir, "agents.tsv.gz", BuildAgents(Path.Combine(sharedEventsDir, "petrarch2", "Phoenix.agents.txt"))));
        var countries = BuildCountries(Path.Combine(sharedEventsDir, "petrarch2", "Phoenix.Countries.actors.txt"));
        var gazetteer = Path.Combine(outputDir, "..", "entities", "countries.tsv.gz");
        if (File.Exists(gazetteer)) AddMissingDemonyms(countries, GzLines(gazetteer));
        var former = Path.Combine(outputDir, "..", "entities", "former-demonyms.tsv");
        if (File.Exists(former)) AddFormerDemonyms(countries, File.ReadLines(former));
        report.Add(Write(outputDir, "countries.tsv.gz", countries));
        report.Add(Write(outputDir, "discards.tsv.gz", BuildDiscards(Path.Combine(sharedEventsDir, "petrarch2", "Phoenix.discards.txt"))));
        return report;
    }

    private static string Write(string dir, string name, List<string> lines)
    {
        var path = Path.Combine(dir, name);
        using (var file = File.Create(path))
        using (var gz = new GZipStream(file, CompressionLevel.SmallestSize))
        using (var w = new StreamWriter(gz, new UTF8Encoding(false)) { NewLine = "\n" })
        {
            foreach (var l in lines) w.WriteLine(l);
        }
        return $"{name}: {lines.Count} lines, {new FileInfo(path).Length:N0} bytes";
    }

    private static IEnumerable<string> ReadLines(string path) =>
        File.ReadLines(path, Encoding.Latin1).Select(l => l.TrimEnd('\r'));

    // ---- codebook: cameo_events.csv (label, Goldstein, quad) joined with CAMEO2PLOVER (type, mode) ----
    internal static List<string> BuildCodebook(string dir)
    {
        var plover = new Dictionary<string, (string Type, string Mode)>(StringComparer.Ordinal);
        foreach (var raw in ReadLines(Path.Combine(dir, "plover", "CAMEO2PLOVER-2021.txt")))
        {
            var line = raw.Split('#')[0].Trim();
            var m = C2PLine().Match(line);
            if (!m.Success) continue;
            var parts = m.Groups[2].Value.Split(',').Select(p => p.Trim()).ToArray();
            // The first line for a code wins: the table lists 175 twice with the same reading.
            plover.TryAdd(m.Groups[1].Value, (parts[0], parts.Length > 1 ? parts[1].Replace(" ", "") : ""));
        }

        var lines = new List<string>();
        foreach (var raw in ReadLines(Path.Combine(dir, "cameo_events.csv")).Skip(1))
        {
            var f = SplitCsv(raw);
            if (f.Count < 4) continue;
            string code = f[0];
            // A code without its own PLOVER line inherits from the nearest listed ancestor (1712 → 171 → 17).
            (string Type, string Mode) p = ("", "");
            for (int len = code.Length; len >= 2; len--)
                if (plover.TryGetValue(code[..len], out p)) break;
            if (p.Type == "" && code.Length == 2 && plover.TryGetValue(code + "0", out var p0)) p = (p0.Type, "");
            lines.Add(string.Join('\t', "C", code, f[1].Replace('\t', ' '), f[2], f[3], p.Type, p.Mode));
        }

        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "plover_types.json")));
        foreach (var t in doc.RootElement.EnumerateObject())
            lines.Add(string.Join('\t', "T", t.Name, string.Join(',', t.Value.EnumerateArray().Select(v => v.GetString()))));
        return lines;
    }

    private static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var sb = new StringBuilder();
        bool quoted = false;
        foreach (char c in line)
        {
            if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { fields.Add(sb.ToString()); sb.Clear(); }
            else sb.Append(c);
        }
        fields.Add(sb.ToString());
        return fields;
    }

    // ---- verbs: PETRARCH2 CAMEO.2.0.txt → synonym sets, blocks, verb forms, patterns ----
    internal static List<string> BuildVerbs(string path)
    {
        var all = ReadLines(path).ToList();
        int verbStart = all.FindIndex(l => l.StartsWith("####### VERB PATTERNS", StringComparison.Ordinal));
        int verbEnd = all.FindIndex(l => l.StartsWith("######## TRANSFORMATIONS", StringComparison.Ordinal));
        if (verbStart < 0 || verbEnd < 0) throw new InvalidDataException("CAMEO.2.0.txt: section markers not found");
        return VerbLines([.. all.Take(verbStart), .. all.Skip(verbStart + 1).Take(verbEnd - verbStart - 1)]);
    }

    /// <summary>
    /// A PETRARCH verb dictionary (any file in its format, e.g. PETR.Validate.verbs.txt) as compact lines:
    /// synonym sets ("&amp;NAME" then "+WORD" lines, anywhere before their use; nested sets expanded), verb blocks
    /// ("--- VERB [code] ---"), verb forms and patterns.
    /// </summary>
    public static List<string> VerbLines(IEnumerable<string> rawLines)
    {
        var lines = new List<string>();
        var synsets = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        string? set = null;
        string? block = null;
        var seenForms = new HashSet<string>(StringComparer.Ordinal);
        var body = new List<string>();
        foreach (var raw0 in rawLines)
        {
            var raw = raw0.TrimEnd('\r');
            if (raw.TrimStart().StartsWith("<!--", StringComparison.Ordinal)) continue;
            var h = BlockHeader().Match(raw.Trim());
            if (h.Success)
            {
                set = null;
                block = h.Groups[1].Value;
                body.Add($"B\t{block}\t{h.Groups[2].Value.Trim()}");
                continue;
            }
            var l = raw.Split('#')[0].Trim();
            if (l.Length == 0) continue;
            if (l.StartsWith('&')) { set = l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0]; synsets[set] = []; continue; }
            if (set is not null && l.StartsWith('+')) { synsets[set].Add(Regex.Replace(l[1..].Trim(), @"\s+", " ")); continue; }
            set = null;
            if (block is null) continue;
            if (l.StartsWith('-'))
            {
                var p = PatternLine().Match(l);
                if (!p.Success) continue;
                var pbody = p.Groups[1].Value.Trim();
                string code = p.Groups[2].Value.Trim();
                int star = pbody.IndexOf('*');
                if (star < 0) continue;
                string pre = Normalize(pbody[..star]), post = Normalize(pbody[(star + 1)..]);
                // The comment names the verb of the block the pattern was written for ("# ORDER"): kept, so that a verb
                // the hand-written file moves to another block takes its own patterns along.
                var writtenFor = Regex.Match(raw, @"#\s*([A-Z][A-Z_]+)\b");
                body.Add(writtenFor.Success ? $"P\t{block}\t{pre}\t{post}\t{code}\t{writtenFor.Groups[1].Value}" : $"P\t{block}\t{pre}\t{post}\t{code}");
                continue;
            }
            var v = VerbLine().Match(l.Replace("_+", "_"));
            if (!v.Success) continue;
            string word = v.Groups[1].Value;
            var codeMatch = Regex.Match(l, @"\[([^\]]*)\]");
            var formsMatch = Regex.Match(l, @"\{([^}]*)\}");
            string vcode = codeMatch.Success ? codeMatch.Groups[1].Value.Trim() : "";
            bool multi = word.StartsWith('+');
            string lemma = multi ? word[1..] : word;
            var forms = new List<string> { lemma };
            if (formsMatch.Success)
            {
                // Irregular forms given explicitly; an empty {} means "no other forms". "WIRE_+TAP": '+' marks the verb word.
                forms.AddRange(formsMatch.Groups[1].Value.Replace("_+", "_").Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Select(f => f.TrimStart('+')));
            }
            else
            {
                forms.AddRange(RegularForms(lemma));
            }
            foreach (var f in forms.Distinct())
            {
                if (!FormShape().IsMatch(f)) continue;
                if (!seenForms.Add(f + "\t" + block)) continue;
                body.Add($"V\t{f}\t{lemma}\t{block}\t{vcode}");
            }
        }
        foreach (var (name, members) in synsets)
            if (members.Count > 0) lines.Add($"S\t{name}\t{string.Join('|', Expand(members, 0).Select(m => m.Replace(' ', '_')))}");
        lines.AddRange(body);
        return lines;

        IEnumerable<string> Expand(List<string> members, int depth) =>
            members.SelectMany(m => m.StartsWith('&') && depth < 4 && (synsets.TryGetValue(m, out var inner) || synsets.TryGetValue(m.TrimEnd('_'), out inner) || synsets.TryGetValue(m + "_", out inner))
                ? Expand(inner!, depth + 1) : [m]);
    }

    /// <summary>PETRARCH's regular inflection of a verb (on the first word of a multi-word verb).</summary>
    internal static IEnumerable<string> RegularForms(string lemma)
    {
        int us = lemma.IndexOf('_');
        string head = us < 0 ? lemma : lemma[..us];
        string rest = us < 0 ? "" : lemma[us..];
        if (head.Length < 2) yield break;
        bool sib = head.EndsWith('S') || head.EndsWith('X') || head.EndsWith('Z') || head.EndsWith("CH", StringComparison.Ordinal) || head.EndsWith("SH", StringComparison.Ordinal);
        bool consY = head.EndsWith('Y') && !"AEIOU".Contains(head[^2]);
        yield return (sib ? head + "ES" : consY ? head[..^1] + "IES" : head + "S") + rest;
        yield return (head.EndsWith('E') ? head + "D" : consY ? head[..^1] + "IED" : head + "ED") + rest;
        yield return (head.EndsWith('E') && !head.EndsWith("EE", StringComparison.Ordinal) ? head[..^1] + "ING" : head + "ING") + rest;
    }

    private static string Normalize(string s) => Regex.Replace(s.Trim(), @"\s+", " ");

    // ---- agents: Phoenix.agents.txt, "WORD {PLURALS} [~CODE]" with !MACRO! expansion ----
    /// <summary>
    /// "NAME\tSECTOR" rows, names joined by underscores, for every name and plural an entry gives (an entry's braces
    /// name its plurals: "CHAMBER_OF_COMMERCE {CHAMBERS_OF_COMMERCE} [~BUS]"); code-prefix entries ("[IGO~]") are not
    /// sectors and are left out.
    /// </summary>
    internal static List<string> BuildAgents(string path)
    {
        var (agents, macros) = PetrarchAgentsFile.Parse(ReadLines(path));
        var lines = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var agent in agents)
        {
            var sector = SectorCode().Match(agent.Code);
            if (!sector.Success) continue;
            foreach (var form in agent.PluralForms.Prepend(agent.Name))
                foreach (var v in PetrarchAgentsFile.ExpandFirstMacro(form, macros))
                {
                    var key = v.Replace(' ', '_').TrimEnd('_');
                    if (key.Length > 0 && seen.Add(key)) lines.Add($"{key}\t{sector.Groups[1].Value}");
                }
        }
        return lines;
    }

    // ---- countries: the country-level blocks of Phoenix.Countries.actors.txt ("IRAN_ [IRN]" + "+IRANIAN") ----
    internal static List<string> BuildCountries(string path)
    {
        var lines = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? code = null;
        // A block whose codes follow on indented lines with dates ("AZERBAIJAN_", "+BAKU_", "[USRAZE <911018]", "[AZE >911221]"):
        // its names wait until the code that holds today (no end date) is known.
        List<string>? pending = null;
        foreach (var raw in ReadLines(path))
        {
            var l = raw.Split('#')[0].Trim();
            if (l.Length == 0) continue;
            var head = CountryHead().Match(l);
            if (head.Success)
            {
                pending = null;
                code = head.Groups[2].Value;
                Add(head.Groups[1].Value);
                continue;
            }
            if (l.StartsWith('+') && code is not null) { Add(l[1..].Split(' ')[0]); continue; }
            if (l.StartsWith('+') && pending is not null) { pending.Add(l[1..].Split(' ')[0]); continue; }
            if (l.StartsWith('[') && pending is not null)
            {
                var dated = DatedCountryCode().Match(l);
                if (dated.Success && !dated.Groups[2].Value.Contains('<') && !dated.Groups[2].Value.Contains('-'))
                {
                    code = dated.Groups[1].Value;
                    foreach (var n in pending) Add(n);
                    code = null;
                    pending = null;
                }
                continue;
            }
            code = null; // a person or organisation block: not a country name
            pending = BareHead().IsMatch(l) ? [l] : null;
        }
        return lines;

        void Add(string name)
        {
            var key = name.Trim().TrimEnd('_');
            // Long official names add size but almost never occur in news text.
            if (key.Length < 2 || key.Count(c => c == '_') > 3) return;
            if (seen.Add(key)) lines.Add($"{key}\t{code}");
        }
    }

    /// <summary>
    /// Adds the nationality adjective of each country the Phoenix list names but whose adjective it lacks ("Swedish": Phoenix
    /// has SWEDEN and SWEDE only, so "Swedish soldiers" were nobody's), from the gazetteer's world-countries rows
    /// (data/entities/countries.tsv.gz: ISO-3 first, demonym sixth).
    /// </summary>
    internal static void AddMissingDemonyms(List<string> countries, IEnumerable<string> gazetteerRows)
    {
        var codes = countries.Select(l => l.Split('\t')[1]).ToHashSet(StringComparer.Ordinal);
        AddUnlisted(countries, gazetteerRows.Select(r => r.Split('\t')).Where(f => f.Length > 5 && codes.Contains(f[0])).Select(f => (f[5], f[0]))
            .Where(p => DictionaryKey(p.Item1) is { Length: >= 4 } d && d.All(c => c is >= 'A' and <= 'Z' or '_' or '-')));
    }

    /// <summary>
    /// Adds the hand-written adjectives of states under a former name ("Zairean": Phoenix has ZAIRE only), from
    /// data/entities/former-demonyms.tsv (adjective, ISO-3), which the entity layer reads too.
    /// </summary>
    internal static void AddFormerDemonyms(List<string> countries, IEnumerable<string> rows) =>
        AddUnlisted(countries, rows.Where(r => r.Length > 0 && r[0] != '#').Select(r => r.Split('\t')).Where(f => f.Length >= 2).Select(f => (f[0], f[1].Trim())));

    /// <summary>Adds each word (as its dictionary key) with its country code unless the list already has that word.</summary>
    private static void AddUnlisted(List<string> countries, IEnumerable<(string Word, string Code)> words)
    {
        var known = countries.Select(l => l.Split('\t')[0]).ToHashSet(StringComparer.Ordinal);
        foreach (var (word, code) in words)
            if (DictionaryKey(word) is var key && known.Add(key)) countries.Add($"{key}\t{code}");
    }

    /// <summary>A phrase as the country table writes it: upper case, words joined by '_' ("Upper Voltan" → UPPER_VOLTAN).</summary>
    private static string DictionaryKey(string phrase) => phrase.Trim().ToUpperInvariant().Replace(' ', '_');

    private static IEnumerable<string> GzLines(string path)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress), Encoding.UTF8);
        while (reader.ReadLine() is { } line) yield return line;
    }

    // ---- discards: sentence-level phrases and story-level ('+') phrases ----
    internal static List<string> BuildDiscards(string path)
    {
        var lines = new List<string>();
        foreach (var raw in ReadLines(path))
        {
            var l = raw.Split('#')[0].Trim();
            if (l.Length == 0) continue;
            bool story = l.StartsWith('+');
            var phrase = (story ? l[1..] : l).Trim().TrimEnd('_');
            if (phrase.Length == 0) continue;
            lines.Add($"{(story ? "story" : "sentence")}\t{phrase}");
        }
        return lines;
    }

    [GeneratedRegex(@"^(\d{2,4}):\s*(.+)$")] private static partial Regex C2PLine();
    [GeneratedRegex(@"^[A-Z][A-Z_'\-]*$")] private static partial Regex FormShape();
    [GeneratedRegex(@"^---\s+(\S+)\s+\[([^\]]*)\]\s*-*\s+---")] private static partial Regex BlockHeader();
    [GeneratedRegex(@"^-\s*(.*?)\[([^\]]*)\]")] private static partial Regex PatternLine();
    [GeneratedRegex(@"^(\+?[A-Z][A-Z_\-']*)")] private static partial Regex VerbLine();
    [GeneratedRegex(@"^\s*~?([A-Z]+)\s*$")] private static partial Regex SectorCode();
    [GeneratedRegex(@"^([A-Z][A-Z_\-'.]*)\s+\[([A-Z]{3})\]$")] private static partial Regex CountryHead();
    [GeneratedRegex(@"^[A-Z][A-Z_\-'.]*_?$")] private static partial Regex BareHead();
    [GeneratedRegex(@"^\[([A-Z]{3})((?:\s+[^\]]*)?)\]$")] private static partial Regex DatedCountryCode();
}
