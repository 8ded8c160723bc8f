using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Sitrep.Core;

namespace Sitrep.Story;

/// <summary>One line of an evaluation table: true positives, false positives, false negatives and a note.</summary>
internal sealed record EvalRow(string Part, int Tp, int Fp, int Fn, string Detail)
{
    public double Precision => Tp + Fp == 0 ? 0 : (double)Tp / (Tp + Fp);
    public double Recall => Tp + Fn == 0 ? 0 : (double)Tp / (Tp + Fn);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public string Format() => string.Create(CultureInfo.InvariantCulture,
        $"{Part,-22} {Tp,4} {Fp,4} {Fn,4}  {Precision,6:0.000} {Recall,6:0.000} {F1,6:0.000}  {Detail}");

    public const string Header = "part                     tp   fp   fn       P      R     F1  detail";
}

/// <summary>
/// Measures the story stage: the outlook cue classifier on hand-labelled sentences (data/story/outlook-eval.tsv),
/// and a document's story against a gold reading in the format of shared/seed/gold.json, matched the way
/// shared/tools/score_explainer.py matches (names or aliases, case-, quote- and apostrophe-insensitive).
/// </summary>
internal static partial class StoryEval
{
    /// <summary>Per-modality P/R/F1 of the outlook cues; "none" sentences count as false positives when given a modality.</summary>
    public static ImmutableArray<EvalRow> OutlookCues(StoryLexicon lexicon)
    {
        var rows = EmbeddedData.Lines(typeof(StoryEval).Assembly, "outlook-eval.tsv")
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('\t'))
            .Select(c => (Gold: c[0], Text: c[1]))
            .ToList();
        var phrases = lexicon.Likelihood.Select(c => c.Phrase).ToList();
        var byPhrase = lexicon.Likelihood.ToDictionary(c => c.Phrase, StringComparer.Ordinal);
        var predicted = rows.Select(r =>
        {
            var folded = TextMatch.Fold(r.Text);
            return OutlookFinder.Classify(r.Text, folded, 0, r.Text.Length, phrases, byPhrase, lexicon.ReportedFuture)?.Cue.Modality ?? "none";
        }).ToList();

        var result = ImmutableArray.CreateBuilder<EvalRow>();
        int tpAll = 0, fpAll = 0, fnAll = 0;
        foreach (var label in new[] { "certain", "likely", "possible", "unlikely" })
        {
            int tp = 0, fp = 0, fn = 0;
            for (int i = 0; i < rows.Count; i++)
            {
                bool g = rows[i].Gold == label, p = predicted[i] == label;
                if (g && p) tp++; else if (p) fp++; else if (g) fn++;
            }
            tpAll += tp; fpAll += fp; fnAll += fn;
            result.Add(new EvalRow("outlook " + label, tp, fp, fn, $"{rows.Count(r => r.Gold == label)} gold"));
        }
        int forward = rows.Count(r => r.Gold != "none");
        int detected = Enumerable.Range(0, rows.Count).Count(i => rows[i].Gold != "none" && predicted[i] != "none");
        int falseAlarms = Enumerable.Range(0, rows.Count).Count(i => rows[i].Gold == "none" && predicted[i] != "none");
        result.Add(new EvalRow("outlook detection", detected, falseAlarms, forward - detected, $"{rows.Count} sentences"));
        result.Add(new EvalRow("outlook micro", tpAll, fpAll, fnAll, "modality must match"));
        return result.ToImmutable();
    }

    /// <summary>The story parts of <paramref name="document"/> against a gold reading (advisory, timeline, reactions, outlook, tension).</summary>
    public static ImmutableArray<EvalRow> AgainstGold(Document document, JsonElement gold)
    {
        var story = document.Story ?? new StoryAnalysis("none");
        var names = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        if (gold.TryGetProperty("entities", out var ge))
            foreach (var g in ge.EnumerateArray())
            {
                var set = new HashSet<string>(StringComparer.Ordinal) { StripThe(Norm(g.GetProperty("name").GetString())) };
                if (g.TryGetProperty("aliases", out var al))
                    foreach (var a in al.EnumerateArray()) set.Add(StripThe(Norm(a.GetString())));
                names[g.GetProperty("name").GetString()!] = set;
            }
        bool Matches(string? entityId, string goldName)
        {
            var e = document.EntityById(entityId);
            if (e is null) return false;
            var wanted = names.TryGetValue(goldName, out var w) ? w : [StripThe(Norm(goldName))];
            var surfaces = new HashSet<string>(StringComparer.Ordinal) { StripThe(Norm(e.Name)) };
            foreach (var m in e.Mentions)
                if (m.Kind is MentionKind.Name or MentionKind.Alias or MentionKind.Metonym) surfaces.Add(StripThe(Norm(m.Text)));
            return surfaces.Overlaps(wanted);
        }

        var rows = ImmutableArray.CreateBuilder<EvalRow>();

        // Reactions: (side, actor) pairs. The gold names the main reactors only, so precision is a lower bound.
        if (gold.TryGetProperty("reactions", out var gr))
        {
            int tp = 0, fn = 0;
            var missing = new List<string>();
            var outPairs = story.Reactions.SelectMany(r => r.Actors.Select(a => (r.Side, Actor: a))).Distinct().ToList();
            var used = new HashSet<(string, string)>();
            foreach (var side in gr.EnumerateObject())
                foreach (var n in side.Value.EnumerateArray())
                {
                    var hit = outPairs.FirstOrDefault(p => p.Side == side.Name && Matches(p.Actor, n.GetString()!));
                    if (hit.Actor is not null) { tp++; used.Add(hit); } else { fn++; missing.Add($"{side.Name}:{n.GetString()}"); }
                }
            rows.Add(new EvalRow("reactions", tp, outPairs.Count(p => !used.Contains(p)), fn,
                missing.Count == 0 ? "all gold actors under the right side" : "missing " + string.Join(", ", missing)));
        }

        // Advisory: actions, status, contacts and audience of the best advisory from the gold issuer.
        if (gold.TryGetProperty("advisory", out var ga) && ga.ValueKind == JsonValueKind.Object)
        {
            EvalRow best = new("advisory", 0, 0, Count(ga), "no advisory from the issuer");
            foreach (var a in story.Advisories)
            {
                if (!Matches(a.IssuerEntityId, ga.GetProperty("issuer").GetString()!)) continue;
                var acts = a.Actions.Select(Norm).ToList();
                var stat = a.Status.Select(Norm).ToList();
                var digits = a.Contacts.Select(c => Regex.Replace(c.Value, @"\D", "")).ToList();
                int tp = 0, fn = 0;
                var usedOut = new HashSet<string>();
                foreach (var x in ga.GetProperty("actions").EnumerateArray().Select(x => Norm(x.GetString())))
                    if (acts.FirstOrDefault(o => o.Contains(x, StringComparison.Ordinal)) is { } o) { tp++; usedOut.Add("a:" + o); } else fn++;
                foreach (var x in ga.GetProperty("status").EnumerateArray().Select(x => Norm(x.GetString())))
                    if (stat.FirstOrDefault(o => o.Contains(x, StringComparison.Ordinal)) is { } o) { tp++; usedOut.Add("s:" + o); }
                    else if (acts.FirstOrDefault(o => o.Contains(x, StringComparison.Ordinal)) is { } o2) { tp++; usedOut.Add("a:" + o2); }
                    else fn++;
                foreach (var x in ga.GetProperty("contacts").EnumerateArray().Select(x => Regex.Replace(x.GetString()!, @"\D", "")))
                    if (digits.Contains(x)) { tp++; usedOut.Add("c:" + x); } else fn++;
                var aud = Norm(a.Audience);
                bool audOk = aud.Length > 0 && ga.GetProperty("audience").EnumerateArray().Any(x => Norm(x.GetString()).Contains(aud) || aud.Contains(Norm(x.GetString())));
                if (audOk) tp++; else fn++;
                int fp = acts.Count(o => !usedOut.Contains("a:" + o)) + stat.Count(o => !usedOut.Contains("s:" + o)) + digits.Count(d => !usedOut.Contains("c:" + d));
                var row = new EvalRow("advisory", tp, fp, fn, $"{a.Actions.Length} actions, {a.Status.Length} status, {a.Contacts.Length} contacts, audience '{a.Audience}'");
                if (row.F1 >= best.F1) best = row;
            }
            rows.Add(best);
        }

        // Timeline: gold phrases found in an item (or its events' text), and how many pairs are in order.
        if (gold.TryGetProperty("timeline", out var gt))
        {
            var events = document.Events.ToDictionary(e => e.Id, e => Norm(e.Text));
            var pos = new List<int>();
            var missing = new List<string>();
            foreach (var phrase in gt.EnumerateArray().Select(p => Norm(p.GetString())))
            {
                int at = story.Timeline.Select((t, i) => (t, i))
                    .Where(x => Norm(x.t.Text).Contains(phrase) || x.t.Events.Any(id => events.TryGetValue(id, out var et) && et.Contains(phrase)))
                    .Select(x => x.i).DefaultIfEmpty(-1).First();
                if (at >= 0) pos.Add(at); else missing.Add(phrase);
            }
            int pairs = pos.Count * (pos.Count - 1) / 2;
            int ordered = 0;
            for (int i = 0; i < pos.Count; i++)
                for (int j = i + 1; j < pos.Count; j++)
                    if (pos[i] < pos[j]) ordered++;
            rows.Add(new EvalRow("timeline", pos.Count, 0, missing.Count,
                $"pairs in order {ordered}/{pairs}; {story.Timeline.Length} items" + (missing.Count > 0 ? "; missing " + string.Join(", ", missing) : "")));
        }

        // Outlook: required gold sentences found with an acceptable modality and likelihood.
        if (gold.TryGetProperty("outlook", out var go))
        {
            int tp = 0, fn = 0;
            var notes = new List<string>();
            foreach (var g in go.EnumerateArray())
            {
                bool optional = g.TryGetProperty("optional", out var op) && op.GetBoolean();
                var c = Norm(g.GetProperty("contains").GetString());
                var o = story.Outlook.FirstOrDefault(x => Norm(x.Text).Contains(c));
                bool ok = o is not null
                    && g.GetProperty("modality").EnumerateArray().Any(m => m.GetString() == o.Modality)
                    && o.Likelihood >= (g.TryGetProperty("minLikelihood", out var mn) ? mn.GetDouble() : 0)
                    && o.Likelihood <= (g.TryGetProperty("maxLikelihood", out var mx) ? mx.GetDouble() : 1);
                if (ok) tp++;
                else if (!optional || o is not null) { fn++; notes.Add((o is null ? "missing " : $"wrong {o.Modality}/{o.Likelihood} ") + c); }
            }
            rows.Add(new EvalRow("outlook", tp, 0, fn, $"{story.Outlook.Length} items" + (notes.Count > 0 ? "; " + string.Join("; ", notes) : "")));
        }

        // Tension: the gold pair is scored, negative, and the most negative.
        if (gold.TryGetProperty("tension", out var gn) && gn.ValueKind == JsonValueKind.Object)
        {
            var pair = gn.GetProperty("pair").EnumerateArray().Select(p => p.GetString()!).ToHashSet();
            var hit = story.Tension.FirstOrDefault(t => pair.SetEquals([t.SideA, t.SideB]));
            bool ok = hit is not null && hit.Score < 0 && story.Tension.All(t => hit.Score <= t.Score);
            rows.Add(new EvalRow("tension", ok ? 1 : 0, hit is not null && !ok ? 1 : 0, ok ? 0 : 1,
                hit is null ? "pair not scored" : $"{hit.SideA}-{hit.SideB} = {hit.Score.ToString(CultureInfo.InvariantCulture)} of {story.Tension.Length} pairs"));
        }
        return rows.ToImmutable();
    }

    private static int Count(JsonElement ga) =>
        ga.GetProperty("actions").GetArrayLength() + ga.GetProperty("status").GetArrayLength() + ga.GetProperty("contacts").GetArrayLength() + 1;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    /// <summary>The scorer's normalisation: typographic quotes made plain, whitespace collapsed, lower case.</summary>
    internal static string Norm(string? s) => s is null ? "" :
        Spaces().Replace(s.Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201C', '"').Replace('\u201D', '"'), " ").Trim().ToLowerInvariant();

    private static string StripThe(string s) => s.StartsWith("the ", StringComparison.Ordinal) ? s[4..] : s;
}
