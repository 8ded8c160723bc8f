using System.Collections.Immutable;
using Sitrep.Core;

namespace Sitrep.Quotes;

/// <summary>
/// Read-only helpers over one document for the quote finder: lowercase token words, the sentence of each token,
/// mentions by position, and word classes decided from a tagger when present or from closed word lists otherwise.
/// </summary>
internal sealed class DocView
{
    public readonly Document Doc;
    public readonly string Text;
    public readonly ImmutableArray<Token> Tokens;
    public readonly string[] Lower;
    public readonly int[] SentenceOf;
    public readonly (int First, int End)[] SentenceTokens;
    public readonly bool Tagged;
    public readonly bool Parsed;
    private readonly ImmutableArray<EntityMention> _mentions;

    public DocView(Document doc)
    {
        Doc = doc;
        Text = doc.Text;
        Tokens = doc.Tokens;
        Lower = [.. Tokens.Select(t => Normalise(t.Text))];
        Tagged = doc.Has(Layer.PartsOfSpeech) && Tokens.Any(t => t.Upos is not null);
        Parsed = doc.Has(Layer.Dependencies) && Tokens.Any(t => t.DepRel is not null);
        _mentions = [.. doc.Mentions.OrderBy(m => m.Span.Start)];
        SentenceOf = new int[Tokens.Length];
        var sentences = doc.Sentences;
        if (sentences.IsDefaultOrEmpty)
        {
            // Without a sentence layer, paragraphs are the best available frame for an attribution.
            var paras = doc.Article.Paragraphs.IsDefaultOrEmpty ? Article.ParagraphsOf(doc.Text) : doc.Article.Paragraphs;
            var list = new List<(int, int)>();
            foreach (var p in paras)
            {
                var r = doc.TokenRange(p);
                if (r.End.Value > r.Start.Value) list.Add((r.Start.Value, r.End.Value));
            }
            SentenceTokens = [.. list];
        }
        else SentenceTokens = [.. sentences.Select(s => (s.FirstToken, s.EndToken))];
        Array.Fill(SentenceOf, -1);
        for (int s = 0; s < SentenceTokens.Length; s++)
            for (int t = SentenceTokens[s].First; t < SentenceTokens[s].End && t < Tokens.Length; t++)
                SentenceOf[t] = s;
    }

    /// <summary>Lowercase, with curly apostrophes straightened so lexicons match both spellings.</summary>
    public static string Normalise(string s) => s.Replace('\u2019', '\'').ToLowerInvariant();

    public int TokenAt(int position)
    {
        var r = Doc.TokenRange(new TextSpan(position, position + 1));
        return r.Start.Value < Tokens.Length ? r.Start.Value : Tokens.Length - 1;
    }

    /// <summary>First token starting at or after <paramref name="position"/>.</summary>
    public int TokenFrom(int position)
    {
        int lo = 0, hi = Tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (Tokens[mid].Span.Start < position) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>Last token ending at or before <paramref name="position"/>, or -1.</summary>
    public int TokenBefore(int position)
    {
        int i = TokenFrom(position) - 1;
        while (i >= 0 && Tokens[i].Span.End > position) i--;
        return i;
    }

    public (int First, int End) SentenceRange(int token) =>
        token >= 0 && token < Tokens.Length && SentenceOf[token] >= 0 ? SentenceTokens[SentenceOf[token]] : (0, Tokens.Length);

    /// <summary>The mention whose span covers token <paramref name="t"/>, longest first.</summary>
    public EntityMention? MentionAt(int t)
    {
        var span = Tokens[t].Span;
        EntityMention? best = null;
        foreach (var m in _mentions)
        {
            if (m.Span.Start > span.Start) break;
            if (m.Span.Contains(span) && (best is null || m.Span.Length > best.Span.Length)) best = m;
        }
        return best;
    }

    /// <summary>Whether entity <paramref name="entityId"/> is named (a name or alias, not a pronoun) within [from, to).</summary>
    public bool NamedWithin(string entityId, int from, int to)
    {
        foreach (var m in _mentions)
        {
            if (m.Span.Start >= to) break;
            if (m.Span.Start >= from && m.EntityId == entityId && m.Kind is MentionKind.Name or MentionKind.Alias) return true;
        }
        return false;
    }

    /// <summary>The mention that best covers <paramref name="span"/> (largest overlap, names before pronouns).</summary>
    public EntityMention? MentionFor(TextSpan span)
    {
        EntityMention? best = null;
        int bestOverlap = 0;
        foreach (var m in _mentions)
        {
            if (m.Span.Start >= span.End) break;
            int o = m.Span.OverlapLength(span);
            if (o > bestOverlap || (o == bestOverlap && o > 0 && best is not null && best.Kind == MentionKind.Pronoun && m.Kind != MentionKind.Pronoun))
            {
                best = m;
                bestOverlap = o;
            }
        }
        return best;
    }

    public bool IsPunct(int t) => Tokens[t].Upos == "PUNCT" || Lower[t].All(c => char.IsPunctuation(c) || char.IsSymbol(c));

    public static bool IsQuoteMark(string s) => s.Length == 1 && s[0] is '"' or '\'' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u00AB' or '\u00BB' or '\u201E';

    public bool IsCapitalised(int t) => Tokens[t].Text.Length > 0 && char.IsUpper(Tokens[t].Text[0]);

    public bool IsSentenceStart(int t) => SentenceOf[t] >= 0 && SentenceTokens[SentenceOf[t]].First == t;

    public bool IsVerb(int t) => Tokens[t].Upos is "VERB" or "AUX";

    public bool IsNounLike(int t) => Tokens[t].Upos is "NOUN" or "PROPN" or "PRON" or "NUM";
}
