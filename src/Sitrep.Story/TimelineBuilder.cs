using System.Collections.Immutable;
using System.Globalization;
using Sitrep.Core;

namespace Sitrep.Story;

/// <summary>
/// Orders what happened, oldest first. An event with a resolved date sits at that date; an undated one sits at
/// the reference day (the main event's date, else publication) moved by the relative cue before its trigger:
/// "comes just days after protestors attacked" puts the attack days before, "has since issued" a day after.
/// Events that did not happen (future, hypothetical, negated) belong to the outlook, not here.
/// </summary>
internal static class TimelineBuilder
{
    /// <summary>An event's place in time: a day number, and whether a date was stated for it.</summary>
    internal readonly record struct TimeKey(double Day, string? Date);

    public static ImmutableArray<TimelineItem> Build(StoryContext ctx)
    {
        var keyed = new List<(TimeKey Key, int Pos, PoliticalEvent? Event, Sentence? Sentence)>();
        foreach (var e in ctx.Document.Events)
        {
            if (!Happened(e)) continue;
            keyed.Add((KeyOf(ctx, e), e.Span.Start, e, ctx.Document.SentenceAt(e.Span.Start)));
        }

        // Background facts: dated sentences with no event of their own ("The treaty was signed in 1987.").
        foreach (var t in ctx.Document.Dates)
        {
            var s = ctx.Document.SentenceAt(t.Span.Start);
            if (t.Value is null || t.Kind is "duration" or "set" || s is null) continue;
            if (Place(t.Value, ReferenceDay(ctx) + Shift(ctx, s.Span.Start, t.Span.Start)) is not { } day) continue;
            if (keyed.Any(k => k.Sentence == s)) continue;
            keyed.Add((new TimeKey(day, t.Value), t.Span.Start, null, s));
        }

        // One item per sentence and time; a sentence that tells two times gives one item per event clause.
        var groups = keyed
            .GroupBy(k => (k.Sentence?.Span ?? k.Event!.Span, k.Key.Day))
            .Select(g => g.ToList())
            .ToList();
        var sentenceUse = groups.GroupBy(g => g[0].Sentence?.Span).ToDictionary(g => g.Key ?? default, g => g.Count());

        var items = new List<(double Day, int Pos, string? Date, string Text, TextSpan Span, ImmutableArray<string> Events)>();
        foreach (var g in groups)
        {
            var first = g[0];
            var events = g.Where(k => k.Event is not null).Select(k => k.Event!).ToList();
            TextSpan span;
            if (first.Sentence is { } s && sentenceUse[s.Span] == 1)
                span = new TextSpan(TextMatch.TrimSpan(ctx.Text, s.Span.Start, s.Span.End, " \t\r\n").Start, TextMatch.TrimSpan(ctx.Text, s.Span.Start, s.Span.End, " \t\r\n").End);
            else
                span = events.Count > 0 ? events.Select(e => e.Span).Aggregate((a, b) => a.Cover(b)) : first.Sentence!.Span;
            string? date = g.Select(k => k.Key.Date).FirstOrDefault(d => d is not null);
            items.Add((first.Key.Day, g.Min(k => k.Pos), date, TextMatch.Squeeze(span.Of(ctx.Text)), span, [.. events.Select(e => e.Id)]));
        }

        return [.. items
            .OrderBy(i => i.Day).ThenBy(i => i.Pos)
            .Select((i, n) => new TimelineItem(n + 1, i.Date, i.Text, i.Span, i.Events))];
    }

    internal static bool Happened(PoliticalEvent e) =>
        e.Modality is not (Modality.Future or Modality.Hypothetical or Modality.Negated or Modality.Threatened);

    /// <summary>The reference day undated events are placed against: the main event's date, else publication, else 0.</summary>
    internal static double ReferenceDay(StoryContext ctx)
    {
        double published = ctx.Document.Article.Published is { } p ? DateOnly.FromDateTime(p.UtcDateTime).DayNumber : 0;
        if (ctx.MainEvent?.Date?.Value is { } v && Place(v, published) is { } d) return d;
        return published;
    }

    /// <summary>Where an event sits in time (see the class summary).</summary>
    internal static TimeKey KeyOf(StoryContext ctx, PoliticalEvent e)
    {
        var sentence = ctx.Document.SentenceAt(e.Span.Start);
        int anchor = e.TriggerSpan?.Start ?? e.Span.Start;
        double reference = ReferenceDay(ctx);
        double shifted = reference + (sentence is null ? 0 : Shift(ctx, sentence.Span.Start, anchor));
        if (e.Date?.Value is { } v && Place(v, shifted) is { } day) return new TimeKey(day, v);
        if (sentence is { } s)
        {
            // A resolved date expression in the same clause as the trigger dates the event.
            foreach (var t in ctx.Document.Dates)
                if (t.Value is { } tv && t.Kind is not ("duration" or "set") && s.Span.Contains(t.Span.Start)
                    && Place(tv, shifted) is { } td && SameClause(ctx.Text, anchor, t.Span.Start))
                    return new TimeKey(td, tv);
        }
        return new TimeKey(shifted, null);
    }

    /// <summary>
    /// The day a (partial) date puts an event on: its first day, unless the period holds the day the cues point
    /// to — "in January 2020" in a story of 3 January says no more than the cues do, so they decide.
    /// </summary>
    internal static double? Place(string value, double cueDay)
    {
        if (ParseRange(value) is not { } r) return null;
        return cueDay >= r.First && cueDay <= r.Last ? cueDay : r.First;
    }

    /// <summary>Days to move an undated event at <paramref name="anchor"/> from the reference, read from the cues before it.</summary>
    internal static double Shift(StoryContext ctx, int sentenceStart, int anchor)
    {
        var folded = ctx.Folded;
        (TimeCue Cue, int Start, int End)? best = null;
        foreach (var cue in ctx.Lexicon.TimeCues)
            foreach (var (cs, ce) in TextMatch.FindAll(folded, cue.Phrase, sentenceStart, anchor))
            {
                // The nearest cue before the trigger governs it; of cues ending together the longest wins ("just days after" over "after").
                if (best is null || ce > best.Value.End || (ce == best.Value.End && cs < best.Value.Start))
                    best = (cue, cs, ce);
            }
        if (best is not { } b) return 0;
        switch (b.Cue.Kind)
        {
            case "after-ref":
                return b.Cue.Days;
            case "earlier":
                return -b.Cue.Days;
            case "before-ref":
                // "After X, Y did Z": a sentence-initial cue's complement ends at the first comma; past it is the main clause.
                bool initial = string.IsNullOrWhiteSpace(ctx.Text[sentenceStart..b.Start].Trim('"', '\u201C', '\''));
                if (initial)
                {
                    int comma = ctx.Text.IndexOf(',', b.End, Math.Max(0, anchor - b.End));
                    if (comma >= 0) return Math.Abs(b.Cue.Days);
                }
                return -b.Cue.Days;
            default:
                return 0;
        }
    }

    private static bool SameClause(string text, int a, int b)
    {
        int lo = Math.Min(a, b), hi = Math.Max(a, b);
        for (int i = lo; i < hi; i++)
            if (text[i] is ';' or '.' or ':') return false;
        return hi - lo < 120;
    }

    /// <summary>Day number of the first day of a (partial) ISO date: 2019-04 → 2019-04-01; null when not a date.</summary>
    internal static double? ParseDay(string value) => ParseRange(value)?.First;

    /// <summary>First and last day numbers of a (partial) ISO date: 2019-04 → 1–30 April 2019.</summary>
    internal static (double First, double Last)? ParseRange(string value)
    {
        var v = value.Length >= 10 ? value[..10] : value;
        var ci = CultureInfo.InvariantCulture;
        if (DateOnly.TryParseExact(v, "yyyy-MM-dd", ci, DateTimeStyles.None, out var d)) return (d.DayNumber, d.DayNumber);
        if (DateOnly.TryParseExact(v, "yyyy-MM", ci, DateTimeStyles.None, out d)) return (d.DayNumber, d.AddMonths(1).DayNumber - 1);
        if (DateOnly.TryParseExact(v, "yyyy", ci, DateTimeStyles.None, out d)) return (d.DayNumber, d.AddYears(1).DayNumber - 1);
        return null;
    }
}
