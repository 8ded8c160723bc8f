using Sitrep.Core;

namespace Sitrep.Story.Tests;

/// <summary>Rules added when running held-out articles through the chain; each with its own sentences.</summary>
public class RulesTests
{
    [Fact]
    public void AnEventALikelihoodCueGovernsIsForeseenNotHappened()
    {
        const string text = "Analysts say a military response is likely within days. Troops killed two men – an act which could inflame the region.";
        var b = new StoryDocs(text)
            .Event("V1", "a military response is likely within days", "response", "190", -10, 4, null, "XXXMIL", null, null, Modality.Reported)
            .Event("V2", "Troops killed two men", "killed", "190", -10, 4, null, "XXXMIL", null, null);
        var ctx = new StoryContext(b.Build(), StoryLexicon.Default);
        Assert.True(TimelineBuilder.ForeseenOnly(ctx, ctx.Document.Events[0]));
        Assert.False(TimelineBuilder.ForeseenOnly(ctx, ctx.Document.Events[1]));
        Assert.Equal("V2", ctx.MainEvent?.Id);
        Assert.DoesNotContain(TimelineBuilder.Build(ctx), t => t.Events.Contains("V1"));
    }

    [Fact]
    public void AnOldDatedEventIsNotTheMainEvent()
    {
        const string text = "Rebels shelled the port on Monday. In 2015, a bombing killed forty people in the capital.";
        var b = new StoryDocs(text, new DateTimeOffset(2031, 5, 7, 0, 0, 0, TimeSpan.Zero))
            .Event("V1", "Rebels shelled the port on Monday", "shelled", "190", -10, 4, null, "XXXREB", null, "XXX")
            .Event("V2", "a bombing killed forty people in the capital", "killed", "183", -10, 4, null, "XXXREB", null, "XXX", date: "2015");
        var ctx = new StoryContext(b.Build(), StoryLexicon.Default);
        Assert.Equal("V1", ctx.MainEvent?.Id);
        var timeline = TimelineBuilder.Build(ctx);
        Assert.Equal(["V2"], timeline[0].Events.ToArray());
    }

    [Theory]
    [InlineData("2026-W46", "2026-11-09", "2026-11-15")]
    [InlineData("2019-04", "2019-04-01", "2019-04-30")]
    [InlineData("2020", "2020-01-01", "2020-12-31")]
    [InlineData("2020-01-03", "2020-01-03", "2020-01-03")]
    public void PartialDatesAreRanges(string value, string first, string last)
    {
        var r = TimelineBuilder.ParseRange(value);
        Assert.NotNull(r);
        Assert.Equal(DateOnly.Parse(first).DayNumber, r.Value.First);
        Assert.Equal(DateOnly.Parse(last).DayNumber, r.Value.Last);
        Assert.Null(TimelineBuilder.ParseRange("soon"));
    }

    [Fact]
    public void ReportedWouldIsAFutureNotAConditional()
    {
        var ctx = new StoryContext(StoryDocs.SentencesOnly(
            "The ministry added that the border crossing would reopen on Friday. A longer truce would need outside guarantors."), StoryLexicon.Default);
        var items = OutlookFinder.Find(ctx);
        Assert.Equal(["likely", "possible"], items.Select(o => o.Modality));
    }

    [Fact]
    public void AdvisingAgainstTravelMeansAvoidIt()
    {
        const string text = "The Canadian Embassy in Ruritania has issued an alert advising against all travel to the eastern provinces.\n\n" +
            "A statement reads: “Canadian citizens should leave the region by road and shelter in place if they cannot. Road crossings are open, but rail services are suspended. Canadians in need of help should call +1 613 996 8885.”";
        var b = new StoryDocs(text).Entity("E1", EntityType.Org, "CAN", "CANGOV", "Canadian Embassy in Ruritania");
        var a = Assert.Single(AdvisoryFinder.Find(new StoryContext(b.Build(), StoryLexicon.Default), "story@test"));
        Assert.Equal("E1", a.IssuerEntityId);
        Assert.Equal("Canadian citizens", a.Audience);
        Assert.Contains("avoid all travel to the eastern provinces", a.Actions);
        Assert.Contains("leave the region by road", a.Actions);
        Assert.Contains(a.Actions, x => x.StartsWith("shelter in place", StringComparison.Ordinal));
        Assert.Contains("call +1 613 996 8885", a.Actions);
        Assert.Contains("Road crossings are open", a.Status);
        Assert.Contains("rail services are suspended", a.Status);
    }
}
