using Sitrep.Core;
using Sitrep.Testing;

namespace Sitrep.Story.Tests;

public class AdvisoryTests
{
    private const string Alert =
        "Fighting spread to the northern provinces overnight.\n\n" +
        "The British Embassy in Ruritania issued a security alert on Monday, urging all British nationals to leave the country immediately.\n\n" +
        "The statement said: “British nationals should avoid the border area and leave via the northern crossing, and failing that, by sea. " +
        "Due to the unrest, consular services are suspended until further notice. British nationals should not travel to the capital. " +
        "The Consulate in Port Vale is open for emergency appointments. Call +44 20 7008 5000 or email consular.help@example.org, or visit www.example.gov.uk/travel for updates.”\n\n" +
        "The army said the situation was under control.";

    private static Advisory FindOne(out string text)
    {
        var b = new StoryDocs(Alert)
            .Entity("E1", EntityType.Org, "GBR", "GBRGOV", "British Embassy in Ruritania")
            .Entity("E2", EntityType.Gpe, "RUR", "RUR", "Ruritania")
            .Entity("E3", EntityType.Fac, "GBR", "GBRGOV", "Consulate in Port Vale");
        text = b.Text;
        var ctx = new StoryContext(b.Build(), StoryLexicon.Default);
        return Assert.Single(AdvisoryFinder.Find(ctx, "story@test"));
    }

    [Fact]
    public void ReadsIssuerAudienceAndSpan()
    {
        var a = FindOne(out var text);
        Assert.Equal("E1", a.IssuerEntityId);
        Assert.Equal("British nationals", a.Audience);
        Assert.StartsWith("The British Embassy", a.Span.Of(text));
        Assert.EndsWith("for updates.”", a.Span.Of(text));
        Assert.Equal("story@test", a.Producer);
    }

    [Fact]
    public void SplitsDirectivesIntoShortActions()
    {
        var a = FindOne(out _);
        Assert.Contains("leave the country immediately", a.Actions);
        Assert.Contains("avoid the border area", a.Actions);
        Assert.Contains("leave via the northern crossing", a.Actions);
        Assert.Contains("leave by sea", a.Actions);
        Assert.Contains("should not travel to the capital", a.Actions);
        Assert.DoesNotContain(a.Actions, x => x.Contains("under control"));
    }

    [Fact]
    public void ReadsStatusClausesAndContacts()
    {
        var a = FindOne(out var text);
        Assert.Contains(a.Status, s => s.StartsWith("consular services are suspended"));
        Assert.Contains(a.Status, s => s.StartsWith("The Consulate in Port Vale is open"));
        Assert.Equal(["phone", "email", "url"], a.Contacts.Select(c => c.Kind));
        Assert.Equal("+44 20 7008 5000", a.Contacts[0].Value);
        Assert.Equal("www.example.gov.uk/travel", a.Contacts[2].Value);
        Assert.All(a.Contacts, c => Assert.Equal(c.Value, c.Span.Of(text)));
    }

    [Fact]
    public void NoAdvisoryWithoutDirectivesToAnAudience()
    {
        var ctx = new StoryContext(StoryDocs.SentencesOnly(
            "The minister urged both sides to show restraint. Talks should resume on Monday, officials said."), StoryLexicon.Default);
        Assert.Empty(AdvisoryFinder.Find(ctx, "story@test"));
    }

    [Fact]
    public void SeedAlertGivesActionsStatusAndBothNumbers()
    {
        var ctx = new StoryContext(StoryDocs.SentencesOnly(SharedData.SeedText), StoryLexicon.Default);
        var a = Assert.Single(AdvisoryFinder.Find(ctx, "story@test"));
        var actions = string.Join(" | ", a.Actions);
        foreach (var want in new[] { "heed the January 2020 Travel Advisory", "depart Iraq immediately", "depart via airline", "via land", "should not approach the Embassy" })
            Assert.Contains(want, actions);
        var status = string.Join(" | ", a.Status);
        Assert.Contains("public consular operations are suspended", status);
        Assert.Contains("Consulate General in Erbil is open", status);
        Assert.Equal(["+1-202-501-4444", "1-888-407-4747"], a.Contacts.Select(c => c.Value));
        Assert.Equal("US citizens", a.Audience);
    }
}
