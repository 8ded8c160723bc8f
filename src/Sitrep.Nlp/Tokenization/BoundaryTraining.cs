using System.Diagnostics;
using System.Globalization;
using System.Text;
using Sitrep.Core;
using Sitrep.Nlp.Conllu;

namespace Sitrep.Nlp.Tokenization;

/// <summary>
/// Trains the sentence <see cref="BoundaryModel"/> on UD English EWT: each document's raw text is rebuilt the way
/// the evaluator does it (sentences joined by a space, paragraphs by a blank line), run through the tokenizer and
/// the rules, and every space between two tokens becomes one yes/no example labelled by the treebank's sentence
/// ends. Averaged perceptron; the epoch with the best boundary F1 on dev is kept. Deterministic.
/// </summary>
public static class BoundaryTraining
{
    private readonly record struct Example(ulong[] Features, bool Boundary);

    /// <summary>Trains on EWT train, picks the epoch on dev, writes <paramref name="outPath"/> (gzip text).</summary>
    /// <remarks>
    /// With <paramref name="addDev"/>, each perceptron is then retrained on train + dev for the epochs it was given
    /// on dev (the usual last step once settings are fixed); the dev score printed is then no longer held out.
    /// </remarks>
    public static void Train(string ewtDir, string outPath, int epochs, int bags, float prune, bool addDev, TextWriter log)
    {
        var sw = Stopwatch.StartNew();
        var train = Examples(ConlluFormat.ReadFile(Path.Combine(ewtDir, "en_ewt-ud-train.conllu")));
        var dev = Examples(ConlluFormat.ReadFile(Path.Combine(ewtDir, "en_ewt-ud-dev.conllu")));
        log.WriteLine($"examples: train {train.Count} ({train.Count(e => e.Boundary)} boundaries), dev {dev.Count}");

        // Several perceptrons, each on its own shuffle with its epoch picked on dev, averaged: steadier than one.
        var best = new Dictionary<ulong, float>();
        var epochsPicked = new List<int>();
        for (int seed = 1; seed <= bags; seed++)
        {
            var (weights, epoch, f1) = TrainOne(train, dev, epochs, seed);
            log.WriteLine($"perceptron {seed}: epoch {epoch}, dev boundary F1 {f1:P2}");
            if (addDev) (weights, _, _) = TrainOne([.. train, .. dev], dev, epoch, seed, keepLast: true);
            log.Flush();
            epochsPicked.Add(epoch);
            foreach (var (f, v) in weights) best[f] = best.GetValueOrDefault(f) + v / bags;
        }
        foreach (var f in best.Where(kv => Math.Abs(kv.Value) <= prune).Select(kv => kv.Key).ToList()) best.Remove(f);
        var (_, _, bestF1) = Score(best, dev);
        log.WriteLine($"averaged: dev boundary F1 {bestF1:P2}{(addDev ? " (dev seen in training)" : "")} ({best.Count} weights)");

        var model = BoundaryModel.FromWeights(best!);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outPath))!);
        model.Write(outPath, string.Create(CultureInfo.InvariantCulture,
            $"Sentence boundary model: averaged perceptron trained on UD English EWT {(addDev ? "train + dev" : "train")} (CC BY-SA 4.0)\n{bags} perceptrons averaged, epochs {string.Join(",", epochsPicked)} of {epochs}, prune {prune}, dev boundary F1 {bestF1:P2}, {best.Count} weights\nregenerate: sitrep train sbd{(addDev ? " --add-dev" : "")}"));
        log.WriteLine($"wrote {outPath} ({new FileInfo(outPath).Length / 1024} KiB) in {sw.Elapsed.TotalSeconds:F0}s");
    }

    private static (Dictionary<ulong, float> Weights, int Epoch, double F1) TrainOne(List<Example> train, List<Example> dev, int epochs, int seed, bool keepLast = false)
    {
        var w = new Dictionary<ulong, (float W, double U)>();
        long time = 1;
        Dictionary<ulong, float>? best = null;
        double bestF1 = -1;
        int bestEpoch = 0;
        var rng = new Random(seed);
        var order = Enumerable.Range(0, train.Count).ToArray();
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            rng.Shuffle(order);
            foreach (var i in order)
            {
                var ex = train[i];
                float score = 0;
                foreach (var f in ex.Features) if (w.TryGetValue(f, out var e)) score += e.W;
                if ((score > 0) != ex.Boundary)
                {
                    float d = ex.Boundary ? 1 : -1;
                    foreach (var f in ex.Features)
                    {
                        w.TryGetValue(f, out var e);
                        w[f] = (e.W + d, e.U + time * (double)d);
                    }
                }
                time++;
            }
            var averaged = new Dictionary<ulong, float>(w.Count);
            foreach (var (f, e) in w) averaged[f] = (float)(e.W - e.U / time);
            var (_, _, f1) = Score(averaged, dev);
            if (f1 > bestF1 || (keepLast && epoch == epochs)) { bestF1 = f1; best = averaged; bestEpoch = epoch; }
        }
        return (best!, bestEpoch, bestF1);
    }

    private static (double P, double R, double F1) Score(Dictionary<ulong, float> w, List<Example> examples, float threshold = 0)
    {
        int tp = 0, pred = 0, gold = 0;
        foreach (var ex in examples)
        {
            float score = 0;
            foreach (var f in ex.Features) if (w.TryGetValue(f, out var v)) score += v;
            bool guess = score > threshold;
            if (guess) pred++;
            if (ex.Boundary) gold++;
            if (guess && ex.Boundary) tp++;
        }
        double p = pred == 0 ? 0 : (double)tp / pred, r = gold == 0 ? 0 : (double)tp / gold;
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    /// <summary>One example per gap the model decides, labelled by whether a treebank sentence ends there.</summary>
    private static List<Example> Examples(List<UdSentence> sentences)
    {
        var tokenizer = RuleTokenizer.Default;
        var rules = SentenceSplitter.RulesOnly;
        var examples = new List<Example>();
        Span<ulong> buffer = stackalloc ulong[BoundaryModel.MaxFeatures];
        foreach (var (text, ends) in RawDocuments(sentences))
        {
            foreach (var block in Article.ParagraphsOf(text))
            {
                var tokens = new List<RawToken>();
                tokenizer.Tokenize(text, block.Start, block.End, tokens);
                if (tokens.Count < 2) continue;
                var gaps = rules.RuleGaps(text, tokens, 0, tokens.Count);
                for (int k = 0; k < tokens.Count - 1; k++)
                {
                    bool gold = ends.Contains(tokens[k].End);
                    if (!gaps[k].Hard && SentenceSplitter.IsModelGap(text, tokens, k))
                    {
                        int n = BoundaryModel.Features(text, tokens, 0, tokens.Count, k, gaps[k].Boundary, buffer);
                        examples.Add(new Example(buffer[..n].ToArray(), gold));
                    }
                }
            }
        }
        return examples;
    }

    /// <summary>Each document's text as the evaluator builds it, with the character offsets where its sentences end.</summary>
    internal static IEnumerable<(string Text, HashSet<int> SentenceEnds)> RawDocuments(List<UdSentence> sentences)
    {
        var text = new StringBuilder();
        var ends = new HashSet<int>();
        foreach (var s in sentences)
        {
            if (s.NewDoc && text.Length > 0)
            {
                yield return (text.ToString(), ends);
                text.Clear();
                ends = [];
            }
            if (text.Length > 0) text.Append(s.NewPar ? "\n\n" : " ");
            var raw = s.Text ?? string.Join(" ", s.Words.Select(x => x.Form));
            text.Append(raw);
            ends.Add(text.Length - (raw.Length - raw.TrimEnd().Length));
        }
        if (text.Length > 0) yield return (text.ToString(), ends);
    }
}
