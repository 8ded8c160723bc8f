using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Sitrep.Core;

namespace Sitrep.Extraction;

/// <summary>
/// Reads an HTML page: metadata first (from the untouched DOM), then the main content.
/// <para>The cascade, each step only when the one before under-delivers (trafilatura's habit):</para>
/// <list type="number">
/// <item>Clean: remove scripts, forms, navigation landmarks, hidden elements and containers whose class/id marks them as boilerplate (selectors.tsv).</item>
/// <item>Selector pass: containers known to hold article bodies (itemprop=articleBody, .article-body…), when they hold at least <see cref="ExtractionOptions.MinExtractedSize"/> characters.</item>
/// <item>Scoring pass (readability.js): paragraphs score their ancestors by length and commas, scaled by link density; the best container and its similar siblings.</item>
/// <item>Rescue: all paragraphs of the page with little link text; then the JSON-LD articleBody.</item>
/// </list>
/// Inside the chosen container, link-dense lists, captions, credits and boilerplate lines are dropped with their kind.
/// </summary>
internal static partial class HtmlReader
{
    /// <summary>More unclosed tags of one name than this and those tags are flattened before parsing: a nesting bomb
    /// costs the HTML5 tree builder time proportional to depth for every element.</summary>
    private const int MaxUnclosedTags = 1000;

    private static readonly HashSet<string> ContainerNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "div", "span", "section", "article", "table", "tbody", "tr", "td", "ul", "ol", "li", "dl", "dd", "b", "i", "u", "em", "strong",
        "font", "blockquote", "a", "center", "small", "big",
    };

    /// <summary>Each container tag of the page: where it starts and ends, its name, and whether it closes.</summary>
    private static IEnumerable<(int Start, int End, string Name, bool Close)> ContainerTags(string html)
    {
        int i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            int j = i + 1;
            bool close = j < html.Length && html[j] == '/';
            if (close) j++;
            int n = j;
            while (n < html.Length && n - j < 12 && char.IsAsciiLetter(html[n])) n++;
            if (n == j || n >= html.Length || !(html[n] == '>' || char.IsWhiteSpace(html[n]) || html[n] == '/')) { i = j; continue; }
            var name = html[j..n];
            int gt = html.IndexOf('>', n);
            if (gt < 0) yield break;
            if (ContainerNames.Contains(name)) yield return (i, gt + 1, name.ToLowerInvariant(), close);
            i = gt + 1;
        }
    }

    /// <summary>Flattens tag names opened far more often than closed, keeping their text (best effort instead of a stall).</summary>
    internal static string DefuseNesting(string html)
    {
        var balance = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var t in ContainerTags(html)) balance[t.Name] = balance.GetValueOrDefault(t.Name) + (t.Close ? -1 : 1);
        var bad = balance.Where(kv => kv.Value > MaxUnclosedTags).Select(kv => kv.Key).ToHashSet();
        if (bad.Count == 0) return html;
        var sb = new StringBuilder(html.Length);
        int last = 0;
        foreach (var t in ContainerTags(html))
        {
            if (!bad.Contains(t.Name)) continue;
            sb.Append(html, last, t.Start - last).Append(t.Name.Length > 2 && !t.Close ? "<br><br>" : " ");
            last = t.End;
        }
        return sb.Append(html, last, html.Length - last).ToString();
    }

    /// <summary>Paragraph-like elements shorter than this do not score their ancestors (readability: 25).</summary>
    private const int MinScoringLength = 25;
    /// <summary>A selector match must be at least this share of the scoring pass's text to be preferred over it.</summary>
    private const double SelectorShareOfScored = 0.35;
    /// <summary>Blocks with more link text than this share are navigation, unless long.</summary>
    private const double MaxLinkDensity = 0.5;
    /// <summary>A class/id rule never removes an element holding more than this share of the page's text (it is a page wrapper).</summary>
    private const double MaxDropShare = 0.4;
    /// <summary>How far ahead in the source a text node's opening is looked for when mapping text back to it.</summary>
    private const int AnchorWindow = 256 * 1024;

    private static readonly HashSet<string> RemoveTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "button", "select",
        "input", "textarea", "nav", "aside", "footer", "menu", "dialog", "map", "audio", "video", "source", "picture", "img", "link", "meta", "head", "title",
    };

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
        "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "figure", "figcaption", "address", "hr", "br", "center", "details", "summary", "caption",
    };

    private static readonly HashSet<string> ParagraphTags = new(StringComparer.OrdinalIgnoreCase) { "p", "pre", "td", "blockquote", "h2", "h3", "h4", "h5", "h6", "li", "dd" };

    private sealed class Stats
    {
        public int Text, Link, Commas, Paragraphs;
        public double Score;
        public bool Scored;
    }

    public static Article Read(string html, Article seed, ExtractionOptions options)
    {
        html = DefuseNesting(html);
        using var doc = Parse(html, options);
        var meta = HtmlMetadata.Read(doc);
        if ((doc.Body ?? doc.DocumentElement) is null) return seed with { Format = "html" };
        var (blocks, dropped) = ExtractContent(doc, html, meta, options, classDrop: true);
        int len = blocks.Sum(b => b.Text.Length);
        if (len < options.MinExtractedSize && dropped.Any(d => d.Kind != "caption" && d.Kind != "credit"))
        {
            // readability's retry: class/id rules sometimes hit the wrapper of the whole article; try again without them.
            using var again = Parse(html, options);
            var (b2, d2) = ExtractContent(again, html, meta, options, classDrop: false);
            int len2 = b2.Sum(b => b.Text.Length);
            if (len2 > len * 1.5) { (blocks, dropped, len) = (b2, d2, len2); }
        }
        if (len < options.MinExtractedSize && meta.JsonLdBody is { Length: > 0 } ld && ld.Length > len)
            blocks = [.. ld.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Select(l => new Block(l, BlockKind.Paragraph, []))];

        return ArticleAssembler.Assemble(seed with
        {
            Format = "html",
            Title = meta.Title,
            Standfirst = meta.Description is { } d && !blocks.Any(b => b.Text.StartsWith(d, StringComparison.Ordinal)) ? d : null,
            Byline = meta.Byline,
            Published = meta.Published,
            Modified = meta.Modified,
            Source = meta.Source,
            Url = meta.Url,
            Language = meta.Language ?? seed.Language,
            Dropped = dropped.ToImmutable(),
        }, blocks);
    }

    private static readonly bool Debug = Environment.GetEnvironmentVariable("SITREP_EXTRACTION_DEBUG") == "1";

    /// <summary>
    /// An HTML fragment that is all article (a feed item's content:encoded): no metadata and no main-content search,
    /// only cleaning, flattening and the line filters.
    /// </summary>
    public static Article ReadFragment(string html, Article seed, ExtractionOptions options)
    {
        using var doc = Parse(DefuseNesting(html), options);
        var dropped = ImmutableArray.CreateBuilder<DroppedText>();
        var body = (doc.Body ?? doc.DocumentElement)!;
        Clean(body, dropped, classDrop: true);
        var stats = ComputeStats(body);
        var blocks = new List<Block>();
        ToBlocks(body, stats, blocks, dropped, CollectEmbeds(doc), html);
        blocks = PostFilter(blocks, new PageMetadata(), dropped);
        return ArticleAssembler.Assemble(seed with { Format = "html", Dropped = dropped.ToImmutable() }, blocks);
    }

    /// <summary>Parsers are costly to create (each builds a browsing context) and not thread-safe: one per thread and depth limit.</summary>
    [ThreadStatic] private static HtmlParser? _parser;
    [ThreadStatic] private static int _parserDepth;

    private static AngleSharp.Html.Dom.IHtmlDocument Parse(string html, ExtractionOptions options)
    {
        if (_parser is null || _parserDepth != options.MaxDepth)
        {
            _parser = new HtmlParser(new HtmlParserOptions { MaximumDepth = options.MaxDepth, IsScripting = false, SkipComments = true });
            _parserDepth = options.MaxDepth;
        }
        return _parser.ParseDocument(html);
    }

    /// <summary>One run of the cascade over a freshly parsed page (it removes elements, so each run needs its own parse).</summary>
    private static (List<Block> Blocks, ImmutableArray<DroppedText>.Builder Dropped) ExtractContent(IDocument doc, string html, PageMetadata meta, ExtractionOptions options, bool classDrop)
    {
        var dropped = ImmutableArray.CreateBuilder<DroppedText>();
        var embeds = CollectEmbeds(doc);
        var body = (doc.Body ?? doc.DocumentElement)!;
        Clean(body, dropped, classDrop);
        var stats = ComputeStats(body);

        var scored = ScoringPass(body, stats);
        var selected = SelectorPass(body, stats, options);
        int scoredLen = scored.Sum(e => stats[e].Text);
        var chosen = selected is not null && selected.Sum(e => stats[e].Text) >= SelectorShareOfScored * scoredLen ? selected : scored;

        var blocks = new List<Block>();
        foreach (var c in chosen) ToBlocks(c, stats, blocks, dropped, embeds, html);
        blocks = PostFilter(blocks, meta, dropped);
        int len = blocks.Sum(b => b.Text.Length);
        if (len < options.MinExtractedSize)
        {
            // Rescue: every paragraph of the page with little link text.
            var rescue = new List<Block>();
            var rd = ImmutableArray.CreateBuilder<DroppedText>();
            foreach (var p in Walk(body).Where(e => e.LocalName is "p" or "pre" or "blockquote" or "h2" or "h3"))
                if (stats.TryGetValue(p, out var s) && s.Text > 0 && s.Link < s.Text * MaxLinkDensity && !InsideAny(p, "p", "blockquote"))
                    ToBlocks(p, stats, rescue, rd, embeds, html);
            rescue = PostFilter(rescue, meta, rd);
            if (rescue.Sum(b => b.Text.Length) > len * 1.5) { blocks = rescue; dropped.AddRange(rd); }
        }
        return (blocks, dropped);
    }

    private static bool InsideAny(IElement e, params string[] tags)
    {
        for (var a = e.ParentElement; a is not null; a = a.ParentElement)
            if (tags.Contains(a.LocalName)) return true;
        return false;
    }

    /// <summary>Elements of the subtree in document order, without recursion (pages nest thousands deep).</summary>
    internal static IEnumerable<IElement> Walk(IElement root)
    {
        var stack = new Stack<IElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var e = stack.Pop();
            yield return e;
            PushChildren(stack, e);
        }
    }

    /// <summary>Pushes child elements so they pop in document order. Reads ChildNodes (array-backed): Children is a live
    /// filtered view whose indexer walks from the start, which made wide pages quadratic.</summary>
    private static void PushChildren(Stack<IElement> stack, IElement e)
    {
        var nodes = e.ChildNodes;
        for (int i = nodes.Length - 1; i >= 0; i--)
            if (nodes[i] is IElement c) stack.Push(c);
    }

    private static string Signature(IElement e)
    {
        var sb = new StringBuilder(64);
        sb.Append(e.LocalName).Append(' ').Append(e.Id).Append(' ').Append(e.ClassName).Append(' ').Append(e.GetAttribute("role"));
        if (e.GetAttribute("itemprop") is { } ip) sb.Append(" itemprop=").Append(ip);
        return sb.ToString().ToLowerInvariant();
    }

    private static bool IsHidden(IElement e)
    {
        if (e.HasAttribute("hidden")) return true;
        if (e.GetAttribute("aria-hidden") == "true" && e.LocalName != "span") return true;
        var style = e.GetAttribute("style");
        if (style is not null)
        {
            var s = style.Replace(" ", "").ToLowerInvariant();
            if (s.Contains("display:none") || s.Contains("visibility:hidden")) return true;
        }
        var role = e.GetAttribute("role");
        return role is "navigation" or "complementary" or "banner" or "contentinfo" or "dialog" or "menu" or "menubar" or "search" or "alert";
    }

    /// <summary>Removes elements that are never article text; captions and credits are recorded as dropped.</summary>
    private static void Clean(IElement body, ImmutableArray<DroppedText>.Builder dropped, bool classDrop)
    {
        var lex = Lexicons.Default;
        var before = ComputeStats(body);
        int pageText = before[body].Text;
        var remove = new List<IElement>();
        var stack = new Stack<IElement>();
        stack.Push(body);
        while (stack.Count > 0)
        {
            var e = stack.Pop();
            if (e != body)
            {
                var name = e.LocalName;
                if (RemoveTags.Contains(name) || IsHidden(e)) { remove.Add(e); continue; }
                // ASP.NET pages wrap the whole page in one form; only small forms (search, sign-up) go.
                if (name == "form" && before[e].Text - before[e].Link < 300) { remove.Add(e); continue; }
                if (name is "figcaption" || (name == "figure" && e.QuerySelector("p") is null))
                {
                    var t = HtmlMetadata.Clean(e.TextContent);
                    if (t.Length > 0) dropped.Add(new(lex.IsCredit(t) ? "credit" : "caption", t));
                    remove.Add(e);
                    continue;
                }
                var sig = classDrop && (e.ClassName is not null || e.Id is not null || e.HasAttribute("role") || e.HasAttribute("itemprop")) ? Signature(e) : "";
                if (sig.Length > 0 && (before[e].Text < MaxDropShare * pageText || LinkDensity(before[e]) > MaxLinkDensity) && lex.Drop.IsMatch(sig) && !lex.Keep.IsMatch(sig) && !lex.BodySelectors.Any(r => r.IsMatch(sig)))
                {
                    var t = HtmlMetadata.Clean(e.TextContent);
                    if (t.Length > 0 && t.Length < 300) dropped.Add(new(KindOf(sig), t));
                    if (Debug) Console.Error.WriteLine($"drop {t.Length,6} {sig}");
                    remove.Add(e);
                    continue;
                }
            }
            PushChildren(stack, e);
        }
        foreach (var e in remove) e.Remove();
    }

    private static string KindOf(string sig) =>
        sig.Contains("share") || sig.Contains("social") ? "share"
        : sig.Contains("comment") || sig.Contains("disqus") ? "comment"
        : sig.Contains("caption") ? "caption"
        : sig.Contains("credit") ? "credit"
        : sig.Contains("ad") || sig.Contains("sponsor") || sig.Contains("promo") ? "ad"
        : sig.Contains("nav") || sig.Contains("menu") || sig.Contains("related") || sig.Contains("breadcrumb") ? "navigation"
        : "boilerplate";

    /// <summary>Text length, link-text length and commas per element, bottom-up without recursion.</summary>
    private static Dictionary<IElement, Stats> ComputeStats(IElement root)
    {
        var stats = new Dictionary<IElement, Stats>(ReferenceEqualityComparer.Instance);
        var order = Walk(root).ToList();
        for (int i = order.Count - 1; i >= 0; i--)
        {
            var e = order[i];
            var s = new Stats();
            foreach (var n in e.ChildNodes)
            {
                if (n is IText t)
                {
                    var (len, commas) = Measure(t.Data);
                    s.Text += len; s.Commas += commas;
                }
                else if (n is IElement c && stats.TryGetValue(c, out var cs))
                {
                    s.Text += cs.Text; s.Commas += cs.Commas; s.Paragraphs += cs.Paragraphs;
                    s.Link += c.LocalName == "a" ? cs.Text : cs.Link;
                    if (c.LocalName == "p") s.Paragraphs++;
                }
            }
            stats[e] = s;
        }
        return stats;
    }

    /// <summary>Characters with runs of whitespace counted once, and commas (readability counts these as signs of prose).</summary>
    private static (int Length, int Commas) Measure(string s)
    {
        int len = 0, commas = 0; bool ws = true;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c)) { if (!ws) len++; ws = true; continue; }
            ws = false; len++;
            if (c is ',' or '\u060C' or '\uFF0C' or '\u3001') commas++;
        }
        return (len, commas);
    }

    private static double LinkDensity(Stats s) => s.Text == 0 ? 0 : (double)s.Link / s.Text;

    private static int ClassWeight(IElement e)
    {
        var lex = Lexicons.Default;
        int w = 0;
        foreach (var part in new[] { e.ClassName, e.Id })
        {
            if (string.IsNullOrEmpty(part)) continue;
            var p = part.ToLowerInvariant();
            if (lex.Negative.IsMatch(p)) w -= 25;
            if (lex.Positive.IsMatch(p)) w += 25;
        }
        if (e.GetAttribute("itemprop") is { } ip && ip.Contains("articleBody", StringComparison.OrdinalIgnoreCase)) w += 50;
        return w;
    }

    /// <summary>readability.js: paragraphs add to their ancestors; the best ancestor and its worthy siblings win.</summary>
    private static List<IElement> ScoringPass(IElement body, Dictionary<IElement, Stats> stats)
    {
        var candidates = new List<IElement>();
        foreach (var e in Walk(body))
        {
            if (!ParagraphTags.Contains(e.LocalName) && !(e.LocalName == "div" && !e.ChildNodes.Any(c => c is IElement ce && BlockTags.Contains(ce.LocalName)))) continue;
            var s = stats[e];
            if (s.Text < MinScoringLength) continue;
            double score = 1 + s.Commas + Math.Min(s.Text / 100, 3);
            var anc = e.ParentElement;
            for (int level = 0; level < 5 && anc is not null; level++, anc = anc.ParentElement)
            {
                var a = stats[anc];
                if (!a.Scored)
                {
                    a.Scored = true;
                    a.Score = InitialScore(anc) + ClassWeight(anc);
                    candidates.Add(anc);
                }
                a.Score += level == 0 ? score : level == 1 ? score / 2 : score / (level * 3);
                if (anc == body) break;
            }
        }
        if (candidates.Count == 0) return [body];
        IElement top = body; double best = double.MinValue;
        foreach (var c in candidates)
        {
            var s = stats[c];
            double final = s.Score * (1 - LinkDensity(s));
            s.Score = final;
            if (final > best) { best = final; top = c; }
        }
        // A lone top candidate whose parent holds it plus more prose is promoted (readability: parent score ≥ top/3 walk-up, simplified).
        while (top.ParentElement is { } parent && parent != body.ParentElement && stats.TryGetValue(parent, out var ps) && ps.Scored
               && ps.Score >= best * 0.95 && top.ParentElement != body) { top = parent; best = ps.Score; }

        var result = new List<IElement>();
        double threshold = Math.Max(10, best * 0.2);
        if (top.ParentElement is not { } par || top == body) return [top];
        foreach (var sib in par.ChildNodes.OfType<IElement>())
        {
            if (sib == top) { result.Add(sib); continue; }
            var s = stats[sib];
            double bonus = !string.IsNullOrEmpty(top.ClassName) && sib.ClassName == top.ClassName ? best * 0.2 : 0;
            if (s.Scored && s.Score + bonus >= threshold) { result.Add(sib); continue; }
            if (sib.LocalName == "p")
            {
                double ld = LinkDensity(s);
                if (s.Text > 80 && ld < 0.25) result.Add(sib);
                else if (s.Text is > 0 and <= 80 && ld == 0 && sib.TextContent.TrimEnd().EndsWith('.')) result.Add(sib);
            }
        }
        return result;
    }

    private static int InitialScore(IElement e) => e.LocalName switch
    {
        "div" or "article" or "section" or "main" => 5,
        "pre" or "td" or "blockquote" => 3,
        "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
        _ => 0,
    };

    /// <summary>Known article-body containers; several disjoint matches of the first matching selector are all kept (split bodies).</summary>
    private static List<IElement>? SelectorPass(IElement body, Dictionary<IElement, Stats> stats, ExtractionOptions options)
    {
        var lex = Lexicons.Default;
        var all = Walk(body).ToList();
        foreach (var rx in lex.BodySelectors)
        {
            var hits = all.Where(e => e != body && rx.IsMatch(Signature(e))).ToList();
            // Keep outermost matches only.
            var outer = hits.Where(h => !hits.Any(o => o != h && o.Contains(h))).ToList();
            var good = outer.Where(h => stats[h].Text > 0 && LinkDensity(stats[h]) < MaxLinkDensity).ToList();
            if (good.Sum(h => stats[h].Text) >= options.MinExtractedSize) return good;
        }
        return null;
    }

    /// <summary>Flattens a container into paragraph blocks: block elements break, inline text joins with collapsed spaces.</summary>
    private static void ToBlocks(IElement root, Dictionary<IElement, Stats> stats, List<Block> blocks, ImmutableArray<DroppedText>.Builder dropped,
        Dictionary<IElement, (string Kind, string? Author, string? Channel, string? Url)> embeds, string source)
    {
        var sb = new StringBuilder();
        var runs = ImmutableArray.CreateBuilder<SourceRun>();
        var kind = BlockKind.Paragraph;
        (string, string?, string?, string?)? embed = null;
        int cursor = 0;
        int brRun = 0;
        void Flush()
        {
            var t = sb.ToString().Trim();
            if (t.Length > 0) blocks.Add(new Block(sb.ToString(), kind, runs.ToImmutable()) { Embed = embed });
            sb.Clear(); runs.Clear(); kind = BlockKind.Paragraph; embed = null;
        }
        // Explicit stack of (node, leaving?) so closing a block element flushes its text.
        var stack = new Stack<(INode Node, bool Exit)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (node is IText text)
            {
                AppendText(sb, runs, text.Data, source, ref cursor);
                if (!string.IsNullOrWhiteSpace(text.Data)) brRun = 0;
                continue;
            }
            if (node is not IElement e) continue;
            var name = e.LocalName;
            if (exit)
            {
                if (BlockTags.Contains(name)) Flush();
                continue;
            }
            if (name == "br")
            {
                // One <br> is a line break inside a paragraph; two in a row (only whitespace between) end the block.
                // (Counted here rather than with NextSibling, which AngleSharp finds by a linear search.)
                if (brRun > 0) Flush();
                else if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
                brRun++;
                continue;
            }
            if (e != root && stats.TryGetValue(e, out var s) && IsNavigationBlock(e, s))
            {
                var t = HtmlMetadata.Clean(e.TextContent);
                if (t.Length > 0) dropped.Add(new("navigation", t.Length > 300 ? t[..300] : t));
                continue;
            }
            if (BlockTags.Contains(name))
            {
                Flush();
                if (name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6") kind = BlockKind.Heading;
                else if (name == "li") kind = BlockKind.ListItem;
                else if (name == "blockquote") kind = BlockKind.Quote;
                else if (name == "pre") kind = BlockKind.Preformatted;
                if (embeds.TryGetValue(e, out var em))
                {
                    // An embed is one block: its paragraphs joined, a post's "— Author (@handle) date" line cut off.
                    kind = BlockKind.Quote;
                    embed = em;
                    foreach (var t in Descendants(e).OfType<IText>()) AppendText(sb, runs, t.Data, source, ref cursor);
                    if (em.Kind == "post" && sb.ToString().LastIndexOf('\u2014') is var dash and > 0)
                    {
                        sb.Length = dash;
                        for (int r = runs.Count - 1; r >= 0; r--)
                        {
                            if (runs[r].Offset >= dash) runs.RemoveAt(r);
                            else if (runs[r].Offset + runs[r].Length > dash) runs[r] = runs[r] with { Length = dash - runs[r].Offset };
                        }
                    }
                    Flush();
                    continue;
                }
            }
            stack.Push((e, true));
            var kids = e.ChildNodes;
            for (int i = kids.Length - 1; i >= 0; i--) stack.Push((kids[i], false));
        }
        Flush();
    }

    private static void AppendText(StringBuilder sb, ImmutableArray<SourceRun>.Builder runs, string data, string source, ref int cursor)
    {
        // Anchor: the text node's opening characters, searched further ahead than single words (markup can be long).
        var lead = data.AsSpan().Trim();
        int cut = lead.IndexOfAny('\n', '\r');
        if (cut > 0) lead = lead[..cut];
        if (lead.Length > 48) lead = lead[..48];
        if (lead.Length >= 12 && cursor < source.Length)
        {
            int at = source.AsSpan(cursor, Math.Min(source.Length - cursor, AnchorWindow)).IndexOf(lead, StringComparison.Ordinal);
            if (at >= 0) cursor += at;
        }
        int i = 0;
        while (i < data.Length)
        {
            if (char.IsWhiteSpace(data[i]))
            {
                if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
                while (i < data.Length && char.IsWhiteSpace(data[i])) i++;
                continue;
            }
            int j = i;
            while (j < data.Length && !char.IsWhiteSpace(data[j])) j++;
            var word = data.AsSpan(i, j - i);
            // Map the word back to the source when it appears there verbatim (entities and markup break the match; then no segment).
            if (cursor >= 0 && cursor < source.Length)
            {
                int window = Math.Min(source.Length - cursor, 4096);
                int at = source.AsSpan(cursor, window).IndexOf(word, StringComparison.Ordinal);
                if (at >= 0)
                {
                    int src = cursor + at;
                    if (runs.Count > 0 && runs[^1] is var last && last.Offset + last.Length + 1 == sb.Length + 0 && last.SourceStart + last.Length + 1 == src && sb.Length > 0 && sb[^1] == ' ' && source[src - 1] == ' ')
                        runs[^1] = last with { Length = last.Length + 1 + word.Length };
                    else runs.Add(new SourceRun(sb.Length, src, word.Length));
                    cursor = src + word.Length;
                }
            }
            sb.Append(word);
            i = j;
        }
    }

    /// <summary>All nodes under <paramref name="root"/> in document order, without recursion.</summary>
    private static IEnumerable<INode> Descendants(INode root)
    {
        var stack = new Stack<INode>();
        for (int i = root.ChildNodes.Length - 1; i >= 0; i--) stack.Push(root.ChildNodes[i]);
        while (stack.Count > 0)
        {
            var n = stack.Pop();
            yield return n;
            for (int i = n.ChildNodes.Length - 1; i >= 0; i--) stack.Push(n.ChildNodes[i]);
        }
    }

    /// <summary>Lists and boxes of mostly links (related stories, tag lists) and short link-only lines.</summary>
    private static bool IsNavigationBlock(IElement e, Stats s)
    {
        if (s.Text == 0) return false;
        double ld = LinkDensity(s);
        var name = e.LocalName;
        if (name is "ul" or "ol" or "div" or "section" or "table" or "dl" or "aside" or "header")
        {
            if (ld > MaxLinkDensity && s.Commas < 10) return true;
            if (ld > 0.3 && s.Text < 200 && ClassWeight(e) < 0) return true;
        }
        if (name is "p" or "li" && ld > 0.8 && s.Text < 120) return true;
        return false;
    }

    /// <summary>Drops boilerplate, credits and the title repeated in the body; splits nothing.</summary>
    private static List<Block> PostFilter(List<Block> blocks, PageMetadata meta, ImmutableArray<DroppedText>.Builder dropped)
    {
        var lex = Lexicons.Default;
        var result = new List<Block>(blocks.Count);
        var title = meta.Title is null ? null : Lexicons.NormalizeLine(meta.Title);
        foreach (var b in blocks)
        {
            var t = HtmlMetadata.Clean(b.Text);
            if (t.Length == 0) continue;
            if (title is not null && result.Count == 0 && Lexicons.NormalizeLine(t) == title) { dropped.Add(new("title", t)); continue; }
            if (lex.BoilerplateKind(t) is { } k) { dropped.Add(new(k, t)); continue; }
            if (lex.IsCredit(t)) { dropped.Add(new("credit", t)); continue; }
            if (b.Kind != BlockKind.Heading && t.Length < 120 && System.Text.RegularExpressions.Regex.IsMatch(t, @"^(?i:by)\s+\p{Lu}") && Lexicons.CountWords(t) <= 10 && result.Count < 3)
            { dropped.Add(new("byline", t)); continue; }
            if (t.Length < 60 && result.Count < 3 && Dates.ParseLine(t) is not null) { dropped.Add(new("dateline", t)); continue; }
            result.Add(b);
        }
        return result;
    }

    /// <summary>Embedded tweets and Instagram posts, and plain block quotes, with author and channel.</summary>
    private static Dictionary<IElement, (string Kind, string? Author, string? Channel, string? Url)> CollectEmbeds(IDocument doc)
    {
        var map = new Dictionary<IElement, (string, string?, string?, string?)>(ReferenceEqualityComparer.Instance);
        foreach (var bq in doc.QuerySelectorAll("blockquote"))
        {
            var cls = (bq.ClassName ?? "").ToLowerInvariant();
            string? channel = cls.Contains("twitter") || cls.Contains("tweet") ? "Twitter"
                : cls.Contains("instagram") ? "Instagram" : cls.Contains("tiktok") ? "TikTok" : cls.Contains("facebook") ? "Facebook" : null;
            string? author = null, url = null;
            if (channel is not null)
            {
                // Twitter's embed ends "— Name (@handle) date" with a link to the status.
                var text = bq.TextContent;
                int dash = text.LastIndexOf('\u2014');
                if (dash >= 0)
                {
                    var tail = text[(dash + 1)..].Trim();
                    int paren = tail.IndexOf('(');
                    author = (paren > 0 ? tail[..paren] : tail).Trim();
                    if (author.Length == 0 || author.Length > 80) author = null;
                }
                url = bq.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")).LastOrDefault(h => h is not null && h.Contains("/status/"))
                      ?? bq.GetAttribute("data-instgrm-permalink") ?? bq.GetAttribute("cite");
                map[bq] = ("post", author, channel, url);
            }
            else
            {
                var cite = bq.QuerySelector("cite, footer")?.TextContent.Trim();
                map[bq] = ("blockquote", string.IsNullOrEmpty(cite) ? null : cite, null, bq.GetAttribute("cite"));
            }
        }
        return map;
    }
}
