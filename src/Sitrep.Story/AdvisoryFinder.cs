using System.Collections.Immutable;
using Sitrep.Core;

namespace Sitrep.Story;

/// <summary>
/// Travel and security advisories: who issues them, to whom, what they tell people to do, what state
/// services are in, and whom to contact. An advisory is found from its directives — "&lt;issuer&gt; urges
/// &lt;audience&gt; to VP", "&lt;audience&gt; should VP", imperatives next to those — and spans the paragraphs
/// (and the quote) that hold them. Cue words are data/story/advisory.tsv.
/// </summary>
internal static class AdvisoryFinder
{
    /// <summary>A directive found in one sentence: the action phrase(s) it governs, its audience and its issuer.</summary>
    private sealed record Directive(Sentence Sentence, int CueStart, List<string> Actions, string? Audience, string? Issuer);

    public static ImmutableArray<Advisory> Find(StoryContext ctx, string producer)
    {
        var cues = Cues.For(ctx.Lexicon);
        var directives = new List<Directive>();
        foreach (var s in ctx.Sentences)
            directives.AddRange(ReadDirectives(ctx, cues, s));
        if (directives.Count == 0) return [];

        var result = ImmutableArray.CreateBuilder<Advisory>();
        foreach (var (blockStart, blockEnd) in Blocks(ctx, cues, directives))
        {
            var inBlock = directives.Where(d => d.Sentence.Span.Start >= blockStart && d.Sentence.Span.Start < blockEnd).ToList();
            var blockSentences = ctx.Sentences.Where(s => s.Span.Start >= blockStart && s.Span.Start < blockEnd).ToList();

            var actions = new List<string>();
            foreach (var d in inBlock) actions.AddRange(d.Actions);
            foreach (var s in blockSentences)
            {
                if (inBlock.Any(d => d.Sentence == s)) continue;
                actions.AddRange(ReadImperative(ctx, cues, s));
            }

            var status = new List<string>();
            foreach (var s in blockSentences) status.AddRange(ReadStatus(ctx, cues, s));

            string? issuer = inBlock.Select(d => d.Issuer).FirstOrDefault(i => i is not null)
                ?? blockSentences.Select(s => NoticeIssuer(ctx, cues, s)).FirstOrDefault(i => i is not null);
            string? audience = inBlock.Select(d => d.Audience).FirstOrDefault(a => a is not null);

            result.Add(new Advisory(issuer, audience, new TextSpan(blockStart, blockEnd), producer)
            {
                Actions = [.. actions.Distinct(StringComparer.OrdinalIgnoreCase)],
                Status = [.. status.Distinct(StringComparer.OrdinalIgnoreCase)],
                Contacts = ContactFinder.Find(ctx, blockStart, blockEnd),
            });
        }
        return result.ToImmutable();
    }

    /// <summary>The advisory lexicon prepared for matching (directive verbs inflected, modals longest first).</summary>
    private sealed class Cues
    {
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<StoryLexicon, Cues> Cache = new();

        public required List<string> DirectiveForms { get; init; }
        public required List<string> Modals { get; init; }
        public required List<string> Audience { get; init; }
        public required List<string> Notice { get; init; }
        public required List<string> Status { get; init; }
        public required HashSet<string> Verbs { get; init; }
        public required List<string> Discourse { get; init; }
        public required List<string> Cut { get; init; }

        public static Cues For(StoryLexicon lx) => Cache.GetValue(lx, l => new Cues
        {
            DirectiveForms = [.. l.AdvisoryCues("directive").SelectMany(TextMatch.Inflections).Distinct()],
            Modals = [.. l.AdvisoryCues("modal").OrderByDescending(m => m.Length)],
            Audience = [.. l.AdvisoryCues("audience")],
            Notice = [.. l.AdvisoryCues("notice")],
            Status = [.. l.AdvisoryCues("status")],
            Verbs = new HashSet<string>(l.AdvisoryCues("verb"), StringComparer.OrdinalIgnoreCase),
            Discourse = [.. l.AdvisoryCues("discourse").OrderByDescending(m => m.Length)],
            Cut = [.. l.AdvisoryCues("cut")],
        });
    }

    private static IEnumerable<Directive> ReadDirectives(StoryContext ctx, Cues cues, Sentence s)
    {
        var folded = ctx.Folded;
        int start = s.Span.Start, end = s.Span.End;
        var taken = new List<(int, int)>();

        // <issuer> urges <audience> [not] to VP  |  <issuer> advises against NP
        foreach (var form in cues.DirectiveForms)
        {
            foreach (var (cs, ce) in TextMatch.FindAll(folded, form, start, end))
            {
                int limit = Math.Min(end, ce + 90);
                if (ce + 9 <= end && folded.AsSpan(ce).StartsWith(" against "))
                {
                    var acts = SplitActions(ctx, cues, ce + 9, end, "", impliedVerb: "avoid");
                    if (acts.Count > 0) { taken.Add((cs, end)); yield return new Directive(s, cs, acts, null, SubjectIssuer(ctx, s, cs, null)); }
                    continue;
                }
                if (FindAudience(ctx, cues, ce, limit) is not { } aud) continue;
                int to = IndexOfWord(folded, "to", aud.End, Math.Min(end, aud.End + 60));
                if (to < 0 || folded.AsSpan(aud.End, to - aud.End).IndexOfAny(".;:") >= 0) continue;
                bool negated = to >= 4 && folded.AsSpan(to - 4, 4).SequenceEqual("not ");
                var actions = SplitActions(ctx, cues, to + 3, end, negated ? "do not " : "");
                if (actions.Count == 0) continue;
                taken.Add((cs, end));
                yield return new Directive(s, cs, actions, aud.Text, SubjectIssuer(ctx, s, cs, aud.Span));
            }
        }

        // <audience> should [not] VP (the audience must head the clause the modal is in)
        var modalHits = new List<(int Start, int End, string Modal)>();
        foreach (var modal in cues.Modals)
            foreach (var (ms, me) in TextMatch.FindAll(folded, modal, start, end))
                if (!modalHits.Any(h => h.Start <= ms && ms < h.End)) modalHits.Add((ms, me, modal));
        foreach (var (ms, me, modal) in modalHits.OrderBy(h => h.Start))
        {
            if (taken.Any(t => t.Item1 <= ms && ms < t.Item2)) continue;
            int clause = ClauseStart(ctx.Text, start, ms);
            if (FindAudience(ctx, cues, clause, ms) is not { } aud) continue;
            string prefix = modal.Contains(" not", StringComparison.Ordinal) ? ctx.Text[ms..me] + " " : "";
            var actions = SplitActions(ctx, cues, me, end, prefix);
            if (actions.Count == 0) continue;
            yield return new Directive(s, ms, actions, aud.Text, null);
        }
    }

    /// <summary>A sentence of an advisory block that starts with a bare verb ("Avoid the area.", "Do not travel to …").</summary>
    private static List<string> ReadImperative(StoryContext ctx, Cues cues, Sentence s)
    {
        var text = ctx.Text;
        var (start, end) = TextMatch.TrimSpan(text, s.Span.Start, s.Span.End);
        if (end - start < 4) return [];
        var folded = ctx.Folded;
        foreach (var neg in new[] { "do not ", "don't ", "never " })
            if (folded.AsSpan(start).StartsWith(neg)) return SplitActions(ctx, cues, start + neg.Length, end, text.Substring(start, neg.Length));
        var first = FirstWord(folded, start, end);
        if (first is not null && cues.Verbs.Contains(first) && char.IsUpper(text[start])) return SplitActions(ctx, cues, start, end, "");
        // Inside an advisory, a people noun of any kind heads a directive too ("Canadians in need of help should call …").
        foreach (var modal in cues.Modals)
            foreach (var (ms, me) in TextMatch.FindAll(folded, modal, start, end))
            {
                int clause = ClauseStart(text, start, ms);
                var subject = FirstWord(text, SkipQuotes(text, clause), ms);
                if (subject is null || !char.IsUpper(subject[0]) || !subject.EndsWith('s')) continue;
                string prefix = modal.Contains(" not", StringComparison.Ordinal) ? text[ms..me] + " " : "";
                return SplitActions(ctx, cues, me, end, prefix);
            }
        return [];
    }

    private static int SkipQuotes(string text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '"' or '\u201C' or '\'') i++;
        return i;
    }

    /// <summary>Cuts a verb phrase into short actions: "heed X and depart Y" → [heed X, depart Y]; a verbless conjunct borrows the last verb.</summary>
    /// <param name="impliedVerb">The verb a construction implies ("advises against X" → avoid X).</param>
    private static List<string> SplitActions(StoryContext ctx, Cues cues, int vpStart, int vpEnd, string prefix, string? impliedVerb = null)
    {
        var text = ctx.Text;
        var folded = ctx.Folded;
        // Contact details end the action ("contact the Department of State at +1-…"); a bare verb keeps its number ("call +92 …").
        var contacts = ContactFinder.Find(ctx, vpStart, vpEnd);
        Contact? cutContact = null;
        if (contacts.Length > 0) { vpEnd = contacts[0].Span.Start; cutContact = contacts[0]; }

        var bounds = new List<(int Cut, int Resume)>();
        int i = vpStart;
        while (i < vpEnd)
        {
            if (folded[i] == ';') { bounds.Add((i, i + 1)); i++; continue; }
            if (folded[i] == ',' && StartsWithWord(folded, i + 1, vpEnd, "and", "or", "then"))
            {
                int w = SkipSpaces(folded, i + 1);
                int after = w + WordLength(folded, w);
                bounds.Add((i, after));
                i = after;
                continue;
            }
            if (folded[i] == ' ' && StartsWithWord(folded, i + 1, vpEnd, "and", "or"))
            {
                int w = i + 1;
                int after = w + WordLength(folded, w);
                int next = SkipSpaces(folded, after);
                if (IsVerbAt(ctx, cues, next, vpEnd)) { bounds.Add((i, next)); i = next; continue; }
            }
            i++;
        }

        var actions = new List<string>();
        string? lastVerb = impliedVerb;
        int segStart = vpStart;
        foreach (var (cut, resume) in bounds.Append((vpEnd, vpEnd)))
        {
            var phrase = CleanConjunct(ctx, cues, segStart, cut, ref lastVerb);
            if (phrase is not null)
            {
                if (cut == vpEnd && cutContact is not null && !phrase.Contains(' ')) phrase += " " + cutContact.Value;
                actions.Add(prefix + phrase);
            }
            segStart = resume;
        }
        return actions;
    }

    private static string? CleanConjunct(StoryContext ctx, Cues cues, int start, int end, ref string? lastVerb)
    {
        var text = ctx.Text;
        var folded = ctx.Folded;
        (start, end) = TextMatch.TrimSpan(text, start, end, " \t\r\n,\"'\u201C\u201D");
        // Connectives at the start ("failing that, to other countries via land").
        bool again = true;
        while (again && start < end)
        {
            again = false;
            foreach (var d in cues.Discourse)
            {
                if (TextMatch.MatchAt(folded, start, d, end) is > 0 and var len)
                {
                    (start, end) = TextMatch.TrimSpan(text, start + len, end, " \t\r\n,\"'\u201C\u201D");
                    again = true;
                    break;
                }
            }
        }
        // Subordinate tails make an action long without changing what to do ("while possible", "including …").
        foreach (var c in cues.Cut)
            foreach (var (cs, _) in TextMatch.FindAll(folded, c, start, end))
            {
                if (cs > start) end = Math.Min(end, cs);
                break;
            }
        (start, end) = TextMatch.TrimSpan(text, start, end);
        foreach (var tail in new[] { " at", " on", " via", " or", " and" })
            if (end - start > tail.Length && folded.AsSpan(start, end - start).EndsWith(tail)) end -= tail.Length;
        (start, end) = TextMatch.TrimSpan(text, start, end);
        if (end - start < 3) return null;

        string phrase = TextMatch.Squeeze(text[start..end]);
        if (IsVerbAt(ctx, cues, start, end)) lastVerb = FirstWord(folded, start, end);
        else if (lastVerb is not null) phrase = lastVerb + " " + phrase;
        else return null;  // no verb at all: not an action
        return phrase;
    }

    /// <summary>Whether the word at <paramref name="pos"/> is a verb: the parser's tag when there is one, else the advisory verb list.</summary>
    private static bool IsVerbAt(StoryContext ctx, Cues cues, int pos, int limit)
    {
        var word = FirstWord(ctx.Folded, pos, limit);
        if (word is null) return false;
        if (cues.Verbs.Contains(word)) return true;
        var toks = ctx.Document.Tokens;
        if (toks.IsDefaultOrEmpty) return false;
        var r = ctx.Document.TokenRange(new TextSpan(pos, Math.Min(limit, pos + word.Length)));
        int k = r.Start.Value;
        return k < toks.Length && toks[k].Span.Start == pos && toks[k].Upos is "VERB";
    }

    /// <summary>Paragraph blocks holding directives, adjacent ones merged, each grown by a following status/contact paragraph and by the quote it sits in.</summary>
    private static List<(int Start, int End)> Blocks(StoryContext ctx, Cues cues, List<Directive> directives)
    {
        var paras = directives.Select(d => ctx.ParagraphIndexAt(d.CueStart)).Distinct().Order().ToList();
        var groups = new List<(int First, int Last)>();
        foreach (var p in paras)
        {
            if (groups.Count > 0 && p - groups[^1].Last <= 1) groups[^1] = (groups[^1].First, p);
            else groups.Add((p, p));
        }
        var blocks = new List<(int, int)>();
        foreach (var (first, last) in groups)
        {
            int l = last;
            if (l + 1 < ctx.Paragraphs.Length && HasStatusOrContact(ctx, cues, ctx.Paragraphs[l + 1])) l++;
            int start = ctx.Paragraphs[first].Start, end = ctx.Paragraphs[l].End;
            foreach (var d in directives.Where(d => d.CueStart >= start && d.CueStart < end))
                if (ctx.QuoteAt(d.CueStart) is { } q)
                {
                    var cover = q.ContentSpans.IsDefaultOrEmpty ? q.Span : q.ContentSpans.Aggregate(q.Span, (a, b) => a.Cover(b));
                    start = Math.Min(start, cover.Start);
                    end = Math.Max(end, cover.End);
                }
            if (blocks.Count > 0 && start < blocks[^1].Item2) blocks[^1] = (blocks[^1].Item1, Math.Max(end, blocks[^1].Item2));
            else blocks.Add((start, end));
        }
        return blocks;
    }

    private static bool HasStatusOrContact(StoryContext ctx, Cues cues, TextSpan para) =>
        TextMatch.FindFirst(ctx.Folded, cues.Status, para.Start, para.End) is not null
        || ContactFinder.Find(ctx, para.Start, para.End).Length > 0;

    /// <summary>The clauses of a sentence that state a status ("all public consular operations are suspended until further notice").</summary>
    private static List<string> ReadStatus(StoryContext ctx, Cues cues, Sentence s)
    {
        var text = ctx.Text;
        var result = new List<string>();
        int from = s.Span.Start;
        while (from < s.Span.End && TextMatch.FindFirst(ctx.Folded, cues.Status, from, s.Span.End) is { } hit)
        {
            int a = hit.Start, b = hit.End;
            while (a > s.Span.Start && text[a - 1] is not (',' or ';' or ':' or '\u201C' or '"')) a--;
            while (b < s.Span.End && text[b] is not (',' or ';' or '.' or '\u201D' or '"')) b++;
            from = Math.Max(b, hit.End);
            // "Due to X, Y are suspended": the clause with the status, not the cause.
            var (st, en) = TextMatch.TrimSpan(text, a, b);
            var clause = TextMatch.Squeeze(text[st..en]);
            foreach (var lead in new[] { "and ", "but ", "while ", "as " })
                if (clause.StartsWith(lead, StringComparison.OrdinalIgnoreCase)) clause = clause[lead.Length..];
            if (clause.Length >= 6) result.Add(clause);
        }
        return result;
    }

    /// <summary>The issuer of a sentence such as "The US Embassy has issued an alert".</summary>
    private static string? NoticeIssuer(StoryContext ctx, Cues cues, Sentence s)
    {
        var hit = TextMatch.FindFirst(ctx.Folded, cues.Notice, s.Span.Start, s.Span.End);
        if (hit is null) return null;
        // "A statement reads: '…'": the speaker of the quote the sentence introduces.
        return SubjectIssuer(ctx, s, hit.Value.Start, null) ?? ctx.QuoteAt(hit.Value.Start)?.SpeakerEntityId
            ?? ctx.Document.Quotes.FirstOrDefault(q => q.SpeakerEntityId is not null && (q.CueSpan is { } c && s.Span.Contains(c.Start)
                || q.SpeakerSpan is { } sp && s.Span.Contains(sp.Start)))?.SpeakerEntityId;
    }

    /// <summary>
    /// The entity before the cue in the cue's clause, organisations first (an embassy or ministry issues
    /// advisories; "Baghdad" in "the US Embassy in Baghdad" does not), else the quote's speaker.
    /// </summary>
    private static string? SubjectIssuer(StoryContext ctx, Sentence s, int cue, TextSpan? audience)
    {
        int clause = ClauseStart(ctx.Text, s.Span.Start, cue);
        var candidates = ctx.MentionsIn(clause, cue)
            .Where(m => audience is null || !m.Span.Overlaps(audience.Value))
            .ToList();
        if (candidates.Count == 0) candidates = ctx.MentionsIn(s.Span.Start, cue).Where(m => audience is null || !m.Span.Overlaps(audience.Value)).ToList();
        var best = candidates
            .OrderBy(m => m.Type switch { EntityType.Org or EntityType.Fac => 0, EntityType.Person => 1, EntityType.Gpe => 2, _ => 3 })
            .ThenByDescending(m => m.Span.Length)
            .Select(m => (string?)m.EntityId)
            .FirstOrDefault();
        return best ?? ctx.QuoteAt(cue)?.SpeakerEntityId;
    }

    /// <summary>An audience noun in [from, to) and its phrase ("any US citizens" → "US citizens").</summary>
    private static (string Text, TextSpan Span, int End)? FindAudience(StoryContext ctx, Cues cues, int from, int to)
    {
        var hit = TextMatch.FindFirst(ctx.Folded, cues.Audience, from, to);
        if (hit is null) return null;
        var text = ctx.Text;
        int start = hit.Value.Start;
        // Take up to two capitalised modifiers before the noun (U.S., American, British).
        for (int k = 0; k < 2; k++)
        {
            int p = start - 1;
            while (p > from && text[p] == ' ') p--;
            if (p <= from || text[p] == ' ') break;
            int w = p;
            while (w > from && text[w - 1] is not (' ' or '\n' or '\u201C' or '"' or ',' or '(')) w--;
            if (!char.IsUpper(text[w])) break;
            start = w;
        }
        var span = new TextSpan(start, hit.Value.End);
        return (TextMatch.Squeeze(span.Of(text)), span, hit.Value.End);
    }

    private static int ClauseStart(string text, int sentenceStart, int pos)
    {
        for (int i = pos - 1; i > sentenceStart; i--)
            if (text[i] is ';' or ':' or '\u201C') return i + 1;
        return sentenceStart;
    }

    private static int IndexOfWord(string folded, string word, int from, int to)
    {
        foreach (var (s, _) in TextMatch.FindAll(folded, word, from, to)) return s;
        return -1;
    }

    private static bool StartsWithWord(string folded, int pos, int limit, params string[] words)
    {
        int w = SkipSpaces(folded, pos);
        foreach (var word in words)
            if (TextMatch.MatchAt(folded, w, word, limit) > 0) return true;
        return false;
    }

    private static int SkipSpaces(string s, int i)
    {
        while (i < s.Length && s[i] == ' ') i++;
        return i;
    }

    private static int WordLength(string s, int i)
    {
        int j = i;
        while (j < s.Length && (TextMatch.IsWordChar(s[j]) || s[j] == '\'')) j++;
        return j - i;
    }

    private static string? FirstWord(string folded, int pos, int limit)
    {
        pos = SkipSpaces(folded, pos);
        int len = WordLength(folded, pos);
        if (len == 0 || pos + len > limit) return null;
        return folded.Substring(pos, len);
    }
}
