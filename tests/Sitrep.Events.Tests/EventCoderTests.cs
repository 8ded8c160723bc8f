using Sitrep.Core;

namespace Sitrep.Events.Tests;

public class EventCoderTests
{
    private static readonly GeoPoint TehranGeo = new(35.69, 51.42, "112931", "IRN", null);

    [Fact]
    public void Protesters_attacking_an_embassy_is_a_riot_with_place_and_date()
    {
        const string text = "Protesters attacked the French embassy in Tehran on Tuesday.";
        var doc = TestDocs.Code(text, [new E("Tehran", EntityType.Gpe, "IRN", "IRN", TehranGeo)]);
        var v = Assert.Single(doc.Events);
        Assert.Equal("V1", v.Id);
        Assert.Equal("145", v.Cameo.Code);            // 19x needs a state actor; by protesters it is violent protest
        Assert.Equal("PROTEST", v.Plover!.Type);
        Assert.Equal("FRA", v.Target!.Code![..3]);
        Assert.Equal("attacked", v.Trigger);
        Assert.Equal("Tehran", v.Location!.Name);
        Assert.Equal(35.69, v.Location.Lat);
        Assert.Equal("2019-12-31", v.Date!.Value);
        Assert.Equal(Modality.Asserted, v.Modality);
        Assert.StartsWith("events@", v.Producer);
        Assert.Equal(text, v.Span.Of(doc.Text));
    }

    [Fact]
    public void Passive_with_by_swaps_source_and_target()
    {
        var doc = TestDocs.Code("Two Indian soldiers were killed by Pakistani troops near the border.", []);
        var v = Assert.Single(doc.Events);
        Assert.Equal("19", v.Cameo.Root);
        Assert.Equal("PAKMIL", v.Source!.Code);
        Assert.Equal("INDMIL", v.Target!.Code);
    }

    [Fact]
    public void Definite_event_noun_points_back_to_the_perpetrator()
    {
        const string text = "The European Union imposed sanctions on Russia on Monday. Moscow condemned the sanctions.";
        var doc = TestDocs.Code(text,
        [
            new E("European Union", EntityType.Org, "IGOEUREEC"),
            new E("Russia", EntityType.Gpe, "RUS", "RUS"),
            new E("Moscow", EntityType.Gpe, "RUS", "RUS") { Metonymy = "RUSGOV" },
        ]);
        Assert.Equal(2, doc.Events.Length);
        var (impose, condemn) = (doc.Events[0], doc.Events[1]);
        Assert.Equal("IGOEUREEC", impose.Source!.Code);
        Assert.Equal("RUS", impose.Target!.Code);
        Assert.Equal("16", impose.Cameo.Root);
        Assert.Equal("111", condemn.Cameo.Code);
        Assert.Equal("ACCUSE", condemn.Plover!.Type);
        Assert.Equal("RUSGOV", condemn.Source!.Code);
        Assert.Equal("IGOEUREEC", condemn.Target!.Code);
    }

    [Fact]
    public void Denial_of_an_act_is_one_denied_event()
    {
        var doc = TestDocs.Code("Syria denied attacking the Turkish convoy.", [new E("Syria", EntityType.Gpe, "SYR", "SYR") { Metonymy = "SYRGOV" }]);
        var v = Assert.Single(doc.Events);
        Assert.Equal("016", v.Cameo.Code);
        Assert.Equal("REJECT", v.Plover!.Type);
        Assert.Equal(Modality.Denied, v.Modality);
        Assert.Equal("SYRGOV", v.Source!.Code);
    }

    [Theory]
    [InlineData("Turkish troops could attack Syrian rebels.", Modality.Hypothetical)]
    [InlineData("Turkish troops will attack Syrian rebels.", Modality.Future)]
    [InlineData("Turkish troops did not attack Syrian rebels.", Modality.Negated)]
    [InlineData("Turkish troops reportedly attacked Syrian rebels.", Modality.Alleged)]
    public void Modality_from_modals_negation_and_hedges(string text, Modality expected)
    {
        var v = Assert.Single(TestDocs.Code(text, []).Events);
        Assert.Equal(expected, v.Modality);
        Assert.Equal("TURMIL", v.Source!.Code);
    }

    [Fact]
    public void Quote_cue_is_a_speech_act_of_the_speaker_against_the_object()
    {
        const string text = "Prime Minister Nowak accused Germany of meddling in the vote.";
        var doc = TestDocs.Code(text, [new E("Nowak", EntityType.Person, "POLGOV", "POL"), new E("Germany", EntityType.Gpe, "DEU", "DEU")],
            [new Q("Germany of meddling in the vote", "Nowak", "accused", "accuse")]);
        var v = Assert.Single(doc.Events);
        Assert.Equal("11", v.Cameo.Root);
        Assert.Equal("POLGOV", v.Source!.Code);
        Assert.Equal("DEU", v.Target!.Code);
    }

    [Fact]
    public void A_quote_speaker_resolved_to_an_entity_that_is_no_actor_does_not_throw()
    {
        // Found on a real page: the speaker "She" is no mention (coreference gave only the quote its entity), and the entity
        // has no CAMEO code, so the speaker actor has no token position; that must not be read as one.
        const string text = "Maya Lorne left the label. She also accused Germany of holding back the permits.";
        var doc = TestDocs.Build(text, [new E("Maya Lorne", EntityType.Person), new E("Germany", EntityType.Gpe, "DEU", "DEU")]);
        int she = text.IndexOf("She", StringComparison.Ordinal), content = text.IndexOf("Germany of", StringComparison.Ordinal);
        int cue = text.IndexOf("accused", StringComparison.Ordinal);
        var quote = new Quote("Q1", QuoteKind.Indirect, new TextSpan(content, text.Length - 1), text[content..^1], "test")
        {
            ContentSpans = [new TextSpan(content, text.Length - 1)], SpeakerEntityId = "E1", SpeakerText = "She",
            SpeakerSpan = new TextSpan(she, she + 3), Cue = "accuse", CueSpan = new TextSpan(cue, cue + 7),
        };
        var coded = EventComponents.Events().Process(doc with { Quotes = [quote] });
        Assert.DoesNotContain(coded.Events, v => v.Source is { Code: null });
    }

    [Fact]
    public void Threat_noun_in_someone_s_words_is_a_threat_by_the_speaker()
    {
        const string text = "General Haddad said a harsh revenge awaits the enemy.";
        var doc = TestDocs.Code(text, [new E("Haddad", EntityType.Person, "LBNMIL", "LBN")],
            [new Q("a harsh revenge awaits the enemy", "Haddad", "said", "say")]);
        var v = Assert.Single(doc.Events);
        Assert.Equal("13", v.Cameo.Root);
        Assert.Equal("THREATEN", v.Plover!.Type);
        Assert.Equal(Modality.Threatened, v.Modality);
        Assert.Equal("LBNMIL", v.Source!.Code);
    }

    [Fact]
    public void Unattributed_future_retaliation_is_kept_as_a_future_event()
    {
        var v = Assert.Single(TestDocs.Code("Analysts say there will be retaliation within days.", []).Events);
        Assert.Equal(Modality.Future, v.Modality);
        Assert.Equal("ASSAULT", v.Plover!.Type);
    }

    [Fact]
    public void Same_event_told_twice_is_merged_with_other_mentions()
    {
        const string text = "Israeli jets struck a Syrian base near Homs. The Syrian army said Israeli aircraft had killed three Syrian soldiers.";
        var doc = TestDocs.Code(text, [new E("Homs", EntityType.Gpe, null, "SYR")]);
        var v = Assert.Single(doc.Events, e => e.Source?.Code?.StartsWith("ISR", StringComparison.Ordinal) == true);
        Assert.Single(v.OtherMentions);
    }

    [Fact]
    public void Two_different_acts_between_the_same_sides_are_two_events()
    {
        const string text = "Israeli jets bombed a Syrian base near Homs. Israeli troops later ambushed a Syrian patrol.";
        var doc = TestDocs.Code(text, [new E("Homs", EntityType.Gpe, null, "SYR")]);
        var acts = doc.Events.Where(e => e.Source?.Code?.StartsWith("ISR", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(2, acts.Count);
        Assert.All(acts, a => Assert.Empty(a.OtherMentions));
    }

    [Fact]
    public void Like_acts_at_two_distant_places_are_two_events()
    {
        const string text = "Israeli jets struck a Syrian base near Homs. Israeli jets struck a Syrian base near Deraa.";
        var doc = TestDocs.Code(text,
        [
            new E("Homs", EntityType.Gpe, null, "SYR", new GeoPoint(34.73, 36.72, "169577", "SYR", "11")),
            new E("Deraa", EntityType.Gpe, null, "SYR", new GeoPoint(32.62, 36.10, "170592", "SYR", "06")),
        ]);
        var strikes = doc.Events.Where(e => e.Source?.Code?.StartsWith("ISR", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(2, strikes.Count);
    }

    [Fact]
    public void Like_events_on_different_dates_are_two_events()
    {
        const string text = "Israeli jets struck a Syrian base near Homs on Monday. In 2015, Israeli jets struck a Syrian base near Homs.";
        var doc = TestDocs.Code(text, [new E("Homs", EntityType.Gpe, null, "SYR")]);
        var strikes = doc.Events.Where(e => e.Source?.Code?.StartsWith("ISR", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(2, strikes.Count);
        Assert.Equal(["2015", "2019-12-30"], strikes.Select(e => e.Date?.Value).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Plain_statements_and_sentences_without_actors_give_no_events()
    {
        Assert.Empty(TestDocs.Code("The weather was fine and the markets closed higher.", []).Events);
        Assert.Empty(TestDocs.Code("The minister said the talks were useful.", [new E("minister", EntityType.Person, "GBRGOV", "GBR")]).Events);
    }
}

public class EventCoderClauseTests
{
    [Fact]
    public void Subject_and_object_inside_a_temporal_clause()
    {
        const string text = "The vote comes just days after protestors attacked the US embassy in Lima, which Peru denied organising.";
        var doc = TestDocs.Code(text, [new E("Lima", EntityType.Gpe, null, "PER"), new E("Peru", EntityType.Gpe, "PER", "PER") { Metonymy = "PERGOV" }]);
        var attack = Assert.Single(doc.Events, e => e.Trigger == "attacked");
        Assert.Equal("14", attack.Cameo.Root);
        Assert.Equal("USA", attack.Target!.Code![..3]);
        Assert.Equal("Lima", attack.Location!.Name);
        var deny = Assert.Single(doc.Events, e => e.Trigger == "denied");
        Assert.Equal("PERGOV", deny.Source!.Code);
    }
}
