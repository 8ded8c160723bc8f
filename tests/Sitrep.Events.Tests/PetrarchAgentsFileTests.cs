using Sitrep.Events.Data;
using Sitrep.Events.Petrarch;

namespace Sitrep.Events.Tests;

public class PetrarchAgentsFileTests
{
    // Lines in the dictionary's format, written for this test.
    private static readonly string[] Lines =
    [
        "# a comment [~XXX]",
        "!MINIST! = MINISTER, MINISTRY",
        "CHAMBER_OF_TRADE {CHAMBERS_OF_TRADE} [~BUS]  # trailing comment",
        "RIOT_POLICE {} [~COP]",
        "!MINIST!_OF_FISHERIES [~GOVAGR]",
        "TRUCE_MONITOR [IGO~]",
    ];

    [Fact]
    public void Parse_reads_names_plurals_codes_and_macros()
    {
        var (agents, macros) = PetrarchAgentsFile.Parse(Lines);
        Assert.Equal(["MINISTER", "MINISTRY"], macros["!MINIST!"]);
        Assert.Equal(4, agents.Count);
        Assert.Equal(new PetrarchAgent("CHAMBER_OF_TRADE", "CHAMBERS_OF_TRADE", "~BUS"), agents[0]);
        Assert.Equal(new PetrarchAgent("RIOT_POLICE", "", "~COP"), agents[1]);
        Assert.Equal(new PetrarchAgent("TRUCE_MONITOR", null, "IGO~"), agents[3]);
        Assert.Equal(["MINISTER_OF_FISHERIES", "MINISTRY_OF_FISHERIES"], PetrarchAgentsFile.ExpandFirstMacro(agents[2].Name, macros));
    }

    [Fact]
    public void Event_data_rows_have_every_name_and_plural_without_braces_and_no_code_prefixes()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, Lines);
            var rows = EventDataBuilder.BuildAgents(path);
            Assert.Equal(["CHAMBER_OF_TRADE\tBUS", "CHAMBERS_OF_TRADE\tBUS", "RIOT_POLICE\tCOP", "MINISTER_OF_FISHERIES\tGOVAGR", "MINISTRY_OF_FISHERIES\tGOVAGR"], rows);
        }
        finally { File.Delete(path); }
    }
}
