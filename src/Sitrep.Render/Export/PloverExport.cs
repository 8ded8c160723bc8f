using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Core;

namespace Sitrep.Render.Export;

/// <summary>
/// Writes coded events as PLOVER JSON lines (one object per event): id, date, actor, recipient, event, mode,
/// context, event_loc, event_text and the source spans (UTF-16 offsets into the document text) of the sentence,
/// trigger, actor and recipient, plus the CAMEO coding and the modality the text states it with.
/// </summary>
public static class PloverExport
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IEnumerable<string> Lines(Document document)
    {
        foreach (var v in document.Events)
        {
            using var ms = new MemoryStream();
            using (var w = new Utf8JsonWriter(ms, Options))
            {
                w.WriteStartObject();
                w.WriteString("id", $"{document.Id}-{v.Id}");
                w.WriteString("date", v.Date?.Value ?? document.Article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                Actor(w, "actor", v.Source);
                Actor(w, "recipient", v.Target);
                w.WriteString("event", v.Plover?.Type);
                w.WriteString("mode", v.Plover?.Mode);
                w.WriteStartArray("context");
                w.WriteEndArray();
                w.WritePropertyName("event_loc");
                if (v.Location is { } loc)
                {
                    w.WriteStartObject();
                    w.WriteString("name", loc.Name);
                    w.WriteString("countryCode", loc.CountryCode);
                    if (loc.Lat is { } lat) w.WriteNumber("lat", lat); else w.WriteNull("lat");
                    if (loc.Lon is { } lon) w.WriteNumber("lon", lon); else w.WriteNull("lon");
                    w.WriteString("featureId", loc.FeatureId);
                    w.WriteEndObject();
                }
                else w.WriteNullValue();
                w.WriteString("event_text", v.Text);
                w.WriteString("trigger", v.Trigger);
                w.WriteString("modality", Schema.Name(v.Modality));
                w.WriteString("attributed_to", v.AttributedTo);
                w.WriteStartObject("cameo");
                w.WriteString("code", v.Cameo.Code);
                w.WriteString("root", v.Cameo.Root);
                w.WriteNumber("quad_class", v.Cameo.QuadClass);
                w.WriteNumber("goldstein", v.Cameo.Goldstein);
                w.WriteEndObject();
                w.WriteStartObject("source_spans");
                Span(w, "sentence", v.Span);
                Span(w, "trigger", v.TriggerSpan);
                Span(w, "actor", v.Source?.Span);
                Span(w, "recipient", v.Target?.Span);
                w.WriteStartArray("other_mentions");
                foreach (var s in v.OtherMentions) { w.WriteStartArray(); w.WriteNumberValue(s.Start); w.WriteNumberValue(s.End); w.WriteEndArray(); }
                w.WriteEndArray();
                w.WriteEndObject();
                w.WriteNumber("num_mentions", 1 + v.OtherMentions.Length);
                w.WriteString("doc_id", document.Id);
                w.WriteString("url", document.Article.Url);
                w.WriteString("publication", document.Article.Source);
                w.WriteString("language", document.Article.Language);
                w.WriteString("coder", v.Producer);
                w.WriteEndObject();
            }
            yield return Encoding.UTF8.GetString(ms.ToArray());
        }
    }

    public static void Write(Document document, TextWriter output)
    {
        foreach (var line in Lines(document)) output.Write(line + "\n");
    }

    private static void Actor(Utf8JsonWriter w, string name, EventActor? a)
    {
        w.WriteString(name, a?.Code);
        w.WriteString(name + "_text", a?.Text);
        w.WriteString(name + "_entity", a?.EntityId);
    }

    private static void Span(Utf8JsonWriter w, string name, TextSpan? s)
    {
        if (s is not { } x) { w.WriteNull(name); return; }
        w.WriteStartArray(name);
        w.WriteNumberValue(x.Start);
        w.WriteNumberValue(x.End);
        w.WriteEndArray();
    }
}
