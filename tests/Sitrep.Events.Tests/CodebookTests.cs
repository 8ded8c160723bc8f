using Sitrep.Events.Dictionaries;

namespace Sitrep.Events.Tests;

public class CodebookTests
{
    [Fact]
    public void Codebook_has_every_cameo_code_with_goldstein_quad_and_plover()
    {
        Assert.True(CameoCodebook.All.Count >= 300);
        var c = CameoCodebook.Lookup("195")!;
        Assert.Equal(-10.0, c.Goldstein);
        Assert.Equal(4, c.QuadClass);
        Assert.Equal("19", c.Root);
        Assert.Equal("ASSAULT", c.PloverType);
        Assert.Equal("REQUEST", PloverMapping.FromCameo("020")!.Type);     // hand-written supplement
        Assert.Equal("ACCUSE", PloverMapping.FromCameo("1123")!.Type);
        Assert.Equal("COERCE", PloverMapping.FromCameo("173")!.Type);
        Assert.Equal("arrest", PloverMapping.FromCameo("173")!.Mode);
        Assert.Null(CameoCodebook.Lookup("999"));
        Assert.Equal(16, PloverMapping.Types.Count);
    }

    [Theory]
    [InlineData("DEMAND", "REQUEST")]
    [InlineData("DISAPPROVE", "ACCUSE")]
    [InlineData("FIGHT", "ASSAULT")]
    [InlineData("INVESTIGATE", "ACCUSE")]
    [InlineData("AID", "AID")]
    public void Plover_v05_names_map_to_current(string old, string now) => Assert.Equal(now, PloverMapping.Normalize(old));

    [Theory]
    [InlineData("SERBS", "SRB")]          // plural of a short demonym: SERB + IA
    [InlineData("CROAT", "HRV")]
    [InlineData("KAMPUCHEAN", "KHM")]     // demonym of an old name: KAMPUCHEA
    [InlineData("ISRAELIS", "ISR")]
    public void Country_words_are_read_through_demonyms_and_plurals(string word, string code) =>
        Assert.Equal(code, EventLexicon.Default.CountryAt([word], 0)?.Code);

    [Fact]
    public void State_initials_are_read_for_words_typed_as_names()
    {
        Assert.Equal("CHN", EventLexicon.Default.CountryAt(["PRC"], 0, initials: true)?.Code);   // PEOPLES REPUBLIC OF CHINA
        Assert.Null(EventLexicon.Default.CountryAt(["PRC"], 0));
    }

    [Theory]
    [InlineData("CHRISTIAN")]             // + IA would be an old name of Oslo
    [InlineData("NUT")]                   // initials of a city name are not a country
    [InlineData("IRA")]                   // without a name's type, initials stay an organisation's
    public void Other_words_are_no_countries(string word) => Assert.Null(EventLexicon.Default.CountryAt([word], 0));

    [Fact]
    public void Verb_dictionary_is_read_from_data_with_forms_and_patterns()
    {
        var lex = EventLexicon.Default;
        Assert.True(lex.Verbs.FormCount > 3000);
        Assert.True(lex.Verbs.PatternCount > 4500);
        string[] words = ["THEY", "SLAMMED", "THE", "DECISION", "AS", "A", "HEINOUS", "CRIME"];
        var (form, len) = lex.Verbs.FormsAt(words, 1).First();
        Assert.Equal("SLAM", form.Lemma);
        Assert.Equal("111", lex.Verbs.Code(form, words, 1, 1 + len).Code);
        string[] crash = ["THE", "CAR", "SLAMMED", "INTO", "A", "WALL"];
        var f2 = lex.Verbs.FormsAt(crash, 2).First();
        Assert.Null(lex.Verbs.Code(f2.Form, crash, 2, 3).Code);     // "---": not an event
        string[] killed = ["TROOPS", "KILLED", "FIVE", "REBELS"];
        var k = lex.Verbs.FormsAt(killed, 1).First();
        Assert.Equal("190", lex.Verbs.Code(k.Form, killed, 1, 2).Code);
    }

    [Fact]
    public void Regular_forms_follow_petrarch_rules()
    {
        Assert.Equal(["DENIES", "DENIED", "DENYING"], Data.EventDataBuilder.RegularForms("DENY"));
        Assert.Equal(["ATTACKS", "ATTACKED", "ATTACKING"], Data.EventDataBuilder.RegularForms("ATTACK"));
        Assert.Equal(["URGES", "URGED", "URGING"], Data.EventDataBuilder.RegularForms("URGE"));
        Assert.Equal(["SHOOTS_DOWN", "SHOOTED_DOWN", "SHOOTING_DOWN"], Data.EventDataBuilder.RegularForms("SHOOT_DOWN"));
    }
}
