using Sitrep.Core;

namespace Sitrep.Entities;

/// <summary>Span look-ups over a document's entity layer, for the stages that attach text to actors.</summary>
public static class EntityIndex
{
    /// <summary>
    /// The mention that best covers <paramref name="span"/>: the one overlapping it most, preferring names over
    /// pronouns and the shortest mention among equals (so "Baghdad" inside "US Embassy in Baghdad" is found
    /// when asked for exactly). Null when nothing overlaps.
    /// </summary>
    public static EntityMention? MentionAt(Document document, TextSpan span)
    {
        EntityMention? best = null;
        (int Overlap, int Exact, int Negative) bestScore = default;
        foreach (var m in document.Mentions)
        {
            if (m.Span.Start >= span.End) break;
            int overlap = m.Span.OverlapLength(span);
            if (overlap == 0 && !(span.IsEmpty && m.Span.Contains(span.Start))) continue;
            var score = (overlap, m.Span == span ? 1 : 0, -Math.Abs(m.Span.Length - span.Length));
            if (best is null || score.CompareTo(bestScore) > 0) { best = m; bestScore = score; }
        }
        return best;
    }

    /// <summary>The entity of the mention at <paramref name="span"/>, or null.</summary>
    public static Entity? EntityAt(Document document, TextSpan span) => document.EntityById(MentionAt(document, span)?.EntityId);

    /// <summary>All mentions inside <paramref name="span"/> (a clause, a quote), in text order.</summary>
    public static IEnumerable<EntityMention> MentionsIn(Document document, TextSpan span) =>
        document.Mentions.Where(m => span.Contains(m.Span));

    /// <summary>The CAMEO code to use for a mention: the metonymic code when the mention is a metonym, else the entity's.</summary>
    public static string? CodeOf(Document document, EntityMention mention)
    {
        var e = document.EntityById(mention.EntityId);
        if (e is null) return null;
        return mention.Kind == MentionKind.Metonym && e.MetonymyCode is not null ? e.MetonymyCode : e.Cameo;
    }
}
