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

        void Add(int position)
        {
            if (chosen.Count >= MaxSentences) return;
            var s = ctx.Document.SentenceAt(position);
            if (s is null) return;
            var (a, b) = TextMatch.TrimSpan(ctx.Text, s.Span.Start, s.Span.End, " \t\r\n");
            if (b - a < MinSentenceLength) return;
            var span = new TextSpan(a, b);
            if (!chosen.Any(c => c.Overlaps(span))) chosen.Add(span);
        }

        // The lede: the main event, else the first sentence long enough to say something.
        if (ctx.MainEvent is { } main) Add(main.Span.Start);
        else if (ctx.Sentences.FirstOrDefault(s => s.Span.Length >= 60) is { } lede) Add(lede.Span.Start);

        // One sentence per side, from its first group (groups come in text order within a side).
        foreach (var side in reactions.GroupBy(r => r.Side))
        {
            var r = side.OrderBy(x => ctx.Lexicon.RankOf(x.Stance)).First();
            if (r.Quotes.FirstOrDefault() is { } qid && ctx.Document.Quotes.FirstOrDefault(q => q.Id == qid) is { } quote)
                Add(AttributionPosition(quote));
            else if (r.Events.FirstOrDefault() is { } eid && ctx.Document.Events.FirstOrDefault(e => e.Id == eid) is { } ev)
                Add(ev.Span.Start);
        }

        // The firmest forward-looking statement the article makes in its own voice.
        var look = outlook.Where(o => o.SourceEntityId is null).OrderByDescending(o => o.Likelihood).FirstOrDefault()
            ?? outlook.OrderByDescending(o => o.Likelihood).FirstOrDefault();
        if (look is not null) Add(look.Span.Start);

        var sources = chosen.ToImmutableArray();
        var summary = string.Join(" ", sources.Select(s => TextMatch.Squeeze(s.Of(ctx.Text))));
        return (summary, sources);
    }

    /// <summary>Where a quote is attributed (its cue or speaker), so the chosen sentence names who spoke.</summary>
    private static int AttributionPosition(Quote q) => q.CueSpan?.Start ?? q.SpeakerSpan?.Start ?? q.Span.Start;
}
