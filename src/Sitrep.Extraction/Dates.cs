using System.Globalization;
using System.Text.RegularExpressions;

namespace Sitrep.Extraction;

/// <summary>Dates as pages write them: ISO 8601 in metadata, RFC 822 in feeds, "January 3, 2020" in visible text.</summary>
internal static partial class Dates
{
    private static readonly string[] Months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>A machine-written date (JSON-LD, meta, &lt;time datetime&gt;, feed): ISO 8601 or RFC 822/1123.</summary>
    public static DateTimeOffset? ParseMachine(string? s) => Plausible(ParseMachineAnyYear(s));

    /// <summary>
    /// Null for a date no news page was published on: CMS placeholders ("0001-01-01T00:00:00Z", "9999-12-31") would
    /// otherwise become the reference day of every relative date in the article.
    /// </summary>
    public static DateTimeOffset? Plausible(DateTimeOffset? d) => d is { Year: >= 1900 and <= 2200 } ? d : null;

    private static DateTimeOffset? ParseMachineAnyYear(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        s = s.Trim();
        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var d)) return d;
        // RFC 822 with a zone name .NET does not know (EST, PDT…) or a missing comma.
        var m = Rfc822().Match(s);
        if (m.Success && DateTimeOffset.TryParse(m.Groups[1].Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out d))
        {
            var zone = m.Groups[2].Value.ToUpperInvariant();
            TimeSpan off = zone switch
            {
                "EST" => TimeSpan.FromHours(-5), "EDT" => TimeSpan.FromHours(-4), "CST" => TimeSpan.FromHours(-6), "CDT" => TimeSpan.FromHours(-5),
                "MST" => TimeSpan.FromHours(-7), "MDT" => TimeSpan.FromHours(-6), "PST" => TimeSpan.FromHours(-8), "PDT" => TimeSpan.FromHours(-7),
                "BST" => TimeSpan.FromHours(1), "CET" => TimeSpan.FromHours(1), "CEST" => TimeSpan.FromHours(2), _ => TimeSpan.Zero,
            };
            return new DateTimeOffset(d.DateTime, off);
        }
        if (long.TryParse(s, out var unix) && unix > 600_000_000 && unix < 5_000_000_000) return DateTimeOffset.FromUnixTimeSeconds(unix);
        return ParseText(s);
    }

    [GeneratedRegex(@"^(?:[A-Za-z]{3},?\s*)?(\d{1,2}\s+[A-Za-z]{3,9}\s+\d{4}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)\s*([A-Za-z]{1,5})?\s*$")]
    private static partial Regex Rfc822();

    [GeneratedRegex(@"\b(?<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?,?\s+(?<year>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(?<year>(?:19|20)\d{2})-(?<mon>\d{2})-(?<day>\d{2})\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(?<h>\d{1,2}):(?<m>\d{2})\s*(?<ap>[ap]\.?m\.?)?", RegexOptions.IgnoreCase)]
    private static partial Regex Clock();

    /// <summary>A date written for people ("Published January 3, 2020 at 5:10 pm"); time zone unknown, so UTC.</summary>
    public static DateTimeOffset? ParseText(string s)
    {
        int year, month, day;
        Match m;
        if ((m = MonthDayYear().Match(s)).Success || (m = DayMonthYear().Match(s)).Success)
        {
            month = Array.IndexOf(Months, m.Groups["mon"].Value[..3].ToLowerInvariant()) + 1;
            day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
            year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
        }
        else if ((m = IsoDate().Match(s)).Success)
        {
            year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
            month = int.Parse(m.Groups["mon"].Value, CultureInfo.InvariantCulture);
            day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
        }
        else return null;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        int hour = 0, minute = 0;
        var c = Clock().Match(s, m.Index + m.Length);
        if (c.Success)
        {
            hour = int.Parse(c.Groups["h"].Value, CultureInfo.InvariantCulture);
            minute = int.Parse(c.Groups["m"].Value, CultureInfo.InvariantCulture);
            var ap = c.Groups["ap"].Value.ToLowerInvariant();
            if (ap.StartsWith('p') && hour < 12) hour += 12;
            if (ap.StartsWith('a') && hour == 12) hour = 0;
            if (hour > 23 || minute > 59) hour = minute = 0;
        }
        return new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.Zero);
    }

    /// <summary>A whole line that is a date, optionally labelled ("Published: …", "Updated …"): at most a few other words.</summary>
    public static DateTimeOffset? ParseLine(string line)
    {
        var d = ParseText(line);
        if (d is null) return null;
        var rest = MonthDayYear().Replace(DayMonthYear().Replace(IsoDate().Replace(line, ""), ""), "");
        rest = Clock().Replace(rest, "");
        rest = Regex.Replace(rest, @"(?i)\b(published|updated|posted|last|modified|on|at|date|utc|gmt|[ecmp][sd]t|bst|cet|mon(day)?|tue(sday)?|wed(nesday)?|thu(rsday)?|fri(day)?|sat(urday)?|sun(day)?)\b|[\W_]+", "");
        return rest.Length == 0 ? d : null;
    }
}
