using System.Text;
using Sitrep.Core;

namespace Sitrep.Extraction.Tests;

public class InputErrorTests
{
    private static Result<Article> Single(byte[] bytes, string name = "x.html")
    {
        var r = new ArticleExtractor().Extract(new RawInput(name, bytes));
        return Assert.Single(r);
    }

    [Fact]
    public void Empty_and_whitespace_are_E002()
    {
        Assert.Equal("E002", Single([]).Error!.Code);
        Assert.Equal("E002", Single(Encoding.UTF8.GetBytes("  \n\t \r\n")).Error!.Code);
    }

    [Fact]
    public void Binary_named_html_is_E003()
    {
        var rng = new Random(7);
        var bytes = new byte[50_000];
        rng.NextBytes(bytes);
        Assert.Equal("E003", Single(bytes).Error!.Code);
        Assert.Equal("E003", Single([0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10, 0, 0, 0, 13]).Error!.Code);
    }

    [Fact]
    public void Undecodable_text_is_E004()
    {
        // Declared UTF-8 but full of invalid sequences, with no other clue to its encoding.
        var bytes = new List<byte>(Encoding.ASCII.GetBytes("<meta charset=\"utf-8\"><p>"));
        var rng = new Random(3);
        for (int i = 0; i < 3000; i++) { bytes.Add((byte)rng.Next(0x80, 0xC0)); bytes.Add((byte)' '); }
        var r = Single([.. bytes]);
        Assert.Equal("E004", r.Error!.Code);
    }

    [Fact]
    public void A_byte_order_mark_the_bytes_do_not_keep_is_E004()
    {
        // A UTF-32 little-endian mark before plain ASCII: four bytes a character make no valid code points.
        var r = Single([0xFF, 0xFE, 0, 0, .. Encoding.ASCII.GetBytes("garbage text that is not UTF-32")]);
        Assert.Equal("E004", r.Error!.Code);
        Assert.Contains("utf-32", r.Error.Message);
    }

    [Fact]
    public void Page_without_text_is_E005()
    {
        var r = Single(Encoding.UTF8.GetBytes("<html><head><title>x</title><script>var a=1;</script></head><body><div><img src=a.png></div></body></html>"));
        Assert.Equal("E005", r.Error!.Code);
    }

    [Fact]
    public void Encodings_bom_meta_and_detection()
    {
        const string body = "<p>Le gouvernement a annoncé vendredi une série de mesures économiques très attendues par les entreprises.</p>";
        var latin = Encoding.GetEncoding("iso-8859-1");
        var withMeta = latin.GetBytes("<html><head><meta charset=\"iso-8859-1\"></head><body>" + body + "</body></html>");
        Assert.Contains("annoncé", Single(withMeta).Value!.Text);
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("<html><body>" + body + "</body></html>")).ToArray();
        Assert.Contains("économiques", Single(utf16).Value!.Text);
        var undeclared = Encoding.GetEncoding(1252).GetBytes("<html><body>" + body + body + body + "</body></html>");
        Assert.Contains("très", Single(undeclared).Value!.Text);
    }

    [Fact]
    public void Too_large_is_E006()
    {
        var r = new ArticleExtractor(new ExtractionOptions { MaxDocumentBytes = 1000 }).Extract(new RawInput("big.html", Encoding.UTF8.GetBytes("<p>" + new string('a', 5000) + "</p>")));
        Assert.Equal("E006", Assert.Single(r).Error!.Code);
    }

    [Fact]
    public void Missing_path_is_E001()
    {
        var r = InputFiles.Expand(["/nonexistent/file.html"]).Single();
        Assert.Equal("E001", r.Error!.Code);
    }
}
