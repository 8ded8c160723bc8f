using Sitrep.Core;

namespace Sitrep.Quotes.Tests;

/// <summary>
/// How frames are read, on constructions met in unannotated news articles: sentences that look like reports but say
/// nothing was said (abilities, questions, suppositions, thoughts, objects of a verb that also takes a clause), subjects
/// the speaker rules misread, and frames standing inside their clause. All sentences written for these tests, tagged and
/// parsed as in the explain pipeline.
/// </summary>
public sealed class FrameReadingTests
{
    [Fact]
    public void ANounInLyIsTheHeadOfItsSubjectNotAnAdverb()
    {
        // "family" ends like an adverb; read as one, the speaker shrank to the determiner "The".
        var q = Assert.Single(TestDocs.ParsedQuotes("Nobody knows who leaked the memo. (The family denies any involvement.)"));
        Assert.Equal("The family", q.SpeakerText);
    }

    [Fact]
    public void AConjunctionOpeningTheSentenceIsNoSpeaker()
    {
        // The coordinated cue takes the sentence's subject, which comes after "But".
        var q = Assert.Single(TestDocs.ParsedQuotes("But officials toured the market and said the stalls would reopen within a week."));
        Assert.Equal("officials", q.SpeakerText);
    }

    [Fact]
    public void AProgressiveQuestionTakesTheSubjectBeforeItsAuxiliary()
    {
        // Read as a trailing participle, "asking" took the speaker of the sentence's earlier report (the mayor).
        var quotes = TestDocs.ParsedQuotes("The mayor said the port was safe, but the dockers are asking how it can justify the new fees.");
        var q = Assert.Single(quotes, q => q.Text.Contains("justify", StringComparison.Ordinal));
        Assert.Equal("the dockers", q.SpeakerText);
    }

    [Fact]
    public void AQuestionOrASuppositionReportsNothing()
    {
        // A cue whose subject follows "how", "whether" or "if" asks or supposes; no one said the words.
        Assert.Empty(TestDocs.ParsedQuotes("Doctors know little about how the body recognizes invasive worms and other parasites."));
        Assert.Empty(TestDocs.ParsedQuotes("If you're asking whether the harbour will reopen soon, nobody knows."));
    }

    [Fact]
    public void ACueAfterAModalAndAnAdverbNamesAnAbility()
    {
        // "can't even tell that" = cannot see that; the adverb between the modal and the verb changes nothing.
        Assert.Empty(TestDocs.ParsedQuotes("You can't even tell that the new crane is taller than the old one."));
    }

    [Fact]
    public void AnObjectFollowedByACoordinatedVerbOrASubordinateClauseIsNoReportedClause()
    {
        // "wrote handbooks … and drew": the verb after "and" is the writer's own; "the need because I had": the verb
        // belongs to the subordinate clause, so "the need" is what was recognized, not a subject.
        Assert.Empty(TestDocs.ParsedQuotes("He wrote handbooks for the union and drew the maps for its offices."));
        Assert.Empty(TestDocs.ParsedQuotes("To be honest, I recognized the need because I had lived through the strike myself."));
    }

    [Fact]
    public void AVerbOfThoughtFramesNoQuoteEvenBesideQuotationMarks()
    {
        // Guideline: "believe", "think", "feel", "hope" … are cognition, not speech; the marks around a word or two are
        // scare quotes, and a thought quoted whole is no one's words either.
        Assert.Empty(TestDocs.ParsedQuotes("The dockers felt they “needed” to strike before the holiday."));
        Assert.Empty(TestDocs.ParsedQuotes("Many analysts believe the merger was “a mistake from the start”."));
        Assert.Empty(TestDocs.ParsedQuotes("Some residents wonder, “What would have happened if the port had closed?”"));
    }

    [Fact]
    public void AnInvertedFrameWithADescriptionInsideTheClauseReportsTheWholeClause()
    {
        // "X, says Y, a Z, is …": the subject comes before the frame, its verb after the speaker's description.
        var q = Assert.Single(TestDocs.ParsedQuotes("The port authority, says Mara Quint, a spokeswoman for the dockers, is unwilling to negotiate before the holiday."));
        Assert.Equal("Mara Quint", q.SpeakerText);
        Assert.StartsWith("The port authority", q.Text, StringComparison.Ordinal);
        Assert.EndsWith("before the holiday", q.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ACounterfactualPerfectReportsNothing()
    {
        // "would have said" tells what the writer did not say.
        Assert.Empty(TestDocs.ParsedQuotes("Before the strike, I would have said the new cranes were too expensive for the port."));
    }

    [Fact]
    public void AParticipleUsedAsAnAdjectiveIsNoCue()
    {
        // "self-assured", "feel intimidated": states of mind, not acts of assuring or intimidating.
        Assert.Empty(TestDocs.ParsedQuotes("You’ll feel calm and self-assured while doing all the chores that come with running a shop."));
        Assert.Empty(TestDocs.ParsedQuotes("If you skip the basics, you may end up feeling intimidated — not inspired."));
        Assert.Empty(TestDocs.ParsedQuotes("With fewer people watching, you won’t feel as intimidated by the process."));
    }

    [Fact]
    public void AnAsideBetweenDashesLeavesTheSubjectBeforeIt()
    {
        // "Ana Brook — whose mother … — promised": the speaker is the subject before the aside, not a noun inside it; the
        // commitment reports its infinitive, which ends before the subject's next act ("and attacked").
        var q = Assert.Single(TestDocs.ParsedQuotes(
            "In Kendal, the union leader, Ana Brook — whose mother also led the dockers in 1990 — promised to protect the pension fund and attacked the port owners."));
        Assert.Equal("Ana Brook", q.SpeakerText);
        Assert.Equal("to protect the pension fund", q.Text);
    }

    [Fact]
    public void AProgressiveDemandReportsItsSubjunctiveClause()
    {
        var q = Assert.Single(TestDocs.ParsedQuotes("The port lawyers are demanding the council summon him for questioning."));
        Assert.Equal("demand", q.Cue);
        Assert.Equal("the council summon him for questioning", q.Text);
    }

    [Fact]
    public void AParticipleOpeningTheSentenceSharesTheMainSubject()
    {
        // "Noting that …, Brook asked": the that-clause is what Brook noted; it ends at the comma before the main clause.
        var quotes = TestDocs.ParsedQuotes("Noting that on Monday the cranes had stood idle for ten hours, Brook asked, \"How long can the owners afford this?\"");
        var noted = Assert.Single(quotes, q => q.Cue == "note");
        Assert.Equal("Brook", noted.SpeakerText);
        Assert.Equal("on Monday the cranes had stood idle for ten hours", noted.Text);
    }

    [Fact]
    public void AShareOfAGroupSpeaksAsThatShare()
    {
        // Guideline: a poll's respondents are speakers ("70 percent of Americans say that …"); the share is part of the phrase.
        var q = Assert.Single(TestDocs.ParsedQuotes("A new poll shows weaker support for the strike (41 percent of residents say they want the port to reopen at once), but the union is unmoved."));
        Assert.Equal("41 percent of residents", q.SpeakerText);
        Assert.StartsWith("they want the port to reopen", q.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void PerBetweenCommasNamesTheSourceOfItsClause()
    {
        // "X, per the WHO, is …" reads as "according to"; "per gallon" names no one.
        var q = Assert.Single(TestDocs.ParsedQuotes("The old cranes, per the port authority, are too worn to repair. Diesel costs three dollars per gallon."));
        Assert.Equal("per", q.Cue);
        Assert.Equal("the port authority", q.SpeakerText);
        Assert.StartsWith("The old cranes", q.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ANameInAppositionToAnAccordingToSourceIsTheSource()
    {
        // "According to her aunt, Jane Starner, “…”": the words after the name's comma are a direct quote of the named person.
        var q = Assert.Single(TestDocs.ParsedQuotes("According to her aunt, Jane Starner, “She was reading novels before she could ride a bike.”"));
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal("Jane Starner", q.SpeakerText);
    }

    [Fact]
    public void ADayNameDatesTheSentenceAndNeverSpeaks()
    {
        var q = Assert.Single(TestDocs.ParsedQuotes("Friday, the dockers met the owners and said the talks had failed."));
        Assert.Equal("the dockers", q.SpeakerText);
    }

    [Fact]
    public void ASubordinateClauseAfterAsOrAfterKeepsItsOwnSubjectWhateverTheParse()
    {
        // "after Harbour News reported", "as the union warned": the phrase before the finite cue is its subject, not the
        // main clause's subject nor the day before the subordinator.
        var quotes = TestDocs.ParsedQuotes("Port shares were mixed in early trading Tuesday after Harbour News reported that the mood was grim. " +
                                           "Shares slid in late trading Friday as the union warned that the strike would spread.");
        Assert.Equal("Harbour News", Assert.Single(quotes, q => q.Text.Contains("mood", StringComparison.Ordinal)).SpeakerText);
        Assert.Equal("the union", Assert.Single(quotes, q => q.Text.Contains("spread", StringComparison.Ordinal)).SpeakerText);
    }

    [Fact]
    public void ScareQuotesInsideAReportedClauseDoNotEndIt()
    {
        // Quotation marks no frame claims are the reported clause's own words; the clause runs through them to its end.
        // (The marks stand too far from the cue for the quote pass to frame them.)
        var q = Assert.Single(TestDocs.ParsedQuotes("The harbour master told members of the city council on Oct. 31 that the dredging of the channel would allow the port to take larger ships and to cut its costs by \u201ctens of millions\u201d every year."));
        Assert.EndsWith("every year", q.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AClaimInsideAFrontedDespitePhraseEndsAtItsComma()
    {
        // "Despite X's announcement that …, the main clause": what was announced ends where the fronted phrase does.
        var q = Assert.Single(TestDocs.ParsedQuotes("Despite the mayor\u2019s March 3 announcement that the owners and the dockers had reached a final wage agreement, signing a deal has proved elusive."));
        Assert.EndsWith("wage agreement", q.Text, StringComparison.Ordinal);
    }
}
