using System.Diagnostics;
using Sitrep.Nlp.Conllu;
using Sitrep.Nlp.Tagging;

namespace Sitrep.Nlp;

/// <summary>
/// Training and evaluation of the NLP models on Universal Dependencies data, for the <c>sitrep train</c> and
/// <c>sitrep eval ud</c> commands. Everything is deterministic for a given seed and runs on one thread.
/// </summary>
public static class NlpTools
{
    public const int DefaultSeed = 1;

    /// <summary>Trains the tagger + lemmatizer on EWT train (tuned on dev) and writes <c>tagger.gz</c> and its card.</summary>
    public static void TrainTagger(string dataDir, string outDir, int epochs, int seed, float prune, int secondPassFolds, TextWriter log,
        string? wordnetDir = null, string? wordnetExceptionsDir = null, bool rightToLeft = false)
    {
        var sw = Stopwatch.StartNew();
        var train = ConlluFormat.ReadFile(UdPath(dataDir, "train"));
        var dev = ConlluFormat.ReadFile(UdPath(dataDir, "dev"));
        var clusters = LoadClusters(outDir);
        var lexicon = wordnetDir is null ? null : WordNetLexicon.Build(wordnetDir, wordnetExceptionsDir ?? wordnetDir);
        if (lexicon is not null) log.WriteLine($"WordNet lexicon: {lexicon.Count} base forms");
        var tagger = PosTagger.Train(train, dev, clusters, epochs, seed, prune, m => { log.WriteLine(m); log.Flush(); }, secondPassFolds, lexicon, rightToLeft);
        Directory.CreateDirectory(outDir);
        var path = Path.Combine(outDir, "tagger.gz");
        tagger.Save(path);
        log.WriteLine($"wrote {path} ({new FileInfo(path).Length / 1024} KiB) in {sw.Elapsed.TotalSeconds:F0}s");
    }

    /// <summary>
    /// Learns word classes from unlabelled text (the words of EWT train and of the GMB news corpus; no tags are
    /// read) and writes <c>clusters-{classes}.gz</c>.
    /// </summary>
    public static void BuildClusters(string sharedDir, string outDir, int classes, TextWriter log)
    {
        var sw = Stopwatch.StartNew();
        var sentences = UnlabelledSentences(sharedDir).ToList();
        var clusters = Learning.WordClusters.Train(sentences, classes, minCount: 3, passes: 15, m => { log.WriteLine(m); log.Flush(); });
        Directory.CreateDirectory(outDir);
        var path = Path.Combine(outDir, $"clusters-{classes}.gz");
        Learning.LinearModel.WriteGz(path, clusters.Write);
        log.WriteLine($"wrote {path}: {clusters.Count} words in {classes} classes, {new FileInfo(path).Length / 1024} KiB, {sw.Elapsed.TotalSeconds:F0}s");
    }

    internal static IEnumerable<IReadOnlyList<string>> UnlabelledSentences(string sharedDir)
    {
        foreach (var s in ConlluFormat.ReadFile(UdPath(Path.Combine(sharedDir, "data", "ud-ewt"), "train")))
            yield return s.Words.Select(w => w.Form).ToList();
        var current = new List<string>();
        foreach (var line in File.ReadLines(Path.Combine(sharedDir, "data", "ner-gmb", "train.iob2")))
        {
            if (line.Length == 0)
            {
                if (current.Count > 0) yield return current;
                current = [];
                continue;
            }
            int tab = line.IndexOf('\t');
            current.Add(tab < 0 ? line : line[..tab]);
        }
        if (current.Count > 0) yield return current;
    }

    /// <summary>
    /// Trains the parser on EWT train with jackknifed predicted tags (the tagger is retrained on
    /// <paramref name="folds"/>−1 folds to tag the held-out fold), tuned on dev tagged by the final tagger, and
    /// writes it as <paramref name="fileName"/> (a member of the parser ensemble). With
    /// <paramref name="tagsCache"/> the jackknifed training tags are read from that CoNLL-U file when it exists
    /// and written to it otherwise, so the ensemble's members train on the same tags without re-tagging.
    /// </summary>
    public static void TrainParser(string dataDir, string modelDir, int epochs, int seed, float prune, int folds, int taggerEpochs, TextWriter log,
        Parsing.ReadingOrder order = Parsing.ReadingOrder.LeftToRight, string fileName = "parser.gz", string? tagsCache = null, int taggerPasses = 1, bool coarseTags = false)
    {
        var sw = Stopwatch.StartNew();
        void Log(string m) { log.WriteLine(m); log.Flush(); }
        var dev = ConlluFormat.ReadFile(UdPath(dataDir, "dev"));
        var clusters = LoadClusters(modelDir);
        List<Conllu.UdSentence> jack;
        if (tagsCache is not null && File.Exists(tagsCache))
        {
            jack = ConlluFormat.ReadFile(tagsCache);
            Log($"jackknifed training tags read from {tagsCache} ({jack.Count} sentences)");
        }
        else
        {
            // Two passes: each fold's tagger is the two-pass tagger that runs in production (its own epochs
            // picked on dev, its pass 2 trained on pass-1 tags jackknifed in as many folds).
            jack = Jackknifed(ConlluFormat.ReadFile(UdPath(dataDir, "train")), taggerPasses == 2 ? dev : [], clusters, folds, taggerEpochs, seed, taggerPasses == 2 ? folds : 0, Log);
            if (tagsCache is not null)
            {
                var tmp = tagsCache + ".tmp";
                using (var w = new StreamWriter(tmp) { NewLine = "\n" })
                    foreach (var s in jack) ConlluFormat.Write(w, s);
                File.Move(tmp, tagsCache, overwrite: true);
            }
        }
        // Loaded only now so the tagger can still be training while the jackknife folds run.
        var tagger = PosTagger.LoadFile(Path.Combine(modelDir, "tagger.gz"));
        var devTagged = Retag(tagger, dev).ToList();
        var path = Path.Combine(modelDir, fileName);
        Parsing.ArcHybridParser.Train(jack, devTagged, clusters, epochs, seed, prune, Log, order,
            best => { best.Save(path + ".tmp"); File.Move(path + ".tmp", path, overwrite: true); Log($"saved {path}"); }, coarseTags);
        Log($"wrote {path} ({new FileInfo(path).Length / 1024} KiB) in {sw.Elapsed.TotalSeconds:F0}s");
    }

    /// <summary>Train with each fold's tags predicted by a tagger trained on the other folds (interleaved folds).</summary>
    private static List<Conllu.UdSentence> Jackknifed(List<Conllu.UdSentence> train, List<Conllu.UdSentence> dev, Learning.ClusterSet clusters, int folds, int taggerEpochs, int seed, int secondPassFolds, Action<string> Log)
    {
        var jack = new List<Conllu.UdSentence>(train.Count);
        for (int k = 0; k < folds; k++)
        {
            // Interleaved folds: measured better on dev than contiguous (document) folds, whose noisier
            // training tags cost the parser 0.3 UAS after six epochs (84.50 vs 84.83).
            var rest = train.Where((_, i) => i % folds != k).ToList();
            var held = train.Where((_, i) => i % folds == k).ToList();
            var foldTagger = PosTagger.Train(rest, dev, clusters, taggerEpochs, seed + k, 0f, _ => { }, secondPassFolds);
            var (u, x, _) = foldTagger.Evaluate(held);
            Log($"jackknife fold {k + 1}/{folds}: held-out UPOS {u:F2} XPOS {x:F2}");
            jack.AddRange(Retag(foldTagger, held));
        }
        return jack;
    }

    /// <summary>Copies of the sentences with XPOS/UPOS replaced by the tagger's predictions.</summary>
    internal static IEnumerable<Conllu.UdSentence> Retag(PosTagger tagger, IEnumerable<Conllu.UdSentence> sentences)
    {
        foreach (var s in sentences)
        {
            var tags = tagger.Tag(s.Words.Select(w => w.Form).ToList());
            var copy = new Conllu.UdSentence { SentId = s.SentId, Text = s.Text, NewDoc = s.NewDoc, NewPar = s.NewPar };
            copy.Comments.AddRange(s.Comments);
            copy.Multiwords.AddRange(s.Multiwords);
            for (int i = 0; i < tags.Length; i++) copy.Words.Add(s.Words[i] with { Upos = tags[i].Upos, Xpos = tags[i].Xpos });
            yield return copy;
        }
    }

    /// <summary>
    /// The <c>sitrep eval ud</c> report: tokenizer and splitter on the split's raw text, the golden rules,
    /// tagger and lemmatizer on gold tokens, parser on gold tokens with predicted tags.
    /// </summary>
    public static string EvaluateUd(string dataDir, string split, string? sbdPath, int? maxSentences = null, string? modelDir = null, bool parserDetail = false)
    {
        var gold = ConlluFormat.ReadFile(UdPath(dataDir, split));
        var (tagger, parser) = Models(modelDir);
        var report = Evaluation.UdEvaluator.Evaluate(split, gold, sbdPath, tagger, parser, maxSentences).Format();
        return parserDetail ? report + Evaluation.UdEvaluator.ParserDetail(maxSentences is int m ? gold.Take(m).ToList() : gold, tagger, parser) : report;
    }

    /// <summary>The embedded models, or the tagger.gz / parser.gz in <paramref name="modelDir"/> (to measure a model before committing it).</summary>
    private static (PosTagger Tagger, Parsing.ParserEnsemble Parser) Models(string? modelDir) => modelDir is null
        ? (NlpModels.Tagger, NlpModels.Parser)
        : (PosTagger.LoadFile(Path.Combine(modelDir, "tagger.gz")), Parsing.ParserEnsemble.LoadDirectory(modelDir));

    /// <summary>Tokenizes, splits, tags, lemmatizes and parses raw text; returns CoNLL-U with character offsets in MISC.</summary>
    public static string ParseText(string text)
    {
        var doc = Core.Document.From(new Core.Article { Id = "parse", Text = text, Paragraphs = Core.Article.ParagraphsOf(text) });
        foreach (var c in new[] { NlpComponents.Tokenizer(), NlpComponents.Tagger(), NlpComponents.Parser() }) doc = c.Process(doc);
        var w = new StringWriter { NewLine = "\n" };
        int n = 0;
        foreach (var s in doc.Sentences)
        {
            var sent = new UdSentence();
            sent.Comments.Add($"# sent_id = {++n}");
            sent.Comments.Add($"# text = {s.Span.Of(text).ReplaceLineEndings(" ")}");
            foreach (var t in doc.TokensOf(s))
            {
                int head = t.Head < 0 ? 0 : t.Head - s.FirstToken + 1;
                var misc = $"TokenRange={t.Span.Start}:{t.Span.End}" + (t.SpaceAfter ? "" : "|SpaceAfter=No");
                sent.Words.Add(new UdWord(t.Index - s.FirstToken + 1, t.Text, t.Lemma ?? "_", t.Upos ?? "_", t.Xpos ?? "_", "_", head, t.DepRel ?? "_", misc));
            }
            ConlluFormat.Write(w, sent);
        }
        return w.ToString();
    }

    /// <summary>Re-annotates CoNLL-U on its own tokens: tags, lemmas, heads and relations are replaced.</summary>
    public static string Reannotate(TextReader conllu, string? modelDir = null)
    {
        var (tagger, parser) = Models(modelDir);
        var w = new StringWriter { NewLine = "\n" };
        foreach (var s in ConlluFormat.Read(conllu))
        {
            var forms = s.Words.Select(x => NlpModels.ModelForm(x.Form)).ToList();
            var tags = tagger.Tag(forms);
            var (heads, labels) = parser.Parse(forms, tags.Select(t => t.Xpos).ToList());
            var copy = new UdSentence();
            copy.Comments.AddRange(s.Comments);
            copy.Multiwords.AddRange(s.Multiwords);
            for (int i = 0; i < forms.Count; i++)
            {
                var x = s.Words[i];
                copy.Words.Add(x with
                {
                    Upos = tags[i].Upos, Xpos = tags[i].Xpos, Lemma = tagger.Lemmatizer.Lemmatize(forms[i], tags[i].Xpos),
                    Head = heads[i] + 1, DepRel = labels[i],
                });
            }
            ConlluFormat.Write(w, copy);
        }
        return w.ToString();
    }

    public const int CoarseClasses = 64;
    public const int FineClasses = 256;

    /// <summary>The word classes built by <see cref="BuildClusters"/> in the models directory.</summary>
    internal static Learning.ClusterSet LoadClusters(string modelDir) => Learning.ClusterSet.LoadFiles(
        Path.Combine(modelDir, $"clusters-{CoarseClasses}.gz"), Path.Combine(modelDir, $"clusters-{FineClasses}.gz"));

    /// <summary>Refits only the lemmatizer inside an existing tagger model (the tagging weights stay as trained).</summary>
    public static void RefitLemmatizer(string dataDir, string modelDir, TextWriter log)
    {
        var path = Path.Combine(modelDir, "tagger.gz");
        var train = ConlluFormat.ReadFile(UdPath(dataDir, "train"));
        var tagger = PosTagger.LoadFile(path).WithLemmatizer(train);
        var dev = ConlluFormat.ReadFile(UdPath(dataDir, "dev"));
        var (u, x, l) = tagger.Evaluate(dev);
        tagger.Save(path);
        log.WriteLine($"refitted lemmatizer: dev UPOS {u:F2} XPOS {x:F2} lemma {l:F2}; wrote {path}");
    }

    /// <summary>Drops parser weights at or below <paramref name="threshold"/> and reports dev accuracy before and after.</summary>
    public static void PruneParser(string dataDir, string modelDir, float threshold, TextWriter log)
    {
        var path = Path.Combine(modelDir, "parser.gz");
        var parser = Parsing.ArcHybridParser.LoadFile(path);
        var tagger = PosTagger.LoadFile(Path.Combine(modelDir, "tagger.gz"));
        var dev = Retag(tagger, ConlluFormat.ReadFile(UdPath(dataDir, "dev"))).ToList();
        var pruned = parser.Pruned(threshold);
        var (u0, l0) = parser.Evaluate(dev);
        var (u1, l1) = pruned.Evaluate(dev);
        pruned.Save(path);
        log.WriteLine($"pruned parser at {threshold}: weights {parser.Model.WeightCount} -> {pruned.Model.WeightCount}; dev UAS {u0:F2}->{u1:F2} LAS {l0:F2}->{l1:F2}; {new FileInfo(path).Length / 1024} KiB");
    }

    internal static string UdPath(string dataDir, string split) => Path.Combine(dataDir, $"en_ewt-ud-{split}.conllu");
}
