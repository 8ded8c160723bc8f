namespace Sitrep.Extraction;

/// <summary>
/// Limits and thresholds of extraction, in one place (trafilatura keeps its tunables in settings.cfg;
/// here they are named properties so a caller or a test can change one without touching the rules).
/// </summary>
public sealed record ExtractionOptions
{
    /// <summary>A single HTML or text document larger than this is refused with E006 (bounded memory and time).</summary>
    public long MaxDocumentBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>A feed or WARC (after decompression) larger than this is read up to the limit, then E006.</summary>
    public long MaxArchiveBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>At most this many items are read from one feed or WARC.</summary>
    public int MaxItems { get; init; } = 100_000;

    /// <summary>Elements deeper than this are flattened into their ancestor (defence against nesting bombs).</summary>
    public int MaxDepth { get; init; } = 256;

    /// <summary>Body text shorter than this after the main-content pass triggers the recall fallbacks (trafilatura: MIN_EXTRACTED_SIZE).</summary>
    public int MinExtractedSize { get; init; } = 250;

    /// <summary>When set, the language written on the article when the page declares none.</summary>
    public string DefaultLanguage { get; init; } = "en";
}
