using System.Globalization;
using System.Net;
using System.Text;
using Sitrep.Core;

namespace Sitrep.Render;

/// <summary>
/// The explainer as one self-contained HTML page: the explainer on the left, the article on the right with
/// each sentence wrapped in a span. Hovering or clicking an item highlights the sentences its offsets cover.
/// Every piece of document text goes through <see cref="WebUtility.HtmlEncode(string)"/>; the script reads
/// only numeric data attributes, so nothing from the input is ever interpreted as markup or code.
/// </summary>
public static class HtmlRenderer
{
    public static string Render(Document document)
    {
        var v = new ExplainerView(document);
        var a = document.Article;
        var sb = new StringBuilder(document.Text.Length * 3 + 8192);
        sb.Append("<!DOCTYPE html>\n<html lang=\"").Append(E(a.Language)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n")
          .Append("<title>").Append(E(v.Headline)).Append(" — Sitrep explainer</title>\n<style>").Append(Css).Append("</style>\n</head>\n<body>\n");
        sb.Append("<header><h1>").Append(E(v.Headline)).Append("</h1>");
        if (a.Standfirst is { Length: > 0 } sf) sb.Append("<p class=\"standfirst\">").Append(E(sf)).Append("</p>");
        var meta = new[] { a.Source, a.Byline, a.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }.Where(s => !string.IsNullOrEmpty(s)).ToList();
        if (meta.Count > 0) sb.Append("<p class=\"meta\">").Append(E(string.Join(" · ", meta!))).Append("</p>");
        sb.Append("</header>\n<main>\n<section class=\"explainer\">\n");

        sb.Append("<h2>What happened</h2>\n");
        if (v.Story.Summary.Length > 0)
        {
            var src = v.Story.SummarySources.Length > 0 ? v.Story.SummarySources[0].Cover(v.Story.SummarySources[^1]) : (TextSpan?)null;
            sb.Append("<p class=\"summary item\"").Append(Attrs(src)).Append('>').Append(E(v.Story.Summary)).Append("</p>\n");
        }
        sb.Append("<ul class=\"events\">\n");
        foreach (var e in v.KeyEvents)
            sb.Append("<li class=\"item q").Append(e.Cameo.QuadClass).Append('"').Append(Attrs(e.Span)).Append("><b>").Append(E(v.ActorLine(e.Source)))
              .Append(" → ").Append(E(v.ActorLine(e.Target))).Append("</b> ").Append(E(e.Text)).Append("<br><small>")
              .Append(E(ExplainerView.Describe(e))).Append(" · Goldstein ").Append(e.Cameo.Goldstein.ToString("0.0", CultureInfo.InvariantCulture)).Append("</small></li>\n");
        sb.Append("</ul>\n");

        sb.Append("<h2>Who is who</h2>\n<table><thead><tr><th>Name</th><th>Type</th><th>Country</th><th>CAMEO</th><th>Role</th><th>Mentions</th></tr></thead><tbody>\n");
        foreach (var e in v.WhoIsWho)
        {
            var first = e.Mentions.Length > 0 ? e.Mentions[0].Span : (TextSpan?)null;
            sb.Append("<tr class=\"item\"").Append(Attrs(first)).Append(MentionAttr(e)).Append("><td>").Append(E(e.Name)).Append("</td><td>").Append(Schema.Name(e.Type))
              .Append("</td><td>").Append(E(e.Country ?? "")).Append("</td><td>").Append(E(e.Cameo ?? "")).Append("</td><td>").Append(E(v.RoleLine(e)))
              .Append("</td><td>").Append(e.Mentions.Length).Append("</td></tr>\n");
        }
        sb.Append("</tbody></table>\n");

        sb.Append("<h2>Who said what</h2>\n");
        foreach (var q in document.Quotes)
        {
            sb.Append("<blockquote class=\"item\"").Append(Attrs(q.Span)).Append("><p>“").Append(E(q.Text)).Append("”</p><footer>— <b>")
              .Append(E(v.NameOf(q.SpeakerEntityId, q.SpeakerText))).Append("</b>");
            var how = new[] { q.Cue, q.Channel, q.ViaEntityId is null ? null : "via " + v.NameOf(q.ViaEntityId), Schema.Name(q.Kind) }.Where(s => s is not null);
            sb.Append(" <small>").Append(E(string.Join(" · ", how!))).Append("</small></footer></blockquote>\n");
        }

        if (v.Story.Reactions.Length > 0)
        {
            sb.Append("<h2>Reactions</h2>\n");
            foreach (var group in v.Story.Reactions.GroupBy(r => r.Side))
            {
                sb.Append("<h3>").Append(E(group.Key)).Append("</h3><ul>\n");
                foreach (var r in group)
                {
                    var firstQuote = r.Quotes.Select(v.QuoteById).FirstOrDefault(q => q is not null);
                    sb.Append("<li class=\"item\"").Append(Attrs(firstQuote?.Span)).Append("><b>").Append(E(string.Join(", ", r.Actors.Select(id => v.NameOf(id)))))
                      .Append("</b> <span class=\"stance\">").Append(E(r.Stance)).Append("</span>");
                    if (firstQuote is not null) sb.Append(" “").Append(E(firstQuote.Text)).Append('”');
                    sb.Append("</li>\n");
                }
                sb.Append("</ul>\n");
            }
        }

        foreach (var adv in v.Story.Advisories)
        {
            sb.Append("<aside class=\"advisory item\"").Append(Attrs(adv.Span)).Append("><h2>Advisory</h2><p><b>").Append(E(v.NameOf(adv.IssuerEntityId, "Issuer unknown"))).Append("</b>");
            if (adv.Audience is { } aud) sb.Append(" to ").Append(E(aud));
            sb.Append("</p><ul>");
            foreach (var act in adv.Actions) sb.Append("<li>").Append(E(act)).Append("</li>");
            foreach (var st in adv.Status) sb.Append("<li><i>Status:</i> ").Append(E(st)).Append("</li>");
            sb.Append("</ul>");
            if (adv.Contacts.Length > 0)
            {
                sb.Append("<p class=\"contacts\">");
                foreach (var c in adv.Contacts)
                    sb.Append("<span class=\"contact\"").Append(Attrs(c.Span)).Append('>').Append(E(c.Kind)).Append(": <code>").Append(E(c.Value)).Append("</code></span> ");
                sb.Append("</p>");
            }
            sb.Append("</aside>\n");
        }

        if (v.Story.Timeline.Length > 0)
        {
            sb.Append("<h2>Background</h2>\n<ol class=\"timeline\">\n");
            foreach (var t in v.Story.Timeline)
                sb.Append("<li class=\"item\"").Append(Attrs(t.Span)).Append("><b>").Append(E(t.Date ?? "undated")).Append("</b> ").Append(E(t.Text)).Append("</li>\n");
            sb.Append("</ol>\n");
        }

        if (v.Story.Outlook.Length > 0 || v.Story.Tension.Length > 0)
        {
            sb.Append("<h2>What happens now</h2>\n<ul>\n");
            foreach (var o in v.Story.Outlook)
                sb.Append("<li class=\"item\"").Append(Attrs(o.Span)).Append('>').Append(E(o.Text)).Append(" <small>").Append(E(o.Modality)).Append(", ")
                  .Append(o.Likelihood.ToString("0.00", CultureInfo.InvariantCulture)).Append("</small></li>\n");
            sb.Append("</ul>\n");
            foreach (var t in v.Story.Tension)
            {
                // A bar from -10 (hostile) to +10 (cooperative), centred at 0.
                var width = Math.Min(50, Math.Abs(t.Score) * 5).ToString("0.#", CultureInfo.InvariantCulture);
                var side = t.Score < 0 ? "neg" : "pos";
                sb.Append("<div class=\"tension\"><span>").Append(E(t.SideA)).Append('–').Append(E(t.SideB)).Append(' ')
                  .Append(t.Score.ToString("0.0", CultureInfo.InvariantCulture)).Append("</span><div class=\"bar\"><i class=\"").Append(side)
                  .Append("\" style=\"width:").Append(width).Append("%\"></i></div></div>\n");
            }
        }
        sb.Append("</section>\n<article class=\"source\"><h2>Source text</h2>\n");
        AppendSourceText(sb, document.Text, v.SentenceSpans);
        sb.Append("</article>\n</main>\n<footer class=\"page\">Generated by Sitrep · ").Append(E(Schema.Version)).Append(" · document ").Append(E(a.Id)).Append("</footer>\n");
        sb.Append("<script>").Append(Script).Append("</script>\n</body>\n</html>\n");
        return sb.ToString();
    }

    /// <summary>The article with each sentence in a span carrying its offsets; paragraph breaks become paragraphs.</summary>
    private static void AppendSourceText(StringBuilder sb, string text, IReadOnlyList<TextSpan> sentences)
    {
        int pos = 0;
        sb.Append("<p>");
        foreach (var s in sentences.Where(s => s.End <= text.Length).OrderBy(s => s.Start))
        {
            if (s.Start < pos) continue;
            AppendGap(sb, text, pos, s.Start);
            sb.Append("<span class=\"s\" data-start=\"").Append(s.Start).Append("\" data-end=\"").Append(s.End).Append("\">")
              .Append(E(text[s.Start..s.End])).Append("</span>");
            pos = s.End;
        }
        AppendGap(sb, text, pos, text.Length);
        sb.Append("</p>\n");
    }

    private static void AppendGap(StringBuilder sb, string text, int from, int to)
    {
        var gap = text[from..to];
        var parts = gap.Split("\n\n");
        for (int i = 0; i < parts.Length; i++)
        {
            if (i > 0) sb.Append("</p>\n<p>");
            sb.Append(E(parts[i]));
        }
    }

    private static string Attrs(TextSpan? span) =>
        span is { } s ? $" data-start=\"{s.Start}\" data-end=\"{s.End}\" tabindex=\"0\"" : "";

    /// <summary>All mention offsets of an entity, so hovering its row lights up every sentence that names it.</summary>
    private static string MentionAttr(Entity e) =>
        e.Mentions.Length == 0 ? "" : " data-spans=\"" + string.Join(' ', e.Mentions.Select(m => $"{m.Span.Start}-{m.Span.End}")) + "\"";

    private static string E(string? s) => WebUtility.HtmlEncode(s ?? "");

    private const string Css = """
        :root{--ink:#1d2330;--muted:#5b6475;--line:#dde1e8;--hl:#ffe58a;--neg:#c0392b;--pos:#2e8b57}
        body{margin:0;font:16px/1.5 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:var(--ink);background:#f6f7f9}
        header{padding:1.5rem 2rem;background:#fff;border-bottom:1px solid var(--line)}
        h1{margin:0 0 .25rem;font-size:1.7rem}.standfirst{margin:.25rem 0;font-size:1.1rem;color:var(--muted)}.meta{margin:0;color:var(--muted);font-size:.9rem}
        main{display:grid;grid-template-columns:minmax(0,1.1fr) minmax(0,1fr);gap:1.5rem;padding:1.5rem 2rem}
        @media (max-width:900px){main{grid-template-columns:1fr}}
        section.explainer,article.source{background:#fff;border:1px solid var(--line);border-radius:8px;padding:1rem 1.5rem}
        article.source{position:sticky;top:1rem;max-height:calc(100vh - 2rem);overflow:auto;font-family:Georgia,serif}
        h2{font-size:1.15rem;margin:1.25rem 0 .5rem;border-bottom:1px solid var(--line);padding-bottom:.2rem}h3{font-size:1rem;margin:.75rem 0 .25rem}
        table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{text-align:left;padding:.25rem .4rem;border-bottom:1px solid var(--line)}
        blockquote{margin:.5rem 0;padding:.4rem .8rem;border-left:4px solid #8aa4d6;background:#f3f6fc}blockquote p{margin:0}blockquote footer{color:var(--muted);font-size:.9rem}
        .item{cursor:pointer;border-radius:4px}.item:hover,.item:focus,.item.active{outline:2px solid #f0c000;background:#fffbe6}
        .events li{margin:.35rem 0}.q4{border-left:3px solid var(--neg);padding-left:.4rem}.q3{border-left:3px solid #e67e22;padding-left:.4rem}
        .q1,.q2{border-left:3px solid var(--pos);padding-left:.4rem}small{color:var(--muted)}
        .advisory{margin:1rem 0;padding:.5rem 1rem;border:2px solid #d35400;border-radius:8px;background:#fff5ec}.advisory h2{border:0;margin-top:.25rem}
        .contact{display:inline-block;margin:.15rem .4rem .15rem 0}.stance{font-size:.8rem;background:#eef;border-radius:3px;padding:0 .3rem}
        .tension{display:flex;align-items:center;gap:.75rem;margin:.3rem 0}.tension span{min-width:9rem}.bar{position:relative;flex:1;height:10px;background:#eceff3;border-radius:5px}
        .bar i{position:absolute;top:0;bottom:0}.bar i.neg{right:50%;background:var(--neg)}.bar i.pos{left:50%;background:var(--pos)}
        .s.hl{background:var(--hl)}footer.page{padding:1rem 2rem;color:var(--muted);font-size:.8rem}
        """;

    // Highlights the source sentences that overlap an item's [start,end) or any of its mention spans.
    private const string Script = """
        (function(){
          var sentences=[].slice.call(document.querySelectorAll('.s'));
          function ranges(el){
            var out=[];var s=el.getAttribute('data-spans');
            if(s){s.split(' ').forEach(function(p){var a=p.split('-');out.push([+a[0],+a[1]]);});}
            else if(el.hasAttribute('data-start')){out.push([+el.getAttribute('data-start'),+el.getAttribute('data-end')]);}
            return out;}
          function mark(el,on,scroll){
            var rs=ranges(el),first=null;
            sentences.forEach(function(s){var a=+s.getAttribute('data-start'),b=+s.getAttribute('data-end');
              var hit=rs.some(function(r){return r[0]<b&&a<r[1];});
              s.classList.toggle('hl',on&&hit);if(on&&hit&&!first)first=s;});
            if(scroll&&first)first.scrollIntoView({block:'center',behavior:'smooth'});}
          document.querySelectorAll('.item').forEach(function(el){
            el.addEventListener('mouseenter',function(){mark(el,true,false);});
            el.addEventListener('mouseleave',function(){if(!el.classList.contains('active'))mark(el,false,false);});
            el.addEventListener('click',function(){document.querySelectorAll('.item.active').forEach(function(o){o.classList.remove('active');});
              el.classList.add('active');mark(el,true,true);});
            el.addEventListener('keydown',function(e){if(e.key==='Enter'){el.click();}});
          });
        })();
        """;
}
