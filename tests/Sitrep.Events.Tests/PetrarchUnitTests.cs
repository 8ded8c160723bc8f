using Sitrep.Events.Evaluation;
using Sitrep.Testing;

namespace Sitrep.Events.Tests;

/// <summary>
/// PETRARCH's own unit-test records coded with the fictional PETR.Validate.* dictionaries loaded from disk: the coder
/// reads its dictionaries as data (none of these actors or verb codes exist in the embedded Phoenix/CAMEO set).
/// </summary>
public class PetrarchUnitTests
{
    private static readonly Lazy<PetrarchUnitResult> Result = new(() =>
        PetrarchUnitEvaluation.Run(SharedData.PathOf("data", "events", "petrarch2", "PETR.UnitTest.records.xml")));

    private static PetrarchUnitRecord Record(string id) => Result.Value.Records.First(r => r.Id == id);

    [Fact]
    public void Share_of_expected_codings_stays_above_the_measured_floor()
    {
        var r = Result.Value;
        Assert.Equal(385, r.Expected);
        Assert.True(r.Share >= 0.916, $"share {r.Share:F3} ({r.Produced}/{r.Expected})");
    }

    [Fact]
    public void First_light_record_codes_fictional_actors_from_the_validate_dictionaries()
    {
        Assert.Equal(["ARN GON 064"], Record("DEMO-00").Produced);
    }

    [Fact]
    public void Dated_actor_codes_follow_the_sentence_date()
    {
        // "Slinker" is HOB before 1995-06, HOBGOV until 1999-08, HOBREB after.
        Assert.Contains("ARN HOBGOV 064", Record("DATE-17").Produced);
        Assert.Contains("ARN HOBREB 064", Record("DATE-19").Produced);
    }

    [Fact]
    public void Coordinated_actors_give_one_event_each_and_reverse_codes_the_other_way()
    {
        Assert.Equal(4, Record("COMPOUND-02").Hits);
        Assert.Contains("GON DAGGOV 033", Record("DEMO-02").Produced);
    }

    [Fact]
    public void Discarded_sentences_give_no_event()
    {
        Assert.Empty(Record("DISCARD-03").Produced);
        Assert.Empty(Record("DISCARD-01").Produced);
    }
}
