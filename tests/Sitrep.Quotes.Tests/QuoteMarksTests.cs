using Sitrep.Core;

namespace Sitrep.Quotes.Tests;

public sealed class QuoteMarksTests
{
    private static string[] Contents(string text) =>
        [.. QuoteMarks.Scan(text, Article.ParagraphsOf(text)).Select(s => string.Join(" | ", s.Content.Select(c => c.Of(text))))];

    [Fact]
    public void CurlyAndStraightPairsAreFound()
    {
        Assert.Equal(["We are ready,", "Not yet."], Contents("“We are ready,” she said. He replied: \"Not yet.\""));
    }

    [Fact]
    public void AStraightMarkTypedWithASpaceBeforeItsFirstWordStillOpensAQuote()
    {
        // With nothing open, '" You' is an opening mark and a stray space; a mark between spaces before a lowercase word is not.
        Assert.Equal(["I sail every day,", "You all did well."], Contents("\"I sail every day,\" he told her. \" You all did well.\""));
        Assert.Empty(Contents("The width is 5 \" or so at most."));
    }

    [Fact]
    public void ApostrophesAreNotClosingMarks()
    {
        Assert.Equal(["The mayor’s plan isn’t the city’s plan"], Contents("“The mayor’s plan isn’t the city’s plan” was the reply."));
    }

    [Fact]
    public void NestedSingleQuotesStayInsideTheirQuote()
    {
        var c = Contents("“He told me ‘never again’ and left,” she said.");
        Assert.Equal(["He told me ‘never again’ and left,"], c);
    }

    [Fact]
    public void AQuoteLeftOpenAtAParagraphEndContinuesWhenTheNextParagraphReopensIt()
    {
        var text = "The envoy said: “First we talk.\n\n“Then we sign,” she added.\n\nNothing else.";
        var segs = QuoteMarks.Scan(text, Article.ParagraphsOf(text));
        var s = Assert.Single(segs);
        Assert.Equal(2, s.Content.Length);
        Assert.True(s.Closed);
        Assert.Equal("Then we sign,", s.Content[1].Of(text));
    }

    [Fact]
    public void AnUnclosedQuoteEndsAtItsParagraphWhenNothingReopensIt()
    {
        var text = "He said: “We will stay\n\nThe talks ended.";
        var s = Assert.Single(QuoteMarks.Scan(text, Article.ParagraphsOf(text)));
        Assert.False(s.Closed);
        Assert.Equal("We will stay", s.Content[0].Of(text));
    }

    [Fact]
    public void MixedTypographyClosesACurlyQuoteWithAStraightMark()
    {
        Assert.Equal(["nobody is safe,"], Contents("He wrote “nobody is safe,\" the report said."));
    }

    [Fact]
    public void AStrayOpeningMarkDoesNotSwallowTheQuotesAfterIt()
    {
        // The title's first mark is never closed; the pairs after it are quotes of their own, not nested ones.
        var c = Contents("The band released “Northern Lights (“Home Again”) last spring. “It came to me in a dream,” she said. “Really.”");
        Assert.Equal(["Home Again", "It came to me in a dream,", "Really."], c);
    }
}
