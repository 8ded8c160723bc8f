namespace Sitrep.Events.Petrarch;

/// <summary>A coded event as PETRARCH writes it: source code, target code ("---" when none), CAMEO code.</summary>
public sealed record PetrarchCoding(string Source, string Target, string Code)
{
    public override string ToString() => $"{Source} {Target} {Code}";
}

/// <summary>
/// Codes one parsed sentence the way PETRARCH reads its input: clauses and verb phrases from the Treebank parse,
/// the subject noun phrase as source (the "by" phrase of a passive), the first object, prepositional or clausal
/// complement with an actor as target; actors from the actor dictionary with the sentence date choosing among
/// dated codes, agents added after or before them, coordinated noun phrases coded one by one; the verb coded by
/// the verb dictionary's patterns ("032:033" gives the reverse event too).
/// </summary>
internal sealed class TreeCoder(PetrarchDictionaries dict)
{
    private static readonly HashSet<string> BeForms = new(StringComparer.OrdinalIgnoreCase) { "is", "are", "was", "were", "be", "been", "being", "am" };
    private static readonly HashSet<string> OwnerPreps = new(StringComparer.OrdinalIgnoreCase) { "of", "in", "from" };

    public IReadOnlyList<PetrarchCoding> Code(TreeNode root, IReadOnlyList<string> words, int date)
    {
        var upper = words.Select(w => w.ToUpperInvariant()).ToArray();
        if (dict.IsDiscarded(upper)) return [];
        var ctx = new Ctx(upper, date, [], []);
        foreach (var s in Clauses(root)) Clause(ctx, s, []);
        // "…, a senior official said": the attribution is coded only alongside an event of the reported clause.
        if (ctx.Out.All(ctx.Attributions.Contains)) return [];
        return [.. ctx.Out.Distinct()];
    }

    private sealed record Ctx(string[] Upper, int Date, List<PetrarchCoding> Out, HashSet<PetrarchCoding> Attributions);

    /// <summary>The top clauses: S nodes not inside another S's verb phrase are visited from the root.</summary>
    private static IEnumerable<TreeNode> Clauses(TreeNode root)
    {
        if (root.Label is "S" or "SINV" or "SQ") { yield return root; yield break; }
        foreach (var c in root.Children)
            foreach (var s in Clauses(c)) yield return s;
    }

    private void Clause(Ctx ctx, TreeNode s, List<string> inherited)
    {
        var subject = inherited;
        TreeNode? subjNode = null;
        foreach (var c in s.Children)
        {
            if (c.Label == "NP" && subjNode is null)
            {
                subjNode = c;
                var codes = Actors(ctx, c);
                // "Ethiopia indicated it would act": a pronoun subject is the governing clause's; another noun phrase without actors is nobody.
                if (codes.Count > 0) subject = codes;
                else if (!c.Children.All(k => k.Label is "PRP")) subject = [];
            }
            else if (c.Label == "VP")
            {
                int before = ctx.Out.Count;
                VerbPhrase(ctx, c, subject, subjNode is null ? inherited : subject);
                // A clause that follows the sentence it reports ("S , NP said") attributes that sentence.
                if (s.Children.IndexOf(c) > 1 && s.Children[0].Label == "S" && subjNode is not null)
                    foreach (var e in ctx.Out.Skip(before)) ctx.Attributions.Add(e);
            }
            // A clause without a subject of its own passes the governing one to a nested S, and to an SBAR that opens it
            // ("X is inching (S (SBAR nearer (S to accord with Y)))"): X is the one who would accord.
            else if (c.Label is "S" or "SBAR" or "SINV") Clause(ctx, c.Label == "SBAR" ? InnerClause(c) ?? c : c,
                subjNode is null && (c.Label == "S" || c.Label == "SBAR" && s.Children.IndexOf(c) == 0) ? inherited : []);
        }
    }

    private static TreeNode? InnerClause(TreeNode sbar) => sbar.Children.FirstOrDefault(c => c.Label is "S" or "SINV" or "SQ");

    private void VerbPhrase(Ctx ctx, TreeNode vp, List<string> subject, List<string> inherited)
    {
        var verb = vp.Children.FirstOrDefault(c => c.IsVerb);
        if (verb is not null) CodeVerb(ctx, vp, verb, subject);
        foreach (var c in vp.Children)
        {
            if (c.Label == "VP") VerbPhrase(ctx, c, subject, inherited);
            else if (c.Label == "S" && !c.Children.Any(k => k.Label == "NP")) Clause(ctx, c, subject);
            else if (c.Label is "S" or "SBAR") Clause(ctx, c.Label == "SBAR" ? InnerClause(c) ?? c : c, subject);
        }
    }

    private void CodeVerb(Ctx ctx, TreeNode vp, TreeNode verb, List<string> subject)
    {
        var forms = dict.Verbs.FormsAt(ctx.Upper, verb.Index).Select(f => (f.Form, Start: verb.Index, f.Length))
            // A multi-word verb whose verb word is its last ("wire tapped"): the parse tags only that word as the verb.
            .Concat(dict.Verbs.MultiWordFormsEndingAt(ctx.Upper, verb.Index)).ToList();
        if (forms.Count == 0) return;
        var (form, start, len) = forms.MaxBy(f => f.Length);
        var (raw, _, sourceMark, targetMark) = dict.Verbs.MatchMarks(form, ctx.Upper, start, start + len, compoundSubject: subject.Count >= 2, firstGap: 8);
        int? sourceAt = sourceMark is { } sm ? SkipActors(ctx, sm.At, sm.Skips) : null, targetAt = targetMark is { } tm ? SkipActors(ctx, tm.At, tm.Skips) : null;
        var codes = raw.Split(':').Select(c => c.Trim()).ToArray();
        if (codes[0].Length == 0 || !char.IsAsciiLetterOrDigit(codes[0][0])) return;

        bool passive = verb.Label == "VBN" && AuxiliaryBe(vp);
        List<string> source = subject, target = [];
        if (passive)
        {
            // "was opposed by Osgiliath": the by-phrase acts on the subject; without one the subject stays the source,
            // as PETRARCH codes "The Philippines was criticized over its dispute with Eriador" (PHL ERI).
            var by = ByPhrases(vp).Select(pp => Actors(ctx, pp.Children.FirstOrDefault(k => k.Label == "NP"))).FirstOrDefault(a => a.Count > 0);
            if (by is not null) (source, target) = (by, subject);
            else { passive = false; }
        }
        if (!passive)
        {
            bool after = false;
            foreach (var c in vp.Children)
            {
                if (c == verb) { after = true; continue; }
                if (!after) continue;
                target = c.Label == "SBAR" ? Actors(ctx, InnerClause(c)?.Children.FirstOrDefault(k => k.Label == "NP")) : FirstActors(ctx, c);
                if (target.Count > 0) break;
            }
        }
        // The pattern's own marks override the phrase structure: "+ * IN $" makes the subject the target.
        if (sourceAt is not null || targetAt is not null)
        {
            var root = vp;
            while (root.Parent is not null) root = root.Parent;
            List<string> At(int pos) => pos < 0 ? subject : ActorsFrom(ctx, root, pos);
            if (sourceAt is { } sp && At(sp) is { Count: > 0 } ms) source = ms;
            if (targetAt is { } tp && At(tp) is { Count: > 0 } mt) target = mt;
        }
        if (source.Count == 0) return;
        // "Gondor and Osgiliath have delayed their meeting": a coordinated subject with no other party acts on itself.
        if (target.Count == 0 && source.Count >= 2)
        {
            foreach (var a in source)
                foreach (var b in source)
                    if (a != b) ctx.Out.Add(new PetrarchCoding(a, b, codes[0]));
            return;
        }
        foreach (var src in source)
        {
            var targets = target.Count > 0 ? target : ["---"];
            foreach (var tgt in targets)
            {
                if (src == tgt) continue;
                ctx.Out.Add(new PetrarchCoding(src, tgt, codes[0]));
                if (codes.Length > 1 && codes[1].Length > 0 && char.IsAsciiLetterOrDigit(codes[1][0]) && tgt != "---")
                    ctx.Out.Add(new PetrarchCoding(tgt, src, codes[1]));
            }
        }
    }

    private static IEnumerable<TreeNode> ByPhrases(TreeNode vp) =>
        vp.Children.SelectMany(c => c.Label is "ADVP" ? c.Children : [c]).Where(c => c.Label == "PP" && FirstWord(c) is "by");

    /// <summary>"was criticized", "has been opposed": a form of "be" heads an enclosing verb phrase.</summary>
    private static bool AuxiliaryBe(TreeNode vp)
    {
        for (var p = vp.Parent; p is not null && p.Label == "VP"; p = p.Parent)
            if (p.Children.FirstOrDefault(c => c.IsVerb) is { } v && BeForms.Contains(v.Word!)) return true;
        return false;
    }

    private static string? FirstWord(TreeNode n) => n.Leaves().FirstOrDefault()?.Word?.ToLowerInvariant();

    /// <summary>
    /// The position after <paramref name="skips"/> actors or agents from <paramref name="pos"/>: PETRARCH's '^' in a
    /// pattern skips one ("IFTAR AT ^ ^ +" passes over "Osgiliath" and "the parliament" to reach "of Gondor").
    /// </summary>
    private int SkipActors(Ctx ctx, int pos, int skips)
    {
        if (pos < 0) return pos;
        int i = pos;
        for (int n = 0; n < skips && i < ctx.Upper.Length;)
        {
            if (dict.ActorAt(ctx.Upper, i, ctx.Upper.Length) is { } a) { i += a.Length; n++; }
            else if (dict.AgentAt(ctx.Upper, i, ctx.Upper.Length) is { } g) { i += g.Length; n++; }
            else i++;
        }
        return i;
    }

    /// <summary>The actors of the first noun phrase starting at or after token <paramref name="pos"/> that has any.</summary>
    private List<string> ActorsFrom(Ctx ctx, TreeNode root, int pos)
    {
        foreach (var np in PreOrder(root).Where(n => n.Label == "NP"))
        {
            var first = np.Leaves().First().Index;
            if (first >= pos && Actors(ctx, np) is { Count: > 0 } a) return a;
        }
        return [];
    }

    private static IEnumerable<TreeNode> PreOrder(TreeNode n) => n.Children.SelectMany(PreOrder).Prepend(n);

    /// <summary>The first actors met walking a complement in order: noun phrases, their prepositional phrases, a clause's subject.</summary>
    private List<string> FirstActors(Ctx ctx, TreeNode n)
    {
        if (n.IsLeaf || n.Label is "SBAR" or "PRN") return [];
        if (n.Label == "NP" && Actors(ctx, n) is { Count: > 0 } own) return own;
        if (n.Label == "S" && n.Children.FirstOrDefault(k => k.Label == "NP") is { } subj) return FirstActors(ctx, subj);
        foreach (var c in n.Children)
            if (FirstActors(ctx, c) is { Count: > 0 } a) return a;
        return [];
    }

    /// <summary>An object noun phrase: its own actors, else those of a prepositional phrase inside it ("ties with Gondor").</summary>
    private List<string> ObjectActors(Ctx ctx, TreeNode np)
    {
        var own = Actors(ctx, np);
        if (own.Count > 0) return own;
        foreach (var c in np.Children)
        {
            if (c.Label == "PP" && c.Children.FirstOrDefault(k => k.Label == "NP") is { } inner && ObjectActors(ctx, inner) is { Count: > 0 } a) return a;
            if (c.Label == "NP" && ObjectActors(ctx, c) is { Count: > 0 } b) return b;
        }
        return [];
    }

    /// <summary>
    /// The actor codes of a noun phrase: one per conjunct of a coordination; otherwise the actor and agents of its
    /// head words (possessors included, appositions and relative clauses not), with an agent-only head taking the
    /// actor of an "of/in/from" phrase ("the ambassadors of Arnor" → ARNGOV).
    /// </summary>
    private List<string> Actors(Ctx ctx, TreeNode? np)
    {
        if (np is null) return [];
        var kids = np.Children;
        if (kids.Any(c => c.Label == "CC") && kids.Count(c => c.Label == "NP") >= 2)
        {
            var all = new List<string>();
            foreach (var c in kids.Where(c => c.Label == "NP")) all.AddRange(Actors(ctx, c));
            return all;
        }
        // Apposition "Osgiliath, the state's fiercest foe": the first noun phrase names the actor.
        if (kids.Count >= 3 && kids[0].Label == "NP" && kids[1].Label == "," && kids.Skip(2).First().Label == "NP" && !kids.Any(c => c.Label == "CC"))
            return Actors(ctx, kids[0]);

        var head = new List<TreeNode>();
        foreach (var c in kids)
        {
            if (c.IsLeaf) { head.Add(c); continue; }
            if (c.Label is "NP" or "ADJP" or "NML" or "QP" or "NX") head.AddRange(HeadLeaves(c));
        }
        // Flat coordination "Mordor, Rohan, Fornost and Bree", "Danish media and government": one code per conjunct,
        // a conjunct with only an agent taking the actor of its neighbour.
        var conjuncts = new List<List<TreeNode>> { new() };
        // A conjunction inside an adjective phrase ("awful and evil minister") coordinates words, not actors.
        static bool Joins(TreeNode l) => l.Label is "CC" or "," && l.Parent?.Label is "NP" or "NML" or "NX";
        bool coordinated = head.Any(l => l.Label == "CC" && Joins(l));
        foreach (var l in head)
        {
            if (coordinated && Joins(l)) { if (conjuncts[^1].Count > 0) conjuncts.Add([]); continue; }
            conjuncts[^1].Add(l);
        }
        conjuncts.RemoveAll(c => c.Count == 0);
        List<(List<string> Actors, List<AgentName> Agents)> scans = [.. conjuncts.Select(c => Scan(ctx, c))];
        var sharedActors = scans.FirstOrDefault(x => x.Actors.Count > 0).Actors ?? [];
        var sharedAgents = scans.LastOrDefault(x => x.Agents.Count > 0).Agents ?? [];
        var owners = new List<string>();
        if (scans.All(x => x.Actors.Count == 0) || scans.Count > 1 && scans[^1] is { Actors.Count: 0, Agents.Count: 0 })
            foreach (var pp in kids.Where(c => c.Label == "PP" && OwnerPreps.Contains(FirstWord(c) ?? "")))
                if ((owners = Actors(ctx, pp.Children.FirstOrDefault(k => k.Label == "NP"))).Count > 0) break;
        if (scans.Count > 1)
        {
            var result = new List<string>();
            foreach (var (act, ag) in scans)
            {
                // "Ithilen's sheep and goats of Gondor": a bare last conjunct owns the phrase's "of" actor.
                if (act.Count == 0 && ag.Count == 0) { if ((act, ag) == scans[^1] && scans[0].Actors.Count > 0) result.AddRange(owners); continue; }
                var actorsOf = act.Count > 0 ? act : owners.Count > 0 ? owners : sharedActors.Count > 0 ? sharedActors : ["---"];
                var agentsOf = ag.Count > 0 ? ag : act.Count > 0 && scans.Count(x => x.Actors.Count > 0) == 1 ? sharedAgents : ag;
                // "Danish Islamist media and government": agents before the first conjunct's head modify every conjunct.
                if (act.Count == 0 && ag.Count > 0 && scans[0].Actors.Count > 0 && scans[0].Agents.Count > 1 && (act, ag) != scans[0])
                    agentsOf = [.. scans[0].Agents.Take(scans[0].Agents.Count - 1), .. ag];
                result.AddRange(actorsOf.Select(a => Combine(a, agentsOf)));
            }
            return result;
        }
        var (actors, agents) = scans.Count == 1 ? scans[0] : ([], []);
        if (actors.Count == 0 && agents.Count > 0 && owners.Count > 0) return [.. owners.Select(o => Combine(o, agents))];
        if (actors.Count == 0 && agents.Count > 0) return [Combine("---", agents)];
        return [.. actors.Select(a => Combine(a, agents))];
    }

    private static IEnumerable<TreeNode> HeadLeaves(TreeNode n) =>
        n.IsLeaf ? [n] : n.Children.Where(c => c.Label is not ("PP" or "SBAR" or "VP" or "S" or "PRN")).SelectMany(HeadLeaves);

    private (List<string> Actors, List<AgentName> Agents) Scan(Ctx ctx, List<TreeNode> head)
    {
        var actors = new List<string>();
        var agents = new List<AgentName>();
        for (int h = 0; h < head.Count; h++)
        {
            int i = head[h].Index;
            // Contiguous run of head leaves from h, so multi-word names do not cross a skipped phrase.
            int end = i + 1;
            for (int k = h + 1; k < head.Count && head[k].Index == end; k++) end++;
            // "the Prince of Dol Amroth": a dictionary name may run on through the phrase the parse attached after the head.
            int phraseEnd = head[h].Parent is { } p0 ? PhraseEnd(p0) : end;
            if ((dict.ActorAt(ctx.Upper, i, Math.Max(end, phraseEnd)) is { Length: var ln } longer && i + ln > end ? longer : dict.ActorAt(ctx.Upper, i, end)) is { } a && actors.Count == 0)
            {
                var chosen = a.Name.Codes.FirstOrDefault(c => c.Restricted && c.Covers(ctx.Date)) ?? a.Name.Codes.FirstOrDefault(c => !c.Restricted);
                if (chosen is not null) actors.AddRange(a.Name.Codes.Where(c => c.From == chosen.From && c.To == chosen.To).Select(c => c.Code));
                h += a.Length - 1;
                continue;
            }
            if ((dict.AgentAt(ctx.Upper, i, Math.Max(end, phraseEnd)) is { Length: var gl } longAgent && i + gl > end ? longAgent : dict.AgentAt(ctx.Upper, i, end)) is { } g)
            {
                agents.Add(g.Agent);
                h += g.Length - 1;
            }
        }
        actors.RemoveAll(a => a.Length == 0 || a[0] is '+' || a == "---" && agents.Count == 0);
        return (actors, agents);
    }

    /// <summary>The token after the last leaf of the noun phrase that holds <paramref name="n"/>.</summary>
    private static int PhraseEnd(TreeNode n)
    {
        var np = n;
        while (np.Parent is { Label: "NP" or "NML" } up) np = up;
        return np.Leaves().Last().Index + 1;
    }

    private static string Combine(string actor, List<AgentName> agents)
    {
        var pre = string.Concat(agents.Where(a => a.Prefix).Select(a => a.Code));
        var post = string.Concat(agents.Where(a => !a.Prefix).Select(a => a.Code).Where(c => !actor.EndsWith(c, StringComparison.Ordinal)));
        return pre + actor + post;
    }
}
