using System.Diagnostics;
using System.Text;
using Sitrep.Core;

namespace Sitrep.Extraction.Tests;

/// <summary>Inputs built to hurt: each must end quickly with a clear error or a best-effort article, never a crash or a hang.</summary>
public class HostileInputTests
{
    private static (IReadOnlyList<Result<Article>> Results, TimeSpan Time) Timed(RawInput input, ExtractionOptions? o = null)
    {
        var sw = Stopwatch.StartNew();
        var r = new ArticleExtractor(o).Extract(input);
        return (r, sw.Elapsed);
    }

    [Fact]
    public void Fifty_megabyte_page_is_refused_quickly()
    {
        var sb = new StringBuilder("<html><body>");
        var para = "<p>" + string.Concat(Enumerable.Repeat("word ", 200)) + "</p>";
        while (sb.Length < 50_000_000) sb.Append(para);
        var (r, t) = Timed(new RawInput("huge.html", Encoding.ASCII.GetBytes(sb.Append("</body></html>").ToString())));
        Assert.Equal("E006", Assert.Single(r).Error!.Code);
        Assert.True(t < TimeSpan.FromSeconds(5), t.ToString());
    }

    [Fact]
    public void Hundred_thousand_nested_elements()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "<p>" + string.Concat(Enumerable.Repeat("Deep text survives the nesting. ", 20)) + "</p></body></html>";
        var (r, t) = Timed(new RawInput("deep.html", Encoding.ASCII.GetBytes(html)));
        var one = Assert.Single(r);
        Assert.True(one.IsSuccess, one.Error?.ToString());
        Assert.Contains("Deep text survives", one.Value!.Text);
        Assert.True(t < TimeSpan.FromSeconds(20), t.ToString());
    }

    [Fact]
    public void Unclosed_tags_are_read()
    {
        var html = "<html><body><div><p>" + string.Join("<p><b><i><span>", Enumerable.Range(0, 2000).Select(i => $"Unclosed paragraph {i}, still prose, with commas, and words.")) ;
        var (r, t) = Timed(new RawInput("unclosed.html", Encoding.ASCII.GetBytes(html)));
        var one = Assert.Single(r);
        Assert.True(one.IsSuccess, one.Error?.ToString());
        Assert.Contains("Unclosed paragraph 1999", one.Value!.Text);
        Assert.True(t < TimeSpan.FromSeconds(20), t.ToString());
    }

    [Fact]
    public void Feed_with_ten_thousand_items()
    {
        var (r, t) = Timed(new RawInput("big.rss", Encoding.UTF8.GetBytes(FeedAndWarcTests.Rss(10_000))));
        Assert.Equal(10_000, r.Count(x => x.IsSuccess));
        Assert.True(t < TimeSpan.FromSeconds(30), t.ToString());
    }

    [Fact]
    public void Feed_with_entity_expansion_is_not_expanded()
    {
        var bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>
            <rss version="2.0"><channel><title>t</title><item><title>x</title><description>&d;&d;&d;&d;&d;&d;&d;&d;</description></item></channel></rss>
            """;
        var (r, t) = Timed(new RawInput("bomb.rss", Encoding.UTF8.GetBytes(bomb)));
        Assert.NotEmpty(r);
        Assert.True(t < TimeSpan.FromSeconds(5));
        Assert.All(r.Where(x => x.IsSuccess), x => Assert.True(x.Value!.Text.Length < 10_000));
    }

    [Fact]
    public void Truncated_gzip_of_garbage_never_hangs()
    {
        var rng = new Random(11);
        var junk = new byte[200_000];
        rng.NextBytes(junk);
        junk[0] = 0x1f; junk[1] = 0x8b; junk[2] = 8; junk[3] = 0;
        var (r, t) = Timed(new RawInput("bad.warc.gz", junk));
        Assert.All(r, x => Assert.False(x.IsSuccess));
        Assert.True(t < TimeSpan.FromSeconds(5));
    }
}
