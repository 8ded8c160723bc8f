using System.Text.Json;
using System.Text.RegularExpressions;
using Sitrep.Core;
using Sitrep.Render.Export;
using Sitrep.Testing;

namespace Sitrep.Render.Tests.Export;

public class ExportTests
{
    private static Document Sample()
    {
        const string text = "Lead paragraph: Freedonian jets bombed a depot near Ruritania City on 2 March.\n\nLater, Ruritania condemned the raid.";
        var doc = Docs.Plain(text, new DateTimeOffset(2021, 3, 4, 12, 0, 0, TimeSpan.Zero));
        var city = new Entity("E2", "Ruritania City", EntityType.Gpe, "t") { Country = "RUR", Geo = new GeoPoint(45.5, 12.25, "1234567", "RUR", "01") };
        var country = new Entity("E3", "Ruritania", EntityType.Gpe, "t") { Country = "RUR", Cameo = "RUR", Geo = new GeoPoint(45, 12, "7654321", "RUR", null) };
        int s1 = text.IndexOf("Freedonian", StringComparison.Ordinal), s2 = text.IndexOf("Later", StringComparison.Ordinal);
        var v1 = new PoliticalEvent("V1", new TextSpan(0, text.IndexOf("\n\n", StringComparison.Ordinal)), "Lead …", new CameoCoding("195", "19", 4, -10.0, "Employ aerial weapons"), "events@test")
        {
            Source = new EventActor(null, "Freedonian jets", new TextSpan(s1, s1 + 15), "FRDMIL"),
            Plover = new PloverCoding("ASSAULT", "aerial"),
            Location = new EventLocation("E2", "Ruritania City", "RUR", 45.5, 12.25) { FeatureId = "1234567" },
            Date = new EventDate("2021-03-02", "2 March", null),
            OtherMentions = [new TextSpan(s2, text.Length)],
        };
        var v2 = new PoliticalEvent("V2", new TextSpan(s2, text.Length), "Later, Ruritania condemned the raid.", new CameoCoding("111", "11", 3, -2.0, "Criticize or denounce"), "events@test")
        {
            Source = new EventActor("E3", "Ruritania", null, "RURGOV"),
            Target = new EventActor(null, "Freedonian jets", null, "FRDMIL"),
            Plover = new PloverCoding("ACCUSE", "disapprove"),
            Modality = Modality.Asserted,
        };
        return doc with { Entities = [city, country], Events = [v1, v2], Article = doc.Article with { Url = "https://example.org/a" } };
    }

    [Fact]
    public void An_event_of_no_coded_actor_is_no_gdelt_row()
    {
        var doc = Sample();
        var actorless = doc.Events[1] with { Id = "V3", Source = null, Target = new EventActor(null, "someone", null, null) };
        var rows = GdeltExport.Rows(doc with { Events = [.. doc.Events, actorless] }).ToList();
        Assert.Equal(2, rows.Count);
    }

    [Fact]
    public void Gdelt_columns_are_the_61_of_the_codebook_in_order()
    {
        var names = File.ReadAllLines(SharedData.PathOf("data", "events", "gdelt_columns.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')[1]).ToList();
        Assert.Equal(61, GdeltExport.Columns.Count);
        Assert.Equal(names, GdeltExport.Columns);
    }

    [Fact]
    public void Gdelt_rows_have_61_fields_with_gdelt_value_formats()
    {
        var rows = GdeltExport.Rows(Sample(), firstId: 1000).ToList();
        Assert.Equal(2, rows.Count);
        var f = rows[0].Split('\t');
        Assert.Equal(61, f.Length);
        var sample = File.ReadLines(SharedData.PathOf("data", "events", "gdelt_sample.export.tsv")).First().Split('\t');
        Assert.Equal(sample.Length, f.Length);
        Assert.Equal("1000", f[0]);
        Assert.Equal("20210302", f[1]);
        Assert.Equal("202103", f[2]);
        Assert.Equal("2021", f[3]);
        Assert.Matches(@"^\d{4}\.\d{4}$", f[4]);
        Assert.Matches(@"^\d{4}\.\d{4}$", sample[4]);
        Assert.Equal("FRDMIL", f[5]);
        Assert.Equal("FRD", f[7]);              // ISO-3 style country part of the actor code
        Assert.Equal("MIL", f[12]);             // Actor1Type1Code
        Assert.Equal("1", f[25]);               // lead paragraph: root event
        Assert.Equal(["195", "195", "19", "4", "-10.0"], f[26..31]);
        Assert.Equal("2", f[31]);               // NumMentions = 1 + other mentions
        Assert.Equal("4", f[51]);
        Assert.Equal("Ruritania City", f[52]);
        Assert.Equal("RUR", f[53]);
        Assert.Equal(["45.5", "12.25", "1234567"], f[56..59]);
        Assert.Equal("20210304120000", f[59]);
        Assert.Matches(@"^\d{14}$", sample[59]);
        Assert.Equal("https://example.org/a", f[60]);
        var g = rows[1].Split('\t');
        Assert.Equal("0", g[25]);
        Assert.Equal("20210304", g[1]);         // no day in the text: the report's date
        Assert.Equal("RUR", g[7]);              // from the entity
        Assert.Equal("RURITANIA", g[6]);
        Assert.Equal("1", g[35]);               // actor geo: a country
        Assert.Equal("-2.0", g[30]);
    }

    [Fact]
    public void Plover_lines_are_json_objects_with_source_spans()
    {
        var doc = Sample();
        var lines = PloverExport.Lines(doc).ToList();
        Assert.Equal(2, lines.Count);
        using var j = JsonDocument.Parse(lines[0]);
        var r = j.RootElement;
        Assert.Equal("test-V1", r.GetProperty("id").GetString());
        Assert.Equal("2021-03-02", r.GetProperty("date").GetString());
        Assert.Equal("FRDMIL", r.GetProperty("actor").GetString());
        Assert.Equal(JsonValueKind.Null, r.GetProperty("recipient").ValueKind);
        Assert.Equal("ASSAULT", r.GetProperty("event").GetString());
        Assert.Equal("aerial", r.GetProperty("mode").GetString());
        Assert.Equal("Ruritania City", r.GetProperty("event_loc").GetProperty("name").GetString());
        var actor = r.GetProperty("source_spans").GetProperty("actor");
        Assert.Equal("Freedonian jets", doc.Text[actor[0].GetInt32()..actor[1].GetInt32()]);
        Assert.Equal(2, r.GetProperty("num_mentions").GetInt32());
        Assert.Equal("asserted", JsonDocument.Parse(lines[1]).RootElement.GetProperty("modality").GetString());
        Assert.DoesNotContain('\n', lines[0]);
    }
}
