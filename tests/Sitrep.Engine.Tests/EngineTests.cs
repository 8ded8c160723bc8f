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
}
