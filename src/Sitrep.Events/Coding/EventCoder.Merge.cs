using System.Collections.Immutable;
using Sitrep.Core;
using Sitrep.Events.Dictionaries;

namespace Sitrep.Events.Coding;

/// <summary>
/// Within-document deduplication: the same act told twice (a verb and the noun that names it, or two mentions of one
/// strike) becomes one event with its mentions counted (GDELT's NumMentions); two acts of violence stay two.
/// </summary>
internal sealed partial class EventCoder
{
    /// <summary>
    /// The same event told twice (a strike and the killing it caused, "promising revenge" after "revenge awaits")
    /// becomes one event with the other places in OtherMentions: same root family, compatible source and target
    /// (same country part or unknown) and at least one participant in common.
    /// </summary>
    private static List<Candidate> Merge(List<Candidate> all, Document doc)
    {
        var kept = new List<Candidate>();
        foreach (var c in all.OrderBy(c => c.Trigger))
        {
            var same = kept.FirstOrDefault(k => SameEvent(k, c) && !TwoActsOfViolence(doc, k, c) || NamedByObject(doc, k, c));
            if (same is null) { kept.Add(c); continue; }
            if (same.Sentence == c.Sentence && c.Nominal == false && same.Nominal)
            {
                // The verb of the same sentence states the event; the noun was its subject ("a drone strike … killed").
                var code = More(same.Code, c.Code);
                kept.Remove(same);
                c.Code = code;
                c.Source ??= same.Source;
                c.Target ??= same.Target;
                c.Location ??= same.Location;
                c.Date ??= same.Date;
                kept.Add(c);
                continue;
            }
            if (same.Sentence != c.Sentence && !same.OtherMentions.Contains(c.Sentence.Span)) same.OtherMentions.Add(c.Sentence.Span);
            same.Code = More(same.Code, c.Code);
            same.Source ??= c.Source;
            same.Target ??= c.Target;
            same.Location ??= c.Location;
            same.Date ??= c.Date;
        }
        return kept;
    }

    /// <summary>
    /// "staged a hunger strike": the verb (coded 140 by its block) and its object noun (142) are one act of the same kind;
    /// the verb's parties and the more specific code stand.
    /// </summary>
    private static bool NamedByObject(Document doc, Candidate verb, Candidate noun) =>
        !verb.Nominal && noun.Nominal && verb.Sentence == noun.Sentence && verb.Code[..2] == noun.Code[..2]
        && doc.Tokens[noun.TriggerEnd - 1] is { DepRel: "obj" } head && head.Head == verb.Trigger;

    private static string More(string a, string b) =>
        a.Length >= 2 && b.Length >= 2 && a[..2] == b[..2] ? (b.Length > a.Length || b.Length == a.Length && a.EndsWith('0') && !b.EndsWith('0') ? b : a) : a;

    private static bool SameEvent(Candidate a, Candidate b)
    {
        if (Family(a.Code) != Family(b.Code)) return false;
        // Verbal acts merge only when coded alike (an allegation and a designation are two events).
        if (Family(a.Code) != "VIOLENCE" && a.Code != b.Code) return false;
        string? sa = Side(a.Source?.Code), sb = Side(b.Source?.Code), ta = Side(a.Target?.Code), tb = Side(b.Target?.Code);
        if (sa is not null && sb is not null && sa != sb) return false;
        if (ta is not null && tb is not null && ta != tb) return false;
        // Two named actors doing the same kind of thing are two events ("A condemned …", "B condemned …").
        if (a.Source?.EntityId is { } ea && b.Source?.EntityId is { } eb && ea != eb) return false;
        // A ramming "last year" and a shelling "on Monday" are two events, however alike their sides.
        if (!DatesAgree(a.Date?.Value, b.Date?.Value)) return false;
        bool shared = sa is not null && sa == sb || ta is not null && ta == tb;
        if (!shared && a.Sentence == b.Sentence && (sa ?? ta) is not null && (sb ?? tb) is null) shared = true;
        return shared;
    }

    /// <summary>Verbs that tell the harm an act did rather than the act ("Israeli aircraft had killed three soldiers").</summary>
    private static readonly FrozenSet OutcomeLemmas = new("kill", "wound", "injure", "maim", "hurt", "die");

    /// <summary>
    /// Two sentences telling violence between the same sides are one event told twice only when they tell it alike:
    /// GDELT folds the mentions of one event into its NumMentions when actors, code and place agree. So two different
    /// acts ("bombed a base …", "… ambushed a patrol") or acts at two places are two events; the harm an act did
    /// ("struck a base …", "… had killed three soldiers") and a generic noun for it ("the attack", 190) tell the same act.
    /// </summary>
    private static bool TwoActsOfViolence(Document doc, Candidate a, Candidate b)
    {
        if (a.Sentence == b.Sentence || Family(a.Code) != "VIOLENCE" || Family(b.Code) != "VIOLENCE") return false;
        if (PlacesDiffer(doc, a.Location, b.Location)) return true;
        bool alike = a.Code == b.Code || IsGenericNoun(a) || IsGenericNoun(b) || IsOutcome(doc, a) || IsOutcome(doc, b);
        return !alike;
    }

    /// <summary>"the attack", "the fighting": a noun coded only by its root refers back to an act rather than telling a new one.</summary>
    private static bool IsGenericNoun(Candidate c) => c.Nominal && c.Code.Length == 3 && c.Code[2] == '0';

    private static bool IsOutcome(Document doc, Candidate c)
    {
        var t = doc.Tokens[c.Trigger];
        var lemma = t.Lemma?.ToLowerInvariant() ?? t.Text.ToLowerInvariant();
        return OutcomeLemmas.Contains(lemma) || OutcomeLemmas.Contains(Stem(lemma));
    }

    /// <summary>"killed", "wounds", "injuring" → their verb, for unparsed text that has no lemmas.</summary>
    private static string Stem(string w) =>
        w.EndsWith("ed", StringComparison.Ordinal) && w.Length > 4 ? (w[..^2].EndsWith('r') || w[..^2].EndsWith('s') ? w[..^1] : w[..^2])
        : w.EndsWith("ing", StringComparison.Ordinal) && w.Length > 5 ? w[..^3]
        : w.EndsWith('s') ? w[..^1] : w;

    /// <summary>
    /// Two places in different countries, or two places below country level more than 30 km apart ("near Homs",
    /// "in Deraa"); a country and a town in it ("in Syria", "near Homs") can be the same place.
    /// </summary>
    private static bool PlacesDiffer(Document doc, EventLocation? a, EventLocation? b)
    {
        if (a is null || b is null || a.EntityId is not null && a.EntityId == b.EntityId) return false;
        if (a.CountryCode is { } ca && b.CountryCode is { } cb && ca != cb) return true;
        if (a.Lat is not { } la || a.Lon is not { } oa || b.Lat is not { } lb || b.Lon is not { } ob) return false;
        return IsBelowCountry(doc, a) && IsBelowCountry(doc, b) && KilometresBetween(la, oa, lb, ob) > 30;
    }

    /// <summary>A place that is not a country itself: its entity carries no country actor code of its own.</summary>
    private static bool IsBelowCountry(Document doc, EventLocation l) =>
        l.EntityId is not null && doc.EntityById(l.EntityId) is { } e && e.Cameo is not { Length: 3 };

    private static double KilometresBetween(double lat1, double lon1, double lat2, double lon2)
    {
        const double r = 6371, rad = Math.PI / 180;
        double dLat = (lat2 - lat1) * rad, dLon = (lon2 - lon1) * rad;
        double h = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) + Math.Cos(lat1 * rad) * Math.Cos(lat2 * rad) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * r * Math.Asin(Math.Sqrt(h));
    }

    /// <summary>Whether two resolved dates can name the same time: one unknown, a week, or one a prefix of the other (2024, 2024-08-19).</summary>
    internal static bool DatesAgree(string? a, string? b) =>
        a is null || b is null || a.Contains('W') || b.Contains('W')
        || a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal);

    private static string Family(string code) => code[..2] is "18" or "19" or "20" ? "VIOLENCE" : code[..2];
}
