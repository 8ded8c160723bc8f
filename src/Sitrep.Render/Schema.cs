using Sitrep.Core;

namespace Sitrep.Render;

/// <summary>The wire names of the explainer format's enumerations (see shared/docs/explainer-schema.md).</summary>
public static class Schema
{
    public const string Version = "sitrep.explainer/1";

    public static string Name(EntityType type) => type switch
    {
        EntityType.Person => "PERSON",
        EntityType.Org => "ORG",
        EntityType.Gpe => "GPE",
        EntityType.Loc => "LOC",
        EntityType.Fac => "FAC",
        EntityType.Norp => "NORP",
        EntityType.Event => "EVENT",
        _ => "MISC",
    };

    public static string Name(MentionKind kind) => kind switch
    {
        MentionKind.Name => "name",
        MentionKind.Alias => "alias",
        MentionKind.Pronoun => "pronoun",
        MentionKind.Description => "description",
        _ => "metonym",
    };

    public static string Name(QuoteKind kind) => kind switch
    {
        QuoteKind.Direct => "direct",
        QuoteKind.Indirect => "indirect",
        _ => "mixed",
    };

    public static string Name(Modality modality) => modality.ToString().ToLowerInvariant();
}
