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
internal sealed class QuoteFinder(CueLexicon lex, string producer)
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

    // ---------------------------------------------------------------- quotation marks

    /// <returns>The last segment index consumed (an interrupted quote swallows its second half).</returns>
    private int QuoteSegment(int s)
    {
        var seg = _segments[s];
        string content = string.Join(" ", seg.Content.Select(c => c.Of(_v.Text)));
        int words = content.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (words == 0) return s;
        int open = _v.TokenFrom(seg.Span.Start);
        if (open >= _v.Tokens.Length) return s;
        // A one-word sentence ("“Please.”") is too common a word to be a repeated pull quote.
        if (IsEcho(content, words) && !(words == 1 && StartsSentence(open))) return s;
        int sentence = _v.SentenceOf[open];

        var post = AfterQuote(seg);
        if (post is not null && open >= 2 && _v.Lower[open - 1] is "," or ":" && VerbCue(open - 2) is { IsNoun: false }) post = null;
        // "China urged both sides to … and “resolve differences”, a spokesperson said": a reported clause that runs into
        // the mark makes the quoted words a fragment of it; the inner frame speaks (nested frames credit the inner speaker).
        (Attribution, int)? innerFrame = null;
        if (post is not null && seg.Closed && seg.Content.Length == 1 && ClauseBeforeMark(open) is null
            && BeforeQuote(seg, open) is { } before && ReportedClauseRunsInto(before, open))
        {
            post = null;
            innerFrame = before;
        }
        bool framedAfter = innerFrame is not null;
        if (post is not null && IsTitleLike(content, words, post)) return s;
        if (post is not null)
        {
            var d = NewDraft(seg, QuoteKind.Direct, post, sentence);
            int consumed = s;
            // “First half,” she said, “second half.” — one quote with two content spans.
            if (s + 1 < _segments.Length && Interrupts(post, _segments[s + 1]))
            {
                var next = _segments[s + 1];
                d.Content.AddRange(next.Content);
                d.Span = d.Span.Cover(next.Span);
                d.Text = JoinContent(d.Content);
                consumed = s + 1;
            }
            // "Privacy is not “bolt-on things,” Cook said": the clause began before the mark, so the quoted words are a
            // fragment of reported speech; the span is the clause, running through the frame when it goes on after it.
            if (ClauseBeforeMark(open) is { } clauseFirst)
            {
                d.Kind = QuoteKind.Mixed;
                int end = d.Span.End;
                // "… is “unexplained,” and diagnoses are delayed, he added.": the clause runs on to the frame.
                int frame = Math.Min(post.CueToken, post.Speaker is null ? post.CueToken : _v.TokenFrom(post.Speaker.Span.Start));
                int lastWord = frame - 1;
                while (lastWord > 0 && _v.IsPunct(lastWord) && !DocView.IsQuoteMark(_v.Lower[lastWord])) lastWord--;
                if (lastWord > 0 && _v.Tokens[lastWord].Span.End > end) end = _v.Tokens[lastWord].Span.End;
                if (ClauseAfterFrame(post) is { } after)
                {
                    end = Math.Max(end, after);
                    while (consumed + 1 < _segments.Length && _segments[consumed + 1].Span.End <= end) consumed++;
                }
                d.Span = new TextSpan(_v.Tokens[clauseFirst].Span.Start, end);
                d.Content = [d.Span];
                d.Text = StripMarks(d.Span.Of(_v.Text));
            }
            return consumed;
        }

        var pre = innerFrame ?? BeforeQuote(seg, open);
        if (pre is not null && (IsTitleLike(content, words, pre.Value.Item1) || IsPassiveLabel(pre.Value.Item1, words) || WorkTitle(seg, open, words))) return s;
        if (pre is not null)
        {
            var (attr, clauseStart) = pre.Value;
            // A quote that opens the reported content is direct even when the sentence runs on ("said “…” behind the attack").
            bool direct = clauseStart >= open || !seg.Closed || seg.Content.Length > 1;
            if (direct && (QuotedModifier(seg, words) || TitleAfterPreposition(seg, open, words))) return s;
            if (direct) NewDraft(seg, QuoteKind.Direct, attr, sentence);
            else
            {
                var d = NewDraft(seg, QuoteKind.Mixed, attr, sentence);
                int first = Math.Min(clauseStart, open);
                // The outer frame after the mark (", a spokesperson said") is not part of the clause.
                int last = framedAfter ? _v.TokenBefore(seg.Span.End) : ClauseEnd(_v.TokenBefore(seg.Span.End) + 1, _v.SentenceRange(open).End, includeFrom: true, segment: s);
                var span = new TextSpan(_v.Tokens[first].Span.Start, Math.Max(seg.Span.End, _v.Tokens[last].Span.End));
                d.Span = span;
                d.Content = [span];
                d.Text = StripMarks(span.Of(_v.Text));
            }
            return s;
        }

        // "Buckley, who phoned in from the set, had a similar experience: “It was …”": a whole sentence quoted after a colon,
        // with no cue, gives the words of the clause's subject when that is a person.
        if (ColonSpeaker(seg, open, content, words) is { } colonSpeaker)
        {
            var d = NewDraft(seg, QuoteKind.Direct, null, sentence);
            d.Speaker = ResolvePronoun(colonSpeaker, seg.Span.Start);
            return s;
        }
        if (StartsSentence(open)) _unattributed.Add((s, words, sentence));
        return s;
    }

    /// <summary>The person subject of the clause before a colon that opens a closed, whole-sentence quote, or null.</summary>
    private Speaker? ColonSpeaker(QuotedSegment seg, int open, string content, int words)
    {
        if (!seg.Closed || seg.Content.Length != 1 || words < 4 || open < 2 || _v.Lower[open - 1] != ":") return null;
        string c = content.TrimEnd().TrimEnd('\'', '\u2019', '"', '\u201d', ' ');
        if (c.Length == 0 || !char.IsUpper(c[0]) || c[^1] is not ('.' or '!' or '?')) return null;
        var (first, _) = _v.SentenceRange(open);
        if (open - 1 <= first) return null;
        var subject = SentenceSubject(first, open - 1);
        if (subject is null || subject.IsDocument) return null;
        int head = _v.TokenBefore(subject.Span.End);
        bool person = subject.IsPronoun ? Grammar.PersonPronouns.Contains(_v.Lower[head]) : _v.MentionAt(head) is { Type: EntityType.Person };
        return person ? subject : null;
    }

    /// <summary>
    /// A quote opening its own sentence right after someone's quoted or reported words continues them
    /// ("“…,” Smith said. “…”"); run after indirect speech so "Smith said the plan had failed. “…”" counts too.
    /// </summary>
    private void Continuations()
    {
        foreach (var (s, words, sentence) in _unattributed)
        {
            var seg = _segments[s];
            // A frame inside a relative clause ("referred to Cooke's testimony that concluded …") reports in passing; the next
            // quote goes on with the sentence's own speaker.
            var prev = _drafts.Where(d => d.Span.End <= seg.Span.Start && d.Speaker is not null).MaxBy(d => d.Span.End);
            if (prev is null) continue;
            int gap = ParagraphIndex(seg.Span.Start) - ParagraphIndex(prev.Span.Start);
            if (gap > 1 || (words < 4 && gap > 0)) continue;
            var subject = RelativeFrame(prev) ? SentenceSubject(_v.SentenceRange(prev.Attribution!.CueToken).First, _v.TokenFrom(prev.Speaker!.Span.Start)) : null;
            var d = NewDraft(seg, QuoteKind.Direct, null, sentence);
            if (subject is not null)
            {
                d.Speaker = ResolvePronoun(subject, seg.Span.Start);
                continue;
            }
            d.Speaker = prev.Speaker;
            d.Channel = prev.Channel;
            d.Via = prev.Via;
        }
    }

    private bool RelativeFrame(Draft d) => d.Kind == QuoteKind.Indirect && d.Attribution is { } a && a.CueToken > 0 && _v.Lower[a.CueToken - 1] == "that"
        && a.Speaker is { } sp && sp.Span.End <= _v.Tokens[a.CueToken - 1].Span.Start && _v.TokenFrom(sp.Span.End) < a.CueToken - 1;

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

    /// <summary>“…,” it added / “…,” said X / “…,” according to X.</summary>
    private Attribution? AfterQuote(QuotedSegment seg)
    {
        if (!seg.Closed) return null;
        var cover = seg.ContentCover;
        char last = _v.Text[cover.End - 1];
        // "…do the investigation?’” Holmes testified": a quotation inside the quote closes first; its punctuation counts.
        if (last is '\u2019' or '\'' && cover.Length > 1) last = _v.Text[cover.End - 2];
        int k = _v.TokenFrom(seg.Span.End);
        if (k >= _v.Tokens.Length) return null;
        bool dashOrComma = _v.Lower[k] is "," or "\u2014" or "\u2013" or "-" or "--";
        if (!dashOrComma && last is not (',' or '!' or '?' or '\u2014' or '\u2013' or '-' or '\u2026')) return null;
        if (last == '.' && !dashOrComma) return null;
        while (k < _v.Tokens.Length && _v.IsPunct(k) && !DocView.IsQuoteMark(_v.Lower[k])) k++;
        if (k >= _v.Tokens.Length || _segOf[k] >= 0) return null;
        // "…what happened in 2009?”¶Prakash explained that …": a frame never reaches across a paragraph break.
        if (ParagraphIndex(_v.Tokens[k].Span.Start) != ParagraphIndex(seg.Span.End - 1)) return null;
        // "?” he asked" may be split off as a sentence of its own: the frame is the sentence after the mark.
        var (_, end) = _v.SentenceRange(k);
        // Room for an appositive speaker: "…,” Thomas Zurbuchen, NASA's associate administrator of the …, said.
        int limit = Math.Min(end, k + 32);

        if (_v.Lower[k] == "according" && k + 1 < _v.Tokens.Length && _v.Lower[k + 1] == "to")
        {
            var sp = NounPhraseRight(k + 2, end);
            return sp is null ? null : new Attribution(k, k + 2, "according to", sp, true);
        }
        for (int j = k; j < limit; j++)
        {
            if (DocView.IsQuoteMark(_v.Lower[j]) || _segOf[j] >= 0 || _v.Lower[j] is "." or ";") break;
            var reading = VerbCue(j);
            if (reading is null) continue;
            // "…,” saying he trusted the courts": a participle continues the frame before the quote; it is not "…,” said X".
            if (reading.Form == CueForm.Gerund && j == k) return null;
            // "the “new Gannett,” as Reed dubbed the combination": an "as" aside with a naming verb labels a thing; no one is quoted.
            if (_v.Lower[k] == "as" && reading.Lemma is "dub" or "call" or "name" or "label" or "term" or "nickname" or "christen" or "brand") return null;
            int cueEnd = j + 1 + reading.Rest.Length;
            Speaker? sp = j == k ? NounPhraseRight(cueEnd, end) : SpeakerLeft(j, k);
            if (sp is null && j == k) continue;
            if (sp is null) return null;
            return new Attribution(j, cueEnd, reading.Lemma, sp, true);
        }
        return null;
    }

    private bool Interrupts(Attribution post, QuotedSegment next)
    {
        int end = Math.Max(post.CueEnd, post.Speaker is null ? 0 : _v.TokenFrom(post.Speaker.Span.End));
        int k = _v.TokenFrom(next.Span.Start);
        if (_v.SentenceOf.Length <= k) return false;
        // Only punctuation (and perhaps a trailing adverbial) may stand between the attribution and the second half.
        int between = 0;
        for (int t = end; t < k; t++)
            if (!_v.IsPunct(t)) between++;
        if (between > 3) return false;
        if (end < _v.Tokens.Length && end > 0 && _v.Lower[Math.Min(k - 1, _v.Tokens.Length - 1)] is not ("," or ":" or "\u2014")) return false;
        // The second half is in the frame's paragraph: a quote opening the next paragraph is a new one.
        if (ParagraphIndex(next.Span.Start) != ParagraphIndex(_v.Tokens[Math.Min(end, _v.Tokens.Length - 1)].Span.Start)) return false;
        return char.IsLower(next.Content[0].Of(_v.Text)[0]) || _v.Text[next.Span.Start - 1] != '\n' && _v.Lower[k - 1] == ",";
    }

    /// <summary>X said: “…” / X warned that the deal will “fail” / A statement reads: “…”.</summary>
    /// <returns>The attribution and the first token of the reported clause.</returns>
    private (Attribution, int)? BeforeQuote(QuotedSegment seg, int open)
    {
        var (first, _) = _v.SentenceRange(open);
        if (open == first || (open == first + 1 && _v.IsPunct(first)))
            return ColonBefore(open);
        int stop = Math.Max(first, open - MaxCueDistance);
        (Attribution, int)? fallback = null;
        for (int j = open - 1; j >= stop; j--)
        {
            if (_v.Lower[j] is ";") break;
            if (_segOf[j] >= 0 && _segOf[j] != _segOf[Math.Min(open + 1, _segOf.Length - 1)]) continue;
            var reading = VerbCue(j);
            if (reading is null || CompletesNoun(j)) continue;
            int cue = j, cueEnd = j + 1 + reading.Rest.Length;
            string lemma = reading.Lemma;
            // "is quoted as saying", "was cited as saying": the cue is the passive verb, its subject the speaker.
            if (reading.Form == CueForm.Gerund && j >= 2 && _v.Lower[j - 1] == "as" && VerbCue(j - 2) is { Form: CueForm.Participle or CueForm.Past } passive)
            {
                cue = j - 2;
                lemma = passive.Lemma;
            }
            var speaker = reading.Form == CueForm.Gerund && cue == j && PrecededByComma(j)
                ? SubjectOfParticiple(j, first)
                : SpeakerLeft(cue, first);
            // "sent a letter to management earlier this month stating that …": a participle without its own subject.
            if (speaker is null && reading.Form == CueForm.Gerund && cue == j && j > first && !Grammar.Prepositions.Contains(_v.Lower[j - 1])) speaker = SubjectOfParticiple(j, first);
            if (speaker is { IsDocument: true }) speaker = Issuer(speaker, first);
            var attr = new Attribution(cue, cueEnd, lemma, speaker, false);
            // "said in the release this case demonstrates that …": a speakerless quote-only verb defers to a reporting verb further left.
            if (speaker is null && !reading.Indirect && fallback is null) { fallback = (attr, ClauseStart(cueEnd, open)); continue; }
            if (speaker is null && fallback is not null) continue;
            // "they note that the army cleared barricades: a “voluntary clean-up activity” which …": a reported clause complete
            // before a colon leaves the quoted words after it to the writer.
            if (ReportedClauseBeforeColon(cueEnd, open)) return null;
            return (attr, ClauseStart(cueEnd, open));
        }
        if (fallback is not null) return fallback;
        // "According to the man, the steroids “had a transformative effect …”": the source opens the sentence.
        if (first + 3 < open && _v.Lower[first] == "according" && _v.Lower[first + 1] == "to" && (NounPhraseRight(first + 2, open) ?? AccordingToSource(first + 2, open)) is { } source)
        {
            int comma = _v.TokenFrom(source.Span.End);
            while (comma < open && comma < first + 16 && _v.Lower[comma] != ",") comma++;
            if (comma + 1 < open && _v.Lower[comma] == ",")
                return (new Attribution(first, first + 2, "according to", source, false), comma + 1);
        }
        // "The statement: “…”" — a colon after a cue noun.
        if (open > first && _v.Lower[open - 1] == ":")
            for (int j = open - 2; j >= stop; j--)
                if (NounCue(j) is { } noun)
                {
                    var speaker = Issuer(new Speaker(_v.Tokens[j].Span, _v.Tokens[j].Text, null, false, true), first);
                    return (new Attribution(j, j + 1, noun.Lemma, speaker, false), open);
                }
        return null;
    }

    /// <summary>
    /// True when the frame before the mark (<see cref="BeforeQuote"/>) has a speaker and a reported clause that runs,
    /// unbroken by a comma, semicolon or dash, into the quotation mark ("urged both sides to exercise restraint and “…”").
    /// </summary>
    private bool ReportedClauseRunsInto((Attribution Frame, int ClauseStart) before, int open)
    {
        var (attr, clauseStart) = before;
        if (attr.Speaker is null || clauseStart >= open || clauseStart <= attr.CueToken) return false;
        for (int t = clauseStart; t < open; t++)
            if (_segOf[t] >= 0 || _v.Lower[t] is "," or ";" or ":" or "\u2014" or "\u2013" or "(") return false;
        return true;
    }

    /// <summary>
    /// "reserved the right to respond “…”", "a plan to say": an infinitive cue completing a noun (acl in the parse) names a
    /// speech act that has not happened, so it frames nothing; a frame further left may ("said his country reserved …").
    /// </summary>
    private bool CompletesNoun(int t) =>
        _v.Parsed && t >= 2 && _v.Lower[t - 1] == "to" && _v.Tokens[t].DepRel == "acl" && _v.Tokens[t].Head == t - 2 && _v.Tokens[t - 2].Upos is "NOUN";

    /// <summary>A quote that opens its sentence after "X said:" ending the previous sentence or paragraph.</summary>
    private (Attribution, int)? ColonBefore(int open)
    {
        int colon = open - 1;
        while (colon >= 0 && DocView.IsQuoteMark(_v.Lower[colon])) colon--;
        if (colon < 0 || _v.Lower[colon] != ":") return null;
        var (first, _) = _v.SentenceRange(colon);
        for (int j = colon - 1; j >= first && j >= colon - MaxCueDistance; j--)
        {
            if (_segOf[j] >= 0) break;
            if (VerbCue(j) is { } reading)
            {
                var speaker = SpeakerLeft(j, first);
                if (speaker is { IsDocument: true }) speaker = Issuer(speaker, first);
                return (new Attribution(j, j + 1 + reading.Rest.Length, reading.Lemma, speaker, false), open);
            }
        }
        // "…, which contains the following statement:" then the quote: a cue noun right before the colon.
        if (colon >= 1 && NounCue(colon - 1) is { } noun && _segOf[colon - 1] < 0)
        {
            var doc = new Speaker(_v.Tokens[colon - 1].Span, _v.Tokens[colon - 1].Text, null, false, true);
            return (new Attribution(colon - 1, colon, noun.Lemma, Issuer(doc, first), false), open);
        }
        return null;
    }

    /// <summary>True when "that" and a clause with a finite verb stand between the cue and a colon before the mark.</summary>
    private bool ReportedClauseBeforeColon(int cueEnd, int open)
    {
        int that = -1;
        for (int t = cueEnd; t < open && t < cueEnd + 4; t++)
            if (_v.Lower[t] == "that") { that = t; break; }
        if (that < 0) return false;
        for (int t = that + 2; t < open; t++)
            if (_v.Lower[t] == ":") return ClauseHasVerb(that + 1, t);
        return false;
    }

    /// <summary>Where the reported clause begins after a cue: after "that", a colon, or prepositional phrases.</summary>
    private int ClauseStart(int cueEnd, int open)
    {
        int start = cueEnd;
        // “Fund our schools,” and “Put kids first”: a quote after another quote of the same cue is its own whole content.
        for (int t = cueEnd; t < open; t++)
            if (_segOf[t] >= 0) return open;
        bool sawThat = false;
        for (int t = cueEnd; t < open; t++)
        {
            // "alleged that Noel and Thomas, assigned to the unit, “browsed the Internet,”": after "that" a comma before the
            // mark closes an aside inside the clause; it opens the quote only right after the frame ("said, “…”").
            if (_v.Lower[t] is "that" or ":" || (_v.Lower[t] == "," && t == open - 1 && !sawThat)) start = t + 1;
            if (_v.Lower[t] == "that") sawThat = true;
        }
        if (start >= open) return open;
        // Only adverbials ("on Twitter", "in a statement", "to reporters") between cue and mark: the quote is the clause.
        int t2 = start;
        while (t2 < open)
        {
            if (Grammar.Prepositions.Contains(_v.Lower[t2]) && _v.Lower[t2] != "as")
            {
                t2++;
                while (t2 < open && !Grammar.Prepositions.Contains(_v.Lower[t2]) && _v.Lower[t2] is not ("," or "that" or ":")) t2++;
                continue;
            }
            if (_v.Lower[t2] is "," or "\u2014" || Grammar.IsAdverbLike(_v.Lower[t2])) { t2++; continue; }
            return start;
        }
        return open;
    }

    /// <summary>
    /// The first token of a clause that starts before the quotation mark and runs into it ("Privacy, like
    /// sustainability, is not “…”", "That message is that anyone … and “…”"), or null when the mark opens the
    /// content: it starts the sentence, follows a comma or colon ("In a statement, “…”"), or a cue precedes it (the
    /// frame before the quote is read by <see cref="BeforeQuote"/>).
    /// </summary>
    private int? ClauseBeforeMark(int open)
    {
        var (first, _) = _v.SentenceRange(open);
        int start = first;
        while (start < open && (_v.IsPunct(start) || DocView.IsQuoteMark(_v.Lower[start]))) start++;
        if (open - 1 < start) return null;
        int words = 0;
        bool fragmentBefore = false;
        for (int t = start; t < open; t++)
        {
            if (_segOf[t] >= 0)
            {
                // An earlier fragment of the same clause ("have been “terribly disruptive” and … “…,” X said") that no
                // frame claimed; a quote with its own frame ends the clause.
                if (_drafts.Any(d => d.Span.Contains(_v.Tokens[t].Span))) return null;
                fragmentBefore = true;
                continue;
            }
            if (_v.IsPunct(t)) continue;
            // "failed to find the cause, which was “…”": an infinitive is no frame of its own.
            if (VerbCue(t) is not null && !(t > start && _v.Lower[t - 1] == "to")) return null;
            words++;
        }
        if (!fragmentBefore && _v.Lower[open - 1] is "," or ":" or ";" or "(" or "\u2014" or "\u2013" or "-") return null;
        return words >= 3 ? start : null;
    }

    /// <summary>"…,” Cook said, most do their tasks on one device.": the end of the clause that goes on after the frame.</summary>
    private int? ClauseAfterFrame(Attribution post)
    {
        int k = Math.Max(post.CueEnd, post.Speaker is null ? 0 : _v.TokenFrom(post.Speaker.Span.End));
        // "…,” wrote Taylor, who had never smoked.": a relative clause describes the speaker; the reported clause does not go on.
        if (k + 1 >= _v.Tokens.Length || _v.Lower[k] != "," || !char.IsLower(_v.Tokens[k + 1].Text[0]) || Grammar.Relatives.Contains(_v.Lower[k + 1])) return null;
        var (_, end) = _v.SentenceRange(k);
        int last = end - 1;
        while (last > k && _v.IsPunct(last) && !DocView.IsQuoteMark(_v.Lower[last])) last--;
        return last > k + 2 ? _v.Tokens[last].Span.End : null;
    }

    /// <summary>True when nothing but closing punctuation follows the quote in its sentence.</summary>
    private bool EndsClause(QuotedSegment seg)
    {
        int k = _v.TokenFrom(seg.Span.End);
        if (k >= _v.Tokens.Length) return true;
        int closeTok = _v.TokenBefore(seg.Span.End);
        if (closeTok >= 0 && _v.SentenceOf[k] != _v.SentenceOf[closeTok]) return true;
        for (; k < _v.Tokens.Length && _v.SentenceOf[k] == _v.SentenceOf[closeTok]; k++)
            if (!_v.IsPunct(k)) return false;
        return true;
    }

    /// <summary>
    /// Social posts and block quotes the extractor found in the page markup with their author: the post is a direct
    /// quote of its author through its platform. Its attribution line ("— Name (@handle) date") stays out of the
    /// quoted words and gives the speaker span when the name is in it.
    /// </summary>
    private void EmbeddedPosts(ImmutableArray<EmbeddedQuote> embeds)
    {
        if (embeds.IsDefaultOrEmpty) return;
        foreach (var e in embeds)
        {
            if (e.Author is not { Length: > 0 } author || e.Span.End > _v.Text.Length || e.Span.Length < 3) continue;
            if (_drafts.Any(d => d.Span.OverlapLength(e.Span) * 2 > e.Span.Length)) continue;
            string body = e.Span.Of(_v.Text);
            int tail = e.Kind == "post" ? body.LastIndexOf('\u2014') : -1;
            var content = tail > 0 ? new TextSpan(e.Span.Start, e.Span.Start + body[..tail].TrimEnd().Length) : e.Span;
            int at = body.IndexOf(author, Math.Max(0, tail), StringComparison.Ordinal);
            if (at < 0) at = _v.Text.LastIndexOf(author, e.Span.Start, StringComparison.Ordinal) is var before && before >= 0 && e.Span.Start - before < 400 ? before - e.Span.Start : -1;
            Speaker? speaker = null;
            if (at >= 0 && at + e.Span.Start >= 0)
            {
                var span = new TextSpan(e.Span.Start + at, e.Span.Start + at + author.Length);
                speaker = new Speaker(span, author, _v.MentionFor(span)?.EntityId, false, false);
            }
            if (speaker is null) continue;
            var draft = new Draft
            {
                Kind = QuoteKind.Direct, Span = content, Content = [content], Text = JoinContent([content]).Trim(),
                Speaker = speaker, Channel = e.Channel, Cue = e.Kind == "post" ? "post" : null,
                Sentence = _v.SentenceOf[Math.Min(_v.TokenFrom(content.Start), _v.Tokens.Length - 1)],
            };
            _drafts.Add(draft);
        }
    }

    // ---------------------------------------------------------------- unquoted reported speech

    private void IndirectSpeech()
    {
        var taken = _drafts.Select(d => d.Span).ToList();
        for (int t = 0; t < _v.Tokens.Length; t++)
        {
            // A cue inside a reported clause reports a clause of its own ("The Chronicle says he was arrested after employees
            // said he tried to steal a van"); inside a direct or mixed quote it is the quoted speaker's words.
            bool nested = taken.Any(s => s.Contains(_v.Tokens[t].Span));
            if (_segOf[t] >= 0 || _usedCues.Contains(t) || nested && InsideIndirect(t) is null) continue;
            var (first, end) = _v.SentenceRange(t);
            Attribution? attr = null;
            int contentStart = -1;

            if (_v.Lower[t] == "according" && t + 1 < end && _v.Lower[t + 1] == "to")
            {
                if (nested) continue;
                var sp = NounPhraseRight(t + 2, end) ?? AccordingToSource(t + 2, end);
                if (sp is null) continue;
                int spEnd = _v.TokenFrom(sp.Span.End);
                attr = new Attribution(t, t + 2, "according to", sp, false);
                while (t == first && spEnd < end && spEnd < t + 14 && _v.Lower[spEnd] != ",") spEnd++;
                if (t == first && spEnd < end && _v.Lower[spEnd] == "," && !Enumerable.Range(spEnd, end - spEnd).Any(k => _segOf[k] >= 0)) contentStart = spEnd + 1;
                else if (t > first && _v.Lower[t - 1] == ",")
                {
                    // "…, according to X." — the reported clause is what precedes.
                    int cFirst = first;
                    while (cFirst < t && (_v.IsPunct(cFirst) || DocView.IsQuoteMark(_v.Lower[cFirst]))) cFirst++;
                    // "He had, according to X of the Post, killed and eaten a rabbit": a parenthetical source; the clause runs through it.
                    int close = spEnd;
                    while (close < end && close < spEnd + 8 && !_v.IsPunct(close)) close++;
                    int cLast = t - 2;
                    if (t - 2 - cFirst <= 3 && close + 3 < end && _v.Lower[close] == "," && char.IsLower(_v.Tokens[close + 1].Text[0]) && char.IsLetter(_v.Lower[close + 1][0])
                        && !Enumerable.Range(first, end - first).Any(k => _segOf[k] >= 0))
                        cLast = end - 1;
                    AddIndirect(attr, cFirst, cLast, _v.SentenceOf[t], taken);
                    continue;
                }
                else continue;
            }
            // "they detail how the man came down with …", "demanded how Andrew could be so sure", "explaining how he couldn't
            // have been there": a question put or an account given is reported speech (guideline: a reported clause).
            if (attr is null && !nested && EmbeddedQuestionCue(t, end) is { } question)
            {
                var sp = question.Form == CueForm.Gerund ? SubjectOfParticiple(t, first) : SpeakerLeft(t, first);
                if (sp is not null)
                {
                    attr = new Attribution(t, t + 1, question.Lemma, sp.IsDocument ? Issuer(sp, first) ?? sp : sp, false);
                    contentStart = t + 1;
                    goto found;
                }
            }
            // "Added together, it has become …": a past form opening its sentence has no subject to speak; "a recently announced
            // project": after a determiner (and an adverb) it modifies a noun.
            if (attr is null && VerbCue(t) is { Indirect: true } reading && reading.Form is not CueForm.Participle && !(t == first && reading.Form == CueForm.Past)
                && !(reading.Form == CueForm.Past && t > first && (Grammar.Determiners.Contains(_v.Lower[t - 1]) && _v.Lower[t - 1] != "that" && !FloatingQuantifier(t - 1, first) || t - 1 > first && Grammar.IsAdverbLike(_v.Lower[t - 1]) && Grammar.Determiners.Contains(_v.Lower[t - 2]) && _v.Lower[t - 2] != "that"))
                && (reading.Form != CueForm.Base || t > first && !Grammar.Modals.Contains(_v.Lower[t - 1]) && _v.Lower[t - 1] is not ("not" or "n't")
                    && reading.Lemma is "say" or "tell" or "claim" or "argue" or "insist" or "warn" or "allege" or "maintain" or "contend" or "report" or "estimate" or "admit" or "acknowledge" or "deny" or "agree"
                    || ImplicativeInfinitive(t, first)
                    // "Meanwhile, they note that …", "critics suggest that …": a present plural before "that".
                    || t + 1 < end && _v.Lower[t + 1] == "that" && t > first && (_v.Lower[t - 1] is "they" or "we" or "i" or "you" || _v.Lower[t - 1].Length > 3 && _v.Lower[t - 1][^1] == 's' && !_v.Lower[t - 1].EndsWith("ss", StringComparison.Ordinal) && char.IsLower(_v.Tokens[t - 1].Text[0]) && (!_v.Tagged || _v.Tokens[t - 1].Upos is "NOUN")))
                // A trailing participle reports speech only as "saying"/"adding"/"arguing" …, not "urging X to".
                && (reading.Form != CueForm.Gerund || (PrecededByComma(t) || CoordinatedParticiple(t)) && reading.Stance is "assert" or "accuse" or "deny" or "warn" or "threaten" || QuotedAsSaying(t) is not null || IsProgressive(t))
                && !(reading.Lemma == "add" && t + 1 < end && (_v.Lower[t + 1] == "to" || char.IsDigit(_v.Lower[t + 1][0])))
                // "Job cuts will be announced", "cases were revealed": a passive names no source (guideline: not annotated).
                && (!IsPassive(t, first) || PassiveAgent(t, first, end) is not null))
            {
                int after = t + 1 + reading.Rest.Length;
                // "…, the ministry said in a statement." / "…, said the ministry." — the reported clause comes first.
                // "…, the doctors pleaded with the administration to reconsider": a request with its own complement reports nothing before it.
                // "…, Star Trek Beyond was directed by Justin Lin": a passive cue is no frame for the clause before it.
                // A nested frame is a plain statement by a subject of its own: "employees said he tried …", not "a campaign
                // that encouraged those released to use condoms" nor "people who have reported using meth".
                // ("it had recalled its envoy" recalls no words: only verbs of saying nest).
                if (nested && (reading.Form is not (CueForm.Past or CueForm.ThirdPerson) || reading.Stance != "assert" || IsPassive(t, first)
                    || reading.Lemma is not ("say" or "tell" or "report" or "claim" or "allege" or "insist" or "write" or "state")
                        // "alleged that the guards acknowledged to supervisors that they had not …": other verbs of saying nest with "that".
                        && !(reading.Lemma is "acknowledge" or "admit" or "confirm" or "testify" or "explain" or "concede" && ThatComplement(after, end))
                    || RelativeSubjectBefore(t, first) || t + 1 < end && _v.Lower[t + 1].EndsWith("ing", StringComparison.Ordinal))) continue;
                if (!nested && reading.Form is not CueForm.Gerund && !IsPassive(t, first) && !((reading.Stance == "urge" || reading.Lemma == "tell") && ComplementStart(after, end, reading) >= 0) && ReportedBefore(t, after, first, end) is { } before)
                {
                    attr = new Attribution(t, after, reading.Lemma, before.Speaker, false);
                    AddIndirect(attr, before.First, before.Last, _v.SentenceOf[t], taken);
                    continue;
                }
                int start = ComplementStart(after, end, reading);
                // "As Emily Feng reports for NPR, the first cases came to light …": the frame opens the sentence, the clause follows its comma.
                if (!nested && start < 0 && AsFrameComma(t, after, first, end) is { } asComma && AsFrameSpeaker(t, first) is { } asSpeaker)
                {
                    attr = new Attribution(t, after, reading.Lemma, asSpeaker, false);
                    contentStart = asComma + 1;
                    goto found;
                }
                // "was quoted as saying that …": the passive's subject speaks; the cue is the passive verb.
                if (!nested && QuotedAsSaying(t) is { } passive && start >= 0 && SpeakerLeft(t - 2, first) is { } quoted)
                {
                    attr = new Attribution(t - 2, after, passive.Lemma, quoted, false);
                    contentStart = start;
                    goto found;
                }
                var sp = start < 0 ? null : reading.Form == CueForm.Gerund && !IsProgressive(t) ? SubjectOfParticiple(t, first) : IsPassive(t, first) ? PassiveAgent(t, first, end) : SpeakerLeft(t, first);
                // A nested frame often follows a subordinator the surface rules read as a preposition ("after Politico
                // reported"): the parse's subject comes first there.
                if (nested && start >= 0 && _v.Parsed && SubjectFromTree(t) is { } treeSubject) sp = treeSubject;
                // A nested frame's speaker stands inside the clause that holds it.
                if (nested && sp is not null && InsideIndirect(t) is { } outer && sp.Span.Start < outer.Span.Start) sp = null;
                if (sp is not null)
                {
                    if (sp.IsDocument) sp = Issuer(sp, first) ?? sp;
                    attr = new Attribution(t, after, reading.Lemma, sp, false);
                    contentStart = start;
                }
            }
            // "described the plan as making strides", "cited the backlash as proof that …": a verb of describing with its object
            // and an "as" phrase reports how the source put it.
            if (attr is null && !nested && AsDescription(t, end) is { } described)
            {
                var sp = IsPassive(t, first) ? PassiveAgent(t, first, end) : SpeakerLeft(t, first);
                if (sp is not null)
                {
                    attr = new Attribution(t, t + 1, described.Lemma, sp.IsDocument ? Issuer(sp, first) ?? sp : sp, false);
                    contentStart = t + 1;
                    goto found;
                }
            }
            if (attr is null && !nested && NounCue(t) is { Indirect: true } noun)
            {
                // "claims from the Pentagon that …", "Iran's denial that …".
                int j = t + 1;
                Speaker? sp = null;
                if (j < end && _v.Lower[j] is "from" or "by")
                {
                    sp = NounPhraseRight(j + 1, end);
                    if (sp is null) continue;
                    j = _v.TokenFrom(sp.Span.End);
                }
                else if (t >= 2 && _v.Lower[t - 1] is "'s" or "'")
                    sp = SpeakerEndingAt(t - 2, first);
                // "Mr. Trump's Oct. 11 announcement that …": a date between the possessive and the noun.
                else if (DatedPossessive(t, first) is { } owner)
                    sp = SpeakerEndingAt(owner, first);
                // "his claim that …": the possessive pronoun stands for the speaker.
                else if (t >= 1 && _v.Lower[t - 1] is "his" or "her" or "their" or "its")
                    sp = new Speaker(_v.Tokens[t - 1].Span, _v.Tokens[t - 1].Text, _v.MentionFor(_v.Tokens[t - 1].Span)?.EntityId, true, false);
                // "many have voiced concerns that …", "the ministry issued a warning that …": the subject of a support verb.
                else if (SupportVerb(t, first) is { } support)
                    sp = SpeakerLeft(support, first);
                if (sp is null || j >= end || _v.Lower[j] != "that") continue;
                // "issued a statement that appeared to …": a verb right after "that" makes it a relative pronoun.
                if (j + 1 < end && (LooksFinite(j + 1) || _v.Lower[j + 1].Length > 3 && _v.Lower[j + 1].EndsWith("ed", StringComparison.Ordinal) || Grammar.Modals.Contains(_v.Lower[j + 1]) && _v.Lower[j + 1] != "to" || _v.Lower[j + 1] is "is" or "was" or "are" or "were" or "has" or "had" or "have")) continue;
                attr = new Attribution(t, t + 1, noun.Lemma, sp, false);
                contentStart = j + 1;
            }
            found:
            if (attr is null || contentStart < 0 || contentStart >= end) continue;
            int last = ClauseEnd(contentStart, end, includeFrom: false, segment: -1);
            if ((lex.Readings(_v.Lower, t).Any(r => r.Stance == "deny") || VerbCue(t) is { } objReading && ObjectReport(objReading)) && VerbCue(t) is not null && contentStart == attr.CueEnd)
                for (int k = contentStart; k <= last; k++)
                {
                    // "announced the selection of SpaceX, Blue Origin, Sierra Nevada Corp. and …": commas inside a list of names stay.
                    if (_v.Lower[k] == "," && k > contentStart && _v.IsCapitalised(k - 1) && k + 1 <= last && _v.IsCapitalised(k + 1) && !_v.IsPunct(k + 1)) continue;
                    if (_v.Lower[k] is "," or "while" or "after" or "as" or "when" or "because" or "during" or "amid") { last = k - 1; break; }
                    // "denied the allegations in a statement shared to its website": the channel is no part of what was denied.
                    if (k > contentStart && _v.Lower[k] is "in" or "on" or "via" && (lex.Channel(_v.Lower, k + 1) is not null || k + 2 <= last && lex.Channel(_v.Lower, k + 2) is not null)) { last = k - 1; break; }
                }
            // "Although relatives suggested he may have been murdered, the director told lawmakers …": a frame inside a fronted
            // subordinate clause reports up to that clause's comma; the main clause follows it.
            if (FrontedSubordinate(first, attr.CueToken) && Enumerable.Range(contentStart, Math.Max(0, last - contentStart + 1)).FirstOrDefault(k => _v.Lower[k] == ",", -1) is var comma and > 0)
                last = comma - 1;
            AddIndirect(attr, contentStart, last, _v.SentenceOf[t], taken);
        }
    }

    /// <summary>"Noel and Thomas both acknowledged", "the guards all said": a quantifier after its subject, not a determiner of a noun.</summary>
    private bool FloatingQuantifier(int q, int first) =>
        _v.Lower[q] is "both" or "all" or "each" && q - 1 >= first && char.IsLetter(_v.Lower[q - 1][0])
        && !Grammar.Prepositions.Contains(_v.Lower[q - 1]) && !Grammar.Determiners.Contains(_v.Lower[q - 1]) && !lex.IsCueWord(_v.Lower[q - 1]);

    /// <summary>True when "that" follows the cue within a short listener or adverbial phrase ("acknowledged to supervisors that").</summary>
    private bool ThatComplement(int after, int end)
    {
        for (int t = after; t < end && t <= after + 4; t++)
        {
            if (_v.Lower[t] == "that") return t + 1 < end;
            if (_v.IsPunct(t) || _segOf[t] >= 0 || VerbCue(t) is not null || Grammar.FiniteAuxiliaries.Contains(_v.Lower[t])) return false;
        }
        return false;
    }

    /// <summary>True when a noun phrase of 2–8 words from <paramref name="from"/> is followed by a bare verb (tagged VB or VBP) of its own.</summary>
    private bool SubjunctiveClause(int from, int end)
    {
        if (from >= end || !(Grammar.Determiners.Contains(_v.Lower[from]) || _v.IsNounLike(from) || _v.Tokens[from].Upos == "ADJ") || _v.Lower[from] is "it" or "that") return false;
        for (int t = from + 1; t < end && t <= from + 8; t++)
        {
            if (_v.IsPunct(t) || _segOf[t] >= 0 || Grammar.Relatives.Contains(_v.Lower[t]) || _v.Lower[t] is "that" or "to") return false;
            if (_v.IsVerb(t)) return _v.Tokens[t].Xpos is "VB" or "VBP" && _v.Tokens[t].Upos == "VERB" && _v.IsNounLike(t - 1);
        }
        return false;
    }

    /// <summary>True when the sentence opens with a subordinator ("Although", "While", "When") and no comma comes before token <paramref name="cue"/>.</summary>
    private bool FrontedSubordinate(int first, int cue)
    {
        int s = first;
        while (s < cue && (_v.IsPunct(s) || DocView.IsQuoteMark(_v.Lower[s]))) s++;
        if (s >= cue || _v.Lower[s] is not ("although" or "though" or "while" or "whereas" or "when" or "because" or "since" or "if" or "unless" or "after" or "before" or "as")) return false;
        for (int k = s + 1; k < cue; k++)
            if (_v.Lower[k] == "," || _segOf[k] >= 0) return false;
        return true;
    }

    private void AddIndirect(Attribution attr, int firstTok, int lastTok, int sentence, List<TextSpan> taken)
    {
        while (lastTok > firstTok && (_v.IsPunct(lastTok) && !DocView.IsQuoteMark(_v.Lower[lastTok]))) lastTok--;
        if (lastTok < firstTok) return;
        var span = new TextSpan(_v.Tokens[firstTok].Span.Start, _v.Tokens[lastTok].Span.End);
        if (span.Length < 3) return;
        var outer = InsideIndirect(firstTok);
        if (taken.Any(s => s.Overlaps(span) && !(outer is not null && s == outer.Span && s.Contains(span) && s != span && lastTok - firstTok >= 2))) return;
        // A clause cut through a quotation mark ("Bigger than the little deal" announced in October) is not a reported clause.
        if (_segments.Any(g => g.Span.Overlaps(span) && !span.Contains(g.Span))) return;
        // Indirect speech has no quotation marks of its own; one that contains a quote is that quote's frame.
        // Scare quotes ("A 'phase one' trade deal") are not quotes: only a segment taken as a quote, or one opening its
        // sentence (a possible continuation), makes the span its frame.
        for (int g = 0; g < _segments.Length; g++)
            if (span.Contains(_segments[g].Span) && (_drafts.Any(d => d.Span.Overlaps(_segments[g].Span)) || _unattributed.Any(u => u.Segment == g))) return;
        var d = new Draft
        {
            Kind = QuoteKind.Indirect, Span = span, Content = [span], Text = StripMarks(span.Of(_v.Text)),
            Attribution = attr, Sentence = sentence,
        };
        d.Speaker = ResolvePronoun(attr.Speaker, span.Start);
        for (int t = attr.CueToken; t < attr.CueEnd; t++) _usedCues.Add(t);
        (d.Channel, d.Via) = ChannelNear(attr, null, span);
        _drafts.Add(d);
        taken.Add(span);
    }

    /// <summary>
    /// A verb of explaining or asking right before "how", "why" or "whether" and a clause with a finite verb, not in the
    /// passive ("was asked how") nor after a modal or "to" (a request not yet made).
    /// </summary>
    private CueReading? EmbeddedQuestionCue(int t, int end)
    {
        if (t + 3 >= end || _v.Lower[t + 1] is not ("how" or "why" or "whether")) return null;
        var reading = lex.Readings(_v.Lower, t).FirstOrDefault(r => !r.IsNoun && r.Rest.Length == 0 && r.Lemma is "explain" or "detail" or "demand" or "ask" or "question"
            && r.Form is CueForm.Past or CueForm.ThirdPerson or CueForm.Base or CueForm.Gerund);
        if (reading is null || t == 0) return null;
        if (reading.Form == CueForm.Base && (Grammar.Modals.Contains(_v.Lower[t - 1]) || _v.Lower[t - 1] is "to" or "not" or "n't")) return null;
        if (reading.Form == CueForm.Past && t >= 1 && _v.Lower[t - 1] is "was" or "were" or "been" or "be" or "is" or "are") return null;
        // "how much", "how many", "how long": a quantity question reads the same; the clause needs a verb after its subject.
        return ClauseHasVerb(t + 2, end) ? reading : null;
    }

    /// <summary>
    /// A verb of describing (describe, characterize, portray, cite, hail, praise, label, slam, …; not "dismissed an X-ray as
    /// normal", a judgement rather than words) in the past or -s form
    /// followed by an object and "as" within eight words, before any punctuation, quotation or "that".
    /// </summary>
    private CueReading? AsDescription(int t, int end)
    {
        var reading = VerbCue(t);
        if (reading is null || reading.Rest.Length > 0 || reading.Form is not (CueForm.Past or CueForm.ThirdPerson)
            || reading.Lemma is not ("describe" or "characterize" or "characterise" or "portray" or "depict" or "cite" or "hail" or "praise" or "label" or "brand" or "tout" or "slam" or "criticize" or "criticise" or "condemn")) return null;
        if (t + 2 >= end || _v.Lower[t + 1] is "as" or "by" || Grammar.Prepositions.Contains(_v.Lower[t + 1]) || _v.IsPunct(t + 1) || _segOf[t + 1] >= 0) return null;
        for (int k = t + 2; k < end && k <= t + 8; k++)
        {
            // "cited a study showing Indiana as the state …": the "as" belongs to a verb inside the object.
            if (_v.IsPunct(k) || _segOf[k] >= 0 || DocView.IsQuoteMark(_v.Lower[k]) || _v.Lower[k] == "that" || VerbCue(k) is not null && _v.Lower[k] != "as"
                || _v.Lower[k].Length > 4 && _v.Lower[k].EndsWith("ing", StringComparison.Ordinal) && char.IsLower(_v.Tokens[k].Text[0])) return null;
            if (_v.Lower[k] == "as") return k + 1 < end && char.IsLetter(_v.Lower[k + 1][0]) && _v.Lower[k + 1] is not ("well" or "much" or "many" or "soon" or "long" or "far") ? reading : null;
        }
        return null;
    }

    /// <summary>A verb that reports by its object alone ("announced the selection of …", "revealed the news"), without a clause.</summary>
    private static bool ObjectReport(CueReading r) => r.Lemma is "announce" or "reveal" && r.Form is CueForm.Past or CueForm.ThirdPerson;

    /// <summary>A relative pronoun right before a cue, past auxiliaries and adverbs ("who have reported", "that also said").</summary>
    private bool RelativeSubjectBefore(int cue, int first)
    {
        int k = cue - 1;
        while (k >= first && (_v.Lower[k] is "have" or "has" or "had" or "also" or "not" or "never" or "previously" || Grammar.IsAdverbLike(_v.Lower[k]))) k--;
        return k >= first && _v.Lower[k] is "who" or "that" or "which";
    }

    /// <summary>
    /// "that industry analysts say", "which the agency says": a relative pronoun, then a subject phrase of two to five words
    /// ending in a noun, then the cue at <paramref name="cue"/>; "that" must follow a noun (not a verb, where it opens a clause).
    /// </summary>
    private bool RelativeWithSubjectBefore(int cue)
    {
        int first = _v.SentenceRange(cue).First, k = cue - 1;
        if (k < first) return false;
        string head = _v.Lower[k];
        bool nounHead = Grammar.SpeakerNouns.Contains(head) || _v.IsCapitalised(k) && char.IsLetter(head[0]) || _v.Tagged && _v.Tokens[k].Upos is "NOUN" or "PROPN";
        if (!nounHead) return false;
        int n = 0;
        while (k >= first && n < 5 && char.IsLetter(_v.Lower[k][0]) && !Grammar.Relatives.Contains(_v.Lower[k]) && _v.Lower[k] != "that"
            && !Grammar.FiniteAuxiliaries.Contains(_v.Lower[k]) && !Grammar.Prepositions.Contains(_v.Lower[k]) && VerbCue(k) is null) { k--; n++; }
        if (n < 2 || k <= first || _v.Lower[k] is not ("that" or "which" or "who")) return false;
        if (_v.Lower[k] != "that") return true;
        int before = k - 1;
        return char.IsLetter(_v.Lower[before][0]) && VerbCue(before) is null && !Grammar.Prepositions.Contains(_v.Lower[before])
            && (_v.Tagged ? _v.Tokens[before].Upos is "NOUN" or "PROPN" or "NUM" : !_v.Lower[before].EndsWith("ed", StringComparison.Ordinal));
    }

    /// <summary>The indirect quote whose reported clause holds token <paramref name="t"/>, if any.</summary>
    private Draft? InsideIndirect(int t) =>
        _drafts.FirstOrDefault(d => d.Kind == QuoteKind.Indirect && d.Span.Contains(_v.Tokens[t].Span));

    /// <summary>Where the complement of a reporting verb starts, or -1 when it has no clausal complement.</summary>
    private int ComplementStart(int after, int end, CueReading reading)
    {
        if (after >= end) return -1;
        // deny/admit/acknowledge + gerund: "denied orchestrating the attack".
        if (reading.Stance is "deny" or "accuse" or "assert" && _v.Lower[after].EndsWith("ing", StringComparison.Ordinal) && _v.Lower[after].Length > 4
            && reading.Lemma is "deny" or "admit" or "acknowledge" or "deny" or "recall" or "report" or "concede")
            return after;
        // "admitted to threatening the girl", "confessed to the kidnapping", "complained of poor communications".
        // "confessed to the crime" names no words said (dev leaves it out); "admitted to threatening" reports what was said.
        if (reading.Lemma is "admit" or "confess" && _v.Lower[after] == "to" || reading.Lemma == "complain" && _v.Lower[after] is "of" or "about")
            return after + 1 < end && char.IsLetter(_v.Lower[after + 1][0]) && char.IsLower(_v.Tokens[after + 1].Text[0])
                && (reading.Lemma == "complain" || _v.Lower[after + 1].EndsWith("ing", StringComparison.Ordinal)) ? after + 1 : -1;
        // cue [object] [adverbials] that …
        for (int t = after; t < end && t <= after + (reading.Lemma is "tell" or "assure" or "inform" or "remind" or "warn" ? 12 : 7); t++)
        {
            if (_v.Lower[t] == "that") return t + 1 < end ? t + 1 : -1;
            // "says there is a possibility that …": a finite verb first means the clause began earlier.
            // "said in May that …": the month is no modal.
            if (t > after && Grammar.FiniteAuxiliaries.Contains(_v.Lower[t]) && !(_v.Lower[t] == "may" && _v.IsCapitalised(t))) break;
            // Another cue verb has its own clause; a base form after a modifier is a noun ("wrote in a blog post that").
            if (_v.Lower[t] is "." or ";" or ":" || _segOf[t] >= 0 || DocView.IsQuoteMark(_v.Lower[t])
                || VerbCue(t) is { } other && !(other.Form == CueForm.Base && t > after && lex.Channel(_v.Lower, t - 1) is not null)) break;
        }
        // "promised to protect Medicaid", "threatened to use live fire": a commitment with its infinitive is what was said.
        if (reading.Lemma is "promise" or "threaten" or "vow" or "pledge" && reading.Form is CueForm.Past or CueForm.ThirdPerson && _v.Lower[after] == "to" && after + 1 < end
            && char.IsLower(_v.Tokens[after + 1].Text[0]) && char.IsLetter(_v.Lower[after + 1][0]) && !Grammar.Determiners.Contains(_v.Lower[after + 1])
            && (!_v.Tagged || _v.Tokens[after + 1].Upos is "VERB" or "AUX")
            // "pleaded guilty to charges he threatened to kill …": inside a claim noun's clause the charge is reported, not the threat.
            && !(after >= 3 && Grammar.Pronouns.Contains(_v.Lower[after - 2]) && NounCue(after - 3) is not null))
            return after;
        // "recommends all individuals above age 6 months get a flu vaccine", "advises the earlier people seek treatment": a
        // recommendation with a subject and a bare verb (a subjunctive clause) is what was urged.
        if (reading.Lemma is "recommend" or "advise" or "suggest" or "propose" or "demand" or "insist" && reading.Form is CueForm.Past or CueForm.ThirdPerson
            && _v.Tagged && SubjunctiveClause(after, end)) return after;
        // "pleaded guilty" is no plea to anyone: "plead" reports only as "pleaded with X to Y".
        if (reading.Lemma == "plead" && _v.Lower[after] != "with") return -1;
        // "pleaded with the administration to reconsider", "asked for the investigation to be resumed": the listener follows a preposition.
        if (reading.Stance == "urge" && after + 1 < end && (_v.Lower[after] == "with" && reading.Lemma == "plead" || _v.Lower[after] == "for" && reading.Lemma == "ask"))
        {
            for (int t = after + 2; t < end && t <= after + 7; t++)
            {
                if (_v.IsPunct(t) || _segOf[t] >= 0) break;
                if (_v.Lower[t] == "to" && t + 1 < end && !_v.IsCapitalised(t + 1)) return after + 1;
            }
            return -1;
        }
        // accused China of using coercion / urged Vietnam to push back: object and its complement are the content.
        if (reading.Stance is "accuse" or "urge")
        {
            for (int t = after + 1; t < end && t <= after + (reading.Stance == "accuse" ? 8 : 6); t++)
            {
                string w2 = _v.Lower[t];
                // "accused Braun, Borchetta and Big Machine of …": commas inside a list of names are part of the object.
                if (w2 == "," && _v.IsCapitalised(t - 1) && t + 1 < end && _v.IsCapitalised(t + 1)) continue;
                if (_v.IsPunct(t) || _segOf[t] >= 0) break;
                // "of also disallowing": an adverb may stand between the preposition and the gerund.
                int g = t + 1;
                while (g < end && g <= t + 2 && (Grammar.IsAdverbLike(_v.Lower[g]) || _v.Lower[g] is "also" or "not" or "even")) g++;
                if (reading.Stance == "accuse" && w2 is "of" or "for" && g < end && _v.Lower[g].EndsWith("ing", StringComparison.Ordinal)) return after;
                // "accused the utility of overkill", "charged Assange with espionage": the charge may be a plain noun.
                if (reading.Lemma is "accuse" or "charge" && w2 == (reading.Lemma == "accuse" ? "of" : "with") && t + 1 < end && char.IsLower(_v.Tokens[t + 1].Text[0]) && char.IsLetter(_v.Lower[t + 1][0])) return after;
                if (reading.Stance == "urge" && w2 == "to" && t + 1 < end && !_v.IsCapitalised(t + 1)) return after;
            }
        }
        // "told the man to remove the bedding": tell with a listener and an infinitive is a request, reported like "urged X to".
        if (reading.Lemma == "tell" && !Grammar.Prepositions.Contains(_v.Lower[after]) && !_v.IsPunct(after))
            for (int t = after + 1; t < end && t <= after + 4; t++)
            {
                if (_v.IsPunct(t) || _segOf[t] >= 0 || _v.Lower[t] == "that") break;
                if (_v.Lower[t] == "to" && t + 1 < end && char.IsLower(_v.Tokens[t + 1].Text[0]) && char.IsLetter(_v.Lower[t + 1][0])
                    && !Grammar.Determiners.Contains(_v.Lower[t + 1]) && (!_v.Tagged || _v.Tokens[t + 1].Upos is "VERB" or "AUX")) return after;
            }
        // denied the accusation / rejected the claims / ruled out Taliban involvement.
        if (reading.Lemma is "deny" or "refute" or "rebut" or "dispute" or "rule out" or "disavow" or "contradict" && (Grammar.Determiners.Contains(_v.Lower[after]) || _v.IsCapitalised(after)))
            return after;
        // "NASA announced the selection of …", "revealed the news of the miscarriage": what is made public is the report.
        if (ObjectReport(reading) && after + 1 < end && Grammar.Determiners.Contains(_v.Lower[after]) && char.IsLetterOrDigit(_v.Lower[after + 1][0]))
            return after;
        // "the helicopter, which it said crashed in Logar": the relative pronoun is the reported clause's subject, so its
        // verb follows the cue directly.
        if (reading.Stance == "assert" && reading.Rest.Length == 0 && after >= 3 && _v.Lower[after - 3] is "which" or "who"
            && (_v.Lower[after - 2] is "he" or "she" or "it" or "they" or "we" or "police" or "officials" || _v.IsCapitalised(after - 2) && char.IsLetter(_v.Lower[after - 2][0]))
            && (_v.Lower[after].Length > 3 && _v.Lower[after].EndsWith("ed", StringComparison.Ordinal) || Grammar.IrregularPasts.Contains(_v.Lower[after])
                || _v.Lower[after] is "was" or "were" or "is" or "are" or "had" or "has" or "would" or "could" or "will"))
            return after;
        // "vehicles … that industry analysts say will boost sales", "an amendment that the agency says is essential": a
        // relative pronoun with a subject phrase of its own before the cue; the relative is the reported clause's subject.
        if (reading.Stance == "assert" && reading.Rest.Length == 0 && RelativeWithSubjectBefore(after - 1)
            && (Grammar.IrregularPasts.Contains(_v.Lower[after]) || _v.Lower[after] is "was" or "were" or "is" or "are" or "had" or "has" or "would" or "could" or "will" or "can" or "may" or "might"))
            return after;
        // say + bare clause: "said the deal was off", "says transit officers boarded the train".
        int c = after;
        if (reading.Lemma == "tell" && c < end && (_v.Lower[c] is "me" or "him" or "her" or "us" or "them" or "reporters" or "journalists" || _v.IsCapitalised(c)))
        {
            c++;
            while (c < end && _v.IsCapitalised(c)) c++;
        }
        // "told police he supported", "told the court she had": a listener noun phrase before the clause.
        else if (reading.Lemma == "tell" && c < end)
        {
            int k = c;
            if (Grammar.Determiners.Contains(_v.Lower[k])) k++;
            for (int n = 0; n < 3 && k < end; n++, k++)
                if (Grammar.SpeakerNouns.Contains(_v.Lower[k]) || _v.Lower[k] is "police" or "doctors" or "investigators" or "detectives" or "jurors" or "court" or "judge" or "congress" or "parliament")
                {
                    c = k + 1;
                    break;
                }
        }
        if ((reading.Stance is "assert" or "warn" or "threaten" || reading.Lemma is "allege" or "claim" or "contend") && c < end && reading.Lemma is not ("explain" or "show" or "describe" or "continue" or "tell" or "rule" or "decide" or "find") || reading.Lemma == "tell" && c > after)
        {
            string w = _v.Lower[c];
            // "noted if and how often respondents used …", "shows the states where …": an embedded question is not a report of
            // words; after "said" it can be a subject clause ("said whether Trump will agree depends on …").
            bool clauseLike = char.IsLetterOrDigit(w[0]) && !Grammar.Prepositions.Contains(w) && !(reading.Lemma != "say" && w is "if" or "whether" or "where" or "how" or "why" or "what" or "when") && w is not ("so" or "nothing" or "something" or "yes" or "no" or "it" or "goodbye" or "hello" or "sorry" or "little" or "much" or "more" or "again")
                || w == "it" && c + 1 < end && (_v.Lower[c + 1] is "is" or "was" or "will" or "would" or "had" or "has" or "could" or "'s" or "still" or "also" or "now" or "never" || Grammar.IsAdverbLike(_v.Lower[c + 1])
                    // "said it depends on the cost": a present-tense verb after "it".
                    || _v.Lower[c + 1].Length > 4 && _v.Lower[c + 1].EndsWith("s", StringComparison.Ordinal) && !_v.Lower[c + 1].EndsWith("ss", StringComparison.Ordinal) && char.IsLetter(_v.Lower[c + 1][0]))
                // "said more than 15,000 people registered", "reported at least 5,000 people entered": a quantified subject.
                || w == "more" && c + 1 < end && _v.Lower[c + 1] == "than"
                // "told lawmakers no evidence supports …": "no" before a noun opens a clause; "said no to …" does not.
                || w == "no" && c + 2 < end && char.IsLetter(_v.Lower[c + 1][0]) && char.IsLower(_v.Tokens[c + 1].Text[0]) && !Grammar.Prepositions.Contains(_v.Lower[c + 1]) && _v.Lower[c + 1] is not ("longer" or "more" or "less" or "one" or "comment") && VerbBeforeBreak(c + 1, end)
                || w == "at" && c + 1 < end && _v.Lower[c + 1] is "least" or "most";
            if (Grammar.FiniteAuxiliaries.Contains(w) || w is "been" or "be" or "do" or "does" or "did" || w.EndsWith("ed", StringComparison.Ordinal))
                clauseLike = false;
            // "adds a contextual dimension by helping …, false alarms", "maintains its own monitor and reported": after a verb
            // that also takes a plain object, a noun phrase is that object unless its verb comes before a comma or "and".
            if (clauseLike && !_v.IsPunct(c) && ClauseHasVerb(c, end)
                && (reading.Lemma is "say" or "tell" or "claim" or "allege" or "report" or "state" or "write" or "insist" or "argue" or "warn" || c > after || !Grammar.Determiners.Contains(w) || VerbBeforeBreak(c + 1, end)))
                return c;
        }
        return -1;
    }

    /// <summary>
    /// "Officers arrested six people, Harris said." — the cue closes its sentence (only adverbials follow) and a comma
    /// separates it, with its speaker, from the reported clause before it.
    /// </summary>
    private (int First, int Last, Speaker Speaker)? ReportedBefore(int cue, int after, int first, int end)
    {
        // ", told The Hill that …" names a listener, not a speaker: only other cues invert.
        bool inverted = cue - 1 >= first && _v.Lower[cue - 1] == "," && VerbCue(cue)?.Lemma != "tell";
        if (!inverted && after < end && !(_v.IsPunct(after) || Grammar.Prepositions.Contains(_v.Lower[after]) || _v.IsCapitalised(after) || Grammar.IsAdverbLike(_v.Lower[after])
            || _v.Lower[after] is "last" or "this" or "earlier" or "later" or "today" or "yesterday" or "tonight" or "recently" or "previously" or "told" or "reporters" or "monday" or "friday" or "while" or "when" or "us" or "me" or "him" or "her" or "them"))
            return null;
        // "Many of the prisons, she said, are aging": a parenthetical frame; the reported clause runs through it.
        if (!inverted && after < end && _v.Lower[after] == "," && after + 1 < end && char.IsLower(_v.Tokens[after + 1].Text[0]) && char.IsLetter(_v.Lower[after + 1][0])
            && SpeakerLeft(cue, first) is { } ps && _v.TokenFrom(ps.Span.Start) - 1 > first && _v.Lower[_v.TokenFrom(ps.Span.Start) - 1] == ","
            && !Enumerable.Range(first, end - first).Any(k => _segOf[k] >= 0 || DocView.IsQuoteMark(_v.Lower[k])))
        {
            int s0 = first;
            while (s0 < end && _v.IsPunct(s0)) s0++;
            if (_v.TokenFrom(ps.Span.Start) - 1 - s0 >= 1 && end - after >= 4) return (s0, end - 1, ps);
        }
        var invertedSpeaker = inverted ? NounPhraseRight(after, end) : null;
        int spAfter = invertedSpeaker is null ? -1 : _v.TokenFrom(invertedSpeaker.Span.End);
        // "Jack Roe, who represents the families, said he's pleased": a pronoun with its own verb after the cue is the
        // reported clause's subject; the comma closed a relative clause, it did not invert the frame.
        if (invertedSpeaker is { IsPronoun: true } && spAfter < end
            && (_v.Lower[spAfter] is "'s" or "\u2019s" or "'re" or "'d" or "'ll" or "'ve" || Grammar.FiniteAuxiliaries.Contains(_v.Lower[spAfter]) || LooksFinite(spAfter)))
            return null;
        // "said Matt Harris, police spokesman" when the mention covers "Matt" only: the rest of the name follows.
        // "said Monica de Bolle, a senior fellow": a lowercase particle inside the name, before its capitalised part, too.
        while (spAfter >= 0 && spAfter < end && (_v.IsCapitalised(spAfter) && char.IsLetter(_v.Lower[spAfter][0]) && !Grammar.IsTimeWord(_v.Lower[spAfter])
            || Grammar.NameParticles.Contains(_v.Lower[spAfter]) && spAfter + 1 < end && _v.IsCapitalised(spAfter + 1))) spAfter++;
        bool closesSentence = invertedSpeaker is not null && (spAfter >= end || _v.IsPunct(spAfter) || Grammar.Prepositions.Contains(_v.Lower[spAfter]) || _v.Lower[spAfter] is "who"
            // "said Trump's spokesman", not "said his company's award was a sign": no finite verb follows the possessive.
            || _v.Lower[spAfter] is "'s" && !Enumerable.Range(spAfter + 1, Math.Max(0, Math.Min(end, spAfter + 8) - spAfter - 1)).Any(x => Grammar.FiniteAuxiliaries.Contains(_v.Lower[x])));
        for (int t = after; t < end; t++)
        {
            string w = _v.Lower[t];
            // "said X in an email to staff that was reviewed by Reuters": a relative clause after the inverted speaker.
            // "said X, president of the prison workers' union": a plural's possessive apostrophe is no quotation mark.
            if (w is ":" || w == "that" && !(closesSentence && t > spAfter) || _segOf[t] >= 0 || DocView.IsQuoteMark(w) && !PluralPossessive(t)) return null;
            if (w == "," && t + 1 < end && !(closesSentence && t >= spAfter) && !(Grammar.Prepositions.Contains(_v.Lower[t + 1]) || _v.Lower[t + 1] is "adding" or "saying" or "citing" or "according"
                // "…, Paganini and his team wrote in the new paper, which was published today": a relative clause on the frame's noun.
                || _v.Lower[t + 1] == "which" && t > after && char.IsLetter(_v.Lower[t - 1][0]) && VerbCue(t - 1) is null && Enumerable.Range(after, t - after).Any(x => Grammar.Prepositions.Contains(_v.Lower[x])))) return null;
        }
        if (!closesSentence && ComplementStart(after, end, new CueReading("say", false, "assert", true, CueForm.Past, [])) is >= 0 and var cs && cs < end && !Grammar.Prepositions.Contains(_v.Lower[cs]))
        {
            // "said Tuesday" and "said in a statement" are adverbials, not a clause; anything else is a complement.
            if (!(_v.IsCapitalised(cs) && cs + 1 < end && _v.IsPunct(cs + 1))) return null;
        }
        Speaker? sp;
        int comma;
        if (cue - 1 >= first && _v.Lower[cue - 1] == ",")
        {
            sp = NounPhraseRight(after, end);
            comma = cue - 1;
        }
        else
        {
            sp = SpeakerLeft(cue, first);
            if (sp is null) return null;
            comma = _v.TokenFrom(sp.Span.Start) - 1;
            // "…, the U.S. Attorney said" with "Attorney" as the mention: the name words and determiner before it belong to the phrase.
            while (comma >= first && comma >= _v.TokenFrom(sp.Span.Start) - 6 && (Grammar.Determiners.Contains(_v.Lower[comma]) || _v.IsCapitalised(comma) && char.IsLetter(_v.Lower[comma][0]) || _v.Lower[comma] is "'s"
                // "…, Paganini and his team wrote": a name joined to the speaker phrase by "and".
                || _v.Lower[comma] == "and" && comma - 1 >= first && _v.IsCapitalised(comma - 1) && char.IsLetter(_v.Lower[comma - 1][0]))) comma--;
        }
        if (sp is null || comma <= first || _v.Lower[comma] != ",") return null;
        int startTok = first;
        while (startTok < comma && (_v.IsPunct(startTok) || DocView.IsQuoteMark(_v.Lower[startTok]))) startTok++;
        if (comma - startTok < 2) return null;
        // "Though many remain peaceful, a radical minority have responded with violence": a subordinate clause alone is no report.
        if ((Grammar.ClauseBreakers.Contains(_v.Lower[startTok]) || _v.Lower[startTok] is "because" or "if" or "when" or "while" or "since" or "after" or "before" or "as")
            && !Enumerable.Range(startTok, comma - startTok).Any(k => _v.Lower[k] == ",")) return null;
        return (startTok, comma - 1, sp);
    }

    /// <summary>"workers' union": an apostrophe attached to a plural in -s, with no single quotation mark open in the sentence.</summary>
    private bool PluralPossessive(int t) =>
        _v.Lower[t] is "'" or "\u2019" && t > 0 && _v.Lower[t - 1].Length > 2 && _v.Lower[t - 1][^1] == 's' && char.IsLetter(_v.Lower[t - 1][0])
        && _v.Tokens[t - 1].Span.End == _v.Tokens[t].Span.Start
        && !Enumerable.Range(_v.SentenceRange(t).First, t - _v.SentenceRange(t).First).Any(k => _v.Lower[k] is "\u2018" || _v.Lower[k] == "'" && (k == 0 || _v.Tokens[k - 1].Span.End < _v.Tokens[k].Span.Start));

    /// <summary>The possessor's last token when only date words (month, day number, year, a period) stand between its "'s" and the noun at <paramref name="noun"/>.</summary>
    private int? DatedPossessive(int noun, int first)
    {
        int k = noun - 1, dates = 0;
        while (k > first && dates < 4 && (Grammar.IsTimeWord(_v.Lower[k].TrimEnd('.')) || _v.Lower[k] == "." || _v.Lower[k].All(char.IsDigit))) { k--; dates++; }
        return dates > 0 && k - 1 >= first && _v.Lower[k] is "'s" or "\u2019s" ? k - 1 : null;
    }

    /// <summary>A finite verb (auxiliary, -ed form or irregular past) before the first comma, dash, "and" or "or" from <paramref name="from"/>.</summary>
    private bool VerbBeforeBreak(int from, int end)
    {
        for (int t = from; t < end && t < from + 15; t++)
        {
            string w = _v.Lower[t];
            if (_v.IsPunct(t) || w is "and" or "or" or "but" || _segOf[t] >= 0) return false;
            if (Grammar.FiniteAuxiliaries.Contains(w) || w is "did" or "does" or "do" || w is "'s" or "\u2019s" && Grammar.Pronouns.Contains(_v.Lower[t - 1]) || Grammar.IrregularPasts.Contains(w) || w.Length > 3 && w.EndsWith("ed", StringComparison.Ordinal)
                || _v.Tagged && _v.Tokens[t].Upos is "VERB" or "AUX" && _v.Tokens[t].Xpos is "VBD" or "VBZ" or "VBP" or "MD") return true;
        }
        return false;
    }

    /// <summary>Rough test that a stretch holds a finite verb: common auxiliaries, -ed words, irregular pasts and -s forms.</summary>
    /// <remarks>
    /// Surface forms even when tagged: the tagger's VERB also covers participles and gerunds ("existing tariffs for future
    /// leverage", "while visiting …") and reached past the sentence's end, so object phrases passed as clauses
    /// (tagged, dev+dev2 lost precision and recall against the surface test).
    /// </remarks>
    private bool ClauseHasVerb(int from, int end)
    {
        bool commaSeen = false;
        for (int t = from; t < end && t < from + 25; t++)
        {
            string w = _v.Lower[t];
            if (w is "." && !InnerPeriod(t, end) || w is ";" or ":" || _segOf[t] >= 0 && t > from + 1) break;
            // "added his seventh for the Islanders, and …": a guessed verb form counts only before the first comma.
            if (w == "," ) { commaSeen = true; continue; }
            if (Grammar.FiniteAuxiliaries.Contains(w) || w is "did" or "does" or "do"
                or "'re" or "'ve" or "'ll" or "'d" or "n't" or "wo" or "ca")
            {
                // "from February 2016 through May 2017": the capitalised month is no modal.
                if (w == "may" && _v.IsCapitalised(t)) continue;
                return true;
            }
            // "said he's extremely proud": 's after a pronoun is "is" or "has", not a possessive.
            if (w is "'s" or "\u2019s" && t > from && _v.Lower[t - 1] is "he" or "she" or "it" or "that" or "there" or "who") return true;
            if (commaSeen) continue;
            if (t > from && w.Length > 3 && w.EndsWith("ed", StringComparison.Ordinal)) return true;
            if (t > from && Grammar.IrregularPasts.Contains(w)) return true;
            // "the case highlights", "WeWork needs": a lowercase -s word right after a name, a pronoun or a lowercase noun.
            if (t > from && w.Length > 3 && w[^1] == 's' && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal) && char.IsLower(_v.Tokens[t].Text[0])
                && (_v.IsCapitalised(t - 1) || _v.Lower[t - 1] is "it" or "he" or "she" or "this" or "that" || char.IsLetter(_v.Lower[t - 1][0]) && _v.Lower[t - 1].Length > 2 && !_v.Lower[t - 1].EndsWith('s')
                    // "existing tariffs", "smaller landers", "impeachment investigators": after a modifier the -s word is a plural noun.
                    && !(_v.Lower[t - 1].Length > 5 && _v.Lower[t - 1].EndsWith("ing", StringComparison.Ordinal) || _v.Lower[t - 1].EndsWith("er", StringComparison.Ordinal) && !Grammar.SpeakerNouns.Contains(_v.Lower[t - 1]) || _v.Lower[t - 1].EndsWith("ment", StringComparison.Ordinal))
                    && !Grammar.Determiners.Contains(_v.Lower[t - 1]) && !Grammar.Prepositions.Contains(_v.Lower[t - 1]) && _v.Lower[t - 1] is not ("and" or "or" or "the" or "of")))
                return true;
        }
        return false;
    }

    /// <summary>Last token of a reported clause that starts at <paramref name="from"/>.</summary>
    private int ClauseEnd(int from, int end, bool includeFrom, int segment)
    {
        int last = Math.Max(from - 1, 0);
        for (int t = from; t < end; t++)
        {
            string w = _v.Lower[t];
            // "the five companies — Blue Origin, …, SpaceX — had been selected": a pair of dashes brackets an aside.
            if (w is "\u2014" or "\u2013" && t > from && ClosingDash(t, end) is { } close) { last = close; t = close; continue; }
            if (w is ";" or ":" or "\u2014" || Grammar.ClauseBreakers.Contains(w)) break;
            // "(the company … called it “immaterial”) and Gannett …": a clause that began inside brackets ends with them.
            if (w == ")" && OpenBracketBefore(from)) break;
            // Another quotation in the same sentence has its own frame.
            if (_segOf[t] >= 0 && _segOf[t] != segment || DocView.IsQuoteMark(w) && _segOf[Math.Min(t + 1, end - 1)] >= 0 && _segOf[Math.Min(t + 1, end - 1)] != segment) break;
            // "964,000 people, which account for 0.4 percent of the population, reported …": a relative clause closed by a
            // comma inside the clause's subject, before its verb, belongs to the clause.
            if (w == "," && t + 1 < end && _v.Lower[t + 1] is "which" or "who" && !ClauseHasVerb(from, t) && RelativeClauseClose(t + 1, end) is { } relClose)
            {
                last = relClose - 1;
                t = relClose;
                continue;
            }
            if (w == "," && t + 1 < end && ClauseBreakAfterComma(t + 1)) break;
            // "called it the “end of an era,” as the industry's symbol …": the comma closing the clause stands inside the closing mark.
            if (t == from && includeFrom && t >= 2 && DocView.IsQuoteMark(_v.Lower[t - 1]) && _v.Lower[t - 2] == "," && ClauseBreakAfterComma(t)) break;
            // "said he had watched part of the testimony and slammed the hearings as a “disgrace”": a cue of quotation joined by
            // "and" ends the clause too.
            if (w is "and" or "but" && t + 1 < end && (VerbCue(t + 1) is { Indirect: true } || VerbCue(t + 1) is { Form: CueForm.Past or CueForm.ThirdPerson } && Enumerable.Range(t + 2, Math.Max(0, end - t - 2)).Any(k => _segOf[k] >= 0))) break;
            // "…, it has also acknowledged that …": a new subject with its own reporting verb starts another report.
            if (w == "," && t + 2 < end && _v.Lower[t + 1] is "he" or "she" or "it" or "they" or "we")
            {
                int k = t + 2;
                while (k < end && Grammar.VerbPrefix.Contains(_v.Lower[k])) k++;
                if (k < end && VerbCue(k) is { Indirect: true }) break;
            }
            if (_segOf[t] < 0 && t > from && VerbCue(t) is { Form: CueForm.Gerund } && _v.Lower[t - 1] == ",") break;
            // "while the ID. SPACE VIZZION may only be a concept": a period the sentence splitter kept inside the sentence
            // belongs to a name; the clause goes on.
            if (w is "." or "!" or "?" && _segOf[t] < 0 && !InnerPeriod(t, end)) break;
            last = t;
        }
        if (!includeFrom) return last;
        return Math.Max(last, from - 1);
    }

    /// <summary>True when a "(" opened in the sentence before token <paramref name="t"/> is still open there.</summary>
    private bool OpenBracketBefore(int t)
    {
        int depth = 0;
        for (int k = _v.SentenceRange(t).First; k < t; k++)
            depth += _v.Lower[k] == "(" ? 1 : _v.Lower[k] == ")" && depth > 0 ? -1 : 0;
        return depth > 0;
    }

    /// <summary>A word that, after a comma, starts something other than the reported clause ("…, as", "…, according to", "…, adding").</summary>
    private bool ClauseBreakAfterComma(int t) =>
        _v.Lower[t] is "according" or "while" or "adding" or "saying" or "which" or "as" || VerbCue(t) is { Indirect: true }
        // "acknowledged that more launches raised the risk, but that the architecture needs …": a second "that" clause of the same cue goes on.
        || _v.Lower[t] == "but" && !(t + 1 < _v.Tokens.Length && _v.Lower[t + 1] == "that");

    /// <summary>A full stop the sentence splitter kept inside the sentence, attached to a word and followed by one ("the ID. SPACE VIZZION").</summary>
    private bool InnerPeriod(int t, int end) =>
        _v.Lower[t] == "." && t > 0 && t + 1 < end && char.IsLetter(_v.Lower[t + 1][0]) && _v.Tokens[t].Span.Start == _v.Tokens[t - 1].Span.End
        && _v.SentenceOf[t + 1] == _v.SentenceOf[t];

    /// <summary>The comma closing a relative clause opened at <paramref name="rel"/> when a finite verb follows it ("…, which owns X, is preventing").</summary>
    private int? RelativeClauseClose(int rel, int end)
    {
        for (int t = rel + 2; t + 1 < end && t <= rel + 25; t++)
        {
            if (_segOf[t] >= 0 || _v.Lower[t] is ";" or ":" or "." or "\u2014") return null;
            if (_v.Lower[t] != ",") continue;
            int v = t + 1;
            while (v < end && (Grammar.IsAdverbLike(_v.Lower[v]) || _v.Lower[v] is "also" or "now" or "still" or "not")) v++;
            return v < end && (Grammar.FiniteAuxiliaries.Contains(_v.Lower[v]) || LooksFinite(v)) ? t : null;
        }
        return null;
    }

    /// <summary>The dash closing an aside opened by the dash at <paramref name="open"/>, when words follow it in the sentence.</summary>
    private int? ClosingDash(int open, int end)
    {
        for (int t = open + 2; t < end - 1 && t <= open + 30; t++)
        {
            if (_segOf[t] >= 0 || _v.Lower[t] is ";" or ":" or "." ) return null;
            if (_v.Lower[t] == _v.Lower[open]) return char.IsLetterOrDigit(_v.Lower[t + 1][0]) ? t : null;
        }
        return null;
    }

    // ---------------------------------------------------------------- speakers

    /// <summary>The subject of the reporting verb at <paramref name="cue"/>: dependencies when parsed, else the nearest phrase on its left.</summary>
    private Speaker? SpeakerLeft(int cue, int lowerBound)
    {
        // The surface rules come first: on news attributions they beat the parser's subjects (dev speaker accuracy
        // 0.924 against 0.884); the tree answers when they find nothing ("took to Twitter to label").
        var near = NearestSubject(cue, lowerBound);
        if (near is null && _v.Parsed) return SubjectFromTree(cue);
        return near;
    }

    private Speaker? NearestSubject(int cue, int lowerBound) => NearestSubjectCore(cue, lowerBound) ?? RelativeAntecedent(cue, lowerBound);

    /// <summary>"A spokesperson who did not wish to be named because of agency policy said": the head before "who".</summary>
    private Speaker? RelativeAntecedent(int cue, int lowerBound)
    {
        for (int j = cue - 1; j > lowerBound && j >= cue - 20; j--)
        {
            if (_segOf[j] >= 0 || DocView.IsQuoteMark(_v.Lower[j]) || _v.Lower[j] is ";" or ":") return null;
            if (_v.Lower[j] != "who") continue;
            int h = j - 1;
            if (_v.Lower[h] == ",") h--;
            return h >= lowerBound ? SpeakerEndingAt(h, lowerBound) is { IsDocument: false } sp ? sp : null : null;
        }
        return null;
    }

    private Speaker? NearestSubjectCore(int cue, int lowerBound)
    {
        bool infinitive = false;
        int commas = 0;
        for (int j = cue - 1; j >= lowerBound && j >= cue - 20; j--)
        {
            string w = _v.Lower[j];
            if (_segOf[j] >= 0 || DocView.IsQuoteMark(w)) return null;
            // "Early says": a capitalised word inside the sentence is a name, not an adverb.
            if (Grammar.VerbPrefix.Contains(w) || Grammar.IsAdverbLike(w) && !(_v.IsCapitalised(j) && !_v.IsSentenceStart(j))) continue;
            // "The court last week ruled", "the ministry this month warned": a time phrase between subject and verb.
            if ((w is "week" or "month" or "year" or "weekend" or "night" or "morning" or "afternoon" or "evening" || Grammar.IsTimeWord(w))
                && j - 1 > lowerBound && _v.Lower[j - 1] is "last" or "this" or "next" or "late" or "early" or "earlier") { j--; continue; }
            // "retailers that said they", "the waitress, who said": the relative pronoun's antecedent speaks.
            // "a blog post that said": a cue word right after a determiner and a modifier is a noun, the antecedent.
            // "Cooke's earlier testimony that concluded …", "the panel's report that said …": a document owned by a possessor
            // is that possessor's words.
            if (w == "that" && j == cue - 1 && j - 1 >= lowerBound && NounCue(j - 1) is not null && PossessorOf(j - 1, lowerBound) is { } owner) return owner;
            if (w == "that" && j == cue - 1 && j - 1 >= lowerBound && char.IsLetter(_v.Lower[j - 1][0])
                && (!lex.IsCueWord(_v.Lower[j - 1]) || j - 3 >= lowerBound && Grammar.Determiners.Contains(_v.Lower[j - 3]) && char.IsLower(_v.Tokens[j - 2].Text[0]) && char.IsLetter(_v.Lower[j - 2][0]) && NounCue(j - 1) is not null))
            {
                if (SpeakerEndingAt(j - 1, lowerBound) is { } named) return named;
                // Any noun can be the antecedent ("retailers that said"): the word and its lowercase modifiers.
                int h = j - 1, st = h;
                if (!char.IsLower(_v.Tokens[h].Text[0]) || Grammar.Prepositions.Contains(_v.Lower[h]) || Grammar.Determiners.Contains(_v.Lower[h]) || Grammar.Pronouns.Contains(_v.Lower[h])) return null;
                while (st - 1 >= lowerBound && st > h - 3 && char.IsLetter(_v.Lower[st - 1][0]) && !Grammar.Prepositions.Contains(_v.Lower[st - 1]) && !Grammar.VerbPrefix.Contains(_v.Lower[st - 1]) && !lex.IsCueWord(_v.Lower[st - 1]) && _v.Lower[st - 1] is not ("and" or "or")) st--;
                var span = new TextSpan(_v.Tokens[st].Span.Start, _v.Tokens[h].Span.End);
                return new Speaker(span, span.Of(_v.Text), _v.MentionFor(span)?.EntityId, false, false);
            }
            // "extradition to the United States, which accuses him of …": a name right before ", which" is the antecedent, even inside a prepositional phrase.
            if (w is "which" or "who" && j - 2 >= lowerBound && _v.Lower[j - 1] == "," && Enumerable.Range(j + 1, cue - j - 1).All(x => Grammar.VerbPrefix.Contains(_v.Lower[x]) || Grammar.IsAdverbLike(_v.Lower[x]))
                && SpeakerEndingAt(j - 2, lowerBound) is { IsDocument: false, IsPronoun: false } antecedent && (antecedent.EntityId is not null || _v.IsCapitalised(j - 2)))
                return antecedent;
            if (Grammar.Relatives.Contains(w) && j - 1 >= lowerBound && _v.Lower[j - 1] == "," && j - 2 >= lowerBound) { j--; continue; }
            if (w == "," && commas == 0 && Apposition(j, lowerBound) is { } appo) return appo;
            if (w == "," && commas == 0 && j - 1 >= lowerBound && (_v.MentionAt(j - 1) is not null || _v.IsCapitalised(j - 1) || Grammar.VerbPrefix.Contains(_v.Lower[j - 1]))) { commas++; continue; }
            if (w == "to" && !infinitive)
            {
                infinitive = true;
                // "reserved the right to respond", "a plan to say": an infinitive completing a noun (acl in the parse) has no
                // subject of its own there; the noun phrase is passed over to the clause's subject. "led the manufacturer to
                // announce" (xcomp) keeps the noun as the one who speaks.
                if (_v.Parsed && j - 1 >= lowerBound && _v.Tokens[j - 1].Upos is "NOUN" && _v.Tokens[cue].DepRel == "acl" && _v.Tokens[cue].Head == j - 1)
                {
                    j--;
                    while (j - 1 >= lowerBound && (Grammar.Determiners.Contains(_v.Lower[j - 1]) || _v.Tokens[j - 1].Upos is "ADJ" or "NOUN")) j--;
                }
                continue;
            }
            if (w is "and" or "but" && !infinitive) return SentenceSubject(lowerBound, j);
            if (Grammar.Relatives.Contains(w)) continue;
            var sp = SpeakerEndingAt(j, lowerBound);
            if (sp is not null)
            {
                int start = _v.TokenFrom(sp.Span.Start);
                int p = start - 1;
                while (p >= lowerBound && Grammar.Determiners.Contains(_v.Lower[p])) p--;
                // "Manila vows action as Beijing accuses it of intrusion", "after Politico reported": a subordinator that doubles as a
                // preposition, with the phrase as the subject of the finite cue right after it, opens a clause whose own subject speaks.
                if (p >= lowerBound && _v.Lower[p] is "as" or "after" or "before" or "since" or "until" && SubordinateSubject(p, _v.TokenFrom(sp.Span.End), cue)) return sp;
                if (p >= lowerBound && Grammar.Prepositions.Contains(_v.Lower[p]))
                {
                    // "a statement from the Pentagon said": the document's author speaks.
                    if (_v.Lower[p] is "from" or "by" or "of" && p - 1 >= lowerBound && (NounCue(p - 1) is not null || lex.Channel(_v.Lower, p - 1) is not null))
                        return sp with { Channel = lex.Channel(_v.Lower, p - 1)?.Channel };
                    // "people familiar with the talks say", "two people briefed on the talks said": a modifier after the head.
                    if (p - 2 >= lowerBound && char.IsLower(_v.Tokens[p - 1].Text[0]) && Grammar.SpeakerNouns.Contains(_v.Lower[p - 2])
                        && (_v.Lower[p - 1].EndsWith("ed", StringComparison.Ordinal) || _v.Lower[p - 1] is "familiar" or "close" or "knowledgeable" or "involved" or "present" or "opposed"))
                    {
                        j = p - 1;
                        continue;
                    }
                    j = p;
                    continue;
                }
                return sp;
            }
            if (PostModifiedHead(j, lowerBound) is { } head) return head;
            if (infinitive) continue;
            return null;
        }
        return null;
    }

    /// <summary>
    /// True when token <paramref name="mark"/> ("as", "after", …) opens a clause whose subject ends before <paramref name="afterPhrase"/>
    /// and whose finite verb is the cue: only adverbs and auxiliaries between, the cue a past or present form (or after a finite
    /// auxiliary), and the parse, when there is one, not reading the word as a preposition of the phrase.
    /// </summary>
    private bool SubordinateSubject(int mark, int afterPhrase, int cue)
    {
        if (afterPhrase > cue || _v.Parsed && _v.Tokens[mark].DepRel == "case") return false;
        bool finiteAux = false;
        for (int k = afterPhrase; k < cue; k++)
        {
            if (Grammar.FiniteAuxiliaries.Contains(_v.Lower[k])) finiteAux = true;
            else if (!(Grammar.VerbPrefix.Contains(_v.Lower[k]) || Grammar.IsAdverbLike(_v.Lower[k]))) return false;
        }
        return finiteAux || VerbCue(cue) is { Form: CueForm.Past or CueForm.ThirdPerson };
    }

    /// <summary>The possessor of noun <paramref name="noun"/> ("Cooke's [earlier] testimony"), a speaker that is no document, or null.</summary>
    private Speaker? PossessorOf(int noun, int lowerBound)
    {
        int p = noun - 1;
        if (p > lowerBound && char.IsLower(_v.Tokens[p].Text[0]) && char.IsLetter(_v.Lower[p][0]) && _v.Lower[p] is not ("'s" or "\u2019s")) p--;
        if (p - 1 < lowerBound || _v.Lower[p] is not ("'s" or "\u2019s" or "'" or "\u2019")) return null;
        return SpeakerEndingAt(p - 1, lowerBound) is { IsDocument: false } owner ? owner : null;
    }

    /// <summary>"Experts on jail suicide told", "people familiar with Chinese trade policy said": a speaker noun before a short prepositional phrase.</summary>
    private Speaker? PostModifiedHead(int j, int lowerBound)
    {
        for (int k = j - 1; k > lowerBound && k >= j - 4; k--)
        {
            string w = _v.Lower[k];
            if (_v.IsPunct(k) || _segOf[k] >= 0 || lex.IsCueWord(w) && !Grammar.Prepositions.Contains(w)) return null;
            if (w is not ("of" or "on" or "with" or "from" or "at" or "in" or "for")) continue;
            int h = k - 1;
            if (h > lowerBound && (_v.Lower[h] is "familiar" or "close" or "knowledgeable" || _v.Lower[h].EndsWith("ed", StringComparison.Ordinal) && char.IsLower(_v.Tokens[h].Text[0]))) h--;
            if (!Grammar.SpeakerNouns.Contains(_v.Lower[h])) return null;
            return SpeakerEndingAt(h, lowerBound);
        }
        return null;
    }

    /// <summary>
    /// "Joel Schlabach, a teacher at Richmond High School, said" / "X, who has long opposed the plan, said":
    /// the phrase before the bracketed comma stretch speaks when the stretch describes it.
    /// </summary>
    private Speaker? Apposition(int comma, int lowerBound)
    {
        for (int k = comma - 1; k > lowerBound && k >= comma - 30; k--)
        {
            if (_segOf[k] >= 0 || DocView.IsQuoteMark(_v.Lower[k]) || _v.Lower[k] is ";" or ":") return null;
            if (_v.Lower[k] != ",") continue;
            string first = _v.Lower[k + 1];
            // "a scientist at NASA's Goddard center in Greenbelt, Maryland, and American University in Washington, D.C., said":
            // a list inside the description (", and …") and a "City, State" pair are commas within it; look further left.
            if (first is "and" or "or" || k - 1 > lowerBound && _v.IsCapitalised(k - 1) && _v.IsCapitalised(k + 1) && k + 2 <= comma && _v.Lower[k + 2] == ",") continue;
            // "Senior Vice President of Sales for Dräger, Inc.,": a company suffix between commas ends the name before it.
            if (k + 1 < comma && CompanySuffix(k + 1) && (k + 2 == comma || k + 3 == comma && _v.Lower[k + 2] == ".")) continue;
            bool descriptive = Grammar.Relatives.Contains(first) || Grammar.Determiners.Contains(first) || !_v.IsCapitalised(k + 1) && char.IsLetter(first[0])
                // "Pankaj Pandey, Head of Research at ICICI Securities, pointed out": a capitalised title after a name.
                || Grammar.SpeakerNouns.Contains(first) && k + 2 < comma && _v.Lower[k + 2] is "of" or "at" && _v.IsCapitalised(k - 1)
                // "Sen. Ben Sasse, R-Neb.,": a party-and-state tag; "Rob Goldman, President Ascom North America,", "Steve Menet, Senior
                // Vice President of Sales …,": a capitalised title of up to three words after a name.
                || PartyTag(k + 1, comma) && _v.IsCapitalised(k - 1)
                || _v.IsCapitalised(k - 1) && _v.IsCapitalised(k + 1) && Enumerable.Range(k + 1, Math.Min(3, comma - k - 1)).TakeWhile(x => _v.IsCapitalised(x)).Any(x => Grammar.SpeakerNouns.Contains(_v.Lower[x]))
                // "Carlineo's attorney", "Iran's foreign minister": a possessive description.
                || Enumerable.Range(k + 1, Math.Max(0, comma - k - 2)).Any(x => _v.Lower[x] is "'s" or "'" && (char.IsLower(_v.Tokens[comma - 1].Text[0]) || x + 1 < comma && char.IsLower(_v.Tokens[x + 1].Text[0])));
            if (!descriptive) return null;
            var head = SpeakerEndingAt(k - 1, lowerBound);
            if (head is not { IsDocument: false }) return null;
            // "Jeff Sanborn, president of Chapter & Verse, a Spokane agency, said": the name was itself inside a description.
            int hs = _v.TokenFrom(head.Span.Start);
            while (hs - 1 > lowerBound && (_v.Lower[hs - 1] is "&" or "and" or "of" || _v.IsCapitalised(hs - 1))) hs--;
            for (int c = hs - 1; c > lowerBound && c >= hs - 6; c--)
            {
                if (_v.Lower[c] == ",")
                {
                    if (c + 1 < hs && char.IsLower(_v.Tokens[c + 1].Text[0]) && Grammar.SpeakerNouns.Contains(_v.Lower[c + 1]) && c - 1 >= lowerBound && SpeakerEndingAt(c - 1, lowerBound) is { IsDocument: false } outer) return outer;
                    break;
                }
                if (_v.IsPunct(c) || _segOf[c] >= 0) break;
            }
            return head;
        }
        return null;
    }

    /// <summary>"R-Neb.", "D-Calif.", "I-Vt.": a party letter, a hyphen and a state abbreviation filling the stretch up to <paramref name="end"/>.</summary>
    private bool PartyTag(int t, int end)
    {
        if (t + 2 >= end || end - t > 6 || _v.Lower[t] is not ("r" or "d" or "i") || !_v.IsCapitalised(t) || _v.Lower[t + 1] != "-" || !_v.IsCapitalised(t + 2)) return false;
        for (int k = t + 3; k < end; k++)
            if (!(_v.Lower[k] == "." || _v.IsCapitalised(k) && _v.Lower[k].Length <= 5)) return false;
        return true;
    }

    /// <summary>"Inc.", "Ltd", "Corp.", "LLC": a company-form suffix.</summary>
    private bool CompanySuffix(int t) => _v.Lower[t].TrimEnd('.') is "inc" or "ltd" or "llc" or "corp" or "co" or "plc" or "ag" or "gmbh" or "sa" or "nv" or "lp" or "llp";

    private Speaker? SubjectFromTree(int cue)
    {
        int head = cue;
        for (int hop = 0; hop < 3 && head >= 0; hop++)
        {
            for (int t = _v.SentenceRange(head).First; t < _v.SentenceRange(head).End; t++)
                if (_v.Tokens[t].Head == head && _v.Tokens[t].DepRel is { } rel && rel.StartsWith("nsubj", StringComparison.Ordinal))
                    return NamedApposition(t) ?? SpeakerEndingAt(t, _v.SentenceRange(head).First, fromTree: true);
            var tok = _v.Tokens[head];
            if (tok.DepRel is "xcomp" or "advcl" or "conj" or "ccomp" or "parataxis" && tok.Head >= 0) head = tok.Head;
            else break;
        }
        return null;
    }

    /// <summary>"Pakistan's Prime Minister, Farid Malik,": the named entity in apposition to a subject, or null.</summary>
    private Speaker? NamedApposition(int subject)
    {
        var (first, end) = _v.SentenceRange(subject);
        int last = -1;
        for (int t = subject + 1; t < end && t <= subject + 8 && last < 0; t++)
            if (_v.Tokens[t].Head == subject && _v.Tokens[t].DepRel == "appos") last = t;
        // The parse may hang the name elsewhere; a mention framed by commas right after the subject is the same apposition.
        if (last < 0 && subject + 2 < end && _v.Lower[subject + 1] == "," && _v.MentionAt(subject + 2) is { } m
            && _v.TokenBefore(m.Span.End) is var mEnd && mEnd + 1 < end && _v.Lower[mEnd + 1] == ",")
            last = mEnd;
        // Only a person in apposition to a description ("Rep. David McKinley, R-W.Va.," keeps the person).
        if (last < 0 || _v.MentionAt(last) is not { Type: EntityType.Person } || _v.MentionAt(subject) is { Type: EntityType.Person }) return null;
        return SpeakerEndingAt(last, first, fromTree: true) is { EntityId: not null, IsPronoun: false } named ? named : null;
    }

    /// <summary>A speaker phrase whose head is token <paramref name="j"/>: a mention, a pronoun, a name or a speaker noun.</summary>
    private Speaker? SpeakerEndingAt(int j, int lowerBound, bool fromTree = false)
    {
        string w = _v.Lower[j];
        // "nothing indicated that …": a negative quantifier names no source.
        if (w is "what" or "which" or "how" or "why" or "when" or "where" or "there" or "this" or "that" or "here" or "nothing" or "nobody" or "none") return null;
        if (_v.MentionAt(j) is { } m)
            return new Speaker(m.Span, m.Text, m.EntityId, m.Kind == MentionKind.Pronoun, false);
        if (Grammar.Pronouns.Contains(w) && w != "who")
            return new Speaker(_v.Tokens[j].Span, _v.Tokens[j].Text, null, true, false);
        // "Many have voiced concerns", "Others argue": a quantifier standing alone as the subject of its clause.
        if (w is "many" or "some" or "others" or "several" or "most" && (j == lowerBound || _v.IsSentenceStart(j) || _v.Lower[j - 1] is "," or "but" or "and" or "while" or "though"))
            return new Speaker(_v.Tokens[j].Span, _v.Tokens[j].Text, null, false, false);
        bool isDocument = NounCue(j) is not null && !Grammar.SpeakerNouns.Contains(w) || w is "statement" or "statements" or "alert" or "letter" or "memo" or "filing" or "website";
        // "the U.S. Attorney's Office": a capitalised head inside a sentence is a name; the name rule below reads it.
        bool capitalisedHead = _v.IsCapitalised(j) && !_v.IsSentenceStart(j) && j > lowerBound && (_v.IsCapitalised(j - 1) || _v.Lower[j - 1] is "'s");
        if (!capitalisedHead && (isDocument || Grammar.SpeakerNouns.Contains(w) || (fromTree && _v.IsNounLike(j))))
        {
            int start = j;
            while (start - 1 >= lowerBound)
            {
                string p = _v.Lower[start - 1];
                if (Grammar.Determiners.Contains(p)) { start--; break; }
                // "China's health chiefs": a possessive name belongs to the phrase.
                if (p is "'s" or "'" && start - 2 >= lowerBound && (_v.IsCapitalised(start - 2) || _v.MentionAt(start - 2) is not null)) { start -= 2; continue; }
                if (_v.IsPunct(start - 1) || Grammar.Prepositions.Contains(p) || Grammar.VerbPrefix.Contains(p) || Grammar.Relatives.Contains(p) || p is "and" or "or" || IsVerbForm(p) && !_v.IsCapitalised(start - 1)) break;
                if (_v.Tagged && !(_v.Tokens[start - 1].Upos is "ADJ" or "NOUN" or "PROPN" or "NUM" or "PART")) break;
                start--;
            }
            var span = new TextSpan(_v.Tokens[start].Span.Start, _v.Tokens[j].Span.End);
            var mention = _v.MentionFor(span);
            return new Speaker(span, span.Of(_v.Text), mention?.EntityId, false, isDocument);
        }
        // "Health bosses said", "Israeli settlers, who …, said": a short plural noun phrase opening the sentence.
        if (!_v.Tagged && j - lowerBound <= 3 && w.Length > 3 && w[^1] == 's' && !w.EndsWith("ss", StringComparison.Ordinal) && char.IsLower(_v.Tokens[j].Text[0]) && !lex.IsCueWord(w)
            && Enumerable.Range(lowerBound, j - lowerBound + 1).All(k => _v.Lower[k].All(char.IsLetter) && !Grammar.Prepositions.Contains(_v.Lower[k]) && !Grammar.VerbPrefix.Contains(_v.Lower[k])
                && !Grammar.Pronouns.Contains(_v.Lower[k]) && _v.Lower[k] is not ("and" or "or" or "but" or "if" or "when" or "as" or "so" or "that" or "this" or "there")))
        {
            var span = new TextSpan(_v.Tokens[lowerBound].Span.Start, _v.Tokens[j].Span.End);
            return new Speaker(span, span.Of(_v.Text), _v.MentionFor(span)?.EntityId, false, false);
        }
        // "a week", "this month": time phrases before a verb are adverbials, not speakers.
        if (w is "week" or "weeks" or "month" or "months" or "year" or "years" or "day" or "days" or "time" or "times" or "morning" or "evening" or "night" or "weekend" or "hour" or "hours" or "ago") return null;
        // "The suspect said": a determiner within three words makes the word before the verb a noun phrase head.
        bool afterDeterminer = j - 1 >= lowerBound && Grammar.Determiners.Contains(_v.Lower[j - 1]) && _v.Lower[j - 1] != "that";
        // When tagged, the head must be tagged a noun ("the patient said"); no other rule reads such a head from the tags.
        if ((!_v.Tagged || _v.Tokens[j].Upos is "NOUN" or "PROPN") && char.IsLower(_v.Tokens[j].Text[0]) && w.All(c => char.IsLetter(c) || c == '-') && (afterDeterminer || !lex.IsCueWord(w))
            && !Grammar.Prepositions.Contains(w) && !Grammar.Determiners.Contains(w) && w is not ("and" or "or" or "but" or "nor"))
        {
            for (int k = j - 1; k >= lowerBound && k >= j - 3; k--)
            {
                string p = _v.Lower[k];
                if (Grammar.Determiners.Contains(p) && p != "that")
                {
                    var span = new TextSpan(_v.Tokens[k].Span.Start, _v.Tokens[j].Span.End);
                    return new Speaker(span, span.Of(_v.Text), _v.MentionFor(span)?.EntityId, false, false);
                }
                if (!p.All(char.IsLetter) || Grammar.Prepositions.Contains(p) || Grammar.VerbPrefix.Contains(p) || lex.IsCueWord(p)) break;
            }
        }
        if (_v.IsCapitalised(j) && char.IsLetter(w[0]) && !(j == lowerBound && Grammar.Determiners.Contains(w)))
        {
            int start = j;
            while (start - 1 >= lowerBound && (_v.IsCapitalised(start - 1) || _v.Lower[start - 1] is "'s" or "of" or "-") && _segOf[start - 1] < 0) start--;
            while (start < j && !_v.IsCapitalised(start)) start++;
            var span = new TextSpan(_v.Tokens[start].Span.Start, _v.Tokens[j].Span.End);
            return new Speaker(span, span.Of(_v.Text), _v.MentionFor(span)?.EntityId, false, false);
        }
        return null;
    }

    /// <summary>A speaker phrase starting at token <paramref name="k"/> ("said Smith", "according to the ministry").</summary>
    private Speaker? NounPhraseRight(int k, int end)
    {
        int j = k;
        while (j < end && Grammar.Determiners.Contains(_v.Lower[j])) j++;
        // "wrote 43-year-old Martin Taylor": an age before the name is part of the phrase, not its end.
        int age = j;
        while (age < end && age < j + 6 && (char.IsDigit(_v.Lower[age][0]) || _v.Lower[age] is "-" or "year" or "old" || _v.Lower[age].EndsWith("-old", StringComparison.Ordinal))) age++;
        if (age > j && age < end && age < j + 6 && _v.Lower[age - 1].EndsWith("old", StringComparison.Ordinal) && _v.IsCapitalised(age)) j = age;
        if (j >= end) return null;
        if (_v.MentionAt(j) is { } m)
        {
            int after = _v.TokenFrom(m.Span.End);
            // "responded NASA administrator Jim Bridenstine": an organisation naming the title of the person after it.
            if (after + 1 < end && char.IsLower(_v.Tokens[after].Text[0]) && Grammar.SpeakerNouns.Contains(_v.Lower[after]) && _v.IsCapitalised(after + 1)
                && NounPhraseRight(after + 1, end) is { IsDocument: false, IsPronoun: false } titled) return titled;
            // "said The We Company's recently named executive chair Marcelo Claure": the possessor is not the speaker.
            if (after + 1 < end && _v.Lower[after] is "'s" && NounPhraseRight(after + 1, end) is { } owned && !owned.IsDocument) return owned;
            return new Speaker(m.Span, m.Text, m.EntityId, m.Kind == MentionKind.Pronoun, false);
        }
        if (Grammar.Pronouns.Contains(_v.Lower[j]) && _v.Lower[j] != "who")
            return new Speaker(_v.Tokens[j].Span, _v.Tokens[j].Text, null, true, false);
        int last = -1;
        for (int t = j; t < end && t < j + 8; t++)
        {
            // "the state-run Xinhua News Agency": a hyphen inside a compound modifier does not end the phrase.
            if (_v.Lower[t] is "-" && t > j && t + 1 < end && char.IsLetter(_v.Lower[t - 1][^1]) && char.IsLetter(_v.Lower[t + 1][0])
                && _v.Tokens[t].Span.Start == _v.Tokens[t - 1].Span.End && _v.Tokens[t + 1].Span.Start == _v.Tokens[t].Span.End) continue;
            if (_v.IsPunct(t) || Grammar.Prepositions.Contains(_v.Lower[t]) && !(_v.Lower[t] == "of" && last >= 0)) break;
            if (_v.IsCapitalised(t) || Grammar.SpeakerNouns.Contains(_v.Lower[t])) last = t;
            // "study co-author Anezina Solomonidou", "Monica de Bolle": a lowercase word inside a title or name.
            else if (last >= 0 && !(t + 1 < end && _v.IsCapitalised(t + 1) && char.IsLetter(_v.Lower[t][0]) && !lex.IsCueWord(_v.Lower[t]))) break;
        }
        if (last < 0) return null;
        var span = new TextSpan(_v.Tokens[k].Span.Start, _v.Tokens[last].Span.End);
        bool doc = NounCue(last) is not null && !Grammar.SpeakerNouns.Contains(_v.Lower[last]);
        // "said a report from Kotak Institutional Equities", "according to a new report by E! News": the document's author speaks.
        bool document = doc || _v.Lower[last] is "report" or "reports" or "study" or "studies" or "survey" or "poll" or "statement" or "analysis" or "paper" or "note" or "research";
        if (document && last + 2 < end && _v.Lower[last + 1] is "from" or "by" or "in" && _segOf[last + 1] < 0
            && NounPhraseRight(last + 2, end) is { IsDocument: false, IsPronoun: false } author && (author.EntityId is not null || _v.IsCapitalised(_v.TokenBefore(author.Span.End))))
            return author with { Channel = lex.Channel(_v.Lower, last)?.Channel };
        return new Speaker(span, span.Of(_v.Text), _v.MentionFor(span)?.EntityId, false, doc);
    }

    /// <summary>
    /// "according to evidence presented at trial", "according to a study of 2,000 patients": any short noun phrase up to
    /// the comma or the end of the sentence is the source, unless it names a norm rather than a source ("according to plan").
    /// </summary>
    private Speaker? AccordingToSource(int k, int end)
    {
        if (k >= end || !char.IsLetter(_v.Lower[k][0]) || _segOf[k] >= 0) return null;
        int last = -1;
        for (int t = k; t < end && t < k + 10; t++)
        {
            if (_v.Lower[t] is "," or "." or ";" or ":" or "(" || _segOf[t] >= 0 || DocView.IsQuoteMark(_v.Lower[t])) break;
            if (LooksFinite(t) && !(t > k && _v.Lower[t].EndsWith("ed", StringComparison.Ordinal) && char.IsLetter(_v.Lower[t - 1][0]) && !Grammar.Pronouns.Contains(_v.Lower[t - 1]))) return null;
            last = t;
        }
        if (last < 0 || last + 1 < end && last + 1 < k + 10 && !(_v.Lower[last + 1] is "," or "." or ";" or ":" or "(" || DocView.IsQuoteMark(_v.Lower[last + 1]))) return null;
        int head = k;
        while (head + 1 <= last && !Grammar.Prepositions.Contains(_v.Lower[head + 1])) head++;
        if (_v.Lower[head] is "plan" or "plans" or "schedule" or "law" or "laws" or "rules" or "rule" or "tradition" or "custom" or "legend" or "protocol" or "script" or "design") return null;
        var span = new TextSpan(_v.Tokens[k].Span.Start, _v.Tokens[last].Span.End);
        return new Speaker(span, span.Of(_v.Text), _v.MentionFor(span)?.EntityId, false, false);
    }

    /// <summary>"…, posting on Twitter that …": the participle shares the subject of its clause.</summary>
    private Speaker? SubjectOfParticiple(int j, int first)
    {
        // "Omar asked for compassion in a letter posted on Twitter, saying …": the first finite verb of the sentence
        // with a person or group before it carries the participle's subject.
        Speaker? pronounSubject = null;
        for (int t = first + 1; t < j - 1; t++)
        {
            if (_segOf[t] >= 0 || !LooksFinite(t)) continue;
            // "A photo of the meeting was denied by Andrew, hinting that …": the agent of a passive acts.
            if (IsPassive(t, first) && PassiveAgent(t, first, j) is { } agent) return agent;
            var sp = NearestSubject(t, first);
            if (sp is { IsDocument: false, IsPronoun: false }) return sp;
            if (sp is { IsPronoun: true, IsDocument: false } && _v.TokenFrom(sp.Span.Start) == first) pronounSubject = sp;
            if (sp is not null) break;
        }
        var inSentence = _drafts.LastOrDefault(d => d.Sentence == _v.SentenceOf[j] && d.Speaker is not null);
        if (inSentence is not null) return inSentence.Speaker;
        // "He has injected drama into talks with Europe and Mexico, threatening them …": a pronoun opening the sentence
        // as the subject of its first verb is the participle's subject, not a name nearer the participle.
        if (pronounSubject is not null) return pronounSubject;
        for (int t = j - 2; t >= first; t--)
            if (VerbCue(t) is not null || _v.IsVerb(t))
            {
                // "in a letter posted on Twitter, saying": a verb whose subject is a document or absent is not the clause's.
                var sp = SpeakerLeft(t, first);
                if (sp is { IsDocument: false }) return sp;
            }
        return SentenceSubject(first, j);
    }

    /// <summary>The first speaker phrase of a sentence that is not inside a prepositional phrase.</summary>
    private Speaker? SentenceSubject(int first, int before)
    {
        for (int t = first; t < before && t < first + 12; t++)
        {
            if (_segOf[t] >= 0 || _v.IsPunct(t) || Grammar.VerbPrefix.Contains(_v.Lower[t]) || Grammar.IsAdverbLike(_v.Lower[t])) continue;
            if (Grammar.Prepositions.Contains(_v.Lower[t]))
            {
                // "In October, Rep. X visited …": an opening adverbial phrase ends at its comma; the subject follows it.
                int comma = t + 1;
                while (comma < before && comma <= t + 6 && _v.Lower[comma] != "," && !_v.IsPunct(comma) && _segOf[comma] < 0 && !LooksFinite(comma)) comma++;
                if (t == first && comma < before && comma <= t + 6 && _v.Lower[comma] == ",") { t = comma; continue; }
                return null;
            }
            // Extend to the end of the phrase: the next word must not continue a name or a noun phrase.
            int end = t;
            if (_v.MentionAt(t) is { } m) end = _v.TokenBefore(m.Span.End);
            else while (end + 1 < before && _v.IsCapitalised(end + 1) && _v.IsCapitalised(t)) end++;
            // "Pakistan's Prime Minister, Farid Malik, condemned … and said": a possessor is not the subject; its head is.
            if (end + 2 < before && _v.Lower[end + 1] is "'s" or "'" or "’s" && char.IsLetter(_v.Lower[end + 2][0])) { t = end + 1; continue; }
            var sp = SpeakerEndingAt(end, first);
            if (sp is not null) return NamedApposition(end) ?? sp;
        }
        return null;
    }

    /// <summary>A document as subject ("A statement reads:"): the organisation that issued it shortly before.</summary>
    private Speaker? Issuer(Speaker document, int sentenceFirst)
    {
        int s = sentenceFirst > 0 ? _v.SentenceOf[sentenceFirst - 1] : -1;
        for (int back = 0; back < 3 && s >= 0; back++, s--)
        {
            var (first, end) = _v.SentenceTokens[s];
            for (int t = first; t < end; t++)
                if (VerbCue(t) is { Stance: "publish" })
                {
                    var sp = SpeakerLeft(t, first);
                    if (sp is not null && !sp.IsDocument) return sp with { Channel = lex.Channel(_v.Lower, _v.TokenFrom(document.Span.Start))?.Channel };
                }
        }
        return document;
    }

    /// <summary>
    /// Pronoun speakers take the entity coreference gave them when its type fits the pronoun; otherwise the speaker
    /// of the previous quote, the convention news writing follows ("“…,” it added").
    /// </summary>
    private Speaker? ResolvePronoun(Speaker? sp, int position)
    {
        if (sp is null || !sp.IsPronoun) return sp;
        string w = DocView.Normalise(sp.Text);
        bool fits(string? entityId)
        {
            var e = _v.Doc.EntityById(entityId);
            if (e is null) return false;
            if (w == "it") return e.Type != EntityType.Person;
            if (Grammar.PersonPronouns.Contains(w)) return e.Type == EntityType.Person;
            return true;
        }
        var mention = _v.MentionFor(sp.Span);
        // "“…,” Stafford said. “…,” he continued": the last named speaker before the pronoun, even one the entity
        // stage left without an entity, when no other speaker came between; news writing keeps the speaker.
        var last = _drafts.Where(d => d.Speaker is not null && !ReferenceEquals(d.Speaker, sp) && d.Span.Start < position && ParagraphIndex(position) - ParagraphIndex(d.Span.Start) <= 2)
            .MaxBy(d => d.Span.Start);
        bool adjacentNamed = last?.Speaker is { IsPronoun: false, IsDocument: false } && ParagraphIndex(position) - ParagraphIndex(last.Span.Start) <= 1;
        // "“…,” Lin said. Marcos summoned his council. “…,” he wrote": a person named after the last quote, whom
        // coreference gives the pronoun, is the one who speaks now.
        if (adjacentNamed && mention?.EntityId is { } corefId && corefId != last!.Speaker!.EntityId && fits(corefId)
            && _v.NamedWithin(corefId, Math.Max(last.Span.End, last.Speaker.Span.End), sp.Span.Start))
            adjacentNamed = false;
        if (adjacentNamed && Grammar.PersonPronouns.Contains(w) && last!.Speaker!.EntityId is { } lastId && fits(lastId))
            return sp with { EntityId = lastId };
        if (mention?.EntityId is { } id && fits(id) && !(adjacentNamed && last!.Speaker!.EntityId is null && Grammar.PersonPronouns.Contains(w)))
            return sp with { EntityId = id };
        if (last?.Speaker is { IsPronoun: false, EntityId: null, IsDocument: false } named && Grammar.PersonPronouns.Contains(w)
            && _v.IsCapitalised(_v.TokenBefore(named.Span.End)) && named.Text.Split(' ').Length <= 4)
            return sp with { Text = named.Text };
        var prev = _drafts.Where(d => d.Speaker?.EntityId is not null && !ReferenceEquals(d.Speaker, sp) && d.Span.Start < position && ParagraphIndex(position) - ParagraphIndex(d.Span.Start) <= 2)
            .MaxBy(d => d.Span.Start);
        if (prev is not null && (fits(prev.Speaker!.EntityId) || _v.Doc.Entities.IsDefaultOrEmpty))
            return sp with { EntityId = prev.Speaker.EntityId };
        return sp with { EntityId = sp.EntityId ?? mention?.EntityId };
    }

    // ---------------------------------------------------------------- channels

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
            // Words of the reported clause ("free speech", "an October news conference") are what was said, not how.
            if (_segOf[t] >= 0 || content is { } inside && inside.Contains(_v.Tokens[t].Span)) continue;
            if (lex.Channel(_v.Lower, t) is not { } c) continue;
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

    /// <summary>"interview with the state-run RIA Novosti News Agency": the outlet after with/to.</summary>
    private string? ViaAfter(int t, int end)
    {
        if (t >= end || _v.Lower[t] is not ("with" or "to" or "on")) return null;
        for (int k = t + 1; k < end && k < t + 6; k++)
            if (_v.MentionAt(k) is { Type: EntityType.Org } m) return m.EntityId;
        return null;
    }

    // ---------------------------------------------------------------- helpers

    private CueReading? VerbCue(int t)
    {
        CueReading? best = null;
        // "United States", "Shows" in a headline-cased name: a capitalised word inside a sentence is not a verb.
        if (_v.IsCapitalised(t) && !_v.IsSentenceStart(t) && !(t > 0 && DocView.IsQuoteMark(_v.Lower[t - 1]))) return null;
        // "That being said, …", "Having said that, …": a linking phrase, not a report.
        if (t > 0 && _v.Lower[t - 1] is "being" or "having" && t + 1 < _v.Tokens.Length && (_v.Lower[t + 1] == "," || _v.Lower[t + 1] == "that" && t + 2 < _v.Tokens.Length && _v.Lower[t + 2] == ",")) return null;
        foreach (var r in lex.Readings(_v.Lower, t))
        {
            if (r.IsNoun) continue;
            // ", warning that …": a cue's gerund between a comma and "that" reports speech even where the tagger read a noun.
            if (_v.Tagged && !_v.IsVerb(t) && !(r.Form == CueForm.Gerund && t > 0 && _v.Lower[t - 1] == "," && t + 1 < _v.Tokens.Length && _v.Lower[t + 1] == "that")
                // "…,” comments Robin Biesbroek": a finite cue form right after a closing quote and its comma is the frame's verb whatever the tag.
                && !(r.Form is CueForm.ThirdPerson or CueForm.Past or CueForm.Participle && t >= 2 && DocView.IsQuoteMark(_v.Lower[t - 1]) && _v.Lower[t - 2] is "," or "!" or "?")
                // "As he related, “…”": a past cue form right after a subject pronoun is its verb, though tagged an adjective.
                && !(r.Form is CueForm.Past or CueForm.Participle && t >= 1 && _v.Lower[t - 1] is "he" or "she" or "they" or "we" or "i")
                // "Volkswagen estimates that …", "…, a new study reports.": an -s form between its subject and "that" or the
                // sentence's end is the verb, though the tagger read a plural noun.
                && !(r.Form == CueForm.ThirdPerson && t >= 1 && t + 1 < _v.Tokens.Length && (_v.Lower[t + 1] == "that" || _v.Lower[t + 1] == "." && _v.SentenceOf[t + 1] == _v.SentenceOf[t])
                    && (_v.MentionAt(t - 1) is not null || _v.IsCapitalised(t - 1) && !_v.IsSentenceStart(t - 1) || Grammar.SpeakerNouns.Contains(_v.Lower[t - 1])))) return null;
            // A determiner or preposition before the word makes it a noun ("the report", "a call").
            if (t > 0 && (Grammar.Determiners.Contains(_v.Lower[t - 1]) && _v.Lower[t - 1] != "that" && !FloatingQuantifier(t - 1, _v.SentenceRange(t).First) || r.Form != CueForm.Gerund && Grammar.Prepositions.Contains(_v.Lower[t - 1]) && _v.Lower[t - 1] is not ("to" or "as" or "since"))) continue;
            if (best is null || r.Rest.Length > best.Rest.Length) best = r;
        }
        return best;
    }

    /// <summary>A past or third-person verb form: a cue verb, -ed, an irregular past; when tagged, only among words tagged as verbs.</summary>
    /// <remarks>Tags only veto: a VERB tag alone also admits participles and infinitives, whose subjects are not the sentence's.</remarks>
    private bool LooksFinite(int t)
    {
        if (_v.Tagged && !_v.IsVerb(t)) return false;
        string w = _v.Lower[t];
        if (!char.IsLower(_v.Tokens[t].Text[0])) return false;
        if (VerbCue(t) is { Form: CueForm.Past or CueForm.ThirdPerson }) return true;
        return w.Length > 3 && w.EndsWith("ed", StringComparison.Ordinal) && t > 0 && !Grammar.Determiners.Contains(_v.Lower[t - 1]) || Grammar.IrregularPasts.Contains(w);
    }

    /// <summary>"sent by chairman Marcelo Claure": the agent of a passive in the sentence, when it names someone.</summary>
    private Speaker? PassiveAgent(int cue, int first, int end)
    {
        // The agent is in a phrase before the cue ("In an email sent by X, staff were told") or right after it ("were told by X").
        for (int t = first; t + 1 < end && t <= cue + 3; t++)
            if (_v.Lower[t] == "by" && _segOf[t] < 0 && t > first && _v.Lower[t - 1].EndsWith("ed", StringComparison.Ordinal)
                && NounPhraseRight(t + 1, end) is { IsDocument: false } sp && (sp.EntityId is not null || _v.IsCapitalised(_v.TokenBefore(sp.Span.End))))
                return sp;
        return null;
    }

    /// <summary>
    /// "tried to suggest that …", "led the manufacturer to announce it would …": an infinitive cue under a verb that entails
    /// the act took place reports speech like a finite verb; "declined to say", "plans to announce" do not.
    /// </summary>
    private bool ImplicativeInfinitive(int t, int first)
    {
        if (t - 2 < first || _v.Lower[t - 1] != "to") return false;
        if (_v.Lower[t - 2] is "tried" or "tries" or "sought" or "seeks" or "seemed" or "seems" or "appeared" or "appears" or "continued" or "continues" or "moved" or "moves" or "rushed" or "hastened")
            return true;
        // "went on to say".
        if (_v.Lower[t - 2] == "on" && t - 3 >= first && _v.Lower[t - 3] is "went" or "goes" or "go") return true;
        // "led the French manufacturer to announce": a causative verb and its object.
        for (int k = t - 3; k >= first && k >= t - 8; k--)
        {
            if (_v.IsPunct(k) || _segOf[k] >= 0) return false;
            if (_v.Lower[k] is "led" or "leads" or "prompted" or "prompts" or "forced" or "forces" or "caused" or "causes" or "pushed" or "pushes") return k < t - 2;
        }
        return false;
    }

    /// <summary>The verb that turns the reporting noun at <paramref name="noun"/> into an act ("voiced concerns", "issued a stern warning").</summary>
    private int? SupportVerb(int noun, int first)
    {
        for (int k = noun - 1; k >= first && k >= noun - 4; k--)
        {
            string w = _v.Lower[k];
            if (w is "voiced" or "voices" or "expressed" or "expresses" or "raised" or "raises" or "issued" or "issues" or "repeated" or "reiterated" or "renewed" or "made" or "makes")
                return _v.IsCapitalised(k) ? null : k;
            if (_v.IsPunct(k) || _segOf[k] >= 0 || !char.IsLower(_v.Tokens[k].Text[0]) || Grammar.Prepositions.Contains(w) || w is "and" or "or" or "but") return null;
        }
        return null;
    }

    /// <summary>"As X reported on Monday, …": the comma closing a frame that opens its sentence with "as".</summary>
    private int? AsFrameComma(int cue, int after, int first, int end)
    {
        int a = first;
        while (a < cue && (_v.IsPunct(a) || _v.Lower[a] is "but" or "and" or "so")) a++;
        if (_v.Lower[a] != "as" || cue - a > 8) return null;
        for (int k = a + 1; k < cue; k++)
            if (_v.IsPunct(k) || _segOf[k] >= 0) return null;
        for (int k = after; k < end && k <= after + 6; k++)
        {
            if (_segOf[k] >= 0 || DocView.IsQuoteMark(_v.Lower[k]) || _v.Lower[k] is "that" or ";" or ":" or "." || LooksFinite(k)) return null;
            if (_v.Lower[k] == ",") return k + 3 < end && _segOf[k + 1] < 0 ? k : null;
        }
        return null;
    }

    /// <summary>The subject between "as" and the cue of an as-frame ("As Emily Feng reports").</summary>
    private Speaker? AsFrameSpeaker(int cue, int first)
    {
        int a = first;
        while (a < cue && _v.Lower[a] != "as") a++;
        int j = cue - 1;
        while (j > a && (Grammar.VerbPrefix.Contains(_v.Lower[j]) || Grammar.IsAdverbLike(_v.Lower[j]))) j--;
        // "As we've noted, …": the writer's own earlier words are not a source.
        return j > a && _v.Lower[j] is not ("we" or "i") ? SpeakerEndingAt(j, a + 1) : null;
    }

    /// <summary>"is quoted as saying", "was cited as saying": the passive reading of the verb two words back.</summary>
    private CueReading? QuotedAsSaying(int t) =>
        t >= 2 && _v.Lower[t] == "saying" && _v.Lower[t - 1] == "as" && VerbCue(t - 2) is { Form: CueForm.Past or CueForm.Participle } r ? r : null;

    /// <summary>"are urging the PUC to", "is warning that": a progressive form reports like a finite verb.</summary>
    private bool IsProgressive(int t)
    {
        int k = t - 1;
        while (k >= 0 && (Grammar.IsAdverbLike(_v.Lower[k]) || _v.Lower[k] is "also" or "now" or "still" or "not")) k--;
        return k >= 0 && _v.Lower[k] is "is" or "are" or "was" or "were" or "'re" or "'s" or "been";
    }

    private bool IsPassive(int t, int first)
    {
        // "are urging", "is warning": be + -ing is progressive, not passive.
        if (_v.Lower[t].EndsWith("ing", StringComparison.Ordinal)) return false;
        int p = t - 1;
        while (p >= first && (Grammar.IsAdverbLike(_v.Lower[p]) || _v.Lower[p] is "not" or "n't" or "also" or "widely" or "previously")) p--;
        return p >= first && _v.Lower[p] is "be" or "been" or "being" or "is" or "was" or "were" or "are" or "'re" or "get" or "got";
    }

    /// <summary>A cue word that can only be read as an inflected verb here ("said", "told"), not a noun such as "news".</summary>
    private bool IsVerbForm(string lower) => lex.IsCueWord(lower) && lex.Readings([lower], 0).Any(r => !r.IsNoun && r.Rest.Length == 0) && !lex.Readings([lower], 0).Any(r => r.IsNoun);

    private CueReading? NounCue(int t)
    {
        if (_v.Tagged && !(_v.Tokens[t].Upos is "NOUN" or "PROPN")) return null;
        foreach (var r in lex.Readings(_v.Lower, t))
            if (r.IsNoun) return r;
        return null;
    }

    /// <summary>"…, publicly threatening them with tariffs and suggesting he might …": a participle joined by "and" to one that follows a comma.</summary>
    private bool CoordinatedParticiple(int t)
    {
        if (t < 3 || _v.Lower[t - 1] != "and") return false;
        int first = _v.SentenceRange(t).First;
        for (int k = t - 2; k > first && k >= t - 10; k--)
        {
            if (_v.IsPunct(k) || _segOf[k] >= 0) return false;
            if (_v.Lower[k].Length > 4 && _v.Lower[k].EndsWith("ing", StringComparison.Ordinal) && char.IsLower(_v.Tokens[k].Text[0]) && PrecededByComma(k)) return true;
        }
        return false;
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

    /// <summary>"dubbed the “Hanoi Hilton”", "'We Got Her!' Video Shows": a short capitalised name beside a verb that only labels.</summary>
    private bool IsTitleLike(string content, int words, Attribution attr)
    {
        if (words > 5 || lex.Readings(_v.Lower, attr.CueToken).Any(r => r.Indirect)) return false;
        var w = content.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Where(x => char.IsLetter(x[0])).ToList();
        return w.Count > 0 && w.All(x => char.IsUpper(x[0]));
    }

    /// <summary>
    /// "HP is called “feather duvet lung.”", "what's called “farmer's lung”": a label verb in the passive gives a name to
    /// something, not anyone's words (an active "called the plan a “reckless gamble”" keeps its speaker).
    /// </summary>
    private bool IsPassiveLabel(Attribution attr, int words)
    {
        int t = attr.CueToken;
        if (words > 5 || lex.Readings(_v.Lower, t).Any(r => r.Indirect) || VerbCue(t) is not { Form: CueForm.Participle or CueForm.Past }) return false;
        var (first, end) = _v.SentenceRange(t);
        if (t + 1 < end && _v.Lower[t + 1] == "by") return false;
        int p = t - 1;
        while (p >= first && (Grammar.IsAdverbLike(_v.Lower[p]) || _v.Lower[p] is "also" or "often" or "sometimes" or "instead" or "now" or "then" or "commonly" or "widely")) p--;
        return IsPassive(t, first) || p >= first && _v.Lower[p] is "'s" or "\u2019s" or "been" or "be";
    }

    /// <summary>
    /// "from “exogenic” processes", "denied ‘sensational’ claims", "sending “free samples” from …": a short closed quote
    /// that a lowercase word of the same phrase follows is a scare-quoted word inside the writer's sentence, not words
    /// someone said (a quoted clause ends with punctuation or its frame).
    /// </summary>
    private bool QuotedModifier(QuotedSegment seg, int words)
    {
        if (words > 3 || !seg.Closed || char.IsPunctuation(_v.Text[seg.ContentCover.End - 1])) return false;
        int k = _v.TokenFrom(seg.Span.End);
        if (k >= _v.Tokens.Length || _v.SentenceOf[k] != _v.SentenceOf[_v.TokenBefore(seg.Span.End)]) return false;
        string w = _v.Lower[k];
        return char.IsLower(_v.Tokens[k].Text[0]) && char.IsLetter(w[0]) && !Grammar.Pronouns.Contains(w) && !lex.IsCueWord(w) && w is not ("and" or "or" or "but");
    }

    /// <summary>"said on “DWTS.”", "told “Good Morning America”": a capitalised short title right after a cue's preposition is a programme or work, not a quote.</summary>
    private bool TitleAfterPreposition(QuotedSegment seg, int open, int words)
    {
        if (words > 5 || open == 0 || !(Grammar.Prepositions.Contains(_v.Lower[open - 1]) && _v.Lower[open - 1] is not ("as" or "like" or "to"))) return false;
        var w = seg.Content.SelectMany(c => c.Of(_v.Text).Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)).Where(x => char.IsLetter(x[0])).ToList();
        return w.Count > 0 && w.All(x => char.IsUpper(x[0]));
    }

    /// <summary>
    /// "wrote … in his book “Musicophilia”", "directing an adaptation of “War &amp; Peace”", "for the television show “Nashville,”":
    /// a short capitalised title right after a noun naming a work (or "adaptation of", "version of") names that work; it is
    /// nobody's words, whatever verb stands further left.
    /// </summary>
    private bool WorkTitle(QuotedSegment seg, int open, int words)
    {
        if (words > 5 || open == 0 || seg.Content.Length > 1) return false;
        int k = open - 1;
        if (_v.Lower[k] == "of" && k > 0) k--;
        if (!Grammar.WorkNouns.Contains(_v.Lower[k]) || _v.SentenceOf[k] != _v.SentenceOf[open]) return false;
        var w = seg.Content[0].Of(_v.Text).Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Where(x => char.IsLetter(x[0])).ToList();
        return w.Count > 0 && char.IsUpper(w[0][0]) && w.Count(x => char.IsUpper(x[0])) * 2 >= w.Count;
    }

    private bool IsEcho(string content, int words)
    {
        if (words > 6) return false;
        string n = Norm(content);
        return n.Length > 0 && _drafts.Any(d => Norm(d.Text).Contains(n, StringComparison.Ordinal));
    }

    private static string Norm(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (char c in s)
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            else if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
        return sb.ToString().Trim();
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

    private ImmutableArray<Quote> Build()
    {
        // Pronoun speakers left unresolved may now lean on reported speech found after the quotes were read.
        foreach (var d in _drafts.OrderBy(d => d.Span.Start))
            if (d.Speaker is { IsPronoun: true, EntityId: null }) d.Speaker = ResolvePronoun(d.Speaker, d.Span.Start);
        var ordered = _drafts.OrderBy(d => d.Span.Start).ThenBy(d => d.Span.End).ToList();
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
