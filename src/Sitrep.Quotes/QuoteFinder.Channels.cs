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
        var aside = SpeakerAside(attr, end);
        int frameStart = attr.Speaker is { } fs && fs.Span.Start < _v.Tokens[attr.CueToken].Span.Start ? Math.Min(attr.CueToken, _v.TokenFrom(fs.Span.Start)) : attr.CueToken;
        for (int t = first; t < end; t++)
        {
            // "said Ana Brook, a trader who runs a business Instagram account": the speaker's description names no channel.
            if (aside is { } a && t > a.Comma && t <= a.Last) continue;
            // Words of the reported clause ("free speech", "an October news conference") are what was said, not how, unless
            // a preposition right after the cue brings them in as the occasion ("blasted on an investor conference call as
            // “morally wrong”").
            if (_segOf[t] >= 0) continue;
            if (lex.Channel(_v.Lower, t) is not { } c) continue;
            if (content is { } inside && inside.Contains(_v.Tokens[t].Span) && !OccasionAfterCue(t, attr.CueEnd)) continue;
            // "Radio Nord" is an outlet's name, not the channel "radio"; platform names (Twitter) are capitalised anyway.
            if (_v.IsCapitalised(t) && !_v.IsSentenceStart(t) && char.IsLower(c.Channel[0])) continue;
            // "said before the interview", "ahead of the speech": an event that dates the words is not how they came.
            if (t > 0 && (_v.Lower[t - 1] is "before" or "after" or "since" || t > 1 && _v.Lower[t - 1] is "the" or "a" or "an" or "his" or "her" or "their" or "its" && _v.Lower[t - 2] is "before" or "after" or "since" || t > 2 && _v.Lower[t - 2] == "of" && _v.Lower[t - 3] == "ahead")) continue;
            // "watched the day's testimony and slammed …", "issued a statement that appeared …, after she scolded …":
            // a channel word before the frame with a clause boundary between belongs to another clause.
            // A fronted adjunct keeps its channel whatever it holds ("In an interview that aired Sunday, she said").
            if (t < frameStart && !FrontedAdjunct(first, t) && ClauseBoundaryBetween(t + c.Length, frameStart)) continue;
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

    /// <summary>
    /// The speaker's apposition or relative clause ("Ana Brook, a member of the group and signatory to the letter, told …",
    /// "said Ana Brook, who runs a business Instagram account"): its opening comma and last token, or null.
    /// </summary>
    private (int Comma, int Last)? SpeakerAside(Attribution attr, int end)
    {
        if (attr.Speaker is not { IsDocument: false } sp) return null;
        int comma = _v.TokenFrom(sp.Span.End);
        if (comma + 1 >= end || _v.Lower[comma] != "," || _v.Lower[comma + 1] is not ("a" or "an" or "the" or "who" or "which")) return null;
        for (int k = comma + 1; k < end; k++)
            if (_v.Lower[k] is "," or ";" or ":" || _segOf[k] >= 0 || k == attr.CueToken) return (comma, k - 1);
        return (comma, end - 1);
    }

    /// <summary>True when the sentence opens with a preposition ("In a letter …", "On Twitter …") and no comma comes before token <paramref name="t"/>.</summary>
    private bool FrontedAdjunct(int first, int t)
    {
        int s = OpeningWord(first, t);
        if (s >= t || _v.Lower[s] is not ("in" or "on" or "during" or "via" or "through" or "at" or "over")) return false;
        for (int k = s + 1; k < t; k++)
            if (_v.Lower[k] == ",") return false;
        return true;
    }

    /// <summary>
    /// A relative pronoun (not "in which": "his testimony, in which he said …" is the frame's occasion), a subordinator, "but",
    /// "including", "that" after a noun, or "and" opening a clause of its own (after a comma, or before a finite verb)
    /// between two tokens. A plain finite verb is none: "One campaign video featured residents declaring “…”".
    /// </summary>
    private bool ClauseBoundaryBetween(int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (_segOf[k] >= 0) continue;
            string w = _v.Lower[k];
            if (w is "who" or "which" && !(k > 0 && Grammar.Prepositions.Contains(_v.Lower[k - 1]))) return true;
            if (w is "when" or "while" or "because" or "but" or "including" or ";" || w == "that" && k > 0 && _v.IsNounLike(k - 1)) return true;
            if (w is "and" or "or" && (k > 0 && _v.Lower[k - 1] == "," || k + 1 < to && _v.Tagged && _v.Tokens[k + 1].Xpos is "VBD" or "VBZ" or "VBP")) return true;
        }
        return false;
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
