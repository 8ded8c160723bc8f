using System.Collections.Immutable;
using Sitrep.Core;
using Sitrep.Entities;
using Sitrep.Events;
using Sitrep.Extraction;
using Sitrep.Nlp;
using Sitrep.Quotes;
using Sitrep.Story;

namespace Sitrep.Engine;

/// <summary>
/// The library entry point: bytes in, explained documents out. Extraction turns an input into one or more
/// articles (a feed or a web archive holds many); the pipeline adds the annotation layers to each.
/// A failure in one document is returned as a value, so a batch always goes on.
/// </summary>
public sealed class SitrepEngine
{
    /// <summary>
    /// The default pipeline, by component name, in order. The tagger and parser run before the entity stage:
    /// events are coded from the dependency parse (subject, object and oblique arguments of each trigger), and
    /// the parser is the seven-member ensemble that meets the UD EWT floors. They cost most of the run time
    /// (see bench/); drop them with --pipeline for surface-only coding.
    /// </summary>
    public static readonly ImmutableArray<string> DefaultComponents =
        ["tokenizer", "tagger", "parser", "entities", "quotes", "dates", "events", "story"];

    private static readonly Lazy<SitrepEngine> SharedDefault = new(() => new SitrepEngine(new ArticleExtractor(), Registry().Build(DefaultComponents)));

    private readonly ArticleExtractor _extractor;

    public SitrepEngine(ArticleExtractor extractor, Pipeline pipeline)
    {
        _extractor = extractor;
        Pipeline = pipeline;
    }

    public Pipeline Pipeline { get; }

    /// <summary>
    /// Publication date assumed for articles that state none (pasted plain text): relative dates such as
    /// "in April" are resolved against it.
    /// </summary>
    public DateTimeOffset? FallbackPublished { get; init; }

    /// <summary>Every component Sitrep ships, by name; swap one by registering another under the same name.</summary>
    public static ComponentRegistry Registry() => new ComponentRegistry()
        .Register("tokenizer", NlpComponents.Tokenizer)
        .Register("tagger", NlpComponents.Tagger)
        .Register("parser", NlpComponents.Parser)
        .Register("entities", EntityComponents.Entities)
        .Register("quotes", QuoteComponents.Quotes)
        .Register("dates", EventComponents.Dates)
        .Register("events", EventComponents.Events)
        .Register("story", StoryComponents.Story);

    /// <summary>The default engine; models load once and are shared (the engine is thread-safe).</summary>
    public static SitrepEngine Default => SharedDefault.Value;

    /// <summary>An engine running the named components in order.</summary>
    /// <exception cref="SitrepException">E101/E102 for an unknown component or a broken order.</exception>
    public static SitrepEngine Create(IEnumerable<string> components) => new(new ArticleExtractor(), Registry().Build(components));

    /// <summary>This engine with a fallback publication date (models and pipeline are shared).</summary>
    public SitrepEngine WithFallbackPublished(DateTimeOffset? published) =>
        new(_extractor, Pipeline) { FallbackPublished = published };

    /// <summary>Extracts and explains every document in <paramref name="input"/>.</summary>
    public IReadOnlyList<Result<Document>> Explain(RawInput input, CancellationToken cancellationToken = default)
    {
        var results = new List<Result<Document>>();
        foreach (var article in _extractor.Extract(input))
        {
            if (!article.IsSuccess) { results.Add(Result<Document>.Fail(article.Error!)); continue; }
            results.Add(Run(article.Value!, cancellationToken));
        }
        return results;
    }

    /// <summary>Runs the pipeline on an already extracted article.</summary>
    public Result<Document> Run(Article article, CancellationToken cancellationToken = default)
    {
        try
        {
            if (article.Published is null && FallbackPublished is not null) article = article with { Published = FallbackPublished };
            return Result<Document>.Ok(Pipeline.Run(Document.From(article), cancellationToken));
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A component bug must not take the batch down; the error names the document and the cause.
            if (Environment.GetEnvironmentVariable("SITREP_TRACE") == "1") Console.Error.WriteLine(ex);
            return ex is ComponentFailedException failed
                ? Result<Document>.Fail(Errors.ProcessingFailed(article.InputName, failed.Component, $"{failed.InnerException!.GetType().Name}: {failed.InnerException.Message}"))
                : Result<Document>.Fail(Errors.ProcessingFailed(article.InputName, "pipeline", $"{ex.GetType().Name}: {ex.Message}"));
        }
    }
}
