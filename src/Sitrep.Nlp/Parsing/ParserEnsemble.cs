using System.IO.Compression;
using Sitrep.Core;
using Sitrep.Nlp.Conllu;

namespace Sitrep.Nlp.Parsing;

/// <summary>
/// Parser combination by reparsing (Sagae &amp; Lavie 2006): every member parses the sentence, each arc it builds
/// gets the member's weight as a vote, and the maximum spanning tree over the votes is the parse; each word's
/// label is the weighted vote of the members that chose the same head. Members that read the sentence in
/// opposite directions make different mistakes, so the vote fixes many of them. One member parses alone.
/// </summary>
internal sealed class ParserEnsemble
{
    /// <summary>
    /// The shipped members (models/nlp, each with a card) and their vote weights, most accurate on dev first.
    /// Weights differ slightly so that ties go to the earlier member; measured on dev, other weightings (by dev
    /// accuracy, a heavier first member) move UAS by under 0.05. Diversity is what pays: two reading directions
    /// and members that see only coarse tags.
    /// </summary>
    public static readonly IReadOnlyList<(string File, double Weight)> Shipped =
    [
        ("parser.gz", 1.00),            // left to right
        ("parser-rtl.gz", 0.99),        // right to left, final punctuation last
        ("parser-coarse.gz", 0.98),     // left to right, coarse tags
        ("parser-coarse-rtl.gz", 0.97), // right to left, coarse tags
        ("parser-ltr2.gz", 0.96),       // left to right, seed 2
        ("parser-rtl2.gz", 0.95),       // right to left, seed 2
        ("parser-coarse2.gz", 0.94),    // left to right, coarse tags, seed 2
    ];

    private readonly ArcHybridParser[] _members;
    private readonly double[] _weights;

    public ParserEnsemble(IReadOnlyList<ArcHybridParser> members, IReadOnlyList<double> weights)
    {
        if (members.Count == 0 || members.Count != weights.Count) throw new ArgumentException("one weight per member, at least one member");
        _members = [.. members];
        _weights = [.. weights];
        _sharedWords = _members.All(m => m.Clusters.SameAs(_members[0].Clusters));
    }

    /// <summary>True when all members read the same word classes, so a sentence's words are hashed once for all.</summary>
    private readonly bool _sharedWords;

    public IReadOnlyList<ArcHybridParser> Members => _members;

    /// <summary>The shipped members embedded in this assembly (loaded in parallel: each load is mostly decompression).</summary>
    public static ParserEnsemble Embedded() => Load(f => EmbeddedData.Open(typeof(ParserEnsemble).Assembly, f), f =>
        typeof(ParserEnsemble).Assembly.GetManifestResourceNames().Any(n => n.EndsWith(f, StringComparison.Ordinal)));

    /// <summary>The shipped members found in <paramref name="dir"/> (parser.gz must be there).</summary>
    public static ParserEnsemble LoadDirectory(string dir) => Load(
        f => new GZipStream(File.OpenRead(Path.Combine(dir, f)), CompressionMode.Decompress), f => File.Exists(Path.Combine(dir, f)));

    private static ParserEnsemble Load(Func<string, Stream> open, Func<string, bool> exists)
    {
        var present = Shipped.Where((m, i) => i == 0 || exists(m.File)).ToArray();
        var members = new ArcHybridParser[present.Length];
        Parallel.For(0, present.Length, i =>
        {
            using var s = open(present[i].File);
            members[i] = ArcHybridParser.Load(s);
        });
        return new ParserEnsemble(members, [.. present.Select(m => m.Weight)]);
    }

    /// <summary>Parses a tagged sentence: heads are 0-based word indices (-1 for the root) with labels.</summary>
    public (int[] Heads, string[] Labels) Parse(IReadOnlyList<string> words, IReadOnlyList<string> tags)
    {
        if (_members.Length == 1) return _members[0].Parse(words, tags);
        var parses = new (int[] Heads, string[] Labels)[_members.Length];
        var prepared = _sharedWords ? ArcHybridParser.Prepare(words, tags, _members[0].Clusters) : null;
        for (int k = 0; k < _members.Length; k++) parses[k] = prepared is null ? _members[k].Parse(words, tags) : _members[k].Parse(prepared);
        return Combine(parses, _weights);
    }

    /// <summary>
    /// The maximum spanning tree over the members' weighted arc votes, labelled by weighted vote among the
    /// members that chose each word's winning head (ties go to the earlier member).
    /// </summary>
    public static (int[] Heads, string[] Labels) Combine(IReadOnlyList<(int[] Heads, string[] Labels)> parses, IReadOnlyList<double> weights)
    {
        int n = parses[0].Heads.Length;
        var heads = Agreed(parses) ?? Tree(parses, weights, n);
        var labels = new string[n];
        for (int i = 0; i < n; i++)
        {
            string? best = null;
            double bestVote = 0;
            for (int k = 0; k < parses.Count; k++)
            {
                if (parses[k].Heads[i] != heads[i]) continue;
                double vote = 0;
                for (int j = 0; j < parses.Count; j++)
                    if (parses[j].Heads[i] == heads[i] && parses[j].Labels[i] == parses[k].Labels[i]) vote += weights[j];
                if (best is null || vote > bestVote) { best = parses[k].Labels[i]; bestVote = vote; }
            }
            // No member chose this head (only when no proposed tree fits): take the first member's label.
            labels[i] = best ?? parses[0].Labels[i];
        }
        return (heads, labels);
    }

    /// <summary>
    /// The members' heads when all members chose the same ones (in most sentences): each word then has one proposed
    /// head, the members' tree is the only tree of proposed arcs, and so it is the maximum spanning tree.
    /// </summary>
    private static int[]? Agreed(IReadOnlyList<(int[] Heads, string[] Labels)> parses)
    {
        var first = parses[0].Heads;
        for (int k = 1; k < parses.Count; k++)
            if (!parses[k].Heads.AsSpan().SequenceEqual(first)) return null;
        return IsTree(first) ? [.. first] : null;
    }

    /// <summary>True when <paramref name="heads"/> (-1 for the root) hang every word from the root, through exactly one root arc.</summary>
    private static bool IsTree(int[] heads)
    {
        int n = heads.Length, roots = 0;
        foreach (int h in heads)
        {
            if (h < -1 || h >= n) return false;
            if (h < 0) roots++;
        }
        if (roots != 1) return false;
        // Walking up from each word reaches the root within n steps unless there is a cycle.
        var depth = new int[n]; // 0 unknown, else 1 + steps to the root
        for (int i = 0; i < n; i++)
        {
            int v = i, steps = 0;
            while (v >= 0 && depth[v] == 0 && steps <= n) { v = heads[v]; steps++; }
            if (steps > n) return false;
            int d = v < 0 ? 0 : depth[v];
            for (int u = i; u >= 0 && depth[u] == 0; u = heads[u]) depth[u] = d + steps--;
        }
        return true;
    }

    private static int[] Tree(IReadOnlyList<(int[] Heads, string[] Labels)> parses, IReadOnlyList<double> weights, int n)
    {
        // Node 0 is the root, word i is node i + 1.
        var score = new double[n + 1, n + 1];
        for (int h = 0; h <= n; h++) for (int d = 0; d <= n; d++) score[h, d] = SpanningTree.NoArc;
        var voted = new bool[n + 1, n + 1];
        for (int k = 0; k < parses.Count; k++)
            for (int i = 0; i < n; i++)
            {
                int h = parses[k].Heads[i] + 1;
                if (!voted[h, i + 1]) { voted[h, i + 1] = true; score[h, i + 1] = 0; }
                score[h, i + 1] += weights[k];
            }
        var tree = SpanningTree.Maximum(score);
        var heads = new int[n];
        for (int i = 0; i < n; i++) heads[i] = tree[i + 1] - 1;
        return heads;
    }

    /// <summary>UAS and LAS (%) on sentences whose XPOS column holds the tags to parse with (all tokens counted).</summary>
    public (double Uas, double Las) Evaluate(IEnumerable<UdSentence> sentences) => Score(sentences, Parse);

    internal static (double Uas, double Las) Score(IEnumerable<UdSentence> sentences, Func<IReadOnlyList<string>, IReadOnlyList<string>, (int[] Heads, string[] Labels)> parse)
    {
        int n = 0, u = 0, l = 0;
        foreach (var s in sentences)
        {
            var (heads, labels) = parse(s.Words.Select(w => w.Form).ToList(), s.Words.Select(w => w.Xpos).ToList());
            for (int i = 0; i < heads.Length; i++)
            {
                n++;
                if (heads[i] != s.Words[i].Head - 1) continue;
                u++;
                if (labels[i] == s.Words[i].DepRel) l++;
            }
        }
        return (100.0 * u / n, 100.0 * l / n);
    }
}
