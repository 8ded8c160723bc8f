using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Sitrep.Core;

namespace Sitrep.Events.Dates;

/// <summary>A date expression found in text, before it becomes a <see cref="TimeExpression"/>.</summary>
internal sealed record DateMatch(TextSpan Span, string Text, string? Value, string Kind);

/// <summary>
/// Finds absolute and relative date expressions and resolves them against the publication date. Values stay as
/// precise as the text: "in April" is a month ("2019-04"), "last week" an ISO week, "January 3, 2020" a day.
/// Past reference is the default for news ("in April" in a January article is last April; "on Friday" is the
/// latest Friday on or before publication) unless the expression says next/coming.
/// </summary>
internal static partial class DateResolver
{
    private static readonly ImmutableArray<string> Months = CalendarWords.Months;
    private static readonly string[] MonthAbbrev = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    private static readonly ImmutableArray<string> Weekdays = CalendarWords.Weekdays;

    public static List<DateMatch> Find(string text, DateTimeOffset? published)
    {
        var found = new List<DateMatch>();
        // Relative dates move the reference by up to a few years; a reference at the ends of the calendar (a caller's
        // placeholder such as 0001-01-01) cannot anchor them, so such dates stay unresolved instead of overflowing.
        DateOnly? pub = published is { Year: > 10 and < 9990 } p ? DateOnly.FromDateTime(p.UtcDateTime) : null;

        void Add(Match m, Group g, string? value, string kind)
        {
            var span = new TextSpan(g.Index, g.Index + g.Length);
            if (found.Any(f => f.Span.Overlaps(span))) return;
            found.Add(new DateMatch(span, g.Value, value, kind));
        }

        // Most specific first: later patterns skip anything that overlaps an earlier match.
        foreach (Match m in IsoDate().Matches(text))
            Add(m, m.Groups[0], m.Value, "absolute");

        foreach (Match m in MonthDayYear().Matches(text))
        {
            int mon = MonthOf(m.Groups["mon"].Value), day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
            int year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
            if (Valid(year, mon, day)) Add(m, m.Groups[0], $"{year:D4}-{mon:D2}-{day:D2}", "absolute");
        }
        foreach (Match m in DayMonthYear().Matches(text))
        {
            int mon = MonthOf(m.Groups["mon"].Value), day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
            int year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
            if (Valid(year, mon, day)) Add(m, m.Groups[0], $"{year:D4}-{mon:D2}-{day:D2}", "absolute");
        }
        foreach (Match m in MonthYear().Matches(text))
        {
            int mon = MonthOf(m.Groups["mon"].Value);
            Add(m, m.Groups[0], $"{m.Groups["year"].Value}-{mon:D2}", "absolute");
        }
        foreach (Match m in MonthDay().Matches(text))
        {
            int mon = MonthOf(m.Groups["mon"].Value);
            int day = int.Parse(m.Groups["day"].Success ? m.Groups["day"].Value : m.Groups["day2"].Value, CultureInfo.InvariantCulture);
            string? value = null;
            if (pub is { } d)
            {
                int year = d.Month >= mon ? d.Year : d.Year - 1;
                if (mon == d.Month && day > d.Day + 7) year = d.Year - 1;
                if (Valid(year, mon, day)) value = $"{year:D4}-{mon:D2}-{day:D2}";
            }
            Add(m, m.Groups[0], value, "absolute");
        }
        foreach (Match m in MonthAlone().Matches(text))
        {
            // "May" alone is too often the modal verb; only count it after a preposition.
            int mon = MonthOf(m.Groups["mon"].Value);
            string lead = m.Groups["lead"].Value.ToLowerInvariant();
            string? value = null;
            if (pub is { } d)
            {
                bool next = lead.Contains("next", StringComparison.Ordinal) || lead.Contains("coming", StringComparison.Ordinal);
                int year = next ? (mon > d.Month ? d.Year : d.Year + 1) : (mon <= d.Month ? d.Year : d.Year - 1);
                if (lead.Contains("last", StringComparison.Ordinal) && mon == d.Month) year = d.Year - 1;
                value = $"{year:D4}-{mon:D2}";
            }
            Add(m, m.Groups["expr"], value, "absolute");
        }
        foreach (Match m in Weekday().Matches(text))
        {
            int wd = Weekdays.IndexOf(m.Groups["wd"].Value.ToLowerInvariant());
            string lead = m.Value.ToLowerInvariant();
            string? value = null;
            if (pub is { } d)
            {
                int diff;
                if (lead.Contains("next", StringComparison.Ordinal) || lead.Contains("coming", StringComparison.Ordinal))
                    diff = ((wd - (int)d.DayOfWeek + 7) % 7) is var f && f == 0 ? 7 : f;
                else if (lead.Contains("last", StringComparison.Ordinal))
                    diff = -(((int)d.DayOfWeek - wd + 7) % 7 is var b && b == 0 ? 7 : b);
                else
                    diff = -(((int)d.DayOfWeek - wd + 7) % 7);
                value = d.AddDays(diff).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }
            Add(m, m.Groups["expr"], value, "relative");
        }
        foreach (Match m in Relative().Matches(text))
        {
            Add(m, m.Groups[0], pub is { } d ? ResolveRelative(m.Value.ToLowerInvariant(), d) : null, "relative");
        }
        foreach (Match m in Ago().Matches(text))
        {
            string? value = null;
            if (pub is { } d && NumberOf(m.Groups["n"].Value) is int n)
            {
                var unit = m.Groups["unit"].Value.ToLowerInvariant();
                value = unit.StartsWith("day", StringComparison.Ordinal) ? d.AddDays(-n).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                    : unit.StartsWith("week", StringComparison.Ordinal) ? IsoWeek(d.AddDays(-7 * n))
                    : unit.StartsWith("month", StringComparison.Ordinal) ? d.AddMonths(-n).ToString("yyyy-MM", CultureInfo.InvariantCulture)
                    : d.AddYears(-n).ToString("yyyy", CultureInfo.InvariantCulture);
            }
            Add(m, m.Groups[0], value, "relative");
        }
        // Anchored to another event, not to the calendar: kept as relative expressions without a value.
        foreach (Match m in Anchored().Matches(text))
            Add(m, m.Groups[0], null, "relative");
        foreach (Match m in YearAlone().Matches(text))
            Add(m, m.Groups["year"], m.Groups["year"].Value, "absolute");

        found.Sort((a, b) => a.Span.CompareTo(b.Span));
        return found;
    }

    private static string? ResolveRelative(string expr, DateOnly d)
    {
        string Day(DateOnly x) => x.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (expr.Contains("day before yesterday", StringComparison.Ordinal)) return Day(d.AddDays(-2));
        if (expr.Contains("yesterday", StringComparison.Ordinal)) return Day(d.AddDays(-1));
        if (expr.Contains("tomorrow", StringComparison.Ordinal)) return Day(d.AddDays(1));
        if (expr is "today" or "tonight" || expr.StartsWith("this morning", StringComparison.Ordinal) || expr.StartsWith("this afternoon", StringComparison.Ordinal)
            || expr.StartsWith("this evening", StringComparison.Ordinal) || expr.StartsWith("earlier today", StringComparison.Ordinal)) return Day(d);
        bool last = expr.Contains("last", StringComparison.Ordinal) || expr.Contains("past", StringComparison.Ordinal) || expr.Contains("previous", StringComparison.Ordinal);
        bool next = expr.Contains("next", StringComparison.Ordinal) || expr.Contains("coming", StringComparison.Ordinal);
        int shift = last ? -1 : next ? 1 : 0;
        if (expr.EndsWith("week", StringComparison.Ordinal) || expr.EndsWith("weekend", StringComparison.Ordinal)) return IsoWeek(d.AddDays(7 * shift));
        if (expr.EndsWith("month", StringComparison.Ordinal)) return d.AddMonths(shift).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        if (expr.EndsWith("year", StringComparison.Ordinal)) return (d.Year + shift).ToString(CultureInfo.InvariantCulture);
        return null;
    }

    private static string IsoWeek(DateOnly d)
    {
        var dt = d.ToDateTime(TimeOnly.MinValue);
        return $"{ISOWeek.GetYear(dt):D4}-W{ISOWeek.GetWeekOfYear(dt):D2}";
    }

    private static int? NumberOf(string s) => int.TryParse(s, CultureInfo.InvariantCulture, out var n) ? n : s.ToLowerInvariant() switch
    {
        "a" or "an" or "one" => 1, "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, "seven" => 7,
        "eight" => 8, "nine" => 9, "ten" => 10, "several" or "a few" or "few" => null, _ => null,
    };

    private static bool Valid(int y, int m, int d) => y is >= 1000 and <= 2999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m);

    private static int MonthOf(string s)
    {
        var l = s.ToLowerInvariant().TrimEnd('.');
        int i = Months.IndexOf(l);
        if (i < 0) i = Array.IndexOf(MonthAbbrev, l.Length >= 3 ? l[..3] : l);
        return i + 1;
    }

    private const string MonthNames = "January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?";

    [GeneratedRegex(@"\b(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\b")] private static partial Regex IsoDate();
    [GeneratedRegex(@"\b(?<mon>" + MonthNames + @")\s+(?<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?<year>(?:1[89]|20)\d{2})\b")] private static partial Regex MonthDayYear();
    [GeneratedRegex(@"\b(?<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mon>" + MonthNames + @"),?\s+(?<year>(?:1[89]|20)\d{2})\b")] private static partial Regex DayMonthYear();
    [GeneratedRegex(@"\b(?<mon>" + MonthNames + @")\s+(?:of\s+)?(?<year>(?:1[89]|20)\d{2})\b")] private static partial Regex MonthYear();
    [GeneratedRegex(@"\b(?:(?<mon>" + MonthNames + @")\s+(?<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?!\s*(?:,\s*)?\d)|(?<day2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mon>" + MonthNames + @")\b)")] private static partial Regex MonthDay();
    [GeneratedRegex(@"(?<lead>\b(?:in|since|until|by|during|from|through|last|next|this|early|late|mid|earlier in|later in|in early|in late)\s+)(?<expr>(?<mon>January|February|March|April|May|June|July|August|September|October|November|December))\b", RegexOptions.IgnoreCase)] private static partial Regex MonthAlone();
    [GeneratedRegex(@"(?<lead>\b(?:on|last|next|this|coming|on the)?\s*)(?<expr>\b(?:(?:last|next|this|coming)\s+)?(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?:\s+(?:morning|afternoon|evening|night))?)")] private static partial Regex Weekday();
    [GeneratedRegex(@"\b(?:the day before yesterday|yesterday|today|tonight|tomorrow|(?:earlier |later )?this (?:morning|afternoon|evening|week|month|year|weekend)|earlier today|(?:last|next|past|previous|coming) (?:week|month|year|weekend))\b", RegexOptions.IgnoreCase)] private static partial Regex Relative();
    [GeneratedRegex(@"\b(?<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?<unit>days?|weeks?|months?|years?)\s+ago\b", RegexOptions.IgnoreCase)] private static partial Regex Ago();
    [GeneratedRegex(@"\b(?:(?:just |only )?(?:days|hours|weeks|months|minutes) (?:after|before|later|earlier)|(?:in|within|over) the (?:coming|next|past|last) (?:hours|days|weeks|months|years))\b", RegexOptions.IgnoreCase)] private static partial Regex Anchored();
    [GeneratedRegex(@"\b(?:in|since|until|by|during|of|from|through|before|after)\s+(?<year>(?:19|20)\d{2})\b(?!-)", RegexOptions.IgnoreCase)] private static partial Regex YearAlone();
}
