using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Sitrep.Core;

namespace Sitrep.Story;

/// <summary>
/// Phone numbers, e-mail addresses and web addresses in an advisory, each with a short note saying what it is
/// for ("contact the Department of State", "toll-free in the U.S.") taken from the words before it.
/// </summary>
internal static partial class ContactFinder
{
    // +1-202-501-4444, 1-888-407-4747, +44 (0)20 7008 5000, (202) 501-4444, 020.7008.5000
    [GeneratedRegex(@"(?<![\w+\-])(?:\+\d{1,3}[\s.\-]?)?(?:\(\d{1,4}\)[\s.\-]?)?\d{1,4}(?:[\s.\-]\d{2,4}){1,5}(?![\w\-])")]
    private static partial Regex PhoneRegex();

    [GeneratedRegex(@"(?<![\w.+\-])[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")]
    private static partial Regex EmailRegex();

    // Schemes, www. hosts, and bare lower-case hosts under a common suffix (travel.state.gov, gov.uk/foreign-travel-advice).
    [GeneratedRegex(@"(?:https?://|www\.)[^\s<>""\u201C\u201D)\]]+|(?<![\w@.\-])(?:[a-z0-9\-]+\.)+(?:gov|org|com|net|int|edu|mil|uk|ca|au|de|fr|ru|ir|iq)(?:/[^\s<>""\u201C\u201D)\]]*)?(?![\w@])")]
    private static partial Regex UrlRegex();

    [GeneratedRegex(@"\b(?:phone|telephone|tel|call|calling|contact|hotline|number|toll-free|fax|whatsapp|sms)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PhoneCueRegex();

    /// <summary>Contacts in [from, to) of the text, in text order, each with its note.</summary>
    public static ImmutableArray<Contact> Find(StoryContext ctx, int from, int to)
    {
        var text = ctx.Text;
        var found = new List<(int Start, int End, string Kind, string Value)>();
        var window = text[from..to];

        foreach (Match m in EmailRegex().Matches(window))
            found.Add((from + m.Index, from + m.Index + m.Length, "email", m.Value));

        foreach (Match m in UrlRegex().Matches(window))
        {
            int s = from + m.Index, e = s + m.Length;
            while (e > s && ".,;:!?'\u2019".Contains(text[e - 1])) e--;
            if (found.Any(f => f.Start < e && s < f.End)) continue;  // the host part of an e-mail address
            found.Add((s, e, "url", text[s..e]));
        }

        foreach (Match m in PhoneRegex().Matches(window))
        {
            int s = from + m.Index, e = s + m.Length;
            if (found.Any(f => f.Start < e && s < f.End)) continue;
            if (IsPhone(text, s, m.Value)) found.Add((s, e, "phone", m.Value));
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        var contacts = ImmutableArray.CreateBuilder<Contact>();
        int previousEnd = -1;
        foreach (var (s, e, kind, value) in found)
        {
            contacts.Add(new Contact(kind, value, NoteFor(ctx, s, previousEnd), new TextSpan(s, e)));
            previousEnd = e;
        }
        return contacts.ToImmutable();
    }

    /// <summary>A run of digits is a phone number when it has 7–15 digits and is not a date, a year list or a figure.</summary>
    private static bool IsPhone(string text, int start, string value)
    {
        int digits = value.Count(char.IsAsciiDigit);
        if (digits < 7 || digits > 15) return false;
        if (Regex.IsMatch(value, @"^\d{4}[\-./]\d{1,2}[\-./]\d{1,2}$") || Regex.IsMatch(value, @"^\d{1,2}[\-./]\d{1,2}[\-./]\d{2,4}$")) return false;
        bool marked = value.StartsWith('+') || value.StartsWith('(') || value.Contains('-') || value.Contains('.');
        if (marked && !value.Contains(' ')) return true;
        // Space-separated groups are also how numbers and year ranges are written: ask for a phone word nearby.
        int back = Math.Max(0, start - 60);
        return PhoneCueRegex().IsMatch(text, back) && PhoneCueRegex().Match(text, back).Index < start;
    }

    /// <summary>
    /// The words before a contact that say what it is for: back to the previous contact or the start of the
    /// clause, after any modal ("… should contact the Department of State at") and without the linking "at/on/or".
    /// </summary>
    private static string? NoteFor(StoryContext ctx, int start, int previousEnd)
    {
        var text = ctx.Text;
        var sentence = ctx.Document.SentenceAt(start);
        int floor = sentence?.Span.Start ?? Math.Max(0, start - 160);
        if (previousEnd > floor) floor = previousEnd;
        for (int i = start - 1; i > floor; i--)
        {
            if (text[i] is ';' or ':' or '\n' or '\u201C' or '"') { floor = i + 1; break; }
        }
        var folded = ctx.Folded;
        foreach (var modal in ctx.Lexicon.AdvisoryCues("modal"))
        {
            foreach (var (_, e) in TextMatch.FindAll(folded, modal, floor, start))
                floor = Math.Max(floor, e);
        }
        var note = TextMatch.Squeeze(text[floor..start]).Trim(' ', ',', '(', ')', '.');
        foreach (var lead in new[] { "or ", "and ", "or by ", "by " })
            if (note.StartsWith(lead, StringComparison.OrdinalIgnoreCase)) note = note[lead.Length..];
        foreach (var tail in new[] { " at", " on", " via", " by calling", " by phone", " by email", " by e-mail", " to", " from" })
            if (note.EndsWith(tail, StringComparison.OrdinalIgnoreCase)) note = note[..^tail.Length];
        note = note.Trim(' ', ',', ':');
        return note.Length == 0 ? null : note;
    }
}
