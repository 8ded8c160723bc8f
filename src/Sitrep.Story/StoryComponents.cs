using Sitrep.Core;

namespace Sitrep.Story;

/// <summary>The story stage: reactions by side, advisories, timeline, outlook, tension per dyad and a summary.</summary>
public static class StoryComponents
{
    /// <summary>
    /// The <c>story</c> component: needs sentences, entities, quotes, dates and events; adds
    /// <see cref="Layer.Story"/> (<see cref="Document.Story"/>).
    /// </summary>
    public static IPipelineComponent Story() => new StoryComponent(StoryLexicon.Default);
}

internal sealed class StoryComponent(StoryLexicon lexicon) : IPipelineComponent
{
    public ComponentInfo Info { get; } = new("story", "1.0.0",
        [Layer.Sentences, Layer.Entities, Layer.Quotes, Layer.Dates, Layer.Events], [Layer.Story]);

    public Document Process(Document document, CancellationToken cancellationToken = default)
    {
        var ctx = new StoryContext(document, lexicon);
        var advisories = AdvisoryFinder.Find(ctx, Info.Id);
        cancellationToken.ThrowIfCancellationRequested();
        var outlook = OutlookFinder.Find(ctx);
        var reactions = ReactionFinder.Find(ctx, advisories);
        var timeline = TimelineBuilder.Build(ctx);
        var tension = TensionScorer.Score(ctx);
        var (summary, sources) = Summarizer.Summarize(ctx, reactions, outlook);
        var story = new StoryAnalysis(Info.Id)
        {
            Reactions = reactions,
            Advisories = advisories,
            Timeline = timeline,
            Outlook = outlook,
            Tension = tension,
            Summary = summary,
            SummarySources = sources,
        };
        return (document with { Story = story }).ProducedBy(Info.Id, Layer.Story);
    }
}
