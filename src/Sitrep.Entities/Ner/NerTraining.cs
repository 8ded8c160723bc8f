using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Sitrep.Entities.Lexicon;

namespace Sitrep.Entities.Ner;

/// <summary>`sitrep train ner` / `sitrep eval ner`: the corpora, the fixed recipe and the model card.</summary>
internal static class NerTraining
{
    public const int Seed = 20200103;
    public const int Epochs = 4;

    internal static readonly string[] TrainFiles = ["data/ner-gmb/train.iob2", "data/ner-gum-wikinews/train.iob2", "data/ner-ewt/en_ewt-ud-dev.iob2"];

    /// <summary>
    /// Copies of each file per epoch: GMB is large and newswire-only with its own ORG conventions, so the small
    /// web (EWT) and Wikinews (GUM) sets are repeated to weigh in on their PER/ORG/LOC conventions.
    /// </summary>
    internal static readonly int[] Repeats = [1, 2, 4];

    public static void Train(string shared, string repo, TextWriter log, int epochs = Epochs)
    {
        var sw = Stopwatch.StartNew();
        var data = TrainFiles.SelectMany((f, i) => Enumerable.Repeat(NerCorpus.Read(Path.Combine(shared, f)), Repeats[i]).SelectMany(x => x)).ToList();
        log.WriteLine($"training sentences: {data.Count}, tokens: {data.Sum(s => s.Words.Length)}");
        var model = NerModel.Train(data, epochs, Lexicons.Shared, Seed, log);
        var dir = Path.Combine(repo, "models", "ner");
        Directory.CreateDirectory(dir);
        using (var f = File.Create(Path.Combine(dir, "ner.bin.gz"))) model.Save(f);
        log.WriteLine($"features kept: {model.FeatureCount}; trained in {sw.Elapsed.TotalSeconds:F0} s");
        var (ewt, gmb) = Evaluate(model, shared, TextWriter.Null);
        var card = new
        {
            model = "sitrep-ner/1 averaged perceptron (greedy IOB2, word/shape/affix/context/tag/gazetteer features)",
            training = TrainFiles, repeats = Repeats, epochs, seed = Seed, threads = 1,
            command = "sitrep train ner",
            date = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            scores = new { unerEwtTest = new { f1 = Math.Round(ewt.Of().F1, 4), per = Math.Round(ewt.Of("PER").F1, 4), org = Math.Round(ewt.Of("ORG").F1, 4), loc = Math.Round(ewt.Of("LOC").F1, 4) },
                           gmbTest = new { f1 = Math.Round(gmb.Of().F1, 4) } },
            licences = "GMB (Voice of America text), GUM Wikinews CC BY, UNER EWT CC BY-SA 4.0",
        };
        File.WriteAllText(Path.Combine(dir, "ner.card.json"), JsonSerializer.Serialize(card, new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }

    public static (NerScores Ewt, NerScores Gmb) Evaluate(NerModel model, string shared, TextWriter log)
    {
        var ewt = NerScores.Evaluate(model, NerCorpus.Read(Path.Combine(shared, "data/ner-ewt/en_ewt-ud-test.iob2")), new HashSet<string> { "PER", "ORG", "LOC" });
        ewt.Print(log, "UNER English EWT test (PER/ORG/LOC, exact span and type):");
        var gmb = NerScores.Evaluate(model, NerCorpus.Read(Path.Combine(shared, "data/ner-gmb/test.iob2")), NerModel.Types.ToHashSet());
        gmb.Print(log, "GMB test (geo→LOC, gpe→NORP, art/nat→MISC, eve→EVENT; tim not scored):");
        return (ewt, gmb);
    }
}
