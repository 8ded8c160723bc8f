namespace Sitrep.Quotes.Tests;

/// <summary>
/// Which channel word a frame takes: not one in the speaker's own description, not an event that only dates the words,
/// not one in another clause of the sentence. All sentences written for these tests, tagged and parsed as in the explain
/// pipeline.
/// </summary>
public sealed class ChannelTests
{
    [Fact]
    public void AChannelInTheSpeakersDescriptionIsNotTheQuotesChannel()
    {
        var after = Assert.Single(TestDocs.ParsedQuotes("\u201cThe queue never moves,\u201d said Ana Brook, a baker who runs a popular Instagram account."));
        Assert.Null(after.Channel);
        var before = Assert.Single(TestDocs.ParsedQuotes("\u201cWe wrote to the council twice,\u201d Ana Brook, a baker and signatory to the letter, told the Harbour Gazette."));
        Assert.Null(before.Channel);
        // "one user on Weibo, which is much like Twitter, posted": the relative clause describes the platform the user is on.
        var platform = Assert.Single(TestDocs.ParsedQuotes("One user on Weibo, which is much like Twitter, posted: \u201cWhy was nobody told about the closure?\u201d"));
        Assert.Equal("Weibo", platform.Channel);
    }

    [Fact]
    public void AnEventThatDatesTheWordsIsNoChannel()
    {
        var q = Assert.Single(TestDocs.ParsedQuotes("\u201cHe knows what he did,\u201d Ana Brook said before the interview."));
        Assert.Null(q.Channel);
    }

    [Fact]
    public void AChannelWordInAnotherClauseIsNotTheFramesChannel()
    {
        // "testified about a meeting when X told …": the testimony is the writer's source for the meeting, not X's channel.
        var told = Assert.Single(TestDocs.ParsedQuotes("The clerk testified about a May 3 meeting at the port when the mayor told the dockers they would need to \u201cdeliver\u201d before any deal."), q => q.Cue == "tell");
        Assert.Null(told.Channel);
        var but = Assert.Single(TestDocs.ParsedQuotes("The slogan drew ridicule across Twitter on Monday, but the mayor cited the jokes as proof that the campaign was working."));
        Assert.Null(but.Channel);
        // "his testimony, in which he said …" is the occasion of the words.
        var inWhich = Assert.Single(TestDocs.ParsedQuotes("The captain referred to his earlier testimony, in which he said the engine had stalled twice."));
        Assert.Equal("testimony", inWhich.Channel);
    }

    [Fact]
    public void APronounFrameInTheNextSentenceGoesOnWithTheSpeakersDocument()
    {
        var quotes = TestDocs.ParsedQuotes("In a letter to the mayor, Ana Brook said the harbour fees were \u201cfar too high.\u201d She urged him to cut them before the summer.");
        Assert.Equal("letter", Assert.Single(quotes, q => q.Cue == "urge").Channel);
        // A spoken channel ends with its sentence; another speaker's frame does not inherit the document either.
        var spoken = TestDocs.ParsedQuotes("In an interview, Ana Brook said the harbour fees were \u201cfar too high.\u201d She urged the mayor to cut them before the summer.");
        Assert.Null(Assert.Single(spoken, q => q.Cue == "urge").Channel);
        var other = TestDocs.ParsedQuotes("In a letter to the mayor, Ana Brook said the harbour fees were \u201cfar too high.\u201d The mayor said the fees would stay.");
        Assert.Null(Assert.Single(other, q => q.Text.Contains("stay", StringComparison.Ordinal)).Channel);
    }

    [Fact]
    public void CourtRecordsAreACourtFiling()
    {
        var q = Assert.Single(TestDocs.ParsedQuotes("The two guards skipped their rounds that night, according to court records."));
        Assert.Equal("court filing", q.Channel);
    }

    [Fact]
    public void AFrontedChannelPhraseAndTheSpeakersRelativeClauseKeepTheChannel()
    {
        var q = Assert.Single(TestDocs.ParsedQuotes("In a statement, the port authority, which runs both terminals, said the cranes would be replaced."));
        Assert.Equal("statement", q.Channel);
        var aired = Assert.Single(TestDocs.ParsedQuotes("In an interview that aired on Sunday, the mayor said the ferries would sail again."));
        Assert.Equal("interview", aired.Channel);
    }

    [Fact]
    public void A_subject_with_its_apposition_before_a_comma_is_no_reported_clause()
    {
        // "Israel's army chief, Amnon Lipkin-Shahak, warned Syria": the comma closes the apposition, not a report of Syria's.
        Assert.DoesNotContain(TestDocs.ParsedQuotes("Israel's army chief, Amnon Lipkin-Shahak, warned Syria on Tuesday."), q => q.SpeakerText == "Syria");
        // A clause before the comma still is one.
        Assert.Contains(TestDocs.ParsedQuotes("Officers arrested six people on the bridge, police said."), q => q.Cue == "say");
    }
}
