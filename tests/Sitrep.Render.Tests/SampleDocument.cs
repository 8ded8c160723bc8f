using System.Collections.Immutable;
using Sitrep.Core;

namespace Sitrep.Render.Tests;

/// <summary>A small hand-annotated document that exercises every part of the explainer.</summary>
internal static class SampleDocument
{
    public const string Text = "Minister Ana <b>Lopes</b> said the blockade \"must end now\".\n\nThe embassy urged citizens to call +1-555-0100.";

    public static Document Create(string? title = "Port <script>alert(1)</script> blockade")
    {
        var article = new Article
        {
            Id = "abc123",
            Text = Text,
            Title = title,
            Standfirst = "Talks stall & ships wait",
            Published = new DateTimeOffset(2024, 5, 6, 0, 0, 0, TimeSpan.Zero),
            Paragraphs = Article.ParagraphsOf(Text),
            Sections = [new Section("Talks", new TextSpan(0, 5), new TextSpan(0, Text.Length))],
            Dropped = [new DroppedText("credit", "Photo: Agency")],
        };
        int speakerStart = Text.IndexOf("Ana", StringComparison.Ordinal);
        var speaker = new EntityMention(new TextSpan(speakerStart, Text.IndexOf(" said", StringComparison.Ordinal)), "Ana <b>Lopes</b>", EntityType.Person, MentionKind.Name, "test@1") { EntityId = "E1" };
        int quoteStart = Text.IndexOf("\"must", StringComparison.Ordinal);
        var sentence1 = new TextSpan(0, Text.IndexOf("\n\n", StringComparison.Ordinal));
        var sentence2 = new TextSpan(sentence1.End + 2, Text.Length);
        int phone = Text.IndexOf("+1-555-0100", StringComparison.Ordinal);
        return (Document.From(article) with
        {
            Sentences = [new Sentence(sentence1, 0, 0, "test@1"), new Sentence(sentence2, 0, 0, "test@1")],
            Entities = [new Entity("E1", "Ana Lopes", EntityType.Person, "test@1")
            {
                Country = "PRT", Cameo = "PRTGOV", Titles = ["Minister"], Mentions = [speaker],
                Roles = [new EntityRole("Minister", null, "Minister", new TextSpan(0, 8))],
            }],
            Quotes = [new Quote("Q1", QuoteKind.Mixed, new TextSpan(quoteStart, quoteStart + 14), "must end now", "test@1")
            {
                SpeakerEntityId = "E1", SpeakerText = speaker.Text, SpeakerSpan = speaker.Span, Cue = "say",
            }],
            Events = [new PoliticalEvent("V1", sentence1, Text[sentence1.Start..sentence1.End], new CameoCoding("100", "10", 3, -5.0, "Demand"), "test@1")
            {
                Source = new EventActor("E1", "Ana Lopes", speaker.Span, "PRTGOV"),
                Plover = new PloverCoding("REQUEST", null),
                Modality = Modality.Reported,
                AttributedTo = "Q1",
            }],
            Story = new StoryAnalysis("test@1")
            {
                Summary = "A minister demanded an end to the blockade.",
                SummarySources = [sentence1],
                Reactions = [new Reaction("PRT", ["E1"], "demand", ["Q1"], ["V1"])],
                Advisories = [new Advisory(null, "citizens", sentence2, "test@1")
                {
                    Actions = ["call +1-555-0100"],
                    Contacts = [new Contact("phone", "+1-555-0100", null, new TextSpan(phone, phone + 11))],
                }],
                Outlook = [new OutlookItem("The blockade could end.", sentence1, "possible", 0.4, null)],
                Tension = [new TensionScore("PRT", "ESP", -5, ["V1"])],
                Timeline = [new TimelineItem(1, "2024-05", "demand", sentence1, ["V1"])],
            },
        }).ProducedBy("test@1", Layer.Sentences, Layer.Entities, Layer.Quotes, Layer.Events, Layer.Story);
    }
}
