using System.Collections.Immutable;
using System.Text;
using Sitrep.Core;
using Sitrep.Nlp;

namespace Sitrep.Entities.Ner;

/// <summary>
/// Penn Treebank tags (XPOS) from the pipeline's part-of-speech tagger (Sitrep.Nlp, trained on UD EWT train) for
/// word lists that have no document around them: NER training and evaluation corpora, and documents the tagger
/// stage has not run on. The NER model learns from these predicted tags, so it must see the same tagger's tags
/// when it runs.
/// </summary>
internal static class NerPos
{
    private static readonly IPipelineComponent Tagger = NlpComponents.Tagger();

    /// <summary>The XPOS tag of every word of one sentence.</summary>
    public static string[] Tag(IReadOnlyList<string> words) => TagMany([words])[0];

    /// <summary>
    /// XPOS tags of many sentences, run through the tagger component in batches (one document per batch, one
    /// sentence per given word list, so sentence boundaries are the caller's).
    /// </summary>
    public static string[][] TagMany(IReadOnlyList<IReadOnlyList<string>> sentences, int batch = 512)
    {
        var result = new string[sentences.Count][];
        for (int from = 0; from < sentences.Count; from += batch)
        {
            int to = Math.Min(sentences.Count, from + batch);
            var text = new StringBuilder();
            var tokens = ImmutableArray.CreateBuilder<Token>();
            var sents = ImmutableArray.CreateBuilder<Sentence>();
            for (int s = from; s < to; s++)
            {
                int first = tokens.Count, start = text.Length;
                foreach (var w in sentences[s])
                {
                    int a = text.Length;
                    text.Append(w);
                    tokens.Add(new Token(new TextSpan(a, text.Length), w, tokens.Count, "ner"));
                    text.Append(' ');
                }
                sents.Add(new Sentence(new TextSpan(start, Math.Max(start, text.Length - 1)), first, tokens.Count - first, "ner"));
                text.Append('\n');
            }
            var doc = Document.From(new Article { Id = "ner", Text = text.ToString() }) with { Tokens = tokens.ToImmutable(), Sentences = sents.ToImmutable() };
            doc = Tagger.Process(doc);
            for (int s = from; s < to; s++) result[s] = Of(doc, doc.Sentences[s - from])!;
        }
        return result;
    }

    /// <summary>The XPOS tags of a document's sentence when the tagger stage has run, else null.</summary>
    public static string[]? Of(Document doc, Sentence sentence)
    {
        if (!doc.Has(Layer.PartsOfSpeech)) return null;
        var tags = new string[sentence.TokenCount];
        for (int i = 0; i < tags.Length; i++) tags[i] = doc.Tokens[sentence.FirstToken + i].Xpos ?? "";
        return tags;
    }
}
