using System.CommandLine;
using System.Text;
using Sitrep.Core;
using Sitrep.Engine;
using Sitrep.Extraction;
using Sitrep.Render;
using Spectre.Console;

namespace Sitrep.Cli;

/// <summary><c>sitrep explain INPUT… [--format json|markdown|html] [-o PATH]</c>.</summary>
internal sealed class ExplainCommands : ICommandSet
{
    public IEnumerable<Command> Commands()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Files, directories (every file in them) or - for stdin.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f") { Description = "json (JSON Lines for several documents), markdown or html.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "markdown", "md", "html");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file, or with several inputs to this directory (one file per input)." };
        var published = new Option<DateTimeOffset?>("--published") { Description = "Publication date for inputs that state none (plain text), e.g. 2020-01-03; relative dates resolve against it." };
        var pipeline = new Option<string?>("--pipeline") { Description = $"Comma-separated components to run (default: {string.Join(",", SitrepEngine.DefaultComponents)})." };

        var command = new Command("explain", "Explain articles: who did what to whom, who said what, reactions, advisories, timeline, outlook.")
        {
            inputs, format, output, published, pipeline,
        };
        command.SetAction(parse =>
        {
            SitrepEngine engine;
            try
            {
                engine = parse.GetValue(pipeline) is { } names
                    ? SitrepEngine.Create(names.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    : SitrepEngine.Default;
            }
            catch (SitrepException ex)
            {
                SitrepCli.Error.WriteLine("sitrep: " + ex.Error);
                return SitrepCli.Usage;
            }
            if (parse.GetValue(published) is { } date) engine = engine.WithFallbackPublished(date);
            var fmt = parse.GetValue(format)! switch { "md" => "markdown", var f => f };
            return new ExplainRun(engine, fmt, parse.GetValue(output)).Execute(parse.GetValue(inputs)!);
        });
        yield return command;
    }
}

/// <summary>One run of <c>explain</c> over many inputs: parallel, in input order, with progress on a terminal.</summary>
internal sealed class ExplainRun(SitrepEngine engine, string format, string? outputPath)
{
    private int _failed;
    private int _written;

    public int Execute(IReadOnlyList<string> inputArgs)
    {
        var inputs = InputFiles.Expand(inputArgs).ToList();
        bool toDirectory = outputPath is not null && (inputs.Count > 1 || Directory.Exists(outputPath) || outputPath.EndsWith('/'));
        if (toDirectory) Directory.CreateDirectory(outputPath!);

        var results = inputs
            .AsParallel().AsOrdered().WithDegreeOfParallelism(Math.Max(1, Environment.ProcessorCount))
            .Select(input => input.IsSuccess ? (input.Value!.Name, engine.Explain(input.Value!)) : (input.Error!.Input ?? "?", [Result<Document>.Fail(input.Error!)]));

        if (ShowProgress(inputs.Count))
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            console.Progress().AutoClear(true).Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask("Explaining", maxValue: inputs.Count);
                    foreach (var (name, docs) in results) { Emit(name, docs, inputs.Count, toDirectory); task.Increment(1); }
                });
        }
        else
        {
            foreach (var (name, docs) in results) Emit(name, docs, inputs.Count, toDirectory);
        }
        SitrepCli.Out.Flush();
        return _failed == 0 ? SitrepCli.Ok : SitrepCli.SomeFailed;
    }

    private static bool ShowProgress(int count) =>
        count > 1 && SitrepCli.IsConsole && !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null;

    private void Emit(string inputName, IReadOnlyList<Result<Document>> docs, int inputCount, bool toDirectory)
    {
        bool many = inputCount > 1 || docs.Count > 1;
        for (int i = 0; i < docs.Count; i++)
        {
            var r = docs[i];
            if (!r.IsSuccess)
            {
                _failed++;
                SitrepCli.ReportFailure(r.Error!, inputName);
                continue;
            }
            var text = Render(r.Value!, indented: !many);
            if (toDirectory)
            {
                var file = Path.Combine(outputPath!, FileNameFor(inputName, docs.Count > 1 ? i + 1 : 0));
                File.WriteAllText(file, text, new UTF8Encoding(false));
            }
            else if (outputPath is not null)
            {
                if (_written == 0) File.WriteAllText(outputPath, text, new UTF8Encoding(false));
                else File.AppendAllText(outputPath, text, new UTF8Encoding(false));
            }
            else
            {
                SitrepCli.Out.Write(text);
            }
            _written++;
        }
    }

    private string Render(Document doc, bool indented) => format switch
    {
        "markdown" => MarkdownRenderer.Render(doc) + "\n",
        "html" => HtmlRenderer.Render(doc),
        _ => ExplainerJson.ToJson(doc, indented) + "\n",
    };

    private string FileNameFor(string inputName, int item)
    {
        var stem = inputName == "-" ? "stdin" : Path.GetFileNameWithoutExtension(inputName.TrimEnd('/'));
        foreach (var c in Path.GetInvalidFileNameChars()) stem = stem.Replace(c, '_');
        if (stem.Length == 0) stem = "document";
        var ext = format switch { "markdown" => ".md", "html" => ".html", _ => ".json" };
        return item > 0 ? $"{stem}-{item}{ext}" : stem + ext;
    }
}
