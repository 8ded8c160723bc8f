using System.Text;
using System.Text.Json;
using Sitrep.Core;
using Sitrep.Testing;

namespace Sitrep.Extraction.Tests;

public class PlainTextTests
{
    private static Article One(string text, string name = "a.txt")
    {
        var r = new ArticleExtractor().Extract(new RawInput(name, Encoding.UTF8.GetBytes(text)));
        Assert.Single(r);
        Assert.True(r[0].IsSuccess, r[0].Error?.ToString());
        return r[0].Value!;
    }

    private static string Norm(string? s) => (s ?? "").Replace('\u2019', '\'').Replace('\u201c', '"').Replace('\u201d', '"').ToLowerInvariant();

    [Fact]
    public void Seed_reads_as_the_gold_document_part_says()
    {
        var input = new RawInput(SharedData.SeedPath, File.ReadAllBytes(SharedData.SeedPath));
        var a = new ArticleExtractor().Extract(input).Single().Value!;
        using var gold = JsonDocument.Parse(File.ReadAllText(SharedData.SeedGoldPath));
        var g = gold.RootElement.GetProperty("document");
        Assert.Equal(Norm(g.GetProperty("title").GetString()), Norm(a.Title));
        Assert.Equal(Norm(g.GetProperty("standfirst").GetString()), Norm(a.Standfirst));
        var heads = a.Sections.Select(s => Norm(s.Heading)).ToHashSet();
        foreach (var h in g.GetProperty("sections").EnumerateArray()) Assert.Contains(Norm(h.GetString()), heads);
        foreach (var d in g.GetProperty("mustDrop").EnumerateArray())
        {
            Assert.DoesNotContain(Norm(d.GetString()), Norm(a.Text));
            Assert.Contains(a.Dropped, x => Norm(x.Text) == Norm(d.GetString()));
        }
        foreach (var k in g.GetProperty("mustKeep").EnumerateArray()) Assert.Contains(Norm(k.GetString()), Norm(a.Text));
        Assert.Equal(input.Sha256(), a.Id);
        Assert.Contains(a.Dropped, x => x.Kind == "credit");
        Assert.Contains(a.Dropped, x => x.Kind == "share");
    }

    [Fact]
    public void Seed_spans_and_source_map_point_at_the_right_text()
    {
        var src = SharedData.SeedText;
        var a = One(src, SharedData.SeedPath);
        Assert.DoesNotContain("\n\n\n", a.Text);
        Assert.Equal(a.Text.Split("\n\n").Length, a.Paragraphs.Length);
        foreach (var s in a.Sections)
        {
            Assert.Equal(s.Heading, s.HeadingSpan.Of(a.Text));
            Assert.True(s.Span.Contains(s.HeadingSpan));
        }
        Assert.NotEmpty(a.SourceMap);
        foreach (var seg in a.SourceMap)
            Assert.Equal(src.Substring(seg.SourceStart, seg.Length), a.Text.Substring(seg.TextStart, seg.Length));
        Assert.Equal(a.Text.Length - (a.Paragraphs.Length - 1) * 2, a.SourceMap.Sum(s => s.Length));
    }

    [Fact]
    public void Credits_headings_bylines_and_boilerplate_follow_general_rules()
    {
        var text = """
            Harbour Strike Ends After Two Weeks

            Dock workers return on Monday.

            Maria Lopez/AFP via Getty Images

            By Tom Baker and Ana Ruiz

            Dock workers in the port city voted on Sunday to end a strike that had stranded hundreds of ships, the union said.

            The agreement raises wages by four percent over two years, according to a statement from the port authority.

            What comes next

            Shipping lines expect the backlog to clear by the end of the month, although some warned of further delays.

            Share on Facebook

            Advertisement
            """;
        var a = One(text);
        Assert.Equal("Harbour Strike Ends After Two Weeks", a.Title);
        Assert.Equal("Dock workers return on Monday.", a.Standfirst);
        Assert.Equal("Tom Baker and Ana Ruiz", a.Byline);
        Assert.Equal(["What comes next"], a.Sections.Select(s => s.Heading));
        Assert.Contains(a.Dropped, d => d is { Kind: "credit", Text: "Maria Lopez/AFP via Getty Images" });
        Assert.Contains(a.Dropped, d => d is { Kind: "share" });
        Assert.Contains(a.Dropped, d => d is { Kind: "ad" });
        Assert.DoesNotContain("Getty", a.Text);
        Assert.DoesNotContain("Facebook", a.Text);
        Assert.EndsWith("further delays.", a.Text);
    }

    [Theory]
    [InlineData("Jane Doe Getty", true)]
    [InlineData("Photo: Jane Doe/Reuters", true)]
    [InlineData("Ahmed Khalil EPA-EFE", true)]
    [InlineData("Reuters reported that the talks had failed.", false)]
    [InlineData("The Getty Museum reopened on Tuesday after repairs", false)]
    [InlineData("Iran's response", false)]
    public void Credit_lines(string line, bool credit) => Assert.Equal(credit, Lexicons.Default.IsCredit(line));

    [Fact]
    public void Lines_without_blank_lines_are_paragraphs()
    {
        var a = One("First line of the report goes here.\nSecond line of the report goes here.\nThird line of the report goes here.\nFourth one.");
        Assert.Equal(4, a.Paragraphs.Length);
    }
}
