using Sitrep.Core;

namespace Sitrep.Story.Tests;

public class ContactTests
{
    private static List<Contact> Find(string text)
    {
        var ctx = new StoryContext(StoryDocs.SentencesOnly(text), StoryLexicon.Default);
        return [.. ContactFinder.Find(ctx, 0, text.Length)];
    }

    [Theory]
    [InlineData("Travellers can reach the duty officer at +1-202-501-4444 at any hour.", "+1-202-501-4444")]
    [InlineData("The hotline is 1-888-407-4747 from inside the country.", "1-888-407-4747")]
    [InlineData("Call the consulate on (202) 501-4444 for appointments.", "(202) 501-4444")]
    [InlineData("For help, call +44 20 7008 5000 and ask for the crisis unit.", "+44 20 7008 5000")]
    public void FindsPhoneNumbersInCommonShapes(string text, string number)
    {
        var c = Assert.Single(Find(text));
        Assert.Equal("phone", c.Kind);
        Assert.Equal(number, c.Value);
    }

    [Theory]
    [InlineData("The ceasefire of 2020-01-03 held until 2020-02-10.")]
    [InlineData("Some 1,250,000 people fled between 2014 and 2019.")]
    [InlineData("Turnout rose from 2016 2018 2020 levels, officials said.")]
    public void DatesFiguresAndYearsAreNotPhones(string text) => Assert.Empty(Find(text));

    [Fact]
    public void FindsEmailAndUrlsWithNotes()
    {
        var text = "Citizens should write to crisis.desk@example.org or visit https://travel.example.gov/alerts for updates.";
        var found = Find(text);
        Assert.Equal(["email", "url"], found.Select(c => c.Kind));
        Assert.Equal("crisis.desk@example.org", found[0].Value);
        Assert.Equal("https://travel.example.gov/alerts", found[1].Value);
        Assert.Equal("write", found[0].Note);
        Assert.Equal("visit", found[1].Note);
        Assert.All(found, c => Assert.Equal(c.Value, c.Span.Of(text)));
    }

    [Fact]
    public void NotesSayWhatEachNumberIsFor()
    {
        var text = "Residents abroad should contact the Foreign Ministry at +33 1-43-17-53-53 or toll-free in France at 0-800-123-456.";
        var found = Find(text);
        Assert.Equal(2, found.Count);
        Assert.Equal("contact the Foreign Ministry", found[0].Note);
        Assert.Equal("toll-free in France", found[1].Note);
    }
}
