using System.IO.Compression;
using Sitrep.Nlp.Conllu;
using Sitrep.Nlp.Learning;
using Sitrep.Nlp.Tagging;

namespace Sitrep.Nlp.Parsing;

/// <summary>The order in which a parser reads a sentence's words.</summary>
public enum ReadingOrder : byte
{
    LeftToRight = 0,
    RightToLeft = 1,
    /// <summary>
    /// Right to left, but punctuation ending the sentence is read last, as left to right. Read first, the final
    /// full stop waits at the bottom of the stack for the main verb and greedy errors there cost the root.
    /// </summary>
    RightToLeftPunctuationLast = 2,
}

/// <summary>
/// Greedy arc-hybrid transition parser (Kuhlmann et al. 2011) with labelled transitions, trained with an averaged
/// perceptron and the dynamic oracle of Goldberg &amp; Nivre (2013) so it learns to recover from its own mistakes.
/// The root sits at the end of the buffer and may take exactly one dependent, so every parse is a single tree.
/// Features follow Zhang &amp; Nivre (2011): words, tags, word classes, distance, valency and child labels.
/// A right-to-left parser reads the reversed sentence (trained on reversed trees, see <see cref="ReadingOrder"/>):
/// it makes different mistakes from the left-to-right one, which is what an ensemble (<see cref="ParserEnsemble"/>) needs.
/// </summary>
internal sealed class ArcHybridParser
{
    private readonly LinearModel _model;
    private readonly ClusterSet _clusters;
    private readonly string[] _labels;
    private readonly ulong[] _labelHash;
    private readonly int _rootLabel;

    private ArcHybridParser(LinearModel model, ClusterSet clusters, ReadingOrder order, bool coarseTags = false)
    {
        CoarseTags = coarseTags;
        _model = model;
        _clusters = clusters;
        Order = order;
        // Classes: 0 = SHIFT, 1..L = LEFT-label, L+1..2L = RIGHT-label.
        int l = (model.ClassCount - 1) / 2;
        _labels = [.. model.ClassNames.Skip(1).Take(l).Select(c => c[2..])];
        _labelHash = [.. _labels.Select(FeatureHash.Of)];
        _rootLabel = Array.IndexOf(_labels, "root");
    }

    public LinearModel Model => _model;

    public ReadingOrder Order { get; }

    /// <summary>
    /// True when the parser sees only the first two letters of each XPOS tag (VBD and VBN are both VB, NNS and
    /// NNP both NN): the tagger's commonest confusions no longer reach it, so it errs elsewhere than its siblings.
    /// </summary>
    public bool CoarseTags { get; }

    public ArcHybridParser Pruned(float threshold) => new(_model.Pruned(threshold), _clusters, Order, CoarseTags);

    private static string Coarse(string tag) => tag.Length > 2 && char.IsLetter(tag[0]) ? tag[..2] : tag;

    private static readonly HashSet<string> PunctuationTags = ["." , ",", ":", "``", "''", "-LRB-", "-RRB-", "HYPH", "NFP"];

    /// <summary>Original word index of the i-th word read, for a sentence with these (XPOS) tags.</summary>
    internal static int[] Permutation(ReadingOrder order, IReadOnlyList<string> tags)
    {
        int n = tags.Count;
        var p = new int[n];
        int m = n;
        if (order == ReadingOrder.RightToLeftPunctuationLast)
            while (m > 1 && PunctuationTags.Contains(tags[m - 1])) m--;
        for (int j = 0; j < n; j++) p[j] = order == ReadingOrder.LeftToRight ? j : j < m ? m - 1 - j : j;
        return p;
    }

    /// <summary>The sentence as a parser with <paramref name="order"/> reads it (ids and heads renumbered).</summary>
    internal static UdSentence InReadingOrder(UdSentence s, ReadingOrder order)
    {
        if (order == ReadingOrder.LeftToRight) return s;
        var p = Permutation(order, [.. s.Words.Select(w => w.Xpos)]);
        var position = new int[p.Length];
        for (int j = 0; j < p.Length; j++) position[p[j]] = j;
        var copy = new UdSentence { SentId = s.SentId, Text = s.Text, NewDoc = s.NewDoc, NewPar = s.NewPar };
        for (int j = 0; j < p.Length; j++)
        {
            var w = s.Words[p[j]];
            copy.Words.Add(w with { Id = j + 1, Head = w.Head == 0 ? 0 : position[w.Head - 1] + 1 });
        }
        return copy;
    }

    public const int MaxFeatures = 104;

    /// <summary>Parses a tagged sentence: heads are 0-based word indices (-1 for the root) with labels.</summary>
    public (int[] Heads, string[] Labels) Parse(IReadOnlyList<string> words, IReadOnlyList<string> tags) => Parse(Prepare(words, tags, _clusters));

    /// <summary>
    /// A sentence's words and tags hashed once, in the original order, for every parser with the same word classes
    /// (an ensemble's members): each member only picks its reading order and tag granularity.
    /// </summary>
    internal sealed class PreparedSentence
    {
        public required IReadOnlyList<string> Tags { get; init; }
        public required (ulong Lower, ulong Cluster, ulong FineCluster)[] Words { get; init; }
        public required ulong[] TagHashes { get; init; }
        public required ulong[] CoarseTagHashes { get; init; }
    }

    internal static PreparedSentence Prepare(IReadOnlyList<string> words, IReadOnlyList<string> tags, ClusterSet clusters)
    {
        int n = words.Count;
        var forms = new (ulong, ulong, ulong)[n];
        var fine = new ulong[n];
        var coarse = new ulong[n];
        for (int i = 0; i < n; i++)
        {
            forms[i] = WordInfo.ParserFormsOf(words[i], clusters);
            fine[i] = FeatureHash.Of(tags[i]);
            coarse[i] = FeatureHash.Of(Coarse(tags[i]));
        }
        return new PreparedSentence { Tags = tags, Words = forms, TagHashes = fine, CoarseTagHashes = coarse };
    }

    /// <summary>The word classes this parser's features read (bundled in its model file).</summary>
    internal ClusterSet Clusters => _clusters;

    /// <summary>Parses a prepared sentence (see <see cref="Prepare"/>), with the word classes this parser was trained with.</summary>
    internal (int[] Heads, string[] Labels) Parse(PreparedSentence sentence)
    {
        int[]? p = Order == ReadingOrder.LeftToRight ? null : Permutation(Order, sentence.Tags);
        int n = sentence.Words.Length;
        // The state's arrays are reused from one sentence to the next (per thread): only the answer is allocated.
        var state = _state ??= new State(n + 1);
        if (state.Capacity < n + 1) state = _state = new State(Math.Max(n + 1, 2 * state.Capacity));
        state.Reset(Tokens(sentence, p, state.Tok), n);
        Decode(state);
        var heads = new int[n];
        var labels = new string[n];
        for (int j = 0; j < n; j++)
        {
            int h = state.Heads[j] == n ? -1 : state.Heads[j];
            int i = p is null ? j : p[j];
            heads[i] = h < 0 || p is null ? h : p[h];
            labels[i] = _labels[state.Labels[j]];
        }
        return (heads, labels);
    }

    [ThreadStatic] private static State? _state;

    private void Decode(State state)
    {
        int n = state.N;
        Span<ulong> feats = stackalloc ulong[MaxFeatures];
        Span<float> scores = stackalloc float[_model.ClassCount];
        while (!state.IsTerminal)
        {
            // With the stack empty only SHIFT is legal, and with one word left and the buffer at the root only
            // LEFT-root: no need to score (about one transition in twelve).
            int best;
            if (state.Depth == 0) best = 0;
            else if (state.B == n && state.Depth == 1 && _rootLabel >= 0) best = 1 + _rootLabel;
            else
            {
                int k = Features(state, feats);
                _model.Score(feats[..k], scores);
                best = BestLegal(state, scores);
            }
            state.Apply(best, _labels.Length, _labelHash);
        }
    }

    /// <summary>The legal transition with the highest score (the first on ties), by the ranges <see cref="State.IsLegal"/> allows.</summary>
    private int BestLegal(State s, ReadOnlySpan<float> scores)
    {
        int labels = _labels.Length, root = _rootLabel;
        int best = -1;
        float bestScore = float.NegativeInfinity;
        if (s.B < s.N && scores[0] > bestScore) { bestScore = scores[0]; best = 0; }
        if (s.Depth > 0)
        {
            if (s.B < s.N)
            {
                for (int c = 1; c <= labels; c++)
                    if (c - 1 != root && scores[c] > bestScore) { bestScore = scores[c]; best = c; }
            }
            else if (s.Depth == 1 && root >= 0 && scores[1 + root] > bestScore) { bestScore = scores[1 + root]; best = 1 + root; }
        }
        if (s.Depth >= 2)
            for (int c = labels + 1; c <= 2 * labels; c++)
                if (c - 1 - labels != root && scores[c] > bestScore) { bestScore = scores[c]; best = c; }
        return best;
    }

    /// <summary>The parser's view of each word, the i-th read being original word <paramref name="order"/>[i] (null: in order).</summary>
    private TokenInfo[] Tokens(PreparedSentence s, int[]? order, TokenInfo[]? into = null)
    {
        int n = s.Words.Length;
        var tags = CoarseTags ? s.CoarseTagHashes : s.TagHashes;
        var t = into ?? new TokenInfo[n + 1];
        for (int j = 0; j < n; j++)
        {
            int i = order is null ? j : order[j];
            var w = s.Words[i];
            t[j] = new TokenInfo(w.Lower, tags[i], w.Cluster, w.FineCluster);
        }
        t[n] = TokenInfo.Root;
        return t;
    }

    internal readonly record struct TokenInfo(ulong Word, ulong Tag, ulong Cluster, ulong Fine)
    {
        public static readonly TokenInfo Root = new(FeatureHash.Of("-ROOT-"), FeatureHash.Of("-ROOT-"), FeatureHash.Of("-ROOT-"), FeatureHash.Of("-ROOT-"));
        public static readonly TokenInfo None = new(FeatureHash.Of("-NONE-"), FeatureHash.Of("-NONE-"), FeatureHash.Of("-NONE-"), FeatureHash.Of("-NONE-"));
    }

    /// <summary>A parser configuration: stack, buffer position (the root is word n), partial tree.</summary>
    internal sealed class State
    {
        public TokenInfo[] Tok;
        public int N;
        public readonly int[] Stack;
        public int Depth;
        public int B;
        public readonly int[] Heads;
        public readonly int[] Labels;
        public readonly ulong[] LabelHash;
        public readonly int[] Left1, Left2, Right1, Right2, NLeft, NRight;
        public readonly ulong[] LeftLabels, RightLabels;

        public State(TokenInfo[] tokens, int labelCount) : this(tokens.Length)
        {
            _ = labelCount;
            Reset(tokens, tokens.Length - 1);
        }

        /// <summary>An empty state for sentences of up to <paramref name="capacity"/> - 1 words (see <see cref="Reset"/>).</summary>
        public State(int capacity)
        {
            Capacity = capacity;
            Tok = new TokenInfo[capacity];
            Stack = new int[capacity];
            Heads = new int[capacity];
            Labels = new int[capacity];
            LabelHash = new ulong[capacity];
            Left1 = new int[capacity]; Left2 = new int[capacity]; Right1 = new int[capacity]; Right2 = new int[capacity];
            NLeft = new int[capacity]; NRight = new int[capacity];
            LeftLabels = new ulong[capacity]; RightLabels = new ulong[capacity];
        }

        public int Capacity { get; }

        /// <summary>The initial state for <paramref name="n"/> words and the root, <paramref name="tokens"/>[0..n].</summary>
        public void Reset(TokenInfo[] tokens, int n)
        {
            Tok = tokens;
            N = n;
            Depth = 0;
            B = 0;
            int m = n + 1;
            Heads.AsSpan(0, m).Fill(-1);
            Labels.AsSpan(0, m).Clear();
            LabelHash.AsSpan(0, m).Clear();
            Left1.AsSpan(0, m).Fill(-1); Left2.AsSpan(0, m).Fill(-1); Right1.AsSpan(0, m).Fill(-1); Right2.AsSpan(0, m).Fill(-1);
            NLeft.AsSpan(0, m).Clear(); NRight.AsSpan(0, m).Clear();
            LeftLabels.AsSpan(0, m).Clear(); RightLabels.AsSpan(0, m).Clear();
        }

        public bool IsTerminal => Depth == 0 && B == N;
        public int S0 => Depth > 0 ? Stack[Depth - 1] : -1;
        public int S1 => Depth > 1 ? Stack[Depth - 2] : -1;
        public int S2 => Depth > 2 ? Stack[Depth - 3] : -1;

        public bool IsLegal(int c, int labelCount, int rootLabel)
        {
            if (c == 0) return B < N;
            if (c <= labelCount)
            {
                if (Depth == 0) return false;
                // The root takes one dependent, the last word left on the stack, labelled root.
                if (B == N) return Depth == 1 && c - 1 == rootLabel;
                return c - 1 != rootLabel;
            }
            return Depth >= 2 && c - 1 - labelCount != rootLabel;
        }

        public void Apply(int c, int labelCount, ulong[] labelHash)
        {
            if (c == 0) { Stack[Depth++] = B++; return; }
            int child = Stack[--Depth];
            int label, head;
            if (c <= labelCount) { label = c - 1; head = B; }
            else { label = c - 1 - labelCount; head = Stack[Depth - 1]; }
            Heads[child] = head;
            Labels[child] = label;
            LabelHash[child] = labelHash[label];
            if (child < head)
            {
                NLeft[head]++;
                LeftLabels[head] = FeatureHash.Mix(LeftLabels[head], labelHash[label]);
                if (Left1[head] < 0 || child < Left1[head]) { Left2[head] = Left1[head]; Left1[head] = child; }
                else if (Left2[head] < 0 || child < Left2[head]) Left2[head] = child;
            }
            else
            {
                NRight[head]++;
                RightLabels[head] = FeatureHash.Mix(RightLabels[head], labelHash[label]);
                if (child > Right1[head]) { Right2[head] = Right1[head]; Right1[head] = child; }
                else if (child > Right2[head]) Right2[head] = child;
            }
        }

        public TokenInfo At(int i) => i < 0 ? TokenInfo.None : Tok[i];
        public ulong LabelOf(int i) => i < 0 ? 0 : LabelHash[i];
    }

    private static readonly ulong[] Small = [.. Enumerable.Range(0, 64).Select(i => FeatureHash.Of("#" + i))];

    private static ulong Num(int v) => Small[Math.Clamp(v, 0, 63)];

    private static ulong Distance(int a, int b)
    {
        if (a < 0 || b < 0) return Small[0];
        int d = Math.Abs(b - a);
        return Num(d <= 5 ? d : d <= 10 ? 6 : 7);
    }

    internal static int Features(State s, Span<ulong> f)
    {
        int s0i = s.S0, s1i = s.S1, s2i = s.S2, b0i = s.B, b1i = s.B + 1 <= s.N ? s.B + 1 : -1, b2i = s.B + 2 <= s.N ? s.B + 2 : -1;
        var s0 = s.At(s0i); var s1 = s.At(s1i); var s2 = s.At(s2i);
        var b0 = s.At(b0i); var b1 = s.At(b1i); var b2 = s.At(b2i);
        int s0L = s0i >= 0 ? s.Left1[s0i] : -1, s0R = s0i >= 0 ? s.Right1[s0i] : -1;
        int s0L2 = s0i >= 0 ? s.Left2[s0i] : -1, s0R2 = s0i >= 0 ? s.Right2[s0i] : -1;
        int s1L = s1i >= 0 ? s.Left1[s1i] : -1, s1R = s1i >= 0 ? s.Right1[s1i] : -1;
        int b0L = s.Left1[b0i], b0L2 = s.Left2[b0i];
        var s0l = s.At(s0L); var s0r = s.At(s0R); var s1l = s.At(s1L); var s1r = s.At(s1R); var b0l = s.At(b0L);
        var s0l2 = s.At(s0L2); var s0r2 = s.At(s0R2); var b0l2 = s.At(b0L2);
        ulong dist = Distance(s0i, b0i);
        ulong dist1 = Distance(s1i, s0i);
        ulong s0vl = s0i >= 0 ? Num(s.NLeft[s0i]) : Small[0], s0vr = s0i >= 0 ? Num(s.NRight[s0i]) : Small[0];
        ulong s1vr = s1i >= 0 ? Num(s.NRight[s1i]) : Small[0], b0vl = Num(s.NLeft[b0i]);
        int n = 0;
        f[n++] = FeatureHash.Key(0, 0);
        // single positions
        f[n++] = FeatureHash.Key(1, s0.Word); f[n++] = FeatureHash.Key(2, s0.Tag); f[n++] = FeatureHash.Key(3, s0.Word, s0.Tag);
        f[n++] = FeatureHash.Key(4, s1.Word); f[n++] = FeatureHash.Key(5, s1.Tag); f[n++] = FeatureHash.Key(6, s1.Word, s1.Tag);
        f[n++] = FeatureHash.Key(7, b0.Word); f[n++] = FeatureHash.Key(8, b0.Tag); f[n++] = FeatureHash.Key(9, b0.Word, b0.Tag);
        f[n++] = FeatureHash.Key(10, b1.Word); f[n++] = FeatureHash.Key(11, b1.Tag); f[n++] = FeatureHash.Key(12, b1.Word, b1.Tag);
        f[n++] = FeatureHash.Key(13, b2.Tag); f[n++] = FeatureHash.Key(14, s2.Tag); f[n++] = FeatureHash.Key(15, b2.Word);
        // pairs
        f[n++] = FeatureHash.Key(16, s0.Word, s0.Tag, b0.Word ^ (b0.Tag * 31));
        f[n++] = FeatureHash.Key(17, s0.Word, s0.Tag, b0.Word);
        f[n++] = FeatureHash.Key(18, s0.Word, b0.Word, b0.Tag);
        f[n++] = FeatureHash.Key(19, s0.Word, s0.Tag, b0.Tag);
        f[n++] = FeatureHash.Key(20, s0.Tag, b0.Word, b0.Tag);
        f[n++] = FeatureHash.Key(21, s0.Word, b0.Word);
        f[n++] = FeatureHash.Key(22, s0.Tag, b0.Tag);
        f[n++] = FeatureHash.Key(23, b0.Tag, b1.Tag);
        f[n++] = FeatureHash.Key(24, s1.Word, s0.Word);
        f[n++] = FeatureHash.Key(25, s1.Tag, s0.Tag);
        f[n++] = FeatureHash.Key(26, s1.Word, s1.Tag, s0.Tag);
        f[n++] = FeatureHash.Key(27, s1.Tag, s0.Word, s0.Tag);
        f[n++] = FeatureHash.Key(28, s1.Tag, b0.Tag);
        f[n++] = FeatureHash.Key(29, s1.Word, b0.Word);
        // triples of tags
        f[n++] = FeatureHash.Key(30, b0.Tag, b1.Tag, b2.Tag);
        f[n++] = FeatureHash.Key(31, s0.Tag, b0.Tag, b1.Tag);
        f[n++] = FeatureHash.Key(32, s1.Tag, s0.Tag, b0.Tag);
        f[n++] = FeatureHash.Key(33, s0.Tag, s0l.Tag, b0.Tag);
        f[n++] = FeatureHash.Key(34, s0.Tag, s0r.Tag, b0.Tag);
        f[n++] = FeatureHash.Key(35, s0.Tag, b0.Tag, b0l.Tag);
        f[n++] = FeatureHash.Key(36, s1.Tag, s1r.Tag, s0.Tag);
        f[n++] = FeatureHash.Key(37, s1.Tag, s1l.Tag, s0.Tag);
        f[n++] = FeatureHash.Key(38, s2.Tag, s1.Tag, s0.Tag);
        f[n++] = FeatureHash.Key(39, s1.Tag, s0.Tag, s0r.Tag);
        f[n++] = FeatureHash.Key(40, s1.Tag, s0.Tag, s0l.Tag);
        // distance
        f[n++] = FeatureHash.Key(41, s0.Word, dist); f[n++] = FeatureHash.Key(42, s0.Tag, dist);
        f[n++] = FeatureHash.Key(43, b0.Word, dist); f[n++] = FeatureHash.Key(44, b0.Tag, dist);
        f[n++] = FeatureHash.Key(45, s0.Tag, b0.Tag, dist);
        f[n++] = FeatureHash.Key(46, s1.Tag, s0.Tag, dist1);
        f[n++] = FeatureHash.Key(47, s1.Word, s0.Word, dist1);
        // valency
        f[n++] = FeatureHash.Key(48, s0.Word, s0vr); f[n++] = FeatureHash.Key(49, s0.Tag, s0vr);
        f[n++] = FeatureHash.Key(50, s0.Word, s0vl); f[n++] = FeatureHash.Key(51, s0.Tag, s0vl);
        f[n++] = FeatureHash.Key(52, b0.Word, b0vl); f[n++] = FeatureHash.Key(53, b0.Tag, b0vl);
        f[n++] = FeatureHash.Key(54, s1.Tag, s1vr);
        // children: words, tags, labels
        f[n++] = FeatureHash.Key(55, s0l.Word); f[n++] = FeatureHash.Key(56, s0l.Tag); f[n++] = FeatureHash.Key(57, s.LabelOf(s0L));
        f[n++] = FeatureHash.Key(58, s0r.Word); f[n++] = FeatureHash.Key(59, s0r.Tag); f[n++] = FeatureHash.Key(60, s.LabelOf(s0R));
        f[n++] = FeatureHash.Key(61, b0l.Word); f[n++] = FeatureHash.Key(62, b0l.Tag); f[n++] = FeatureHash.Key(63, s.LabelOf(b0L));
        f[n++] = FeatureHash.Key(64, s1r.Tag, s.LabelOf(s1R));
        f[n++] = FeatureHash.Key(65, s0l2.Tag, s.LabelOf(s0L2)); f[n++] = FeatureHash.Key(66, s0r2.Tag, s.LabelOf(s0R2));
        f[n++] = FeatureHash.Key(67, b0l2.Tag, s.LabelOf(b0L2));
        f[n++] = FeatureHash.Key(68, s0.Tag, s.LabelOf(s0L), s.LabelOf(s0L2));
        f[n++] = FeatureHash.Key(69, s0.Tag, s.LabelOf(s0R), s.LabelOf(s0R2));
        f[n++] = FeatureHash.Key(70, b0.Tag, s.LabelOf(b0L), s.LabelOf(b0L2));
        // label sets
        f[n++] = FeatureHash.Key(71, s0.Word, s0i >= 0 ? s.RightLabels[s0i] : 0);
        f[n++] = FeatureHash.Key(72, s0.Tag, s0i >= 0 ? s.RightLabels[s0i] : 0);
        f[n++] = FeatureHash.Key(73, s0.Tag, s0i >= 0 ? s.LeftLabels[s0i] : 0);
        f[n++] = FeatureHash.Key(74, b0.Tag, s.LeftLabels[b0i]);
        // word classes
        f[n++] = FeatureHash.Key(75, s0.Cluster); f[n++] = FeatureHash.Key(76, b0.Cluster);
        f[n++] = FeatureHash.Key(77, s1.Cluster); f[n++] = FeatureHash.Key(78, b1.Cluster);
        f[n++] = FeatureHash.Key(79, s0.Cluster, b0.Cluster);
        f[n++] = FeatureHash.Key(80, s0.Cluster, b0.Tag); f[n++] = FeatureHash.Key(81, s0.Tag, b0.Cluster);
        f[n++] = FeatureHash.Key(82, s1.Cluster, s0.Cluster);
        f[n++] = FeatureHash.Key(83, s0.Fine, b0.Tag); f[n++] = FeatureHash.Key(84, s0.Tag, b0.Fine);
        f[n++] = FeatureHash.Key(85, s0.Fine); f[n++] = FeatureHash.Key(86, b0.Fine);
        f[n++] = FeatureHash.Key(87, s1.Tag, s0.Cluster, b0.Tag);
        // third order (Zhang & Nivre 2011): both leftmost children's tags, and more lexical pairs
        f[n++] = FeatureHash.Key(88, s0.Tag, s0l.Tag, s0l2.Tag);
        f[n++] = FeatureHash.Key(89, s0.Tag, s0r.Tag, s0r2.Tag);
        f[n++] = FeatureHash.Key(90, b0.Tag, b0l.Tag, b0l2.Tag);
        f[n++] = FeatureHash.Key(91, s2.Word);
        f[n++] = FeatureHash.Key(92, b0.Word, b1.Word);
        f[n++] = FeatureHash.Key(93, s0.Word, b0.Tag, b1.Tag);
        f[n++] = FeatureHash.Key(94, s0.Word, s.LabelOf(s0L), s.LabelOf(s0R));
        return n;
    }

    // ---- training ----

    /// <summary>
    /// Trains on <paramref name="train"/> whose XPOS column holds the tags the parser will see (predicted,
    /// jackknifed). Non-projective trees are skipped: arc-hybrid can't build them and their oracle is inexact.
    /// <paramref name="onImproved"/> sees each epoch's model that beats the earlier ones on dev (to save it, so a
    /// long run stopped early still leaves its best model).
    /// </summary>
    public static ArcHybridParser Train(List<UdSentence> train, List<UdSentence> dev, ClusterSet clusters, int epochs, int seed, float prune, Action<string> log, ReadingOrder readingOrder = ReadingOrder.LeftToRight, Action<ArcHybridParser>? onImproved = null, bool coarseTags = false)
    {
        train = [.. train.Select(s => InReadingOrder(s, readingOrder))];
        var labels = train.SelectMany(s => s.Words).Select(w => w.DepRel).Distinct().Order(StringComparer.Ordinal).ToList();
        if (!labels.Contains("root")) labels.Add("root");
        var classNames = new List<string> { "S" };
        classNames.AddRange(labels.Select(l => "L:" + l));
        classNames.AddRange(labels.Select(l => "R:" + l));
        var labelIndex = labels.Select((l, i) => (l, i)).ToDictionary(t => t.l, t => t.i);
        int lc = labels.Count;
        int rootLabel = labelIndex["root"];
        var labelHash = labels.Select(FeatureHash.Of).ToArray();

        var usable = train.Select(Projectivized).Where(IsProjective).ToList();
        log($"parser: {train.Count(IsProjective)} of {train.Count} sentences projective, {usable.Count} usable after lifting, {lc} labels");
        var perceptron = new AveragedPerceptron(classNames.Count);
        var shell = new ArcHybridParser(new LinearModel([.. classNames], [], [0], [], []), clusters, ReadingOrder.LeftToRight, coarseTags);
        var tokens = usable.Select(s => shell.Tokens(Prepare([.. s.Words.Select(w => w.Form)], [.. s.Words.Select(w => w.Xpos)], clusters), null)).ToArray();
        var rng = new Random(seed);
        var order = Enumerable.Range(0, usable.Count).ToArray();
        var feats = new ulong[MaxFeatures];
        var scores = new float[classNames.Count];
        var costs = new int[classNames.Count];

        ArcHybridParser? best = null;
        double bestLas = -1;
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            rng.Shuffle(order);
            long steps = 0, errors = 0;
            foreach (int si in order)
            {
                var sent = usable[si];
                int n = sent.Words.Count;
                var goldHead = new int[n + 1];
                var goldLabel = new int[n + 1];
                for (int i = 0; i < n; i++)
                {
                    goldHead[i] = sent.Words[i].Head == 0 ? n : sent.Words[i].Head - 1;
                    goldLabel[i] = labelIndex[sent.Words[i].DepRel];
                }
                goldHead[n] = -1;
                var state = new State(tokens[si], lc);
                while (!state.IsTerminal)
                {
                    int nf = Features(state, feats);
                    perceptron.Score(feats.AsSpan(0, nf), scores);
                    Costs(state, goldHead, goldLabel, lc, rootLabel, costs);
                    int pred = -1, gold = -1, minCost = int.MaxValue;
                    for (int c = 0; c < scores.Length; c++)
                        if (costs[c] >= 0 && costs[c] < minCost) minCost = costs[c];
                    for (int c = 0; c < scores.Length; c++)
                    {
                        if (costs[c] < 0) continue;
                        if (pred < 0 || scores[c] > scores[pred]) pred = c;
                        if (costs[c] == minCost && (gold < 0 || scores[c] > scores[gold])) gold = c;
                    }
                    steps++;
                    if (costs[pred] > minCost)
                    {
                        errors++;
                        perceptron.Update(feats.AsSpan(0, nf), gold, pred);
                    }
                    perceptron.Tick();
                    // Explore: after the first epoch follow the model's own (possibly wrong) choice most of the time.
                    int next = epoch > 1 && rng.NextDouble() < 0.9 ? pred : gold;
                    state.Apply(next, lc, labelHash);
                }
            }
            var candidate = new ArcHybridParser(perceptron.Average([.. classNames], prune), clusters, readingOrder, coarseTags);
            var (uas, las) = candidate.Evaluate(dev);
            log($"parser epoch {epoch}: train step error {100.0 * errors / steps:F2}%  dev UAS {uas:F2} LAS {las:F2}  rows {perceptron.RowCount} kept {candidate._model.FeatureCount}/{candidate._model.WeightCount}");
            if (las > bestLas) { bestLas = las; best = candidate; onImproved?.Invoke(candidate); }
        }
        return best!;
    }

    /// <summary>
    /// Dynamic-oracle cost of each transition (-1 when illegal): how many gold arcs it makes unreachable,
    /// plus one for a right head with the wrong label.
    /// </summary>
    private static void Costs(State s, int[] goldHead, int[] goldLabel, int lc, int rootLabel, int[] costs)
    {
        int n = s.N;
        int s0 = s.S0, s1 = s.S1, b = s.B;
        for (int c = 0; c < costs.Length; c++) costs[c] = s.IsLegal(c, lc, rootLabel) ? 0 : -1;

        bool InBuffer(int k) => k >= b && k <= n;

        // SHIFT: b loses heads deeper than s0 on the stack and dependents on the stack.
        if (costs[0] >= 0)
        {
            int cost = 0;
            for (int i = 0; i < s.Depth; i++)
            {
                int k = s.Stack[i];
                if (goldHead[k] == b) cost++;
                if (k != s0 && goldHead[b] == k) cost++;
            }
            costs[0] = cost;
        }
        if (s0 < 0) return;

        int depsInBuffer = 0;
        for (int k = b; k < n; k++) if (goldHead[k] == s0) depsInBuffer++;
        int h = goldHead[s0];

        // LEFT: s0 takes head b.
        {
            int cost = depsInBuffer;
            if (h != b && (h == s1 || (InBuffer(h) && h != b))) cost++;
            for (int l = 0; l < lc; l++)
            {
                int c = 1 + l;
                if (costs[c] < 0) continue;
                costs[c] = cost + (h == b && goldLabel[s0] != l ? 1 : 0);
            }
        }
        // RIGHT: s0 takes head s1.
        {
            int cost = depsInBuffer;
            if (h != s1 && InBuffer(h)) cost++;
            for (int l = 0; l < lc; l++)
            {
                int c = 1 + lc + l;
                if (costs[c] < 0) continue;
                costs[c] = cost + (h == s1 && goldLabel[s0] != l ? 1 : 0);
            }
        }
    }

    /// <summary>
    /// The sentence with non-projective arcs lifted (Nivre &amp; Nilsson 2005): the dependent of the shortest
    /// crossing arc moves up to its grandparent until no arc crosses. Labels stay; the other arcs still teach.
    /// </summary>
    internal static UdSentence Projectivized(UdSentence s)
    {
        if (IsProjective(s)) return s;
        var heads = s.Words.Select(w => w.Head).ToArray();
        for (int guard = 0; guard < 4 * heads.Length; guard++)
        {
            int worst = -1, worstLen = int.MaxValue;
            for (int i = 0; i < heads.Length; i++)
            {
                if (heads[i] == 0 || IsProjectiveArc(heads, i)) continue;
                int len = Math.Abs(heads[i] - (i + 1));
                if (len < worstLen) { worstLen = len; worst = i; }
            }
            if (worst < 0) break;
            heads[worst] = heads[heads[worst] - 1];
        }
        var copy = new UdSentence { SentId = s.SentId, Text = s.Text, NewDoc = s.NewDoc, NewPar = s.NewPar };
        for (int i = 0; i < heads.Length; i++) copy.Words.Add(s.Words[i] with { Head = heads[i] });
        return IsProjective(copy) ? copy : s;
    }

    /// <summary>True when every word strictly between word i and its head descends from that head.</summary>
    private static bool IsProjectiveArc(int[] heads, int i)
    {
        int h = heads[i], a = Math.Min(i + 1, h), z = Math.Max(i + 1, h);
        for (int d = a + 1; d < z; d++)
        {
            int k = d, steps = 0;
            while (k != 0 && k != h && steps++ <= heads.Length) k = heads[k - 1];
            if (k != h) return false;
        }
        return true;
    }

    internal static bool IsProjective(UdSentence s)
    {
        var w = s.Words;
        for (int i = 0; i < w.Count; i++)
        {
            int a = Math.Min(i + 1, w[i].Head), z = Math.Max(i + 1, w[i].Head);
            for (int j = 0; j < w.Count; j++)
            {
                int d = j + 1;
                if (d <= a || d >= z) continue;
                // Every word strictly inside the arc must attach inside it (or to one of its ends).
                if (w[j].Head < a || w[j].Head > z) return false;
            }
        }
        return true;
    }

    /// <summary>UAS and LAS (%) on sentences whose XPOS column holds the tags to parse with.</summary>
    public (double Uas, double Las) Evaluate(IEnumerable<UdSentence> sentences) => ParserEnsemble.Score(sentences, Parse);

    // ---- persistence ----

    private const int MagicV1 = 0x50415231; // "PAR1": left-to-right only
    private const int Magic = 0x50415232; // "PAR2": a byte follows, the reading order | CoarseFlag
    private const int CoarseFlag = 0x10;

    public void Save(string path) => LinearModel.WriteGz(path, w =>
    {
        w.Write(Magic);
        w.Write((byte)((byte)Order | (CoarseTags ? CoarseFlag : 0)));
        _model.Write(w);
        _clusters.Write(w);
    });

    public static ArcHybridParser Load(Stream stream)
    {
        using var r = new BinaryReader(stream);
        int magic = r.ReadInt32();
        if (magic != Magic && magic != MagicV1) throw new InvalidDataException("not a Sitrep parser model");
        int flags = magic == Magic ? r.ReadByte() : 0;
        var order = (ReadingOrder)(flags & ~CoarseFlag);
        if (!Enum.IsDefined(order)) throw new InvalidDataException($"unknown parser reading order {order}");
        var model = LinearModel.Read(r);
        var clusters = ClusterSet.Read(r);
        return new ArcHybridParser(model, clusters, order, (flags & CoarseFlag) != 0);
    }

    public static ArcHybridParser LoadFile(string path)
    {
        using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        return Load(gz);
    }
}
