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
    [Fact]
    public void SummaryNeverLeavesAQuotationOpen()
    {
        // Kovac's first quote runs on over a paragraph break (the convention: the paragraph ends with no closing
        // mark and the next one reopens); the summary takes her next statement instead.
        const string text =
            "Ruritanian forces shelled the border town of Vale on Tuesday, killing 12 civilians and wounding dozens more.\n\n" +
            "Bordurian Foreign Minister Anna Kovac said: “We have shown restraint for many years. We acted only in defence.\n\n" +
            "“We will not be provoked again, whatever the cost to us.”\n\n" +
            "Later on Tuesday, Anna Kovac condemned the attack as “a war crime” in a statement to reporters.";
        var doc = StoryComponents.Story().Process(new StoryDocs(text, StoryFixture.Published)
            .Entity("E1", EntityType.Gpe, "RUR", "RUR", "Ruritanian forces")
            .Entity("E3", EntityType.Person, "BRD", "BRDGOV", "Anna Kovac")
            .Quote("Q1", "We have shown restraint for many years", "E3", "say", QuoteKind.Direct, "Anna Kovac")
            .Quote("Q2", "a war crime", "E3", "condemn", QuoteKind.Mixed, "Anna Kovac")
            .Event("V1", "Ruritanian forces shelled the border town of Vale on Tuesday, killing 12 civilians", "shelled", "195", -10, 4, "E1", "RURMIL", null, "BRD")
            .Event("V2", "Anna Kovac condemned the attack as “a war crime”", "condemned", "111", -2, 3, "E3", "BRDGOV", "E1", "RUR")
            .Build());
        var summary = doc.Story!.Summary;
        Assert.Contains("condemned the attack as “a war crime”", summary);
        Assert.DoesNotContain("restraint", summary);
        Assert.False(Summarizer.OpensQuote(summary), summary);
    }

    [Theory]
    [InlineData("He said: “We acted. We will act again.”", false)]
    [InlineData("He said: “We acted.", true)]
    [InlineData("He called it \"a crime\" and left.", false)]
    [InlineData("He said: \"We acted.", true)]
    public void OpensQuoteCountsCurlyAndStraightMarks(string text, bool open) => Assert.Equal(open, Summarizer.OpensQuote(text));
}
