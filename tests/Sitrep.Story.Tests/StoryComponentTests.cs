using Sitrep.Core;

namespace Sitrep.Story.Tests;

public class StoryComponentTests
{
    [Fact]
    public void DeclaresItsLayersAndStampsTheStory()
    {
        var c = StoryComponents.Story();
        Assert.Equal("story", c.Info.Name);
        Assert.Equal([Layer.Story], c.Info.Produces.ToArray());
        Assert.Contains(Layer.Events, c.Info.Requires);
        var doc = c.Process(StoryFixture.Builder().Build());
        Assert.True(doc.Has(Layer.Story));
        Assert.Equal(c.Info.Id, doc.Story!.Producer);
        Assert.Equal(c.Info.Id, doc.Producers[Layer.Story]);
    }

    [Fact]
    public void SummaryIsTraceableToSentencesOfTheText()
    {
        var doc = StoryComponents.Story().Process(StoryFixture.Builder().Build());
        var story = doc.Story!;
        Assert.NotEmpty(story.SummarySources);
        Assert.StartsWith("Ruritanian forces shelled", story.Summary);
        foreach (var s in story.SummarySources)
            Assert.True(story.Summary.Contains(s.Of(doc.Text), StringComparison.Ordinal), $"'{s.Of(doc.Text)}' not in '{story.Summary}'");
        Assert.Contains("Kovac condemned the attack", story.Summary);  // the side's most active actor, the first on a tie
        Assert.Contains("Further clashes are likely", story.Summary);
    }

    [Fact]
    public void ADocumentWithNothingToSayGivesAnEmptyStory()
    {
        var doc = StoryComponents.Story().Process(new StoryDocs("Nothing happened here today at all, really.").Build());
        var s = doc.Story!;
        Assert.Empty(s.Reactions);
        Assert.Empty(s.Advisories);
        Assert.Empty(s.Tension);
        Assert.Empty(s.Outlook);
    }

    [Fact]
    public void LexiconsLoadFromTheAssembly()
    {
        var lx = StoryLexicon.Default;
        Assert.Contains(lx.Likelihood, c => c.Phrase == "almost certain" && c.Likelihood >= 0.85);
        Assert.Equal("threaten", lx.StanceOfCameo("138"));
        Assert.Equal("condemn", lx.StanceOfCameo("111"));
        Assert.Equal("accuse", lx.StanceOfCameo("112"));
        Assert.True(lx.ModalityWeight(Modality.Asserted) > lx.ModalityWeight(Modality.Hypothetical));
        Assert.True(lx.RankOf("threaten") < lx.RankOf("comment"));
    }
}
