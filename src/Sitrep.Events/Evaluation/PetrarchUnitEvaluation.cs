using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Sitrep.Events.Petrarch;

namespace Sitrep.Events.Evaluation;

/// <summary>One unit-test record: the codings PETRARCH expects, the codings produced, and how many expected ones were produced.</summary>
public sealed record PetrarchUnitRecord(string Id, string Category, string Text, IReadOnlyList<string> Expected, IReadOnlyList<string> Produced, int Hits);

/// <summary>The unit-test run: expected codings, how many were produced, extra codings, per record.</summary>
public sealed record PetrarchUnitResult(IReadOnlyList<PetrarchUnitRecord> Records)
{
    public int Expected => Records.Sum(r => r.Expected.Count);
    public int Produced => Records.Sum(r => r.Hits);
    public int Extra => Records.Sum(r => r.Produced.Count(p => !r.Expected.Contains(p)));
    public double Share => Expected == 0 ? 0 : (double)Produced / Expected;
}

/// <summary>
/// Runs PETRARCH's unit-test records (PETR.UnitTest.records.xml) through <see cref="TreeCoder"/> with the
/// dictionaries named in the file's &lt;Environment&gt; loaded from disk (the fictional PETR.Validate.* set), reading
/// each record's Treebank parse as PETRARCH does. An expected coding is produced when the same source, target and
/// code come out; a record that expects no event ("", a discard, a bad parse, a dateline) scores when none comes out.
/// </summary>
public static partial class PetrarchUnitEvaluation
{
    private static readonly HashSet<string> NoEvent = new(StringComparer.Ordinal) { "", "dateline", "bad_input_parse", "storydiscard", "sentencediscard" };

    /// <param name="recordsPath">PETR.UnitTest.records.xml.</param>
    /// <param name="dictionaryDir">The folder with the dictionaries the records' environment names (default: beside the records).</param>
    public static PetrarchUnitResult Run(string recordsPath, string? dictionaryDir = null)
    {
        var xml = File.ReadAllText(recordsPath, Encoding.Latin1);
        xml = Comment().Replace(xml, "");
        var dir = dictionaryDir ?? Path.GetDirectoryName(Path.GetFullPath(recordsPath))!;
        string File_(string tag, string fallback) => Path.Combine(dir, Regex.Match(xml, $"<{tag}>([^<]+)</{tag}>") is { Success: true } m ? m.Groups[1].Value.Trim() : fallback);
        var dict = PetrarchDictionaries.Load(File_("Verbfile", "PETR.Validate.verbs.txt"), File_("Actorfile", "PETR.Validate.actors.txt"),
            File_("Agentfile", "PETR.Validate.agents.txt"), File_("Discardfile", "PETR.Validate.discards.txt"));
        var coder = new TreeCoder(dict);
        var records = new List<PetrarchUnitRecord>();
        foreach (Match m in SentenceRx().Matches(xml))
        {
            string attrs = m.Groups[1].Value, body = m.Groups[2].Value;
            string id = Attr(attrs, "id") ?? $"#{records.Count}";
            string category = Attr(attrs, "category") ?? "";
            int date = int.TryParse(Attr(attrs, "date"), NumberStyles.None, CultureInfo.InvariantCulture, out var d) ? d : 0;
            var expected = CodingRx().Matches(body).Select(c =>
            {
                string? code = Attr(c.Groups[1].Value, "eventcode");
                string src = Attr(c.Groups[1].Value, "sourcecode") ?? "", tgt = Attr(c.Groups[1].Value, "targetcode") ?? "";
                return NoEvent.Contains(code ?? "") ? "" : $"{src} {(tgt.Length == 0 ? "---" : tgt)} {code}";
            }).Distinct().ToList();
            if (expected.Count == 0) continue;   // a record with no expectation at all states nothing to check
            var text = Regex.Match(body, @"<Text>(.*?)</Text>", RegexOptions.Singleline).Groups[1].Value;
            text = Regex.Replace(text, @"\s+", " ").Trim();
            var parse = Regex.Match(body, @"<Parse>(.*?)</Parse>", RegexOptions.Singleline).Groups[1].Value;
            List<string> produced;
            try
            {
                var (root, words) = TreebankReader.Read(System.Net.WebUtility.HtmlDecode(parse));
                produced = [.. coder.Code(root, words, date).Select(c => c.ToString())];
            }
            catch (FormatException) { produced = []; }   // PETRARCH rejects a bad parse and codes nothing
            int hits = expected.Count(e => e.Length == 0 ? produced.Count == 0 : produced.Contains(e));
            records.Add(new PetrarchUnitRecord(id, category, text, expected, produced, hits));
        }
        return new PetrarchUnitResult(records);
    }

    private static string? Attr(string attrs, string name) =>
        Regex.Match(attrs, $@"\b{name}\s*=\s*""([^""]*)""") is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline)] private static partial Regex Comment();
    [GeneratedRegex(@"<Sentence\s([^>]*)>(.*?)</Sentence>", RegexOptions.Singleline)] private static partial Regex SentenceRx();
    [GeneratedRegex(@"<EventCoding\s([^>]*)>")] private static partial Regex CodingRx();
}
