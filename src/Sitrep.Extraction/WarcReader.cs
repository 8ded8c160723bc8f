using System.IO.Compression;
using System.Text;
using Sitrep.Core;

namespace Sitrep.Extraction;

/// <summary>
/// WARC 1.0/1.1 (ISO 28500) reader: each response or resource record with an HTML or text payload becomes one
/// article named by its WARC-Target-URI. Written here because no maintained .NET WARC package exists; it reads
/// only what extraction needs (record headers, HTTP status and headers, chunked and gzip transfer codings).
/// A truncated archive yields the complete records and one E007 error.
/// </summary>
internal static class WarcReader
{
    public static List<Result<Article>> Read(byte[] data, string name, ArticleExtractor extractor, ExtractionOptions options)
    {
        var results = new List<Result<Article>>();
        int pos = 0, count = 0;
        while (pos < data.Length)
        {
            while (pos < data.Length && data[pos] is (byte)'\r' or (byte)'\n') pos++;
            if (pos >= data.Length) break;
            if (!data.AsSpan(pos).StartsWith("WARC/"u8))
            {
                results.Add(Errors.Malformed(name, $"no WARC record starts at byte {pos:N0}; {count} record(s) read before it"));
                break;
            }
            int headerEnd = IndexOf(data, "\r\n\r\n"u8, pos, 64 * 1024);
            if (headerEnd < 0) { results.Add(Errors.Malformed(name, $"WARC record header at byte {pos:N0} is truncated; {count} record(s) read before it")); break; }
            var headers = ParseHeaders(Encoding.UTF8.GetString(data, pos, headerEnd - pos));
            int blockStart = headerEnd + 4;
            if (!long.TryParse(headers.GetValueOrDefault("content-length"), out var length) || length < 0)
            { results.Add(Errors.Malformed(name, $"WARC record at byte {pos:N0} has no valid Content-Length")); break; }
            bool truncated = blockStart + length > data.Length;
            int blockLen = (int)Math.Min(length, data.Length - blockStart);
            count++;
            if (count > options.MaxItems) { results.Add(Errors.TooLarge(name, count, options.MaxItems) with { Message = $"the archive has more than {options.MaxItems:N0} records; the rest were skipped" }); break; }
            var type = headers.GetValueOrDefault("warc-type");
            var uri = headers.GetValueOrDefault("warc-target-uri")?.Trim('<', '>');
            var recordName = uri ?? $"{name}#record-{count}";
            if (truncated)
            {
                results.Add(Errors.Malformed(name, $"the last WARC record ({recordName}) is truncated: {blockLen:N0} of {length:N0} bytes; {count - 1} complete record(s) read"));
                break;
            }
            if (type is "response" or "resource" or "conversion")
            {
                var block = data.AsSpan(blockStart, blockLen);
                var r = ReadPayload(block, type, headers.GetValueOrDefault("content-type"), recordName, uri, extractor, options);
                if (r is not null) results.AddRange(r);
            }
            pos = blockStart + blockLen;
        }
        if (results.Count == 0) results.Add(Errors.NoText(name) with { Message = "the WARC holds no HTML or text response records" });
        return results;
    }

    private static List<Result<Article>>? ReadPayload(ReadOnlySpan<byte> block, string type, string? recordType, string recordName, string? uri,
        ArticleExtractor extractor, ExtractionOptions options)
    {
        string? contentType = null;
        byte[] payload;
        if (type == "response" && recordType is not null && recordType.Contains("application/http", StringComparison.OrdinalIgnoreCase))
        {
            int end = IndexOf(block, "\r\n\r\n"u8, 0, 64 * 1024);
            if (end < 0) return [Errors.Malformed(recordName, "the HTTP header of the WARC response is incomplete")];
            var lines = Encoding.Latin1.GetString(block[..end]).Split("\r\n");
            var status = lines[0].Split(' ');
            if (status.Length < 2 || !status[1].StartsWith('2')) return null; // redirects and errors are not articles
            var h = ParseHeaders(string.Join("\r\n", lines.Skip(1)));
            contentType = h.GetValueOrDefault("content-type");
            payload = block[(end + 4)..].ToArray();
            if (h.GetValueOrDefault("transfer-encoding")?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true) payload = Dechunk(payload);
            var enc = h.GetValueOrDefault("content-encoding");
            if (enc is not null && (enc.Contains("gzip", StringComparison.OrdinalIgnoreCase) || enc.Contains("deflate", StringComparison.OrdinalIgnoreCase)))
                payload = Inflate(payload, enc.Contains("gzip", StringComparison.OrdinalIgnoreCase), options.MaxDocumentBytes);
        }
        else
        {
            contentType = recordType;
            payload = block.ToArray();
        }
        if (contentType is not null && !(contentType.Contains("html", StringComparison.OrdinalIgnoreCase) || contentType.Contains("text/plain", StringComparison.OrdinalIgnoreCase)))
            return null;
        var raw = new RawInput(recordName, payload) { ContentType = contentType };
        var results = extractor.ExtractDocument(raw, raw.Sha256(), options.MaxDocumentBytes);
        return [.. results.Select(r => r.IsSuccess ? Result<Article>.Ok(r.Value! with { Format = "warc", Url = r.Value!.Url ?? uri }) : r)];
    }

    private static Dictionary<string, string> ParseHeaders(string text)
    {
        var d = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in text.Split("\r\n"))
        {
            int c = line.IndexOf(':');
            if (c <= 0) continue;
            d.TryAdd(line[..c].Trim().ToLowerInvariant(), line[(c + 1)..].Trim());
        }
        return d;
    }

    private static int IndexOf(ReadOnlySpan<byte> data, ReadOnlySpan<byte> what, int from, int maxScan)
    {
        int len = Math.Min(data.Length - from, maxScan);
        if (len <= 0) return -1;
        int i = data.Slice(from, len).IndexOf(what);
        return i < 0 ? -1 : from + i;
    }

    private static byte[] Dechunk(byte[] data)
    {
        using var o = new MemoryStream();
        int pos = 0;
        while (pos < data.Length)
        {
            int eol = IndexOf(data, "\r\n"u8, pos, 64);
            if (eol < 0) break;
            var hex = Encoding.ASCII.GetString(data, pos, eol - pos).Split(';')[0].Trim();
            if (!int.TryParse(hex, System.Globalization.NumberStyles.HexNumber, null, out var size) || size <= 0) break;
            int start = eol + 2;
            size = Math.Min(size, data.Length - start);
            o.Write(data, start, size);
            pos = start + size + 2;
        }
        return o.ToArray();
    }

    private static byte[] Inflate(byte[] data, bool gzip, long limit)
    {
        using var o = new MemoryStream();
        try
        {
            using Stream z = gzip ? new GZipStream(new MemoryStream(data), CompressionMode.Decompress) : new ZLibStream(new MemoryStream(data), CompressionMode.Decompress);
            var buf = new byte[81920];
            int n;
            while ((n = z.Read(buf, 0, buf.Length)) > 0 && o.Length < limit) o.Write(buf, 0, n);
        }
        catch (InvalidDataException) { /* keep what inflated */ }
        return o.ToArray();
    }
}
