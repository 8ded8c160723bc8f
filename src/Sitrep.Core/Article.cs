using System.Collections.Immutable;

namespace Sitrep.Core;

/// <summary>Bytes as they arrived, with the name they arrived under (a path, "-" for stdin, a feed item link).</summary>
public sealed record RawInput(string Name, byte[] Bytes)
{
    /// <summary>MIME type when the transport said it (a WARC record's HTTP header), otherwise null.</summary>
    public string? ContentType { get; init; }

    /// <summary>Hex SHA-256 of the bytes: the document id of the explainer format.</summary>
    public string Sha256() => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Bytes));
}

/// <summary>A heading and the part of the text it governs.</summary>
/// <param name="HeadingSpan">Where the heading itself sits in the text (headings stay in the text as their own paragraph).</param>
/// <param name="Span">From the heading to the start of the next section or the end of the text.</param>
public sealed record Section(string Heading, TextSpan HeadingSpan, TextSpan Span);

/// <summary>Text left out of the body, with why (credit, caption, boilerplate, navigation, share, …).</summary>
public sealed record DroppedText(string Kind, string Text);

/// <summary>Quoted material embedded in the page: a block quote or a social post with its author and channel.</summary>
public sealed record EmbeddedQuote(TextSpan Span, string Kind, string? Author, string? Channel, string? Url);

/// <summary>
/// Ties body-text offsets back to the source: each segment says that <c>Length</c> characters starting at
/// <c>TextStart</c> came from the source starting at <c>SourceStart</c> (a character offset in the decoded source).
/// </summary>
public sealed record OffsetSegment(int TextStart, int SourceStart, int Length);

/// <summary>The output of extraction: clean body text and the article's metadata.</summary>
public sealed record Article
{
    /// <summary>Hex SHA-256 of the raw input.</summary>
    public required string Id { get; init; }

    /// <summary>The article body: paragraphs separated by a blank line ("\n\n").</summary>
    public required string Text { get; init; }

    /// <summary>Where the input came from (path, "-" for stdin, feed item link).</summary>
    public string InputName { get; init; } = "";

    /// <summary>text | html | rss | atom | warc.</summary>
    public string Format { get; init; } = "text";

    public string? Title { get; init; }
    public string? Standfirst { get; init; }
    public string? Byline { get; init; }
    public DateTimeOffset? Published { get; init; }
    public DateTimeOffset? Modified { get; init; }
    public string? Source { get; init; }
    public string? Url { get; init; }
    public string Language { get; init; } = "en";
    public ImmutableArray<TextSpan> Paragraphs { get; init; } = [];
    public ImmutableArray<Section> Sections { get; init; } = [];
    public ImmutableArray<DroppedText> Dropped { get; init; } = [];
    public ImmutableArray<EmbeddedQuote> Embeds { get; init; } = [];
    public ImmutableArray<OffsetSegment> SourceMap { get; init; } = [];

    /// <summary>Paragraph spans computed from the blank-line convention, for readers that don't set them.</summary>
    public static ImmutableArray<TextSpan> ParagraphsOf(string text)
    {
        var spans = ImmutableArray.CreateBuilder<TextSpan>();
        int i = 0;
        while (i < text.Length)
        {
            int next = text.IndexOf("\n\n", i, StringComparison.Ordinal);
            int end = next < 0 ? text.Length : next;
            int s = i, e = end;
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (e > s) spans.Add(new TextSpan(s, e));
            if (next < 0) break;
            i = next + 2;
        }
        return spans.ToImmutable();
    }
}
