using System.Collections.Immutable;
using Sitrep.Core;

namespace Sitrep.Story;

/// <summary>
/// Who reacted to the main event, grouped by side (the ISO-3 country of the speaker or actor) and stance.
/// A reaction is a quote, an act (an event whose source is the actor, told as happening, not inside someone
/// else's words) or an advisory issued on or after the main event's day. Each actor gets the most specific
/// stance its evidence shows (data/story/stances.tsv), read from quote content, cue lemmas and CAMEO codes.
/// </summary>
internal static class ReactionFinder
{
    private sealed class ActorEvidence(string side, string? actor, int position)
    {
        public string Side { get; } = side;
        public string? Actor { get; } = actor;
        public int Position { get; set; } = position;
        public List<string> Stances { get; } = [];
        public List<string> Quotes { get; } = [];
        public List<string> Events { get; } = [];
    }

    /// <summary>A report (cue "report") whose speaker is a news medium (a MED role in its CAMEO code: USAMED, IRNMED).</summary>
    internal static bool IsNewsReport(StoryContext ctx, Quote q)
    {
        if (q.Cue != "report" || q.SpeakerEntityId is not { } id) return false;
        var code = ctx.Document.Entities.FirstOrDefault(e => e.Id == id)?.Cameo;
        if (code is null) return false;
        for (int i = 0; i + 3 <= code.Length; i += 3)
            if (code.AsSpan(i, 3).SequenceEqual("MED")) return true;
        return false;
    }

    public static ImmutableArray<Reaction> Find(StoryContext ctx, ImmutableArray<Advisory> advisories)
    {
        var lx = ctx.Lexicon;
        var main = ctx.MainEvent;
        double mainDay = main is null ? double.NegativeInfinity : TimelineBuilder.KeyOf(ctx, main).Day;
        var mainSentence = main is null ? null : ctx.Document.SentenceAt(main.Span.Start);
        var byActor = new Dictionary<string, ActorEvidence>(StringComparer.Ordinal);
        var mainSides = new HashSet<string>(StringComparer.Ordinal);
        if (main is not null)
            foreach (var side in new[] { ctx.SideOf(main.Source), ctx.SideOf(main.Target) })
                if (side is not null) mainSides.Add(side);

        ActorEvidence For(string side, string? actor, string fallbackKey, int pos)
        {
            var key = actor ?? fallbackKey;
            if (!byActor.TryGetValue(key, out var ev)) byActor[key] = ev = new ActorEvidence(side, actor, pos);
            ev.Position = Math.Min(ev.Position, pos);
            return ev;
        }

        foreach (var q in ctx.Document.Quotes)
        {
            if (ctx.SideOf(q.SpeakerEntityId) is not { } side) continue;
            // Words reported about an earlier time ("in April, X said …") are background, not reaction.
            if (SaysEarlier(ctx, q)) continue;
            // A news outlet reporting ("an Associated Press journalist reported hearing gunfire") is a source, not a party reacting.
            if (IsNewsReport(ctx, q)) continue;
            var ev = For(side, q.SpeakerEntityId, q.Id, q.Span.Start);
            ev.Quotes.Add(q.Id);
            ev.Stances.Add(StanceOfQuote(ctx, q));
        }

        foreach (var e in ctx.Document.Events)
        {
            if (main is not null && (e.Id == main.Id || (mainSentence is not null && mainSentence.Span.Contains(e.Span.Start)))) continue;
            if ((!TimelineBuilder.Happened(e) && e.Modality != Modality.Threatened) || TimelineBuilder.ForeseenOnly(ctx, e)) continue;
            if (ctx.SideOf(e.Source) is not { } side) continue;
            // An event inside someone else's words is what they say happened, not an act of its source.
            if (e.AttributedTo is { } qid && ctx.Document.Quotes.FirstOrDefault(q => q.Id == qid) is { } quote
                && quote.SpeakerEntityId != e.Source?.EntityId) continue;
            if (main is not null && TimelineBuilder.KeyOf(ctx, e).Day < mainDay) continue;
            // An act reacts to the main event when it is aimed at one of its sides, or goes with the actor's own words
            // ("Khamenei said 'severe revenge awaits'"); "Russia and Iran have been allies of Assad" is background.
            if (main is not null && !mainSides.Contains(ctx.SideOf(e.Target) ?? "")
                && !ctx.Document.Quotes.Any(q => q.SpeakerEntityId is not null && q.SpeakerEntityId == e.Source?.EntityId
                    && ctx.Document.SentenceAt(q.Span.Start) == ctx.Document.SentenceAt(e.Span.Start))) continue;
            var ev = For(side, e.Source?.EntityId, "code:" + (e.Source?.Code ?? side), e.Span.Start);
            ev.Events.Add(e.Id);
            ev.Stances.Add(e.Modality == Modality.Threatened ? "threaten" : StanceOfEvent(ctx, e));
        }

        foreach (var a in advisories)
        {
            if (a.IssuerEntityId is not { } issuer || ctx.SideOf(issuer) is not { } side) continue;
            var ev = For(side, issuer, issuer, a.Span.Start);
            ev.Stances.Add("advise");
        }

        var groups = byActor.Values
            .Select(ev => (ev, Stance: BestStance(lx, ev.Stances)))
            .GroupBy(x => (x.ev.Side, x.Stance))
            .Select(g => (g.Key.Side, g.Key.Stance, Pos: g.Min(x => x.ev.Position), Items: g.OrderBy(x => x.ev.Position).Select(x => x.ev).ToList()))
            .ToList();
        var sideOrder = groups.GroupBy(g => g.Side).ToDictionary(g => g.Key, g => g.Min(x => x.Pos));
        return [.. groups
            .OrderBy(g => sideOrder[g.Side]).ThenBy(g => g.Pos)
            .Select(g => new Reaction(g.Side,
                [.. g.Items.Where(i => i.Actor is not null).Select(i => i.Actor!).Distinct()],
                g.Stance,
                [.. g.Items.SelectMany(i => i.Quotes).Distinct()],
                [.. g.Items.SelectMany(i => i.Events).Distinct()]))];
    }

    private static bool SaysEarlier(StoryContext ctx, Quote q)
    {
        var s = ctx.Document.SentenceAt(q.Span.Start);
        return s is not null && TimelineBuilder.Shift(ctx, s.Span.Start, q.Span.End) < 0;
    }

    /// <summary>
    /// The stance most of the evidence shows, ties to the most specific; "comment" only when nothing else was
    /// found. A majority, not the single most specific, so one code such as "threaten" for a verb of warning
    /// does not outvote two quotes that warn.
    /// </summary>
    internal static string BestStance(StoryLexicon lx, IEnumerable<string> stances)
    {
        var list = stances.ToList();
        if (list.Count > 1 && list.Any(s => s != "comment")) list.RemoveAll(s => s == "comment");
        return list.GroupBy(s => s, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => lx.RankOf(g.Key))
            .Select(g => g.Key).FirstOrDefault() ?? "comment";
    }

    /// <summary>
    /// A quote's stance: its cue when the cue has one ("slammed", "alleged", "warned" say how the words are
    /// meant), else what its words say ("said 'severe revenge awaits'"), else comment.
    /// </summary>
    internal static string StanceOfQuote(StoryContext ctx, Quote q)
    {
        if (q.Cue is { } cue && ctx.Lexicon.CueStances.TryGetValue(cue, out var st)) return st;
        var spans = q.ContentSpans.IsDefaultOrEmpty ? [q.Span] : q.ContentSpans;
        var hits = new List<string>();
        foreach (var span in spans) hits.AddRange(ContentHits(ctx, span.Start, span.End));
        return hits.Count > 0 ? BestStance(ctx.Lexicon, hits) : "comment";
    }

    /// <summary>
    /// An event's stance: its CAMEO code; its words only when the code says no more than "made a statement"
    /// (an event's clause can hold another actor's words, so they must not override a real code).
    /// </summary>
    internal static string StanceOfEvent(StoryContext ctx, PoliticalEvent e)
    {
        var fromCode = ctx.Lexicon.StanceOfCameo(e.Cameo.Code);
        if (fromCode is not (null or "comment")) return fromCode;
        return ContentStance(ctx, e.Span.Start, e.Span.End) ?? "comment";
    }

    /// <summary>The content stance of [start, end): the one with most cue words, ties to the most specific; null when none.</summary>
    internal static string? ContentStance(StoryContext ctx, int start, int end)
    {
        var hits = ContentHits(ctx, start, end);
        return hits.Count == 0 ? null : BestStance(ctx.Lexicon, hits);
    }

    /// <summary>One stance per content cue occurrence in [start, end).</summary>
    private static List<string> ContentHits(StoryContext ctx, int start, int end)
    {
        var hits = new List<string>();
        foreach (var (phrase, stance) in ctx.Lexicon.ContentStances)
            foreach (var _ in TextMatch.FindAll(ctx.Folded, phrase, start, end)) hits.Add(stance);
        return hits;
    }
}
