using Sitrep.Core;
using Sitrep.Testing;

namespace Sitrep.Quotes.Tests;

/// <summary>The reference article's ten required quotes, with entities made by hand as the entity stage would.</summary>
public sealed class SeedQuoteTests
{
    private static readonly Lazy<Document> Seed = new(() =>
    {
        var doc = TestDocs.With(SharedData.SeedText,
            ("E1", EntityType.Person, ["Ayatollah Ali Khamenei"]),
            ("E2", EntityType.Org, ["Pentagon"]),
            ("E3", EntityType.Org, ["Trump administration"]),
            ("E4", EntityType.Person, ["Javad Zarif"]),
            ("E5", EntityType.Person, ["Hassan Rouhani"]),
            ("E6", EntityType.Org, ["US Embassy in Baghdad"]),
            ("E7", EntityType.Person, ["Senator Kosachev", "Kosachev"]),
            ("E8", EntityType.Org, ["RIA Novosti News Agency"]),
            ("E9", EntityType.Gpe, ["Tehran"]));
        return QuoteComponents.Quotes().Process(doc);
    });

    private static Quote Find(string contains) =>
        Assert.Single(Seed.Value.Quotes, q => q.Text.Replace('\u2019', '\'').Contains(contains, StringComparison.Ordinal));

    [Theory]
    [InlineData("severe revenge awaits the criminals", "E1", "say", null)]
    [InlineData("was actively developing plans to attack American diplomats", "E2", "say", "statement")]
    [InlineData("This strike was aimed at deterring future Iranian attack plans", "E2", "add", null)]
    [InlineData("primary mechanism for cultivating and supporting", "E3", "allege", null)]
    [InlineData("act of international terrorism", "E4", "label", "Twitter")]
    [InlineData("heinous crime", "E5", "slam", null)]
    [InlineData("resistance to US excesses will continue", "E5", "post", "Twitter")]
    [InlineData("depart Iraq immediately", "E6", "read", "statement")]
    [InlineData("latest actions will lead to increased tension", "E7", "warn", null)]
    [InlineData("harbinger of new clashes between the Americans and radical Shiites", "E7", "quote", "interview")]
    public void EveryRequiredQuoteHasItsSpeakerCueAndChannel(string contains, string speaker, string cue, string? channel)
    {
        var q = Find(contains);
        Assert.Equal(speaker, q.SpeakerEntityId);
        Assert.Equal(cue, q.Cue);
        if (channel is not null) Assert.Equal(channel, q.Channel);
        Assert.StartsWith("quotes@", q.Producer, StringComparison.Ordinal);
    }

    [Fact]
    public void TheInterviewQuoteRunsOverTwoParagraphsAndNamesItsOutlet()
    {
        var q = Find("harbinger of new clashes");
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal(2, q.ContentSpans.Length);
        Assert.Contains("Soleimani was devoted to protecting Iran", q.Text.Replace('\u2019', '\''), StringComparison.Ordinal);
        Assert.Equal("E8", q.ViaEntityId);
    }

    [Fact]
    public void TheStatementIsOneQuoteUpToTheLastPhoneNumber()
    {
        var q = Find("depart Iraq immediately.");
        Assert.Contains("1-888-407-4747", q.Text, StringComparison.Ordinal);
        Assert.Equal(QuoteKind.Direct, q.Kind);
    }

    [Fact]
    public void QuotesAreNumberedInTextOrderWithSpansIntoTheText()
    {
        var quotes = Seed.Value.Quotes;
        Assert.InRange(quotes.Length, 10, 12);
        for (int i = 0; i < quotes.Length; i++)
        {
            Assert.Equal($"Q{i + 1}", quotes[i].Id);
            if (i > 0) Assert.True(quotes[i].Span.Start >= quotes[i - 1].Span.Start);
            Assert.True(quotes[i].Span.End <= Seed.Value.Text.Length);
            Assert.NotNull(quotes[i].CueSpan);
        }
    }

    [Fact]
    public void AnEchoOfAnEarlierQuoteIsNotANewQuote()
    {
        // "promising “severe revenge”" repeats words quoted earlier in the article.
        Assert.DoesNotContain(Seed.Value.Quotes, q => q.Text == "severe revenge");
        Assert.Single(Seed.Value.Quotes, q => q.Text.Contains("severe revenge", StringComparison.Ordinal));
    }

    [Fact]
    public void IndirectSpeechWithoutQuotationMarksIsFound()
    {
        var denial = Find("orchestrating");
        Assert.Equal(QuoteKind.Indirect, denial.Kind);
        Assert.Equal("deny", denial.Cue);
        Assert.Equal("E9", denial.SpeakerEntityId);
        var claim = Find("Soleimani had approved their actions");
        Assert.Equal("E2", claim.SpeakerEntityId);
        Assert.Equal("claim", claim.Cue);
    }
}
