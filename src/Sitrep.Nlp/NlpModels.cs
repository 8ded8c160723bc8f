using Sitrep.Core;
using Sitrep.Nlp.Parsing;
using Sitrep.Nlp.Tagging;

namespace Sitrep.Nlp;

/// <summary>
/// The trained models embedded in this assembly (committed under models/nlp/), loaded once on first use and
/// shared by every component instance and thread.
/// </summary>
internal static class NlpModels
{
    private static readonly Lazy<PosTagger> TaggerLazy = new(
        () => PosTagger.Load(EmbeddedData.Open(typeof(NlpModels).Assembly, "tagger.gz")), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<ParserEnsemble> ParserLazy = new(ParserEnsemble.Embedded, LazyThreadSafetyMode.ExecutionAndPublication);

    public static PosTagger Tagger => TaggerLazy.Value;
    public static ParserEnsemble Parser => ParserLazy.Value;

    /// <summary>
    /// The spelling the treebank models were trained on: typographic apostrophes and double quotes become
    /// ASCII ones (EWT mostly uses those), so "n’t" and "’s" are known words.
    /// </summary>
    public static string ModelForm(string token) => token switch
    {
        "“" or "”" or "„" or "«" or "»" => "\"",
        "‘" or "’" => "'",
        _ => token.Contains('’') ? token.Replace('’', '\'') : token,
    };
}
