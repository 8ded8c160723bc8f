using Sitrep.Core;

namespace Sitrep.Quotes;

/// <summary>
/// The channel a frame names ("in a statement", "on Twitter") and the outlet it went through ("interview with the RIA
/// Novosti agency").
/// </summary>
internal sealed partial class QuoteFinder
{
    /// <summary>Documents outrank the platform they were posted on ("in a letter posted on Twitter").</summary>
    private static bool IsDocumentChannel(string c) => c is "letter" or "statement" or "press release" or "email" or "memo" or "court filing" or "op-ed";

    private (string? Channel, string? Via) ChannelNear(Attribution attr, QuotedSegment? seg, TextSpan? content = null)
    {
        string? channel = attr.Speaker?.Channel;
        string? via = null;
        var (first, end) = _v.SentenceRange(attr.CueToken);
        if (seg is not null && !attr.After && _v.TokenFrom(seg.Span.Start) < first) (first, end) = _v.SentenceRange(_v.TokenFrom(seg.Span.Start));
        int best = int.MaxValue;
        for (int t = first; t < end; t++)
        {
            // Words of the reported clause ("free speech", "an October news conference") are what was said, not how, unless
            // a preposition right after the cue brings them in as the occasion ("blasted on an investor conference call as
            // “morally wrong”").
            if (_segOf[t] >= 0) continue;
            if (lex.Channel(_v.Lower, t) is not { } c) continue;
            if (content is { } inside && inside.Contains(_v.Tokens[t].Span) && !OccasionAfterCue(t, attr.CueEnd)) continue;
            // "Radio Nord" is an outlet's name, not the channel "radio"; platform names (Twitter) are capitalised anyway.
            if (_v.IsCapitalised(t) && !_v.IsSentenceStart(t) && char.IsLower(c.Channel[0])) continue;
            int dist = Math.Abs(t - attr.CueToken);
            // "told reporters at a news conference": the named event is the channel; "told reporters" only when alone.
            if (c.Channel == "remarks to reporters") dist += 1000;
            if (channel is not null && IsDocumentChannel(channel) && !IsDocumentChannel(c.Channel) && best < 1000) continue;
            if (channel is null || (attr.Speaker?.Channel is null && dist < best))
            {
                if (dist < best) { best = dist; channel = c.Channel; }
                via = ViaAfter(t + c.Length, end) ?? via;
            }
        }
        if (attr.Cue == "tell" && attr.CueEnd < _v.Tokens.Length && _v.MentionAt(attr.CueEnd) is { Type: EntityType.Org } outlet)
            via = outlet.EntityId ?? via;
        // The speaker's own document ("A statement reads") names the channel when no other word does.
        if (channel is null && attr.Speaker is { } sp && (sp.IsDocument || NounCue(_v.TokenFrom(sp.Span.Start)) is not null))
            channel = lex.Channel(_v.Lower, _v.TokenFrom(sp.Span.End) - 1)?.Channel;
        if (channel is null && NounCue(attr.CueToken) is not null)
            channel = lex.Channel(_v.Lower, attr.CueToken)?.Channel;
        return (channel, via);
    }

    /// <summary>"blasted on an investor conference call": the channel word at <paramref name="t"/> in a prepositional phrase that starts right after the cue (at <paramref name="cueEnd"/>), a determiner and two modifiers apart at most.</summary>
    private bool OccasionAfterCue(int t, int cueEnd)
    {
        for (int k = t - 1; k >= 0 && k >= t - 4; k--)
        {
            if (_v.Lower[k] is "on" or "in" or "during" or "at" or "via" or "through" or "over") return k == cueEnd;
            if (_v.IsPunct(k) || !(Grammar.Determiners.Contains(_v.Lower[k]) || char.IsLetter(_v.Lower[k][0]) && VerbCue(k) is null && !Grammar.Prepositions.Contains(_v.Lower[k]))) return false;
        }
        return false;
    }

    /// <summary>"interview with the state-run RIA Novosti News Agency": the outlet after with/to.</summary>
    private string? ViaAfter(int t, int end)
    {
        if (t >= end || _v.Lower[t] is not ("with" or "to" or "on")) return null;
        for (int k = t + 1; k < end && k < t + 6; k++)
            if (_v.MentionAt(k) is { Type: EntityType.Org } m) return m.EntityId;
        return null;
    }
}
