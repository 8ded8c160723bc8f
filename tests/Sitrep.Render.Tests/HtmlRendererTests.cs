namespace Sitrep.Render.Tests;

public class HtmlRendererTests
{
    private static readonly string Html = HtmlRenderer.Render(SampleDocument.Create());

    [Fact]
    public void UntrustedTextIsEscapedEverywhere()
    {
        Assert.DoesNotContain("<script>alert(1)</script>", Html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", Html);
        Assert.DoesNotContain("<b>Lopes</b>", Html);
        Assert.Contains("Ana &lt;b&gt;Lopes&lt;/b&gt;", Html);
        Assert.Contains("Talks stall &amp; ships wait", Html);
        // Exactly one script element: ours.
        Assert.Equal(1, CountOf(Html, "<script>"));
    }

    [Fact]
    public void PageIsSelfContained()
    {
        Assert.DoesNotContain("src=\"http", Html);
        Assert.DoesNotContain("href=\"http", Html);
        Assert.DoesNotContain("<link", Html);
        Assert.Contains("<style>", Html);
    }

    [Fact]
    public void ItemsCarryTheOffsetsOfTheirSourceSentence()
    {
        // The quote item and the sentence span it should highlight share offsets.
        Assert.Contains("class=\"s\" data-start=\"0\" data-end=\"", Html);
        Assert.Contains("<blockquote class=\"item\" data-start=\"", Html);
        Assert.Contains("data-spans=\"9-", Html);
    }

    [Fact]
    public void AllSectionsOfTheExplainerAreRendered()
    {
        foreach (var heading in new[] { "What happened", "Who is who", "Who said what", "Reactions", "Advisory", "Background", "What happens now" })
            Assert.Contains($">{heading}</h2>", Html);
    }

    private static int CountOf(string s, string what)
    {
        int n = 0, i = 0;
        while ((i = s.IndexOf(what, i, StringComparison.Ordinal)) >= 0) { n++; i += what.Length; }
        return n;
    }
}
