using System.Collections.Immutable;
using Sitrep.Core;

namespace Sitrep.Nlp.Tokenization;

/// <summary>
/// Pipeline component "tokenizer": adds <see cref="Layer.Tokens"/> and <see cref="Layer.Sentences"/>.
/// Paragraphs (blank-line separated, plus any the reader marked) are split independently, so no sentence
/// ever crosses a paragraph break.
/// </summary>
internal sealed class TokenizerComponent(RuleTokenizer tokenizer, SentenceSplitter splitter) : IPipelineComponent
{
    public ComponentInfo Info { get; } = new("tokenizer", "1.0", [], [Layer.Tokens, Layer.Sentences]);

    public Document Process(Document document, CancellationToken cancellationToken = default)
    {
        var (tokens, sentences) = Annotate(document.Text, document.Article.Paragraphs, Info.Id, cancellationToken);
        return (document with { Tokens = tokens, Sentences = sentences }).ProducedBy(Info.Id, Layer.Tokens, Layer.Sentences);
    }

    public (ImmutableArray<Token> Tokens, ImmutableArray<Sentence> Sentences) Annotate(
        string text, ImmutableArray<TextSpan> readerParagraphs, string producer, CancellationToken cancellationToken = default)
    {
        var raw = new List<RawToken>(text.Length / 5 + 16);
        var ranges = new List<(int First, int Count)>();
        foreach (var paragraph in Blocks(text, readerParagraphs))
        {
            cancellationToken.ThrowIfCancellationRequested();
            int first = raw.Count;
            tokenizer.Tokenize(text, paragraph.Start, paragraph.End, raw);
            splitter.Split(text, raw, first, raw.Count, ranges);
        }
        (raw, ranges) = DetachFinalPeriods(text, raw, ranges);

        var tokens = ImmutableArray.CreateBuilder<Token>(raw.Count);
        for (int i = 0; i < raw.Count; i++)
        {
            var r = raw[i];
            tokens.Add(new Token(new TextSpan(r.Start, r.End), text[r.Start..r.End], i, producer)
            {
                SpaceAfter = r.End < text.Length && char.IsWhiteSpace(text[r.End]),
            });
        }
        var sentences = ImmutableArray.CreateBuilder<Sentence>(ranges.Count);
        foreach (var (first, count) in ranges)
        {
            if (count == 0) continue;
            var span = new TextSpan(raw[first].Start, raw[first + count - 1].End);
            sentences.Add(new Sentence(span, first, count, producer));
        }
        return (tokens.MoveToImmutable(), sentences.ToImmutable());
    }

    /// <summary>
    /// An abbreviation that ends a sentence gives its period to the sentence, as UD EWT writes it ("the U.S" "."):
    /// the period then does both jobs, and later stages see a sentence that ends in punctuation.
    /// </summary>
    private static (List<RawToken>, List<(int First, int Count)>) DetachFinalPeriods(
        string text, List<RawToken> raw, List<(int First, int Count)> ranges)
    {
        bool any = false;
        foreach (var (first, count) in ranges)
            if (count > 1 && IsDetachable(text, raw[first + count - 1])) { any = true; break; }
        if (!any) return (raw, ranges);

        var tokens = new List<RawToken>(raw.Count + 16);
        var newRanges = new List<(int First, int Count)>(ranges.Count);
        foreach (var (first, count) in ranges)
        {
            int start = tokens.Count;
            for (int i = first; i < first + count; i++) tokens.Add(raw[i]);
            var last = raw[first + count - 1];
            if (count > 1 && IsDetachable(text, last))
            {
                tokens[^1] = new RawToken(last.Start, last.End - 1, TokenKind.Word);
                tokens.Add(new RawToken(last.End - 1, last.End, TokenKind.Punct));
            }
            newRanges.Add((start, tokens.Count - start));
        }
        return (tokens, newRanges);
    }

    private static bool IsDetachable(string text, RawToken t) =>
        t.Kind == TokenKind.Abbreviation && t.Length >= 2 && text[t.End - 1] == '.';

    /// <summary>Blank-line paragraphs, cut further wherever the reader says a paragraph starts.</summary>
    private static IEnumerable<TextSpan> Blocks(string text, ImmutableArray<TextSpan> readerParagraphs)
    {
        var cuts = readerParagraphs.IsDefaultOrEmpty ? [] : readerParagraphs.Select(p => p.Start).Order().ToArray();
        foreach (var p in Article.ParagraphsOf(text))
        {
            int s = p.Start;
            foreach (var c in cuts)
            {
                if (c <= s || c >= p.End) continue;
                yield return new TextSpan(s, c);
                s = c;
            }
            yield return new TextSpan(s, p.End);
        }
    }
}
