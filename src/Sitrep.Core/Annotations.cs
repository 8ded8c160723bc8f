using System.Collections.Immutable;

namespace Sitrep.Core;

/// <summary>Anything that points into the document text and says which component made it.</summary>
public interface IAnnotation
{
    TextSpan Span { get; }

    /// <summary>The <c>name@version</c> of the component that produced the annotation.</summary>
    string Producer { get; }
}

/// <summary>
/// A token with its offsets; tagger, lemmatizer and parser fill the optional fields by returning
/// new tokens (<c>token with { Upos = "NOUN" }</c>), never by mutation.
/// </summary>
public sealed record Token(TextSpan Span, string Text, int Index, string Producer) : IAnnotation
{
    public string? Upos { get; init; }
    public string? Xpos { get; init; }
    public string? Lemma { get; init; }

    /// <summary>Document-level index of the syntactic head, or -1 for the root of a sentence or when unparsed.</summary>
    public int Head { get; init; } = -1;

    /// <summary>Universal Dependencies relation to the head (<c>nsubj</c>, <c>obj</c>, <c>root</c>…).</summary>
    public string? DepRel { get; init; }

    /// <summary>True when whitespace follows the token in the text.</summary>
    public bool SpaceAfter { get; init; } = true;
}

/// <summary>A sentence: its span and the range of document-level token indices it holds.</summary>
public sealed record Sentence(TextSpan Span, int FirstToken, int TokenCount, string Producer) : IAnnotation
{
    public int EndToken => FirstToken + TokenCount;
    public Range Tokens => FirstToken..EndToken;
}

/// <summary>A date or time expression, resolved against the publication date where possible.</summary>
/// <param name="Value">ISO 8601, possibly partial (<c>2019-04</c>, <c>2020-01-03</c>), or null when unresolvable.</param>
/// <param name="Kind">absolute | relative | duration | set.</param>
public sealed record TimeExpression(TextSpan Span, string Text, string? Value, string Kind, string Producer) : IAnnotation;

/// <summary>Entity types of the explainer format.</summary>
public enum EntityType { Person, Org, Gpe, Loc, Fac, Norp, Event, Misc }

/// <summary>How a mention refers to its entity.</summary>
public enum MentionKind { Name, Alias, Pronoun, Description, Metonym }

/// <summary>One mention of an entity in the text.</summary>
public sealed record EntityMention(TextSpan Span, string Text, EntityType Type, MentionKind Kind, string Producer) : IAnnotation
{
    /// <summary>The entity this mention was resolved to, once coreference has run.</summary>
    public string? EntityId { get; init; }
    public double Confidence { get; init; } = 1.0;
}

/// <summary>A role or title held by an entity, as the text states it ("Foreign Minister" of Iran).</summary>
public sealed record EntityRole(string Role, string? OfEntityId, string Text, TextSpan Span);

/// <summary>Coordinates and gazetteer identity of a place.</summary>
public sealed record GeoPoint(double Lat, double Lon, string? FeatureId, string? CountryCode, string? Adm1);

/// <summary>A resolved entity: all its mentions plus what is known about it.</summary>
public sealed record Entity(string Id, string Name, EntityType Type, string Producer)
{
    /// <summary>ISO 3166-1 alpha-3 code of the country the entity belongs to or is in.</summary>
    public string? Country { get; init; }

    /// <summary>CAMEO actor code (USAGOV, IRNMIL, RUS…).</summary>
    public string? Cameo { get; init; }

    /// <summary>When the entity is used metonymically ("Tehran" for the government), the actor it stands for.</summary>
    public string? MetonymyCode { get; init; }

    public ImmutableArray<string> Titles { get; init; } = [];
    public ImmutableArray<EntityRole> Roles { get; init; } = [];
    public GeoPoint? Geo { get; init; }
    public ImmutableArray<EntityMention> Mentions { get; init; } = [];
    public ImmutableArray<string> Aliases { get; init; } = [];
}

public enum QuoteKind { Direct, Indirect, Mixed }

/// <summary>Attributed speech: what was said, by whom, with which cue and through which channel.</summary>
public sealed record Quote(string Id, QuoteKind Kind, TextSpan Span, string Text, string Producer) : IAnnotation
{
    /// <summary>The spans of the reported content; more than one when a quote is interrupted or runs over paragraphs.</summary>
    public ImmutableArray<TextSpan> ContentSpans { get; init; } = [];
    public string? SpeakerEntityId { get; init; }
    public string? SpeakerText { get; init; }
    public TextSpan? SpeakerSpan { get; init; }

    /// <summary>Lemma of the cue verb or noun (say, add, warn, statement).</summary>
    public string? Cue { get; init; }
    public TextSpan? CueSpan { get; init; }

    /// <summary>Twitter, statement, interview, alert, press conference, …</summary>
    public string? Channel { get; init; }

    /// <summary>Entity id of the outlet or medium the words came through ("told Reuters").</summary>
    public string? ViaEntityId { get; init; }
}

/// <summary>How firmly the text states an event.</summary>
public enum Modality { Asserted, Reported, Alleged, Claimed, Denied, Negated, Hypothetical, Future, Threatened }

/// <summary>A participant of an event: the resolved entity (if any), its surface text and actor code.</summary>
public sealed record EventActor(string? EntityId, string Text, TextSpan? Span, string? Code);

/// <summary>CAMEO event code with its codebook values.</summary>
public sealed record CameoCoding(string Code, string Root, int QuadClass, double Goldstein, string? Label);

/// <summary>PLOVER event type and mode.</summary>
public sealed record PloverCoding(string Type, string? Mode);

public sealed record EventDate(string? Value, string? Text, TextSpan? Span);

public sealed record EventLocation(string? EntityId, string Name, string? CountryCode, double? Lat, double? Lon)
{
    public string? FeatureId { get; init; }
}

/// <summary>A coded political event: who did what to whom, where, when and how firmly stated.</summary>
public sealed record PoliticalEvent(string Id, TextSpan Span, string Text, CameoCoding Cameo, string Producer) : IAnnotation
{
    public TextSpan? TriggerSpan { get; init; }
    public string? Trigger { get; init; }
    public EventActor? Source { get; init; }
    public EventActor? Target { get; init; }
    public PloverCoding? Plover { get; init; }
    public Modality Modality { get; init; } = Modality.Asserted;

    /// <summary>The quote the event was reported in, if any.</summary>
    public string? AttributedTo { get; init; }
    public EventDate? Date { get; init; }
    public EventLocation? Location { get; init; }

    /// <summary>Further places in the text that report the same event (GDELT NumMentions = 1 + count).</summary>
    public ImmutableArray<TextSpan> OtherMentions { get; init; } = [];
}
