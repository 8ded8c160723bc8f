using System.CommandLine;
using Sitrep.Core;
using Sitrep.Entities;
using Sitrep.Nlp;
using Sitrep.Quotes;

namespace Sitrep.Cli.Commands;

/// <summary>Commands of the quote stage: <c>sitrep quotes FILE…</c> and <c>sitrep eval quotes</c>.</summary>
internal sealed class QuotesCommands : ICommandSet
{
    private static readonly Option<string> SharedOption = new("--shared")
    {
        Description = "The shared data folder (default: $SITREP_SHARED or ../shared beside the repository).",
    };

    private static readonly Option<string> RepoOption = new("--repo")
    {
        Description = "The repository root holding data/quotes/annotations (default: found from the current directory).",
    };

    public IEnumerable<Command> Commands()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Plain-text article files (paragraphs separated by blank lines)." };
        var cmd = new Command("quotes", "List the quotes of plain-text articles: kind, speaker, cue, channel and text.");
        cmd.Arguments.Add(inputs);
        cmd.SetAction(parse =>
        {
            var pipeline = Pipeline();
            int rc = 0;
            foreach (var path in parse.GetValue(inputs) ?? [])
            {
                if (!File.Exists(path)) { Console.Error.WriteLine(Errors.NotFound(path)); rc = 1; continue; }
                var text = File.ReadAllText(path);
                var doc = pipeline.Run(Document.From(new Article { Id = path, Text = text, InputName = path, Paragraphs = Article.ParagraphsOf(text) }));
                Console.WriteLine($"# {path}");
                foreach (var q in doc.Quotes)
                {
                    var speaker = doc.EntityById(q.SpeakerEntityId)?.Name ?? q.SpeakerText ?? "?";
                    Console.WriteLine($"{q.Id}\t{q.Kind.ToString().ToLowerInvariant()}\t{speaker}\t{q.Cue}\t{q.Channel}\t{q.Text}");
                }
            }
            return rc;
        });
        yield return cmd;
    }

    public IEnumerable<Command> Eval()
    {
        var split = new Option<string>("--split") { Description = "dev, dev2, dev3, dev4, test, a sum of them such as dev+dev2 (scored as one set), alldev (dev+dev2+dev3+dev4) or all (dev, dev2, dev3, dev4 and test, each on its own).", DefaultValueFactory = _ => "all" };
        var verbose = new Option<bool>("--verbose") { Description = "List missed, extra and misattributed quotes." };
        var noEntities = new Option<bool>("--no-entities") { Description = "Run the quote finder on tokens only (no entity stage)." };
        var oldParse = new Option<bool>("--parse") { Description = "Kept for old scripts: the tagger and parser now run by default, as in the explain pipeline." };
        var noParse = new Option<bool>("--no-parse") { Description = "Leave the tagger and parser out (surface rules only), for comparison; by default they run before the entity stage, as in the explain pipeline." };
        var cmd = new Command("quotes", "Quote finding and attribution on the hand-annotated scrapinghub articles (data/quotes/annotations).");
        cmd.Options.Add(split);
        cmd.Options.Add(verbose);
        cmd.Options.Add(noEntities);
        cmd.Options.Add(oldParse);
        cmd.Options.Add(noParse);
        cmd.Options.Add(SharedOption);
        cmd.Options.Add(RepoOption);
        cmd.SetAction(parse =>
        {
            var (shared, repo) = EntitiesCommands.Paths(parse);
            if (parse.GetValue(SharedOption) is { } s) shared = s;
            if (parse.GetValue(RepoOption) is { } r) repo = r;
            var which = parse.GetValue(split) ?? "all";
            var files = which switch { "all" => new[] { "dev", "dev2", "dev3", "dev4", "test" }, "alldev" => ["dev+dev2+dev3+dev4"], _ => [which] };
            var pipeline = Pipeline(!parse.GetValue(noEntities), !parse.GetValue(noParse));
            QuoteTools.Evaluate(shared, repo, files, a => pipeline.Run(Document.From(a)), Console.Out, parse.GetValue(verbose));
            return 0;
        });
        yield return cmd;
    }

    /// <summary>Tokenizer, tagger and parser (as in the explain pipeline unless <paramref name="parsed"/> is false), entities, quotes.</summary>
    private static Pipeline Pipeline(bool entities = true, bool parsed = true) => Core.Pipeline.Create(
        [
            NlpComponents.Tokenizer(),
            .. parsed ? [NlpComponents.Tagger(), NlpComponents.Parser()] : Array.Empty<IPipelineComponent>(),
            entities ? EntityComponents.Entities() : new TokensOnly(),
            QuoteComponents.Quotes(),
        ]);

    /// <summary>Declares empty mention and entity layers, to measure the quote finder without the entity stage.</summary>
    private sealed class TokensOnly : IPipelineComponent
    {
        public ComponentInfo Info { get; } = new("no-entities", "1", [Layer.Tokens], [Layer.Mentions, Layer.Entities]);
        public Document Process(Document document, CancellationToken cancellationToken = default) =>
            document.ProducedBy(Info.Id, Layer.Mentions, Layer.Entities);
    }
}
