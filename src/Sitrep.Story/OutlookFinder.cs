using System.Collections.Immutable;
using Sitrep.Core;

namespace Sitrep.Story;

/// <summary>
/// Forward-looking sentences and how likely the text says they are. The first likelihood cue of a sentence
/// governs it ("It's almost certain there will be … will likely …" is certain, not likely), because English
/// news puts the main-clause modal before the embedded ones; the cue lexicon is data/story/likelihood-cues.tsv.
/// </summary>
internal static class OutlookFinder
{
    public static ImmutableArray<OutlookItem> Find(StoryContext ctx)
    {
        var phrases = ctx.Lexicon.Likelihood.Select(c => c.Phrase).ToList();
        var byPhrase = ctx.Lexicon.Likelihood.ToDictionary(c => c.Phrase, StringComparer.Ordinal);
        var items = ImmutableArray.CreateBuilder<OutlookItem>();
        foreach (var s in ctx.Sentences)
        {
            if (Classify(ctx.Text, ctx.Folded, s.Span.Start, s.Span.End, phrases, byPhrase, ctx.Lexicon.ReportedFuture) is not { } hit) continue;
            if (StaleFutureInThePast(ctx, s, hit.Start, hit.End)) continue;
            var (start, end) = TextMatch.TrimSpan(ctx.Text, s.Span.Start, s.Span.End, " \t\r\n");
            if (end - start < 12) continue;
            var span = new TextSpan(start, end);
            string? source = ctx.QuoteAt(hit.Start)?.SpeakerEntityId;
            items.Add(new OutlookItem(TextMatch.Squeeze(span.Of(ctx.Text)), span, hit.Cue.Modality, hit.Cue.Likelihood, source)
            {
                Cue = ctx.Text[hit.Start..hit.End],
            });
        }
        return items.ToImmutable();
    }

    /// <summary>
    /// A backshifted modal (would, might, could) in a sentence whose every date lies over a week before publication
    /// ("In August, the agency announced that it would not vaccinate …", "a July 10 meeting when X told them they
    /// would need to …") tells what was foreseen then, not what the article foresees now.
    /// </summary>
    internal static bool StaleFutureInThePast(StoryContext ctx, Sentence s, int cueStart, int cueEnd)
    {
        if (ctx.Document.Article.Published is not { } pub) return false;
        var cue = ctx.Folded[cueStart..cueEnd];
        if (!(cue.StartsWith("would", StringComparison.Ordinal) || cue.StartsWith("might", StringComparison.Ordinal)
            || cue.StartsWith("could", StringComparison.Ordinal))) return false;
        int limit = DateOnly.FromDateTime(pub.UtcDateTime).DayNumber - 7;
        bool any = false;
        foreach (var t in ctx.Document.Dates)
        {
            if (!s.Span.Contains(t.Span.Start) || t.Value is null || t.Kind is "duration" or "set") continue;
            if (TimelineBuilder.ParseRange(t.Value) is not { } r) continue;
            if (r.Last >= limit) return false;
            any = true;
        }
        return any;
    }

    /// <summary>The governing likelihood cue of [start, end) and where it is, or null when the text states no likelihood.</summary>
    internal static (LikelihoodCue Cue, int Start, int End)? Classify(string text, string folded, int start, int end,
        IReadOnlyList<string> phrases, IReadOnlyDictionary<string, LikelihoodCue> byPhrase, IReadOnlyList<string>? reportedFuture = null)
    {
        int from = start;
        while (from < end)
        {
            var hit = TextMatch.FindFirst(folded, phrases, from, end);
            if (hit is null) return null;
            var (s, e, phrase) = hit.Value;
            // A capitalised cue inside the sentence is a name (May, Will), not a modal.
            if (char.IsUpper(text[s]) && !IsSentenceInitial(text, start, s))
            {
                from = s + 1;
                continue;
            }
            // Habit, wish and comparison ("would typically", "would like", "least likely") state no likelihood.
            if (byPhrase[phrase].Modality == "none")
            {
                from = e;
                continue;
            }
            // "X said (that) Y would …" reports a "will": read it so.
            if (phrase == "would" && byPhrase.TryGetValue("will", out var will) && ReportsFuture(folded, start, s, reportedFuture))
                return (will, s, e);
            return (byPhrase[phrase], s, e);
        }
        return null;
    }

    /// <summary>Whether a reporting verb precedes <paramref name="cue"/> in the sentence, with at most "that" and a subject between.</summary>
    private static bool ReportsFuture(string folded, int sentenceStart, int cue, IReadOnlyList<string>? verbs)
    {
        if (verbs is null) return false;
        int from = Math.Max(sentenceStart, cue - 80);
        foreach (var v in verbs)
            foreach (var (_, e) in TextMatch.FindAll(folded, v, from, cue))
                if (folded.AsSpan(e, cue - e).IndexOfAny(".;:\"") < 0) return true;
        return false;
    }

    private static bool IsSentenceInitial(string text, int sentenceStart, int pos)
    {
        for (int i = sentenceStart; i < pos; i++)
            if (char.IsLetterOrDigit(text[i])) return false;
        return true;
    }
}
