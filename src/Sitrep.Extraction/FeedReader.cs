using System.Security.Cryptography;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Sitrep.Core;

namespace Sitrep.Extraction;

/// <summary>
/// RSS 2.0 (and RSS 1.0/RDF) and Atom feeds: one article per item, read as a stream so a long or broken feed
/// yields what it can. The full text comes from content:encoded or Atom content when the feed carries it,
/// otherwise from the summary. DTDs and external entities are never processed.
/// </summary>
internal static class FeedReader
{
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static List<Result<Article>> Read(string xml, string name, InputFormat format, ArticleExtractor extractor, ExtractionOptions options)
    {
        var results = new List<Result<Article>>();
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, MaxCharactersFromEntities = 1 << 20,
            IgnoreComments = true, IgnoreProcessingInstructions = true, CheckCharacters = false,
        };
        string? feedTitle = null;
        int n = 0;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            reader.MoveToContent();
            while (!reader.EOF)
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "item" or "entry")
                {
                    var item = (XElement)XNode.ReadFrom(reader);
                    n++;
                    if (n > options.MaxItems)
                    {
                        results.Add(Errors.TooLarge(name, n, options.MaxItems) with { Message = $"the feed has more than {options.MaxItems:N0} items; the rest were skipped" });
                        break;
                    }
                    results.Add(ReadItem(item, name, n, feedTitle, options));
                    continue;
                }
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "title" && feedTitle is null && reader.Depth <= 2)
                {
                    feedTitle = HtmlMetadata.Clean(reader.ReadElementContentAsString());
                    continue;
                }
                reader.Read();
            }
        }
        catch (XmlException e)
        {
            results.Add(Errors.Malformed(name, $"feed XML breaks at line {e.LineNumber}, position {e.LinePosition} ({e.Message.Split('.')[0]}); {n} item(s) read before it"));
        }
        if (results.Count == 0) results.Add(Errors.NoText(name) with { Message = "the feed has no items" });
        return results;
    }

    private static Result<Article> ReadItem(XElement item, string feedName, int index, string? feedTitle, ExtractionOptions options)
    {
        string? V(params XName[] names)
        {
            foreach (var nm in names)
                if (item.Element(nm) is { } el && !string.IsNullOrWhiteSpace(el.Value)) return el.Value.Trim();
            return null;
        }
        var ns = item.Name.Namespace;
        var title = V(ns + "title", "title");
        var link = V(ns + "link", "link", "guid") ?? item.Elements().FirstOrDefault(e => e.Name.LocalName == "link" && (string?)e.Attribute("rel") is null or "alternate")?.Attribute("href")?.Value;
        var date = V(ns + "pubDate", "pubDate", Dc + "date", Atom + "published", Atom + "updated", ns + "published", ns + "updated");
        var author = V(Dc + "creator", ns + "author", "author") is { } a ? a : item.Element(Atom + "author")?.Element(Atom + "name")?.Value;
        var summary = V(ns + "description", "description", Atom + "summary", ns + "summary");
        var full = V(Content + "encoded") ?? AtomContent(item.Element(Atom + "content") ?? item.Element(ns + "content"));

        var itemName = link is not null && link.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? link : $"{feedName}#item-{index}";
        var id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(item.ToString(SaveOptions.DisableFormatting))));
        var body = full ?? summary;
        var seed = new Article { Id = id, Text = "", InputName = itemName, Language = options.DefaultLanguage };
        Article article;
        if (body is null) article = seed;
        else if (body.Contains('<') && body.Contains('>'))
            article = HtmlReader.ReadFragment(body, seed, options);
        else
            article = ArticleAssembler.Assemble(seed, [.. body.Split("\n\n").Select(p => new Block(HtmlMetadata.Clean(p), BlockKind.Paragraph, []))]);
        var summaryText = summary is null ? null : HtmlMetadata.Clean(System.Text.RegularExpressions.Regex.Replace(System.Net.WebUtility.HtmlDecode(summary), "<[^>]*>", " "));
        article = article with
        {
            Format = item.Name.LocalName == "entry" ? "atom" : "rss",
            Title = title is null ? article.Title : HtmlMetadata.Clean(title),
            Standfirst = full is not null && summaryText is { Length: > 0 } && summaryText.Length < 600 ? summaryText : null,
            Byline = author ?? article.Byline,
            Published = Dates.ParseMachine(date) ?? article.Published,
            Url = link ?? article.Url,
            Source = feedTitle ?? article.Source,
        };
        return ArticleExtractor.Check(article, itemName);
    }

    private static string? AtomContent(XElement? c)
    {
        if (c is null) return null;
        var type = (string?)c.Attribute("type");
        if (type == "xhtml") return string.Concat(c.Nodes().Select(n => n.ToString()));
        return string.IsNullOrWhiteSpace(c.Value) ? null : c.Value;
    }
}
