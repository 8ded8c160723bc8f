using System.Globalization;
using Sitrep.Core;

namespace Sitrep.Render.Export;

/// <summary>
/// Writes coded events as GDELT 2.0 event rows: the 61 tab-separated columns of the GDELT 2.0 event codebook in
/// their order (GLOBALEVENTID … SOURCEURL), no header, value formats as in GDELT's export files.
/// Differences from GDELT, by design: actor and geography country codes are ISO 3166-1 alpha-3 (GDELT uses FIPS
/// 10-4 for geography), feature ids are GeoNames ids, ADM1/ADM2 codes are empty, AvgTone is 0 (Sitrep does not
/// score tone), and NumSources/NumArticles are 1 because one row describes one document.
/// </summary>
public static class GdeltExport
{
    /// <summary>The 61 column names, in order.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
        "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode", "Actor1Religion1Code",
        "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
        "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode", "Actor2Religion1Code",
        "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
        "NumMentions", "NumSources", "NumArticles", "AvgTone",
        "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
        "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
        "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
        "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
        "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
        "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
        "DATEADDED", "SOURCEURL",
    ];

    /// <summary>One row per event of <paramref name="document"/> with a coded actor, ids counting up from <paramref name="firstId"/>.</summary>
    /// <param name="added">DATEADDED; defaults to the publication date (so output is reproducible), else now.</param>
    public static IEnumerable<string> Rows(Document document, long firstId = 1, DateTimeOffset? added = null)
    {
        long id = firstId;
        var when = added ?? document.Article.Published ?? DateTimeOffset.UtcNow;
        int firstParagraphEnd = document.Article.Paragraphs.IsDefaultOrEmpty ? document.Text.Length : document.Article.Paragraphs[0].End;
        foreach (var v in document.Events)
        {
            // A GDELT row names at least one actor: an act of no one ("there will be some kind of retaliation") stays in the
            // explainer and the PLOVER lines, but is no event record.
            if (v.Source?.Code is null && v.Target?.Code is null) continue;
            var date = EventDay(v, document.Article.Published);
            var f = new string[Columns.Count];
            Array.Fill(f, "");
            f[0] = (id++).ToString(CultureInfo.InvariantCulture);
            if (date is { } d)
            {
                f[1] = d.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
                f[2] = d.ToString("yyyyMM", CultureInfo.InvariantCulture);
                f[3] = d.Year.ToString(CultureInfo.InvariantCulture);
                f[4] = (d.Year + (d.DayOfYear - 1) / 365.0).ToString("0.0000", CultureInfo.InvariantCulture);
            }
            Actor(f, 5, document, v.Source);
            Actor(f, 15, document, v.Target);
            // GDELT's root event: stated in the lead paragraph.
            f[25] = v.Span.Start < firstParagraphEnd ? "1" : "0";
            f[26] = v.Cameo.Code;
            f[27] = v.Cameo.Code.Length > 3 ? v.Cameo.Code[..3] : v.Cameo.Code;
            f[28] = v.Cameo.Root;
            f[29] = v.Cameo.QuadClass.ToString(CultureInfo.InvariantCulture);
            f[30] = v.Cameo.Goldstein.ToString("0.0", CultureInfo.InvariantCulture);
            f[31] = (1 + v.OtherMentions.Length).ToString(CultureInfo.InvariantCulture);
            f[32] = "1";
            f[33] = "1";
            f[34] = "0";
            Geo(f, 35, EntityGeo(document, v.Source?.EntityId));
            Geo(f, 43, EntityGeo(document, v.Target?.EntityId));
            Geo(f, 51, v.Location is { } loc ? (loc.Name, loc.CountryCode, loc.Lat, loc.Lon, loc.FeatureId, TypeOf(document, loc.EntityId)) : null);
            f[59] = when.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
            f[60] = document.Article.Url ?? document.Article.InputName;
            yield return string.Join('\t', f.Select(Clean));
        }
    }

    public static void Write(Document document, TextWriter output, long firstId = 1, DateTimeOffset? added = null)
    {
        foreach (var row in Rows(document, firstId, added)) output.Write(row + "\n");
    }

    private static DateOnly? EventDay(PoliticalEvent v, DateTimeOffset? published)
    {
        if (v.Date?.Value is { Length: 10 } s && DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        // GDELT dates an event by its report when the text gives no day.
        return published is { } p ? DateOnly.FromDateTime(p.UtcDateTime) : null;
    }

    private static void Actor(string[] f, int at, Document doc, EventActor? a)
    {
        if (a is null) return;
        var e = doc.EntityById(a.EntityId);
        string code = a.Code ?? "";
        f[at] = code;
        f[at + 1] = (e?.Name ?? a.Text).ToUpperInvariant();
        // CAMEO actor codes are a 3-letter country (or region/IGO) part followed by 3-letter role parts.
        string? country = e?.Country ?? (code.Length >= 3 && code[..3].All(char.IsAsciiLetterUpper) ? code[..3] : null);
        f[at + 2] = country ?? "";
        for (int k = 0; k < 3; k++)
        {
            int s = 3 + 3 * k;
            if (code.Length >= s + 3) f[at + 7 + k] = code.Substring(s, 3);
        }
    }

    private static (string Name, string? Country, double? Lat, double? Lon, string? Feature, int Type)? EntityGeo(Document doc, string? entityId)
    {
        var e = doc.EntityById(entityId);
        if (e?.Geo is not { } g) return null;
        return (e.Name, e.Country ?? g.CountryCode, g.Lat, g.Lon, g.FeatureId, TypeOf(doc, e.Id));
    }

    /// <summary>
    /// GDELT geo type: 1 country, 4 world city. A political place the gazetteer puts inside a first-level division
    /// (it has an ADM1 code) is a city; one without is a country. World states (5) are not distinguished.
    /// </summary>
    private static int TypeOf(Document doc, string? entityId)
    {
        var e = doc.EntityById(entityId);
        return e is { Type: EntityType.Gpe, Geo.Adm1: null } ? 1 : 4;
    }

    private static void Geo(string[] f, int at, (string Name, string? Country, double? Lat, double? Lon, string? Feature, int Type)? g)
    {
        if (g is not { } x) { f[at] = "0"; return; }
        f[at] = x.Type.ToString(CultureInfo.InvariantCulture);
        f[at + 1] = x.Name;
        f[at + 2] = x.Country ?? "";
        f[at + 5] = x.Lat?.ToString("0.####", CultureInfo.InvariantCulture) ?? "";
        f[at + 6] = x.Lon?.ToString("0.####", CultureInfo.InvariantCulture) ?? "";
        f[at + 7] = x.Feature ?? "";
    }

    private static string Clean(string s) => s.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
