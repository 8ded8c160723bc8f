using Sitrep.Events.Petrarch;
using Sitrep.Testing;

namespace Sitrep.Events.Tests;

/// <summary>The PETR tree coder on invented parses, with the fictional PETR.Validate.* dictionaries.</summary>
public class PetrarchTreeCoderTests
{
    private static readonly Lazy<TreeCoder> Coder = new(() =>
    {
        string P(string f) => SharedData.PathOf("data", "events", "petrarch2", f);
        return new TreeCoder(PetrarchDictionaries.Load(P("PETR.Validate.verbs.txt"), P("PETR.Validate.actors.txt"), P("PETR.Validate.agents.txt"), P("PETR.Validate.discards.txt")));
    });

    private static List<string> Code(string parse, int date = 19950101)
    {
        var (root, words) = TreebankReader.Read(parse);
        return [.. Coder.Value.Code(root, words, date).Select(c => c.ToString())];
    }

    [Fact]
    public void A_subjectless_clause_opening_with_an_sbar_keeps_the_governing_subject()
    {
        var parse = "(ROOT (S (NP (NNP Arnor)) (VP (VBZ is) (VP (VBG inching) (S (SBAR (IN closer) (S (VP (TO to) (VP (VB accord) " +
                    "(PP (IN with) (NP (NNP Gondor)))))))))) (. .)))";
        Assert.Contains("ARN GON 083", Code(parse));
    }

    [Fact]
    public void A_caret_in_a_pattern_skips_whole_actors_and_agents_not_words()
    {
        // "* IFTAR AT ^ ^ +": pass over Osgiliath and "parliament", so the target is the country, not its parliament.
        var parse = "(ROOT (S (NP (NNP Rohan)) (VP (VBD celebrated) (NP (NNP Iftar)) (PP (IN at) (NP (NNP Osgiliath))) " +
                    "(PP (IN with) (NP (NP (DT the) (NN parliament)) (PP (IN of) (NP (NNP Calenardhon)))))) (. .)))";
        Assert.Equal(["ROH CAL 044"], Code(parse));
    }
}
