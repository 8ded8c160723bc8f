using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Sitrep.Events.Data;
using Sitrep.Events.Dictionaries;

namespace Sitrep.Events.Petrarch;

/// <summary>An actor code valid in a date range (inclusive, yyyymmdd; 0 / int.MaxValue when open).</summary>
internal sealed record DatedCode(string Code, int From, int To)
{
    public bool Restricted => From > 0 || To < int.MaxValue;
    public bool Covers(int date) => date >= From && date <= To;
}

/// <summary>One name of an actor entry: its words (the last one a stem unless the name ends in '_') and codes.</summary>
internal sealed record ActorName(string[] Words, bool LastExact, IReadOnlyList<DatedCode> Codes);

/// <summary>An agent noun phrase ("FOREIGN_MINISTER", "MSF") and its code, added after ("~GOV") or before ("NGO~") the actor's.</summary>
internal sealed record AgentName(string[] Words, string Code, bool Prefix);

/// <summary>
/// A PETRARCH dictionary set read from files at run time (actors, agents, verbs, discards, in PETRARCH's own text
/// formats), so the same coder runs with the Phoenix dictionaries or with the fictional PETR.Validate.* ones.
/// </summary>
internal sealed partial class PetrarchDictionaries
{
    private readonly Dictionary<string, List<ActorName>> _actors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<AgentName>> _agents = new(StringComparer.Ordinal);
    private readonly List<string[]> _discards = [];

    public required VerbDictionary Verbs { get; init; }
    public int ActorNames => _actors.Values.Sum(l => l.Count);
    public int AgentNames => _agents.Values.Sum(l => l.Count);

    public static PetrarchDictionaries Load(string verbsPath, string actorsPath, string agentsPath, string discardsPath)
    {
        var d = new PetrarchDictionaries { Verbs = VerbDictionary.FromCompact(EventDataBuilder.VerbLines(Read(verbsPath)), wholeWords: true) };
        d.LoadActors(Read(actorsPath));
        d.LoadAgents(Read(agentsPath));
        foreach (var raw in Read(discardsPath))
        {
            var l = raw.Split('#')[0].Trim().TrimStart('+').Trim();
            if (l.Length > 0 && !l.StartsWith('<')) d._discards.Add(Words(l));
        }
        return d;
    }

    private static IEnumerable<string> Read(string path) => File.ReadLines(path, Encoding.Latin1).Select(l => l.TrimEnd('\r'));

    private static string[] Words(string phrase) =>
        phrase.ToUpperInvariant().Split(['_', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries);

    // ---- actors: "NAME [CODE]" or a block of names ("NAME", "+SYNONYM") followed by indented "[CODE dates]" lines
    private void LoadActors(IEnumerable<string> lines)
    {
        var names = new List<string>();
        var codes = new List<DatedCode>();
        void Flush()
        {
            if (names.Count > 0 && codes.Count > 0)
                foreach (var n in names)
                {
                    var w = Words(n);
                    if (w.Length == 0) continue;
                    var entry = new ActorName(w, n.TrimEnd().EndsWith('_'), [.. codes]);
                    if (!_actors.TryGetValue(w[0], out var list)) _actors[w[0]] = list = [];
                    list.Add(entry);
                }
            names.Clear();
            codes.Clear();
        }
        foreach (var raw in lines)
        {
            if (raw.TrimStart().StartsWith("<!--", StringComparison.Ordinal) || raw.TrimStart().StartsWith("-->", StringComparison.Ordinal)) continue;
            var line = raw.Split('#')[0];
            if (line.Trim().Length == 0) continue;
            bool indented = char.IsWhiteSpace(line[0]);
            var t = line.Trim();
            if (t.StartsWith('['))
            {
                codes.AddRange(Codes(t));
                continue;
            }
            if (t.StartsWith('+'))
            {
                int b = t.IndexOf('[');
                names.Add((b < 0 ? t[1..] : t[1..b]).Trim());
                continue;
            }
            if (indented) continue;
            Flush();
            int open = t.IndexOf('[');
            names.Add((open < 0 ? t : t[..open]).Trim());
            if (open >= 0) codes.AddRange(Codes(t[open..]));
        }
        Flush();
    }

    private static IEnumerable<DatedCode> Codes(string bracketed)
    {
        foreach (Match m in Bracket().Matches(bracketed))
        {
            var body = m.Groups[1].Value.Trim();
            var dm = DateRestriction().Match(body);
            string codePart = dm.Success ? body[..dm.Index].Trim() : body;
            int from = 0, to = int.MaxValue;
            if (dm.Success)
            {
                if (dm.Groups["lt"].Success) to = Date(dm.Groups["lt"].Value) - 1;
                else if (dm.Groups["gt"].Success) from = Date(dm.Groups["gt"].Value) + 1;
                else { from = Date(dm.Groups["a"].Value); to = Date(dm.Groups["b"].Value); }
            }
            foreach (var c in codePart.Split('/', StringSplitOptions.RemoveEmptyEntries))
                yield return new DatedCode(c.Trim().ToUpperInvariant(), from, to);
        }
    }

    /// <summary>yyyymmdd, or PETRARCH's older yymmdd (years before 30 are 20xx).</summary>
    private static int Date(string s)
    {
        int v = int.Parse(s, CultureInfo.InvariantCulture);
        if (s.Length == 6) v += (v / 10000 < 30 ? 20000000 : 19000000);
        return v;
    }

    // ---- agents: "NAME {PLURALS} [~CODE]", "!MACRO! = A, B" substitutions
    private void LoadAgents(IEnumerable<string> lines)
    {
        var (agents, macros) = PetrarchAgentsFile.Parse(lines);
        foreach (var agent in agents)
        {
            string codeText = agent.Code.Replace(" ", "");
            bool prefix = codeText.EndsWith('~');
            string code = codeText.Trim('~');
            var forms = new List<string> { agent.Name };
            // Without braces PETRARCH makes the regular plural itself; "{}" means the name has none.
            if (agent.Plurals is not null) forms.AddRange(agent.PluralForms);
            else forms.Add(Plural(agent.Name));
            foreach (var f in forms)
                foreach (var v in PetrarchAgentsFile.ExpandFirstMacro(f, macros))
                {
                    var w = Words(v);
                    if (w.Length == 0) continue;
                    if (!_agents.TryGetValue(w[0], out var list)) _agents[w[0]] = list = [];
                    list.Add(new AgentName(w, code, prefix));
                }
        }
    }

    private static string Plural(string phrase)
    {
        var p = phrase.TrimEnd('_');
        if (p.EndsWith('!')) return p;
        if (p.EndsWith('Y') && p.Length > 1 && !"AEIOU".Contains(p[^2])) return p[..^1] + "IES";
        if (p.EndsWith('S') || p.EndsWith('X') || p.EndsWith("CH", StringComparison.Ordinal) || p.EndsWith("SH", StringComparison.Ordinal)) return p + "ES";
        return p + "S";
    }

    // ---- lookups over upper-case words
    /// <summary>The longest actor name starting at <paramref name="i"/> (within [i, end)), with its codes.</summary>
    public (ActorName Name, int Length)? ActorAt(IReadOnlyList<string> upper, int i, int end)
    {
        if (!_actors.TryGetValue(upper[i], out var list) && !TryStem(upper[i], out list)) return null;
        (ActorName, int)? best = null;
        foreach (var a in list)
        {
            int n = a.Words.Length;
            if (i + n > end || best is { } b && n <= b.Item2) continue;
            bool ok = true;
            for (int k = 0; ok && k < n; k++)
                ok = k == n - 1 && !a.LastExact ? IsStemOf(a.Words[k], upper[i + k]) : upper[i + k] == a.Words[k];
            if (ok) best = (a, n);
        }
        return best;
    }

    private bool TryStem(string word, out List<ActorName> list)
    {
        // A stem entry ("ARGENTIN", "ROHAN") under a shorter key: try the word's prefixes down to 3 letters.
        for (int cut = 1; cut <= 3 && word.Length - cut >= 3; cut++)
            if (_actors.TryGetValue(word[..^cut], out list!)) return true;
        list = null!;
        return false;
    }

    /// <summary>A stem covers a word that starts with it and adds at most a short ending ("ROHAN" → "ROHANS").</summary>
    private static bool IsStemOf(string stem, string word) =>
        word.StartsWith(stem, StringComparison.Ordinal) && (word.Length - stem.Length <= (stem.Length >= 4 ? 3 : 1));

    public (AgentName Agent, int Length)? AgentAt(IReadOnlyList<string> upper, int i, int end)
    {
        if (!_agents.TryGetValue(upper[i], out var list)) return null;
        (AgentName, int)? best = null;
        foreach (var a in list)
        {
            int n = a.Words.Length;
            if (i + n > end || best is { } b && n <= b.Item2) continue;
            bool ok = true;
            for (int k = 0; ok && k < n; k++) ok = upper[i + k] == a.Words[k];
            if (ok) best = (a, n);
        }
        return best;
    }

    public bool IsDiscarded(IReadOnlyList<string> upper)
    {
        foreach (var d in _discards)
            for (int i = 0; i + d.Length <= upper.Count; i++)
            {
                bool ok = true;
                for (int k = 0; ok && k < d.Length; k++) ok = upper[i + k] == d[k];
                if (ok) return true;
            }
        return false;
    }

    [GeneratedRegex(@"\[([^\]]*)\]")] private static partial Regex Bracket();
    [GeneratedRegex(@"(?:<\s*(?<lt>\d{6,8})|>\s*(?<gt>\d{6,8})|(?<a>\d{6,8})\s*-\s*(?<b>\d{6,8}))")] private static partial Regex DateRestriction();
}
