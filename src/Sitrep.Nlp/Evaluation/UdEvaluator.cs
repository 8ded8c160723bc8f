using System.Text;
using System.Text.Json;
using Sitrep.Core;
using Sitrep.Nlp.Conllu;
using Sitrep.Nlp.Parsing;
using Sitrep.Nlp.Tagging;
using Sitrep.Nlp.Tokenization;

namespace Sitrep.Nlp.Evaluation;

internal sealed record Prf(int Tp, int Predicted, int Gold)
{
    public double Precision => Predicted == 0 ? 0 : (double)Tp / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)Tp / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

internal sealed record UdReport(
    string Split, Prf Tokens, Prf Sentences, int SbdPassed, int SbdTotal,
    double Upos, double Xpos, double Lemma, double Uas, double Las, int Words, double RepairedUas = 0, double RepairedLas = 0,
    double RepairedXpos = 0, int TagRepairs = 0, int TagRepairsRight = 0)
{
    public string Format()
    {
        var sb = new StringBuilder();
        sb.AppendLine($"UD English EWT {Split}: {Words} words");
        sb.AppendLine($"{"metric",-34} {"P",7} {"R",7} {"F1",7}");
        Row(sb, "tokens (raw text)", Tokens);
        Row(sb, "sentences (raw text)", Sentences);
        sb.AppendLine($"{"sbd golden rules passed",-34} {SbdPassed}/{SbdTotal}");
        sb.AppendLine($"{"metric (gold tokens)",-34} {"acc %",7}");
        sb.AppendLine($"{"UPOS",-34} {Upos,7:F2}");
        sb.AppendLine($"{"XPOS",-34} {Xpos,7:F2}");
        sb.AppendLine($"{"XPOS with the pipeline's repairs",-34} {RepairedXpos,7:F2}   ({TagRepairs} tags changed, {TagRepairsRight} of them to the gold tag)");
        sb.AppendLine($"{"lemma",-34} {Lemma,7:F2}");
        sb.AppendLine($"{"UAS (predicted tags)",-34} {Uas,7:F2}");
        sb.AppendLine($"{"LAS (predicted tags)",-34} {Las,7:F2}");
        sb.AppendLine($"{"UAS with the pipeline's repairs",-34} {RepairedUas,7:F2}");
        sb.AppendLine($"{"LAS with the pipeline's repairs",-34} {RepairedLas,7:F2}");
        return sb.ToString();
    }

    private static void Row(StringBuilder sb, string name, Prf p) =>
        sb.AppendLine($"{name,-34} {100 * p.Precision,7:F2} {100 * p.Recall,7:F2} {100 * p.F1,7:F2}");
}

/// <summary>Scores the whole NLP stage against a UD treebank split and the golden sentence-boundary rules.</summary>
internal static class UdEvaluator
{
    public static UdReport Evaluate(string split, List<UdSentence> gold, string? sbdPath, PosTagger tagger, ParserEnsemble? parser, int? maxSentences = null)
    {
        var sents = maxSentences is int m ? gold.Take(m).ToList() : gold;
        var (tok, sen) = Segmentation(sents);
        var (sbdPassed, sbdTotal) = sbdPath is null ? (0, 0) : GoldenRules(sbdPath);
        var (upos, xpos, lemma) = tagger.Evaluate(sents);
        double uas = 0, las = 0, repairedUas = 0, repairedLas = 0;
        var tagged = NlpTools.Retag(tagger, sents).ToList();
        // The tagger component's repairs (TaggerComponent.ApplyRepairs) on the model's tags, scored against the gold XPOS.
        int xposRight = 0, words = 0, changed = 0, changedRight = 0;
        var repairedTags = new List<string[]?>(tagged.Count);   // null: the repairs changed nothing in the sentence
        for (int n = 0; n < tagged.Count; n++)
        {
            var forms = tagged[n].Words.Select(w => w.Form).ToArray();
            var tags = tagged[n].Words.Select(w => (w.Upos, w.Xpos)).ToArray();
            TaggerComponent.ApplyRepairs(forms, tags, tagger.Lexicon);
            repairedTags.Add(Enumerable.Range(0, forms.Length).Any(k => tags[k].Xpos != tagged[n].Words[k].Xpos) ? tags.Select(t => t.Xpos).ToArray() : null);
            for (int k = 0; k < forms.Length; k++)
            {
                string goldXpos = sents[n].Words[k].Xpos;
                words++;
                if (tags[k].Xpos == goldXpos) xposRight++;
                if (tags[k].Xpos != tagged[n].Words[k].Xpos) { changed++; if (tags[k].Xpos == goldXpos) changedRight++; }
            }
        }
        if (parser is not null)
        {
            // One parse of each sentence, scored as the ensemble leaves it and as the parser component leaves it (after
            // AttachmentRepairs, which work on copies).
            var parses = tagged.Select(t => parser.Parse(t.Words.Select(w => w.Form).ToList(), t.Words.Select(w => w.Xpos).ToList())).ToList();
            int n = 0;
            (uas, las) = ParserEnsemble.Score(tagged, (_, _) => parses[n++]);
            n = 0;
            // As in the pipeline, the parser reads the tags after the tagger component's repairs: a sentence they changed is
            // parsed again with them.
            (repairedUas, repairedLas) = ParserEnsemble.Score(tagged, (words, tags) =>
            {
                var retagged = repairedTags[n];
                var (heads, labels) = retagged is null ? parses[n] : parser.Parse([.. words], [.. retagged]);
                n++;
                (heads, labels) = ([.. heads], [.. labels]);
                AttachmentRepairs.Apply([.. words], retagged ?? [.. tags], new string[words.Count], heads, labels);
                return (heads, labels);
            });
        }
        return new UdReport(split, tok, sen, sbdPassed, sbdTotal, upos, xpos, lemma, uas, las, sents.Sum(s => s.Count), repairedUas, repairedLas,
            words == 0 ? 0 : 100.0 * xposRight / words, changed, changedRight);
    }

    /// <summary>
    /// The parser's share of the report in detail (for choosing ensemble members and weights on dev): each member
    /// alone and the ensemble, with predicted and with gold tags (the gap is the tagger's share of the errors),
    /// and the relations the ensemble most often gets wrong with predicted tags.
    /// </summary>
    public static string ParserDetail(List<UdSentence> gold, PosTagger tagger, ParserEnsemble parser)
    {
        var tagged = NlpTools.Retag(tagger, gold).ToList();
        var sb = new StringBuilder();
        sb.AppendLine($"{"parser (gold tokens)",-34} {"UAS",7} {"LAS",7} {"UAS/gold tags",14} {"LAS/gold tags",14}");
        void Row(string name, Func<IEnumerable<UdSentence>, (double Uas, double Las)> eval)
        {
            var (u, l) = eval(tagged);
            var (gu, gl) = eval(gold);
            sb.AppendLine($"{name,-34} {u,7:F2} {l,7:F2} {gu,14:F2} {gl,14:F2}");
        }
        for (int k = 0; k < parser.Members.Count; k++)
        {
            var m = parser.Members[k];
            Row($"member {k + 1} ({m.Order}{(m.CoarseTags ? ", coarse tags" : "")})", m.Evaluate);
        }
        if (parser.Members.Count > 1) Row("ensemble", parser.Evaluate);

        var errors = new Dictionary<string, (int Wrong, int Total)>();
        foreach (var s in tagged)
        {
            var (heads, labels) = parser.Parse(s.Words.Select(w => w.Form).ToList(), s.Words.Select(w => w.Xpos).ToList());
            for (int i = 0; i < heads.Length; i++)
            {
                var rel = s.Words[i].DepRel;
                var (wrong, total) = errors.GetValueOrDefault(rel);
                bool ok = heads[i] == s.Words[i].Head - 1 && labels[i] == rel;
                errors[rel] = (wrong + (ok ? 0 : 1), total + 1);
            }
        }
        sb.AppendLine($"{"most LAS errors by gold relation",-34} {"wrong",7} {"of",7} {"acc %",7}");
        foreach (var (rel, (wrong, total)) in errors.OrderByDescending(e => e.Value.Wrong).ThenBy(e => e.Key, StringComparer.Ordinal).Take(12))
            sb.AppendLine($"{rel,-34} {wrong,7} {total,7} {100.0 * (total - wrong) / total,7:F2}");
        return sb.ToString();
    }

    /// <summary>
    /// Rebuilds each document's raw text (sentences joined by a space, paragraphs by a blank line), runs the
    /// tokenizer on it, and compares token and sentence spans with the treebank's.
    /// </summary>
    public static (Prf Tokens, Prf Sentences) Segmentation(List<UdSentence> sentences, SentenceSplitter? splitter = null)
    {
        var component = new TokenizerComponent(RuleTokenizer.Default, splitter ?? SentenceSplitter.Default);
        int tokTp = 0, tokPred = 0, tokGold = 0, senTp = 0, senPred = 0, senGold = 0;
        foreach (var doc in Documents(sentences))
        {
            var text = new StringBuilder();
            var goldTokens = new HashSet<(int, int)>();
            var goldSentences = new HashSet<(int, int)>();
            foreach (var s in doc)
            {
                if (text.Length > 0) text.Append(s.NewPar ? "\n\n" : " ");
                int offset = text.Length;
                var raw = s.Text ?? string.Join(" ", s.Words.Select(w => w.Form));
                text.Append(raw);
                foreach (var span in TokenSpans(s, raw)) goldTokens.Add((span.Start + offset, span.End + offset));
                goldSentences.Add((offset, offset + raw.TrimEnd().Length));
            }
            var str = text.ToString();
            var (tokens, sents) = component.Annotate(str, [], "eval");
            var predTokens = tokens.Select(t => (t.Span.Start, t.Span.End)).ToHashSet();
            var predSentences = sents.Select(x => (x.Span.Start, x.Span.End)).ToHashSet();
            tokTp += predTokens.Count(goldTokens.Contains); tokPred += predTokens.Count; tokGold += goldTokens.Count;
            senTp += predSentences.Count(goldSentences.Contains); senPred += predSentences.Count; senGold += goldSentences.Count;
        }
        return (new Prf(tokTp, tokPred, tokGold), new Prf(senTp, senPred, senGold));
    }

    private static IEnumerable<List<UdSentence>> Documents(List<UdSentence> sentences)
    {
        var current = new List<UdSentence>();
        foreach (var s in sentences)
        {
            if (s.NewDoc && current.Count > 0) { yield return current; current = []; }
            current.Add(s);
        }
        if (current.Count > 0) yield return current;
    }

    /// <summary>Character spans of the syntactic words in the sentence text; words of a multiword token share its span by length.</summary>
    internal static List<TextSpan> TokenSpans(UdSentence s, string text)
    {
        var spans = new List<TextSpan>();
        int pos = 0, mw = 0;
        for (int i = 0; i < s.Words.Count; i++)
        {
            var w = s.Words[i];
            if (mw < s.Multiwords.Count && s.Multiwords[mw].First == w.Id)
            {
                var m = s.Multiwords[mw++];
                int start = Find(text, m.Form, ref pos);
                var parts = s.Words.Skip(i).Take(m.Last - m.First + 1).ToList();
                if (string.Concat(parts.Select(p => p.Form)).Equals(m.Form, StringComparison.OrdinalIgnoreCase))
                {
                    int p0 = start;
                    foreach (var p in parts) { spans.Add(new TextSpan(p0, p0 + p.Form.Length)); p0 += p.Form.Length; }
                }
                else spans.Add(new TextSpan(start, start + m.Form.Length));
                i += parts.Count - 1;
                continue;
            }
            int st = Find(text, w.Form, ref pos);
            spans.Add(new TextSpan(st, st + w.Form.Length));
        }
        return spans;
    }

    private static int Find(string text, string form, ref int pos)
    {
        int i = text.IndexOf(form, pos, StringComparison.Ordinal);
        if (i < 0) i = pos;
        pos = Math.Min(text.Length, i + form.Length);
        return i;
    }

    private sealed record GoldenCase(int Id, string Text, string[] Sentences);

    public static (int Passed, int Total) GoldenRules(string path)
    {
        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
        var component = new TokenizerComponent(RuleTokenizer.Default, SentenceSplitter.Default);
        int passed = 0, total = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0) continue;
            var c = JsonSerializer.Deserialize<GoldenCase>(line, options)!;
            var (_, sents) = component.Annotate(c.Text, [], "eval");
            total++;
            if (sents.Select(s => s.Span.Of(c.Text)).SequenceEqual(c.Sentences)) passed++;
        }
        return (passed, total);
    }
}
