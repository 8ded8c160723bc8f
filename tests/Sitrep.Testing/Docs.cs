using Sitrep.Core;

namespace Sitrep.Testing;

/// <summary>Small document builders for tests.</summary>
public static class Docs
{
    /// <summary>A document whose body is <paramref name="text"/> as given (paragraphs split on blank lines).</summary>
    public static Document Plain(string text, DateTimeOffset? published = null) => Document.From(new Article
    {
        Id = "test",
        Text = text,
        InputName = "test.txt",
        Paragraphs = Article.ParagraphsOf(text),
        Published = published,
    });
}
