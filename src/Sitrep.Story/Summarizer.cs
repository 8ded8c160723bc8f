using System.Collections.Immutable;
using Sitrep.Core;

namespace Sitrep.Story;

/// <summary>
/// An extractive summary: the sentence that tells the main event, then one attributed sentence per reacting
/// side (its most specific stance first), then the firmest outlook. Every sentence is quoted from the text and
/// its span kept in <see cref="StoryAnalysis.SummarySources"/>, so the summary is traceable.
/// </summary>
internal static class Summarizer
{
    internal const int MaxSentences = 5;
    internal const int MinSentenceLength = 30;

    public static (string Summary, ImmutableArray<TextSpan> Sources) Summarize(
        StoryContext ctx, ImmutableArray<Reaction> reactions, ImmutableArray<OutlookItem> outlook)
    {
        var chosen = new List<TextSpan>();

        bool Add(int position, int budget)
        {
            if (chosen.Count >= budget) return false;
            var s = ctx.Document.SentenceAt(position);
            if (s is null) return false;
            var (a, b) = TextMatch.TrimSpan(ctx.Text, s.Span.Start, s.Span.End, " \t\r\n");
            if (b - a < MinSentenceLength) return false;
            // A quotation that runs on into the next sentences ("said: “India has shown restraint. We acted …”") is
            // taken whole, so the summary never leaves a quotation mark open; one that runs on too long is skipped.
            for (int more = 0; OpensQuote(ctx.Text.AsSpan(a, b - a)); more++)
            {
                if (more == MaxQuoteSentences || ctx.Document.Sentences.FirstOrDefault(x => x.Span.Start >= b) is not { } next) return false;
                b = TextMatch.TrimSpan(ctx.Text, next.Span.Start, next.Span.End, " \t\r\n").Item2;
            }
            var span = new TextSpan(a, b);
            if (chosen.Any(c => c.Overlaps(span))) return false;
            chosen.Add(span);
            return true;
        }

        // The firmest forward-looking statement the article makes in its own voice closes the summary; keep room for it.
        var look = outlook.Where(o => o.SourceEntityId is null).OrderByDescending(o => o.Likelihood).FirstOrDefault()
            ?? outlook.OrderByDescending(o => o.Likelihood).FirstOrDefault();
        int budget = look is null ? MaxSentences : MaxSentences - 1;

        // The lede (news puts the news first: the first full declarative sentence), then the main event if elsewhere.
        var lede = ctx.Sentences.FirstOrDefault(s => IsLede(ctx, s));
        if (lede is not null) Add(lede.Span.Start, budget);
        if (ctx.MainEvent is { } main) Add(main.Span.Start, budget);

        // One sentence per side: the first words of the side's most active actor (most quotes and acts; ties to
        // the one the text gives first), since an article gives most room to the reaction it cares about.
        foreach (var side in reactions.GroupBy(r => r.Side))
        {
            var actors = side.SelectMany(r => r.Actors).Distinct().ToList();
            var quotes = side.SelectMany(r => r.Quotes).Select(id => ctx.Document.Quotes.FirstOrDefault(q => q.Id == id)).OfType<Quote>().ToList();
            var events = side.SelectMany(r => r.Events).Select(id => ctx.Document.Events.FirstOrDefault(e => e.Id == id)).OfType<PoliticalEvent>().ToList();
            var top = actors
                .Select(a => (Actor: a,
                    Count: quotes.Count(q => q.SpeakerEntityId == a) + events.Count(e => e.Source?.EntityId == a),
                    First: quotes.Where(q => q.SpeakerEntityId == a).Select(q => q.Span.Start)
                        .Concat(events.Where(e => e.Source?.EntityId == a).Select(e => e.Span.Start)).DefaultIfEmpty(int.MaxValue).Min()))
                .OrderByDescending(x => x.Count).ThenBy(x => x.First)
                .Select(x => x.Actor).FirstOrDefault();
            // The actor's first quote, else its first act; a later one when that sentence can't be used (too short,
            // already chosen, or a quotation running on over paragraphs).
            var positions = quotes.Where(q => top is null || q.SpeakerEntityId == top).OrderBy(q => q.Span.Start).Select(AttributionPosition)
                .Concat(events.Where(e => top is null || e.Source?.EntityId == top).OrderBy(e => e.Span.Start).Select(e => e.Span.Start));
            foreach (int position in positions)
                if (Add(position, budget)) break;
        }

        if (look is not null) Add(look.Span.Start, MaxSentences);

        var sources = chosen.ToImmutableArray();
        var summary = string.Join(" ", sources.Select(s => TextMatch.Squeeze(s.Of(ctx.Text))));
        return (summary, sources);
    }

    /// <summary>How many sentences after the chosen one a quotation may run on for the sentence to be used.</summary>
    internal const int MaxQuoteSentences = 3;

    /// <summary>
    /// True when the text leaves a quotation open: more curly opening than closing marks, or an odd number of
    /// straight double quotes.
    /// </summary>
    internal static bool OpensQuote(ReadOnlySpan<char> text)
    {
        int open = 0, straight = 0;
        foreach (char c in text)
        {
            if (c == '\u201C') open++;
            else if (c == '\u201D') open--;
            else if (c == '"') straight++;
        }
        return open > 0 || straight % 2 == 1;
    }

    /// <summary>A lede: a full declarative sentence, not a headline, caption or question.</summary>
    private static bool IsLede(StoryContext ctx, Sentence s)
    {
        var (a, b) = TextMatch.TrimSpan(ctx.Text, s.Span.Start, s.Span.End, " \t\r\n");
        if (b - a < 60) return false;
        char last = ctx.Text[b - 1];
        if (last is not ('.' or '"' or '\u201D' or '\'')) return false;
        // Headlines capitalise most words; prose does not.
        var words = ctx.Text[a..b].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Count(w => char.IsLower(w[0])) * 2 >= words.Length;
    }

    /// <summary>Where a quote is attributed (its cue or speaker), so the chosen sentence names who spoke.</summary>
    private static int AttributionPosition(Quote q) => q.CueSpan?.Start ?? q.SpeakerSpan?.Start ?? q.Span.Start;
}
