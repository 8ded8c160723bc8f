namespace Sitrep.Events.Petrarch;

/// <summary>A node of a Penn Treebank constituency parse; a leaf carries its word and token index.</summary>
internal sealed class TreeNode
{
    public required string Label { get; init; }
    public List<TreeNode> Children { get; } = [];
    public TreeNode? Parent { get; set; }
    public string? Word { get; init; }
    public int Index { get; init; } = -1;

    public bool IsLeaf => Word is not null;
    public bool IsVerb => IsLeaf && (Label.StartsWith("VB", StringComparison.Ordinal) || Label == "MD");

    public IEnumerable<TreeNode> Leaves() => IsLeaf ? [this] : Children.SelectMany(c => c.Leaves());

    public override string ToString() => IsLeaf ? $"({Label} {Word})" : $"({Label} {string.Join(' ', Children)})";
}

/// <summary>Reads the bracketed Treebank parse PETRARCH takes as input: "(ROOT (S (NP (NNP Arnor)) (VP …)))".</summary>
internal static class TreebankReader
{
    /// <summary>The root node and the words in order; throws <see cref="FormatException"/> on unbalanced input.</summary>
    public static (TreeNode Root, List<string> Words) Read(string text)
    {
        var tokens = Tokenize(text);
        int pos = 0;
        var words = new List<string>();
        var root = Node(null);
        if (pos != tokens.Count) throw new FormatException("text after the tree");
        return (root, words);

        TreeNode Leaf(TreeNode? parent, string label, string word)
        {
            var leaf = new TreeNode { Label = label, Word = word, Index = words.Count, Parent = parent };
            words.Add(word);
            return leaf;
        }

        TreeNode Node(TreeNode? parent)
        {
            if (pos >= tokens.Count || tokens[pos] != "(") throw new FormatException("'(' expected");
            pos++;
            string label = pos < tokens.Count && tokens[pos] is not ("(" or ")") ? tokens[pos++] : "";
            if (pos + 1 < tokens.Count && tokens[pos] is not ("(" or ")") && tokens[pos + 1] == ")")
            {
                // "Dol_Amroth": a joined name is several words to the dictionaries, one leaf to the tree.
                var parts = tokens[pos].Split('_', StringSplitOptions.RemoveEmptyEntries);
                pos += 2;
                if (parts.Length <= 1) return Leaf(parent, label, parts.Length == 1 ? parts[0] : "_");
                var group = new TreeNode { Label = label == "NNP" || label == "NNPS" ? "NML" : "X", Parent = parent };
                foreach (var w in parts) group.Children.Add(Leaf(group, label, w));
                return group;
            }
            var node = new TreeNode { Label = label, Parent = parent };
            while (pos < tokens.Count && tokens[pos] == "(") node.Children.Add(Node(node));
            if (pos >= tokens.Count || tokens[pos] != ")") throw new FormatException("')' expected");
            pos++;
            return node;
        }
    }

    private static List<string> Tokenize(string text)
    {
        var list = new List<string>();
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (c is '(' or ')') { list.Add(c.ToString()); i++; continue; }
            int start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('(' or ')')) i++;
            list.Add(text[start..i]);
        }
        return list;
    }
}
