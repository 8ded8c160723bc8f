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
