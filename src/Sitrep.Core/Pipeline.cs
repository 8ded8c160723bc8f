using System.Collections.Immutable;

namespace Sitrep.Core;

/// <summary>What a component is called and which layers it needs and adds.</summary>
public sealed record ComponentInfo(string Name, string Version, ImmutableArray<Layer> Requires, ImmutableArray<Layer> Produces)
{
    /// <summary><c>name@version</c>, the producer string stamped on every annotation.</summary>
    public string Id => $"{Name}@{Version}";
}

/// <summary>
/// One step of the pipeline: takes a document and returns a new one with its layers added.
/// Implementations are thread-safe and share read-only models across documents.
/// </summary>
public interface IPipelineComponent
{
    ComponentInfo Info { get; }
    Document Process(Document document, CancellationToken cancellationToken = default);
}

/// <summary>An ordered list of components, checked when built so every requirement is produced earlier.</summary>
public sealed class Pipeline
{
    private readonly ImmutableArray<IPipelineComponent> _components;

    private Pipeline(ImmutableArray<IPipelineComponent> components) => _components = components;

    public ImmutableArray<ComponentInfo> Components => [.. _components.Select(c => c.Info)];

    /// <exception cref="SitrepException">E101 when a component needs a layer no earlier component adds.</exception>
    public static Pipeline Create(IEnumerable<IPipelineComponent> components)
    {
        var list = components.ToImmutableArray();
        var available = new HashSet<Layer>();
        foreach (var c in list)
        {
            var missing = c.Info.Requires.Where(l => !available.Contains(l)).ToList();
            if (missing.Count > 0)
                throw new SitrepException(Errors.MissingLayer(c.Info.Id, missing));
            available.UnionWith(c.Info.Produces);
        }
        return new Pipeline(list);
    }

    public Document Run(Document document, CancellationToken cancellationToken = default)
    {
        foreach (var c in _components)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                document = c.Process(document, cancellationToken);
            }
            catch (Exception ex) when (ex is not (OperationCanceledException or OutOfMemoryException or ComponentFailedException))
            {
                // Name the component, so a user's report of a failing document says where to look.
                throw new ComponentFailedException(c.Info.Id, ex);
            }
        }
        return document;
    }

    /// <summary>A pipeline with <paramref name="name"/>'s component replaced (for experiments and tests).</summary>
    public Pipeline Replace(string name, IPipelineComponent replacement) =>
        Create(_components.Select(c => c.Info.Name == name ? replacement : c));
}

/// <summary>Components registered by name, so a pipeline can be written down as a list of strings.</summary>
public sealed class ComponentRegistry
{
    private readonly Dictionary<string, Func<IPipelineComponent>> _factories = new(StringComparer.Ordinal);

    public ComponentRegistry Register(string name, Func<IPipelineComponent> factory)
    {
        _factories[name] = factory;
        return this;
    }

    public IReadOnlyCollection<string> Names => _factories.Keys;

    public IPipelineComponent Create(string name) =>
        _factories.TryGetValue(name, out var f) ? f() : throw new SitrepException(Errors.UnknownComponent(name, _factories.Keys));

    public Pipeline Build(IEnumerable<string> names) => Pipeline.Create(names.Select(Create));
}
