using System.Collections.Immutable;
using Sitrep.Core;

namespace Sitrep.Entities;

/// <summary>
/// A word as the entity rules see it: tokens written together across a hyphen or dot are one word
/// ("al-Assad", "U.S.", "state-run"), and a possessive "'s" is a flag, not a word, whatever the tokenizer did.
/// </summary>
internal sealed record Word(string Text, TextSpan Span, int FirstToken, int LastToken)
{
    public bool Possessive { get; init; }
    public bool SentenceStart { get; init; }
    public string Lower => Text.ToLowerInvariant();
    public bool IsCap => Text.Length > 0 && (char.IsUpper(Text[0]) ? !LowerCompound : ParticleName);

    /// <summary>
    /// "US-designated", "Iranian-backed", "Soviet-made": an adjective built on a name, not a name. A short tail no such
    /// adjective ends in is the second syllable of a hyphenated given name ("Young-sam", "Tae-woo", "Jong-il").
    /// </summary>
    /// <remarks>"Co-operation" (as in "the Organization for Security and Co-operation in Europe") is a capitalised word with a
    /// prefix, no adjective built on a name.</remarks>
    public bool LowerCompound => Text.LastIndexOf('-') is var h and > 0 && h + 1 < Text.Length && char.IsLower(Text[h + 1]) && !(h == 2 && Text.StartsWith("Co-", StringComparison.Ordinal))
        && !(Text.Length - h - 1 is >= 2 and <= 4 && Text.AsSpan(h + 1).ToString() is var tail && tail.All(char.IsLower) && !CompoundTails.Contains(tail));

    /// <summary>Short last parts of adjectives built on a name ("Iraqi-led", "Hamas-run", "Soviet-era", "Taliban-held").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> CompoundTails = System.Collections.Frozen.FrozenSet.ToFrozenSet(new[]
    {
        "led", "run", "era", "day", "old", "new", "wide", "made", "born", "like", "held", "free", "rich", "only", "side", "term",
        "year", "long", "type", "back", "size", "bred", "fed", "won", "lost", "paid", "bond", "plus", "area", "zone", "bloc",
        "ally", "less", "ward", "ish", "ism", "ist", "ists", "isms", "ites", "ite", "esque", "wise", "time", "up", "in", "out",
        "off", "on", "over", "down", "bound", "linked", "tied", "mad", "hit", "shy", "proof", "lite", "owned",
    }, StringComparer.Ordinal);

    /// <summary>
    /// "al-Assad", "bin-Talal": a lower-case Arabic particle joined to a name; "Cote d'Ivoire", "Giscard d'Estaing": so is
    /// a French one elided before it.
    /// </summary>
    public bool ParticleName => Text.IndexOf('-') is var h and > 0 and <= 3 && h + 1 < Text.Length && char.IsUpper(Text[h + 1])
        || Text.Length > 3 && Text[0] is 'd' or 'l' && Text[1] is '\'' or '\u2019' && char.IsUpper(Text[2]);
    public bool IsLetter => Text.Length > 0 && char.IsLetter(Text[0]);
}

internal static class Words
{
    private static readonly string[] PossessiveSuffixes = ["'s", "\u2019s", "s'", "s\u2019"];

    /// <summary>The words of each sentence of <paramref name="doc"/>.</summary>
    public static ImmutableArray<ImmutableArray<Word>> Of(Document doc)
    {
        var text = doc.Text;
        var result = ImmutableArray.CreateBuilder<ImmutableArray<Word>>(doc.Sentences.Length);
        foreach (var s in doc.Sentences)
        {
            var words = new List<Word>();
            int i = s.FirstToken;
            while (i < s.EndToken)
            {
                int start = doc.Tokens[i].Span.Start, end = doc.Tokens[i].Span.End, j = i;
                while (j + 1 < s.EndToken && Joins(text, doc.Tokens[j], doc.Tokens[j + 1])) { j++; end = doc.Tokens[j].Span.End; }
                var w = new Word(text[start..end], new TextSpan(start, end), i, j);
                var tok = w.Text;
                if (tok is "'s" or "\u2019s" or "'" or "\u2019" && words.Count > 0 && words[^1].Span.End == start && words[^1].IsLetter)
                {
                    words[^1] = words[^1] with { Possessive = true };
                    i = j + 1;
                    continue;
                }
                foreach (var suf in PossessiveSuffixes.Take(2))
                    if (tok.Length > suf.Length + 1 && tok.EndsWith(suf, StringComparison.Ordinal))
                    {
                        w = new Word(tok[..^suf.Length], new TextSpan(start, end - suf.Length), i, j) { Possessive = true };
                        break;
                    }
                words.Add(w with { SentenceStart = words.Count == 0 || (words.Count <= 2 && words.All(x => !x.IsLetter)) || words[^1].Text is ":" or "\u201c" or "\"" or "(" or "\u2018" });
                i = j + 1;
            }
            result.Add([.. words]);
        }
        return result.MoveToImmutable();
    }

    private static bool Joins(string text, Token a, Token b)
    {
        if (a.Span.End != b.Span.Start) return false;
        var bt = b.Text;
        if (bt is "'s" or "\u2019s" or "'" or "\u2019" or "n't" or "'re" or "'ve" or "'ll" or "'d" or "'m") return false;
        char al = a.Text[^1], bf = bt[0];
        if (bf == '-' && bt.Length == 1) return char.IsLetterOrDigit(al);
        if (al == '-') return char.IsLetterOrDigit(bf);
        if (bt == "." ) return a.Text.Length <= 2 && char.IsLetter(al) && char.IsUpper(a.Text[0]);
        if (al == '.' && a.Text.Length <= 4 && char.IsUpper(bf) && bt.Length <= 3) return true; // U.S. split as U. S.
        return char.IsLetterOrDigit(al) && char.IsLetterOrDigit(bf);
    }
}
