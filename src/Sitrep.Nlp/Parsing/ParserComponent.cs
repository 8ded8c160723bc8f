using Sitrep.Core;

namespace Sitrep.Nlp.Parsing;

/// <summary>Pipeline component "parser": fills <see cref="Token.Head"/> (document-level, -1 for the root) and <see cref="Token.DepRel"/>.</summary>
internal sealed class ParserComponent(Func<ParserEnsemble> model) : IPipelineComponent
{
    public ComponentInfo Info { get; } = new("parser", "1.0", [Layer.Tokens, Layer.Sentences, Layer.PartsOfSpeech], [Layer.Dependencies]);

    public Document Process(Document document, CancellationToken cancellationToken = default)
    {
        var parser = model();
        var tokens = document.Tokens.ToBuilder();
        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int first = sentence.FirstToken, n = sentence.TokenCount;
            var words = new string[n];
            var tags = new string[n];
            for (int i = 0; i < n; i++)
            {
                words[i] = NlpModels.ModelForm(tokens[first + i].Text);
                tags[i] = tokens[first + i].Xpos ?? "";
            }
            var (heads, labels) = parser.Parse(words, tags);
            var upos = new string[n];
            for (int i = 0; i < n; i++) upos[i] = tokens[first + i].Upos ?? "";
            AttachmentRepairs.Apply(words, tags, upos, heads, labels);
            for (int i = 0; i < n; i++)
                tokens[first + i] = tokens[first + i] with { Head = heads[i] < 0 ? -1 : first + heads[i], DepRel = labels[i], Upos = upos[i].Length == 0 ? tokens[first + i].Upos : upos[i] };
        }
        return (document with { Tokens = tokens.ToImmutable() }).ProducedBy(Info.Id, Layer.Dependencies);
    }
}
