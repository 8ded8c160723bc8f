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
            if (!Happened(e) || ForeseenOnly(ctx, e)) continue;
            keyed.Add((KeyOf(ctx, e), e.Span.Start, e, ctx.Document.SentenceAt(e.Span.Start)));
        }

        // Background facts: a date that dates none of its sentence's events ("The treaty was signed in 1987.",
        // "accused militants of last week's attack"), unless the sentence looks ahead (a meeting "would be held").
        var backgroundSpans = new Dictionary<TimeExpression, TextSpan>();
        foreach (var t in ctx.Document.Dates)
        {
            var s = ctx.Document.SentenceAt(t.Span.Start);
            if (t.Value is null || t.Kind is "duration" or "set" || s is null) continue;
            if (Place(t.Value, ReferenceDay(ctx) + Shift(ctx, s.Span.Start, t.Span.Start)) is not { } day) continue;
            var inSentence = keyed.Where(k => k.Sentence == s).ToList();
            if (inSentence.Any(k => k.Key.Date == t.Value)) continue;
            if (LooksAhead(ctx, s) || !HasPredicate(ctx, s) || DatesTheReport(ctx, s, t)) continue;
            // A date that starts after publication is a deadline or a plan ("recommendations by the end of 2020"), not a past fact.
            if (ctx.Document.Article.Published is { } pub && ParseRange(t.Value) is { } range
                && range.First > DateOnly.FromDateTime(pub.UtcDateTime).DayNumber) continue;
            keyed.Add((new TimeKey(day, t.Value), t.Span.Start, null, s));
            // Sharing a sentence with other items, the fact runs from its date to the end of the sentence.
            if (inSentence.Count > 0) backgroundSpans[t] = new TextSpan(t.Span.Start, s.Span.End);
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
            else if (events.Count > 0)
                span = events.Select(e => e.Span).Aggregate((a, b) => a.Cover(b));
            else
            {
                var t = ctx.Document.Dates.FirstOrDefault(d => d.Span.Start == first.Pos);
                var (a, b) = t is not null && backgroundSpans.TryGetValue(t, out var bs)
                    ? TextMatch.TrimSpan(ctx.Text, bs.Start, bs.End) : (first.Sentence!.Span.Start, first.Sentence.Span.End);
                span = new TextSpan(a, b);
            }
            string? date = g.Select(k => k.Key.Date).FirstOrDefault(d => d is not null);
            items.Add((first.Key.Day, g.Min(k => k.Pos), date, TextMatch.Squeeze(span.Of(ctx.Text)), span, [.. events.Select(e => e.Id)]));
        }

        return [.. items
            .OrderBy(i => i.Day).ThenBy(i => i.Pos)
            .Select((i, n) => new TimelineItem(n + 1, i.Date, i.Text, i.Span, i.Events))];
    }

    /// <summary>
    /// A fact needs something that happened: a verb or auxiliary. A dateline ("MANILA, Aug. 19 (Reuters) —") or a
    /// caption date names when the report was filed, which is no background.
    /// </summary>
    private static bool HasPredicate(StoryContext ctx, Sentence s)
    {
        var tokens = ctx.Document.Tokens;
        if (tokens.IsDefaultOrEmpty || s.EndToken > tokens.Length || tokens[s.FirstToken].Upos is null) return true;
        for (int i = s.FirstToken; i < s.EndToken; i++)
            if (tokens[i].Upos is "VERB" or "AUX") return true;
        return false;
    }

    /// <summary>
    /// A date that closes its sentence right after a reporting verb ("…, said Amnesty on Tuesday, November 19.",
    /// "…, Kan reported on Wednesday.") in the week before publication tells when the report was made, not when a
    /// past fact happened.
    /// </summary>
    internal static bool DatesTheReport(StoryContext ctx, Sentence s, TimeExpression t)
    {
        var text = ctx.Text;
        // A report is news: its date lies in the week before publication ("the panel had reported on pay in 2030" is a fact).
        if (ctx.Document.Article.Published is { } pub && ParseRange(t.Value!) is { } range
            && (range.Last < DateOnly.FromDateTime(pub.UtcDateTime).DayNumber - 7 || range.First > DateOnly.FromDateTime(pub.UtcDateTime).DayNumber))
            return false;
        // Only punctuation, or the rest of the same date told as a second expression ("Tuesday" + ", November 19"), follows.
        for (int i = t.Span.End; i < s.Span.End; i++)
        {
            if (ctx.Document.Dates.FirstOrDefault(d => d.Span.Start == i && d.Span.End <= s.Span.End) is { } next)
            {
                i = next.Span.End - 1;
                continue;
            }
            if (char.IsLetterOrDigit(text[i])) return false;
        }
        // The clause before it, reaching over an earlier part of the same date ("on Tuesday, | November 19").
        int lo = t.Span.Start;
        while (true)
        {
            int end = lo;
            while (lo > s.Span.Start && text[lo - 1] is not (',' or ';' or ':' or '\u2013' or '\u2014')) lo--;
            if (!string.IsNullOrWhiteSpace(text[lo..end]) || lo - 1 <= s.Span.Start) break;
            var before = ctx.Document.Dates.FirstOrDefault(d => d.Span.End == lo - 1 && d.Span.Start >= s.Span.Start);
            if (before is null) break;
            lo = before.Span.Start;
        }
        var words = ctx.Folded[lo..t.Span.Start].Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries);
        return words.Any(w => ctx.Lexicon.ReportedFuture.Contains(w));
    }

    private static bool LooksAhead(StoryContext ctx, Sentence s)
    {
        var phrases = ctx.Lexicon.Likelihood.Select(c => c.Phrase).ToList();
        var byPhrase = ctx.Lexicon.Likelihood.ToDictionary(c => c.Phrase, StringComparer.Ordinal);
        return OutlookFinder.Classify(ctx.Text, ctx.Folded, s.Span.Start, s.Span.End, phrases, byPhrase) is not null;
    }

    internal static bool Happened(PoliticalEvent e) =>
        e.Modality is not (Modality.Future or Modality.Hypothetical or Modality.Negated or Modality.Threatened);

    /// <summary>
    /// An event a likelihood cue governs in its own clause ("a military response is likely within days",
    /// "a wider conflict could follow") is foreseen, whatever modality it was coded with: it belongs to the outlook.
    /// Clause edges (punctuation, dashes, "which", "that") keep "killed X – an act which could …" a fact.
    /// </summary>
    internal static bool ForeseenOnly(StoryContext ctx, PoliticalEvent e)
    {
        int anchor = e.TriggerSpan?.Start ?? e.Span.Start;
        var s = ctx.Document.SentenceAt(anchor);
        if (s is null) return false;
        int lo = anchor, hi = anchor;
        while (lo > s.Span.Start && !IsClauseEdge(ctx, lo - 1)) lo--;
        while (hi < s.Span.End && !IsClauseEdge(ctx, hi)) hi++;
        var phrases = ctx.Lexicon.Likelihood.Select(c => c.Phrase).ToList();
        var byPhrase = ctx.Lexicon.Likelihood.ToDictionary(c => c.Phrase, StringComparer.Ordinal);
        return OutlookFinder.Classify(ctx.Text, ctx.Folded, lo, hi, phrases, byPhrase) is not null;
    }

    private static bool IsClauseEdge(StoryContext ctx, int i)
    {
        char c = ctx.Text[i];
        if (c is ',' or ';' or ':' or '(' or ')' or '\u2013' or '\u2014' or '"' or '\u201C' or '\u201D') return true;
        foreach (var w in ClauseWords)
            if (TextMatch.MatchAt(ctx.Folded, i, w) > 0) return true;
        return false;
    }

    private static readonly string[] ClauseWords = ["which", "that", "who", "while", "but", "after", "before", "because"];

    /// <summary>The reference day undated events are placed against: the main event's date, else publication, else 0.</summary>
    /// <summary>
    /// The day undated events are placed on: publication (news tells what is new), else the main event's date.
    /// </summary>
    internal static double ReferenceDay(StoryContext ctx)
    {
        if (ctx.Document.Article.Published is { } p) return DateOnly.FromDateTime(p.UtcDateTime).DayNumber;
        if (ctx.MainEvent?.Date?.Value is { } v && ParseDay(v) is { } d) return d;
        return 0;
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
        // ISO week (2026-W46): Monday to Sunday.
        if (v.Length >= 8 && v[4] == '-' && v[5] == 'W' && int.TryParse(v.AsSpan(0, 4), NumberStyles.None, ci, out int y)
            && int.TryParse(v.AsSpan(6, 2), NumberStyles.None, ci, out int w) && w is >= 1 and <= 53 && w <= ISOWeek.GetWeeksInYear(y))
        {
            var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(y, w, DayOfWeek.Monday));
            return (monday.DayNumber, monday.DayNumber + 6);
        }
        return null;
    }
}
