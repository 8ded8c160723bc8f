using System.Text;
using System.Text.RegularExpressions;
using Sitrep.Core;

namespace Sitrep.Extraction;

/// <summary>
/// Bytes to text. Order of evidence, most to least reliable: byte-order mark, the charset the transport
/// declared (HTTP header of a WARC record), the document's own declaration (meta charset, XML prolog),
/// strict UTF-8, then statistical detection (UTF.Unknown). Text none of these can decode is E004.
/// </summary>
internal static partial class Decoding
{
    static Decoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Below this detector confidence we refuse to guess (E004) rather than produce mojibake.</summary>
    private const float MinDetectorConfidence = 0.35f;

    /// <summary>A declared UTF-8 document with more than this share of invalid sequences is not UTF-8.</summary>
    private const double MaxReplacementShare = 0.02;

    public static Encoding? BomEncoding(ReadOnlySpan<byte> b)
    {
        if (b.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return new UTF8Encoding(false);
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0, 0])) return new UTF32Encoding(false, true);
        if (b.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF])) return new UTF32Encoding(true, true);
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return new UnicodeEncoding(false, true);
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return new UnicodeEncoding(true, true);
        return null;
    }

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();

    [GeneratedRegex("""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.\-]+)["']""", RegexOptions.IgnoreCase)]
    private static partial Regex XmlEncoding();

    [GeneratedRegex("""charset\s*=\s*["']?([A-Za-z0-9_:.\-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderCharset();

    public static Result<string> Decode(RawInput input) => Decode(input.Bytes, input.Name, input.ContentType);

    public static Result<string> Decode(byte[] bytes, string name, string? contentType)
    {
        if (bytes.Length == 0) return Errors.Empty(name);
        var span = bytes.AsSpan();
        if (BomEncoding(span) is { } bom)
        {
            // A byte order mark promises an encoding the bytes may not keep ("\xFF\xFE\0\0" before ASCII): invalid
            // sequences are an encoding error of this input (E004), not a failure of the extractor.
            int skip = bom.GetPreamble().Length;
            return TryDecode(bytes[skip..], bom, name);
        }
        if (Sniffer.LooksBinary(span))
        {
            // UTF-16 without a BOM passes LooksBinary; everything else with NULs is binary.
            return Errors.Binary(name);
        }
        if (LooksUtf16(span, out var utf16)) return TryDecode(bytes, utf16, name);

        var declared = Declared(span, contentType);
        if (declared is not null)
        {
            if (declared is UTF8Encoding || declared.CodePage == 65001)
            {
                var r = TryDecode(bytes, declared, name);
                if (r.IsSuccess) return r;
                // Pages often lie about UTF-8; fall through to detection.
            }
            else return Finish(declared.GetString(bytes), name, declared.WebName);
        }
        var utf8 = TryDecode(bytes, new UTF8Encoding(false, true), name);
        if (utf8.IsSuccess) return utf8;
        return Detect(bytes, name);
    }

    private static Result<string> Detect(byte[] bytes, string name)
    {
        var sample = bytes.Length > 1 << 20 ? bytes[..(1 << 20)] : bytes;
        var result = UtfUnknown.CharsetDetector.DetectFromBytes(sample);
        var d = result.Detected;
        if (d?.Encoding is null || d.Confidence < MinDetectorConfidence)
        {
            // Mostly valid UTF-8 with a few broken sequences is still UTF-8 text (truncated multi-byte at a cut).
            var lenient = new UTF8Encoding(false, false).GetString(bytes);
            if (ReplacementShare(lenient) <= MaxReplacementShare) return Finish(lenient, name, "utf-8");
            return Errors.BadEncoding(name, $"not valid UTF-8, no usable charset declared, and detection is unsure ({(d is null ? "no candidate" : $"{d.EncodingName} at {d.Confidence:P0}")}); convert the file to UTF-8");
        }
        return Finish(d.Encoding.GetString(bytes), name, d.Encoding.WebName);
    }

    private static Result<string> TryDecode(byte[] bytes, Encoding enc, string name)
    {
        try { return Finish(Strict(enc).GetString(bytes), name, enc.WebName); }
        catch (DecoderFallbackException)
        {
            var lenient = Lenient(enc).GetString(bytes);
            if (ReplacementShare(lenient) <= MaxReplacementShare / 10) return Finish(lenient, name, enc.WebName);
            return Errors.BadEncoding(name, $"invalid {enc.WebName} byte sequences; convert the file to UTF-8 or declare its charset");
        }
    }

    private static double ReplacementShare(string s)
    {
        if (s.Length == 0) return 0;
        int n = 0;
        foreach (var c in s) if (c == '\uFFFD') n++;
        return (double)n / s.Length;
    }

    private static Encoding Strict(Encoding e) => e switch
    {
        UTF8Encoding => new UTF8Encoding(false, true),
        UnicodeEncoding u => new UnicodeEncoding(u.GetPreamble() is [0xFE, ..], false, true),
        UTF32Encoding u => new UTF32Encoding(u.GetPreamble() is [0, ..], false, true),
        _ => Encoding.GetEncoding(e.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback),
    };

    private static Encoding Lenient(Encoding e) => e switch
    {
        UTF8Encoding => new UTF8Encoding(false, false),
        UnicodeEncoding u => new UnicodeEncoding(u.GetPreamble() is [0xFE, ..], false, false),
        UTF32Encoding u => new UTF32Encoding(u.GetPreamble() is [0, ..], false, false),
        _ => Encoding.GetEncoding(e.CodePage),
    };

    private static bool LooksUtf16(ReadOnlySpan<byte> b, out Encoding enc)
    {
        enc = Encoding.Unicode;
        var head = b[..Math.Min(b.Length, 4096)];
        if (head.Length < 4) return false;
        int even = 0, odd = 0;
        for (int i = 0; i + 1 < head.Length; i += 2) { if (head[i] == 0) even++; if (head[i + 1] == 0) odd++; }
        int pairs = head.Length / 2;
        if (odd > pairs * 0.4 && even < pairs * 0.05) { enc = new UnicodeEncoding(false, false); return true; }
        if (even > pairs * 0.4 && odd < pairs * 0.05) { enc = new UnicodeEncoding(true, false); return true; }
        return false;
    }

    /// <summary>The charset from the transport header, then from the first 4 KB of the document.</summary>
    private static Encoding? Declared(ReadOnlySpan<byte> b, string? contentType)
    {
        if (contentType is not null && HeaderCharset().Match(contentType) is { Success: true } h && Lookup(h.Groups[1].Value) is { } fromHeader)
            return fromHeader;
        var head = Encoding.Latin1.GetString(b[..Math.Min(b.Length, 4096)]);
        if (XmlEncoding().Match(head) is { Success: true } x && Lookup(x.Groups[1].Value) is { } fromXml) return fromXml;
        if (MetaCharset().Match(head) is { Success: true } m && Lookup(m.Groups[1].Value) is { } fromMeta) return fromMeta;
        return null;
    }

    private static Encoding? Lookup(string label)
    {
        label = label.Trim().ToLowerInvariant();
        // WHATWG: these labels mean windows-1252 in browsers, which is what pages labelled so are written in.
        if (label is "iso-8859-1" or "latin1" or "us-ascii" or "ascii" or "iso8859-1") label = "windows-1252";
        if (label is "utf8" or "unicode-1-1-utf-8") label = "utf-8";
        if (label is "utf-16" or "utf-16le" or "utf-16be") return null; // a meta tag read as ASCII cannot be UTF-16
        try { return Encoding.GetEncoding(label); }
        catch (ArgumentException) { return null; }
    }

    private static Result<string> Finish(string text, string name, string _)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        if (string.IsNullOrWhiteSpace(text)) return Errors.Empty(name);
        return Result<string>.Ok(text);
    }
}
