using System.Collections.Frozen;
using Sitrep.Core;

namespace Sitrep.Quotes;

/// <summary>Closed-class English words the attribution rules need (grammar, not domain vocabulary).</summary>
internal static class Grammar
{
    private static FrozenSet<string> Set(string words) => words.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenSet<string> Prepositions = Set("to on in at with from of by via for into onto over through during after before about against among under within without across behind beyond near since until upon toward towards like as amid per");

    public static readonly FrozenSet<string> Determiners = Set("the a an this that these those his her its their our my your some many several both all each every no any another other such");

    public static readonly FrozenSet<string> Pronouns = Set("he she it they we i you who");

    public static readonly FrozenSet<string> PersonPronouns = Set("he she");

    /// <summary>Words that may stand between a subject and its reporting verb ("has also said", "later told").</summary>
    public static readonly FrozenSet<string> VerbPrefix = Set("has have had is was were are am be been being will would could can may might must shall should also later again then previously reportedly publicly repeatedly separately earlier further since already once recently quickly immediately swiftly simply just only even still yet now never not n't 'd 's 've 'll 're first last subsequently officially privately angrily flatly firmly strongly openly frequently often always however meanwhile though too instead long");

    /// <summary>Finite auxiliaries and modals: after a subject they open its clause ("the plan was", "officials would").</summary>
    public static readonly FrozenSet<string> FiniteAuxiliaries = Set("is was were are has have had will would could can may might should must");

    public static readonly FrozenSet<string> Modals = Set("will would could can may might must shall should to did does do");

    /// <summary>Units of a distance in time ("days after", "a week before").</summary>
    public static readonly FrozenSet<string> TimeUnits = Set("minutes hour hours day days week weeks month months year years");

    public static readonly FrozenSet<string> ClauseBreakers = Set("despite although though whereas unless");

    /// <summary>Irregular simple pasts that mark a finite clause after a reporting verb ("told doctors he ate the meat").</summary>
    public static readonly FrozenSet<string> IrregularPasts = Set("ate began bit blew bought brought built came caught chose dealt drew drank drove dug fell felt fought found fled flew forbade forgot forgave froze gave got grew hung heard held hid hit hurt kept knew laid led left lent let lit lost made meant met paid put quit ran rang rose saw sought sold sent set shook shot showed shut sang sank sat slept slid spoke sped spent spun split spread sprang stood stole stuck stung struck swore swept swam swung took taught tore thought threw understood undertook upheld woke wore wove won withdrew wrote");

    public static readonly FrozenSet<string> Relatives = Set("who which whom whose");

    /// <summary>Lowercase particles inside personal names ("Monica de Bolle", "Ursula von der Leyen").</summary>
    public static readonly FrozenSet<string> NameParticles = Set("de da di del della der den van von la le du dos das bin ibn al el");

    /// <summary>Nouns naming a work whose title follows in quotation marks ("his book “Musicophilia”", "an adaptation of “War &amp; Peace”").</summary>
    public static readonly FrozenSet<string> WorkNouns = Set("book books novel memoir biography film films movie movies documentary show shows series sitcom drama album albums song songs single track play musical opera poem essay podcast episode programme program game painting exhibition magazine column titled entitled adaptation version production remake sequel prequel edition");

    private static readonly Lazy<FrozenSet<string>> SpeakerNounsLazy = new(() =>
        EmbeddedData.Lines(typeof(Grammar).Assembly, "speaker-nouns.txt")
            .Where(l => l.Length > 0 && l[0] != '#')
            .SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToFrozenSet(StringComparer.Ordinal));

    /// <summary>Common nouns that can head a speaker phrase (data/quotes/speaker-nouns.txt).</summary>
    public static FrozenSet<string> SpeakerNouns => SpeakerNounsLazy.Value;

    /// <summary>Day and month names: capitalised words that date a report rather than name its source ("said Smith Tuesday").</summary>
    public static readonly FrozenSet<string> TimeWords = Set("monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec today yesterday");

    public static bool IsTimeWord(string w) => TimeWords.Contains(w);

    /// <summary>Nouns (and a nominal adjective) in -ly that the adverb test would take for adverbs ("The family denies …").</summary>
    public static readonly FrozenSet<string> LyNouns = Set("family assembly supply monopoly anomaly rally tally bully homily reply butterfly belly jelly elderly");

    public static bool IsAdverbLike(string w) => w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal) && w.All(char.IsLetter) && !LyNouns.Contains(w);
}
