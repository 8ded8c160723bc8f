using Sitrep.Core;

namespace Sitrep.Story.Tests;

/// <summary>A small hand-annotated crisis report between two invented countries (codes RUR, BRD, SYL).</summary>
internal static class StoryFixture
{
    public const string Text =
        "Ruritanian forces shelled the border town of Vale on Tuesday, killing 12 civilians.\n\n" +
        "Bordurian Foreign Minister Anna Kovac condemned the attack as “a war crime”. " +
        "General Petar Ilic, the Bordurian army chief, threatened “a crushing response”.\n\n" +
        "The shelling came just days after protesters stormed the Ruritanian consulate in Sel.\n\n" +
        "In March, Ruritania imposed sanctions on Borduria over the disputed pipeline.\n\n" +
        "The Syldavian government said it stands with Borduria.\n\n" +
        "Further clashes are likely in the coming days, analysts said.";

    public static readonly DateTimeOffset Published = new(2031, 6, 12, 0, 0, 0, TimeSpan.Zero);

    public static StoryDocs Builder() => new StoryDocs(Text, Published)
        .Entity("E1", EntityType.Gpe, "RUR", "RUR", "Ruritania", "Ruritanian forces")
        .Entity("E2", EntityType.Gpe, "BRD", "BRD", "Borduria")
        .Entity("E3", EntityType.Person, "BRD", "BRDGOV", "Anna Kovac")
        .Entity("E4", EntityType.Person, "BRD", "BRDMIL", "General Petar Ilic")
        .Entity("E5", EntityType.Org, "SYL", "SYLGOV", "The Syldavian government")
        .Entity("E6", EntityType.Gpe, "RUR", "RUR", "Vale")
        .Quote("Q1", "a war crime", "E3", "condemn", QuoteKind.Mixed, "Anna Kovac")
        .Quote("Q2", "a crushing response", "E4", "threaten", QuoteKind.Mixed, "General Petar Ilic")
        .Quote("Q3", "it stands with Borduria", "E5", "say", QuoteKind.Indirect, "The Syldavian government")
        .Event("V1", "Ruritanian forces shelled the border town of Vale on Tuesday, killing 12 civilians", "shelled", "195", -10, 4, "E1", "RURMIL", null, "BRD", date: "2031-06-10")
        .Event("V2", "Anna Kovac condemned the attack as “a war crime”", "condemned", "111", -2, 3, "E3", "BRDGOV", "E1", "RUR")
        .Event("V3", "General Petar Ilic, the Bordurian army chief, threatened “a crushing response”", "threatened", "138", -7, 3, "E4", "BRDMIL", "E1", "RUR")
        .Event("V4", "protesters stormed the Ruritanian consulate in Sel", "stormed", "145", -7.5, 3, null, "BRDOPP", null, "RURGOV")
        .Event("V5", "Ruritania imposed sanctions on Borduria", "imposed", "163", -8, 4, "E1", "RUR", "E2", "BRD", date: "2031-03")
        .Event("V6", "The Syldavian government said it stands with Borduria", "stands", "051", 3.4, 1, "E5", "SYLGOV", "E2", "BRD")
        .Event("V7", "Further clashes are likely in the coming days", "clashes", "190", -10, 4, null, null, null, null, Modality.Future)
        .Date("on Tuesday", "2031-06-10")
        .Date("In March", "2031-03");

    public static StoryContext Context() => new(Builder().Build(), StoryLexicon.Default);
}
