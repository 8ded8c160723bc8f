using System.Collections.Frozen;
using System.Reflection;
using Sitrep.Core;

namespace Sitrep.Quotes;

/// <summary>How a surface form of a cue relates to its lemma.</summary>
internal enum CueForm { Base, Past, Participle, ThirdPerson, Gerund, Noun }

/// <summary>One reading of a cue word: "said" is the past of the verb "say", stance assert.</summary>
/// <param name="Rest">Further words of a multiword cue ("out" in "point out"), lowercase.</param>
/// <param name="Indirect">True when the cue may introduce reported speech without quotation marks.</param>
internal sealed record CueReading(string Lemma, bool IsNoun, string Stance, bool Indirect, CueForm Form, string[] Rest);

/// <summary>
/// The reporting-verb and channel lexicons (data/quotes/*.tsv), loaded once and shared.
/// Regular verbs are inflected here so the data lists lemmas only; irregular forms are given in the data.
/// </summary>
internal sealed class CueLexicon
{
    private static readonly Lazy<CueLexicon> Shared = new(() => Load(typeof(CueLexicon).Assembly), LazyThreadSafetyMode.ExecutionAndPublication);

    public static CueLexicon Default => Shared.Value;

    private readonly FrozenDictionary<string, CueReading[]> _byFirstWord;
    private readonly FrozenDictionary<string, (string[] Words, string Channel)[]> _channels;

    private CueLexicon(Dictionary<string, List<CueReading>> cues, Dictionary<string, List<(string[], string)>> channels)
    {
        _byFirstWord = cues.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        _channels = channels.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.OrderByDescending(c => c.Item1.Length).ToArray(), StringComparer.Ordinal);
    }

    public int CueCount => _byFirstWord.Values.Sum(v => v.Length);

    public static CueLexicon Load(Assembly assembly)
    {
        var cues = new Dictionary<string, List<CueReading>>(StringComparer.Ordinal);
        foreach (var line in EmbeddedData.Lines(assembly, "reporting-verbs.tsv"))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length < 4) throw new SitrepException(Errors.ModelMissing("reporting-verbs.tsv", $"bad line '{line}'"));
            var words = f[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            bool noun = f[1] == "noun";
            bool indirect = f[3] == "indirect";
            string[] rest = words[1..];
            foreach (var (form, kind) in Forms(words[0], noun, f.Length > 4 ? f[4] : ""))
            {
                if (!cues.TryGetValue(form, out var list)) cues[form] = list = [];
                var reading = new CueReading(f[0], noun, f[2], indirect, kind, rest);
                if (!list.Contains(reading)) list.Add(reading);
            }
        }
        var channels = new Dictionary<string, List<(string[], string)>>(StringComparer.Ordinal);
        foreach (var line in EmbeddedData.Lines(assembly, "channels.tsv"))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length < 2) continue;
            var words = f[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (!channels.TryGetValue(words[0], out var list)) channels[words[0]] = list = [];
            list.Add((words, f[1]));
        }
        return new CueLexicon(cues, channels);
    }

    /// <summary>All readings whose words match the lowercase tokens starting at <paramref name="i"/>.</summary>
    public IEnumerable<CueReading> Readings(IReadOnlyList<string> lower, int i)
    {
        if (!_byFirstWord.TryGetValue(lower[i], out var readings)) yield break;
        foreach (var r in readings)
        {
            bool ok = true;
            for (int k = 0; k < r.Rest.Length && ok; k++)
                ok = i + 1 + k < lower.Count && lower[i + 1 + k] == r.Rest[k];
            if (ok) yield return r;
        }
    }

    public bool IsCueWord(string lower) => _byFirstWord.ContainsKey(lower);

    /// <summary>The channel named by the tokens starting at <paramref name="i"/>, with the number of tokens it covers.</summary>
    public (string Channel, int Length)? Channel(IReadOnlyList<string> lower, int i)
    {
        if (!_channels.TryGetValue(lower[i], out var list)) return null;
        foreach (var (words, channel) in list)
        {
            bool ok = true;
            for (int k = 1; k < words.Length && ok; k++)
                ok = i + k < lower.Count && lower[i + k] == words[k];
            if (ok) return (channel, words.Length);
        }
        return null;
    }

    private static IEnumerable<(string, CueForm)> Forms(string word, bool noun, string irregular)
    {
        if (noun)
        {
            yield return (word, CueForm.Noun);
            yield return (Plural(word), CueForm.Noun);
            yield break;
        }
        yield return (word, CueForm.Base);
        if (irregular.Length > 0)
        {
            var p = irregular.Split(',');
            yield return (p[0], CueForm.Past);
            yield return (p[1], CueForm.Participle);
            yield return (p[2], CueForm.ThirdPerson);
            yield return (p[3], CueForm.Gerund);
            yield break;
        }
        var past = word.EndsWith('e') ? word + "d"
            : EndsConsonantY(word) ? word[..^1] + "ied"
            : word + "ed";
        yield return (past, CueForm.Past);
        yield return (past, CueForm.Participle);
        yield return (Plural(word), CueForm.ThirdPerson);
        var gerund = word.EndsWith("ee", StringComparison.Ordinal) || word.EndsWith("ye", StringComparison.Ordinal) ? word + "ing"
            : word.EndsWith("ie", StringComparison.Ordinal) ? word[..^2] + "ying"
            : word.EndsWith('e') ? word[..^1] + "ing"
            : word + "ing";
        yield return (gerund, CueForm.Gerund);
    }

    private static bool EndsConsonantY(string w) => w.Length > 1 && w[^1] == 'y' && "aeiou".IndexOf(w[^2]) < 0;

    private static string Plural(string w) =>
        w.EndsWith('s') || w.EndsWith('x') || w.EndsWith('z') || w.EndsWith("ch", StringComparison.Ordinal) || w.EndsWith("sh", StringComparison.Ordinal) ? w + "es"
        : EndsConsonantY(w) ? w[..^1] + "ies"
        : w + "s";
}
