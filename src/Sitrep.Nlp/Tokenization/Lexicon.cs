using System.Collections.Frozen;
using Sitrep.Core;

namespace Sitrep.Nlp.Tokenization;

/// <summary>How an abbreviation behaves at a possible sentence end.</summary>
internal enum AbbreviationKind : byte
{
    /// <summary>Precedes a name or number (Mr., Gen., Mt.): never ends a sentence before a capitalised word.</summary>
    Title,

    /// <summary>Can end a sentence (Co., Inc., Jr.): a boundary is kept only before a typical sentence opener.</summary>
    Abbr,

    /// <summary>Only an abbreviation before a number (No. 5): otherwise an ordinary word.</summary>
    Number,
}

/// <summary>The hand-written word lists the tokenizer and splitter use, embedded as data files.</summary>
internal sealed class TokenizerLexicon
{
    private static readonly Lazy<TokenizerLexicon> DefaultLazy = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public static TokenizerLexicon Default => DefaultLazy.Value;

    public required FrozenDictionary<string, AbbreviationKind> Abbreviations { get; init; }
    public required FrozenSet<string> SentenceOpeners { get; init; }

    private static TokenizerLexicon Load()
    {
        var asm = typeof(TokenizerLexicon).Assembly;
        var abbreviations = new Dictionary<string, AbbreviationKind>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in DataLines(asm, "abbreviations.tsv"))
        {
            var parts = line.Split('\t');
            abbreviations[parts[0]] = parts[1] switch
            {
                "title" => AbbreviationKind.Title,
                "num" => AbbreviationKind.Number,
                _ => AbbreviationKind.Abbr,
            };
        }
        return new TokenizerLexicon
        {
            Abbreviations = abbreviations.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
            SentenceOpeners = DataLines(asm, "sentence-openers.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase),
        };
    }

    private static IEnumerable<string> DataLines(System.Reflection.Assembly asm, string name) =>
        EmbeddedData.Lines(asm, name).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'));
}
