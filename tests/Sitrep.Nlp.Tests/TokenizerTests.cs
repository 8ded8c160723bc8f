using Sitrep.Core;
using Sitrep.Testing;

namespace Sitrep.Nlp.Tests;

public sealed class TokenizerTests
{
    private static readonly IPipelineComponent Component = NlpComponents.Tokenizer();

    private static Document Run(string text) => Component.Process(Docs.Plain(text));

    private static string[] Tokens(string text) => [.. Run(text).Tokens.Select(t => t.Text)];

    private static string[] Sentences(string text)
    {
        var doc = Run(text);
        return [.. doc.Sentences.Select(s => s.Span.Of(doc.Text))];
    }

    [Theory]
    [InlineData("The U.S. envoy met Gen. Smith at 9 a.m. on Monday.", "The|U.S.|envoy|met|Gen.|Smith|at|9|a.m.|on|Monday|.")]
    [InlineData("Sen. Jones and Lt. Col. Ray spoke.", "Sen.|Jones|and|Lt.|Col.|Ray|spoke|.")]
    [InlineData("They don't know; we can't say and won't.", "They|do|n't|know|;|we|ca|n't|say|and|wo|n't|.")]
    [InlineData("Iran's army and the parents' houses", "Iran|'s|army|and|the|parents|'|houses")]
    [InlineData("Iran’s army didn’t move; it’s late", "Iran|’s|army|did|n’t|move|;|it|’s|late")]
    [InlineData("I'm sure they've gone and we'll see", "I|'m|sure|they|'ve|gone|and|we|'ll|see")]
    [InlineData("You cannot stop me", "You|can|not|stop|me")]
    [InlineData("Photo by Ahmad Al-Rubaye of al-Assad's forces", "Photo|by|Ahmad|Al|-|Rubaye|of|al|-|Assad|'s|forces")]
    [InlineData("Pakistan-based militants and the UN Secretary-General", "Pakistan-based|militants|and|the|UN|Secretary-General")]
    [InlineData("It cost $170m at 7:30PM, 6ft deep", "It|cost|$|170|m|at|7:30|PM|,|6|ft|deep")]
    [InlineData("its not fair but its owner left", "it|s|not|fair|but|its|owner|left")]
    [InlineData("He said ''decided'' then", "He|said|''|decided|''|then")]
    [InlineData("Bush`s so-called plan, due Wed. Nov. 13", "Bush|`s|so-called|plan|,|due|Wed.|Nov.|13")]
    [InlineData("we sat. then left", "we|sat|.|then|left")]
    [InlineData("a 15-year-old boy in the 1990s", "a|15|-|year|-|old|boy|in|the|1990s")]
    [InlineData("an e-mail to non-profit co-workers", "an|e-mail|to|non-profit|co-workers")]
    [InlineData("i dont know b/c im late", "i|do|nt|know|b/c|i|m|late")]
    [InlineData("gonna see alot w/ friends", "gon|na|see|a|lot|w/|friends")]
    [InlineData("Lets go. Israel lets the freeze expire", "Let|s|go|.|Israel|lets|the|freeze|expire")]
    [InlineData("great :) really :-( ok ;P", "great|:)|really|:-(|ok|;P")]
    [InlineData("See Lisa_resume.doc and TEXT.htm now", "See|Lisa_resume.doc|and|TEXT.htm|now")]
    [InlineData("Call +1 212-848-8400 or 853-3242 (x 3-5213) for 1969-1970", "Call|+1|212-848-8400|or|853-3242|(|x|3-5213|)|for|1969|-|1970")]
    [InlineData("Jane Doe@ENRON wrote to @paulhastings.com", "Jane|Doe@ENRON|wrote|to|@paulhastings.com")]
    [InlineData("=========== *** $$$ << end >>", "===========|***|$$$|<<|end|>>")]
    [InlineData("Yahoo! rocks!! Really?! Word.? ok!.", "Yahoo!|rocks|!!|Really|?!|Word|.?|ok|!.")]
    [InlineData("Groups: alt.animals.cat, sci.med", "Groups|:|alt.animals.cat|,|sci.med")]
    [InlineData("It cost $1,250.50, up 3.5% on 2019.", "It|cost|$|1,250.50|,|up|3.5|%|on|2019|.")]
    [InlineData("Call +1-202-501-4444 or 1-888-407-4747.", "Call|+1-202-501-4444|or|1-888-407-4747|.")]
    [InlineData("On 2020-01-03 at 10:30 GMT", "On|2020-01-03|at|10:30|GMT")]
    [InlineData("See https://travel.state.gov/content/iraq.html.", "See|https://travel.state.gov/content/iraq.html|.")]
    [InlineData("(see www.example.org/a_b)", "(|see|www.example.org/a_b|)")]
    [InlineData("Visit state.gov, then write to jane.doe+news@mail.example.com.", "Visit|state.gov|,|then|write|to|jane.doe+news@mail.example.com|.")]
    [InlineData("Follow @StateDept and #IranProtests now", "Follow|@StateDept|and|#IranProtests|now")]
    [InlineData("He said “no” and 'yes' and \"maybe\".", "He|said|“|no|”|and|'|yes|'|and|\"|maybe|\"|.")]
    [InlineData("Baghdad – an act—huge", "Baghdad|–|an|act|—|huge")]
    [InlineData("Wait... what … really . . . yes", "Wait|...|what|…|really|. . .|yes")]
    [InlineData("Really?! No!!", "Really|?!|No|!!")]
    [InlineData("at 5pm (local time)", "at|5|pm|(|local|time|)")]
    [InlineData("AT&T and O'Brien", "AT&T|and|O'Brien")]
    public void Tokenizes_news_english(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Tokens(text));

    [Fact]
    public void Spaced_ellipsis_is_one_token_and_free_standing()
    {
        Assert.Equal(["weakened", ". . .", "was"], Tokens("weakened . . . was"));
        Assert.Equal(["compounds", ".", ". . .", "The"], Tokens("compounds. . . . The"));
    }

    [Fact]
    public void Offsets_point_into_the_text_and_indices_are_document_level()
    {
        const string text = "Iran’s envoy said: “We won’t.”\n\nThe U.S. said nothing.";
        var doc = Run(text);
        for (int i = 0; i < doc.Tokens.Length; i++)
        {
            var t = doc.Tokens[i];
            Assert.Equal(i, t.Index);
            Assert.Equal(t.Text, t.Span.Of(text));
            Assert.Equal("tokenizer@1.0", t.Producer);
        }
        Assert.True(doc.Has(Layer.Tokens));
        Assert.True(doc.Has(Layer.Sentences));
        Assert.Equal(2, doc.Sentences.Length);
        Assert.Equal(doc.Tokens.Length, doc.Sentences.Sum(s => s.TokenCount));
        Assert.Equal(doc.Sentences[0].EndToken, doc.Sentences[1].FirstToken);
        Assert.False(doc.Tokens[0].SpaceAfter);
        Assert.True(doc.Tokens[1].SpaceAfter);
    }

    [Fact]
    public void Never_splits_across_a_paragraph_break()
    {
        Assert.Equal(["He said that the", "strike was ordered by"], Sentences("He said that the\n\nstrike was ordered by"));
    }

    [Fact]
    public void Headings_without_final_punctuation_are_sentences()
    {
        Assert.Equal(
            ["Iran’s response", "The country vowed revenge.", "What happens next", "Nobody knows."],
            Sentences("Iran’s response\n\nThe country vowed revenge.\nWhat happens next\nNobody knows."));
    }

    [Fact]
    public void Wrapped_lines_that_run_on_stay_one_sentence()
    {
        Assert.Equal(["The minister said the\nstrike was illegal."], Sentences("The minister said the\nstrike was illegal."));
    }

    [Fact]
    public void Closing_quote_after_the_period_stays_with_its_sentence()
    {
        Assert.Equal(
            ["“Depart Iraq immediately.” the embassy said.", "It added: “Do not approach the embassy.”", "Flights resumed."],
            Sentences("“Depart Iraq immediately.” the embassy said. It added: “Do not approach the embassy.” Flights resumed."));
    }

    [Fact]
    public void Abbreviations_do_not_split_sentences()
    {
        Assert.Equal(
            ["The U.S. Embassy in Baghdad urged U.S. citizens to leave.", "Sen. Smith and Gen. Jones agreed at 5 p.m. on Friday."],
            Sentences("The U.S. Embassy in Baghdad urged U.S. citizens to leave. Sen. Smith and Gen. Jones agreed at 5 p.m. on Friday."));
        Assert.Equal(["Troops left the U.S.", "They went home."], Sentences("Troops left the U.S. They went home."));
    }

    [Fact]
    public void An_abbreviation_that_ends_a_sentence_gives_it_its_period()
    {
        // UD EWT: "... left the U.S" "." — the period closes both the abbreviation and the sentence.
        Assert.Equal(["Troops", "left", "the", "U.S", ".", "They", "went", "home", "."], Tokens("Troops left the U.S. They went home."));
        Assert.Equal(["apples", ",", "pears", "etc", "."], Tokens("apples, pears etc."));
        Assert.Equal(["Gen.", "Smith", "left", "."], Tokens("Gen. Smith left."));
    }

    [Theory]
    [InlineData("HARBOURTON, Aug. 19 (Wire) — A patrol boat ran aground.", "HARBOURTON, Aug. 19 (Wire) —", "A patrol boat ran aground.")]
    [InlineData("NORTH FALLS, Ruritania (Wire) - “We are ready,” he said.", "NORTH FALLS, Ruritania (Wire) -", "“We are ready,” he said.")]
    [InlineData("Selburg, Jan. 3 (Agency) -- The talks resumed.", "Selburg, Jan. 3 (Agency) --", "The talks resumed.")]
    [InlineData("ST. MARY, Ore. — The dam held.", "ST. MARY, Ore. —", "The dam held.")]
    [InlineData("HARBOURTON (wire) - The ministers met.", "HARBOURTON (wire) -", "The ministers met.")]
    public void A_wire_dateline_is_a_sentence_of_its_own(string text, string dateline, string lead) =>
        Assert.Equal([dateline, lead], Sentences(text));

    [Fact]
    public void A_run_of_capitalised_words_is_never_cut_by_the_learned_model()
    {
        // The model, trained on web text whose lines often end unpunctuated, cut this news sentence twice.
        var sentences = Sentences("Hostages freed\n\nThe two men were freed on Tuesday. \"We pray for their recovery,\" said White House Press Secretary Dana Whitfield. Pentagon spokesman Lee Barrowby declined to comment.");
        Assert.Equal("\"We pray for their recovery,\" said White House Press Secretary Dana Whitfield.", sentences[^2]);
    }

    [Theory]
    [InlineData("The US - China talks - A new round started.")]
    [InlineData("Selburg - The town voted.")]
    [InlineData("NATO said - Then it left.")]
    [InlineData("Selburg (wire) - The town voted.")]
    public void A_dash_after_an_ordinary_opening_splits_nothing(string text) => Assert.Single(Sentences(text));
}
