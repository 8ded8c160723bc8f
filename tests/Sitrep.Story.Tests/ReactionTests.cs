using Sitrep.Core;

namespace Sitrep.Story.Tests;

public class ReactionTests
{
    [Fact]
    public void MainEventIsTheHostileLede()
    {
        Assert.Equal("V1", StoryFixture.Context().MainEvent?.Id);
    }

    [Fact]
    public void GroupsReactingActorsBySideWithTheirStance()
    {
        var ctx = StoryFixture.Context();
        var reactions = ReactionFinder.Find(ctx, []);
        var brd = reactions.Where(r => r.Side == "BRD").ToList();
        var condemn = Assert.Single(brd, r => r.Stance == "condemn");
        Assert.Equal(["E3"], condemn.Actors.ToArray());
        Assert.Contains("Q1", condemn.Quotes);
        Assert.Contains("V2", condemn.Events);
        var threaten = Assert.Single(brd, r => r.Stance == "threaten");
        Assert.Equal(["E4"], threaten.Actors.ToArray());
        var syl = Assert.Single(reactions, r => r.Side == "SYL");
        Assert.Equal("support", syl.Stance);
        Assert.Equal(["E5"], syl.Actors.ToArray());
    }

    [Fact]
    public void TheMainEventAndEarlierEventsAreNotReactions()
    {
        var reactions = ReactionFinder.Find(StoryFixture.Context(), []);
        var events = reactions.SelectMany(r => r.Events).ToList();
        Assert.DoesNotContain("V1", events);   // the main event itself
        Assert.DoesNotContain("V4", events);   // "days after protesters stormed": before the main event
        Assert.DoesNotContain("V5", events);   // dated March, months before
        Assert.DoesNotContain("V7", events);   // future
        Assert.Equal("BRD", reactions[0].Side);  // sides in the order the text gives them
    }

    [Fact]
    public void AdvisoryIssuersReactWithAdvice()
    {
        var ctx = StoryFixture.Context();
        var advisory = new Advisory("E5", "Syldavian citizens", new TextSpan(0, 10), "story@test");
        var reactions = ReactionFinder.Find(ctx, [advisory]);
        var syl = Assert.Single(reactions, r => r.Side == "SYL");
        Assert.Equal("advise", syl.Stance);  // advising is more specific than support
    }

    [Fact]
    public void ANewsOutletReportingIsNoReaction()
    {
        var b = new StoryDocs("Ruritania shelled Vell. Radio Sel reported hearing blasts near the port. The Bordurian ministry said the shelling was a crime.")
            .Entity("E1", EntityType.Gpe, "RUR", "RUR", "Ruritania")
            .Entity("E2", EntityType.Gpe, "BRD", "BRD", "Vell")
            .Entity("E3", EntityType.Org, "BRD", "BRDMED", "Radio Sel")
            .Entity("E4", EntityType.Org, "BRD", "BRDGOV", "The Bordurian ministry")
            .Event("V1", "Ruritania shelled Vell", "shelled", "195", -10, 4, "E1", "RUR", "E2", "BRD")
            .Quote("Q1", "hearing blasts near the port", "E3", "report", QuoteKind.Indirect, "Radio Sel")
            .Quote("Q2", "the shelling was a crime", "E4", "say", QuoteKind.Indirect, "The Bordurian ministry");
        var reactions = ReactionFinder.Find(new StoryContext(b.Build(), StoryLexicon.Default), []);
        var quotes = reactions.SelectMany(r => r.Quotes).ToList();
        Assert.DoesNotContain("Q1", quotes);
        Assert.Contains("Q2", quotes);
    }

    [Theory]
    [InlineData("Iran vowed severe revenge for the killing.", "threaten")]
    [InlineData("The strike was aimed at deterring future attacks.", "justify")]
    [InlineData("The attack was a heinous crime.", "condemn")]
    [InlineData("The move is a harbinger of new clashes.", "warn")]
    public void ContentCuesGiveStances(string sentence, string stance)
    {
        var ctx = new StoryContext(StoryDocs.SentencesOnly(sentence), StoryLexicon.Default);
        Assert.Equal(stance, ReactionFinder.ContentStance(ctx, 0, sentence.Length));
    }
}
