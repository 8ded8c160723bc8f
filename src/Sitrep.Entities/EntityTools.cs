using Sitrep.Entities.Data;
using Sitrep.Entities.Ner;

namespace Sitrep.Entities;

/// <summary>Offline tooling of the entity stage (data building, training, evaluation), for the CLI.</summary>
public static class EntityTools
{
    /// <summary>Rebuilds data/entities/*.gz from <paramref name="sharedRoot"/> (../shared) into <paramref name="repoRoot"/>.</summary>
    public static void BuildData(string sharedRoot, string repoRoot, TextWriter log) => EntityDataBuilder.Build(sharedRoot, repoRoot, log);

    /// <summary>Trains the NER model (fixed seed, one thread) into models/ner/ and writes its card.</summary>
    /// <param name="repeats">Copies per epoch of each training file (null: the committed recipe).</param>
    /// <param name="tune">Hold out a quarter of the UNER EWT dev documents, score them after every epoch, write nothing.</param>
    public static void TrainNer(string sharedRoot, string repoRoot, TextWriter log, int? epochs = null, int[]? repeats = null, bool tune = false, float? minWeight = null, bool? cleanGmb = null, int? lowerEvery = null, int? silverRepeat = null, int fold = 3, int? gmbEvery = null, bool? pos = null, bool? silverConstrained = null, int? typer = null, int? typerGmb = null, bool? pairs = null, bool? typerDrops = null, float? typerMargin = null, float? dense = null, float? typerDense = null, bool? denseCase = null, bool? denseWindow = null, int? handLabelled = null)
    {
        var recipe = new NerRecipe { Tune = tune, Fold = fold };
        if (pos is { } ps) recipe = recipe with { Pos = ps };
        if (dense is { } de) recipe = recipe with { Dense = de };
        if (denseCase is { } dc) recipe = recipe with { DenseCase = dc };
        if (handLabelled is { } hl) recipe = recipe with { Annotated = hl };
        if (denseWindow is { } dwi) recipe = recipe with { DenseWindow = dwi };
        if (typerDense is { } tde) recipe = recipe with { TyperDense = tde };
        if (gmbEvery is { } ge) recipe = recipe with { GmbEvery = ge };
        if (silverRepeat is { } sr) recipe = recipe with { SilverRepeat = sr };
        if (typer is { } ty) recipe = recipe with { Typer = ty };
        if (typerMargin is { } tm) recipe = recipe with { TyperMargin = tm };
        if (typerDrops is { } td) recipe = recipe with { TyperDrops = td };
        if (pairs is { } pa) recipe = recipe with { Pairs = pa };
        if (typerGmb is { } tg) recipe = recipe with { TyperGmb = tg };
        if (silverConstrained is { } sc) recipe = recipe with { SilverConstrained = sc };
        if (cleanGmb is { } c) recipe = recipe with { CleanGmb = c };
        if (lowerEvery is { } le) recipe = recipe with { LowerEvery = le };
        if (epochs is { } e) recipe = recipe with { Epochs = e };
        if (repeats is { } r) recipe = recipe with { Repeats = r };
        if (minWeight is { } m) recipe = recipe with { MinWeight = m };
        NerTraining.Train(sharedRoot, repoRoot, log, recipe);
    }

    /// <summary>Prints per-type P/R/F1 of the embedded NER model on UNER EWT test and GMB test; returns (EWT F1, GMB F1).</summary>
    public static (double Ewt, double Gmb) EvalNer(string sharedRoot, TextWriter log)
    {
        var (ewt, gmb) = NerTraining.Evaluate(NerModel.Shared, sharedRoot, log);
        return (ewt.Of().F1, gmb.Of().F1);
    }

    /// <summary>Tags the words of an IOB2/CoNLL file (first or second column) and writes "word\tTAG" lines.</summary>
    public static void TagIob2(string path, TextWriter output)
    {
        var model = NerModel.Shared;
        foreach (var s in NerCorpus.Read(path))
        {
            var tags = model.Predict(s.Words);
            for (int i = 0; i < s.Words.Length; i++) output.WriteLine($"{s.Words[i]}\t{tags[i]}");
            output.WriteLine();
        }
    }
}
