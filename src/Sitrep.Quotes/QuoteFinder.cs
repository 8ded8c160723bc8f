using System.Collections.Immutable;
using System.Text;
using Sitrep.Core;

namespace Sitrep.Quotes;

/// <summary>Who is credited with a quote: the phrase in the text and, when resolved, its entity.</summary>
internal sealed record Speaker(TextSpan Span, string Text, string? EntityId, bool IsPronoun, bool IsDocument)
{
    /// <summary>The channel the speaker phrase itself names ("a statement from the Pentagon").</summary>
    public string? Channel { get; init; }
}

/// <summary>The reporting frame of a quote: its cue word and speaker.</summary>
internal sealed record Attribution(int CueToken, int CueEnd, string Cue, Speaker? Speaker, bool After);

/// <summary>A quote under construction.</summary>
internal sealed class Draft
{
    public QuoteKind Kind;
    public TextSpan Span;
    public List<TextSpan> Content = [];
    public string Text = "";
    public Attribution? Attribution;
    public Speaker? Speaker;
    public string? Channel;
    public string? Via;
    public int Sentence;
    /// <summary>The cue when no attribution in the text gives one (an embedded post is "post").</summary>
    public string? Cue;
}

/// <summary>
/// Rule-based quotation finder. Quotation-mark segments are attributed from the words after them ("…,” it added),
/// before them ("X said: “…”", "slammed the strike as a “…”") or from the previous quote (a paragraph that
/// continues someone's words). Unquoted reported speech comes from reporting verbs with a complement clause,
/// "according to X" and claim nouns. Every decision rests on the lexicons in data/quotes and on closed-class grammar.
/// </summary>
internal sealed partial class QuoteFinder(CueLexicon lex, string producer)
{
    private const int MaxCueDistance = 25;

    private DocView _v = null!;
    private int[] _segOf = [];
    private ImmutableArray<QuotedSegment> _segments;
    private ImmutableArray<TextSpan> _paragraphs;
    private readonly List<Draft> _drafts = [];
    private readonly HashSet<int> _usedCues = [];
    private readonly List<(int Segment, int Words, int Sentence)> _unattributed = [];

    public ImmutableArray<Quote> Find(Document doc)
    {
        if (doc.Tokens.IsDefaultOrEmpty) return [];
        _v = new DocView(doc);
        _paragraphs = doc.Article.Paragraphs.IsDefaultOrEmpty ? Article.ParagraphsOf(doc.Text) : doc.Article.Paragraphs;
        _segments = QuoteMarks.Scan(doc.Text, _paragraphs);
        _segOf = new int[_v.Tokens.Length];
        Array.Fill(_segOf, -1);
        for (int s = 0; s < _segments.Length; s++)
            foreach (var c in _segments[s].Content)
            {
                var r = doc.TokenRange(c);
                for (int t = r.Start.Value; t < r.End.Value; t++) _segOf[t] = s;
            }

        for (int s = 0; s < _segments.Length; s++) s = QuoteSegment(s);
        IndirectSpeech();
        Continuations();
        EmbeddedPosts(doc.Article.Embeds);
        return Build();
    }

    private Draft NewDraft(QuotedSegment seg, QuoteKind kind, Attribution? attr, int sentence)
    {
        var d = new Draft
        {
            Kind = kind,
            Span = seg.Span,
            Content = [.. seg.Content],
            Text = JoinContent(seg.Content),
            Attribution = attr,
            Speaker = attr?.Speaker,
            Sentence = sentence,
        };
        if (attr is not null)
        {
            for (int t = attr.CueToken; t < attr.CueEnd; t++) _usedCues.Add(t);
            d.Speaker = ResolvePronoun(attr.Speaker, seg.Span.Start);
            (d.Channel, d.Via) = ChannelNear(attr, seg);
        }
        _drafts.Add(d);
        return d;
    }

    private bool PrecededByComma(int t)
    {
        int p = t - 1;
        while (p >= 0 && (Grammar.IsAdverbLike(_v.Lower[p]) || _v.Lower[p] is "also" or "then")) p--;
        return p >= 0 && (_v.Lower[p] == "," || DocView.IsQuoteMark(_v.Lower[p]) && p > 0 && _v.Lower[p - 1] == ",");
    }

    private bool StartsSentence(int open)
    {
        var (first, _) = _v.SentenceRange(open);
        return open == first || (open - first <= 1 && _v.IsPunct(first));
    }

    private int ParagraphIndex(int position)
    {
        for (int i = 0; i < _paragraphs.Length; i++)
            if (position < _paragraphs[i].End) return i;
        return _paragraphs.Length;
    }

    /// <summary>The quoted words; a trailing comma belongs to the attribution that follows, not to the speaker.</summary>
    private string JoinContent(IEnumerable<TextSpan> spans) => string.Join(" ", spans.Select(c => c.Of(_v.Text))).TrimEnd(',', ' ');

    private static string StripMarks(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (char c in s)
            if (c is not ('\u201C' or '\u201D' or '"' or '\u00AB' or '\u00BB' or '\u201E')) sb.Append(c);
        return sb.ToString().Trim().TrimEnd('.', ',', ';', ':').Trim();
    }

    /// <summary>
    /// "In a letter to the mayor, Ana Brook said … . She urged him to …": a frame whose pronoun speaker stands for the
    /// previous quote's speaker, in the next sentence of the same paragraph and naming no channel of its own, goes on
    /// with the document that quote came in (a letter, a statement); a spoken channel may have ended with its sentence.
    /// </summary>
    private void CarryDocumentChannel(List<Draft> ordered)
    {
        for (int i = 1; i < ordered.Count; i++)
        {
            Draft d = ordered[i], prev = ordered[i - 1];
            if (d.Channel is not null || d.Attribution?.Speaker is not { IsPronoun: true } || d.Speaker is null || prev.Speaker is null
                || prev.Channel is not { } channel || !IsDocumentChannel(channel)) continue;
            if (d.Sentence - prev.Sentence is not (0 or 1) || ParagraphIndex(d.Span.Start) != ParagraphIndex(prev.Span.Start)) continue;
            bool same = d.Speaker.EntityId is { } id ? id == prev.Speaker.EntityId : d.Speaker.Text == prev.Speaker.Text;
            if (same) d.Channel = channel;
        }
    }

    private ImmutableArray<Quote> Build()
    {
        // Pronoun speakers left unresolved may now lean on reported speech found after the quotes were read.
        foreach (var d in _drafts.OrderBy(d => d.Span.Start))
            if (d.Speaker is { IsPronoun: true, EntityId: null }) d.Speaker = ResolvePronoun(d.Speaker, d.Span.Start);
        var ordered = _drafts.OrderBy(d => d.Span.Start).ThenBy(d => d.Span.End).ToList();
        CarryDocumentChannel(ordered);
        var quotes = ImmutableArray.CreateBuilder<Quote>(ordered.Count);
        foreach (var d in ordered)
        {
            // A quoted fragment inside unattributed prose ("how to shift your “success mindset”") has no source: not a quote.
            if (d.Kind == QuoteKind.Mixed && d.Speaker is null) continue;
            var a = d.Attribution;
            TextSpan? cueSpan = a is null ? null : _v.Tokens[a.CueToken].Span.Cover(_v.Tokens[Math.Max(a.CueToken, a.CueEnd - 1)].Span);
            quotes.Add(new Quote($"Q{quotes.Count + 1}", d.Kind, d.Span, d.Text, producer)
            {
                ContentSpans = [.. d.Content],
                SpeakerEntityId = d.Speaker?.EntityId,
                SpeakerText = d.Speaker?.Text,
                SpeakerSpan = d.Speaker?.Span,
                Cue = a?.Cue ?? d.Cue,
                CueSpan = cueSpan,
                Channel = d.Channel,
                ViaEntityId = d.Via,
            });
        }
        return quotes.ToImmutable();
    }
}
