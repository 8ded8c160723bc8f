using System.Collections.Immutable;
using Sitrep.Core;
using Sitrep.Testing;

namespace Sitrep.Core.Tests;

public class CoreTests
{
    private sealed class Fake(string name, Layer[] requires, Layer[] produces) : IPipelineComponent
    {
        public ComponentInfo Info { get; } = new(name, "1", [.. requires], [.. produces]);
        public Document Process(Document document, CancellationToken cancellationToken = default) => document.ProducedBy(Info.Id, [.. Info.Produces]);
    }

    [Fact]
    public void SpansAreHalfOpen()
    {
        var a = new TextSpan(2, 5);
        Assert.True(a.Contains(4));
        Assert.False(a.Contains(5));
        Assert.False(a.Overlaps(new TextSpan(5, 7)));
        Assert.Equal(1, a.OverlapLength(new TextSpan(4, 9)));
        Assert.Equal("cde", a.Of("abcdefg"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(5, 2));
    }

    [Fact]
    public void PipelineRecordsWhoProducedEachLayer()
    {
        var p = Pipeline.Create([new Fake("tok", [], [Layer.Tokens]), new Fake("ent", [Layer.Tokens], [Layer.Entities])]);
        var doc = p.Run(Docs.Plain("x"));
        Assert.Equal("tok@1", doc.Producers[Layer.Tokens]);
        Assert.Equal("ent@1", doc.Producers[Layer.Entities]);
    }

    private sealed class Throwing(string name) : IPipelineComponent
    {
        public ComponentInfo Info { get; } = new(name, "2", [Layer.Tokens], [Layer.Entities]);
        public Document Process(Document document, CancellationToken cancellationToken = default) => throw new IndexOutOfRangeException("boom");
    }

    [Fact]
    public void PipelineNamesTheComponentThatThrew()
    {
        var p = Pipeline.Create([new Fake("tok", [], [Layer.Tokens]), new Throwing("ent")]);
        var ex = Assert.Throws<ComponentFailedException>(() => p.Run(Docs.Plain("x")));
        Assert.Equal("ent@2", ex.Component);
        Assert.IsType<IndexOutOfRangeException>(ex.InnerException);
        Assert.Contains("boom", ex.Message);
    }

    [Fact]
    public void PipelineRejectsAComponentWhoseInputIsMissing()
    {
        var ex = Assert.Throws<SitrepException>(() => Pipeline.Create([new Fake("ent", [Layer.Tokens], [Layer.Entities])]));
        Assert.Equal("E101", ex.Error.Code);
        Assert.Contains("Tokens", ex.Error.Message);
    }

    [Fact]
    public void ParagraphsSplitOnBlankLinesAndTrim()
    {
        const string text = "One.\n\n  Two.  \n\n\n\nThree.";
        var spans = Article.ParagraphsOf(text);
        Assert.Equal(["One.", "Two.", "Three."], spans.Select(s => s.Of(text)).ToArray());
    }

    [Fact]
    public void SentenceAtFindsTheSentenceHoldingAPosition()
    {
        var doc = Docs.Plain("Ab. Cd.") with { Sentences = [new Sentence(new(0, 3), 0, 0, "t"), new Sentence(new(4, 7), 0, 0, "t")] };
        Assert.Equal(4, doc.SentenceAt(5)!.Span.Start);
        Assert.Null(doc.SentenceAt(3));
    }
}
