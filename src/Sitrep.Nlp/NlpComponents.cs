using Sitrep.Core;
using Sitrep.Nlp.Tokenization;

namespace Sitrep.Nlp;

/// <summary>The NLP stage's pipeline components. Models and word lists load once, lazily, and are shared.</summary>
public static class NlpComponents
{
    /// <summary>
    /// "tokenizer": rule-based tokens (UD EWT conventions, hyphens split as EWT does; URLs, e-mails, phone numbers
    /// and handles kept whole) and sentences (rules plus a boundary model learned on EWT; never across a paragraph
    /// break). Requires nothing.
    /// </summary>
    public static IPipelineComponent Tokenizer() => new TokenizerComponent(RuleTokenizer.Default, SentenceSplitter.Default);

    /// <summary>
    /// "tagger": UPOS, XPOS and lemma for every token (averaged perceptron and lemmatizer trained on UD English EWT).
    /// Requires tokens and sentences. The model loads on first use and is shared.
    /// </summary>
    public static IPipelineComponent Tagger() => new Tagging.TaggerComponent(() => NlpModels.Tagger);

    /// <summary>
    /// "parser": dependency head (document-level token index, -1 for a sentence root) and UD relation for every
    /// token (arc-hybrid transition parser trained on UD English EWT). Requires the tagger's layer.
    /// </summary>
    public static IPipelineComponent Parser() => new Parsing.ParserComponent(() => NlpModels.Parser);
}
