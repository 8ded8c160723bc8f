using System.Text;

namespace Sitrep.Nlp.Conllu;

/// <summary>One syntactic word of a CoNLL-U sentence (ids from 1; head 0 is the root).</summary>
internal sealed record UdWord(int Id, string Form, string Lemma, string Upos, string Xpos, string Feats, int Head, string DepRel, string Misc)
{
    public bool SpaceAfter => !Misc.Contains("SpaceAfter=No", StringComparison.Ordinal);
}

/// <summary>A multiword token line ("19-20 don't") that spans several syntactic words.</summary>
internal sealed record UdMultiword(int First, int Last, string Form, string Misc)
{
    public bool SpaceAfter => !Misc.Contains("SpaceAfter=No", StringComparison.Ordinal);
}

internal sealed class UdSentence
{
    public string? SentId { get; set; }
    public string? Text { get; set; }
    public bool NewDoc { get; set; }
    public bool NewPar { get; set; }
    public List<string> Comments { get; } = [];
    public List<UdWord> Words { get; } = [];
    public List<UdMultiword> Multiwords { get; } = [];

    public int Count => Words.Count;
}

/// <summary>Reads and writes CoNLL-U (universaldependencies.org/format.html). Empty nodes (8.1) are skipped.</summary>
internal static class ConlluFormat
{
    public static List<UdSentence> ReadFile(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        return Read(reader);
    }

    public static List<UdSentence> Read(TextReader reader)
    {
        var result = new List<UdSentence>();
        var current = new UdSentence();
        int lineNo = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (line.Length == 0)
            {
                if (current.Words.Count > 0) result.Add(current);
                current = new UdSentence();
                continue;
            }
            if (line[0] == '#')
            {
                current.Comments.Add(line);
                if (line.StartsWith("# text = ", StringComparison.Ordinal)) current.Text = line[9..];
                else if (line.StartsWith("# sent_id = ", StringComparison.Ordinal)) current.SentId = line[12..];
                else if (line.StartsWith("# newdoc", StringComparison.Ordinal)) { current.NewDoc = true; current.NewPar = true; }
                else if (line.StartsWith("# newpar", StringComparison.Ordinal)) current.NewPar = true;
                continue;
            }
            var f = line.Split('\t');
            if (f.Length != 10) throw new FormatException($"line {lineNo}: expected 10 tab-separated fields, got {f.Length}");
            int dash = f[0].IndexOf('-');
            if (dash > 0)
            {
                current.Multiwords.Add(new UdMultiword(int.Parse(f[0].AsSpan(0, dash)), int.Parse(f[0].AsSpan(dash + 1)), f[1], f[9]));
                continue;
            }
            if (f[0].Contains('.')) continue;
            int head = f[6] == "_" ? -1 : int.Parse(f[6]);
            current.Words.Add(new UdWord(int.Parse(f[0]), f[1], f[2], f[3], f[4], f[5], head, f[7], f[9]));
        }
        if (current.Words.Count > 0) result.Add(current);
        return result;
    }

    /// <summary>Writes one sentence with its comments and multiword token lines.</summary>
    public static void Write(TextWriter w, UdSentence s)
    {
        foreach (var c in s.Comments) w.WriteLine(c);
        int mw = 0;
        foreach (var word in s.Words)
        {
            while (mw < s.Multiwords.Count && s.Multiwords[mw].First == word.Id)
            {
                var m = s.Multiwords[mw++];
                w.WriteLine($"{m.First}-{m.Last}\t{m.Form}\t_\t_\t_\t_\t_\t_\t_\t{m.Misc}");
            }
            w.Write(word.Id); w.Write('\t');
            w.Write(word.Form); w.Write('\t');
            w.Write(Or(word.Lemma)); w.Write('\t');
            w.Write(Or(word.Upos)); w.Write('\t');
            w.Write(Or(word.Xpos)); w.Write('\t');
            w.Write(Or(word.Feats)); w.Write('\t');
            w.Write(word.Head < 0 ? "_" : word.Head.ToString(System.Globalization.CultureInfo.InvariantCulture)); w.Write('\t');
            w.Write(Or(word.DepRel)); w.Write('\t');
            w.Write('_'); w.Write('\t');
            w.WriteLine(Or(word.Misc));
        }
        w.WriteLine();
    }

    private static string Or(string? s) => string.IsNullOrEmpty(s) ? "_" : s;
}
