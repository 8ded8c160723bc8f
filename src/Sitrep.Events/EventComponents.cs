using System.Collections.Immutable;
using Sitrep.Core;
using Sitrep.Events.Coding;
using Sitrep.Events.Dates;

namespace Sitrep.Events;

/// <summary>The event stage: date expressions and coded political events (CAMEO/PLOVER).</summary>
public static class EventComponents
{
    /// <summary>"dates": absolute and relative date expressions resolved against <c>Article.Published</c> (Layer.Dates).</summary>
    public static IPipelineComponent Dates() => new DatesComponent();

    /// <summary>"events": coded political events V1… in text order (Layer.Events).</summary>
    public static IPipelineComponent Events() => new EventCoderComponent();
}

internal sealed class DatesComponent : IPipelineComponent
{
    public ComponentInfo Info { get; } = new("dates", "1.0", [], [Layer.Dates]);

    public Document Process(Document document, CancellationToken cancellationToken = default)
    {
        var dates = DateResolver.Find(document.Text, document.Article.Published)
            .Select(d => new TimeExpression(d.Span, d.Text, d.Value, d.Kind, Info.Id))
            .ToImmutableArray();
        return (document with { Dates = dates }).ProducedBy(Info.Id, Layer.Dates);
    }
}
