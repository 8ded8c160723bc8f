using System.Text;
using Sitrep.Core;

namespace Sitrep.Extraction.Tests;

public class HtmlTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html lang="en-GB"><head>
          <meta charset="utf-8">
          <title>Port strike ends after two weeks | The Harbour Gazette</title>
          <meta property="og:site_name" content="The Harbour Gazette">
          <meta property="og:description" content="Workers vote to return on Monday.">
          <link rel="canonical" href="https://gazette.example/news/port-strike-ends">
          <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Port strike ends after two weeks",
            "datePublished":"2024-03-04T09:30:00+01:00","author":{"@type":"Person","name":"Tom Baker"}}</script>
        </head><body>
          <header class="site-header"><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
          <main><article>
            <h1>Port strike ends after two weeks</h1>
            <div class="byline">By Tom Baker</div>
            <figure><img src="ship.jpg"><figcaption>Ships wait outside the harbour. Jane Doe/Reuters</figcaption></figure>
            <div class="article-body">
              <p>Dock workers in the port city voted on Sunday to end a strike that had stranded hundreds of ships, the union said in a statement.</p>
              <p>The agreement raises wages by four percent over two years, according to the port authority, which called the deal "fair and lasting".</p>
              <div class="share-tools"><a href="#">Share on Facebook</a><a href="#">Tweet</a></div>
              <h2>What comes next</h2>
              <p>Shipping lines expect the backlog to clear by the end of the month, although some warned of further delays, and insurers said costs would rise.</p>
              <blockquote class="twitter-tweet"><p>The port is open again. Thanks to everyone who worked on the deal.</p>&mdash; Port Authority (@port) <a href="https://twitter.com/port/status/1">March 4, 2024</a></blockquote>
              <p>Advertisement</p>
            </div>
            <ul class="related-links"><li><a href="/a">Fishing fleet returns</a></li><li><a href="/b">New ferry route</a></li></ul>
          </article></main>
          <footer>© 2024 The Harbour Gazette. All rights reserved.</footer>
        </body></html>
        """;

    private static Article Read(string html, string name = "page.html") =>
        new ArticleExtractor().Extract(new RawInput(name, Encoding.UTF8.GetBytes(html))).Single().Value!;

    [Fact]
    public void Main_content_and_metadata()
    {
        var a = Read(Page);
        Assert.Equal("html", a.Format);
        Assert.Equal("Port strike ends after two weeks", a.Title);
        Assert.Equal("Workers vote to return on Monday.", a.Standfirst);
        Assert.Equal("Tom Baker", a.Byline);
        Assert.Equal(new DateTimeOffset(2024, 3, 4, 9, 30, 0, TimeSpan.FromHours(1)), a.Published);
        Assert.Equal("The Harbour Gazette", a.Source);
        Assert.Equal("https://gazette.example/news/port-strike-ends", a.Url);
        Assert.Equal("en", a.Language);
        Assert.StartsWith("Dock workers in the port city", a.Text);
        Assert.Contains("What comes next", a.Text);
        Assert.Equal(["What comes next"], a.Sections.Select(s => s.Heading));
        foreach (var junk in new[] { "Share on Facebook", "Fishing fleet", "All rights reserved", "Home", "Advertisement", "Ships wait" })
            Assert.DoesNotContain(junk, a.Text);
        Assert.Contains(a.Dropped, d => d.Kind == "caption" || d.Kind == "credit");
        Assert.Contains(a.Dropped, d => d.Kind == "share");
        Assert.DoesNotContain("\n\n\n", a.Text);
    }

    [Fact]
    public void Embedded_tweet_has_author_and_channel()
    {
        var a = Read(Page);
        var e = Assert.Single(a.Embeds, x => x.Channel == "Twitter");
        Assert.Equal("Port Authority", e.Author);
        Assert.Contains("The port is open again", e.Span.Of(a.Text));
        Assert.Equal("https://twitter.com/port/status/1", e.Url);
    }

    [Fact]
    public void Source_map_segments_match_the_decoded_source()
    {
        var a = Read(Page);
        Assert.NotEmpty(a.SourceMap);
        foreach (var s in a.SourceMap)
            Assert.Equal(Page.Substring(s.SourceStart, s.Length), a.Text.Substring(s.TextStart, s.Length));
        // Most of the body is mapped back.
        Assert.True(a.SourceMap.Sum(s => s.Length) > a.Text.Length * 0.8);
    }

    [Fact]
    public void Whole_page_inside_a_form_is_still_read()
    {
        var html = "<html><body><form id=f><div class=nav><a href=/>Home</a></div><div id=story>"
            + string.Concat(Enumerable.Range(1, 6).Select(i => $"<p>Paragraph {i} of the report, with enough words, commas, and detail to count as prose.</p>"))
            + "</div></form></body></html>";
        var a = Read(html);
        Assert.Contains("Paragraph 6", a.Text);
        Assert.DoesNotContain("Home", a.Text);
    }

    [Fact]
    public void Untrusted_script_is_never_run_or_kept()
    {
        var html = "<html><body><script>throw new Error('x'); document.write('INJECTED')</script><p onload=\"alert(1)\">"
            + string.Concat(Enumerable.Repeat("Quiet text about the harbour and its long history of trade. ", 8)) + "</p></body></html>";
        var a = Read(html);
        Assert.DoesNotContain("INJECTED", a.Text);
        Assert.DoesNotContain("throw", a.Text);
    }

    [Fact]
    public void APlaceholderPublicationDateIsNoDate()
    {
        // Found on a real page: JSON-LD with the CMS default "0001-01-01T00:00:00Z"; the <time> element has the real date.
        var a = Read("""
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Teachers rally","datePublished":"0001-01-01T00:00:00Z"}</script></head>
            <body><article><h1>Teachers rally</h1><time>November 19, 2019</time><p>Thousands of teachers filled the statehouse on Tuesday to ask for higher pay and smaller classes.</p>
            <p>The rally was the largest in the state's history, organisers said after the speeches ended in the afternoon.</p></article></body></html>
            """);
        Assert.Equal(new DateTime(2019, 11, 19), a.Published?.Date);
    }
}
