using System.Collections.Frozen;
using System.Reflection;
using System.Text.RegularExpressions;
using Sitrep.Core;
using Sitrep.Events.Data;

namespace Sitrep.Events.Dictionaries;

/// <summary>One word of a PETRARCH pattern: alternatives (a synonym set expands to several), each a token sequence.</summary>
internal sealed class PatternWord
{
    public PatternWord(ImmutableArrayOfSeq alternatives)
    {
        Alternatives = alternatives;
        foreach (var seq in alternatives.Items)
        {
            if (seq.Count == 0) continue;
            var w = seq[0].Word;
            if (w.Length < 3) { Short.Add(seq); continue; }
            if (!ByKey.TryGetValue(Key(w), out var list)) ByKey[Key(w)] = list = [];
            list.Add(seq);
        }
    }

    public ImmutableArrayOfSeq Alternatives { get; }

    /// <summary>Joined to the previous pattern word by '_' ("NEW_&amp;TIETYPES_RELATIONS"): must follow it directly.</summary>
    public bool Adjacent { get; init; }

    /// <summary>Alternatives indexed by the first three letters of their first word, so matching is a lookup per token.</summary>
    public Dictionary<string, List<IReadOnlyList<(string Word, bool Exact)>>> ByKey { get; } = new(StringComparer.Ordinal);

    /// <summary>Alternatives whose first word is shorter than a key.</summary>
    public List<IReadOnlyList<(string Word, bool Exact)>> Short { get; } = [];

    internal static string Key(string w) => w.Length >= 3 ? w[..3] : w;
}

/// <summary>Alternatives of a pattern word; each alternative is a sequence of (word, exact) pairs.</summary>
internal sealed record ImmutableArrayOfSeq(IReadOnlyList<IReadOnlyList<(string Word, bool Exact)>> Items);

/// <summary>A verb pattern: words expected before and after the verb, and the code it gives ("---" = not an event).</summary>
internal sealed record VerbPattern(IReadOnlyList<PatternWord> Pre, IReadOnlyList<PatternWord> Post, string Code)
{
    /// <summary>PETRARCH's '$' (source) and '+' (target) marks: in the words before the verb (the subject) or after the n-th word after it.</summary>
    public (bool InPre, int After, int Skip)? SourceMark { get; init; }
    public (bool InPre, int After, int Skip)? TargetMark { get; init; }

    public int Weight => Pre.Count + Post.Count + (CompoundSubject ? 1 : 0);

    /// <summary>The lemma of the one verb of the block this pattern reads (a sense of that verb alone), or null for all of them.</summary>
    public string? OwnSenseOf { get; init; }

    /// <summary>The lemma of the verb of the block the dictionary wrote this pattern for (its "# SEND" comment), if it says.</summary>
    public string? WrittenFor { get; init; }

    /// <summary>A correction from verb_patterns_extra.txt: it wins ties in weight over the dictionary's own patterns.</summary>
    public bool HandWritten { get; init; }

    /// <summary>The pattern's words as the dictionary writes them ("&amp;MILITARY"), to tell the same words written twice.</summary>
    public string Words { get; init; } = "";

    /// <summary>'%' before the verb: the pattern applies to a coordinated subject ("Gondor and Osgiliath agree").</summary>
    public bool CompoundSubject { get; init; }

    /// <summary>PETRARCH's '_' joining a word to the verb ("RECENTLY_*", "*_OUT"): that word must stand right before / after it.</summary>
    public bool PreTouchesVerb { get; init; }
    public bool PostTouchesVerb { get; init; }
}

/// <summary>A surface form of a dictionary verb: its lemma, block and own code (empty when it takes the block's).</summary>
internal sealed record VerbForm(string Form, string Lemma, string Block, string OwnCode, IReadOnlyList<string> Rest);

/// <summary>
/// The PETRARCH2 CAMEO verb dictionary (read as data from the embedded verbs.tsv.gz plus the hand-written
/// verb_patterns_extra.txt) with a simplified pattern matcher: pattern words must occur in order within a window
/// before/after the verb. Words without a trailing underscore match as stems, as in PETRARCH.
/// </summary>
internal sealed class VerbDictionary
{
    private readonly Dictionary<string, List<VerbForm>> _forms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _blockCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<VerbPattern>> _patterns = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _synsets = new(StringComparer.Ordinal);
    private bool _wholeWords;

    public int FormCount => _forms.Count;
    public int PatternCount => _patterns.Values.Sum(p => p.Count);

    /// <summary>Loads a dictionary from lines in the compact format written by EventDataBuilder.</summary>
    /// <param name="wholeWords">
    /// Pattern words match whole tokens only. PETRARCH2 matches pattern words against the parse's words, not as
    /// prefixes ("TROOPS" does not match "TROOPSHIP"), so the PETR validation dictionaries load this
    /// way; the production dictionary keeps stem matching, which its hand-written patterns were tuned for.
    /// </param>
    public static VerbDictionary FromCompact(IEnumerable<string> lines, IEnumerable<string>? extraPatterns = null, bool wholeWords = false)
    {
        var d = new VerbDictionary { _wholeWords = wholeWords };
        var raw = new List<(string Block, string Pre, string Post, string Code, string? For)>();
        var writtenFor = new List<(string Block, string Pre, string Post, string Code, string Verb)>();
        foreach (var line in lines)
        {
            var f = line.Split('\t');
            switch (f[0])
            {
                case "S": d._synsets[f[1]] = [.. f[2].Split('|')]; break;
                case "B": d._blockCode[f[1]] = f[2]; break;
                case "V":
                    var words = f[1].Split('_', StringSplitOptions.RemoveEmptyEntries);
                    if (words.Length == 0) break;
                    if (!d._forms.TryGetValue(words[0], out var list)) d._forms[words[0]] = list = [];
                    list.Add(new VerbForm(f[1], f[2], f[3], f.Length > 4 ? f[4] : "", words[1..]));
                    break;
                case "P":
                    raw.Add((f[1], f[2], f[3], f[4], f.Length > 5 ? f[5] : null));
                    if (f.Length > 5) writtenFor.Add((f[1], f[2], f[3], f[4], f[5]));
                    break;
            }
        }
        int handWritten = 0;   // how many patterns at the head of raw are corrections from verb_patterns_extra.txt
        if (extraPatterns is not null)
        {
            extraPatterns = extraPatterns.ToList();
            // Hand-written patterns go first: a tie in weight goes to the first pattern, and they are corrections.
            var extras = new List<(string Block, string Pre, string Post, string Code, string? For)>();
            string? block = null;
            foreach (var l in extraPatterns)
            {
                var s = l.Split('#')[0].Trim();
                if (s.StartsWith("---", StringComparison.Ordinal))
                {
                    block = s.Trim('-', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
                    // A header code other than "---" corrects the block's default ("---  SUE   [115]  ---").
                    int ho = s.IndexOf('['), hc = s.IndexOf(']');
                    if (ho > 0 && hc > ho && s[(ho + 1)..hc].Trim() is { Length: > 0 } hcode && !hcode.StartsWith('-')) d._blockCode[block] = hcode;
                    continue;
                }
                // "<< OVERSEE_MANAGE ORDER": the patterns another block wrote for a verb (its "# ORDER" comments) join this
                // block, for a verb moved here that should keep them ("- * (TO LEAVE) [174]").
                if (block is not null && s.StartsWith("<<", StringComparison.Ordinal) && s[2..].Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var from, var verb])
                {
                    var into = block;
                    extras.AddRange(writtenFor.Where(p => p.Block == from && p.Verb == verb).Select(p => (into, p.Pre, p.Post, p.Code, (string?)null)));
                    continue;
                }
                if (block is null || !s.StartsWith('-')) continue;
                int open = s.LastIndexOf('['), close = s.LastIndexOf(']');
                if (open < 0 || close < open) continue;
                var body = s[1..open];
                int star = body.IndexOf('*');
                if (star < 0) continue;
                // A trailing "# WALKED_OUT" names the verb form the pattern is written for, as in the dictionary.
                var writer = l.IndexOf('#') is var hash and > 0 && l[(hash + 1)..].Trim() is { Length: > 0 } note && note.All(c => char.IsUpper(c) || c == '_') ? note : null;
                extras.Add((block, body[..star].Trim(), body[(star + 1)..].Trim(), s[(open + 1)..close].Trim(), writer));
            }
            raw.InsertRange(0, extras);
            handWritten = extras.Count;
            // Verb lines under a header, in the dictionary's own syntax ("+HAND_OVER {+HANDS_OVER …}", "RULE [---]"): the line
            // is the verb's one entry: a new verb joins the block, a known one takes the line's code, or moves to the line's
            // block when it is another ("ORDER [100]" under INSIST leaves OVERSEE_MANAGE and its HEAD * (TO) [042] pattern).
            foreach (var v in EventDataBuilder.VerbLines(extraPatterns).Where(l => l.StartsWith("V\t", StringComparison.Ordinal)))
            {
                var f = v.Split('\t');
                var words = f[1].Split('_', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length == 0) continue;
                if (!d._forms.TryGetValue(words[0], out var list)) d._forms[words[0]] = list = [];
                var form = new VerbForm(f[1], f[2], f[3], f.Length > 4 ? f[4] : "", words[1..]);
                list.RemoveAll(x => x.Form == form.Form);
                list.Add(form);
            }
        }
        AddBritishSpellings(d._forms);
        for (int n = 0; n < raw.Count; n++)
        {
            var (block, writtenPre, writtenPost, code, writer) = raw[n];
            if (!d._patterns.TryGetValue(block, out var list)) d._patterns[block] = list = [];
            var writerLemma = writer is null ? null : d.LemmaOfWriter(writer);
            // "SIT-IN", "BUILD-UP": the tokenizer splits a hyphenated word into its parts and the hyphen, which the matcher reads
            // as SIT and -IN; a pattern with one also stands in that spelling, beside the one a parse that kept the word whole
            // (PETRARCH's unit tests) meets.
            foreach (var (pre, post) in HyphenSplit.IsMatch(writtenPre + " " + writtenPost)
                ? [(writtenPre, writtenPost), (HyphenSplit.Replace(writtenPre, "_-"), HyphenSplit.Replace(writtenPost, "_-"))]
                : new[] { (writtenPre, writtenPost) })
            list.Add(new VerbPattern(d.ParseWords(pre), d.ParseWords(post), code)
            {
                OwnSenseOf = d.OwnSenseOf(block, code, writerLemma),
                WrittenFor = writerLemma,
                HandWritten = n < handWritten,   // the corrections stand first in the list
                Words = pre.Trim() + " * " + post.Trim(),
                SourceMark = d.Mark(pre, '$', true) ?? d.Mark(post, '$', false),
                TargetMark = d.Mark(pre, '+', true) ?? d.Mark(post, '+', false),
                CompoundSubject = pre.Contains('%'),
                // Only with whole words: otherwise a trailing '_' is the production dictionary's "exact word" mark.
                PreTouchesVerb = d._wholeWords && pre.EndsWith('_'),
                PostTouchesVerb = d._wholeWords && post.StartsWith('_'),
            });
        }
        return d;
    }

    /// <summary>The hyphen inside a pattern word ("SIT-IN").</summary>
    private static readonly Regex HyphenSplit = new(@"(?<=\w)-(?=\w)", RegexOptions.Compiled);

    /// <summary>
    /// The lemma of the verb a pattern was written for when the pattern reads a sense of that verb alone: a verbal or
    /// diplomatic code (quad class 1-3) in a block of violence (roots 18-20). "BLAST * (FOR HOSTING) [111]" is criticism;
    /// "bombed targets in retaliation for the bombing" is no criticism though BOMB shares BLAST's block. So is violence
    /// (roots 18-20) in a block of words (quad class 1 or 3): "PRESS * ON [190]" is pressing on with an attack; "demanded
    /// the opening of negotiations … on sovereignty" is no assault though DEMAND shares PRESS's block. So is conflict in a
    /// block of meeting or going. Null otherwise.
    /// </summary>
    private string? OwnSenseOf(string block, string code, string? writtenFor)
    {
        if (writtenFor is null || CameoCodebook.Lookup(code.Split(':')[0].Trim()) is not { } pattern) return null;
        var blockCoding = CameoCodebook.Lookup(_blockCode.GetValueOrDefault(block, "---").Split(':')[0].Trim());
        bool wordsInViolence = pattern.QuadClass != 4 && blockCoding is { Root: "18" or "19" or "20" };
        bool violenceInWords = pattern.Root is "18" or "19" or "20" && blockCoding is { QuadClass: 1 or 3 };
        // So is conflict (quad class 3 or 4) in a block of meeting and going (roots 03-05): "PULLED_OUT * (OF TALKS) [164]"
        // is leaving talks; "travelled to Beijing for two days of talks" is no break though TRAVEL shares GO_SOMEWHERE.
        bool conflictInMeeting = pattern.QuadClass is 3 or 4 && blockCoding is { Root: "03" or "04" or "05" };
        return wordsInViolence || violenceInWords || conflictInMeeting ? writtenFor : null;
    }

    /// <summary>The lemma of the verb form a pattern's comment names ("RULED_OUT" is RULE_OUT's).</summary>
    private string LemmaOfWriter(string writer)
    {
        var first = writer.Split('_')[0];
        return _forms.TryGetValue(first, out var forms) && forms.FirstOrDefault(f => f.Form == writer) is { } written ? written.Lemma : writer;
    }

    /// <summary>Where a standalone mark stands: in the pre part, or after how many pattern words of the post part.</summary>
    private (bool, int, int)? Mark(string part, char mark, bool pre)
    {
        int words = 0, skips = 0;
        foreach (var rawTok in part.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (rawTok.Length == 1 && rawTok[0] == mark) return (pre, words, skips);
            if (rawTok.StartsWith(mark) && rawTok.Length > 1 && mark == '$') return (pre, words, skips);
            if (rawTok == "^") { skips++; continue; }     // '^' skips one word of the text
            int n = ParseWords(rawTok).Count;
            if (n > 0) skips = 0;
            words += n;
        }
        return null;
    }

    private List<PatternWord> ParseWords(string part)
    {
        // "MOST_CERTAINLY_&NEGATVAUXVRB_EVER": a synonym set inside a joined phrase expands as its own word.
        // '~' marks a word joined to the one before it.
        part = string.Join(' ', part.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(t => t.Contains('&') ? t.Replace("_", " ~") : t));
        var words = new List<PatternWord>();
        foreach (var rawTok in part.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            bool adjacent = rawTok.StartsWith('~');
            var t = rawTok.Trim('~', '(', ')', '{', '}', ',', '$', '+', '%', '^', '|');
            if (t.Length == 0 || t.Contains('*') || t.StartsWith('<')) continue;
            if (t.StartsWith('&'))
            {
                // A set is named with or without PETRARCH's trailing '_' ("&PREPOSIT1_" used as "&PREPOSIT1").
                if (_synsets.TryGetValue(t, out var members) || _synsets.TryGetValue(t.TrimEnd('_'), out members) || _synsets.TryGetValue(t + "_", out members))
                    words.Add(new PatternWord(new ImmutableArrayOfSeq([.. members.Select(Seq)])) { Adjacent = adjacent });
                continue;
            }
            words.Add(new PatternWord(new ImmutableArrayOfSeq([Seq(t)])) { Adjacent = adjacent });
        }
        return words;

        IReadOnlyList<(string, bool)> Seq(string w)
        {
            bool exactLast = _wholeWords || w.EndsWith('_');
            var parts = w.Split('_', StringSplitOptions.RemoveEmptyEntries);
            // Inner words of a multi-word entry are whole words; only the last one may be a stem.
            return [.. parts.Select((p, i) => (p, i < parts.Length - 1 || exactLast))];
        }
    }

    /// <summary>
    /// The dictionary spells verbs the American way; wire copy from London, Paris or Nairobi writes "travelled",
    /// "cancelled", "labelling" and "recognised", "organising". Each single-word form gets its British spelling as a form
    /// of the same verb, unless that spelling is already a form of its own.
    /// </summary>
    private static void AddBritishSpellings(Dictionary<string, List<VerbForm>> forms)
    {
        var added = new List<(string Key, VerbForm Form)>();
        foreach (var (key, list) in forms)
        {
            string? british = null;
            // A final "l" after one vowel doubles before -ed and -ing: TRAVELED → TRAVELLED (not FAILED or SEALED).
            if ((key.EndsWith("LED", StringComparison.Ordinal) || key.EndsWith("LING", StringComparison.Ordinal)) && key.Length >= 6)
            {
                int l = key.EndsWith("LED", StringComparison.Ordinal) ? key.Length - 3 : key.Length - 4;
                if (IsVowel(key[l - 1]) && !IsVowel(key[l - 2])) british = key[..l] + "L" + key[l..];
            }
            // -IZE verbs: RECOGNIZED → RECOGNISED, ORGANIZING → ORGANISING.
            else if (key.Length >= 6 && key.IndexOf("IZ", key.Length - 6, StringComparison.Ordinal) is var z and >= 3
                     && key[(z + 2)..] is "E" or "ED" or "ES" or "ING")
                british = key[..z] + "IS" + key[(z + 2)..];
            if (british is null || forms.ContainsKey(british)) continue;
            foreach (var f in list) added.Add((british, f with { Form = f.Form.Length == key.Length ? british : f.Form }));
        }
        foreach (var (key, form) in added)
        {
            if (!forms.TryGetValue(key, out var list)) forms[key] = list = [];
            if (!list.Any(x => x.Lemma == form.Lemma && x.Rest.SequenceEqual(form.Rest))) list.Add(form);
        }

        static bool IsVowel(char c) => c is 'A' or 'E' or 'I' or 'O' or 'U';
    }

    /// <summary>The dictionary verbs whose form starts at token <paramref name="i"/> (longest multi-word first).</summary>
    public IEnumerable<(VerbForm Form, int Length)> FormsAt(IReadOnlyList<string> upper, int i)
    {
        if (!_forms.TryGetValue(upper[i], out var list)) yield break;
        foreach (var f in list.OrderByDescending(f => f.Rest.Count))
        {
            bool ok = i + f.Rest.Count < upper.Count;
            for (int k = 0; ok && k < f.Rest.Count; k++) ok = upper[i + 1 + k] == f.Rest[k];
            if (ok) yield return (f, 1 + f.Rest.Count);
        }
    }

    /// <summary>
    /// The multi-word dictionary verbs that end at token <paramref name="i"/>, with their first token: PETRARCH's
    /// "WIRE_+TAPPED" marks the last word as the verb, so the parse's verb is "tapped" with "wire" before it.
    /// </summary>
    public IEnumerable<(VerbForm Form, int Start, int Length)> MultiWordFormsEndingAt(IReadOnlyList<string> upper, int i)
    {
        for (int start = i - 1; start >= Math.Max(0, i - 3); start--)
            foreach (var (f, len) in FormsAt(upper, start))
                if (start + len - 1 == i) yield return (f, start, len);
    }

    public bool HasForm(string upper) => _forms.ContainsKey(upper);

    /// <summary>
    /// The CAMEO code of a verb in context: the heaviest matching pattern of its block, else the verb's own code,
    /// else the block's code. Null when the result is "---" (the dictionary says: not an event).
    /// </summary>
    public (string? Code, int Weight) Code(VerbForm form, IReadOnlyList<string> upper, int verbStart, int verbEnd, int preWindow = 6, int postWindow = 12)
    {
        var (raw, weight) = RawCode(form, upper, verbStart, verbEnd, preWindow, postWindow);
        var code = raw.Split(':')[0].Trim();
        return (code.Length == 0 || code.StartsWith('-') ? null : code, weight);
    }

    /// <summary>The verb's code before any pattern: its own, else its block's; null for "---".</summary>
    public string? BaseCode(VerbForm form)
    {
        var code = RawBaseCode(form).Split(':')[0].Trim();
        return code.Length == 0 || code.StartsWith('-') ? null : code;
    }

    /// <summary>The verb's own code as the dictionary writes it, else its block's, else "---".</summary>
    private string RawBaseCode(VerbForm form) => form.OwnCode.Length > 0 ? form.OwnCode : _blockCode.GetValueOrDefault(form.Block, "---");

    /// <summary>The code as the dictionary writes it ("032:033" = source→target and target→source; "---" = none).</summary>
    public (string Code, int Weight) RawCode(VerbForm form, IReadOnlyList<string> upper, int verbStart, int verbEnd, int preWindow = 6, int postWindow = 12)
    {
        var m = Match(form, upper, verbStart, verbEnd, preWindow, postWindow);
        return (m.Code, m.Weight);
    }

    /// <summary>
    /// The code with the matched pattern's source/target marks as token positions (-1 = the subject side; null = no
    /// mark): "* EID AT ^ WITH +" puts the target after "with".
    /// </summary>
    public (string Code, int Weight, int? SourceAt, int? TargetAt) Match(VerbForm form, IReadOnlyList<string> upper, int verbStart, int verbEnd, int preWindow = 6, int postWindow = 12, bool compoundSubject = false, int firstGap = 4)
    {
        var (code, weight, s, t) = MatchMarks(form, upper, verbStart, verbEnd, preWindow, postWindow, compoundSubject, firstGap);
        return (code, weight, s is { } a ? (a.At < 0 ? -1 : a.At + a.Skips) : null, t is { } b ? (b.At < 0 ? -1 : b.At + b.Skips) : null);
    }

    /// <summary>
    /// As <see cref="Match"/>, with each mark as the position after the pattern word before it and the number of '^'
    /// between: PETRARCH's '^' skips an actor, which a caller that knows the actors can count ("IFTAR AT ^ ^ +").
    /// </summary>
    public (string Code, int Weight, (int At, int Skips)? Source, (int At, int Skips)? Target) MatchMarks(VerbForm form, IReadOnlyList<string> upper, int verbStart, int verbEnd, int preWindow = 6, int postWindow = 12, bool compoundSubject = false, int firstGap = 4)
    {
        VerbPattern? best = null;
        if (_patterns.TryGetValue(form.Block, out var patterns))
        {
            foreach (var p in patterns)
            {
                if (p.Weight == 0 || p.CompoundSubject && !compoundSubject || p.OwnSenseOf is { } own && own != form.Lemma) continue;
                // Of patterns of equal weight the first listed wins, unless the block writes the same words again for this very
                // verb: DEPLOY * &MILITARY [154] ("deployed paratroopers to Abkhazia", a show of force) over SEND * &MILITARY
                // [062] (military cooperation), which comes first in the SEND block.
                if (best is not null && (p.Weight < best.Weight || p.Weight == best.Weight
                    && !(p.Words == best.Words && p.WrittenFor == form.Lemma && best.WrittenFor is { } other && other != form.Lemma && !best.HandWritten))) continue;
                if (MatchPost(p.Post, upper, verbEnd, Math.Min(upper.Count, verbEnd + postWindow), null, p.PostTouchesVerb ? 0 : firstGap) &&
                    MatchPre(p.Pre, upper, Math.Max(0, verbStart - preWindow), verbStart) &&
                    (!p.PreTouchesVerb || EndsAt(p.Pre[^1], upper, verbStart)))
                    best = p;
            }
        }
        string code = best?.Code ?? RawBaseCode(form);
        (int, int)? At((bool InPre, int After, int Skip)? mark)
        {
            if (best is null || mark is not { } mk) return null;
            if (mk.InPre) return (-1, 0);
            if (mk.After == 0) return (verbEnd, mk.Skip);
            var ends = new List<int>();
            MatchPost(best.Post, upper, verbEnd, Math.Min(upper.Count, verbEnd + postWindow), ends, best.PostTouchesVerb ? 0 : firstGap);
            return ends.Count >= mk.After ? (ends[mk.After - 1], mk.Skip) : null;
        }
        return (code.Trim(), best?.Weight ?? 0, At(best?.SourceMark), At(best?.TargetMark));
    }

    private static readonly HashSet<string> PatternPrepositions = new(StringComparer.Ordinal)
        { "AS", "OF", "IN", "ON", "TO", "WITH", "AGAINST", "FOR", "FROM", "AT", "BY", "OVER", "ABOUT", "INTO" };

    /// <summary>
    /// Pattern words after the verb, in order, each close to the previous one: the first within the object noun
    /// phrase (4 tokens) unless it opens a prepositional phrase, which may attach further out.
    /// </summary>
    private static bool MatchPost(IReadOnlyList<PatternWord> words, IReadOnlyList<string> upper, int from, int to, List<int>? ends = null, int firstGap = 4)
    {
        int cur = from;
        for (int n = 0; n < words.Count; n++)
        {
            var w = words[n];
            bool prep = w.Alternatives.Items.Count == 1 && w.Alternatives.Items[0].Count == 1 && PatternPrepositions.Contains(w.Alternatives.Items[0][0].Word);
            // firstGap 0: the first word is joined to the verb and must follow it directly.
            int gap = n == 0 ? (firstGap == 0 ? 1 : prep ? Math.Max(10, firstGap) : firstGap) : 6;
            int limit = Math.Min(to, cur + (w.Adjacent && n > 0 ? 1 : gap));
            int hit = Find(w, upper, cur, limit, to);
            // "pressed the Soviet Union on Sunday to …", "on the eve of the summit": a preposition of a time phrase is not the
            // pattern's ("PRESS * ON [190]" is pressing on with an offensive).
            while (prep && hit >= 0 && hit < upper.Count && IsTimePhraseStart(upper, hit)) hit = Find(w, upper, hit, limit, to);
            if (hit < 0) return false;
            cur = hit;
            ends?.Add(hit);
        }
        return true;
    }

    private static readonly HashSet<string> TimeWords = new(CalendarWords.DaysAndMonths.Select(w => w.ToUpperInvariant()), StringComparer.Ordinal);

    /// <summary>The words at <paramref name="k"/> open a time phrase: a day or month name, or "the eve".</summary>
    private static bool IsTimePhraseStart(IReadOnlyList<string> upper, int k) =>
        TimeWords.Contains(upper[k]) || upper[k] == "THE" && k + 1 < upper.Count && upper[k + 1] is "EVE" or "MORNING" or "NIGHT" or "WEEKEND";

    /// <summary>Pattern words before the verb: in order, ending close to the verb.</summary>
    private static bool MatchPre(IReadOnlyList<PatternWord> words, IReadOnlyList<string> upper, int from, int to) =>
        words.Count == 0 || MatchPost(words, upper, Math.Max(from, to - 2 - 2 * words.Count), to);

    /// <summary>Whether <paramref name="w"/> occurs ending exactly at token <paramref name="end"/>.</summary>
    private static bool EndsAt(PatternWord w, IReadOnlyList<string> upper, int end)
    {
        for (int i = Math.Max(0, end - 4); i < end; i++)
            if (Find(w, upper, i, i + 1, end) == end) return true;
        return false;
    }

    /// <summary>Position after the first match of <paramref name="w"/> starting in [from, to) and ending by <paramref name="end"/>, or -1.</summary>
    private static int Find(PatternWord w, IReadOnlyList<string> upper, int from, int to, int end)
    {
        for (int i = from; i < to; i++)
        {
            var tok = upper[i];
            if (tok.Length >= 3 && w.ByKey.TryGetValue(PatternWord.Key(tok), out var cands) && Try(cands, i) is var hit && hit >= 0) return hit;
            if (w.Short.Count > 0 && Try(w.Short, i) is var hit2 && hit2 >= 0) return hit2;
        }
        return -1;

        int Try(List<IReadOnlyList<(string Word, bool Exact)>> seqs, int i)
        {
            foreach (var seq in seqs)
            {
                if (i + seq.Count > end) continue;
                bool ok = true;
                for (int k = 0; ok && k < seq.Count; k++)
                    ok = WordMatches(seq[k].Word, seq[k].Exact, upper[i + k]);
                if (ok) return i + seq.Count;
            }
            return -1;
        }
    }

    /// <summary>A pattern word is a stem unless marked exact; one or two letters are too short to be a stem ("IN" is not "INTO").</summary>
    internal static bool WordMatches(string word, bool exact, string token) =>
        exact || word.Length <= 2 ? token == word
        : token.StartsWith(word, StringComparison.Ordinal) && !(StemFalseFriends.TryGetValue(word, out var others) && others.Any(o => token.StartsWith(o, StringComparison.Ordinal)));

    /// <summary>
    /// Words a dictionary stem begins but does not mean: the &amp;AIRCRAFT synonym MIG (the fighter jet) is no "migrant"
    /// ("began deporting thousands of Indonesian migrant workers" had read as BEGIN * &amp;AIRCRAFT, an air attack);
    /// supporters are no support ("told opposition supporters to stop their demonstrations" had read as TELL * SUPPORT, a
    /// pledge), and a campaign is no camp ("called off its campaign of civil disobedience" had read as CANCEL * CAMP, a
    /// military retreat; CANCEL * CAMPAIGN now says what ending one is).
    /// </summary>
    private static readonly FrozenDictionary<string, string[]> StemFalseFriends = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["MIG"] = ["MIGRA"],
        ["SUPPORT"] = ["SUPPORTER"],
        ["CAMP"] = ["CAMPAIGN"],
    }.ToFrozenDictionary(StringComparer.Ordinal);
}

/// <summary>A phrase dictionary keyed by upper-case token sequences (country names, agent nouns, discards).</summary>
internal sealed class PhraseDictionary
{
    private readonly Dictionary<string, List<(string[] Words, string Value)>> _byFirst = new(StringComparer.Ordinal);

    public void Add(string phrase, string value)
    {
        var words = phrase.ToUpperInvariant().Split(['_', ' '], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return;
        if (!_byFirst.TryGetValue(words[0], out var list)) _byFirst[words[0]] = list = [];
        list.Add((words[1..], value));
    }

    /// <summary>The longest phrase starting at token <paramref name="i"/>: its value and length in tokens.</summary>
    public (string Value, int Length)? LongestAt(IReadOnlyList<string> upper, int i)
    {
        if (!_byFirst.TryGetValue(upper[i], out var list)) return null;
        (string, int)? best = null;
        foreach (var (rest, value) in list)
        {
            if (i + rest.Length >= upper.Count) continue;
            bool ok = true;
            for (int k = 0; ok && k < rest.Length; k++) ok = upper[i + 1 + k] == rest[k];
            if (ok && (best is null || rest.Length + 1 > best.Value.Item2)) best = (value, rest.Length + 1);
        }
        return best;
    }

    public bool Contains(string upperWord) => _byFirst.TryGetValue(upperWord, out var l) && l.Any(x => x.Words.Length == 0);
    public int Count => _byFirst.Values.Sum(l => l.Count);
}

/// <summary>All event-coding data of the stage, loaded once from embedded resources and shared read-only.</summary>
internal sealed class EventLexicon
{
    private static readonly Lazy<EventLexicon> Shared = new(Load);
    public static EventLexicon Default => Shared.Value;

    public required VerbDictionary Verbs { get; init; }
    public required PhraseDictionary Countries { get; init; }

    /// <summary>Initials of the state names of three or more words that only one country has ("PRC" for PEOPLES REPUBLIC OF CHINA).</summary>
    public required FrozenDictionary<string, string> CountryAcronyms { get; init; }
    public required FrozenSet<string> CountryCodes { get; init; }
    public required PhraseDictionary Agents { get; init; }
    /// <summary>Named actors the Phoenix dictionaries lack or code by region, in the form news names them (actors_extra.tsv).</summary>
    public required PhraseDictionary ExtraActors { get; init; }

    /// <summary>Entries of actors_extra.tsv marked "title": a person named after one is that actor ("Pope Francis" = VAT).</summary>
    public required FrozenSet<string> ExtraTitles { get; init; }
    /// <summary>Code prefixes read as others (actor_recodes.tsv): the dictionaries' old state codes, bodies the GSR codes otherwise.</summary>
    public required IReadOnlyList<(string From, string To)> Recodes { get; init; }
    public required PhraseDictionary SentenceDiscards { get; init; }

    /// <summary>A code with its prefix rewritten by <see cref="Recodes"/> ("ANGREB" → "AGOREB"), or the code itself.</summary>
    public string? Recode(string? code)
    {
        if (code is null) return null;
        foreach (var (from, to) in Recodes)
            if (code.StartsWith(from, StringComparison.Ordinal)) return to + code[from.Length..];
        return code;
    }
    public required FrozenDictionary<string, (string Code, string OfRole, bool Threat)> Nouns { get; init; }
    /// <summary>Modifiers that make an event noun more specific: the combined act's code, and the root of the codes they refine ("drone" 195 of a 19x strike, "joint" 062 of a 15x drill).</summary>
    public required FrozenDictionary<string, (string Code, string Root)> NounModifiers { get; init; }
    /// <summary>Accidents and disasters ("crash", "landslide"): deaths they cause have no perpetrator.</summary>
    public required FrozenSet<string> AccidentNouns { get; init; }
    /// <summary>Head nouns of bodies of people ("committee", "union") and words of state organs (organisation_nouns.tsv).</summary>
    public required FrozenSet<string> BodyNouns { get; init; }
    public required FrozenSet<string> StateWords { get; init; }
    /// <summary>Head nouns of a state's own bodies ("board", "commission"): with a country's possessive before, its organ.</summary>
    public required FrozenSet<string> OrganNouns { get; init; }
    /// <summary>Words of sport and elections ("match", "scored", "election"): the frame in which "beat" or "defeat" is winning.</summary>
    public required FrozenSet<string> CompetitionWords { get; init; }
    public required FrozenDictionary<string, string> SpeechCues { get; init; }
    /// <summary>Head nouns of people ("engineer", "tourist"): seizing one is an abduction, seizing a thing is not.</summary>
    public required FrozenSet<string> PersonNouns { get; init; }

    /// <summary>
    /// The country named at token <paramref name="i"/>: a dictionary name or demonym, else (for one word) a plural or
    /// short demonym of one ("Serbs", "Serb" → SERBIA, "Kampuchean" → KAMPUCHEA, "Israelis" → ISRAEL), else the
    /// initials of a long state name ("PRC") when <paramref name="initials"/> is set: only for a word the entity layer
    /// typed as a place, nationality or other name, since initials alone are often an organisation's ("IRA" is not
    /// the Islamic Republic of Afghanistan). <paramref name="upper"/> holds upper-case tokens.
    /// </summary>
    public (string Code, int Length)? CountryAt(IReadOnlyList<string> upper, int i, bool initials = false)
    {
        if (Countries.LongestAt(upper, i) is { } c) return c;
        var w = upper[i];
        if (initials && w.Length >= 3 && w.All(char.IsAsciiLetter) && CountryAcronyms.TryGetValue(w, out var acronym)) return (acronym, 1);
        if (w.Length < 4 || !w.All(char.IsAsciiLetter) || NamesOfTheirOwn.Contains(w)) return null;
        foreach (var stem in DemonymStems(w))
            if (stem.Length >= 4 && Countries.LongestAt([stem], 0) is { Length: 1 } m) return (m.Value, 1);
        return null;
    }

    /// <summary>
    /// Words that look like a short demonym of a name in the dictionary but name something of their own: "Roman Catholic" is
    /// not Romanian, the Moro people are the Philippines' (not Morón in Argentina), the Chin people Myanmar's (not China).
    /// </summary>
    private static readonly HashSet<string> NamesOfTheirOwn = new(StringComparer.Ordinal) { "ROMAN", "ROMANS", "MORO", "MOROS", "CHIN", "BENI" };

    /// <summary>Words a plural or demonym may come from: without the plural ending, then with a country ending restored or dropped.</summary>
    private static IEnumerable<string> DemonymStems(string w)
    {
        string[] bases = w.EndsWith("IS", StringComparison.Ordinal) ? [w[..^1], w[..^2]] : w.EndsWith('S') ? [w[..^1]] : [w];
        foreach (var b in bases)
        {
            if (b != w) yield return b;
            if (b.EndsWith('N')) yield return b[..^1];                     // KAMPUCHEAN → KAMPUCHEA
            // Short demonyms only: a longer word plus an ending is another name ("Christian" + IA is an old name of Oslo).
            if (b.Length > 6) continue;
            yield return b + "IA";                                         // SERB → SERBIA, CROAT → CROATIA
            yield return b + "A";                                          // SOMALI → SOMALIA
            yield return b + "N";                                          // SWEDE → SWEDEN
        }
    }

    private static IEnumerable<string> Tsv(Assembly a, string name) =>
        EmbeddedData.Lines(a, name).Where(l => l.Length > 0 && !l.StartsWith('#'));

    private static EventLexicon Load()
    {
        var a = typeof(EventLexicon).Assembly;
        var countries = new PhraseDictionary();
        var countryCodes = new HashSet<string>(StringComparer.Ordinal);
        var acronyms = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var l in EmbeddedData.Lines(a, "countries.tsv.gz"))
        {
            var f = l.Split('\t');
            countries.Add(f[0], f[1]);
            countryCodes.Add(f[1]);
            var words = f[0].Split('_', StringSplitOptions.RemoveEmptyEntries).Where(x => x is not ("OF" or "THE" or "AND")).ToList();
            // Only names of a state form: initials of other long names (cities, provinces) are mostly other things' acronyms.
            if (words.Count >= 3 && words.All(x => char.IsAsciiLetter(x[0])) && words.Any(x => x is "REPUBLIC" or "KINGDOM" or "STATES" or "EMIRATES" or "FEDERATION" or "FEDERAL"))
            {
                var key = string.Concat(words.Select(x => x[0]));
                if (!acronyms.TryGetValue(key, out var set)) acronyms[key] = set = [];
                set.Add(f[1]);
            }
        }
        var agents = new PhraseDictionary();
        foreach (var l in EmbeddedData.Lines(a, "agents.tsv.gz")) { var f = l.Split('\t'); if (!f[0].Contains('{')) agents.Add(f[0], f[1]); }
        foreach (var l in Tsv(a, "agents_extra.tsv")) { var f = l.Split('\t'); agents.Add(f[0], f[1]); }
        var extraActors = new PhraseDictionary();
        var extraTitles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var l in Tsv(a, "actors_extra.tsv"))
        {
            var f = l.Split('\t');
            extraActors.Add(f[0], f[1]);
            if (f.Length > 2 && f[2] == "title") extraTitles.Add(f[0].ToUpperInvariant());
        }
        var organisationNouns = Tsv(a, "organisation_nouns.tsv").Select(l => l.Split('\t')).ToList();
        FrozenSet<string> OrganisationWords(string kind) =>
            organisationNouns.Where(f => f is [_, var k] && k == kind).Select(f => f[0].ToUpperInvariant()).ToFrozenSet(StringComparer.Ordinal);
        var recodes = Tsv(a, "actor_recodes.tsv").Select(l => l.Split('\t')).Select(f => (f[0], f[1])).OrderByDescending(r => r.Item1.Length).ToList();
        var discards = new PhraseDictionary();
        foreach (var l in EmbeddedData.Lines(a, "discards.tsv.gz"))
        {
            var f = l.Split('\t');
            // Year numbers dominate the sentence-level list (historical text); news mentions of years are not discards,
            // nor are the other phrases that only place a sentence in time ("two weeks ago", "during World War Two").
            if (f[0] == "sentence" && !IsTimeReference(f[1])) discards.Add(f[1], "discard");
        }
        return new EventLexicon
        {
            Verbs = VerbDictionary.FromCompact(EmbeddedData.Lines(a, "verbs.tsv.gz"), EmbeddedData.Lines(a, "verb_patterns_extra.txt")),
            Countries = countries,
            CountryAcronyms = acronyms.Where(kv => kv.Value.Count == 1).ToFrozenDictionary(kv => kv.Key, kv => kv.Value.First(), StringComparer.Ordinal),
            CountryCodes = countryCodes.ToFrozenSet(StringComparer.Ordinal),
            Agents = agents,
            ExtraActors = extraActors,
            ExtraTitles = extraTitles.ToFrozenSet(StringComparer.Ordinal),
            Recodes = recodes,
            SentenceDiscards = discards,
            Nouns = Tsv(a, "event_nouns.tsv").Select(l => l.Split('\t')).ToFrozenDictionary(f => f[0], f => (f[1], f.Length > 2 ? f[2] : "none", f.Length > 3 && f[3] == "threat")),
            NounModifiers = Tsv(a, "event_noun_modifiers.tsv").Select(l => l.Split('\t')).ToFrozenDictionary(f => f[0], f => (f[1], f.Length > 2 ? f[2] : "19")),
            AccidentNouns = Tsv(a, "accident_nouns.tsv").Select(l => l.Trim()).ToFrozenSet(StringComparer.Ordinal),
            BodyNouns = OrganisationWords("body"),
            StateWords = OrganisationWords("state"),
            OrganNouns = OrganisationWords("organ"),
            CompetitionWords = Tsv(a, "competition_words.tsv").Select(l => l.Trim()).ToFrozenSet(StringComparer.Ordinal),
            SpeechCues = Tsv(a, "speech_cues.tsv").Select(l => l.Split('\t')).ToFrozenDictionary(f => f[0], f => f[1]),
            PersonNouns = Tsv(a, "seized_person_nouns.tsv").Select(l => l.Trim()).ToFrozenSet(StringComparer.Ordinal),
        };
    }

    private static readonly HashSet<string> TimeWords = new(StringComparer.Ordinal) { "AGO", "LATER", "WAR", "WARS" };
    private static readonly HashSet<string> Months = new(StringComparer.Ordinal)
        { "JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER" };

    /// <summary>
    /// A PETRARCH sentence discard that names a time rather than a topic: a year, a span back or forward ("WEEKS AGO",
    /// "MONTHS LATER"), a dated month ("APRIL 1942") or a past war ("WORLD WAR TWO"). PETRARCH drops such sentences as
    /// history; in news they date the background of a current act ("hostages taken two weeks ago").
    /// </summary>
    internal static bool IsTimeReference(string phrase)
    {
        var words = phrase.ToUpperInvariant().Split([' ', '_'], StringSplitOptions.RemoveEmptyEntries);
        return words.All(w => w.All(char.IsDigit)) || words.Any(TimeWords.Contains) || words.Length == 2 && Months.Contains(words[0]) && words[1].All(char.IsDigit);
    }
}
