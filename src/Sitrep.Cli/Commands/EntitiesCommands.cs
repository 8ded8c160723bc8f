using System.CommandLine;
using Sitrep.Entities;

namespace Sitrep.Cli.Commands;

/// <summary>Commands of the entity stage: dictionary building, NER training/evaluation and tagging.</summary>
internal sealed class EntitiesCommands : ICommandSet
{
    private static readonly Option<string> SharedOption = new("--shared")
    {
        Description = "The shared data folder (default: $SITREP_SHARED or ../shared beside the repository).",
    };

    private static readonly Option<string> RepoOption = new("--repo")
    {
        Description = "The repository root to write data/ and models/ into (default: found from the current directory).",
    };

    public IEnumerable<Command> BuildData()
    {
        var cmd = new Command("entities", "Rebuild data/entities/*.gz (actor/agent dictionaries, gazetteer, casing) from ../shared and GeoNames npm packages.");
        cmd.Options.Add(SharedOption);
        cmd.Options.Add(RepoOption);
        cmd.SetAction(parse =>
        {
            var (shared, repo) = Paths(parse);
            EntityTools.BuildData(shared, repo, Console.Out);
            return 0;
        });
        yield return cmd;
    }

    public IEnumerable<Command> Train()
    {
        var epochs = new Option<int?>("--epochs") { Description = "Training epochs (default: the committed recipe's)." };
        var repeats = new Option<string?>("--repeats") { Description = "Copies per epoch of GMB train, GUM train, GUM dev, UNER EWT dev, e.g. 1,2,2,4 (default: the recipe's)." };
        var minWeight = new Option<float?>("--min-weight") { Description = "Drop features whose averaged weights all stay below this." };
        var tune = new Option<bool>("--tune") { Description = "Hold out every 4th UNER EWT dev document, print its F1 after each epoch, write nothing." };
        var cmd = new Command("ner", "Train the NER model (structured perceptron; GMB + GUM Wikinews + UNER EWT dev; fixed seed, one thread) into models/ner/.");
        cmd.Options.Add(SharedOption);
        cmd.Options.Add(RepoOption);
        cmd.Options.Add(epochs);
        cmd.Options.Add(repeats);
        cmd.Options.Add(minWeight);
        cmd.Options.Add(tune);
        var cleanGmb = new Option<bool?>("--clean-gmb") { Description = "Relabel GMB ORG spans that are gazetteer places as LOC (default: the recipe's)." };
        var lowerEvery = new Option<int?>("--lower-every") { Description = "Add a lower-cased copy of every n-th GUM/EWT sentence; 0 = none (default: the recipe's)." };
        cmd.Options.Add(cleanGmb);
        var silver = new Option<int?>("--silver") { Description = "Copies per epoch of self-labelled UD EWT train; 0 = no self-training (default: the recipe's)." };
        cmd.Options.Add(silver);
        var silverConstrained = new Option<bool?>("--silver-constrained") { Description = "Self-training decodes under UD EWT's gold part of speech (only nominal/function words can be in a name) (default: the recipe's)." };
        cmd.Options.Add(silverConstrained);
        var typer = new Option<int?>("--typer") { Description = "Epochs of the second-stage span typer that retypes or drops each span; 0 = none (default: the recipe's)." };
        cmd.Options.Add(typer);
        var typerGmb = new Option<int?>("--typer-gmb") { Description = "Copies of each GMB span the span typer trains on; 0 = only GUM and EWT spans (default: the recipe's)." };
        cmd.Options.Add(typerGmb);
        var pairs = new Option<bool?>("--pairs") { Description = "Label-pair features: (previous tag, tag) with the word's shape, word classes and form (default: the recipe's)." };
        cmd.Options.Add(pairs);
        var typerDrops = new Option<bool?>("--typer-drops") { Description = "Whether the span typer may drop a span as no name (default: the recipe's)." };
        cmd.Options.Add(typerDrops);
        var typerMargin = new Option<float?>("--typer-margin") { Description = "How far the span typer's 'no name' must score above its best type to drop a span (default: the recipe's)." };
        cmd.Options.Add(typerMargin);
        var fold = new Option<int>("--fold") { Description = "With --tune: which quarter of the EWT dev documents (0-3) to hold out; -1 = each in turn, scored together.", DefaultValueFactory = _ => 3 };
        cmd.Options.Add(fold);
        var gmbEvery = new Option<int?>("--gmb-every") { Description = "Use every n-th GMB training sentence (default: the recipe's)." };
        cmd.Options.Add(gmbEvery);
        var pos = new Option<bool?>("--pos") { Description = "Part-of-speech features from the pipeline's tagger (default: the recipe's)." };
        cmd.Options.Add(pos);
        var dense = new Option<float?>("--dense") { Description = "Length of each word's frozen MiniLM vector as an input of the sequence model; 0 = none (default: the recipe's)." };
        cmd.Options.Add(dense);
        var typerDense = new Option<float?>("--typer-dense") { Description = "Length of the span's mean MiniLM vector as an input of the span typer; 0 = none (default: the recipe's)." };
        cmd.Options.Add(typerDense);
        var denseCase = new Option<bool?>("--dense-case") { Description = "A second block of dense weights for capitalised words (the encoder is uncased) (default: the recipe's)." };
        cmd.Options.Add(denseCase);
        var denseWindow = new Option<bool?>("--dense-window") { Description = "Two more blocks of dense weights for the previous and next word's MiniLM vectors (default: the recipe's)." };
        cmd.Options.Add(denseWindow);
        cmd.Options.Add(lowerEvery);
        var annotated = new Option<int?>("--hand-labelled") { Description = "Copies per epoch of the hand-labelled UD EWT train sentences (data/ner/); 0 = none (default: the recipe's)." };
        cmd.Options.Add(annotated);
        cmd.SetAction(parse =>
        {
            var (shared, repo) = Paths(parse);
            var r = parse.GetValue(repeats) is { } rs ? rs.Split(',').Select(x => int.Parse(x, System.Globalization.CultureInfo.InvariantCulture)).ToArray() : null;
            EntityTools.TrainNer(shared, repo, Console.Out, parse.GetValue(epochs), r, parse.GetValue(tune), parse.GetValue(minWeight), parse.GetValue(cleanGmb), parse.GetValue(lowerEvery), parse.GetValue(silver), parse.GetValue(fold), parse.GetValue(gmbEvery), parse.GetValue(pos), parse.GetValue(silverConstrained), parse.GetValue(typer), parse.GetValue(typerGmb), parse.GetValue(pairs), parse.GetValue(typerDrops), parse.GetValue(typerMargin), parse.GetValue(dense), parse.GetValue(typerDense), parse.GetValue(denseCase), parse.GetValue(denseWindow), parse.GetValue(annotated));
            return 0;
        });
        yield return cmd;
    }

    public IEnumerable<Command> Eval()
    {
        var cmd = new Command("ner", "Per-type precision/recall/F1 of the embedded NER model on UNER EWT test and the GMB test split.");
        cmd.Options.Add(SharedOption);
        cmd.Options.Add(RepoOption);
        cmd.SetAction(parse =>
        {
            var (shared, _) = Paths(parse);
            EntityTools.EvalNer(shared, Console.Out);
            return 0;
        });
        yield return cmd;
    }

    public IEnumerable<Command> Commands()
    {
        var iob2 = new Option<bool>("--iob2") { Description = "Read FILE as IOB2/CoNLL (one token per line; blank line between sentences) and write word<TAB>TAG." };
        var file = new Argument<string>("file") { Description = "The input file." };
        var cmd = new Command("ner", "Tag named entities (PER, ORG, LOC, NORP, EVENT, MISC) with the embedded model.");
        cmd.Options.Add(iob2);
        cmd.Arguments.Add(file);
        cmd.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path)) { Console.Error.WriteLine($"{path}: E001: no such file or directory"); return 1; }
            if (!parse.GetValue(iob2)) { Console.Error.WriteLine("only --iob2 input is supported by `sitrep ner`; use `sitrep explain` for articles"); return 2; }
            EntityTools.TagIob2(path, Console.Out);
            return 0;
        });
        yield return cmd;
    }

    internal static (string Shared, string Repo) Paths(ParseResult parse)
    {
        var repo = parse.GetValue(RepoOption) ?? FindRepo();
        var shared = parse.GetValue(SharedOption)
            ?? (Environment.GetEnvironmentVariable("SITREP_SHARED") is { Length: > 0 } env ? env : Path.GetFullPath(Path.Combine(repo, "..", "shared")));
        return (shared, repo);
    }

    private static string FindRepo()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Directory.Build.props"))) return dir.FullName;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Directory.Build.props"))) return dir.FullName;
        return Directory.GetCurrentDirectory();
    }
}
