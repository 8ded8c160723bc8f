using System.Text.Json;
using Sitrep.Core;

namespace Sitrep.Quotes;

/// <summary>One hand-annotated quote: offsets into the article body of the scrapinghub ground truth.</summary>
internal sealed record GoldQuote(int Start, int End, string Kind, int SpeakerStart, int SpeakerEnd, string Speaker, string? Cue, string? Channel)
{
    public TextSpan Span => new(Start, End);
    public TextSpan SpeakerSpan => new(SpeakerStart, SpeakerEnd);
}

/// <summary>The annotations of one article.</summary>
internal sealed record GoldArticle(string Id, IReadOnlyList<GoldQuote> Quotes);

/// <summary>Counts for one overlap threshold.</summary>
internal sealed record MatchScore(double Threshold, int Gold, int Predicted, int Matched)
{
    public double Precision => Predicted == 0 ? 0 : (double)Matched / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>Everything <c>sitrep eval quotes</c> reports.</summary>
internal sealed record QuoteEvalReport(
    int Articles, MatchScore Loose, MatchScore Strict, int SpeakerCorrect, int CueCorrect, int CueGold,
    int ChannelCorrect, int ChannelGold, IReadOnlyDictionary<string, (int Gold, int Found)> ByKind,
    IReadOnlyList<string> Misses)
{
    public double SpeakerAccuracy => Loose.Matched == 0 ? 0 : (double)SpeakerCorrect / Loose.Matched;
    public double CueAccuracy => CueGold == 0 ? 0 : (double)CueCorrect / CueGold;
    public double ChannelAccuracy => ChannelGold == 0 ? 0 : (double)ChannelCorrect / ChannelGold;
}

/// <summary>
/// Scores the quote stage against data/quotes/annotations/*.jsonl. A predicted quote matches a gold quote when their
/// spans overlap by at least the threshold (intersection over union, one-to-one, best overlaps first). The speaker
/// of a matched quote is right when its span overlaps the annotated speaker span or its words name the annotated
/// speaker (a quote attributed by "he" to the person named earlier).
/// </summary>
internal static class QuoteEvaluation
{
    public static IReadOnlyList<GoldArticle> LoadAnnotations(string path)
    {
        var list = new List<GoldArticle>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var quotes = root.GetProperty("quotes").EnumerateArray().Select(q => new GoldQuote(
                q.GetProperty("start").GetInt32(), q.GetProperty("end").GetInt32(), q.GetProperty("kind").GetString()!,
                q.GetProperty("speakerStart").GetInt32(), q.GetProperty("speakerEnd").GetInt32(), q.GetProperty("speaker").GetString()!,
                q.TryGetProperty("cue", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null,
                q.TryGetProperty("channel", out var ch) && ch.ValueKind == JsonValueKind.String ? ch.GetString() : null)).ToList();
            list.Add(new GoldArticle(root.GetProperty("id").GetString()!, quotes));
        }
        return list;
    }

    /// <summary>Article bodies by id from the scrapinghub ground-truth.json.</summary>
    public static IReadOnlyDictionary<string, string> LoadBodies(string groundTruthPath)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(groundTruthPath));
        return doc.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetProperty("articleBody").GetString() ?? "");
    }

    public static Article ArticleOf(string id, string body) => new()
    {
        Id = id, Text = body, InputName = id, Paragraphs = Article.ParagraphsOf(body),
    };

    public static QuoteEvalReport Evaluate(IReadOnlyList<GoldArticle> gold, IReadOnlyDictionary<string, string> bodies, Func<Article, Document> annotate)
    {
        int goldN = 0, predN = 0, loose = 0, strict = 0, speaker = 0, cue = 0, cueGold = 0, channel = 0, channelGold = 0;
        var byKind = new Dictionary<string, (int, int)>();
        var misses = new List<string>();
        foreach (var article in gold)
        {
            string text = bodies[article.Id];
            var doc = annotate(ArticleOf(article.Id, text));
            var predicted = doc.Quotes;
            goldN += article.Quotes.Count;
            predN += predicted.Length;
            strict += Match(article.Quotes, predicted, 0.8).Count;
            var pairs = Match(article.Quotes, predicted, 0.3);
            loose += pairs.Count;
            var matchedGold = pairs.Select(p => p.Gold).ToHashSet();
            for (int g = 0; g < article.Quotes.Count; g++)
            {
                var k = article.Quotes[g].Kind;
                var (n, f) = byKind.GetValueOrDefault(k);
                byKind[k] = (n + 1, f + (matchedGold.Contains(g) ? 1 : 0));
                if (!matchedGold.Contains(g))
                    misses.Add($"{article.Id[..12]} missed {k}: {Snip(text, article.Quotes[g].Span)}");
            }
            foreach (var p in predicted.Where((_, i) => !pairs.Any(x => x.Predicted == i)))
                misses.Add($"{article.Id[..12]} extra {p.Kind.ToString().ToLowerInvariant()}: {Snip(text, p.Span)}");
            foreach (var (g, pi) in pairs)
            {
                var gq = article.Quotes[g];
                var pq = predicted[pi];
                bool ok = SpeakerMatches(gq, pq, doc);
                if (ok) speaker++;
                else misses.Add($"{article.Id[..12]} speaker '{pq.SpeakerText}' != '{gq.Speaker}' ({text[gq.SpeakerStart..gq.SpeakerEnd]}): {Snip(text, gq.Span)}");
                if (gq.Cue is not null) { cueGold++; if (pq.Cue == gq.Cue) cue++; }
                if (gq.Channel is not null) { channelGold++; if (pq.Channel == gq.Channel) channel++; }
                if (gq.Channel != pq.Channel) misses.Add($"{article.Id[..12]} channel '{pq.Channel}' != '{gq.Channel}': {Snip(text, gq.Span)}");
                // A match at 0.3 that fails 0.8: the span boundaries differ (what the strict score counts).
                if (Overlap(gq.Span, pq.Span) < 0.8)
                    misses.Add($"{article.Id[..12]} bounds {gq.Kind}: gold [{Snip(text, gq.Span)}] predicted [{Snip(text, pq.Span)}]");
            }
        }
        return new QuoteEvalReport(gold.Count, new MatchScore(0.3, goldN, predN, loose), new MatchScore(0.8, goldN, predN, strict),
            speaker, cue, cueGold, channel, channelGold, byKind, misses);
    }

    /// <summary>One-to-one matching of gold and predicted quotes whose overlap ratio reaches <paramref name="threshold"/>.</summary>
    public static List<(int Gold, int Predicted)> Match(IReadOnlyList<GoldQuote> gold, IReadOnlyList<Quote> predicted, double threshold)
    {
        var candidates = new List<(double Ratio, int Gold, int Predicted)>();
        for (int g = 0; g < gold.Count; g++)
            for (int p = 0; p < predicted.Count; p++)
            {
                double r = Overlap(gold[g].Span, predicted[p].Span);
                if (r >= threshold) candidates.Add((r, g, p));
            }
        var usedG = new HashSet<int>();
        var usedP = new HashSet<int>();
        var pairs = new List<(int, int)>();
        foreach (var (_, g, p) in candidates.OrderByDescending(c => c.Ratio))
        {
            if (usedG.Contains(g) || usedP.Contains(p)) continue;
            usedG.Add(g);
            usedP.Add(p);
            pairs.Add((g, p));
        }
        return pairs;
    }

    /// <summary>Intersection over union of two spans.</summary>
    public static double Overlap(TextSpan a, TextSpan b)
    {
        int inter = a.OverlapLength(b);
        int union = Math.Max(a.End, b.End) - Math.Min(a.Start, b.Start);
        return union == 0 ? 0 : (double)inter / union;
    }

    private static bool SpeakerMatches(GoldQuote gold, Quote predicted, Document doc)
    {
        if (predicted.SpeakerSpan is { } span && span.Overlaps(gold.SpeakerSpan)) return true;
        var words = new List<string>();
        if (predicted.SpeakerText is { } t) words.AddRange(Words(t));
        if (doc.EntityById(predicted.SpeakerEntityId) is { } e)
        {
            words.AddRange(Words(e.Name));
            foreach (var a in e.Aliases) words.AddRange(Words(a));
        }
        var goldWords = Words(gold.Speaker).Where(w => w.Length > 2 && w is not ("the" or "and")).ToList();
        return goldWords.Count > 0 && words.Contains(goldWords[^1]);
    }

    private static IEnumerable<string> Words(string s) =>
        s.ToLowerInvariant().Replace('\u2019', '\'').Replace("'s", "").Split([' ', ',', '.', '-', '\''], StringSplitOptions.RemoveEmptyEntries);

    private static string Snip(string text, TextSpan span)
    {
        var s = span.Of(text).Replace('\n', ' ');
        return s.Length <= 90 ? s : s[..60] + " … " + s[^25..];
    }
}
