using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Core;

namespace Sitrep.Render;

/// <summary>
/// Writes a document as a <c>sitrep.explainer/1</c> JSON object. Written field by field (not through a
/// serializer) so the order, the names and the explicit nulls match the format document exactly.
/// </summary>
public static class ExplainerJson
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Compact = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The explainer as a string; <paramref name="indented"/> false gives one line (JSON Lines).</summary>
    public static string ToJson(Document document, bool indented = true)
    {
        using var buffer = new MemoryStream();
        Write(document, buffer, indented);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static void Write(Document document, Stream output, bool indented = true)
    {
        using var w = new Utf8JsonWriter(output, indented ? Indented : Compact);
        w.WriteStartObject();
        w.WriteString("schema", Schema.Version);
        WriteDocument(w, document.Article);
        WriteEntities(w, document);
        WriteQuotes(w, document);
        WriteEvents(w, document);
        WriteStory(w, document.Story);
        w.WriteEndObject();
    }

    private static void WriteDocument(Utf8JsonWriter w, Article a)
    {
        w.WriteStartObject("document");
        w.WriteString("id", a.Id);
        w.WriteString("title", a.Title);
        w.WriteString("standfirst", a.Standfirst);
        w.WriteString("byline", a.Byline);
        if (a.Published is { } p) w.WriteString("published", p.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
        else w.WriteNull("published");
        w.WriteString("source", a.Source);
        w.WriteString("url", a.Url);
        w.WriteString("language", a.Language);
        w.WriteStartArray("sections");
        foreach (var s in a.Sections)
        {
            w.WriteStartObject();
            w.WriteString("heading", s.Heading);
            w.WriteNumber("start", s.Span.Start);
            w.WriteNumber("end", s.Span.End);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("dropped");
        foreach (var d in a.Dropped)
        {
            w.WriteStartObject();
            w.WriteString("kind", d.Kind);
            w.WriteString("text", d.Text);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteString("text", a.Text);
        w.WriteEndObject();
    }

    private static void WriteEntities(Utf8JsonWriter w, Document doc)
    {
        w.WriteStartArray("entities");
        foreach (var e in doc.Entities)
        {
            w.WriteStartObject();
            w.WriteString("id", e.Id);
            w.WriteString("name", e.Name);
            w.WriteString("type", Schema.Name(e.Type));
            w.WriteString("country", e.Country);
            w.WriteString("cameo", e.Cameo);
            if (e.MetonymyCode is not null) w.WriteString("metonymy", e.MetonymyCode);
            WriteStrings(w, "titles", e.Titles);
            w.WriteStartArray("roles");
            foreach (var r in e.Roles)
            {
                w.WriteStartObject();
                w.WriteString("role", r.Role);
                w.WriteString("of", r.OfEntityId);
                w.WriteString("text", r.Text);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            if (e.Geo is { } g)
            {
                w.WriteStartObject("geo");
                w.WriteNumber("lat", Math.Round(g.Lat, 5));
                w.WriteNumber("lon", Math.Round(g.Lon, 5));
                w.WriteString("featureId", g.FeatureId);
                w.WriteString("countryCode", g.CountryCode);
                w.WriteString("adm1", g.Adm1);
                w.WriteEndObject();
            }
            else w.WriteNull("geo");
            w.WriteStartArray("mentions");
            foreach (var m in e.Mentions)
            {
                w.WriteStartObject();
                w.WriteNumber("start", m.Span.Start);
                w.WriteNumber("end", m.Span.End);
                w.WriteString("text", m.Text);
                w.WriteString("kind", Schema.Name(m.Kind));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteQuotes(Utf8JsonWriter w, Document doc)
    {
        w.WriteStartArray("quotes");
        foreach (var q in doc.Quotes)
        {
            w.WriteStartObject();
            w.WriteString("id", q.Id);
            w.WriteString("kind", Schema.Name(q.Kind));
            w.WriteString("text", q.Text);
            w.WriteNumber("start", q.Span.Start);
            w.WriteNumber("end", q.Span.End);
            w.WriteString("speaker", q.SpeakerEntityId);
            w.WriteString("speakerText", q.SpeakerText);
            WriteNullableNumber(w, "speakerStart", q.SpeakerSpan?.Start);
            WriteNullableNumber(w, "speakerEnd", q.SpeakerSpan?.End);
            w.WriteString("cue", q.Cue);
            w.WriteString("channel", q.Channel);
            w.WriteString("via", q.ViaEntityId);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteEvents(Utf8JsonWriter w, Document doc)
    {
        w.WriteStartArray("events");
        foreach (var v in doc.Events)
        {
            w.WriteStartObject();
            w.WriteString("id", v.Id);
            w.WriteString("text", v.Text);
            w.WriteNumber("start", v.Span.Start);
            w.WriteNumber("end", v.Span.End);
            WriteActor(w, "source", v.Source);
            WriteActor(w, "target", v.Target);
            w.WriteStartObject("cameo");
            w.WriteString("code", v.Cameo.Code);
            w.WriteString("root", v.Cameo.Root);
            w.WriteNumber("quadClass", v.Cameo.QuadClass);
            w.WriteNumber("goldstein", v.Cameo.Goldstein);
            w.WriteEndObject();
            if (v.Plover is { } pl)
            {
                w.WriteStartObject("plover");
                w.WriteString("type", pl.Type);
                w.WriteString("mode", pl.Mode);
                w.WriteEndObject();
            }
            else w.WriteNull("plover");
            w.WriteString("modality", Schema.Name(v.Modality));
            w.WriteString("attributedTo", v.AttributedTo);
            if (v.Date is { } d)
            {
                w.WriteStartObject("date");
                w.WriteString("value", d.Value);
                w.WriteString("text", d.Text);
                WriteNullableNumber(w, "start", d.Span?.Start);
                WriteNullableNumber(w, "end", d.Span?.End);
                w.WriteEndObject();
            }
            else w.WriteNull("date");
            if (v.Location is { } l)
            {
                w.WriteStartObject("location");
                w.WriteString("entity", l.EntityId);
                w.WriteString("name", l.Name);
                w.WriteString("countryCode", l.CountryCode);
                WriteNullableNumber(w, "lat", l.Lat);
                WriteNullableNumber(w, "lon", l.Lon);
                w.WriteEndObject();
            }
            else w.WriteNull("location");
            w.WriteNumber("mentions", 1 + v.OtherMentions.Length);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteActor(Utf8JsonWriter w, string name, EventActor? actor)
    {
        if (actor is null) { w.WriteNull(name); return; }
        w.WriteStartObject(name);
        w.WriteString("entity", actor.EntityId);
        w.WriteString("text", actor.Text);
        w.WriteString("code", actor.Code);
        w.WriteEndObject();
    }

    private static void WriteStory(Utf8JsonWriter w, StoryAnalysis? story)
    {
        story ??= new StoryAnalysis("none");
        w.WriteStartArray("reactions");
        foreach (var r in story.Reactions)
        {
            w.WriteStartObject();
            w.WriteString("side", r.Side);
            WriteStrings(w, "actors", r.Actors);
            w.WriteString("stance", r.Stance);
            WriteStrings(w, "quotes", r.Quotes);
            WriteStrings(w, "events", r.Events);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("advisories");
        foreach (var a in story.Advisories)
        {
            w.WriteStartObject();
            w.WriteString("issuer", a.IssuerEntityId);
            w.WriteString("audience", a.Audience);
            w.WriteNumber("start", a.Span.Start);
            w.WriteNumber("end", a.Span.End);
            WriteStrings(w, "actions", a.Actions);
            WriteStrings(w, "status", a.Status);
            w.WriteStartArray("contacts");
            foreach (var c in a.Contacts)
            {
                w.WriteStartObject();
                w.WriteString("kind", c.Kind);
                w.WriteString("value", c.Value);
                w.WriteString("note", c.Note);
                w.WriteNumber("start", c.Span.Start);
                w.WriteNumber("end", c.Span.End);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("timeline");
        foreach (var t in story.Timeline)
        {
            w.WriteStartObject();
            w.WriteNumber("order", t.Order);
            w.WriteString("date", t.Date);
            w.WriteString("text", t.Text);
            w.WriteNumber("start", t.Span.Start);
            w.WriteNumber("end", t.Span.End);
            WriteStrings(w, "events", t.Events);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("outlook");
        foreach (var o in story.Outlook)
        {
            w.WriteStartObject();
            w.WriteString("text", o.Text);
            w.WriteNumber("start", o.Span.Start);
            w.WriteNumber("end", o.Span.End);
            w.WriteString("modality", o.Modality);
            w.WriteNumber("likelihood", o.Likelihood);
            w.WriteString("source", o.SourceEntityId);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("tension");
        foreach (var t in story.Tension)
        {
            w.WriteStartObject();
            w.WriteString("sideA", t.SideA);
            w.WriteString("sideB", t.SideB);
            w.WriteNumber("score", Math.Round(t.Score, 2));
            WriteStrings(w, "basis", t.Basis);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteString("summary", story.Summary);
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    private static void WriteNullableNumber(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v) w.WriteNumber(name, v); else w.WriteNull(name);
    }

    private static void WriteNullableNumber(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v) w.WriteNumber(name, v); else w.WriteNull(name);
    }
}
