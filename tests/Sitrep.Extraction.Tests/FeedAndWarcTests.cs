using System.IO.Compression;
using System.Text;
using Sitrep.Core;

namespace Sitrep.Extraction.Tests;

public class FeedAndWarcTests
{
    private static IReadOnlyList<Result<Article>> Run(string name, byte[] bytes, ExtractionOptions? o = null) =>
        new ArticleExtractor(o).Extract(new RawInput(name, bytes));

    internal static string Rss(int items) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel><title>Harbour Gazette</title><link>https://gazette.example/</link>
        {string.Concat(Enumerable.Range(1, items).Select(i => $"""
          <item><title>Story {i}</title><link>https://gazette.example/{i}</link><pubDate>Mon, 04 Mar 2024 09:{i % 60:00}:00 GMT</pubDate>
            <dc:creator>Ana Ruiz</dc:creator><description>Summary of story {i}.</description>
            <content:encoded><![CDATA[<p>Full text of story {i}, with the details of what happened at the harbour on Monday.</p><p>Second paragraph of story {i}.</p>]]></content:encoded></item>
        """))}
        </channel></rss>
        """;

    [Fact]
    public void Rss_gives_one_article_per_item_with_full_text()
    {
        var r = Run("feed.xml", Encoding.UTF8.GetBytes(Rss(3)));
        Assert.Equal(3, r.Count);
        var a = r[1].Value!;
        Assert.Equal("rss", a.Format);
        Assert.Equal("Story 2", a.Title);
        Assert.Equal("https://gazette.example/2", a.Url);
        Assert.Equal("https://gazette.example/2", a.InputName);
        Assert.Equal("Ana Ruiz", a.Byline);
        Assert.Equal("Harbour Gazette", a.Source);
        Assert.Equal(new DateTimeOffset(2024, 3, 4, 9, 2, 0, TimeSpan.Zero), a.Published);
        Assert.Equal("Full text of story 2, with the details of what happened at the harbour on Monday.\n\nSecond paragraph of story 2.", a.Text);
        Assert.Equal("Summary of story 2.", a.Standfirst);
        Assert.NotEqual(r[0].Value!.Id, a.Id);
    }

    [Fact]
    public void Atom_entries_with_summary_only()
    {
        var atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
              <entry><title>Talks resume</title><link href="https://wire.example/1"/><updated>2024-05-01T10:00:00Z</updated>
                <author><name>Lee Chan</name></author><summary>Negotiators met again on Wednesday in Geneva.</summary></entry>
              <entry><title>Second</title><link rel="alternate" href="https://wire.example/2"/><published>2024-05-02T10:00:00Z</published>
                <content type="html">&lt;p&gt;The second entry carries its own full text.&lt;/p&gt;</content></entry>
            </feed>
            """;
        var r = Run("wire.atom", Encoding.UTF8.GetBytes(atom));
        Assert.Equal(2, r.Count);
        Assert.Equal("atom", r[0].Value!.Format);
        Assert.Equal("Negotiators met again on Wednesday in Geneva.", r[0].Value!.Text);
        Assert.Equal("Lee Chan", r[0].Value!.Byline);
        Assert.Equal("https://wire.example/2", r[1].Value!.Url);
        Assert.Equal("The second entry carries its own full text.", r[1].Value!.Text);
    }

    [Fact]
    public void Broken_feed_keeps_items_before_the_break()
    {
        var xml = Rss(2).Replace("</channel></rss>", "<item><title>Broken <b></item>");
        var r = Run("feed.rss", Encoding.UTF8.GetBytes(xml));
        Assert.Equal(2, r.Count(x => x.IsSuccess));
        Assert.Equal("E007", r.Last().Error!.Code);
    }

    internal static byte[] Warc(params (string Uri, string Html)[] pages)
    {
        var ms = new MemoryStream();
        foreach (var (uri, html) in pages)
        {
            var body = Encoding.UTF8.GetBytes(html);
            var http = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {body.Length}\r\n\r\n").Concat(body).ToArray();
            var head = Encoding.ASCII.GetBytes($"WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {http.Length}\r\n\r\n");
            // Each record its own gzip member, as crawlers write .warc.gz.
            using var one = new MemoryStream();
            using (var z = new GZipStream(one, CompressionLevel.Fastest, leaveOpen: true))
            {
                z.Write(head); z.Write(http); z.Write("\r\n\r\n"u8);
            }
            ms.Write(one.ToArray());
        }
        return ms.ToArray();
    }

    private static string Html(string words) => $"<html><body><article><p>{words} {string.Concat(Enumerable.Repeat("More words about the harbour, the ships and the strike. ", 6))}</p></article></body></html>";

    [Fact]
    public void Warc_gz_gives_one_article_per_response()
    {
        var bytes = Warc(("https://a.example/1", Html("First page.")), ("https://a.example/2", Html("Second page.")));
        var r = Run("crawl.warc.gz", bytes);
        Assert.Equal(2, r.Count);
        Assert.All(r, x => Assert.True(x.IsSuccess));
        Assert.Equal("warc", r[0].Value!.Format);
        Assert.Equal("https://a.example/2", r[1].Value!.InputName);
        Assert.Equal("https://a.example/2", r[1].Value!.Url);
        Assert.StartsWith("Second page.", r[1].Value!.Text);
    }

    [Fact]
    public void Truncated_warc_gz_is_best_effort_plus_an_error()
    {
        var bytes = Warc(("https://a.example/1", Html("First page.")), ("https://a.example/2", Html("Second page.")));
        var cut = bytes[..(bytes.Length - 60)];
        var r = Run("crawl.warc.gz", cut);
        Assert.True(r[0].IsSuccess);
        Assert.StartsWith("First page.", r[0].Value!.Text);
        Assert.Contains(r, x => x.Error?.Code == "E007");
    }
}
