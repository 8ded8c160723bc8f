using Sitrep.Core;

namespace Sitrep.Quotes.Tests;

/// <summary>Attribution rules on sentences written for these tests, with entities made by hand.</summary>
public sealed class QuoteFinderTests
{
    private static Quote Only(string text, params (string, EntityType, string[])[] entities) =>
        Assert.Single(TestDocs.Quotes(TestDocs.With(text, entities)));

    [Fact]
    public void AnInvertedAttributionAfterTheQuoteNamesTheSpeaker()
    {
        var q = Only("“The border stays closed until further notice,” said Maria Lopez.", ("E1", EntityType.Person, ["Maria Lopez"]));
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal("E1", q.SpeakerEntityId);
        Assert.Equal("say", q.Cue);
        Assert.Equal("The border stays closed until further notice", q.Text);
    }

    [Fact]
    public void AnInterruptedQuoteIsOneQuoteWithTwoParts()
    {
        var q = Only("“We are not leaving,” the minister told reporters, “and we will not be moved.”", ("E1", EntityType.Person, ["the minister"]));
        Assert.Equal(2, q.ContentSpans.Length);
        Assert.Equal("tell", q.Cue);
        Assert.Equal("E1", q.SpeakerEntityId);
    }

    [Fact]
    public void APronounSpeakerTakesThePreviousSpeakerWhenCoreferenceIsSilent()
    {
        var doc = TestDocs.With("The ministry said the convoy had been stopped. “No aid will pass today,” it added.",
            ("E1", EntityType.Org, ["The ministry"]));
        var quotes = TestDocs.Quotes(doc);
        Assert.Equal(2, quotes.Length);
        Assert.Equal(QuoteKind.Indirect, quotes[0].Kind);
        Assert.Equal("the convoy had been stopped", quotes[0].Text);
        Assert.Equal("E1", quotes[1].SpeakerEntityId);
        Assert.Equal("it", quotes[1].SpeakerText);
    }

    [Fact]
    public void APronounTakesThePersonNamedSinceTheLastQuoteOverTheLastSpeaker()
    {
        var doc = TestDocs.With("“The vessel intruded into our waters,” said Lin Tao.\n\nMarcos Reyes summoned his council on Tuesday. "
            + "In a post, he wrote: “We will not be intimidated.”",
            ("E1", EntityType.Person, ["Lin Tao"]), ("E2", EntityType.Person, ["Marcos Reyes", "he"]));
        var quotes = TestDocs.Quotes(doc);
        Assert.Equal("E1", quotes[0].SpeakerEntityId);
        var post = Assert.Single(quotes, q => q.Text.StartsWith("We will not", StringComparison.Ordinal));
        Assert.Equal("E2", post.SpeakerEntityId);
    }

    [Fact]
    public void AnAppositionBetweenSpeakerAndVerbIsSkipped()
    {
        var q = Only("Omar Haddad, a senior adviser to the council, said the ceasefire would hold.", ("E1", EntityType.Person, ["Omar Haddad"]));
        Assert.Equal("E1", q.SpeakerEntityId);
        Assert.Equal("the ceasefire would hold", q.Text);
    }

    [Fact]
    public void AReportedClauseBeforeItsAttributionIsIndirectSpeech()
    {
        var q = Only("Three soldiers were wounded in the attack, the army said in a statement on Sunday.", ("E1", EntityType.Org, ["the army"]));
        Assert.Equal(QuoteKind.Indirect, q.Kind);
        Assert.Equal("E1", q.SpeakerEntityId);
        Assert.Equal("statement", q.Channel);
        Assert.Equal("Three soldiers were wounded in the attack", q.Text);
    }

    [Fact]
    public void AccordingToAttributesTheClause()
    {
        var q = Only("According to the health ministry, 40 people were treated for smoke inhalation.", ("E1", EntityType.Org, ["the health ministry"]));
        Assert.Equal("according to", q.Cue);
        Assert.Equal("E1", q.SpeakerEntityId);
        Assert.Equal("40 people were treated for smoke inhalation", q.Text);
    }

    [Fact]
    public void ScareQuotesAndTitlesWithoutACueAreNotQuotes()
    {
        var doc = TestDocs.With("The so-called “peace dividend” never arrived. Critics of the film “Winter Sun” were few.");
        Assert.Empty(TestDocs.Quotes(doc));
    }

    [Fact]
    public void ANicknameBesideALabellingVerbIsNotSpeech()
    {
        var doc = TestDocs.With("The prison, dubbed the “Iron House” by inmates, was closed in 1999.");
        Assert.Empty(TestDocs.Quotes(doc));
    }

    [Fact]
    public void AFragmentQuotedInsideReportedSpeechIsAMixedQuote()
    {
        var q = Only("The senator called the proposal a “reckless gamble” with public money.", ("E1", EntityType.Person, ["The senator"]));
        Assert.Equal(QuoteKind.Mixed, q.Kind);
        Assert.Equal("call", q.Cue);
        Assert.Equal("E1", q.SpeakerEntityId);
        Assert.Contains("reckless gamble", q.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AQuoteParagraphAfterAnAttributedQuoteContinuesTheSameSpeaker()
    {
        var text = "“We had no warning,” said Ana Ruiz, who lives near the dam.\n\n“The water came up to the second floor within an hour.”";
        var quotes = TestDocs.Quotes(TestDocs.With(text, ("E1", EntityType.Person, ["Ana Ruiz"])));
        Assert.Equal(2, quotes.Length);
        Assert.All(quotes, q => Assert.Equal("E1", q.SpeakerEntityId));
        Assert.Null(quotes[1].Cue);
    }

    [Fact]
    public void ATweetGivesTheChannelAndAnInterviewNamesItsOutlet()
    {
        var text = "In an interview with Radio Nord, the mayor said: “We will rebuild every school.” She later tweeted that the budget was ready.";
        var quotes = TestDocs.Quotes(TestDocs.With(text, ("E1", EntityType.Person, ["the mayor", "She"]), ("E2", EntityType.Org, ["Radio Nord"])));
        Assert.Equal(2, quotes.Length);
        Assert.Equal("interview", quotes[0].Channel);
        Assert.Equal("E2", quotes[0].ViaEntityId);
        Assert.Equal("Twitter", quotes[1].Channel);
        Assert.Equal("tweet", quotes[1].Cue);
    }

    [Fact]
    public void TheLexiconInflectsRegularVerbsAndKeepsIrregularForms()
    {
        var lex = CueLexicon.Default;
        Assert.True(lex.CueCount > 600);
        string[] words = ["warned", "denies", "urging", "said", "told", "slammed", "statement"];
        foreach (var w in words) Assert.True(lex.IsCueWord(w), w);
    }
    [Fact]
    public void AQuotedFragmentEndingAClauseThatBeganBeforeTheMarkIsMixed()
    {
        var q = Only("Privacy, like sustainability, is not “a bolt-on thing,” Cook said.", ("E1", EntityType.Person, ["Cook"]));
        Assert.Equal(QuoteKind.Mixed, q.Kind);
        Assert.Equal("E1", q.SpeakerEntityId);
        Assert.StartsWith("Privacy, like sustainability, is not", q.Text);
    }

    [Fact]
    public void AReportedClauseRunsOverAnAsideBetweenDashes()
    {
        var q = Only("NASA said the five companies — Blue Origin, Ceres Robotics and SpaceX — had been selected for the program.", ("E1", EntityType.Org, ["NASA"]));
        Assert.Equal(QuoteKind.Indirect, q.Kind);
        Assert.EndsWith("had been selected for the program", q.Text);
    }

    [Fact]
    public void AProgressiveCueReportsLikeAFiniteOne()
    {
        var q = Only("Consumer advocates are urging the commission to establish backup power requirements.");
        Assert.Equal(QuoteKind.Indirect, q.Kind);
        Assert.Equal("urge", q.Cue);
        Assert.Equal("Consumer advocates", q.SpeakerText);
        Assert.Equal("the commission to establish backup power requirements", q.Text);
    }

    [Fact]
    public void AQuoteEndingInANestedQuoteTakesTheFrameAfterIt()
    {
        var q = Only("“I then heard the president ask, ‘So he’s going to do it?’” Holmes testified.", ("E1", EntityType.Person, ["Holmes"]));
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal("testify", q.Cue);
        Assert.Equal("E1", q.SpeakerEntityId);
    }

    [Fact]
    public void ScoringVerbsAndLinkingPhrasesAreNotReports()
    {
        Assert.Empty(TestDocs.Quotes(TestDocs.With("Danilo Gallinari added 25 points in his former home arena.")));
        var q = Only("That being said, “people should not throw their pillows out,” he said.", ("E1", EntityType.Person, ["he"]));
        Assert.Equal("he", q.SpeakerText);
        Assert.Equal(QuoteKind.Direct, q.Kind);
    }

    [Fact]
    public void ADocumentNamedWithItsAuthorCreditsTheAuthor()
    {
        var q = Only("“Prices will keep rising next year,” said a report from Northgate Capital Partners.");
        Assert.Equal("Northgate Capital Partners", q.SpeakerText);
        var r = Only("The mine will close in March, according to a new report by the Harbour Ledger.");
        Assert.Equal(QuoteKind.Indirect, r.Kind);
        Assert.Equal("the Harbour Ledger", r.SpeakerText);
    }

    [Fact]
    public void APassiveLabelVerbNamesAThingAndQuotesNoOne()
    {
        Assert.Empty(TestDocs.Quotes(TestDocs.With("When the illness comes from pigeons, it is called “pigeon keeper’s lung.”")));
        Assert.Empty(TestDocs.Quotes(TestDocs.With("Mould in hay can lead to what’s called “thresher's lung,” a rarer form.")));
    }

    [Fact]
    public void TellWithAListenerAndAnInfinitiveIsAReportedRequest()
    {
        var q = Only("Her doctor told the patient to remove the carpet from her bedroom.");
        Assert.Equal(QuoteKind.Indirect, q.Kind);
        Assert.Equal("tell", q.Cue);
        Assert.Equal("Her doctor", q.SpeakerText);
        Assert.Equal("the patient to remove the carpet from her bedroom", q.Text);
    }

    [Fact]
    public void ARelativeClauseInsideTheReportedSubjectDoesNotEndTheClause()
    {
        var q = Only("The utility estimated that 12,000 households, which make up a tenth of the district, lost power overnight.");
        Assert.Equal("12,000 households, which make up a tenth of the district, lost power overnight", q.Text);
    }

    [Fact]
    public void AScareQuotedWordInsideThePhraseAndATitleAfterAPrepositionAreNotQuotes()
    {
        Assert.Empty(TestDocs.Quotes(TestDocs.With("The plume is larger than what is predicted to result from “exogenic” processes on the surface.")));
        var q = Only("“We never take a heartbeat for granted,” the actor previously said on “DWTS.”", ("E1", EntityType.Person, ["the actor"]));
        Assert.Equal("We never take a heartbeat for granted", q.Text);
    }

    [Fact]
    public void AFiniteCueRightAfterAClosingQuoteIsTheFrameEvenWhenTaggedANoun()
    {
        var q = Assert.Single(TestDocs.TaggedQuotes("“We adjusted the architecture of the spacecraft and its logistics,” comments Robin Biesbroek of the design team."));
        Assert.Equal("comment", q.Cue);
        Assert.StartsWith("Robin Biesbroek", q.SpeakerText);
    }

    [Fact]
    public void ALongAppositionWithPlacesIsPassedOverToTheSpeaker()
    {
        var q = Only("“Liquid water is hard to find beyond Earth,” Lucas Moreau, a planetary scientist at the Goddard center in Greenbelt, Maryland, and the American University in Washington, D.C., said in a statement.",
            ("E1", EntityType.Person, ["Lucas Moreau"]));
        Assert.Equal("E1", q.SpeakerEntityId);
        Assert.Equal("statement", q.Channel);
    }

    [Fact]
    public void AOneWordQuoteSentenceRepeatingTheLastWordIsStillAQuote()
    {
        var quotes = TestDocs.Quotes(TestDocs.With("“You have to give me a big win please,” he said later. “Please.”", ("E1", EntityType.Person, ["he"])));
        Assert.Equal(2, quotes.Length);
        Assert.Equal("Please.", quotes[1].Text);
        Assert.Equal("E1", quotes[1].SpeakerEntityId);
    }

    [Fact]
    public void ACueInThirdPersonBeforeThatOrTheSentenceEndIsAVerbEvenWhenTaggedANoun()
    {
        var q = Assert.Single(TestDocs.TaggedQuotes("In Europe, Renault estimates that could mean 400 kilometres on one charge."));
        Assert.Equal("estimate", q.Cue);
        Assert.Equal("Renault", q.SpeakerText);
        var r = Assert.Single(TestDocs.TaggedQuotes("Astronomers have now seen water vapour above the moon for the first time, a new study reports."));
        Assert.Equal("report", r.Cue);
        Assert.Equal("Astronomers have now seen water vapour above the moon for the first time", r.Text);
    }

    [Fact]
    public void ACapitalisedTitleAfterANameIsAnApposition()
    {
        var q = Only("Priya Nair, Head of Research at Harbour Securities, pointed out that this is a stock-picker's market.", ("E1", EntityType.Person, ["Priya Nair"]));
        Assert.Equal("E1", q.SpeakerEntityId);
        Assert.Equal("this is a stock-picker's market", q.Text);
    }

    [Fact]
    public void AFrameAfterItsClauseMayEndWithARelativeClauseOnItsDocument()
    {
        var q = Only("Such stripping would happen every few nights, the researchers wrote in the new paper, which was published online today.");
        Assert.Equal(QuoteKind.Indirect, q.Kind);
        Assert.Equal("Such stripping would happen every few nights", q.Text);
    }

    [Fact]
    public void ANameJoinedToTheSpeakerPhraseByAndSpeaksAfterTheClause()
    {
        var q = Only("Such stripping would happen every few nights, Moreau and his team wrote in the new paper.", ("E1", EntityType.Person, ["Moreau"]));
        Assert.Equal(QuoteKind.Indirect, q.Kind);
        Assert.Equal("Such stripping would happen every few nights", q.Text);
    }

    [Fact]
    public void ADocumentBeforeThatSaidIsTheRelativeAntecedent()
    {
        var q = Only("The company published a blog post that said customers without a subscription could now listen for free.");
        Assert.Equal("customers without a subscription could now listen for free", q.Text);
        Assert.Contains("post", q.SpeakerText);
    }

    [Fact]
    public void NothingIsNoSource()
    {
        // The parse offers "nothing" as the subject when the surface rules find none.
        Assert.Empty(TestDocs.ParsedQuotes("His main hobby was playing the saxophone for a band, and nothing indicated that he was exposed to anything unusual."));
    }

    [Fact]
    public void AnAccusationMayNameAListAndPutAnAdverbBeforeTheGerund()
    {
        var q = Only("On Thursday, Swift accused Braun, Borchetta and the label of also blocking her new documentary.", ("E1", EntityType.Person, ["Swift"]));
        Assert.Equal("accuse", q.Cue);
        Assert.Equal("Braun, Borchetta and the label of also blocking her new documentary", q.Text);
    }

    [Fact]
    public void APassiveCueIsNoFrameForTheClauseBeforeIt()
    {
        Assert.Empty(TestDocs.Quotes(TestDocs.With("Unlike the first two films in the series, the third was directed by Justin Lin.")));
    }

    [Fact]
    public void AnAgeBeforeTheNameAfterTheCueBelongsToTheSpeakerPhrase()
    {
        var q = Only("“I could only manage two stairs at a time,” wrote 43-year-old Martin Taylor of Aberdeenshire, Scotland, in a case study published Monday.",
            ("E1", EntityType.Person, ["Martin Taylor"]), ("E2", EntityType.Gpe, ["Scotland"]));
        Assert.Equal("write", q.Cue);
        Assert.Equal("E1", q.SpeakerEntityId);
    }

    [Fact]
    public void AnInfinitiveBeforeTheMarkDoesNotStopAMixedQuoteAndARelativeClauseAfterTheFrameIsNotPartOfIt()
    {
        var q = Only("Four doctor visits failed to find the cause, which was “extremely distressing,” wrote Taylor, who had never smoked.", ("E1", EntityType.Person, ["Taylor"]));
        Assert.Equal(QuoteKind.Mixed, q.Kind);
        Assert.StartsWith("Four doctor visits failed to find the cause", q.Text);
        Assert.EndsWith("distressing", q.Text);
    }

    [Fact]
    public void TheMonthMayIsNoModalInAnObjectAfterACue()
    {
        Assert.Empty(TestDocs.Quotes(TestDocs.With("The researchers observed the moon for 17 nights, from February 2016 through May 2017.")));
    }

    [Fact]
    public void ADeniedObjectStopsBeforeTheChannelPhrase()
    {
        var q = Only("The label flatly denied the allegations in a statement posted to its website.");
        Assert.Equal("deny", q.Cue);
        Assert.Equal("the allegations", q.Text);
    }

    [Fact]
    public void ACueNounBeforeAColonAttributesTheQuoteOpeningTheNextParagraph()
    {
        var quotes = TestDocs.Quotes(TestDocs.With("She shared the campaign's website, which carries the following statement:\n\n“Meth is a problem here. Let’s work together.”"));
        var q = Assert.Single(quotes);
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal("statement", q.Cue);
    }

    [Fact]
    public void AccordingToOpeningTheSentenceFramesAQuotedFragmentLaterInIt()
    {
        var q = Only("According to the patient, the steroids “had a transformative effect within two days.”");
        Assert.Equal(QuoteKind.Mixed, q.Kind);
        Assert.Equal("according to", q.Cue);
        Assert.Equal("the patient", q.SpeakerText);
        Assert.StartsWith("the steroids", q.Text);
    }

    [Fact]
    public void APastCueRightAfterASubjectPronounIsAVerbEvenWhenTaggedAnAdjective()
    {
        var q = Assert.Single(TestDocs.TaggedQuotes("As he related, “the course of steroids continued for a year.”"));
        Assert.Equal("relate", q.Cue);
        Assert.Equal(QuoteKind.Direct, q.Kind);
    }

    [Fact]
    public void EvidenceThatShowsSomethingQuotesNoOne()
    {
        Assert.Empty(TestDocs.Quotes(TestDocs.With("A scan of his chest showed a “ground glass” pattern in both of his lungs.")));
    }
    [Fact]
    public void AReportInsideAReportedClauseIsAQuoteOfItsOwn()
    {
        var qs = TestDocs.ParsedQuotes("The Herald says the driver was stopped at the border after customs officers said he carried forged papers.");
        Assert.True(qs.Length == 2, string.Join(" | ", qs.Select(q => q.Text)));
        Assert.Equal(2, qs.Length);
        Assert.StartsWith("the driver was stopped", qs[0].Text);
        var inner = qs[1];
        Assert.Equal("he carried forged papers", inner.Text);
        Assert.Equal("customs officers", inner.SpeakerText);
    }

    [Fact]
    public void AReportInARelativeClauseInsideAReportedClauseIsNoQuote()
    {
        var q = Only("The agency reported that the share of drivers who have reported using phones was 9 percent.");
        Assert.StartsWith("the share of drivers", q.Text);
    }
    [Fact]
    public void OnlyVerbsOfSayingNestInsideAReportedClause()
    {
        var q = Assert.Single(TestDocs.ParsedQuotes("The ministry said it had recalled its ambassador from Oslo and summoned the Norwegian envoy."));
        Assert.StartsWith("it had recalled", q.Text);
    }
    [Fact]
    public void AMixedClauseStopsAtACommaInsideTheClosingMarkBeforeAsOrWhile()
    {
        var q = Assert.Single(TestDocs.ParsedQuotes("Rail unions called the timetable a \"slow disaster,\" as commuters kept waiting for trains that never came."));
        Assert.Equal(QuoteKind.Mixed, q.Kind);
        Assert.Equal("the timetable a slow disaster", q.Text);
    }
    [Fact]
    public void AnExplanationOrQuestionPutAsHowOrWhyIsReportedSpeech()
    {
        var q = Assert.Single(TestDocs.ParsedQuotes("In their report the engineers detail how the pump had failed during the storm."));
        Assert.Equal(QuoteKind.Indirect, q.Kind);
        Assert.Equal("detail", q.Cue);
        Assert.Equal("how the pump had failed during the storm", q.Text);
        var g = Assert.Single(TestDocs.ParsedQuotes("The mayor spent an hour explaining why the bridge had stayed closed."));
        Assert.Equal("why the bridge had stayed closed", g.Text);
        Assert.Empty(TestDocs.ParsedQuotes("The mayor was asked how the bridge had stayed closed."));
    }
    [Fact]
    public void AReportedClauseRunsOverAPeriodInsideAName()
    {
        var q = Assert.Single(TestDocs.ParsedQuotes("The company says the XR. GRAND TOURER may only be a study today, but a version could reach Europe."));
        Assert.StartsWith("the XR. GRAND TOURER may only be a study today", q.Text);
    }
    [Fact]
    public void ARelativePronounBeforeTheFrameIsTheReportedSubject()
    {
        var q = Assert.Single(TestDocs.ParsedQuotes("Rebels fired on the convoy, which they said carried weapons across the river."));
        Assert.Equal(QuoteKind.Indirect, q.Kind);
        Assert.Equal("carried weapons across the river", q.Text);
        Assert.Equal("they", q.SpeakerText);
    }
    [Fact]
    public void AnAnnouncedOrRevealedObjectIsTheReportUpToASubordinateClause()
    {
        var q = Assert.Single(TestDocs.ParsedQuotes("The band announced the 12-city tour while wrapping up its spring shows in Ohio."));
        Assert.Equal(QuoteKind.Indirect, q.Kind);
        Assert.Equal("announce", q.Cue);
        Assert.Equal("the 12-city tour", q.Text);
        var list = Assert.Single(TestDocs.ParsedQuotes("The agency announced the selection of Alpha Corp., Beta Labs and Gamma Systems for the lunar program."));
        Assert.StartsWith("the selection of Alpha Corp., Beta Labs and Gamma Systems", list.Text);
    }

    [Theory]
    [InlineData("Odd as it sounds — the late critic wrote about similar, possibly migraine-induced visions in her book “Nocturne” — Ms. Vale was not amused.", "Nocturne")]
    [InlineData("She was fresh from directing a lavish adaptation of “Anna Karenina” for the BBC.", "Anna Karenina")]
    [InlineData("Veteran writers who had written hits for the television show “Harbour Lights,” Vale’s partners Ann Roe and Jo Lee came to the film with the same idea.", "Harbour Lights")]
    public void AQuotedTitleAfterAWorkNounIsNoQuote(string text, string title)
    {
        Assert.DoesNotContain(TestDocs.ParsedQuotes(text), q => q.Text.Contains(title, StringComparison.Ordinal));
    }

    [Fact]
    public void AnInvertedFrameReadsPastANameParticleAndTheApposition()
    {
        var q = Only("Prices will rise again before the summer, said Ana de Souza, an economist at the central bank.",
            ("E1", EntityType.Person, ["Ana"]));
        Assert.Equal(QuoteKind.Indirect, q.Kind);
        Assert.Equal("Prices will rise again before the summer", q.Text);
    }

    [Fact]
    public void APluralPossessiveInTheAppositionIsNoQuotationMark()
    {
        var q = Only("Half the posts were empty last winter, said Tom Reed, head of the nurses' union.",
            ("E1", EntityType.Person, ["Tom Reed"]));
        Assert.Equal("E1", q.SpeakerEntityId);
        Assert.Equal("Half the posts were empty last winter", q.Text);
    }

    [Fact]
    public void APronounWithItsOwnVerbAfterTheCueIsTheReportedSubject()
    {
        var q = Only("Lena Ortiz, who advises the families, said she's glad to see the inquiry reopen.",
            ("E1", EntityType.Person, ["Lena Ortiz", "she"]));
        Assert.Equal("E1", q.SpeakerEntityId);
        Assert.Equal("she's glad to see the inquiry reopen", q.Text);
    }

    [Theory]
    [InlineData("The firm sells small turbines that energy analysts say will cut costs for farms.", "will cut costs for farms")]
    [InlineData("The council passed a levy that the mayor says is vital to keeping buses running.", "is vital to keeping buses running")]
    public void ARelativePronounWithItsOwnSubjectBeforeTheCueIsTheReportedSubject(string text, string clause)
    {
        var q = Assert.Single(TestDocs.ParsedQuotes(text));
        Assert.Equal(QuoteKind.Indirect, q.Kind);
        Assert.Equal(clause, q.Text);
    }

    [Theory]
    [InlineData("The new display adds a layer of depth by showing maps of the coast and helping pilots spot storms, gusts, and fog.")]
    [InlineData("The observatory maintains its own rain gauge and reported on Monday that the river was rising.")]
    [InlineData("The trust, which owns four museums and boasts a record as a careful steward of art, has drawn praise from donors.")]
    public void AVerbThatAlsoTakesAPlainObjectReportsNoNounPhraseWhoseVerbFollowsABreak(string text)
    {
        Assert.DoesNotContain(TestDocs.ParsedQuotes(text), q => q.Cue is "add" or "maintain" or "boast");
    }

    [Fact]
    public void APastFormOpeningItsSentenceFramesNothing()
    {
        var quotes = TestDocs.ParsedQuotes("The council said the river was rising. Added together, the rain has become a threat to the harbour.");
        var q = Assert.Single(quotes);
        Assert.Equal("the river was rising", q.Text);
    }

    [Fact]
    public void CalculatingIsReckoningNotReportedSpeech()
    {
        // Cognition without a speech act is not annotated; "calculate" counts only beside quotation marks.
        Assert.Empty(TestDocs.ParsedQuotes("The ministry has calculated that the grain reserves will last another decade."));
    }

    [Fact]
    public void ASecondThatClauseAfterButBelongsToTheSameReport()
    {
        var q = Only("Kim conceded that the pilot had overrun its budget, but that the results justified a second phase.",
            ("E1", EntityType.Person, ["Kim"]));
        Assert.Equal("the pilot had overrun its budget, but that the results justified a second phase", q.Text);
    }

    [Fact]
    public void ADateBetweenThePossessiveAndTheClaimNounKeepsTheSpeaker()
    {
        var q = Only("Despite Ms. Hale's Nov. 3 announcement that the two firms had reached a “final” accord, no deal was signed.",
            ("E1", EntityType.Person, ["Ms. Hale"]));
        Assert.Equal("E1", q.SpeakerEntityId);
        Assert.Contains("the two firms had reached", q.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AParticipleJoinedByAndToACommaParticipleSharesTheSentencesPronounSubject()
    {
        var quotes = TestDocs.Quotes(TestDocs.With(
            "She has pressed rival firms, including Acme and Bolt, openly warning them of fines and suggesting she might close the market.",
            ("E1", EntityType.Person, ["She", "she"]), ("E2", EntityType.Org, ["Acme"]), ("E3", EntityType.Org, ["Bolt"])));
        var q = Assert.Single(quotes, x => x.Cue == "suggest");
        Assert.Equal("she might close the market", q.Text);
        Assert.Equal("E1", q.SpeakerEntityId);
    }

    [Fact]
    public void APartyAndStateTagAfterANameIsNoSpeaker()
    {
        var q = Only("Sen. Jo Marsh, D-Ore., said the audit was long overdue.", ("E1", EntityType.Person, ["Jo Marsh"]));
        Assert.Equal("E1", q.SpeakerEntityId);
    }

    [Theory]
    [InlineData("Ana Ruiz, Senior Vice President of Sales for Helix, Inc., says: “Our clients wanted fewer alarms.”", "Ana Ruiz")]
    [InlineData("Ana Ruiz, President Helix South America, says: “Our clients wanted fewer alarms.”", "Ana Ruiz")]
    public void ACapitalisedTitleOrACompanySuffixAfterANameIsNoSpeaker(string text, string name)
    {
        var q = Only(text, ("E1", EntityType.Person, [name]), ("E2", EntityType.Org, ["Helix"]));
        Assert.Equal("E1", q.SpeakerEntityId);
    }

    [Fact]
    public void AnOrganisationNamingTheTitleOfThePersonAfterItIsNoSpeaker()
    {
        var q = Only("“The launch will slip,” said NASA administrator Lee Park.", ("E1", EntityType.Org, ["NASA"]), ("E2", EntityType.Person, ["Lee Park"]));
        Assert.Equal("E2", q.SpeakerEntityId);
    }

    [Fact]
    public void AFrameNeverReachesBackAcrossAParagraphBreak()
    {
        var text = "“We never had smog like this,” said Ravi Nair. “What changed in 2009?”\n\nNair explained that the new law moved the harvest later in the year.";
        var quotes = TestDocs.Quotes(TestDocs.With(text, ("E1", EntityType.Person, ["Ravi Nair", "Nair"])));
        Assert.Contains(quotes, q => q.Kind == QuoteKind.Indirect && q.Cue == "explain" && q.Text == "the new law moved the harvest later in the year");
        Assert.DoesNotContain(quotes, q => q.Kind == QuoteKind.Direct && q.Cue == "explain");
    }

    [Theory]
    [InlineData("Guards had earlier threatened to seal the camp if the protests went on.", "to seal the camp if the protests went on")]
    [InlineData("The governor promised to reopen the clinics by spring.", "to reopen the clinics by spring")]
    public void ACommitmentWithItsInfinitiveIsReportedSpeech(string text, string clause)
    {
        var q = Assert.Single(TestDocs.ParsedQuotes(text));
        Assert.Equal(QuoteKind.Indirect, q.Kind);
        Assert.Equal(clause, q.Text);
    }

    [Fact]
    public void AClauseThatBeganInsideBracketsEndsWithThem()
    {
        var quotes = TestDocs.ParsedQuotes("The chain cut 40 jobs (the company would not confirm the number but called it “minor”) and its rival cut 200.");
        var q = Assert.Single(quotes);
        Assert.Equal("it minor", q.Text);
    }

    [Fact]
    public void AnAnnouncedObjectEndsBeforeDuring()
    {
        var q = Assert.Single(TestDocs.ParsedQuotes("The minister announced the new tariff schedule during a visit to the port with trade officials."));
        Assert.Equal("the new tariff schedule", q.Text);
    }

    [Fact]
    public void APastFormAfterADeterminerModifiesANoun()
    {
        Assert.Empty(TestDocs.ParsedQuotes("The goal is to be met with big parks such as a recently announced 1.5 GW offshore wind project and a 2 GW solar array planned in the north and announced by the premier last year."));
    }

    [Fact]
    public void AnAsAsideWithANamingVerbLabelsAThing()
    {
        Assert.Empty(TestDocs.ParsedQuotes("Perhaps there are grounds for hope, since the “new Harbor,” as Lund dubbed the combination, will have national-scale heft."));
    }

    [Fact]
    public void ACommaClosingAnAsideInsideTheThatClauseDoesNotOpenTheQuote()
    {
        var q = Assert.Single(TestDocs.ParsedQuotes("Auditors alleged that two clerks, assigned to the night desk, \"played cards,\" dozed in the lobby and skipped the rounds."));
        Assert.Equal(QuoteKind.Mixed, q.Kind);
        Assert.StartsWith("two clerks, assigned to the night desk", q.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AReportedClauseCompleteBeforeAColonLeavesTheQuotedWordsAfterItToTheWriter()
    {
        var quotes = TestDocs.ParsedQuotes("Meanwhile, residents note that soldiers cleared the roads on Sunday: a “goodwill gesture” that alarmed many.");
        var q = Assert.Single(quotes);
        Assert.Equal(QuoteKind.Indirect, q.Kind);
        Assert.Equal("soldiers cleared the roads on Sunday", q.Text);
    }

    [Fact]
    public void APresentPluralCueBeforeThatReports()
    {
        var q = Assert.Single(TestDocs.ParsedQuotes("Local critics suggest that the new fee will hurt small farms."));
        Assert.Equal("the new fee will hurt small farms", q.Text);
    }

    [Fact]
    public void AFrameInAFrontedSubordinateClauseReportsUpToItsComma()
    {
        var quotes = TestDocs.ParsedQuotes("Although neighbours suggested the fire may have been set on purpose, Chief Ruiz told lawmakers no evidence supports anything other than an accident.");
        Assert.Contains(quotes, q => q.Cue == "suggest" && q.Text == "the fire may have been set on purpose");
        Assert.Contains(quotes, q => q.Cue == "tell" && q.Text == "no evidence supports anything other than an accident");
    }

    [Theory]
    [InlineData("The mayor touted the budget as a turning point for the city's schools.", "the budget as a turning point for the city's schools")]
    [InlineData("The senator cited the protests as proof that the reform had failed.", "the protests as proof that the reform had failed")]
    public void AVerbOfDescribingWithAnAsPhraseReportsHowTheSourcePutIt(string text, string clause)
    {
        var q = Assert.Single(TestDocs.ParsedQuotes(text));
        Assert.Equal(clause, q.Text);
    }

    [Fact]
    public void AnAsPhraseOfAVerbInsideTheObjectIsNoDescription()
    {
        Assert.Empty(TestDocs.ParsedQuotes("The union cited a survey showing the county as the worst-paid in the state."));
    }

    [Theory]
    [InlineData("The army moved into the town as the rebels said they would not surrender.", "the rebels", "say")]
    [InlineData("The cabinet resigned as the opposition accused it of fraud.", "the opposition", "accuse")]
    public void TheSubjectOfASubordinateClauseSpeaksForItsCue(string text, string speaker, string cue)
    {
        var q = Assert.Single(TestDocs.ParsedQuotes(text));
        Assert.Equal(cue, q.Cue);
        Assert.Equal(speaker, q.SpeakerText);
    }

    [Fact]
    public void AWholeSentenceQuotedAfterAColonIsThePersonSubjectsWords()
    {
        var q = Only("Maria Lopez, who phoned in from the set, had a similar experience: \"It was just the right song for the film.\"", ("E1", EntityType.Person, ["Maria Lopez"]));
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal("E1", q.SpeakerEntityId);
        Assert.Empty(TestDocs.ParsedQuotes("The stakes are high for the council: \"We cannot lose this vote.\""));
    }

    [Fact]
    public void RespondedThatReportsTheClause()
    {
        var q = Assert.Single(TestDocs.ParsedQuotes("The director responded that the dam is the only barrier against the floods."));
        Assert.Equal("respond", q.Cue);
        Assert.Equal("the dam is the only barrier against the floods", q.Text);
    }

    [Fact]
    public void ASubordinateClauseAloneBeforeTheFrameIsNoReport()
    {
        Assert.Empty(TestDocs.ParsedQuotes("Though most marchers stayed calm, a small group of students responded with violence."));
    }

    [Fact]
    public void AForecastIssuedAsAStatementIsReported()
    {
        var q = Assert.Single(TestDocs.ParsedQuotes("The budget office projects that the levy will cut output by 0.3 percent by 2030."));
        Assert.Equal("project", q.Cue);
        Assert.Equal("the levy will cut output by 0.3 percent by 2030", q.Text);
    }

    [Fact]
    public void TheMonthMayBetweenCueAndThatIsNoModal()
    {
        var q = Assert.Single(TestDocs.ParsedQuotes("The harbour authority said in May that the new quay would open in the autumn."));
        Assert.Equal("the new quay would open in the autumn", q.Text);
    }

    [Fact]
    public void AnAcknowledgementWithThatNestsInsideAReportedClause()
    {
        var quotes = TestDocs.ParsedQuotes("Auditors alleged that the two clerks acknowledged to managers that they had skipped the night rounds.");
        Assert.Contains(quotes, q => q.Cue == "allege");
        Assert.Contains(quotes, q => q.Cue == "acknowledge" && q.Text == "they had skipped the night rounds");
    }

    [Fact]
    public void AQuantifierAfterItsSubjectLeavesTheCueAVerb()
    {
        var q = Assert.Single(TestDocs.ParsedQuotes("The two ministers both said the border would stay open."));
        Assert.Equal("the border would stay open", q.Text);
    }

    [Fact]
    public void ADocumentOwnedByAPossessorReportsThePossessorsWords()
    {
        var q = Assert.Single(TestDocs.ParsedQuotes("The mayor cited the engineers' report that concluded the dam was unsafe."));
        Assert.Equal("conclude", q.Cue);
        Assert.Equal("the engineers", q.SpeakerText);
        Assert.Equal("the dam was unsafe", q.Text);
    }

    [Fact]
    public void AQuoteAfterAFrameInARelativeClauseGoesOnWithTheSentencesSpeaker()
    {
        var quotes = TestDocs.ParsedQuotes("The senator then referred to the engineers' report that concluded the dam was unsafe. \"I cannot disagree with it.\"");
        Assert.Equal(2, quotes.Length);
        Assert.Equal("The senator", quotes[1].SpeakerText);
    }

    [Fact]
    public void AThreatInAParticipleAfterACommaIsReported()
    {
        var quotes = TestDocs.ParsedQuotes("The minister toured the border posts on Friday, openly threatening them with long prison terms.");
        var q = Assert.Single(quotes);
        Assert.Equal("threaten", q.Cue);
        Assert.Equal("them with long prison terms", q.Text);
    }

    [Fact]
    public void ARecommendationWithASubjunctiveClauseIsReported()
    {
        var q = Assert.Single(TestDocs.ParsedQuotes("The health board recommends all pupils over age 12 wear masks on buses."));
        Assert.Equal("recommend", q.Cue);
        Assert.Equal("all pupils over age 12 wear masks on buses", q.Text);
        Assert.Empty(TestDocs.ParsedQuotes("The health board recommends a booster dose for all pupils."));
    }

    [Fact]
    public void AReportedClauseEndsBeforeACoordinatedCueWithAQuoteOfItsOwn()
    {
        var quotes = TestDocs.ParsedQuotes("The governor said she had read the audit and branded the payments a \"scandal.\"");
        Assert.Contains(quotes, q => q.Cue == "say" && q.Text == "she had read the audit");
    }

    [Fact]
    public void AnAsFrameOpeningTheSentenceReportsTheWholeMainClauseWithTheTagger()
    {
        var q = Assert.Single(TestDocs.ParsedQuotes("As Maria Lopez reports for the Tribune, the river rose two metres overnight, when crews in Lyon closed the old bridge."));
        Assert.Equal("report", q.Cue);
        Assert.Contains("Lopez", q.SpeakerText, StringComparison.Ordinal);
        Assert.Equal("the river rose two metres overnight, when crews in Lyon closed the old bridge", q.Text);
    }

    [Fact]
    public void AnAnnouncementWithAThatClauseNestsInAReportedClause()
    {
        var quotes = TestDocs.ParsedQuotes("The Herald says the plant closed early, after the owners announced that the old furnace had cracked.");
        Assert.Equal(2, quotes.Length);
        Assert.Contains(quotes, q => q.Cue == "announce" && q.Text == "the old furnace had cracked");
    }

    [Fact]
    public void ASentenceThatOnlyNamesItsSourceReportsTheSentenceBefore()
    {
        var q = Assert.Single(TestDocs.ParsedQuotes("Farmers are planting less wheat this year than in any year since 1990. That's according to a new estimate from the grain board."));
        Assert.Equal("according to", q.Cue);
        Assert.Equal("Farmers are planting less wheat this year than in any year since 1990", q.Text);
        Assert.Contains("grain board", q.SpeakerText, StringComparison.Ordinal);
    }

    [Fact]
    public void APassiveReportTakesItsAgentFromAnIrregularParticiple()
    {
        var q = Assert.Single(TestDocs.ParsedQuotes("In a memo sent by Mayor Tom Reyes, residents were told that the water plant will shut on Monday."));
        Assert.Equal("tell", q.Cue);
        Assert.Contains("Reyes", q.SpeakerText, StringComparison.Ordinal);
        Assert.Equal("the water plant will shut on Monday", q.Text);
        Assert.Contains("Reyes", Assert.Single(TestDocs.ParsedQuotes("Residents were told by Mayor Tom Reyes that the water plant will shut on Monday.")).SpeakerText, StringComparison.Ordinal);
    }

    [Fact]
    public void AChannelWordInsideAMixedQuotesClauseIsWhatWasSaid()
    {
        var q = Assert.Single(TestDocs.ParsedQuotes("The coach said the interview he gave last week was \"a big mistake.\""));
        Assert.Equal(QuoteKind.Mixed, q.Kind);
        Assert.Null(q.Channel);
        var call = Assert.Single(TestDocs.ParsedQuotes("The board kept a bonus that the union leader attacked on a conference call as \"an insult to workers.\""));
        Assert.Equal("conference call", call.Channel);
    }

    [Theory]
    [InlineData("The striker joked that he would need a new pair of boots by spring.", "joke", "he would need a new pair of boots by spring")]
    [InlineData("The mayor lamented that the budget for the parks had run dry.", "lament", "the budget for the parks had run dry")]
    [InlineData("The chef quipped that the soup had never tasted better.", "quip", "the soup had never tasted better")]
    public void AVerbOfSayingInAMannerReportsItsThatClause(string text, string cue, string clause)
    {
        var q = Assert.Single(TestDocs.ParsedQuotes(text));
        Assert.Equal(cue, q.Cue);
        Assert.Equal(clause, q.Text);
    }
}
