using System.Text;
using System.Text.Json;
using Sitrep.Testing;

namespace Sitrep.Cli.Tests;

/// <summary>The explain command end to end: outputs, bad inputs, exit codes.</summary>
public sealed class ExplainCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var code = SitrepCli.Run(args, o, e);
        return (code, o.ToString(), e.ToString());
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string WriteText(string name, string text) => Write(name, Encoding.UTF8.GetBytes(text));

    private const string Article = "Border talks collapse\n\nThe two governments traded accusations on Monday.\n\n" +
        "The foreign minister of Armenia said the talks had failed. \"We will not accept this,\" she told reporters in Yerevan.";

    [Fact]
    public void OneInputGivesOneIndentedExplainer()
    {
        var (code, output, err) = Run("explain", WriteText("a.txt", Article));
        Assert.Equal(0, code);
        Assert.Equal("", err);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("sitrep.explainer/1", json.RootElement.GetProperty("schema").GetString());
        Assert.Equal("Border talks collapse", json.RootElement.GetProperty("document").GetProperty("title").GetString());
    }

    [Fact]
    public void SeveralInputsGiveJsonLinesInInputOrder()
    {
        var a = WriteText("b.txt", Article.Replace("Border talks collapse", "Second"));
        var b = WriteText("a.txt", Article);
        var (code, output, _) = Run("explain", a, b);
        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal("Second", JsonDocument.Parse(lines[0]).RootElement.GetProperty("document").GetProperty("title").GetString());
        Assert.Equal("Border talks collapse", JsonDocument.Parse(lines[1]).RootElement.GetProperty("document").GetProperty("title").GetString());
    }

    [Fact]
    public void OutputDirectoryGetsOneFilePerInput()
    {
        var outDir = Path.Combine(_dir, "out");
        var (code, _, _) = Run("explain", WriteText("one.txt", Article), WriteText("two.html", $"<html><body><h1>Two</h1><p>{Article}</p></body></html>"), "-f", "html", "-o", outDir);
        Assert.Equal(0, code);
        Assert.True(File.Exists(Path.Combine(outDir, "one.html")));
        Assert.True(File.Exists(Path.Combine(outDir, "two.html")));
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(Path.Combine(outDir, "one.html")));
    }

    [Fact]
    public void MarkdownReadsLikeAnExplainer()
    {
        var (code, output, _) = Run("explain", "--format", "markdown", WriteText("a.txt", Article));
        Assert.Equal(0, code);
        Assert.StartsWith("# Border talks collapse", output);
        Assert.Contains("## Who said what", output);
    }

    [Fact]
    public void AMissingPathIsNamedAndTheOthersAreStillExplained()
    {
        var missing = Path.Combine(_dir, "nope.txt");
        var (code, output, err) = Run("explain", missing, WriteText("good.txt", Article));
        Assert.Equal(1, code);
        var line = Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("nope.txt", line);
        Assert.Contains("E001", line);
        Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("empty.txt", new byte[0], "E002")]
    [InlineData("blank.txt", new byte[] { 32, 10, 10, 32 }, "E002")]
    [InlineData("image.html", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0 })]
    public void ABadFileGetsAOneLineErrorWithItsNameAndReason(string name, byte[] bytes, string? code = "E003")
    {
        var (exit, output, err) = Run("explain", Write(name, bytes));
        Assert.Equal(1, exit);
        Assert.Equal("", output);
        var line = Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(name, line);
        Assert.Contains(code!, line);
    }

    [Fact]
    public void InvalidUtf8IsReportedOrDecodedNeverLost()
    {
        // Latin-1 bytes (é = 0xE9) in a file with no declared encoding: not valid UTF-8.
        var bytes = Encoding.Latin1.GetBytes("Caf\u00e9 talks\n\nThe minister of France said the caf\u00e9 talks would resume in Paris on Friday.");
        var (exit, output, err) = Run("explain", Write("latin1.txt", bytes));
        if (exit == 0)
            Assert.Contains("Café talks", output);
        else
        {
            Assert.Equal(1, exit);
            Assert.Contains("latin1.txt", err);
            Assert.Contains("E004", err);
        }
    }

    [Fact]
    public void ADirectoryWithOneBadFileStillExplainsTheGoodOnes()
    {
        var sub = Directory.CreateDirectory(Path.Combine(_dir, "batch")).FullName;
        File.WriteAllText(Path.Combine(sub, "1.txt"), Article);
        File.WriteAllBytes(Path.Combine(sub, "2.txt"), [0, 1, 2, 3, 0, 0, 0, 255, 254, 0, 7, 8]);
        File.WriteAllText(Path.Combine(sub, "3.txt"), Article.Replace("Armenia", "Georgia"));
        var (code, output, err) = Run("explain", sub);
        Assert.Equal(1, code);
        Assert.Equal(2, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        var line = Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("2.txt", line);
    }

    [Fact]
    public void UsageErrorsExitWithTwo()
    {
        Assert.Equal(2, Run("explain").Code);
        Assert.Equal(2, Run("explain", "--format", "pdf", "x.txt").Code);
        Assert.Equal(2, Run("explain", "--pipeline", "tokenizer,nonsense", "x.txt").Code);
    }

    [Fact]
    public void StdinIsReadWithADash()
    {
        // A real process: stdin is the process's standard input stream, not Console.In.
        var psi = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "sitrep.dll"));
        psi.ArgumentList.Add("explain");
        psi.ArgumentList.Add("-");
        psi.ArgumentList.Add("--pipeline");
        psi.ArgumentList.Add("tokenizer");
        using var p = System.Diagnostics.Process.Start(psi)!;
        p.StandardInput.Write(Article);
        p.StandardInput.Close();
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        Assert.Equal(0, p.ExitCode);
        Assert.Contains("Border talks collapse", output);
    }

    [Fact]
    public void TheSampleArticleExplainsFromTheCommandLine()
    {
        var (code, output, err) = Run("explain", SharedData.SamplePath("border-crisis.html"), "--format", "markdown");
        Assert.True(code == 0, err);
        Assert.StartsWith("# Pakistan vows response", output);
        Assert.Contains("## Advisory", output);
    }
}
