using Sitrep.Nlp.Conllu;
using Sitrep.Nlp.Parsing;

namespace Sitrep.Nlp.Tests;

/// <summary>The ensemble's decoder (maximum spanning tree over votes) on hand-made cases, and the right-to-left reading.</summary>
public sealed class ParserEnsembleTests
{
    private static double[,] Arcs(int nodes, params (int Head, int Dep, double Score)[] arcs)
    {
        var s = new double[nodes, nodes];
        for (int h = 0; h < nodes; h++) for (int d = 0; d < nodes; d++) s[h, d] = SpanningTree.NoArc;
        foreach (var (h, d, score) in arcs) s[h, d] = score;
        return s;
    }

    [Fact]
    public void Spanning_tree_breaks_the_cycle_where_it_costs_least()
    {
        // Best heads alone: 1 <- 2 (11) and 2 <- 1 (10), a cycle. Entering it at 1 from the root loses 6,
        // at 2 loses 9, so the tree is root -> 1 -> 2 -> 3 (score 20, against 17 for root -> 2).
        var s = Arcs(4, (0, 1, 5), (0, 2, 1), (1, 2, 10), (2, 1, 11), (2, 3, 5), (1, 3, 4));
        Assert.Equal([-1, 0, 1, 2], SpanningTree.Maximum(s));
    }

    [Fact]
    public void Spanning_tree_enters_a_three_word_cycle_where_it_costs_least()
    {
        // 1 -> 2 -> 3 -> 1 is the greedy cycle; the only way in is from the root at 1 or at 3.
        var s = Arcs(5, (0, 1, 1), (0, 3, 2), (1, 2, 9), (2, 3, 9), (3, 1, 9), (3, 4, 3), (4, 3, 1));
        // Entering at 1 loses 9 - 1 = 8, at 3 loses 9 - 2 = 7: root -> 3 -> 1 -> 2, and 4 hangs from 3.
        Assert.Equal([-1, 3, 1, 0, 3], SpanningTree.Maximum(s));
    }

    [Fact]
    public void Spanning_tree_keeps_one_word_under_the_root_when_asked()
    {
        var s = Arcs(3, (0, 1, 10), (0, 2, 10), (1, 2, 1), (2, 1, 1));
        Assert.Equal([-1, 0, 0], SpanningTree.Maximum(s, singleRoot: false));
        var tree = SpanningTree.Maximum(s);
        Assert.Single(tree.Skip(1), h => h == 0);
    }

    [Fact]
    public void Votes_that_form_a_cycle_become_the_best_tree_with_voted_labels()
    {
        (int[], string[])[] parses =
        [
            ([-1, 0, 1], ["root", "nsubj", "obj"]),
            ([1, -1, 1], ["nsubj", "root", "obj"]),
            ([1, 2, -1], ["det", "nsubj", "root"]),
        ];
        // Votes: word 0 <- 1 (1.97) over root (1.00); word 1 <- 0 (1.00) over root (0.99) and 2 (0.98): a cycle
        // 0 <-> 1. Breaking it with root -> 1 costs 0.01, the least, so the tree is member 2's.
        var (heads, labels) = ParserEnsemble.Combine(parses, [1.00, 0.99, 0.98]);
        Assert.Equal([1, -1, 1], heads);
        // Word 0's label: "nsubj" (member 2, 0.99) beats "det" (member 3, 0.98); word 2's "obj" has two votes.
        Assert.Equal(["nsubj", "root", "obj"], labels);
    }

    [Fact]
    public void Members_that_agree_on_a_tree_give_that_tree_and_the_weighted_label_vote()
    {
        (int[], string[])[] parses =
        [
            ([1, -1, 1], ["nsubj", "root", "obj"]),
            ([1, -1, 1], ["det", "root", "obj"]),
            ([1, -1, 1], ["det", "root", "iobj"]),
        ];
        var (heads, labels) = ParserEnsemble.Combine(parses, [1.00, 0.99, 0.98]);
        Assert.Equal([1, -1, 1], heads);
        Assert.Equal(["det", "root", "obj"], labels);
    }

    [Fact]
    public void Members_that_agree_on_no_tree_still_get_a_tree()
    {
        // A cycle shared by all members is no tree, so the spanning tree still decides.
        (int[], string[])[] cycle = [([1, 0, -1], ["a", "b", "root"]), ([1, 0, -1], ["a", "b", "root"])];
        var (heads, _) = ParserEnsemble.Combine(cycle, [1.00, 0.99]);
        // The cycle 0 <-> 1 is broken by an arc nobody proposed (from the root, the cheapest to add).
        Assert.Equal([-1, 0, -1], heads);
    }

    [Fact]
    public void Reversing_a_sentence_mirrors_its_heads()
    {
        var s = new UdSentence();
        s.Words.Add(new UdWord(1, "They", "they", "PRON", "PRP", "_", 2, "nsubj", "_"));
        s.Words.Add(new UdWord(2, "left", "leave", "VERB", "VBD", "_", 0, "root", "_"));
        s.Words.Add(new UdWord(3, ".", ".", "PUNCT", ".", "_", 2, "punct", "_"));
        var r = ArcHybridParser.InReadingOrder(s, ReadingOrder.RightToLeft);
        Assert.Equal([".", "left", "They"], r.Words.Select(w => w.Form));
        Assert.Equal([2, 0, 2], r.Words.Select(w => w.Head));
        Assert.Equal([1, 2, 3], r.Words.Select(w => w.Id));
        Assert.Equal(s.Words.Select(w => (w.Form, w.Head)), ArcHybridParser.InReadingOrder(r, ReadingOrder.RightToLeft).Words.Select(w => (w.Form, w.Head)));
        // Punctuation ending the sentence stays last: "left They ." with "." still under "left".
        var p = ArcHybridParser.InReadingOrder(s, ReadingOrder.RightToLeftPunctuationLast);
        Assert.Equal(["left", "They", "."], p.Words.Select(w => w.Form));
        Assert.Equal([0, 1, 1], p.Words.Select(w => w.Head));
    }
}
