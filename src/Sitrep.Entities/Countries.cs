using Sitrep.Entities.Lexicon;

namespace Sitrep.Entities;

/// <summary>
/// Read-only country look-ups for the later stages (quotes, events, story): ISO 3166-1 alpha-3 from a country
/// name, adjective, demonym or capital ("Iranian" → IRN; "U.S.", "American", "Washington" → USA).
/// </summary>
public static class Countries
{
    /// <summary>ISO-3 code of the country <paramref name="text"/> names or describes, or null.</summary>
    public static string? Iso3(string text)
    {
        var lex = Lexicons.Shared;
        var key = Lexicons.Key(text.Trim().TrimEnd('\'', '\u2019').Replace("\u2019s", "").Replace("'s", ""));
        if (key.Length == 0) return null;
        if (lex.DemonymCountry(key) is { } iso) return iso;
        if (key.Length == 3 && lex.Countries.ContainsKey(key.ToUpperInvariant())) return key.ToUpperInvariant();
        if (!lex.Names.TryGetValue(key, out var entries)) return null;
        var country = entries.FirstOrDefault(e => e.Kind == LexKind.Country);
        if (country is not null) return country.Country;
        // A capital stands for its country ("Washington", "Tehran"); other cities do not.
        return entries.Where(e => e.Kind == LexKind.City).OrderByDescending(e => e.Population).FirstOrDefault() is { IsCapital: true } cap ? cap.Country : null;
    }

    /// <summary>The common English name of an ISO-3 country ("IRN" → "Iran"), or null.</summary>
    public static string? Name(string iso3) =>
        Lexicons.Shared.Countries.TryGetValue(iso3.ToUpperInvariant(), out var c) ? (c.Iso3 == "USA" ? "United States" : c.Name) : null;

    /// <summary>ISO-3 from ISO-2 ("IQ" → "IRQ"), or null.</summary>
    public static string? FromIso2(string iso2) =>
        Lexicons.Shared.Countries.Values.FirstOrDefault(c => string.Equals(c.Iso2, iso2, StringComparison.OrdinalIgnoreCase))?.Iso3;

    /// <summary>True when <paramref name="code"/> is a known ISO-3 country code.</summary>
    public static bool IsIso3(string code) => Lexicons.Shared.Countries.ContainsKey(code.ToUpperInvariant());
}

/// <summary>CAMEO actor codes for text the entity layer did not cover ("Iranian officials" → IRN + GOV).</summary>
public static class ActorCodes
{
    /// <summary>The sector code (GOV, MIL, MED…) of a role or agent noun from the PETRARCH agents dictionary, or null.</summary>
    public static string? Sector(string roleOrAgent)
    {
        var lex = Lexicons.Shared;
        var key = Lexicons.Key(roleOrAgent);
        if (lex.Titles.TryGetValue(key, out var t) && t.Sector is not null) return t.Sector;
        if (lex.Agents.TryGetValue(key, out var s)) return s;
        // Plurals: the agents file lists singulars ("officials" → "official").
        if (key.EndsWith('s') && lex.Agents.TryGetValue(key[..^1], out s)) return s;
        return null;
    }

    /// <summary>Country + sector code for a phrase like "Iranian military officials" or "US diplomats", or null.</summary>
    public static string? ForPhrase(string phrase)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string? country = null, sector = null;
        for (int i = 0; i < words.Length; i++)
        {
            country ??= Countries.Iso3(words[i]);
            for (int len = words.Length - i; len > 0 && sector is null; len--)
                sector = Sector(string.Join(' ', words, i, len));
        }
        return country is null ? null : country + (sector is { Length: >= 3 } ? sector[..3] : "");
    }
}
