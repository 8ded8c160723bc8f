using Sitrep.Core;
using Sitrep.Testing;

namespace Sitrep.Engine.Tests;

public class EngineTests
{
    [Fact]
    public void DefaultPipelineRunsEveryStageInOrder()
    {
        var names = SitrepEngine.Default.Pipeline.Components.Select(c => c.Name).ToArray();
        Assert.Equal(SitrepEngine.DefaultComponents.Length, names.Length);
        Assert.Equal("story", names[^1]);
    }

    [Fact]
    public void AComponentOutOfOrderIsRejectedWhenThePipelineIsBuilt()
    {
        var ex = Assert.Throws<SitrepException>(() => SitrepEngine.Create(["tokenizer", "quotes"]));
        Assert.Equal("E101", ex.Error.Code);
    }

    [Fact]
    public void AnUnknownComponentNamesTheAvailableOnes()
    {
        var ex = Assert.Throws<SitrepException>(() => SitrepEngine.Create(["tokenizer", "sentiment"]));
        Assert.Equal("E102", ex.Error.Code);
        Assert.Contains("entities", ex.Error.Message);
    }

    [Fact]
    public void TheOwnSampleIsExplainedWithQuotesAdvisoryAndReactions()
    {
        var path = SharedData.SamplePath("border-crisis.html");
        var result = Assert.Single(SitrepEngine.Default.Explain(new RawInput(path, File.ReadAllBytes(path))));
        Assert.True(result.IsSuccess, result.Error?.ToString());
        var doc = result.Value!;
        Assert.StartsWith("Pakistan vows response", doc.Article.Title);
        Assert.NotEmpty(doc.Quotes);
        Assert.NotEmpty(doc.Events);
        Assert.NotNull(doc.Story);
        Assert.NotEmpty(doc.Story!.Advisories);
        Assert.Contains(doc.Story.Advisories.SelectMany(a => a.Contacts), c => c.Kind == "email");
        Assert.NotEmpty(doc.Story.Reactions);
    }

    [Fact]
    public void ABadDocumentIsAValueNotAnException()
    {
        var result = Assert.Single(SitrepEngine.Default.Explain(new RawInput("empty.txt", [])));
        Assert.False(result.IsSuccess);
        Assert.Equal("E002", result.Error!.Code);
    }

    [Fact]
    public void AWireDatelineOpensNoQuoteEventOrTimelineItem()
    {
        const string text = "HARBOURTON, Aug. 19 (Wire) — Ruritanian soldiers shelled a border post on Monday, the Borduvian army said.\n\n"
            + "The Borduvian defence minister condemned the attack.";
        var article = new Article
        {
            Id = "dateline", Text = text, Paragraphs = Article.ParagraphsOf(text),
            Published = new DateTimeOffset(2031, 8, 19, 0, 0, 0, TimeSpan.Zero),
        };
        var result = SitrepEngine.Default.Run(article);
        Assert.True(result.IsSuccess, result.Error?.ToString());
        var doc = result.Value!;
        int lead = text.IndexOf("Ruritanian", StringComparison.Ordinal);
        Assert.Equal(lead, doc.Sentences[1].Span.Start);
        var quote = Assert.Single(doc.Quotes, q => q.Cue == "say");
        Assert.Equal(lead, quote.Span.Start);
        Assert.All(doc.Events, e => Assert.True(e.Span.Start >= lead, $"event at {e.Span.Start}"));
        Assert.DoesNotContain(doc.Story!.Timeline, t => t.Text.StartsWith("HARBOURTON", StringComparison.Ordinal));
    }
}
