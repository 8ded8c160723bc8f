namespace Sitrep.Nlp.Parsing;

/// <summary>
/// Maximum spanning arborescence (Chu &amp; Liu 1965; Edmonds 1967) over a dense arc-score matrix, the decoder of
/// the parser ensemble. Crossing arcs are allowed, so a tree the members never built whole can still win.
/// </summary>
internal static class SpanningTree
{
    /// <summary>Score of an arc nobody proposed: never chosen while a proposed tree exists.</summary>
    public const double NoArc = -1e9;

    /// <summary>
    /// The best tree over nodes 0..n-1 where node 0 is the root and <paramref name="score"/>[h, d] scores the arc
    /// h → d (<see cref="NoArc"/> when absent). Returns each node's head; the root's is -1. When
    /// <paramref name="singleRoot"/> is set, the root arcs are penalised so that exactly one word hangs from the
    /// root whenever a tree of proposed arcs with one root arc exists (Gabow &amp; Tarjan's constraint, cheaply).
    /// </summary>
    public static int[] Maximum(double[,] score, bool singleRoot = true)
    {
        int m = score.GetLength(0);
        if (m != score.GetLength(1)) throw new ArgumentException("square matrix expected", nameof(score));
        var s = (double[,])score.Clone();
        if (singleRoot)
        {
            // Larger than any total of proposed arcs' scores, smaller than the gap to an unproposed arc.
            double total = 0;
            for (int h = 0; h < m; h++)
                for (int d = 1; d < m; d++)
                    if (s[h, d] > NoArc) total += Math.Abs(s[h, d]);
            double penalty = 1 + 2 * total;
            for (int d = 1; d < m; d++) if (s[0, d] > NoArc) s[0, d] -= penalty;
        }
        return Solve(s);
    }

    private static int[] Solve(double[,] s)
    {
        int m = s.GetLength(0);
        var head = new int[m];
        head[0] = -1;
        for (int d = 1; d < m; d++)
        {
            int best = -1;
            for (int h = 0; h < m; h++)
                if (h != d && (best < 0 || s[h, d] > s[best, d])) best = h;
            head[d] = best;
        }
        var cycle = FindCycle(head);
        if (cycle is null) return head;

        // Contract the cycle into one node c; the others keep their order before it.
        var inCycle = new bool[m];
        foreach (int v in cycle) inCycle[v] = true;
        var newIndex = new int[m];
        var oldOf = new List<int>();
        for (int v = 0; v < m; v++)
        {
            if (inCycle[v]) continue;
            newIndex[v] = oldOf.Count;
            oldOf.Add(v);
        }
        int c = oldOf.Count, size = c + 1;
        foreach (int v in cycle) newIndex[v] = c;
        var t = new double[size, size];
        for (int i = 0; i < size; i++) for (int j = 0; j < size; j++) t[i, j] = NoArc;
        var enterAt = new int[m];  // for an outside node u: the cycle node its arc into c enters
        var leaveFrom = new int[m]; // for an outside node w: the cycle node its arc from c leaves
        foreach (int u in oldOf)
        {
            foreach (int w in oldOf)
                if (u != w) t[newIndex[u], newIndex[w]] = s[u, w];
            // Entering the cycle at v breaks v's cycle arc: the gain is relative to that arc.
            double bestIn = double.NegativeInfinity;
            foreach (int v in cycle)
            {
                double gain = s[u, v] - s[head[v], v];
                if (gain > bestIn) { bestIn = gain; enterAt[u] = v; }
            }
            t[newIndex[u], c] = bestIn;
            if (u == 0) continue;
            double bestOut = double.NegativeInfinity;
            foreach (int v in cycle)
                if (s[v, u] > bestOut) { bestOut = s[v, u]; leaveFrom[u] = v; }
            t[c, newIndex[u]] = bestOut;
        }
        var sub = Solve(t);
        var result = new int[m];
        result[0] = -1;
        foreach (int w in oldOf)
        {
            if (w == 0) continue;
            int h = sub[newIndex[w]];
            result[w] = h == c ? leaveFrom[w] : oldOf[h];
        }
        foreach (int v in cycle) result[v] = head[v];
        int entering = oldOf[sub[c]];
        result[enterAt[entering]] = entering;
        return result;
    }

    /// <summary>The nodes of a cycle in the head graph, or null when it is a tree.</summary>
    private static List<int>? FindCycle(int[] head)
    {
        int m = head.Length;
        var state = new int[m]; // 0 unseen, 1 on the current path, 2 done
        for (int start = 1; start < m; start++)
        {
            if (state[start] != 0) continue;
            int v = start;
            while (v > 0 && state[v] == 0)
            {
                state[v] = 1;
                v = head[v];
            }
            if (v > 0 && state[v] == 1)
            {
                var cycle = new List<int> { v };
                for (int k = head[v]; k != v; k = head[k]) cycle.Add(k);
                MarkDone(head, start, state);
                return cycle;
            }
            MarkDone(head, start, state);
        }
        return null;
    }

    private static void MarkDone(int[] head, int start, int[] state)
    {
        for (int v = start; v > 0 && state[v] == 1; v = head[v]) state[v] = 2;
    }
}
