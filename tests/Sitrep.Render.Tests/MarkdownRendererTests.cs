using Sitrep.Core;
namespace Sitrep.Render.Tests;

public class MarkdownRendererTests
{
    private static readonly string Markdown = MarkdownRenderer.Render(SampleDocument.Create());

    [Fact]
    public void HeadlineAndSectionsReadLikeAnExplainer()
    {
        Assert.StartsWith("# Port &lt;script&gt;alert(1)&lt;/script&gt; blockade", Markdown);
        foreach (var heading in new[] { "## What happened", "## Who is who", "## Who said what", "## Reactions", "## Advisory", "## Background", "## What happens now" })
            Assert.Contains(heading, Markdown);
    }

    [Fact]
    public void QuotesNameTheirSpeakerAndCue()
    {
        Assert.Contains("> “must end now”", Markdown);
        Assert.Contains("— **Ana Lopes** (say)", Markdown);
    }

    [Fact]
    public void AReactionWithOneQuoteQuotesItOnItsLine() => Assert.Contains("- **Ana Lopes** (demand): “must end now”", Markdown);

    [Fact]
    public void AReactionWithSeveralQuotesListsThemUnderTheActor()
    {
        var doc = SampleDocument.Create();
        var second = doc.Quotes[0] with { Id = "Q2", Text = "we will not wait" };
        doc = doc with
        {
            Quotes = [.. doc.Quotes, second],
            Story = doc.Story! with { Reactions = [new Reaction("PRT", ["E1"], "demand", ["Q1", "Q2"], ["V1"])] },
        };
        var md = MarkdownRenderer.Render(doc);
        Assert.Contains("- **Ana Lopes** (demand)\n  - “must end now” [", md);
        Assert.Contains("\n  - “we will not wait” [", md);
    }

    [Fact]
    public void ContactsAreListedInTheAdvisory() => Assert.Contains("> - phone: `+1-555-0100`", Markdown);

    [Theory]
    [InlineData("a*b", "a\\*b")]
    [InlineData("[x](javascript:1)", "\\[x\\](javascript:1)")]
    [InlineData("<img src=x>", "&lt;img src=x&gt;")]
    [InlineData("line\nbreak", "line break")]
    public void EscapeNeutralisesMarkup(string input, string expected) => Assert.Equal(expected, MarkdownRenderer.Escape(input));
}
