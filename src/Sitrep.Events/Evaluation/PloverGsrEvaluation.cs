using System.Text.Json;
using Sitrep.Core;

namespace Sitrep.Events.Evaluation;

/// <summary>Counts of an event-coding evaluation over gold records.</summary>
public sealed record EventEvaluation(int Records, int RecordsWithType, int Predicted, int PredictedRightType,
    int SourceGold, int SourceFound, int TargetGold, int TargetFound, IReadOnlyDictionary<string, (int Gold, int Found)> PerType)
{
    /// <summary>Per record: the gold type and actor codes, what was coded, and which parts were found.</summary>
    public IReadOnlyList<GsrRecordResult> Details { get; init; } = [];

    /// <summary>Records whose type, source (when gold has one) and target (when gold has one) were all found.</summary>
    public int AllFound => Details.Count(d => d.AllFound);
    public double AllRate => Records == 0 ? 0 : (double)AllFound / Records;

    public double Recall => Records == 0 ? 0 : (double)RecordsWithType / Records;
    public double Precision => Predicted == 0 ? 0 : (double)PredictedRightType / Predicted;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    public double SourceRate => SourceGold == 0 ? 0 : (double)SourceFound / SourceGold;
    public double TargetRate => TargetGold == 0 ? 0 : (double)TargetFound / TargetGold;
}

/// <summary>The two halves of the PLOVER records: one to tune the coder on, one to check it against.</summary>
public enum GsrHalf { Tune, Check }

/// <summary>One gold record's outcome; <c>SourceFound</c>/<c>TargetFound</c> are null when the gold record names no such actor.</summary>
public sealed record GsrRecordResult(string Id, string Text, string GoldType, string GoldSource, string GoldTarget, IReadOnlyList<string> Coded,
    bool TypeFound, bool? SourceFound, bool? TargetFound)
{
    public bool AllFound => TypeFound && SourceFound != false && TargetFound != false;
}

/// <summary>
/// Scores the event coder on the PLOVER gold-standard records (sentences from the CAMEO manual, PLOVER v0.5 names
/// mapped to current ones): a record counts when an event of the gold type is coded; its source and target count
/// when an event of that type (or, failing that, any event) carries a code that starts with the gold actor code.
/// </summary>
public static class PloverGsrEvaluation
{
    /// <param name="annotate">Runs the upstream stages (tokens, sentences, mentions, entities, quotes) on an article.</param>
    /// <param name="half">All records (null), or one half of the split by record number: tuning changes look only at
    /// <see cref="GsrHalf.Tune"/> (odd numbers), <see cref="GsrHalf.Check"/> (even numbers) is for reporting.</param>
    public static EventEvaluation Run(string datasetPath, Func<Article, Document> annotate, GsrHalf? half = null)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(datasetPath));
        var dates = EventComponents.Dates();
        var coder = EventComponents.Events();
        int records = 0, withType = 0, predicted = 0, rightType = 0, srcGold = 0, srcFound = 0, tgtGold = 0, tgtFound = 0;
        var perType = new Dictionary<string, (int Gold, int Found)>(StringComparer.Ordinal);
        var details = new List<GsrRecordResult>();
        foreach (var r in json.RootElement.EnumerateArray())
        {
            if (!r.TryGetProperty("text", out var textEl) || !r.TryGetProperty("event", out var evEl)) continue;
            if (half is { } h && HalfOf(r.GetProperty("id").GetString() ?? "") != h) continue;
            string text = textEl.GetString() ?? "";
            string gold = PloverMapping.Normalize(evEl.GetString() ?? "");
            var article = new Article
            {
                Id = r.GetProperty("id").GetString() ?? "record", Text = text, Paragraphs = Article.ParagraphsOf(text),
                Published = r.TryGetProperty("date", out var d) && DateTimeOffset.TryParse(d.GetString(), out var pub) ? pub : null,
            };
            var doc = coder.Process(dates.Process(annotate(article)));
            records++;
            var events = doc.Events;
            predicted += events.Length;
            var right = events.Where(e => e.Plover?.Type == gold).ToList();
            rightType += right.Count;
            bool found = right.Count > 0;
            if (found) withType++;
            var pt = perType.GetValueOrDefault(gold);
            perType[gold] = (pt.Gold + 1, pt.Found + (found ? 1 : 0));
            var pool = found ? right : [.. events];
            var sf = Actors(r, "source", pool.Select(e => e.Source?.Code), ref srcGold, ref srcFound);
            var tf = Actors(r, "target", pool.Select(e => e.Target?.Code), ref tgtGold, ref tgtFound);
            details.Add(new GsrRecordResult(article.Id, text, gold, Codes(r, "source"), Codes(r, "target"),
                [.. events.Select(e => $"{e.Source?.Code ?? "-"} {e.Target?.Code ?? "-"} {e.Cameo.Code} {e.Plover?.Type ?? "-"} '{e.Trigger}'")], found, sf, tf));
        }
        return new EventEvaluation(records, withType, predicted, rightType, srcGold, srcFound, tgtGold, tgtFound, perType) { Details = details };
    }

    /// <summary>"PLOVER-GSR01-FIGHT-0011" → Tune (odd record number), "…-0010" → Check; an id without a number is Check.</summary>
    public static GsrHalf HalfOf(string id)
    {
        int end = id.Length;
        while (end > 0 && !char.IsAsciiDigit(id[end - 1])) end--;
        return end > 0 && (id[end - 1] - '0') % 2 == 1 ? GsrHalf.Tune : GsrHalf.Check;
    }

    private static string Codes(JsonElement record, string field) =>
        record.TryGetProperty(field, out var list) && list.ValueKind == JsonValueKind.Array
            ? string.Join('/', list.EnumerateArray().Select(a => a.TryGetProperty("code", out var c) ? c.GetString() : "?"))
            : "";

    /// <summary>
    /// Older CAMEO/KEDS state codes and their current ISO-3166 alpha-3 equivalents. The GSR readme says its states carry
    /// the codes of the current ISO-3166 list, yet a few records keep the old ones (JAP, ITL, VTN), Phoenix's dictionaries
    /// still code East Timor TMP, and they code the Soviet Union SUN, a state the current list files under its successor
    /// (the GSR codes Soviet-era Moscow RUS), and Kosovo KSV, which the list does not have (it is filed under Serbia).
    /// Yugoslavia's withdrawn YUG is Serbia's likewise: the GSR codes Belgrade and "Serb forces" of the 1990s SRB.
    /// Either side is read as the current code so that the same state is not scored as a miss.
    /// </summary>
    private static readonly Dictionary<string, string> LegacyStateCodes = new(StringComparer.Ordinal)
        { ["JAP"] = "JPN", ["ITL"] = "ITA", ["VTN"] = "VNM", ["TMP"] = "TLS", ["SUN"] = "RUS", ["KSV"] = "SRB", ["YUG"] = "SRB" };

    public static string Iso(string code) =>
        code.Length >= 3 && LegacyStateCodes.TryGetValue(code[..3], out var iso) ? iso + code[3..] : code;

    private static bool? Actors(JsonElement record, string field, IEnumerable<string?> codes, ref int gold, ref int found)
    {
        if (!record.TryGetProperty(field, out var list) || list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0) return null;
        var have = codes.Where(c => c is not null).Select(c => c!).ToList();
        gold++;
        foreach (var a in list.EnumerateArray())
        {
            if (a.TryGetProperty("code", out var c) && c.GetString() is { Length: > 0 } code && have.Any(h => Iso(h).StartsWith(Iso(code), StringComparison.Ordinal)))
            {
                found++;
                return true;
            }
        }
        return false;
    }
}
