using Sitrep.Core;
using Sitrep.Entities.Ner;
using Sitrep.Testing;

namespace Sitrep.Entities.Tests;

public class NerTests
{
    [Fact]
    public void Corpus_reader_maps_gmb_and_uner_tags()
    {
        Assert.Equal("B-LOC", NerCorpus.Map("B-geo"));
        Assert.Equal("B-NORP", NerCorpus.Map("B-gpe"));
        Assert.Equal("I-PER", NerCorpus.Map("I-per"));
        Assert.Equal("O", NerCorpus.Map("B-tim"));
        Assert.Equal("B-ORG", NerCorpus.Map("B-ORG"));
        Assert.Equal(["B-PER", "I-PER", "O", "B-LOC"], NerCorpus.Repair(["I-PER", "I-PER", "O", "I-LOC"]));
        Assert.Equal([(0, 2, "PER"), (3, 4, "LOC")], NerCorpus.Spans(["B-PER", "I-PER", "O", "B-LOC"]));
    }

    [Fact]
    public void Tagger_finds_people_places_and_organisations_in_new_sentences()
    {
        var m = NerModel.Shared;
        var tags = m.Predict(["Maria", "Delgado", ",", "a", "spokeswoman", "for", "the", "Red", "Cross", ",", "spoke", "in", "Geneva", "."]);
        Assert.Equal("B-PER", tags[0]);
        Assert.Equal("I-PER", tags[1]);
        Assert.Equal("B-ORG", tags[7]);
        Assert.Equal("B-LOC", tags[12]);
    }

    [Fact]
    public void Unknown_names_reach_the_entity_layer_through_the_tagger()
    {
        var doc = EntityComponentTests.Run("Local officials said Rahul Venkataraman had left Lagos before the vote.");
        var person = doc.Entities.FirstOrDefault(e => e.Name == "Rahul Venkataraman");
        Assert.NotNull(person);
        Assert.Equal(EntityType.Person, person.Type);
    }

    [Fact]
    public void Accuracy_floors_on_uner_ewt_and_gmb_test()
    {
        var (ewt, gmb) = EntityTools.EvalNer(SharedData.Root, TextWriter.Null);
        Assert.True(ewt >= EwtFloor, $"UNER EWT test F1 {ewt:F3} < {EwtFloor}");
        Assert.True(gmb >= GmbFloor, $"GMB test F1 {gmb:F3} < {GmbFloor}");
    }

    // Floors the committed model meets (see models/ner/ner.card.json); raise them when the model improves.
    private const double EwtFloor = 0.55;
    private const double GmbFloor = 0.82;
}
