using System.Collections.Immutable;

namespace Sitrep.Core;

/// <summary>What the story stage reads out of a document: reactions, advisories, timeline, outlook, tension, summary.</summary>
public sealed record StoryAnalysis(string Producer)
{
    public ImmutableArray<Reaction> Reactions { get; init; } = [];
    public ImmutableArray<Advisory> Advisories { get; init; } = [];
    public ImmutableArray<TimelineItem> Timeline { get; init; } = [];
    public ImmutableArray<OutlookItem> Outlook { get; init; } = [];
    public ImmutableArray<TensionScore> Tension { get; init; } = [];
    public string Summary { get; init; } = "";

    /// <summary>Sentence spans the summary was built from, in summary order.</summary>
    public ImmutableArray<TextSpan> SummarySources { get; init; } = [];
}

/// <param name="Side">ISO-3 country code of the side reacting.</param>
public sealed record Reaction(string Side, ImmutableArray<string> Actors, string Stance, ImmutableArray<string> Quotes, ImmutableArray<string> Events);

public sealed record Contact(string Kind, string Value, string? Note, TextSpan Span);

public sealed record Advisory(string? IssuerEntityId, string? Audience, TextSpan Span, string Producer) : IAnnotation
{
    public ImmutableArray<string> Actions { get; init; } = [];
    public ImmutableArray<string> Status { get; init; } = [];
    public ImmutableArray<Contact> Contacts { get; init; } = [];
}

public sealed record TimelineItem(int Order, string? Date, string Text, TextSpan Span, ImmutableArray<string> Events);

/// <param name="Modality">certain | likely | possible | unlikely.</param>
public sealed record OutlookItem(string Text, TextSpan Span, string Modality, double Likelihood, string? SourceEntityId)
{
    public string? Cue { get; init; }
}

public sealed record TensionScore(string SideA, string SideB, double Score, ImmutableArray<string> Basis);
