using System.Text;
using System.Text.Json;

namespace Sitrep.Cli.Tests;

/// <summary>The export command: reads inputs like explain, fills dates from --published, keeps going past bad inputs.</summary>
public sealed class ExportCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-export-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private const string Article = "Strike on convoy\n\nNorvian troops attacked a Russian convoy near Kharkiv on Monday, officials said. " +
        "Russia condemned the attack.";

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var code = SitrepCli.Run(args, o, e);
        return (code, o.ToString(), e.ToString());
    }

    private string WriteText(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text, Encoding.UTF8);
        return path;
    }

    [Fact]
    public void GdeltRowsCarryThePublicationDateAndSixtyOneColumns()
    {
        var (code, output, err) = Run("export", "--format", "gdelt", "--published", "2024-03-04", WriteText("a.txt", Article));
        Assert.Equal(0, code);
        Assert.Equal("", err);
        var rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var cols = row.Split('\t');
            Assert.Equal(61, cols.Length);
            Assert.Equal("20240304", cols[1]);   // SQLDATE
        }
        Assert.Contains(rows, r => r.Split('\t')[26].StartsWith("19", StringComparison.Ordinal) && r.Split('\t')[15] == "RUS");  // attacked a Russian convoy: CAMEO 19x on Russia
    }

    [Fact]
    public void HtmlIsExtractedAndABadInputDoesNotStopTheRest()
    {
        var html = WriteText("b.html", "<html><head><title>x</title></head><body><article><h1>Strike on convoy</h1><p>" +
            Article.Split("\n\n")[1] + "</p></article><script>alert(1)</script></body></html>");
        var (code, output, err) = Run("export", "--format", "plover", Path.Combine(_dir, "missing.txt"), html);
        Assert.Equal(1, code);
        Assert.Contains("missing.txt: E001", err);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            Assert.DoesNotContain("<p>", json.RootElement.GetProperty("event_text").GetString());
        }
    }
}
