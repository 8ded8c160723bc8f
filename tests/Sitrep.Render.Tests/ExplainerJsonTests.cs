using System.Text.Json;

namespace Sitrep.Render.Tests;

public class ExplainerJsonTests
{
    private static JsonElement Parse() => JsonDocument.Parse(ExplainerJson.ToJson(SampleDocument.Create())).RootElement;

    [Fact]
    public void TopLevelFieldsFollowTheFormatInOrder()
    {
        var names = Parse().EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Equal(["schema", "document", "entities", "quotes", "events", "reactions", "advisories", "timeline", "outlook", "tension", "summary"], names);
        Assert.Equal("sitrep.explainer/1", Parse().GetProperty("schema").GetString());
    }

    [Fact]
    public void UnknownValuesAreExplicitNulls()
    {
        var doc = Parse().GetProperty("document");
        Assert.Equal(JsonValueKind.Null, doc.GetProperty("byline").ValueKind);
        Assert.Equal(JsonValueKind.Null, doc.GetProperty("url").ValueKind);
        Assert.Equal(JsonValueKind.Null, Parse().GetProperty("entities")[0].GetProperty("geo").ValueKind);
    }

    [Fact]
    public void OffsetsPointAtTheQuotedCharacters()
    {
        var root = Parse();
        var text = root.GetProperty("document").GetProperty("text").GetString()!;
        var q = root.GetProperty("quotes")[0];
        Assert.Equal("\"must end now\"", text[q.GetProperty("start").GetInt32()..q.GetProperty("end").GetInt32()]);
        var m = root.GetProperty("entities")[0].GetProperty("mentions")[0];
        Assert.Equal(m.GetProperty("text").GetString(), text[m.GetProperty("start").GetInt32()..m.GetProperty("end").GetInt32()]);
    }

    [Fact]
    public void EnumerationsUseTheWireNames()
    {
        var root = Parse();
        Assert.Equal("PERSON", root.GetProperty("entities")[0].GetProperty("type").GetString());
        Assert.Equal("name", root.GetProperty("entities")[0].GetProperty("mentions")[0].GetProperty("kind").GetString());
        Assert.Equal("mixed", root.GetProperty("quotes")[0].GetProperty("kind").GetString());
        var v = root.GetProperty("events")[0];
        Assert.Equal("reported", v.GetProperty("modality").GetString());
        Assert.Equal("Q1", v.GetProperty("attributedTo").GetString());
        Assert.Equal(-5.0, v.GetProperty("cameo").GetProperty("goldstein").GetDouble());
        Assert.Equal("2024-05-06T00:00:00+00:00", root.GetProperty("document").GetProperty("published").GetString());
    }

    [Fact]
    public void CompactOutputIsOneLine()
    {
        var json = ExplainerJson.ToJson(SampleDocument.Create(), indented: false);
        Assert.DoesNotContain('\n', json);
        Assert.Contains("\\n\\n", json);
    }
}
