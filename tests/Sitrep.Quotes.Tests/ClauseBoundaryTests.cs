using Sitrep.Core;

namespace Sitrep.Quotes.Tests;

/// <summary>
/// Where reported and mixed clauses start and end: frames standing inside their clause, phrases trailing a frame, words
/// that finish a quoted clause after its closing mark, and words that look like a clause's opening "that" or its end but
/// are not. All sentences written for these tests, tagged and parsed as in the explain pipeline.
/// </summary>
public sealed class ClauseBoundaryTests
{
    private static Quote Only(string text) => Assert.Single(TestDocs.ParsedQuotes(text));

    [Fact]
    public void AParticipleOrAnAccordingToAfterAParentheticalFrameIsNoPartOfTheClause()
    {
        // The comma after "said" looks like a frame inside the clause ("X, she said, is …"), but what follows trails the frame.
        var citing = Only("The ferry, which was not named, was towed to the harbour at Kirkwall, the coastguard said, citing the port authority.");
        Assert.EndsWith("harbour at Kirkwall", citing.Text, StringComparison.Ordinal);
        var offering = Only("Cheaper tickets are key to filling the ferries, Mara Quint said, offering the example of the winter fares.");
        Assert.EndsWith("filling the ferries", offering.Text, StringComparison.Ordinal);
        var according = Only("So far there is no sign that the two fires are linked, the fire service said, according to local radio.");
        Assert.EndsWith("are linked", according.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ALoneSentenceAdverbBeforeAParentheticalFrameStaysOutOfTheClause()
    {
        var q = Only("Meanwhile, the mayor says, the dockers are preparing a second strike for the spring.");
        Assert.StartsWith("the dockers", q.Text, StringComparison.Ordinal);
        Assert.Equal("the mayor", q.SpeakerText);
    }

    [Fact]
    public void AMixedClauseInterruptedByItsFrameStartsAtTheSentence()
    {
        // "X, she said, is the “…”": the subject before the frame belongs to the reported clause.
        var q = Only("Fixing the old cranes, she said, is the \u201cfirst priority\u201d of the new board.");
        Assert.Equal(QuoteKind.Mixed, q.Kind);
        Assert.StartsWith("Fixing the old cranes", q.Text, StringComparison.Ordinal);
        Assert.EndsWith("new board", q.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ASubjectAndItsVerbBeforeTheMarkMakeTheQuoteMixed()
    {
        var q = Only("Trade was \u201cnever this quiet,\u201d the mayor said on Friday.");
        Assert.Equal(QuoteKind.Mixed, q.Kind);
        Assert.StartsWith("Trade was", q.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void WordsAfterTheClosingMarkThatFinishTheClauseBelongToTheQuote()
    {
        var q = Only("\u201cThe dockers will never accept\u201d the offer, the mayor said on Friday.");
        Assert.Equal(QuoteKind.Mixed, q.Kind);
        Assert.Equal("the mayor", q.SpeakerText);
        Assert.EndsWith("the offer", q.Text, StringComparison.Ordinal);
        // Scare quotes inside a sentence are no quote opening one: "“phase two” plan, once …" finds no frame after its marks.
        Assert.DoesNotContain(TestDocs.ParsedQuotes("A \u201cphase two\u201d plan, once expected within weeks of a summit between the mayor and Ana Brook, could now slip into next year, analysts say."),
            q => q.Kind != QuoteKind.Indirect);
    }

    [Fact]
    public void ThatAfterAPrepositionOrBeforeAVerbDoesNotOpenTheReportedClause()
    {
        // A determiner ("of that programme") and a relative pronoun ("delays that lasted") are inside the reported object.
        Assert.StartsWith("the target", Only("In March, the ministry announced the target of that programme had been met early.").Text, StringComparison.Ordinal);
        Assert.Equal("long delays that lasted four hours", Only("Some passengers on the night ferry reported long delays that lasted four hours.").Text);
        // "there's" is the clause's own verb: the "that" after it belongs to a noun inside the clause.
        Assert.StartsWith("there", Only("The inspector noted there's no evidence that the crane was faulty.").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ARelativeClauseOrAWhileParticipleAtTheEndStaysInTheClause()
    {
        Assert.EndsWith("since the spring", Only("The mayor said the port would build a second terminal, which has been planned since the spring.").Text, StringComparison.Ordinal);
        Assert.EndsWith("cutting 300 jobs", Only("The board projected that the strike would cost the port $4 million, while delaying repairs and cutting 300 jobs.").Text, StringComparison.Ordinal);
        // A relative clause with a frame of its own reports by itself: "which it said sank near the pier".
        var claim = Assert.Single(TestDocs.ParsedQuotes("The rebels claimed responsibility for sinking the ferry, which it said sank near the pier."), q => q.Cue == "claim");
        Assert.EndsWith("sinking the ferry", claim.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ThatBeforeAModalIsARelativePronoun()
    {
        // "a plan that would …": the modal has no subject between it and "that", so the clause began at "it".
        var q = Only("The ferry company said it submitted a plan that would double the winter crossings.");
        Assert.Equal("it submitted a plan that would double the winter crossings", q.Text);
    }

    [Fact]
    public void ATrailingAccordingToReportsOnlyTheClauseAfterAColonOrALoneDash()
    {
        Assert.StartsWith("Ana Brook is", Only("After a long silence, there is news on the ferry line: Ana Brook is in final talks to run it, according to the Harbour Gazette.").Text, StringComparison.Ordinal);
        Assert.StartsWith("both captains were", Only("It is unclear whether the line will reopen in May \u2014 both captains were said to have left in April, according to the Harbour Gazette.").Text, StringComparison.Ordinal);
        // A dash before an elaboration of the same clause does not start it.
        Assert.StartsWith("There was", Only("There was plenty of it \u2014 about 2,300 tons, according to the Harbour Gazette.").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ADayNameEndsAnObjectOnlyReport()
    {
        var q = Assert.Single(TestDocs.ParsedQuotes("The minister acknowledged serious delays Tuesday, telling reporters that crews are working to clear the backlog."), q => q.Cue == "acknowledge");
        Assert.Equal("serious delays", q.Text);
        // With a verb of its own the clause keeps its day name.
        Assert.EndsWith("Tuesday", Only("The minister said the ferries would sail again Tuesday.").Text, StringComparison.Ordinal);
        // A month after a determiner is a date inside the clause's subject.
        Assert.StartsWith("the May 3 inspection", Only("However, she said the May 3 inspection made her doubt the figures.").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ButCompletingNotOnlyDoesNotEndTheClause()
    {
        var q = Only("The union said the strike would not only close the port, but the ferry terminal as well.");
        Assert.EndsWith("as well", q.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AReportInAFrontedOnceClauseEndsAtItsComma()
    {
        // "And once X mentioned that …, Y …": the conjunction joining the sentence to the last comes before the subordinator.
        var q = Only("And once the captain mentioned that the engine had stalled twice, the inspectors grounded the ferry.");
        Assert.EndsWith("stalled twice", q.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ADecimalPointInsideANameDoesNotEndTheClause()
    {
        var q = Only("The agency reported that levels of PM2.5 were rising fast in the northern suburbs.");
        Assert.EndsWith("northern suburbs", q.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AnInfinitiveAfterAListenerEndsBeforeTheSubjectsNextAct()
    {
        // "asked the board to cancel … and repaid": the past form is the subject's own act, not part of the request.
        var q = Only("She later asked the board to cancel the contract and repaid the fee after the audit.");
        Assert.Equal("the board to cancel the contract", q.Text);
    }
}
