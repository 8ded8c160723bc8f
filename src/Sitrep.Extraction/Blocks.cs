using System.Collections.Immutable;
using Sitrep.Core;

namespace Sitrep.Extraction;

internal enum BlockKind { Paragraph, Heading, ListItem, Quote, Preformatted }

/// <summary>Where a run of a block's text came from: <c>Length</c> chars at <c>Offset</c> in the block start at <c>SourceStart</c>.</summary>
internal readonly record struct SourceRun(int Offset, int SourceStart, int Length);

/// <summary>One paragraph-level piece of body text before it is joined into the article text.</summary>
internal sealed record Block(string Text, BlockKind Kind, ImmutableArray<SourceRun> Runs)
{
    /// <summary>An embedded post or block quote: who wrote it and where (Twitter, Instagram…).</summary>
    public (string Kind, string? Author, string? Channel, string? Url)? Embed { get; init; }
}

/// <summary>Joins blocks into the article text ("\n\n" between paragraphs) and derives paragraphs, sections, embeds and the source map.</summary>
internal static class ArticleAssembler
{
    public static Article Assemble(Article seed, IReadOnlyList<Block> blocks)
    {
        var sb = new System.Text.StringBuilder();
        var paragraphs = ImmutableArray.CreateBuilder<TextSpan>();
        var map = ImmutableArray.CreateBuilder<OffsetSegment>();
        var embeds = ImmutableArray.CreateBuilder<EmbeddedQuote>();
        var headings = new List<(string Text, TextSpan Span)>();
        foreach (var b in blocks)
        {
            var text = b.Text.Trim();
            if (text.Length == 0) continue;
            int lead = b.Text.IndexOf(text[0]);
            if (sb.Length > 0) sb.Append("\n\n");
            int start = sb.Length;
            sb.Append(text);
            var span = new TextSpan(start, sb.Length);
            paragraphs.Add(span);
            foreach (var r in b.Runs)
            {
                int s = Math.Max(r.Offset, lead), e = Math.Min(r.Offset + r.Length, lead + text.Length);
                if (e > s) map.Add(new OffsetSegment(start + s - lead, r.SourceStart + (s - r.Offset), e - s));
            }
            if (b.Kind == BlockKind.Heading) headings.Add((text, span));
            if (b.Embed is { } em) embeds.Add(new EmbeddedQuote(span, em.Kind, em.Author, em.Channel, em.Url));
        }
        var body = sb.ToString();
        var sections = ImmutableArray.CreateBuilder<Section>();
        for (int i = 0; i < headings.Count; i++)
        {
            int end = i + 1 < headings.Count ? headings[i + 1].Span.Start : body.Length;
            // The section ends before the blank line that precedes the next heading.
            while (end > headings[i].Span.End && char.IsWhiteSpace(body[end - 1])) end--;
            sections.Add(new Section(headings[i].Text, headings[i].Span, new TextSpan(headings[i].Span.Start, end)));
        }
        return seed with
        {
            Text = body,
            Paragraphs = paragraphs.ToImmutable(),
            Sections = sections.ToImmutable(),
            Embeds = embeds.ToImmutable(),
            SourceMap = map.ToImmutable(),
        };
    }
}
