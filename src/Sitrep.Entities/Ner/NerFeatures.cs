using System.Runtime.CompilerServices;
using Sitrep.Entities.Lexicon;

namespace Sitrep.Entities.Ner;

/// <summary>
/// What the NER model knows about words beyond its weights, carried inside the model file so a model always
/// sees the same word classes it was trained with: word classes (exchange-algorithm clusters learnt on UD EWT
/// train and GMB words, models/nlp/clusters-*.gz) and how often a written form is a proper noun in UD EWT train
/// (in-domain evidence for web text, where capitals are unreliable).
/// </summary>
/// <remarks>Plain dictionaries: freezing them cost more at start-up than it saves in lookups.</remarks>
internal sealed record NerWordInfo(IReadOnlyDictionary<string, (byte Coarse, byte Fine)> Classes, IReadOnlyDictionary<string, byte> Propn)
{
    public static readonly NerWordInfo Empty = new(new Dictionary<string, (byte, byte)>(), new Dictionary<string, byte>());
}

/// <summary>
/// Token features of the sequence model. They depend only on the words (never on predicted tags), so a sentence's
/// features are computed once and Viterbi decoding adds tag transitions on top. Features are 64-bit FNV-1a hashes
/// of "name=value", built without allocating the joined strings.
/// </summary>
internal sealed class NerFeatures(Lexicons? lex, NerWordInfo info, bool usesPos = false, bool usesPairs = false)
{
    /// <summary>
    /// Whether the model also has label-pair features (<see cref="Pairs"/>): the word's shape, word classes and lower-case
    /// form conjoined with the (previous tag, tag) pair, so a transition can depend on the word it enters.
    /// </summary>
    public bool UsesPairs { get; } = usesPairs;

    private static readonly ulong PairShape = Name("ps0"), PairCoarse = Name("pc0"), PairFine = Name("pf0"), PairWord = Name("pw0");

    /// <summary>The label-pair features of every token (empty rows when <see cref="UsesPairs"/> is off).</summary>
    public ulong[][] Pairs(IReadOnlyList<string> words)
    {
        int n = words.Count;
        var r = new ulong[n][];
        for (int i = 0; i < n; i++)
        {
            if (!UsesPairs) { r[i] = []; continue; }
            var lw = words[i].ToLowerInvariant();
            var (c, f) = ClassesOf(words[i], lw);
            r[i] = [Mix(PairShape, Shape(words[i])), Mix(PairCoarse, Num(c)), Mix(PairFine, Num(f)), Mix(PairWord, lw)];
        }
        return r;
    }

    public Lexicons? Lexicons { get; } = lex;
    public NerWordInfo Info { get; } = info;

    /// <summary>
    /// Whether the features include the part-of-speech tagger's XPOS of the word and its neighbours: in-domain
    /// contextual evidence (NNP vs NN) that capitals alone do not give in web text.
    /// </summary>
    public bool UsesPos { get; } = usesPos;

    private const ulong Offset = 14695981039346656037UL, Prime = 1099511628211UL;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong h, char c) { h ^= c; return h * Prime; }

    private static ulong Mix(ulong h, string s)
    {
        foreach (var c in s) h = Mix(h, c);
        return h;
    }

    /// <summary>The hash of "name=" (continue it with the value).</summary>
    private static ulong Name(string name) => Mix(Mix(Offset, name), '=');

    private static ulong H(string name, string value) => Mix(Name(name), value);
    private static ulong H(string name, string a, string b) => Mix(Mix(Mix(Name(name), a), '|'), b);

    // Name hashes of the features built in loops, computed once (same values as H(name, …)).
    private static readonly ulong Suf = Name("suf"), Pre = Name("pre");
    private static readonly ulong[] WinWord = [.. new[] { -2, -1, 0, 1, 2 }.Select(d => Name("w" + d))];
    private static readonly ulong[] WinShape = [.. new[] { -2, -1, 0, 1, 2 }.Select(d => Name("s" + d))];
    private static readonly ulong[] ClassC = [.. new[] { -1, 0, 1 }.Select(d => Name("c" + d))];
    private static readonly ulong[] ClassF = [.. new[] { -1, 0, 1 }.Select(d => Name("cf" + d))];

    private static ulong Mix(ulong h, ReadOnlySpan<char> s)
    {
        foreach (var c in s) h = Mix(h, c);
        return h;
    }

    /// <summary>Casing of the whole sentence: web text is often all lower-case or all capitals, where capitals say little.</summary>
    internal static string SentenceCase(IReadOnlyList<string> words)
    {
        int upper = 0, lower = 0, capWords = 0, letterWords = 0;
        foreach (var w in words)
        {
            bool any = false;
            foreach (var c in w)
            {
                if (char.IsUpper(c)) { upper++; any = true; }
                else if (char.IsLower(c)) { lower++; any = true; }
            }
            if (!any) continue;
            letterWords++;
            if (char.IsUpper(w[0])) capWords++;
        }
        if (upper + lower == 0) return "none";
        if (lower == 0 && upper > 1) return "caps";
        if (upper == 0) return "lower";
        if (letterWords >= 4 && capWords * 10 >= letterWords * 7) return "title";   // headline / signature style
        return "mixed";
    }

    /// <summary>Features of every token of a sentence.</summary>
    /// <param name="xpos">The tagger's XPOS per word when known; with <see cref="UsesPos"/> and none given, the sentence is tagged here.</param>
    public ulong[][] Extract(IReadOnlyList<string> words, IReadOnlyList<string>? xpos = null)
    {
        int n = words.Count;
        if (UsesPos && xpos is null && n > 0) xpos = NerPos.Tag(words);
        if (!UsesPos) xpos = null;
        var lower = new string[n];
        var shapes = new string[n];
        for (int i = 0; i < n; i++) { lower[i] = words[i].ToLowerInvariant(); shapes[i] = Shape(words[i]); }
        var sc = SentenceCase(words);
        var classes = new (int Coarse, int Fine)[n];
        for (int i = 0; i < n; i++) classes[i] = ClassesOf(words[i], lower[i]);
        List<string>[]? gaz = null;
        if (Lexicons is { } lx)
        {
            gaz = new List<string>[n];
            for (int i = 0; i < n; i++) gaz[i] = Gaz(lx, lower, i);
        }
        var result = new ulong[n][];
        var f = new List<ulong>(96);
        for (int i = 0; i < n; i++)
        {
            f.Clear();
            var w = words[i];
            var lw = lower[i];
            var shape = shapes[i];
            f.Add(H("b", ""));
            f.Add(H("w", lw));
            f.Add(H("W", w));
            f.Add(H("shape", shape));
            f.Add(H("sc", sc));
            f.Add(H("sc|shape", sc, shape));
            for (int k = 1; k <= 4 && k <= lw.Length; k++) { f.Add(Mix(Suf, lw.AsSpan(lw.Length - k))); f.Add(Mix(Pre, lw.AsSpan(0, k))); }
            f.Add(H("cap", (char.IsUpper(w[0]) ? "C" : char.IsLower(w[0]) ? "l" : "o") + (i == 0 ? "0" : i == n - 1 ? "$" : "n")));
            if (n <= 3) f.Add(H("short", shape));
            for (int d = -2; d <= 2; d++)
            {
                if (d == 0) continue;
                int j = i + d;
                bool inside = j >= 0 && j < n;
                var o = inside ? lower[j] : j < 0 ? "<s>" : "</s>";
                f.Add(Mix(WinWord[d + 2], o));
                f.Add(Mix(WinShape[d + 2], inside ? shapes[j] : o));
            }
            f.Add(H("s-1s", i > 0 ? shapes[i - 1] : "<s>", shape));
            f.Add(H("ss+1", shape, i + 1 < n ? shapes[i + 1] : "</s>"));
            f.Add(H("w-1w", i > 0 ? lower[i - 1] : "<s>", lw));
            f.Add(H("ww+1", lw, i + 1 < n ? lower[i + 1] : "</s>"));
            // Word classes of the word and its neighbours: they carry names the training data never saw.
            for (int d = -1; d <= 1; d++)
            {
                int j = i + d;
                var (c, fi) = j >= 0 && j < n ? classes[j] : (-2, -2);
                f.Add(Mix(ClassC[d + 1], Num(c)));
                f.Add(Mix(ClassF[d + 1], Num(fi)));
            }
            f.Add(H("cf|shape", Num(classes[i].Fine), shape));
            f.Add(H("cf|sc", Num(classes[i].Fine), sc));
            var pr = PropnOf(w, lw);
            f.Add(H("propn", pr));
            f.Add(H("propn|sc", pr, sc));
            f.Add(H("propn|cap", pr, char.IsUpper(w[0]) ? "C" : "l"));
            if (i + 1 < n) f.Add(H("propn+1", PropnOf(words[i + 1], lower[i + 1])));
            if (i > 0) f.Add(H("propn-1", PropnOf(words[i - 1], lower[i - 1])));
            if (gaz is not null)
            {
                // Gazetteer features: what the entity dictionaries say about this word and its neighbours.
                foreach (var g in gaz[i]) { f.Add(H("g", g)); f.Add(H("g|cap", g, char.IsUpper(w[0]) ? "C" : "l")); }
                if (i > 0) foreach (var g in gaz[i - 1]) f.Add(H("g-1", g));
                if (i + 1 < n) foreach (var g in gaz[i + 1]) f.Add(H("g+1", g));
            }
            if (xpos is not null) AddPos(f, xpos, i, sc, w, pr);
            result[i] = [.. f];
        }
        return result;
    }

    private static readonly ulong[] WinPos = [.. new[] { -2, -1, 0, 1, 2 }.Select(d => Name("p" + d))];

    /// <summary>
    /// Part-of-speech features: the tags of the word and its ±2 neighbours, tag bigrams, the tag under the sentence's
    /// casing (the tagger's NNP means less in all-capitals text), and where the word sits in a run of proper nouns.
    /// </summary>
    private static void AddPos(List<ulong> f, IReadOnlyList<string> xpos, int i, string sc, string w, string pr)
    {
        int n = xpos.Count;
        for (int d = -2; d <= 2; d++)
        {
            int j = i + d;
            f.Add(Mix(WinPos[d + 2], j < 0 ? "<s>" : j >= n ? "</s>" : xpos[j]));
        }
        var p0 = xpos[i];
        f.Add(H("p-1p0", i > 0 ? xpos[i - 1] : "<s>", p0));
        f.Add(H("p0p+1", p0, i + 1 < n ? xpos[i + 1] : "</s>"));
        f.Add(H("p0|sc", p0, sc));
        f.Add(H("p0|cap", p0, char.IsUpper(w[0]) ? "C" : char.IsLower(w[0]) ? "l" : "o"));
        f.Add(H("p0|propn", p0, pr));
        if (IsProper(p0))
        {
            int a = i, b = i + 1;
            while (a > 0 && IsProper(xpos[a - 1])) a--;
            while (b < n && IsProper(xpos[b])) b++;
            var pos = b - a == 1 ? "S" : i == a ? "B" : i == b - 1 ? "E" : "I";
            f.Add(H("nnp-run", pos, Num(Math.Min(b - a, 4))));
            f.Add(H("nnp-run-edges", a > 0 ? xpos[a - 1] : "<s>", b < n ? xpos[b] : "</s>"));
        }
    }

    private static bool IsProper(string xpos) => xpos is "NNP" or "NNPS";

    private static readonly string[] Nums = [.. Enumerable.Range(-2, 260).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))];
    private static string Num(int i) => Nums[i + 2];

    /// <summary>Word classes by written form, then lower case, then title case (a lower-case "david" is classed as "David").</summary>
    internal (int, int) ClassesOf(string w, string lw)
    {
        var cl = Info.Classes;
        if (cl.Count == 0) return (-1, -1);
        var key = Sitrep.Entities.Ner.NerWordInfoBuilder.Fold(w);
        if (cl.TryGetValue(key, out var c)) return (c.Coarse, c.Fine);
        var lk = Sitrep.Entities.Ner.NerWordInfoBuilder.Fold(lw);
        if (cl.TryGetValue(lk, out c)) return (c.Coarse, c.Fine);
        if (lw.Length > 1 && cl.TryGetValue(char.ToUpperInvariant(lk[0]) + lk[1..], out c)) return (c.Coarse, c.Fine);
        return (-1, -1);
    }

    /// <summary>Proper-noun rate bucket of the written form in UD EWT train; for lower-case words also of the capitalised form.</summary>
    internal string PropnOf(string w, string lw)
    {
        var p = Info.Propn;
        if (p.TryGetValue(w, out var b)) return "e" + (char)('0' + b);
        if (lw.Length > 1 && w == lw && p.TryGetValue(char.ToUpperInvariant(lw[0]) + lw[1..], out b)) return "t" + (char)('0' + b);
        if (p.TryGetValue(lw, out b)) return "l" + (char)('0' + b);
        return "u";
    }

    private static List<string> Gaz(Lexicons lex, string[] lower, int i)
    {
        var r = new List<string>(4);
        var lw = lower[i];
        if (lex.Names.TryGetValue(lw, out var es))
            foreach (var e in es)
            {
                var k = "n" + e.Kind + e.Type;
                if (!r.Contains(k)) r.Add(k);
            }
        // Part of a longer known name (two- and three-word windows).
        for (int len = 3; len >= 2; len--)
        {
            bool hit = false;
            for (int s = Math.Max(0, i - len + 1); s <= i && s + len <= lower.Length; s++)
            {
                var phrase = string.Join(' ', lower, s, len);
                if (lex.Names.TryGetValue(phrase, out var ms)) { r.Add("m" + ms[0].Kind + (s == i ? "B" : "I")); hit = true; break; }
            }
            if (hit) break;
        }
        if (lex.Demonyms.ContainsKey(lw)) r.Add("dem");
        if (lex.Titles.ContainsKey(lw)) r.Add("title");
        if (lex.GivenNames.Contains(lw)) r.Add("given");
        if (lex.Common.Contains(lw)) r.Add("common");
        if (lex.NotNames.Contains(lw)) r.Add("notname");
        if (MentionFinder.OrgHeads.Contains(lw)) r.Add("orghead");
        return r;
    }

    /// <summary>The NER's coarser shape: runs of one character class collapse to one ("Baghdad" → "Xx").</summary>
    internal static string Shape(string w) => Nlp.WordShape.Of(w, maxRun: 1, maxLength: 6);
}
