using System.Globalization;
using System.Text;
using Sitrep.Core;

namespace Sitrep.Render;

/// <summary>The explainer as Markdown. Untrusted text is escaped so it can neither format nor inject HTML.</summary>
public static class MarkdownRenderer
{
    public static string Render(Document document)
    {
        var v = new ExplainerView(document);
        var a = document.Article;
        var sb = new StringBuilder();
        sb.Append("# ").AppendLine(Escape(v.Headline));
        if (a.Standfirst is { Length: > 0 } sf) sb.AppendLine().Append('*').Append(Escape(sf)).AppendLine("*");
        var meta = new[] { a.Source, a.Byline, a.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }.Where(s => !string.IsNullOrEmpty(s));
        if (meta.Any()) sb.AppendLine().AppendLine(Escape(string.Join(" · ", meta!)));

        sb.AppendLine().AppendLine("## What happened").AppendLine();
        if (v.Story.Summary.Length > 0) sb.AppendLine(Escape(v.Story.Summary)).AppendLine();
        foreach (var e in v.KeyEvents)
            sb.Append("- **").Append(Escape(v.ActorLine(e.Source))).Append(" → ").Append(Escape(v.ActorLine(e.Target))).Append("**: ")
              .Append(Escape(e.Text)).Append(" _(").Append(Escape(ExplainerView.Describe(e))).Append(")_ ").AppendLine(Ref(e.Span));

        sb.AppendLine().AppendLine("## Who is who").AppendLine();
        sb.AppendLine("| Name | Type | Country | CAMEO | Role | Mentions |").AppendLine("|---|---|---|---|---|---|");
        foreach (var e in v.WhoIsWho)
            sb.Append("| ").Append(Cell(e.Name)).Append(" | ").Append(Schema.Name(e.Type)).Append(" | ").Append(Cell(e.Country ?? ""))
              .Append(" | ").Append(Cell(e.Cameo ?? "")).Append(" | ").Append(Cell(v.RoleLine(e))).Append(" | ").Append(e.Mentions.Length).AppendLine(" |");

        sb.AppendLine().AppendLine("## Who said what").AppendLine();
        foreach (var q in document.Quotes)
        {
            sb.Append("> “").Append(Escape(q.Text)).AppendLine("”").Append(">\n> — **").Append(Escape(v.NameOf(q.SpeakerEntityId, q.SpeakerText))).Append("**");
            var how = new[] { q.Cue, q.Channel, q.ViaEntityId is null ? null : "via " + v.NameOf(q.ViaEntityId) }.Where(s => s is not null);
            if (how.Any()) sb.Append(" (").Append(Escape(string.Join(", ", how!))).Append(')');
            sb.Append(", ").Append(Schema.Name(q.Kind)).Append(' ').AppendLine(Ref(q.Span)).AppendLine();
        }

        if (v.Story.Reactions.Length > 0)
        {
            sb.AppendLine("## Reactions").AppendLine();
            foreach (var group in v.Story.Reactions.GroupBy(r => r.Side))
            {
                sb.Append("### ").AppendLine(Escape(group.Key)).AppendLine();
                foreach (var r in group)
                {
                    sb.Append("- **").Append(Escape(string.Join(", ", r.Actors.Select(id => v.NameOf(id))))).Append("** (").Append(Escape(r.Stance)).Append(')');
                    // One quote reads on the actor's line; several are a list under it, each with its place in the text.
                    var quotes = r.Quotes.Select(v.QuoteById).OfType<Quote>().ToList();
                    if (quotes.Count == 1) sb.Append(": “").Append(Escape(Shorten(quotes[0].Text, 160))).Append('”');
                    sb.AppendLine();
                    if (quotes.Count > 1)
                        foreach (var q in quotes)
                            sb.Append("  - “").Append(Escape(Shorten(q.Text, 160))).Append("” ").AppendLine(Ref(q.Span));
                }
                sb.AppendLine();
            }
        }

        foreach (var adv in v.Story.Advisories)
        {
            sb.AppendLine("## Advisory").AppendLine();
            sb.Append("> **").Append(Escape(v.NameOf(adv.IssuerEntityId, "Issuer unknown"))).Append("**");
            if (adv.Audience is { } aud) sb.Append(" to ").Append(Escape(aud));
            sb.Append(' ').AppendLine(Ref(adv.Span)).AppendLine(">");
            foreach (var act in adv.Actions) sb.Append("> - ").AppendLine(Escape(act));
            foreach (var st in adv.Status) sb.Append("> - _Status:_ ").AppendLine(Escape(st));
            foreach (var c in adv.Contacts)
                sb.Append("> - ").Append(c.Kind).Append(": `").Append(c.Value.Replace("`", "'")).Append('`').Append(c.Note is { } n ? " — " + Escape(n) : "").AppendLine();
            sb.AppendLine();
        }

        if (v.Story.Timeline.Length > 0)
        {
            sb.AppendLine("## Background").AppendLine();
            foreach (var t in v.Story.Timeline)
                sb.Append(t.Order).Append(". **").Append(Escape(t.Date ?? "undated")).Append("**: ").Append(Escape(t.Text)).Append(' ').AppendLine(Ref(t.Span));
            sb.AppendLine();
        }

        if (v.Story.Outlook.Length > 0 || v.Story.Tension.Length > 0)
        {
            sb.AppendLine("## What happens now").AppendLine();
            foreach (var o in v.Story.Outlook)
                sb.Append("- ").Append(Escape(o.Text)).Append(" _(").Append(o.Modality).Append(", ")
                  .Append(o.Likelihood.ToString("0.00", CultureInfo.InvariantCulture)).Append(")_ ").AppendLine(Ref(o.Span));
            foreach (var t in v.Story.Tension)
                sb.Append("- Tension ").Append(Escape(t.SideA)).Append('–').Append(Escape(t.SideB)).Append(": ")
                  .AppendLine(t.Score.ToString("+0.0;−0.0;0.0", CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    private static string Ref(TextSpan span) => $"[{span.Start}–{span.End}]";

    private static string Shorten(string s, int max) => s.Length <= max ? s : s[..(max - 1)].TrimEnd() + "…";

    private static string Cell(string s) => Escape(s).Replace("|", "\\|");

    /// <summary>Escapes Markdown syntax and HTML-significant characters in untrusted text, and folds line breaks.</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var ch in text)
        {
            switch (ch)
            {
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '&': sb.Append("&amp;"); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '#' or '|' or '~': sb.Append('\\').Append(ch); break;
                case '\r' or '\n': sb.Append(' '); break;
                default: sb.Append(ch); break;
            }
        }
        return sb.ToString();
    }
}
