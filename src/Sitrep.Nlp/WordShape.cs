namespace Sitrep.Nlp;

/// <summary>Word shapes, the orthographic feature every tagger here reads: "Baghdad" → "Xxx", "U.S." → "X.X.", "1,000" → "d,dd".</summary>
public static class WordShape
{
    /// <summary>
    /// Capitals become X, lower-case letters x, digits d, anything else stays; runs of one class are cut to
    /// <paramref name="maxRun"/> characters and the shape to <paramref name="maxLength"/>.
    /// </summary>
    public static string Of(string word, int maxRun, int maxLength)
    {
        Span<char> shape = maxLength <= 64 ? stackalloc char[maxLength] : new char[maxLength];
        int length = 0, run = 0;
        char last = '\0';
        foreach (char ch in word)
        {
            char c = char.IsUpper(ch) ? 'X' : char.IsLower(ch) ? 'x' : char.IsDigit(ch) ? 'd' : ch;
            if (c == last) { if (++run > maxRun) continue; }
            else { last = c; run = 1; }
            shape[length++] = c;
            if (length >= maxLength) break;
        }
        return new string(shape[..length]);
    }
}
