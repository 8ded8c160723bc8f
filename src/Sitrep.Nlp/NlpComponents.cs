using Sitrep.Core;
using Sitrep.Nlp.Tokenization;

namespace Sitrep.Nlp;

/// <summary>The NLP stage's pipeline components. Models and word lists load once, lazily, and are shared.</summary>
public static class NlpComponents
{
    /// <summary>
    /// "tokenizer": rule-based tokens (UD EWT conventions; URLs, e-mails, phone numbers, handles and hyphenated
    /// names kept whole) and sentences (never across a paragraph break). Requires nothing.
    /// </summary>
    public static IPipelineComponent Tokenizer() => new TokenizerComponent(RuleTokenizer.Default, SentenceSplitter.Default);
}
