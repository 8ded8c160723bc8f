using Sitrep.Core;
using Sitrep.Nlp;

namespace Sitrep.Quotes.Tests;

/// <summary>
/// One test per quote shape and attribution pattern issue #5 asks for, on sentences written for these tests
/// (entities made by hand, as the entity stage would give them).
/// </summary>
public sealed class IssueCoverageTests
{
    private static Quote Only(string text, params (string, EntityType, string[])[] entities) =>
        Assert.Single(TestDocs.Quotes(TestDocs.With(text, entities)));

    // ------------------------------------------------------------ kinds

    [Fact]
    public void AQuoteRunningOverParagraphsIsOneQuoteWithAPartPerParagraph()
    {
        var text = "The governor said: “We will open three shelters tonight.\n\n“Nobody will sleep outside while I am in this office.”";
        var q = Only(text, ("E1", EntityType.Person, ["The governor"]));
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal(2, q.ContentSpans.Length);
        Assert.Equal("E1", q.SpeakerEntityId);
    }

    [Fact]
    public void AnEmbeddedPostIsADirectQuoteOfItsAuthorOnItsPlatform()
    {
        const string post = "Schools in the north will stay shut on Monday. Stay safe. — Lena Hart (@lenahart) March 3, 2024";
        var text = "The mayor posted an update late on Sunday.\n\n" + post + "\n\nCrews worked through the night.";
        int start = text.IndexOf("Schools", StringComparison.Ordinal);
        var article = new Article
        {
            Id = "t", Text = text, InputName = "t.html", Paragraphs = Article.ParagraphsOf(text),
            Embeds = [new EmbeddedQuote(new TextSpan(start, start + post.Length), "post", "Lena Hart", "Twitter", null)],
        };
        var doc = NlpComponents.Tokenizer().Process(Document.From(article));
        var quotes = QuoteComponents.Quotes().Process(doc).Quotes;
        var q = Assert.Single(quotes, x => x.Channel == "Twitter");
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal("post", q.Cue);
        Assert.Equal("Lena Hart", q.SpeakerText);
        Assert.Equal("Lena Hart", q.SpeakerSpan!.Value.Of(text));
        Assert.Equal("Schools in the north will stay shut on Monday. Stay safe.", q.Text);
    }

    // ------------------------------------------------------------ speakers from syntax

    [Fact]
    public void APassiveQuotedAsSayingCreditsItsSubject()
    {
        var q = Only("The commander was quoted as saying that the bridge would be rebuilt by spring.", ("E1", EntityType.Person, ["The commander"]));
        Assert.Equal("E1", q.SpeakerEntityId);
        Assert.Contains("bridge would be rebuilt", q.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void APassiveWithAnAgentCreditsTheAgent()
    {
        var q = Only("In a letter signed by Paul Meyer, staff were told that the plant would close in June.", ("E1", EntityType.Person, ["Paul Meyer"]));
        Assert.Equal(QuoteKind.Indirect, q.Kind);
        Assert.Equal("E1", q.SpeakerEntityId);
        Assert.Equal("the plant would close in June", q.Text);
    }

    [Fact]
    public void APassiveWithoutASourceIsNotReportedSpeech()
    {
        var doc = TestDocs.With("New layoffs will be announced later this week in the northern plants.");
        Assert.Empty(TestDocs.Quotes(doc));
    }

    [Fact]
    public void AColonAfterADocumentCreditsItsIssuer()
    {
        var text = "The foreign ministry issued a statement on Friday. The statement reads: “The embassy will remain open.”";
        var q = Only(text, ("E1", EntityType.Org, ["The foreign ministry"]));
        Assert.Equal("E1", q.SpeakerEntityId);
        Assert.Equal("statement", q.Channel);
    }

    [Fact]
    public void ASpeakerBeforeTheQuoteWithAColonIsTheSpeaker()
    {
        var q = Only("Nadia Karim said: “The clinic has run out of insulin.”", ("E1", EntityType.Person, ["Nadia Karim"]));
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal("E1", q.SpeakerEntityId);
        Assert.Equal("say", q.Cue);
    }

    [Fact]
    public void AnAnonymousGroupSpeakerKeepsItsCountry()
    {
        var q = Only("Two senior Iranian officials said the talks would resume next week.");
        Assert.Equal("Two senior Iranian officials", q.SpeakerText);
        Assert.Equal("the talks would resume next week", q.Text);
    }

    [Fact]
    public void AReportBeforeItsFrameKeepsTheSpeakersTitleWordsAndStopsAtTheBackgroundClause()
    {
        var q = Assert.Single(TestDocs.TaggedQuotesWith(
            "Beijing could halt imports of Lithuanian timber within weeks, China's chief customs inspector Li Wei warned on Monday, days after Vilnius opened a trade office in Taipei.",
            ("E1", EntityType.Person, ["Li Wei"])));
        Assert.Equal("Beijing could halt imports of Lithuanian timber within weeks", q.Text);
        Assert.Equal("warn", q.Cue);
        Assert.Equal("E1", q.SpeakerEntityId);
    }

    [Fact]
    public void AHeadWithAModifierAfterItIsTheSpeaker()
    {
        var q = Only("People familiar with the negotiations say the deal could be signed in May.");
        Assert.Equal("People", q.SpeakerText);
        Assert.Equal("the deal could be signed in May", q.Text);
    }

    [Fact]
    public void AnOrganisationWithAPossessiveAndAPrepositionIsOneSpeaker()
    {
        var q = Only("Four men were charged with smuggling, the U.S. Attorney’s Office for the Southern District said in a statement.");
        Assert.Contains("Attorney’s Office", q.SpeakerText, StringComparison.Ordinal);
        Assert.Equal("Four men were charged with smuggling", q.Text);
        Assert.Equal("statement", q.Channel);
    }

    [Fact]
    public void ARelativeClauseSpeakerIsItsAntecedent()
    {
        var q = Only("Several retailers that said they raised prices blamed the tariffs.");
        Assert.Equal("retailers", q.SpeakerText!.Split(' ')[^1]);
        Assert.StartsWith("they raised prices", q.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AParentheticalFrameKeepsTheClauseWhole()
    {
        var q = Only("Most of the wells, she said, are dry by August.", ("E1", EntityType.Person, ["she"]));
        Assert.Equal(QuoteKind.Indirect, q.Kind);
        Assert.Equal("Most of the wells, she said, are dry by August", q.Text);
    }

    [Fact]
    public void AnInvertedSpeakerWithATitleAndAnApposition()
    {
        var q = Only("Officers seized 30 grams of heroin during the search, said Lt. Mark Evans, the department spokesman.", ("E1", EntityType.Person, ["Mark Evans"]));
        Assert.Equal("E1", q.SpeakerEntityId);
        Assert.Equal("Officers seized 30 grams of heroin during the search", q.Text);
    }

    [Fact]
    public void ToldWithAListenerThenABareClause()
    {
        var q = Only("The driver told police he fell asleep at the wheel.", ("E1", EntityType.Person, ["The driver"]));
        Assert.Equal("tell", q.Cue);
        Assert.Equal("he fell asleep at the wheel", q.Text);
    }

    [Fact]
    public void AParticipleSharesTheSubjectOfTheMainClause()
    {
        var text = "Ms. Osei appealed for calm in a letter posted online, saying she did not expect further violence.";
        var q = Only(text, ("E1", EntityType.Person, ["Ms. Osei"]));
        Assert.Equal("E1", q.SpeakerEntityId);
        Assert.Equal("she did not expect further violence", q.Text);
    }

    [Fact]
    public void ScareQuotesInsideAReportedClauseDoNotBlockIt()
    {
        var q = Only("A ‘phase two’ agreement could slip into next year, trade analysts say.");
        Assert.Equal("trade analysts", q.SpeakerText);
        Assert.StartsWith("A ‘phase two’ agreement", q.Text, StringComparison.Ordinal);
    }

    // ------------------------------------------------------------ channel, medium, addressee

    [Fact]
    public void ToldAnOutletNamesTheMedium()
    {
        var q = Only("The general told Reuters that the offensive had stalled.", ("E1", EntityType.Person, ["The general"]), ("E2", EntityType.Org, ["Reuters"]));
        Assert.Equal("E2", q.ViaEntityId);
        Assert.Equal("the offensive had stalled", q.Text);
    }

    [Theory]
    [InlineData("The minister said at a press conference that the border would reopen.", "press conference")]
    [InlineData("The minister said on state TV that the border would reopen.", "state TV")]
    [InlineData("The minister said in a letter to parliament that the border would reopen.", "letter")]
    [InlineData("The minister said in an interview that the border would reopen.", "interview")]
    [InlineData("The minister said on Twitter that the border would reopen.", "Twitter")]
    public void TheChannelIsNamedNearTheCue(string text, string channel)
    {
        var q = Only(text, ("E1", EntityType.Person, ["The minister"]));
        Assert.Equal(channel, q.Channel);
        Assert.Equal("the border would reopen", q.Text);
    }

    [Fact]
    public void AnInterviewWithAnAgencyNamesTheAgency()
    {
        var q = Only("In an interview with RIA Novosti, the envoy said the sanctions had failed.", ("E1", EntityType.Person, ["the envoy"]), ("E2", EntityType.Org, ["RIA Novosti"]));
        Assert.Equal("interview", q.Channel);
        Assert.Equal("E2", q.ViaEntityId);
    }

    [Fact]
    public void AnAlertFromAnEmbassyIsTheEmbassysWords()
    {
        var q = Only("A security alert from the embassy warned that protests could turn violent.", ("E1", EntityType.Org, ["the embassy"]));
        Assert.Equal("E1", q.SpeakerEntityId);
        Assert.Equal("alert", q.Channel);
        Assert.Equal("warn", q.Cue);
    }

    // ------------------------------------------------------------ second round of indirect speech (own sentences)

    [Fact]
    public void AccordingToAnyShortSourcePhrase()
    {
        var q = Only("According to evidence presented to the jury, the driver had been warned twice.");
        Assert.Equal("according to", q.Cue);
        Assert.Equal("evidence presented to the jury", q.SpeakerText);
        Assert.Equal("the driver had been warned twice", q.Text);
        Assert.Empty(TestDocs.Quotes(TestDocs.With("The vote went ahead according to plan, and the count began at noon.")));
    }

    [Fact]
    public void AnImplicativeInfinitiveReportsButADeclinedOneDoesNot()
    {
        var q = Only("The mayor tried to suggest that the fire had been an accident.", ("E1", EntityType.Person, ["The mayor"]));
        Assert.Equal("E1", q.SpeakerEntityId);
        Assert.Equal("the fire had been an accident", q.Text);
        Assert.Empty(TestDocs.Quotes(TestDocs.With("The mayor declined to say when the bridge would reopen.", ("E1", EntityType.Person, ["The mayor"]))));
    }

    [Fact]
    public void ATimePhraseBetweenSubjectAndCue()
    {
        var q = Only("The appeals court last week ruled that the ban was unlawful.");
        Assert.Equal("rule", q.Cue);
        Assert.Equal("the ban was unlawful", q.Text);
        Assert.Contains("court", q.SpeakerText);
    }

    [Fact]
    public void AReportingNounAfterASupportVerbAndNotARelativeClause()
    {
        var q = Only("Several residents voiced concerns that the water was unsafe.");
        Assert.Equal("the water was unsafe", q.Text);
        Assert.Empty(TestDocs.Quotes(TestDocs.With("The league issued a statement that appeared to end the dispute.", ("E1", EntityType.Org, ["The league"]))));
    }

    [Fact]
    public void AnAsFrameOpeningTheSentence()
    {
        var q = Only("As the Herald reported on Monday, the factory will close in May.", ("E1", EntityType.Org, ["the Herald"]));
        Assert.Equal("E1", q.SpeakerEntityId);
        Assert.Equal("the factory will close in May", q.Text);
    }

    [Fact]
    public void ANameBeforeWhichIsTheSpeakerInsideAPrepositionalPhrase()
    {
        var q = Only("He faces extradition to Norway, which accuses him of smuggling antiques.", ("E1", EntityType.Gpe, ["Norway"]));
        Assert.Equal("E1", q.SpeakerEntityId);
        Assert.Equal("accuse", q.Cue);
    }

    [Fact]
    public void APleaWithAListenerIsARequestButPleadingGuiltyIsNot()
    {
        var q = Only("The nurses pleaded with the board to restore the night shift.", ("E1", EntityType.Org, ["The nurses"]));
        Assert.Equal("the board to restore the night shift", q.Text);
        Assert.Empty(TestDocs.Quotes(TestDocs.With("The driver pleaded guilty to reckless driving.", ("E1", EntityType.Person, ["The driver"]))));
    }

    [Fact]
    public void AnEmbeddedQuestionIsNotAReportedClause() =>
        Assert.Empty(TestDocs.Quotes(TestDocs.With("The survey noted how often people cycled to work.")));

    [Fact]
    public void AnInvertedSpeakerWhoseMentionIsOnlyTheFirstName()
    {
        var q = Only("Two men were detained at the port, said Lena Hart, a customs spokeswoman.", ("E1", EntityType.Person, ["Lena"]));
        Assert.Equal("Two men were detained at the port", q.Text);
        Assert.Equal("E1", q.SpeakerEntityId);
    }
    [Fact]
    public void AnInfinitiveCompletingANounTakesTheClauseSpeakerNotTheNoun()
    {
        // "the right to respond": the parse makes "respond" complete the noun, so the speaker is found beyond the noun;
        // "led the company to announce" keeps the noun (the company) as the one who speaks.
        const string text = "Omar Fathy said his country reserved the right to respond “at a time of our choosing”. " +
                            "The losses led the company to announce “deep cuts to the workforce”.";
        var doc = NlpComponents.Parser().Process(NlpComponents.Tagger().Process(TestDocs.With(text,
            ("E1", EntityType.Person, ["Omar Fathy"]), ("E2", EntityType.Org, ["the company"]))));
        var quotes = TestDocs.Quotes(doc);
        // The infinitive frames nothing, so the quoted words are a fragment of what Fathy said.
        var choosing = Assert.Single(quotes, q => q.Text.Contains("our choosing", StringComparison.Ordinal));
        Assert.Equal(QuoteKind.Mixed, choosing.Kind);
        Assert.Equal("E1", choosing.SpeakerEntityId);
        Assert.Equal("say", choosing.Cue);
        Assert.StartsWith("his country reserved", choosing.Text, StringComparison.Ordinal);
        var cuts = Assert.Single(quotes, q => q.Text.Contains("deep cuts", StringComparison.Ordinal));
        Assert.Equal("E2", cuts.SpeakerEntityId);
    }
    [Fact]
    public void AGerundCueAfterACommaOwnsItsThatClause()
    {
        // "warning" between a comma and "that" reports the clause even where the tagger reads it as a noun; the
        // earlier "called for" keeps its own object.
        const string text = "The United Nations Secretary-General called for an immediate de-escalation, warning that a wider conflict would be catastrophic for the region.";
        var doc = NlpComponents.Parser().Process(NlpComponents.Tagger().Process(TestDocs.With(text, ("E1", EntityType.Org, ["The United Nations Secretary-General"]))));
        var q = Assert.Single(TestDocs.Quotes(doc));
        Assert.Equal("warn", q.Cue);
        Assert.StartsWith("a wider conflict", q.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AReportedClauseRunningIntoAQuoteKeepsTheInnerFrameDespiteAFrameAfterIt()
    {
        // "urged … and “…”, a spokesperson said": the quoted words finish the urged clause, so the quote is mixed, credited to
        // the inner frame (nested frames credit the inner speaker), and the outer frame is not part of its span.
        const string text = "Norway urged both parties to halt the fighting and “return to the table”, a ministry spokesperson said.";
        var doc = NlpComponents.Parser().Process(NlpComponents.Tagger().Process(TestDocs.With(text, ("E1", EntityType.Gpe, ["Norway"]))));
        var q = Assert.Single(TestDocs.Quotes(doc));
        Assert.Equal(QuoteKind.Mixed, q.Kind);
        Assert.Equal("E1", q.SpeakerEntityId);
        Assert.Equal("urge", q.Cue);
        Assert.Equal("both parties to halt the fighting and “return to the table”", q.Span.Of(text));
    }

    [Fact]
    public void ACoordinatedCueTakesTheNamedAppositionOfAPossessedSubject()
    {
        // "Chile's Interior Minister, Ana Soto, … and said": not the possessor (Chile) but the person named in apposition.
        const string text = "Chile's Interior Minister, Ana Soto, visited the port and said the curfew would be lifted on Monday.";
        var doc = NlpComponents.Parser().Process(NlpComponents.Tagger().Process(TestDocs.With(text,
            ("E1", EntityType.Gpe, ["Chile"]), ("E2", EntityType.Person, ["Ana Soto"]))));
        var q = Assert.Single(TestDocs.Quotes(doc));
        Assert.Equal("E2", q.SpeakerEntityId);
        Assert.Equal("the curfew would be lifted on Monday", q.Text);
    }

    [Fact]
    public void ACoordinatedCueTakesTheWholeTitledNameOfTheSubject()
    {
        // "Secretary of State Ellen Hartley arrived … and warned": the title opening the subject leads into the name; the
        // speaker is the titled person, not the title word nor the place name a title may start with ("Lagos Governor").
        const string text = "Secretary of State Ellen Hartley arrived in Manila on Monday and warned that the patrols would continue. " +
                            "Lagos Governor Tunde Bello toured the market and said the stalls would reopen within a week.";
        var doc = NlpComponents.Parser().Process(NlpComponents.Tagger().Process(TestDocs.With(text,
            ("E1", EntityType.Person, ["Ellen Hartley"]), ("E2", EntityType.Gpe, ["Manila"]),
            ("E3", EntityType.Gpe, ["Lagos"]), ("E4", EntityType.Person, ["Tunde Bello"]))));
        var quotes = TestDocs.Quotes(doc);
        var patrols = Assert.Single(quotes, q => q.Text.Contains("patrols", StringComparison.Ordinal));
        Assert.Equal("E1", patrols.SpeakerEntityId);
        Assert.Equal("Ellen Hartley", patrols.SpeakerText);
        var stalls = Assert.Single(quotes, q => q.Text.Contains("stalls", StringComparison.Ordinal));
        Assert.Equal("E4", stalls.SpeakerEntityId);
    }
}
