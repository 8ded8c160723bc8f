using Sitrep.Core;

namespace Sitrep.Story.Tests;

public class TimelineTests
{
    [Fact]
    public void OrdersDatedAndRelativeItemsOldestFirst()
    {
        var timeline = TimelineBuilder.Build(StoryFixture.Context());
        int Pos(string eventId) => timeline.Single(t => t.Events.Contains(eventId)).Order;
        Assert.True(Pos("V5") < Pos("V4"), "March sanctions before the consulate storming");
        Assert.True(Pos("V4") < Pos("V1"), "storming days before the shelling");
        Assert.True(Pos("V1") < Pos("V2"), "shelling before the reactions to it");
        Assert.DoesNotContain(timeline, t => t.Events.Contains("V7"));
        Assert.Equal(Enumerable.Range(1, timeline.Length), timeline.Select(t => t.Order));
        Assert.Equal("2031-03", timeline.Single(t => t.Events.Contains("V5")).Date);
    }

    [Fact]
    public void ASentenceWithTwoTimesGivesTwoClauses()
    {
        var b = StoryFixture.Builder()
            .Event("V8", "The shelling came", "came", "010", 0, 1, "E1", "RUR", null, null);
        var timeline = TimelineBuilder.Build(new StoryContext(b.Build(), StoryLexicon.Default));
        var storming = timeline.Single(t => t.Events.Contains("V4"));
        Assert.Equal("protesters stormed the Ruritanian consulate in Sel", storming.Text);
    }

    [Theory]
    [InlineData("Rebels shelled the port of Vell, the army said on Tuesday, March 4.", "Tuesday, March 4", false)]
    [InlineData("Rebels shelled the port of Vell, Radio Sel reported on Tuesday.", "Tuesday", false)]
    [InlineData("Rebels shelled the port of Vell, the army said on Tuesday, March 4.", "Tuesday", false)]
    [InlineData("Rebels shelled the port of Vell, which the navy had left on Tuesday.", "Tuesday", true)]
    public void ADateClosingTheReportIsNoBackgroundFact(string text, string date, bool kept)
    {
        var b = new StoryDocs(text, new DateTimeOffset(2031, 3, 6, 0, 0, 0, TimeSpan.Zero))
            .Entity("E1", EntityType.Gpe, "RUR", "RUR", "Vell")
            .Event("V1", "Rebels shelled the port of Vell", "shelled", "195", -10, 4, null, "REB", "E1", "RUR", date: "2031-03-01")
            .Date(date, "2031-03-04");
        if (date == "Tuesday" && text.Contains("March 4")) b.Date("March 4", "2031-03-04");
        var timeline = TimelineBuilder.Build(new StoryContext(b.Build(), StoryLexicon.Default));
        Assert.Equal(kept, timeline.Any(t => t.Date == "2031-03-04" && t.Events.IsEmpty));
    }

    [Theory]
    [InlineData("The governor said he was waiting for a panel to report on pay by the end of 2032.", "2032", false)]
    [InlineData("The governor said the panel had reported on pay in 2030.", "2030", true)]
    public void ABackgroundFactIsNotDatedAfterPublication(string text, string date, bool kept)
    {
        var b = new StoryDocs(text, new DateTimeOffset(2031, 3, 6, 0, 0, 0, TimeSpan.Zero)).Date(date, date);
        var timeline = TimelineBuilder.Build(new StoryContext(b.Build(), StoryLexicon.Default));
        Assert.Equal(kept, timeline.Any(t => t.Date == date));
    }

    [Theory]
    [InlineData("The embassy has since issued an alert.", "issued", 1)]
    [InlineData("The decision comes just days after protesters attacked the embassy.", "attacked", -3)]
    [InlineData("After the strike, Tehran vowed revenge.", "vowed", 1)]
    public void RelativeCuesShiftUndatedEvents(string sentence, string trigger, double days)
    {
        var ctx = new StoryContext(StoryDocs.SentencesOnly(sentence), StoryLexicon.Default);
        Assert.Equal(days, TimelineBuilder.Shift(ctx, 0, sentence.IndexOf(trigger, StringComparison.Ordinal)));
    }
}

public class TensionTests
{
    [Fact]
    public void MostNegativePairFirstWithBasis()
    {
        var tension = TensionScorer.Score(StoryFixture.Context());
        var first = tension[0];
        Assert.Equal(("BRD", "RUR"), (first.SideA, first.SideB));
        Assert.True(first.Score < -5);
        Assert.Contains("V1", first.Basis);
        Assert.DoesNotContain("V7", first.Basis);  // no sides
        var syl = Assert.Single(tension, t => t.SideA == "BRD" && t.SideB == "SYL");
        Assert.True(syl.Score > 0);
    }

    [Theory]
    [InlineData("PPL")]
    [InlineData("COP")]
    [InlineData("CHR")]
    public void GenericPeopleAndPoliceCodesAreNoSide(string code)
    {
        var b = new StoryDocs("Ruritanian soldiers fired on the crowd.")
            .Event("V1", "Ruritanian soldiers fired on the crowd", "fired", "190", -10, 4, null, "RURMIL", null, code);
        Assert.Empty(TensionScorer.Score(new StoryContext(b.Build(), StoryLexicon.Default)));
    }

    [Fact]
    public void HypotheticalEventsWeighLessThanAssertedOnes()
    {
        static double ScoreWith(Modality m)
        {
            var b = new StoryDocs("Ruritania bombed Borduria.")
                .Entity("E1", EntityType.Gpe, "RUR", "RUR", "Ruritania")
                .Entity("E2", EntityType.Gpe, "BRD", "BRD", "Borduria")
                .Event("V1", "Ruritania bombed Borduria", "bombed", "195", -10, 4, "E1", "RUR", "E2", "BRD", m);
            return TensionScorer.Score(new StoryContext(b.Build(), StoryLexicon.Default)).Single().Score;
        }
        Assert.True(ScoreWith(Modality.Asserted) < ScoreWith(Modality.Reported));
        Assert.True(ScoreWith(Modality.Reported) < ScoreWith(Modality.Hypothetical));
        Assert.Empty(TensionScorer.Score(new StoryContext(new StoryDocs("x").Build(), StoryLexicon.Default)));
    }
}
