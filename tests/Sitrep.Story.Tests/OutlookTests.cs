using Sitrep.Core;
using Sitrep.Testing;

namespace Sitrep.Story.Tests;

public class OutlookTests
{
    private static OutlookItem? Only(string text)
    {
        var ctx = new StoryContext(StoryDocs.SentencesOnly(text), StoryLexicon.Default);
        var items = OutlookFinder.Find(ctx);
        return items.Length == 0 ? null : items[0];
    }

    [Fact]
    public void AlmostCertainIsCertainEvenWhenAWeakerCueFollows()
    {
        var o = Only("Observers say it is almost certain that the truce will collapse, and that fighting will likely resume by spring.");
        Assert.NotNull(o);
        Assert.Equal("certain", o.Modality);
        Assert.True(o.Likelihood >= 0.85);
        Assert.Equal("almost certain", o.Cue);
    }

    [Theory]
    [InlineData("The negotiations could resume in Geneva next month.", "possible", 0.3, 0.5)]
    [InlineData("A new round of talks is likely before the end of the year.", "likely", 0.6, 0.8)]
    [InlineData("The minister is expected to resign after the vote.", "likely", 0.6, 0.8)]
    [InlineData("A breakthrough is unlikely while the blockade continues.", "unlikely", 0.0, 0.3)]
    [InlineData("The government will not reopen the crossing this week.", "unlikely", 0.0, 0.3)]
    [InlineData("The ministry said the border will reopen on Friday.", "likely", 0.6, 0.85)]
    [InlineData("To end the strike the council would have to raise wages.", "possible", 0.3, 0.6)]
    public void CuesMapToModalityAndLikelihood(string sentence, string modality, double min, double max)
    {
        var o = Only(sentence);
        Assert.NotNull(o);
        Assert.Equal(modality, o.Modality);
        Assert.InRange(o.Likelihood, min, max);
    }

    [Theory]
    [InlineData("Theresa May met the delegation in Brussels on Tuesday.")]
    [InlineData("The convoy reached the town after a long detour.")]
    [InlineData("Residents should leave the area before nightfall.")]
    [InlineData("The old general would typically walk to the ministry before dawn.")]
    [InlineData("The delegates would like more time to read the draft.")]
    [InlineData("The convoy may have been attacked at night.")]
    [InlineData("The unrest began over a levy that would have doubled the price of bread.")]
    [InlineData("Observers said the guards could have stopped the convoy at the bridge.")]
    [InlineData("Officials could not confirm how many people died in the fire at the depot.")]
    [InlineData("The ministry could not immediately say whether the convoy had crossed.")]
    public void SentencesWithoutAnEpistemicCueAreNotOutlook(string sentence) => Assert.Null(Only(sentence));

    [Theory]
    [InlineData("In March 2029, the ministry announced that it would close the border crossing.", false)]
    [InlineData("In March 2029, the ministry announced that the new bridge would open in 2032.", true)]
    public void AFutureInThePastIsNoOutlook(string text, bool kept)
    {
        var b = new StoryDocs(text, new DateTimeOffset(2031, 3, 6, 0, 0, 0, TimeSpan.Zero)).Date("March 2029", "2029-03");
        if (text.Contains("2032")) b.Date("2032", "2032");
        var items = OutlookFinder.Find(new StoryContext(b.Build(), StoryLexicon.Default));
        Assert.Equal(kept, items.Length == 1);
    }

    [Fact]
    public void AttributedOutlookCarriesTheSpeaker()
    {
        var b = new StoryDocs("The envoy warned that the decision “will deepen the crisis across the region”.")
            .Entity("E1", EntityType.Person, "XYZ", "XYZGOV", "The envoy")
            .Quote("Q1", "will deepen the crisis across the region", "E1", "warn", QuoteKind.Mixed, "The envoy");
        var ctx = new StoryContext(b.Build(), StoryLexicon.Default);
        var o = Assert.Single(OutlookFinder.Find(ctx));
        Assert.Equal("E1", o.SourceEntityId);
        Assert.Equal("likely", o.Modality);
        Assert.Equal(o.Text, o.Span.Of(b.Text));
    }

    [Fact]
    public void SeedRetaliationIsCertainAndBreakingPointIsPossible()
    {
        var ctx = new StoryContext(StoryDocs.SentencesOnly(SharedData.SeedText), StoryLexicon.Default);
        var items = OutlookFinder.Find(ctx);
        var retaliation = Assert.Single(items, o => o.Text.Contains("almost certain there will be some kind of retaliation"));
        Assert.Equal("certain", retaliation.Modality);
        Assert.True(retaliation.Likelihood >= 0.8);
        var breaking = Assert.Single(items, o => o.Text.Contains("could signal breaking point"));
        Assert.Equal("possible", breaking.Modality);
        Assert.True(breaking.Likelihood <= 0.7);
        Assert.DoesNotContain(items, o => o.Text.Contains("should not approach"));
    }
}
