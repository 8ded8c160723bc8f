using Sitrep.Core;
using Sitrep.Entities.Lexicon;
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
    public void Gmb_spans_follow_uner_conventions()
    {
        var lex = Lexicons.Shared;
        var s = new NerSentence(["U.S.", "President", "George", "Bush", "met", "Prime", "Minister", "Ehud", "Olmert", "in", "Israel", "."],
            ["B-NORP", "B-PER", "I-PER", "I-PER", "O", "B-PER", "I-PER", "I-PER", "I-PER", "O", "B-NORP", "O"]);
        var u = NerCorpus.ToUnerConventions(s, lex);
        // "U.S." names a country: a place for UNER ("US troops" is LOC there), not a nationality.
        Assert.Equal(["B-LOC", "O", "B-PER", "I-PER", "O", "O", "O", "B-PER", "I-PER", "O", "B-LOC", "O"], u.Tags);
        var org = new NerSentence(["in", "the", "West", "Bank", "and", "the", "World", "Bank"], ["O", "O", "B-ORG", "I-ORG", "O", "O", "B-ORG", "I-ORG"]);
        Assert.Equal(["O", "O", "B-LOC", "I-LOC", "O", "O", "B-ORG", "I-ORG"], NerCorpus.CleanGmbPlaces(org, lex).Tags);
    }

    [Fact]
    public void Viterbi_keeps_iob2_valid_even_when_inside_tags_score_best()
    {
        int n = NerModel.N;
        var em = new float[2 * n];
        em[NerModel.TagIndex["I-ORG"]] = 5;                 // I- cannot open a sentence
        em[n + NerModel.TagIndex["I-PER"]] = 5;             // nor follow a different type
        em[NerModel.TagIndex["B-ORG"]] = 1;
        em[n + NerModel.TagIndex["B-PER"]] = 1;
        em[NerModel.TagIndex["B-PER"]] = 0.5f;
        // Best valid path: B-PER I-PER (5.5) beats B-ORG B-PER (2); I-ORG first or I-PER after B-ORG are not allowed.
        var path = NerModel.Decode(em, 2, new float[(n + 1) * n]);
        Assert.Equal(["B-PER", "I-PER"], path.Select(t => NerModel.Tags[t]).ToArray());
    }

    [Fact]
    public void Training_is_reproducible_and_a_saved_model_tags_the_same()
    {
        var data = new List<(NerSentence, int)>
        {
            (new NerSentence(["Maria", "Delgado", "visited", "Geneva", "."], ["B-PER", "I-PER", "O", "B-LOC", "O"]), 2),
            (new NerSentence(["The", "Red", "Cross", "works", "in", "Syria", "."], ["O", "B-ORG", "I-ORG", "O", "O", "B-LOC", "O"]), 2),
        };
        var features = new NerFeatures(null, NerWordInfo.Empty);
        var a = NerTrainer.Train(data, features, 3, 7, 0.01f, TextWriter.Null);
        var b = NerTrainer.Train(data, features, 3, 7, 0.01f, TextWriter.Null);
        var c = SavedAndLoaded(a);
        string[] words = ["Maria", "Delgado", "visited", "Syria", "."];
        Assert.Equal(a.Predict(words), b.Predict(words));
        Assert.Equal(a.Predict(words), c.Predict(words));
        Assert.Equal(["B-PER", "I-PER", "O", "B-LOC", "O"], c.Predict(words));
    }

    [Fact]
    public void Constrained_decoding_keeps_words_of_other_parts_of_speech_out_of_names()
    {
        var m = NerModel.Shared;
        string[] words = ["Maria", "Delgado", "visited", "Geneva", "."];
        Assert.Equal("B-PER", m.Predict(words)[0]);
        // Gold UPOS says the first two words are a pronoun and a verb: they can only be O.
        var onlyO = NerCorpus.OnlyO(["PRON", "VERB", "VERB", "PROPN", "PUNCT"]);
        Assert.Equal([true, true, true, false, false], onlyO);
        var tags = m.Predict(words, null, onlyO);
        Assert.Equal("O", tags[0]);
        Assert.Equal("O", tags[1]);
        Assert.Equal("B-LOC", tags[3]);
    }

    [Fact]
    public void Span_typer_retypes_and_drops_spans_from_their_context_and_survives_save_and_load()
    {
        var nf = new NerFeatures(null, NerWordInfo.Empty);
        var cls = NerSpanTyper.Classes.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i);
        // The sequence model called every span LOC; after 'works at' it is an organisation, after 'Dear' nothing.
        var data = new List<(List<ulong>, int, int, float[]?)>();
        foreach (var name in new[] { "Hilton", "Azurix", "Enron", "Acme" })
        {
            data.Add((Feats(["She", "works", "at", name, "."], 3, "LOC"), cls["ORG"], 1, null));
            data.Add((Feats(["We", "flew", "to", name, "."], 3, "LOC"), cls["LOC"], 1, null));
            data.Add((Feats(["Dear", name, ","], 1, "LOC"), cls["O"], 1, null));
        }
        var typer = NerSpanTyper.Train(data, 5, 7, 0.01f);
        var model = NerTrainer.Train([(new NerSentence(["in", "Paris", "."], ["O", "B-LOC", "O"]), 1)], nf, 1, 7, 0.01f, TextWriter.Null).WithTyper(typer);
        var loaded = SavedAndLoaded(model);
        Assert.NotNull(loaded.Typer);
        foreach (var m in new[] { model, loaded })
        {
            Assert.Equal(["O", "O", "O", "B-ORG", "O"], m.Typer!.Retype(["He", "works", "at", "Keyhole", "."], ["O", "O", "O", "B-LOC", "O"], nf));
            Assert.Equal(["O", "O", "O", "B-LOC", "O"], m.Typer!.Retype(["He", "flew", "to", "Keyhole", "."], ["O", "O", "O", "B-LOC", "O"], nf));
            Assert.Equal(["O", "O", "O"], m.Typer!.Retype(["Dear", "Keyhole", ","], ["O", "B-LOC", "O"], nf));
        }

        List<ulong> Feats(string[] words, int i, string type) => NerSpanTyper.Features(new NerSpanTyper.SpanContext(words, nf), i, i + 1, type);
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
    public void Part_of_speech_features_come_from_the_pipeline_tagger_and_survive_save_and_load()
    {
        string[] words = ["Maria", "Delgado", "visited", "Syria", "."];
        var xpos = NerPos.Tag(words);
        Assert.Equal(["NNP", "NNP", "VBD", "NNP", "."], xpos);
        var tagged = NerCorpus.Tagged([new NerSentence(words, ["B-PER", "I-PER", "O", "B-LOC", "O"])]);
        Assert.Equal(xpos, tagged[0].Xpos);

        var data = new List<(NerSentence, int)>
        {
            (tagged[0], 2),
            (NerCorpus.Tagged([new NerSentence(["The", "Red", "Cross", "works", "in", "Geneva", "."], ["O", "B-ORG", "I-ORG", "O", "O", "B-LOC", "O"])])[0], 2),
        };
        var features = new NerFeatures(null, NerWordInfo.Empty, usesPos: true);
        // The tag features are there only when the model uses them.
        Assert.True(features.Extract(words, xpos)[0].Length > new NerFeatures(null, NerWordInfo.Empty).Extract(words, xpos)[0].Length);
        var a = NerTrainer.Train(data, features, 3, 7, 0.01f, TextWriter.Null);
        var b = SavedAndLoaded(a);
        Assert.True(b.Features.UsesPos);
        // Without tags given, the model tags the words itself: same answer as with the tagger's tags.
        Assert.Equal(a.Predict(words, xpos), b.Predict(words));
        Assert.Equal(["B-PER", "I-PER", "O", "B-LOC", "O"], b.Predict(words));
    }

    [Fact]
    public void Encoder_gives_each_word_a_unit_vector_that_depends_on_its_context_but_not_its_case()
    {
        const int D = NerEncoder.Dim;
        var person = NerVectors.Of(["George", "Washington", "said", "no", "."]);
        var place = NerVectors.Of(["She", "flew", "to", "Washington", "."]);
        var lower = NerVectors.Of(["she", "flew", "to", "washington", "."]);
        Assert.Equal(5 * D, person.Length);
        for (int i = 0; i < 5; i++) Assert.Equal(1f, NerModel.Dot(person.AsSpan(i * D, D), person.AsSpan(i * D, D)), 3);
        float cos = NerModel.Dot(person.AsSpan(1 * D, D), place.AsSpan(3 * D, D));
        Assert.True(cos is > 0.3f and < 0.95f, $"cosine of 'Washington' as a person and as a place: {cos}");
        Assert.Equal(place, lower);   // the encoder is uncased
        // A sentence longer than one window is cut at word boundaries and still gets a vector per word.
        string[] many = [.. Enumerable.Range(0, 300).Select(i => i % 2 == 0 ? "Paris" : "and")];
        var v = NerVectors.Of(many);
        Assert.Equal(300 * D, v.Length);
        Assert.Equal(1f, NerModel.Dot(v.AsSpan(299 * D, D), v.AsSpan(299 * D, D)), 3);
    }

    [Fact]
    public void Encoder_gives_the_same_vectors_alone_and_in_a_padded_batch()
    {
        // The cached training vectors are encoded in batches, run-time ones one sentence at a time: they must agree.
        IReadOnlyList<string>[] sentences = [["Maria", "Delgado", "visited", "Geneva", "."], ["Hi", "!"], ["The", "Red", "Cross", "works", "in", "Syria", "and", "Lebanon", "."]];
        var batch = NerEncoder.Shared.Encode(sentences);
        for (int s = 0; s < sentences.Length; s++) Assert.Equal(NerEncoder.Shared.Encode([sentences[s]])[0], batch[s]);
    }

    [Fact]
    public void Dense_weights_are_trained_reproducibly_and_survive_save_and_load()
    {
        var data = new List<(NerSentence, int)>
        {
            (new NerSentence(["Maria", "Delgado", "visited", "Geneva", "."], ["B-PER", "I-PER", "O", "B-LOC", "O"]), 2),
            (new NerSentence(["The", "Red", "Cross", "works", "in", "Syria", "."], ["O", "B-ORG", "I-ORG", "O", "O", "B-LOC", "O"]), 2),
        };
        var features = new NerFeatures(null, NerWordInfo.Empty);
        foreach (var (cased, window) in new[] { (false, false), (true, false), (false, true) })
        {
            var a = NerTrainer.Train(data, features, 3, 7, 0.01f, TextWriter.Null, null, denseScale: 2, denseCase: cased, denseWindow: window);
            var b = NerTrainer.Train(data, features, 3, 7, 0.01f, TextWriter.Null, null, denseScale: 2, denseCase: cased, denseWindow: window);
            var c = SavedAndLoaded(a);
            Assert.True(a.UsesDense && c.UsesDense);
            Assert.Equal(2f, c.DenseScale);
            string[] words = ["Maria", "Delgado", "visited", "Syria", "."];
            Assert.Equal(a.Predict(words), b.Predict(words));
            Assert.Equal(a.Predict(words), c.Predict(words));
            Assert.Equal(["B-PER", "I-PER", "O", "B-LOC", "O"], c.Predict(words));
        }
    }

    [Fact]
    public void Hand_labels_are_read_as_word_offsets_into_their_treebank_sentence()
    {
        var dir = Directory.CreateTempSubdirectory("sitrep-ner-labels").FullName;
        try
        {
            var conllu = new List<(string Id, string[] Words, string[] Upos)>
            {
                ("doc-0001", ["We", "flew", "from", "Lagos", "to", "Acme", "Air", "'s", "hub", "."], ["PRON", "VERB", "ADP", "PROPN", "ADP", "PROPN", "PROPN", "PART", "NOUN", "PUNCT"]),
                ("doc-0002", ["thanks", "all", "!"], ["NOUN", "DET", "PUNCT"]),
                ("doc-0003", ["Not", "labelled", "."], ["PART", "VERB", "PUNCT"]),
            };
            var path = Path.Combine(dir, "labels.tsv");
            File.WriteAllText(path, "# comment\ndoc-0001\tLOC\t3\t4\ndoc-0001\tORG\t5\t7\ndoc-0002\tO\n");
            var sents = NerCorpus.Annotated(conllu, path);
            Assert.Equal(2, sents.Count);   // only the sentences the file names; doc-0003 stays unlabelled
            Assert.Equal(["O", "O", "O", "B-LOC", "O", "B-ORG", "I-ORG", "O", "O", "O"], sents[0].Tags);
            Assert.All(sents[1].Tags, t => Assert.Equal("O", t));
            File.WriteAllText(path, "doc-0001\tLOC\t3\t11\n");
            Assert.Throws<InvalidDataException>(() => NerCorpus.Annotated(conllu, path));
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void Committed_hand_labels_match_ud_ewt_train()
    {
        // The committed labels point into ../shared's UD EWT train by sentence id and word offsets: they must still fit it.
        var ud = NerCorpus.ReadConllu(Path.Combine(SharedData.Root, NerTraining.SilverFile));
        var sents = NerCorpus.Annotated(ud, Path.Combine(SharedData.RepoRoot, NerTraining.AnnotatedFile));
        Assert.Equal(ud.Count, sents.Count);
        var names = sents.SelectMany(s => NerCorpus.Spans(s.Tags).Select(x => (s, x))).ToList();
        Assert.InRange(names.Count, 7000, 8000);
        // Every name contains a letter or digit (offsets that slipped would land on punctuation somewhere).
        Assert.All(names, n => Assert.Contains(n.s.Words[n.x.Start..n.x.End], w => w.Any(char.IsLetterOrDigit)));
    }

    [Fact]
    public void Accuracy_floors_on_uner_ewt_and_gmb_test()
    {
        var (ewt, gmb) = EntityTools.EvalNer(SharedData.Root, TextWriter.Null);
        Assert.True(ewt >= EwtFloor, $"UNER EWT test F1 {ewt:F3} < {EwtFloor}");
        Assert.True(gmb >= GmbFloor, $"GMB test F1 {gmb:F3} < {GmbFloor}");
    }

    // Floors the committed model meets (see models/ner/ner.card.json); raise them when the model improves.
    private const double EwtFloor = 0.75;   // 0.757 with the hand-labelled UD EWT train and the divisions (0.735 before, 0.697 before the MiniLM vectors); the floor
    private const double GmbFloor = 0.82;   // 0.837 before the span typer (it drops some GMB ORG names), now 0.825; the floor

    /// <summary>The model as it comes back from its file format (Save writes gzip).</summary>
    private static NerModel SavedAndLoaded(NerModel model)
    {
        using var ms = new MemoryStream();
        model.Save(ms);
        ms.Position = 0;
        using var gz = new System.IO.Compression.GZipStream(ms, System.IO.Compression.CompressionMode.Decompress);
        return NerModel.Load(gz, () => Lexicons.Shared);
    }
}
