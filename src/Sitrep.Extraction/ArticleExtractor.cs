using System.IO.Compression;
using Sitrep.Core;

namespace Sitrep.Extraction;

/// <summary>
/// The extraction stage's entry point: bytes in, articles out. Sniffs the format (HTML, plain text,
/// RSS 2.0, Atom, WARC, gzip of any of these), decodes the text and reads the article body and metadata.
/// One result per document: a feed or WARC yields one per item/record. Bad input never throws; it comes
/// back as an E0xx error value.
/// </summary>
public sealed class ArticleExtractor
{
    /// <summary>Producer id stamped on what this stage writes.</summary>
    public const string ProducerId = "extraction@1.0";

    private readonly ExtractionOptions _options;

    public ArticleExtractor(ExtractionOptions? options = null) => _options = options ?? new ExtractionOptions();

    public IReadOnlyList<Result<Article>> Extract(RawInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        try
        {
            return ExtractCore(input);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug in a reader must not stop the batch; the error names the input so it can be reported.
            return [Errors.ProcessingFailed(input.Name, ProducerId, e.GetType().Name + ": " + e.Message)];
        }
    }

    private List<Result<Article>> ExtractCore(RawInput input)
    {
        var bytes = input.Bytes;
        if (bytes.Length == 0) return [Errors.Empty(input.Name)];
        SitrepError? trailing = null;
        if (Sniffer.IsGzip(bytes))
        {
            (bytes, trailing) = Gunzip(bytes, input.Name, _options.MaxArchiveBytes);
            if (bytes.Length == 0) return [trailing ?? Errors.Empty(input.Name)];
        }
        var results = new List<Result<Article>>();
        if (Sniffer.IsWarc(bytes))
            results.AddRange(WarcReader.Read(bytes, input.Name, this, _options));
        else
            results.AddRange(ExtractDocument(input with { Bytes = bytes }, input.Sha256(), _options.MaxArchiveBytes));
        if (trailing is not null) results.Add(trailing);
        return results;
    }

    /// <summary>One document (not a WARC): HTML, text or a feed. <paramref name="id"/> is the hash of the bytes as given.</summary>
    internal List<Result<Article>> ExtractDocument(RawInput input, string id, long maxBytes)
    {
        if (input.Bytes.Length > maxBytes) return [Errors.TooLarge(input.Name, input.Bytes.Length, maxBytes)];
        var decoded = Decoding.Decode(input);
        if (!decoded.IsSuccess) return [decoded.Error!];
        var text = decoded.Value!;
        var format = input.ContentType is { } ct && ct.Contains("html", StringComparison.OrdinalIgnoreCase)
            ? InputFormat.Html : Sniffer.OfText(text, input.Name);
        if (format is InputFormat.Rss or InputFormat.Atom)
            return FeedReader.Read(text, input.Name, format, this, _options);
        if (input.Bytes.Length > _options.MaxDocumentBytes)
            return [Errors.TooLarge(input.Name, input.Bytes.Length, _options.MaxDocumentBytes)];
        var seed = new Article { Id = id, Text = "", InputName = input.Name, Language = _options.DefaultLanguage };
        var article = format == InputFormat.Html
            ? HtmlReader.Read(text, seed, _options)
            : PlainTextReader.Read(text, seed);
        return [Check(article, input.Name)];
    }

    internal static Result<Article> Check(Article article, string name) =>
        string.IsNullOrWhiteSpace(article.Text) ? Errors.NoText(name) : Result<Article>.Ok(article);

    /// <summary>Decompresses all gzip members up to <paramref name="limit"/>; a truncated stream keeps what was read and reports E007.</summary>
    private static (byte[] Bytes, SitrepError? Error) Gunzip(byte[] gz, string name, long limit)
    {
        using var output = new MemoryStream();
        SitrepError? error = null;
        try
        {
            using var z = new GZipStream(new MemoryStream(gz), CompressionMode.Decompress);
            var buf = new byte[81920];
            int n;
            while ((n = z.Read(buf, 0, buf.Length)) > 0)
            {
                if (output.Length + n > limit) { error = Errors.TooLarge(name, output.Length + n, limit); break; }
                output.Write(buf, 0, n);
            }
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or IOException)
        {
            error = Errors.Malformed(name, $"the gzip stream is damaged or truncated after {output.Length:N0} bytes ({e.Message}); what came before was read");
        }
        return (output.ToArray(), error);
    }
}
