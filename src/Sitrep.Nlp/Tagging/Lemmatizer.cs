using Sitrep.Nlp.Conllu;

namespace Sitrep.Nlp.Tagging;

/// <summary>
/// Lemmas from a (form, XPOS) lookup learnt on treebank data, falling back to suffix rewrite rules keyed by
/// XPOS and the word's ending ("-ies"/NNS → "-y"), picked by the longest ending seen in training. Follows the
/// EWT conventions: proper nouns, e-mail addresses and URLs keep their case; "1,100" → "1100".
/// </summary>
internal sealed class Lemmatizer
{
    private readonly Dictionary<string, string> _exact;
    private readonly Dictionary<string, (int Strip, string Append)[]> _rules;
    private readonly HashSet<string> _caseKeepingTags;
    private readonly HashSet<string> _knownLemmas;
    private readonly HashSet<string> _capitalLemmas;
    private readonly WordNetLexicon? _lexicon;

    private Lemmatizer(Dictionary<string, string> exact, Dictionary<string, (int, string)[]> rules, HashSet<string> caseKeepingTags, WordNetLexicon? lexicon = null)
    {
        _lexicon = lexicon;
        _exact = exact;
        _rules = rules;
        _caseKeepingTags = caseKeepingTags;
        _knownLemmas = [.. exact.Values.Select(v => v.ToLowerInvariant())];
        // Capitalised lemmas by tag ("Mexico\tNNP", "German\tJJ"): a lower-case or all-caps spelling of one of
        // these ("mexico", "TEHRAN") takes the treebank's spelling.
        _capitalLemmas = [.. exact.Select(kv => Key(kv.Value, kv.Key[(kv.Key.IndexOf('\t') + 1)..])).Where(k => char.IsUpper(k[0]))];
    }

    private const int MaxSuffix = 5;

    /// <summary>The same lemmatizer, also asking WordNet for the base form of inflected words it never saw.</summary>
    public Lemmatizer WithLexicon(WordNetLexicon? lexicon) => lexicon is null ? this : new(_exact, _rules, _caseKeepingTags, lexicon);

    /// <summary>WordNet's part of speech for the inflected Penn tags whose base form it can give.</summary>
    private static char WordNetPos(string xpos) => xpos switch
    {
        "VBD" or "VBN" or "VBG" or "VBZ" => 'v',
        "NNS" => 'n',
        "JJR" or "JJS" => 'a',
        _ => '\0',
    };

    public string Lemmatize(string form, string xpos)
    {
        if (_exact.TryGetValue(Key(form, xpos), out var lemma)) return lemma;
        if (xpos == "CD" && form.Contains(',') && form.AsSpan().ContainsAnyInRange('0', '9')) return form.Replace(",", "");
        bool keepCase = _caseKeepingTags.Contains(xpos);
        var baseForm = keepCase ? form : form.ToLowerInvariant();
        if (_exact.TryGetValue(Key(baseForm, xpos), out lemma)) return lemma;
        if (form.Length > 1 && !char.IsUpper(form[1]) || form.All(c => !char.IsLower(c)))
        {
            var title = char.ToUpperInvariant(form[0]) + form[1..].ToLowerInvariant();
            if (title != form && _capitalLemmas.Contains(Key(title, xpos))) return title;
        }
        // An inflected word not in the treebank: WordNet's exception lists and morphology know irregular and rarer
        // words ("fled" → "flee", "hottest" → "hot", "mimicking" → "mimic"); suffix rules guess only after it
        // (on EWT dev 97.26 vs 97.24 with WordNet after the rules, whose "known lemma" check lets "fled" → "fl").
        if (!keepCase && _lexicon is not null && WordNetPos(xpos) is var pos and not '\0' && _lexicon.BaseOf(baseForm, pos) is { } wn) return wn;
        // Longest known ending first; among its rules prefer one whose result is a lemma seen in training
        // ("provoked" → "provoke", not "provok"), else take the most frequent rule of the longest ending.
        string? fallback = null;
        for (int k = Math.Min(MaxSuffix, baseForm.Length); k >= 0; k--)
        {
            if (!_rules.TryGetValue(RuleKey(xpos, baseForm[(baseForm.Length - k)..].ToLowerInvariant()), out var rules)) continue;
            foreach (var (strip, append) in rules)
            {
                if (strip > k) continue;
                var candidate = baseForm[..(baseForm.Length - strip)] + append;
                if (_knownLemmas.Contains(candidate.ToLowerInvariant())) return candidate;
                fallback ??= candidate;
            }
        }
        return fallback ?? baseForm;
    }

    private static string Key(string form, string xpos) => form + "\t" + xpos;
    private static string RuleKey(string xpos, string suffix) => xpos + "\t" + suffix;

    public static Lemmatizer Train(IEnumerable<UdSentence> sentences)
    {
        var words = sentences.SelectMany(s => s.Words).Where(w => w.Lemma != "_" || w.Form == "_").ToList();
        // Tags whose capitalised words mostly keep their capital in the lemma (NNP, NNPS "Democrats" → "Democrat", ADD …).
        var caseKeeping = words.Where(w => w.Form.Length > 0 && char.IsUpper(w.Form[0])).GroupBy(w => w.Xpos)
            .Where(g => g.Count(w => w.Lemma.Length > 0 && w.Lemma[0] == w.Form[0]) >= 0.5 * g.Count()).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var exactCounts = new Dictionary<string, Dictionary<string, int>>();
        var ruleCounts = new Dictionary<string, Dictionary<(int, string), int>>();
        var seenTypes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var w in words)
        {
            Count(exactCounts, Key(w.Form, w.Xpos), w.Lemma);
            bool keepCase = caseKeeping.Contains(w.Xpos);
            var baseForm = keepCase ? w.Form : w.Form.ToLowerInvariant();
            // Rules are counted once per word type: how many different words they explain is what predicts
            // whether they generalise to unseen words ("Sept." repeated 40 times must not make "t." → "tember").
            if (!seenTypes.Add(Key(baseForm, w.Xpos) + "\t" + w.Lemma)) continue;
            int cp = 0;
            while (cp < baseForm.Length && cp < w.Lemma.Length && baseForm[cp] == w.Lemma[cp]) cp++;
            var rule = (baseForm.Length - cp, keepCase ? w.Lemma[cp..] : w.Lemma[cp..].ToLowerInvariant());
            var lower = baseForm.ToLowerInvariant();
            // A rule is filed under the endings long enough to contain what it rewrites.
            for (int k = rule.Item1; k <= Math.Min(MaxSuffix, lower.Length); k++)
                Count(ruleCounts, RuleKey(w.Xpos, lower[(lower.Length - k)..]), rule);
        }
        var exact = exactCounts.ToDictionary(kv => kv.Key, kv => Best(kv.Value));
        var rules = new Dictionary<string, (int, string)[]>();
        foreach (var (key, counts) in ruleCounts)
        {
            // A rule learnt from a single word is a memorised exception, not a generalisation.
            int total = counts.Values.Sum();
            if (total < 2 && key.Split('\t')[1].Length > 0) continue;
            rules[key] = [.. counts.Where(kv => kv.Value >= 2 || total < 2)
                .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key.ToString(), StringComparer.Ordinal)
                .Take(3).Select(kv => kv.Key)];
        }
        return new Lemmatizer(exact, rules, caseKeeping);
    }

    private static void Count<T>(Dictionary<string, Dictionary<T, int>> d, string key, T value) where T : notnull
    {
        if (!d.TryGetValue(key, out var c)) d[key] = c = [];
        c[value] = c.GetValueOrDefault(value) + 1;
    }

    private static T Best<T>(Dictionary<T, int> counts) where T : notnull =>
        counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key.ToString(), StringComparer.Ordinal).First().Key;

    public void Write(BinaryWriter w)
    {
        w.Write(_exact.Count);
        foreach (var (k, v) in _exact.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            w.Write(k);
            // Most lemmas equal the form or its lower case; store a one-byte code for those.
            var form = k[..k.IndexOf('\t')];
            if (v == form) w.Write((byte)1);
            else if (v == form.ToLowerInvariant()) w.Write((byte)2);
            else { w.Write((byte)0); w.Write(v); }
        }
        w.Write(_rules.Count);
        foreach (var (k, list) in _rules.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            w.Write(k);
            w.Write7BitEncodedInt(list.Length);
            foreach (var (strip, append) in list)
            {
                w.Write7BitEncodedInt(strip);
                w.Write(append);
            }
        }
        w.Write(_caseKeepingTags.Count);
        foreach (var t in _caseKeepingTags.Order(StringComparer.Ordinal)) w.Write(t);
    }

    public static Lemmatizer Read(BinaryReader r)
    {
        int n = r.ReadInt32();
        var exact = new Dictionary<string, string>(n, StringComparer.Ordinal);
        for (int i = 0; i < n; i++)
        {
            var k = r.ReadString();
            var form = k[..k.IndexOf('\t')];
            exact[k] = r.ReadByte() switch { 1 => form, 2 => form.ToLowerInvariant(), _ => r.ReadString() };
        }
        int m = r.ReadInt32();
        var rules = new Dictionary<string, (int, string)[]>(m, StringComparer.Ordinal);
        for (int i = 0; i < m; i++)
        {
            var k = r.ReadString();
            var list = new (int, string)[r.Read7BitEncodedInt()];
            for (int j = 0; j < list.Length; j++) list[j] = (r.Read7BitEncodedInt(), r.ReadString());
            rules[k] = list;
        }
        int t = r.ReadInt32();
        var tags = new HashSet<string>(t, StringComparer.Ordinal);
        for (int i = 0; i < t; i++) tags.Add(r.ReadString());
        return new Lemmatizer(exact, rules, tags);
    }
}
