namespace Sitrep.Core;

/// <summary>
/// A half-open range <c>[Start, End)</c> of UTF-16 code units in a document's text.
/// Every annotation in Sitrep points back to its source through one of these.
/// </summary>
public readonly record struct TextSpan : IComparable<TextSpan>
{
    public TextSpan(int start, int end)
    {
        if (start < 0 || end < start)
            throw new ArgumentOutOfRangeException(nameof(start), $"Invalid span [{start}, {end}).");
        Start = start;
        End = end;
    }

    public int Start { get; }
    public int End { get; }
    public int Length => End - Start;
    public bool IsEmpty => End == Start;

    public static TextSpan FromLength(int start, int length) => new(start, start + length);

    public bool Contains(int position) => position >= Start && position < End;
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;
    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    /// <summary>Number of code units both spans cover.</summary>
    public int OverlapLength(TextSpan other) => Math.Max(0, Math.Min(End, other.End) - Math.Max(Start, other.Start));

    /// <summary>The smallest span that covers both.</summary>
    public TextSpan Cover(TextSpan other) => new(Math.Min(Start, other.Start), Math.Max(End, other.End));

    /// <summary>The characters this span covers in <paramref name="text"/>.</summary>
    public string Of(string text) => text.Substring(Start, Length);

    public int CompareTo(TextSpan other) => Start != other.Start ? Start.CompareTo(other.Start) : End.CompareTo(other.End);

    public override string ToString() => $"[{Start}..{End})";
}
