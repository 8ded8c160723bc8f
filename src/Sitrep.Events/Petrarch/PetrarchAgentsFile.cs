using System.Text.RegularExpressions;

namespace Sitrep.Events.Petrarch;

/// <summary>One entry of a PETRARCH agents dictionary: "NAME {PLURALS} [CODE]" ("CHAMBER_OF_COMMERCE {CHAMBERS_OF_COMMERCE} [~BUS]").</summary>
/// <param name="Name">The name as written, words joined by underscores, possibly with a macro ("!MINIST!_OF_DEFENSE").</param>
/// <param name="Plurals">What the braces hold (empty for "{}": no plural), or null when the line has none.</param>
/// <param name="Code">What the brackets hold, as written: "~GOV" (a sector), "IGO~" (a code prefix).</param>
internal sealed record PetrarchAgent(string Name, string? Plurals, string Code)
{
    /// <summary>The plurals the braces name, one per entry ("{}" and no braces give none).</summary>
    public string[] PluralForms => Plurals?.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries) ?? [];
}

/// <summary>
/// Reads the agents dictionaries of PETRARCH (Phoenix.agents.txt, PETR.Validate.agents.txt): one reader for the event
/// data builder (data/events/agents.tsv.gz) and the PETRARCH unit-test coder. The entity stage's builder reads the
/// same file for sector rows only; it may not depend on this stage, so it keeps its own short reader.
/// </summary>
internal static partial class PetrarchAgentsFile
{
    /// <summary>The agent entries in file order and the substitution sets ("!MINIST! = MINISTER, MINISTRY, …") they use.</summary>
    public static (List<PetrarchAgent> Agents, Dictionary<string, string[]> Macros) Parse(IEnumerable<string> lines)
    {
        var agents = new List<PetrarchAgent>();
        var macros = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var raw in lines)
        {
            if (raw.TrimStart().StartsWith("<!--", StringComparison.Ordinal)) continue;
            var line = raw.Split('#')[0].Trim();
            if (line.Length == 0) continue;
            var macro = MacroLine().Match(line);
            if (macro.Success)
            {
                macros[macro.Groups[1].Value] = [.. macro.Groups[2].Value.Split(',').Select(x => x.Trim()).Where(x => x.Length > 0)];
                continue;
            }
            var a = AgentLine().Match(line);
            if (!a.Success) continue;
            agents.Add(new PetrarchAgent(a.Groups["name"].Value.Trim(), a.Groups["plurals"].Success ? a.Groups["plurals"].Value : null, a.Groups["code"].Value));
        }
        return (agents, macros);
    }

    /// <summary>A name with its first substitution set expanded ("!MINIST!_OF_DEFENSE" → "MINISTER_OF_DEFENSE", "MINISTRY_OF_DEFENSE", …).</summary>
    public static IEnumerable<string> ExpandFirstMacro(string name, IReadOnlyDictionary<string, string[]> macros)
    {
        var m = MacroUse().Match(name);
        return m.Success && macros.TryGetValue(m.Value, out var values) ? values.Select(v => name.Replace(m.Value, v)) : [name];
    }

    [GeneratedRegex(@"^(![A-Z]+!)\s*=\s*(.+)$")] private static partial Regex MacroLine();
    [GeneratedRegex(@"^(?<name>[^\[{]+?)\s*(?:\{(?<plurals>[^}]*)\})?\s*\[(?<code>[^\]]*)\]")] private static partial Regex AgentLine();
    [GeneratedRegex(@"![A-Z]+!")] private static partial Regex MacroUse();
}
