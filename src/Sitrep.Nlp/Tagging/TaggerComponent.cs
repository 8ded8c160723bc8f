using System.Collections.Immutable;
using Sitrep.Core;

namespace Sitrep.Nlp.Tagging;

/// <summary>Pipeline component "tagger": fills <see cref="Token.Upos"/>, <see cref="Token.Xpos"/> and <see cref="Token.Lemma"/>.</summary>
internal sealed class TaggerComponent(Func<PosTagger> model) : IPipelineComponent
{
    public ComponentInfo Info { get; } = new("tagger", "1.0", [Layer.Tokens, Layer.Sentences], [Layer.PartsOfSpeech, Layer.Lemmas]);

    public Document Process(Document document, CancellationToken cancellationToken = default)
    {
        var tagger = model();
        var tokens = document.Tokens.ToBuilder();
        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var words = new string[sentence.TokenCount];
            for (int i = 0; i < words.Length; i++) words[i] = NlpModels.ModelForm(tokens[sentence.FirstToken + i].Text);
            var tags = tagger.Tag(words);
            for (int i = 0; i < words.Length; i++)
            {
                var t = tokens[sentence.FirstToken + i];
                var lemma = tagger.Lemmatizer.Lemmatize(words[i], tags[i].Xpos);
                // Keep the text's own apostrophe in lemmas of untouched words ("Iran’s" stays recognisable).
                if (lemma == words[i]) lemma = t.Text;
                tokens[sentence.FirstToken + i] = t with { Upos = tags[i].Upos, Xpos = tags[i].Xpos, Lemma = lemma };
            }
        }
        return (document with { Tokens = tokens.ToImmutable() }).ProducedBy(Info.Id, Layer.PartsOfSpeech, Layer.Lemmas);
    }
}
