using System.Collections.Immutable;

namespace Sitrep.Core;

/// <summary>
/// English day and month names in lower case and calendar order (weekdays from Sunday, as <see cref="DayOfWeek"/> counts):
/// the one list the stages read dates, time phrases and name boundaries by.
/// </summary>
public static class CalendarWords
{
    public static readonly ImmutableArray<string> Weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    public static readonly ImmutableArray<string> Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>The weekdays, then the months.</summary>
    public static IEnumerable<string> DaysAndMonths => Weekdays.Concat(Months);
}
