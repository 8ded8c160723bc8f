using Sitrep.Events.Dictionaries;

namespace Sitrep.Events.Tests;

/// <summary>Pattern matching options of the verb dictionary that only the PETR validation dictionaries use.</summary>
public class PetrarchVerbMatchingTests
{
    private static readonly string[] Lines =
    [
        "B\tVISIT\t042",
        "V\tVISITED\tVISIT\tVISIT",
        "P\tVISIT\t\tTROOPS\t043",
    ];

    private static string? CodeOf(VerbDictionary d, params string[] words)
    {
        var form = d.FormsAt(words, 0).First().Form;
        return d.Code(form, words, 0, 1).Code;
    }

    [Fact]
    public void Whole_word_patterns_do_not_match_a_longer_word_starting_with_the_pattern_word()
    {
        var whole = VerbDictionary.FromCompact(Lines, wholeWords: true);
        Assert.Equal("042", CodeOf(whole, "VISITED", "TROOPSHIP", "TOWN"));
        Assert.Equal("043", CodeOf(whole, "VISITED", "TROOPS", "MONDAY"));
        // The production dictionary keeps stem matching.
        var stems = VerbDictionary.FromCompact(Lines);
        Assert.Equal("043", CodeOf(stems, "VISITED", "TROOPSHIP", "TOWN"));
    }
}

public class PetrarchVerbJoinTests
{
    private static readonly string[] Lines =
    [
        "B\tPRAISE\t051",
        "V\tPRAISED\tPRAISE\tPRAISE",
        "P\tPRAISE\tWARMLY_\t\t057",
        "P\tPRAISE\t\t_BACK\t058",
    ];

    private static string? CodeOf(VerbDictionary d, int verb, params string[] words)
    {
        var form = d.FormsAt(words, verb).First().Form;
        return d.Code(form, words, verb, verb + 1).Code;
    }

    [Fact]
    public void A_pattern_word_joined_to_the_verb_with_underscore_must_stand_next_to_it()
    {
        var d = VerbDictionary.FromCompact(Lines, wholeWords: true);
        Assert.Equal("057", CodeOf(d, 1, "WARMLY", "PRAISED", "THE", "ENVOY"));
        Assert.Equal("051", CodeOf(d, 2, "WARMLY", "HAD", "PRAISED", "THE", "ENVOY"));
        Assert.Equal("058", CodeOf(d, 1, "THEY", "PRAISED", "BACK", "THE", "ENVOY"));
        Assert.Equal("051", CodeOf(d, 1, "THEY", "PRAISED", "THE", "BACK", "ROOM"));
    }
}

public class PetrarchMultiWordVerbTests
{
    [Fact]
    public void A_multi_word_verb_is_found_from_its_last_word()
    {
        var d = VerbDictionary.FromCompact(EventDataBuilderLines("--- BUGGING  [1711] ---", "PHONE_+BUG {PHONE_+BUGGED PHONE_+BUGGING}"), wholeWords: true);
        string[] words = ["AGENTS", "PHONE", "BUGGED", "THE", "MINISTRY"];
        var hit = Assert.Single(d.MultiWordFormsEndingAt(words, 2));
        Assert.Equal((1, 2), (hit.Start, hit.Length));
        Assert.Equal("1711", d.Code(hit.Form, words, hit.Start, hit.Start + hit.Length).Code);
        Assert.Empty(d.MultiWordFormsEndingAt(words, 3));
    }

    private static List<string> EventDataBuilderLines(params string[] raw) => Sitrep.Events.Data.EventDataBuilder.VerbLines(raw);

    [Fact]
    public void British_spellings_are_forms_of_the_dictionarys_american_verbs()
    {
        var d = VerbDictionary.FromCompact(
        [
            "B\tTRAVEL\t042", "V\tTRAVELED\tTRAVEL\tTRAVEL", "V\tTRAVELING\tTRAVEL\tTRAVEL",
            "B\tRECOGNIZE\t054", "V\tRECOGNIZED\tRECOGNIZE\tRECOGNIZE",
            "B\tFAIL\t---", "V\tFAILED\tFAIL\tFAIL",
        ]);
        string? Code(params string[] words) => d.Code(d.FormsAt(words, 0).First().Form, words, 0, 1).Code;
        Assert.Equal("042", Code("TRAVELLED", "TO", "HANOI"));
        Assert.Equal("042", Code("TRAVELLING", "TO", "HANOI"));
        Assert.Equal("054", Code("RECOGNISED", "CROATIA"));
        // A doubled consonant only after a single vowel: "failed" has no "failled".
        Assert.False(d.HasForm("FAILLED"));
    }
}

public class VerbPatternTieTests
{
    [Fact]
    public void The_same_words_written_again_for_the_verb_itself_win_a_tie_over_the_first_listed()
    {
        // The SEND block writes "* &MILITARY" for SEND (062) before it writes it again for DEPLOY (154); "* POLICE" is other
        // words written for DEPLOY, so it does not displace the first-listed pattern it ties with.
        var d = VerbDictionary.FromCompact(
        [
            "B\tSEND\t---", "V\tSENT\tSEND\tSEND", "V\tDEPLOYED\tDEPLOY\tSEND",
            "P\tSEND\t\tTROOPS\t062\tSEND", "P\tSEND\t\tTROOPS\t154\tDEPLOY",
            "P\tSEND\t\tPOLICE\t073\tSEND", "P\tSEND\t\tCONVOY\t153\tDEPLOY",
        ]);
        string? Code(params string[] words) => d.Code(d.FormsAt(words, 0).First().Form, words, 0, 1).Code;
        Assert.Equal("062", Code("SENT", "TROOPS", "TO", "HAITI"));
        Assert.Equal("154", Code("DEPLOYED", "TROOPS", "TO", "ABKHAZIA"));
        Assert.Equal("073", Code("DEPLOYED", "POLICE", "CONVOY"));
    }
}
