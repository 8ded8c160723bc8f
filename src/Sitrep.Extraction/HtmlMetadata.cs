using System.Text.Json;
using AngleSharp.Dom;

namespace Sitrep.Extraction;

/// <summary>Title, dates, author, outlet, canonical URL and language, from JSON-LD, OpenGraph/meta, &lt;time&gt; and markup.</summary>
internal sealed record PageMetadata
{
    public string? Title { get; init; }
    public string? Description { get; init; }
    public string? Byline { get; init; }
    public DateTimeOffset? Published { get; init; }
    public DateTimeOffset? Modified { get; init; }
    public string? Source { get; init; }
    public string? Url { get; init; }
    public string? Language { get; init; }
    /// <summary>The article body some publishers put in JSON-LD; a fallback when the markup defeats the main-content pass.</summary>
    public string? JsonLdBody { get; init; }
}

internal static class HtmlMetadata
{
    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
        "BlogPosting", "LiveBlogPosting", "ScholarlyArticle", "TechArticle", "Report", "SocialMediaPosting", "WebPage", "ReviewNewsArticle",
    };

    public static PageMetadata Read(IDocument doc)
    {
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in doc.QuerySelectorAll("meta"))
        {
            var key = m.GetAttribute("property") ?? m.GetAttribute("name") ?? m.GetAttribute("itemprop");
            var val = m.GetAttribute("content");
            if (key is null || string.IsNullOrWhiteSpace(val)) continue;
            meta.TryAdd(key.Trim(), val.Trim());
        }
        string? M(params string[] keys)
        {
            foreach (var k in keys) if (meta.TryGetValue(k, out var v)) return v;
            return null;
        }

        var ld = ReadJsonLd(doc);
        var title = ld.Title ?? M("og:title", "twitter:title", "dc.title", "DC.title", "headline", "parsely-title", "sailthru.title");
        var docTitle = doc.Title?.Trim();
        if (title is null && !string.IsNullOrEmpty(docTitle)) title = StripSiteSuffix(docTitle);
        var h1 = doc.QuerySelectorAll("h1").Select(h => Clean(h.TextContent)).FirstOrDefault(t => t.Length > 0);
        // The visible h1 is the truest title when it agrees with the metadata (metadata titles carry " | Site" tails).
        if (h1 is not null && (title is null || Similar(h1, title))) title = h1;

        var published = Dates.ParseMachine(ld.Published) ?? Dates.ParseMachine(M("article:published_time", "og:published_time", "datePublished",
            "pubdate", "publishdate", "publish-date", "date", "dc.date", "DC.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published", "cXenseParse:recs:publishtime"));
        if (published is null)
            foreach (var t in doc.QuerySelectorAll("time[datetime]"))
                if (Dates.ParseMachine(t.GetAttribute("datetime")) is { } d) { published = d; break; }
        if (published is null)
            foreach (var t in doc.QuerySelectorAll("time, [class*=date], [class*=time], [itemprop=datePublished]"))
            {
                var tx = Clean(t.TextContent);
                if (tx.Length is > 0 and < 80 && Dates.ParseText(tx) is { } d) { published = d; break; }
            }
        var modified = Dates.ParseMachine(ld.Modified) ?? Dates.ParseMachine(M("article:modified_time", "og:updated_time", "dateModified", "last-modified"));

        var byline = ld.Author ?? M("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl");
        if (byline is not null && (byline.StartsWith("http", StringComparison.OrdinalIgnoreCase) || byline.Length > 120)) byline = null;
        if (byline is null)
        {
            var b = doc.QuerySelector("[rel=author], [itemprop=author] [itemprop=name], [itemprop=author], .byline, .author-name, .article-author, [class*=byline]");
            var bt = b is null ? "" : Clean(b.TextContent);
            if (bt.Length is > 2 and < 100) byline = bt;
        }
        if (byline is not null) byline = System.Text.RegularExpressions.Regex.Replace(byline, @"^(?i:by)\s+", "").Trim();

        var url = doc.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? M("og:url", "twitter:url") ?? ld.Url;
        if (url is not null && !url.StartsWith("http", StringComparison.OrdinalIgnoreCase)) url = null;
        var source = M("og:site_name", "application-name", "publisher", "twitter:site") ?? ld.Publisher;
        if (source is not null && source.StartsWith('@')) source = source[1..];
        var lang = doc.DocumentElement?.GetAttribute("lang") ?? M("og:locale", "language", "content-language", "dc.language") ?? ld.Language;
        if (lang is not null) lang = lang.Replace('_', '-').Split('-')[0].Trim().ToLowerInvariant() is { Length: 2 or 3 } l ? l : null;

        return new PageMetadata
        {
            Title = title is null ? null : Clean(title),
            Description = (M("og:description", "description", "twitter:description") ?? ld.Description) is { } d2 ? Clean(d2) : null,
            Byline = byline,
            Published = published,
            Modified = modified,
            Source = source,
            Url = url,
            Language = lang,
            JsonLdBody = ld.Body,
        };
    }

    private sealed record LdFields(string? Title, string? Published, string? Modified, string? Author, string? Publisher, string? Url,
        string? Language, string? Description, string? Body);

    private static LdFields ReadJsonLd(IDocument doc)
    {
        var best = new LdFields(null, null, null, null, null, null, null, null, null);
        foreach (var s in doc.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var j = JsonDocument.Parse(s.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, MaxDepth = 64, CommentHandling = JsonCommentHandling.Skip });
                foreach (var obj in Objects(j.RootElement, 0))
                {
                    if (!IsArticle(obj)) continue;
                    var f = new LdFields(Str(obj, "headline") ?? Str(obj, "name"), Str(obj, "datePublished"), Str(obj, "dateModified"),
                        Names(obj, "author"), Names(obj, "publisher"), Str(obj, "url") ?? Str(obj, "mainEntityOfPage"), Str(obj, "inLanguage"),
                        Str(obj, "description"), Str(obj, "articleBody"));
                    // Prefer a real article type over a WebPage wrapper.
                    if (best.Title is null || (f.Body is not null && best.Body is null)) best = Merge(f, best);
                    else best = Merge(best, f);
                }
            }
            catch (JsonException) { /* publishers ship broken JSON-LD; the other sources still work */ }
        }
        return best;
    }

    private static LdFields Merge(LdFields a, LdFields b) => new(a.Title ?? b.Title, a.Published ?? b.Published, a.Modified ?? b.Modified,
        a.Author ?? b.Author, a.Publisher ?? b.Publisher, a.Url ?? b.Url, a.Language ?? b.Language, a.Description ?? b.Description, a.Body ?? b.Body);

    private static IEnumerable<JsonElement> Objects(JsonElement e, int depth)
    {
        if (depth > 8) yield break;
        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var x in e.EnumerateArray()) foreach (var o in Objects(x, depth + 1)) yield return o;
        }
        else if (e.ValueKind == JsonValueKind.Object)
        {
            yield return e;
            if (e.TryGetProperty("@graph", out var g)) foreach (var o in Objects(g, depth + 1)) yield return o;
        }
    }

    private static bool IsArticle(JsonElement o)
    {
        if (!o.TryGetProperty("@type", out var t)) return false;
        if (t.ValueKind == JsonValueKind.String) return ArticleTypes.Contains(t.GetString()!);
        if (t.ValueKind == JsonValueKind.Array) return t.EnumerateArray().Any(x => x.ValueKind == JsonValueKind.String && ArticleTypes.Contains(x.GetString()!));
        return false;
    }

    private static string? Str(JsonElement o, string name)
    {
        if (!o.TryGetProperty(name, out var v)) return null;
        return v.ValueKind switch
        {
            JsonValueKind.String => v.GetString() is { Length: > 0 } s ? s : null,
            JsonValueKind.Object => v.TryGetProperty("@id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null,
            _ => null,
        };
    }

    private static string? Names(JsonElement o, string name)
    {
        if (!o.TryGetProperty(name, out var v)) return null;
        var names = new List<string>();
        void Add(JsonElement x)
        {
            if (x.ValueKind == JsonValueKind.String && x.GetString() is { Length: > 0 } s) names.Add(s);
            else if (x.ValueKind == JsonValueKind.Object && x.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String && n.GetString() is { Length: > 0 } ns) names.Add(ns);
        }
        if (v.ValueKind == JsonValueKind.Array) foreach (var x in v.EnumerateArray()) Add(x); else Add(v);
        return names.Count == 0 ? null : string.Join(", ", names.Distinct());
    }

    public static string Clean(string s) => Lexicons.Spaces().Replace(s, " ").Trim();

    /// <summary>"Headline | Outlet" and "Headline - Outlet" lose the outlet part.</summary>
    private static string StripSiteSuffix(string t)
    {
        foreach (var sep in new[] { " | ", " - ", " – ", " — ", " :: " })
        {
            int i = t.LastIndexOf(sep, StringComparison.Ordinal);
            if (i > 15) return t[..i].Trim();
        }
        return t;
    }

    private static bool Similar(string a, string b)
    {
        var na = Lexicons.NormalizeLine(a); var nb = Lexicons.NormalizeLine(b);
        return na.Length > 0 && nb.Length > 0 && (nb.StartsWith(na, StringComparison.Ordinal) || na.StartsWith(nb, StringComparison.Ordinal));
    }
}
