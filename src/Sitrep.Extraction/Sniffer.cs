namespace Sitrep.Extraction;

/// <summary>The kinds of input the extractor reads.</summary>
internal enum InputFormat { Text, Html, Rss, Atom, Warc, Gzip, Binary }

/// <summary>Guesses the format from the first bytes, then from the name (bytes win: a file name can lie).</summary>
internal static class Sniffer
{
    public static bool IsGzip(ReadOnlySpan<byte> b) => b.Length >= 2 && b[0] == 0x1f && b[1] == 0x8b;

    public static bool IsWarc(ReadOnlySpan<byte> b) => b.StartsWith("WARC/"u8);

    /// <summary>Magic numbers of common binary formats that are never an article.</summary>
    private static readonly byte[][] BinaryMagic =
    [
        [0x89, (byte)'P', (byte)'N', (byte)'G'], "GIF8"u8.ToArray(), [0xFF, 0xD8, 0xFF], "%PDF"u8.ToArray(),
        [(byte)'P', (byte)'K', 3, 4], [0x7F, (byte)'E', (byte)'L', (byte)'F'], "MZ"u8.ToArray(), "RIFF"u8.ToArray(),
        [0x28, 0xB5, 0x2F, 0xFD], "BZh"u8.ToArray(), [0xFD, (byte)'7', (byte)'z', (byte)'X', (byte)'Z'], "OggS"u8.ToArray(),
        [0x00, 0x00, 0x01, 0x00], "wOFF"u8.ToArray(), "wOF2"u8.ToArray(),
    ];

    /// <summary>
    /// True when the bytes are not text in any encoding we read: a known magic number, or NUL and control bytes
    /// that no text encoding without a BOM produces (UTF-16 without BOM shows as alternating NULs and is let through).
    /// </summary>
    public static bool LooksBinary(ReadOnlySpan<byte> b)
    {
        if (Decoding.BomEncoding(b) is not null) return false;
        foreach (var m in BinaryMagic)
            if (b.StartsWith(m)) return true;
        var head = b[..Math.Min(b.Length, 8192)];
        if (head.Length == 0) return false;
        int nul = 0, control = 0, nulEven = 0, nulOdd = 0;
        for (int i = 0; i < head.Length; i++)
        {
            byte c = head[i];
            if (c == 0) { nul++; if ((i & 1) == 0) nulEven++; else nulOdd++; }
            else if (c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B)) control++;
        }
        // UTF-16 text without a BOM: NULs sit almost only on one parity.
        if (nul > head.Length / 4 && (nulEven < nul / 20 || nulOdd < nul / 20)) return control > head.Length / 20;
        return nul > 0 || control > head.Length / 50;
    }

    /// <summary>Classifies decoded text: a feed by its root element, HTML by its tags, otherwise plain text.</summary>
    public static InputFormat OfText(string text, string name)
    {
        var ext = Extension(name);
        var head = text.AsSpan(0, Math.Min(text.Length, 4096)).TrimStart();
        int i = SkipPrologue(head);
        var rest = head[i..];
        if (rest.StartsWith("<rss", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("<rdf:RDF", StringComparison.OrdinalIgnoreCase))
            return InputFormat.Rss;
        if (rest.StartsWith("<feed", StringComparison.OrdinalIgnoreCase)) return InputFormat.Atom;
        if (ext is ".txt" or ".text" or ".md") return InputFormat.Text;
        if (ext is ".html" or ".htm" or ".xhtml" or ".shtml" or ".php" or ".asp" or ".aspx") return InputFormat.Html;
        if (rest.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("<head", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("<body", StringComparison.OrdinalIgnoreCase))
            return InputFormat.Html;
        // A fragment: several block tags in the first kilobytes make it HTML rather than text that mentions a tag.
        int tags = 0;
        foreach (var t in (ReadOnlySpan<string>)["<p>", "<p ", "<div", "<br", "</p>", "<h1", "<h2", "<article", "<span", "<a href", "<meta", "<title"])
            if (head.Contains(t, StringComparison.OrdinalIgnoreCase)) tags++;
        return tags >= 2 ? InputFormat.Html : InputFormat.Text;
    }

    private static int SkipPrologue(ReadOnlySpan<char> s)
    {
        int i = 0;
        while (true)
        {
            while (i < s.Length && char.IsWhiteSpace(s[i])) i++;
            var r = s[i..];
            if (r.StartsWith("<?") ) { int e = r.IndexOf("?>"); if (e < 0) return i; i += e + 2; continue; }
            if (r.StartsWith("<!--")) { int e = r.IndexOf("-->"); if (e < 0) return i; i += e + 3; continue; }
            if (r.StartsWith("<!DOCTYPE rss", StringComparison.OrdinalIgnoreCase)) { int e = r.IndexOf('>'); if (e < 0) return i; i += e + 1; continue; }
            return i;
        }
    }

    public static string Extension(string name)
    {
        var n = name.ToLowerInvariant();
        int q = n.IndexOfAny(['?', '#']);
        if (q >= 0) n = n[..q];
        if (n.EndsWith(".gz", StringComparison.Ordinal)) n = n[..^3];
        return Path.GetExtension(n);
    }
}
