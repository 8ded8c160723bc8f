using Sitrep.Core;
using Sitrep.Entities;
using Sitrep.Events.Evaluation;
using Sitrep.Nlp;
using Sitrep.Quotes;
using Sitrep.Testing;

namespace Sitrep.Events.Tests;

/// <summary>The event stage behind the real upstream stages: the seed article and the PLOVER gold records.</summary>
public class EndToEndTests
{
    /// <summary>The default pipeline's upstream stages: the event coder reads the tagger's and parser's output.</summary>
    internal static Pipeline Upstream() => Pipeline.Create([NlpComponents.Tokenizer(), NlpComponents.Tagger(), NlpComponents.Parser(), EntityComponents.Entities(), QuoteComponents.Quotes()]);

    /// <summary>One invented sentence (or several) through <paramref name="upstream"/>, then dates and events; asserts the parse ran.</summary>
    internal static Document Coded(Pipeline upstream, string text)
    {
        var article = new Article { Id = "t", Text = text, Paragraphs = Article.ParagraphsOf(text), Published = TestDocs.Published };
        var doc = upstream.Run(Document.From(article));
        Assert.True(doc.Has(Layer.Dependencies));
        return EventComponents.Events().Process(EventComponents.Dates().Process(doc));
    }

    private static Document Seed()
    {
        var paras = SharedData.SeedText.Replace("\r\n", "\n").Split("\n\n").Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        // Extraction drops the title, standfirst, photo credit and share line; the bench does the same by hand.
        var body = string.Join("\n\n", paras.Skip(3).Where(p => p != "Send this to a friend"));
        var article = new Article { Id = "seed", Text = body, Paragraphs = Article.ParagraphsOf(body), Published = new DateTimeOffset(2020, 1, 3, 0, 0, 0, TimeSpan.Zero) };
        var doc = Upstream().Run(Document.From(article));
        return EventComponents.Events().Process(EventComponents.Dates().Process(doc));
    }

    [Fact]
    public void Seed_article_events()
    {
        var doc = Seed();
        Assert.Equal(doc.Events.Select((_, i) => $"V{i + 1}"), doc.Events.Select(v => v.Id));
        bool Has(string trigger, string root, string src, string? tgt) => doc.Events.Any(v =>
            v.Text.Contains(trigger, StringComparison.Ordinal) && v.Cameo.Root == root
            && (v.Source?.Code ?? "").StartsWith(src, StringComparison.Ordinal) && (tgt is null || (v.Target?.Code ?? "").StartsWith(tgt, StringComparison.Ordinal)));
        Assert.True(Has("killed", "19", "USA", "IRN"));
        Assert.True(Has("alleged", "11", "USA", "IRN"));
        Assert.True(Has("designated", "11", "USA", "IRN"));
        Assert.True(Has("revenge", "13", "IRN", null));
        Assert.True(Has("developing plans", "11", "USA", "IRN"));
        Assert.True(Has("protestors attacked", "14", "", "USA"));
        Assert.True(Has("label", "11", "IRN", "USA"));
        Assert.True(Has("slammed", "11", "IRN", "USA"));
        Assert.True(Has("urging", "02", "USA", null));
        Assert.True(Has("warned", "13", "RUS", null));
        var retaliation = Assert.Single(doc.Events, v => v.Trigger == "retaliation");
        Assert.Equal(Modality.Future, retaliation.Modality);
        Assert.Equal("2019-04", Assert.Single(doc.Events, v => v.Trigger == "designated").Date?.Value);
        Assert.Equal("Baghdad", Assert.Single(doc.Events, v => v.Trigger == "killed").Location?.Name);
        Assert.True(doc.Events.Length <= 16, $"{doc.Events.Length} events: precision regressed");
    }

    [Fact]
    public void Plover_gold_records_floor()
    {
        var upstream = Upstream();
        var r = PloverGsrEvaluation.Run(SharedData.PathOf("data", "events", "plover", "PLOVER_GSR_CAMEO.dev.json"), a => upstream.Run(Document.From(a)));
        Assert.Equal(203, r.Records);
        // Floors a little under the current coder (sitrep eval events at stop 52: type P 0.764 R 0.823, source 0.852, target
        // 0.789, all three 0.729 = 148/203, check half 0.551 = 54/98; at stop 51: type P 0.757 R 0.818, one more event coded
        // than at stop 50 (247), source 0.852, target 0.783, all three 0.719 = 146/203, check half 0.531; at stop 50: type P
        // 0.760 R 0.818, the rest as at stop 48;
        // at stop 49: type P 0.759 R 0.813;
        // the precision floor went from 0.76 to 0.755: "a human rights organization" became a coded party, so the record
        // closed by "…, a human rights organization charged" gains the charge as an event of its own, as "a human rights
        // group charged" already did, which the GSR record does not list; at stop 48: type P 0.762 R 0.813, source 0.852,
        // target 0.778, all three 0.714, check half 0.531; at stop 47: type P 0.758 R 0.808, all three 0.709: violence placed at home
        // is now coded where it was dropped for want of a target, which lowered type precision from 0.762 at stop 46 as it
        // raised all three from 0.704; at stop 38: type P 0.763 R 0.798, source 0.847,
        // target 0.772, all three 0.704; stop 34: P 0.762, target 0.767, all three 0.700; stop 33: P 0.758 R 0.793, source 0.842, all three 0.695; stop 31: P 0.762, the rest the same; stops 29 and 30: P 0.764 R 0.788, all three 0.685). How they rose from P 0.417 R 0.271 and all three 0.108 before
        // parse-based coding is in the git log of this file and the issue notes.
        Assert.True(r.Recall >= 0.82, $"type recall {r.Recall:F3}");
        Assert.True(r.Precision >= 0.76, $"type precision {r.Precision:F3}");
        Assert.True(r.SourceRate >= 0.85, $"source {r.SourceRate:F3}");
        Assert.True(r.TargetRate >= 0.785, $"target {r.TargetRate:F3}");
        Assert.True(r.AllRate >= 0.725, $"type+source+target {r.AllRate:F3}");
        // The check half (even record numbers) was never looked at record by record: its floor guards against tuning to the other half.
        var check = r.Details.Where(d => PloverGsrEvaluation.HalfOf(d.Id) == GsrHalf.Check).ToList();
        Assert.Equal(98, check.Count);
        double checkAll = (double)check.Count(d => d.AllFound) / check.Count;
        Assert.True(checkAll >= 0.545, $"check half type+source+target {checkAll:F3} (0.551 now)");
    }

    /// <summary>
    /// The invented wire sentences of data/events/eval (our own text, labelled from the CAMEO codebook): the held-out set,
    /// never read record by record, guards against rules that fit only the sentences they were written from.
    /// </summary>
    [Theory]
    [InlineData("invented-wire-heldout.json", 170, 0.915)]        // 156/170 = 0.918 at stop 53, lowered: Amr Moussa's dated offices cost one record here and gained one each in heldout-5 and heldout-7 (157/170 at stop 52) (156/170 at stop 49) (155/170 at stop 47) (153/170 at stop 45) (152/170 at stop 42) (151/170 at stop 38) (150/170 at stop 35) (148/170 at stop 34) (146/170 at stop 33) (145/170 at stop 32) (142/170 at stop 31) (141/170 at stop 30) (0.576 before the stop-21 rules, 0.800 at stop 29)
    [InlineData("invented-wire-heldout-2.json", 160, 0.79)]       // 127/160 = 0.794 at stop 53 (126/160 at stop 52) (124/160 at stop 51) (123/160 at stop 50) (122/160 at stop 48) (121/160 at stop 47) (120/160 at stop 46) (118/160 at stop 35) (117/160 at stop 34) (116/160 at stop 33) (115/160 at stop 32) (114/160 at stop 31) (111/160 at stop 30) (0.506 on first sight, 0.694 at stop 29)
    [InlineData("invented-wire-heldout-3.json", 160, 0.855)]      // 137/160 = 0.856 at stop 53 (136/160 at stop 52) (135/160 at stop 49) (134/160 at stop 47) (133/160 at stop 45) (132/160 at stop 44) (131/160 at stop 43) (130/160 at stop 42) (129/160 at stop 41) (128/160 at stop 39) (126/160 at stop 38) (125/160 at stop 35) (123/160 at stop 34) (121/160 at stop 33) (118/160 at stop 31) (115/160 at stop 30) (0.562 on first sight, 0.713 at stop 29)
    [InlineData("invented-wire-heldout-4.json", 160, 0.84)]       // 135/160 = 0.844 at stop 52 (134/160 at stop 49) (133/160 at stop 48) (132/160 at stop 46) (131/160 at stop 45) (132/160 at stop 44) (131/160 at stop 41) (128/160 at stop 36) (127/160 at stop 32) (126/160 at stop 31) (124/160 at stop 30) (0.681 on first sight, 0.750 at stop 29)
    [InlineData("invented-wire-heldout-5.json", 160, 0.88)]       // 141/160 = 0.881 at stop 53 (140/160 at stop 49) (138/160 at stop 48) (137/160 at stop 46) (136/160 at stop 41) (135/160 at stop 38) (134/160 at stop 34) (133/160 at stop 33) (131/160 at stop 31) (131/160 at stop 30) (0.731 on first sight, 0.806 at stop 29)
    [InlineData("invented-wire-heldout-6.json", 160, 0.86)]       // 138/160 = 0.863 at stop 51 (137/160 at stop 49) (136/160 at stop 48) (134/160 at stop 46) (133/160 at stop 45) (130/160 at stop 44) (127/160 at stop 33) (126/160 at stop 32) (125/160 at stop 31) (124/160 at stop 30) (0.656 on first sight, 0.744 at stop 29)
    [InlineData("invented-wire-heldout-7.json", 160, 0.765)]      // 123/160 = 0.769 at stop 52 (120/160 at stop 51) (119/160 at stop 49) (118/160 at stop 48) (117/160 at stop 46) (115/160 at stop 45) (116/160 at stop 44) (114/160 at stop 41) (113/160 at stop 39) (111/160 at stop 36) (109/160 at stop 35) (108/160 at stop 34) (107/160 at stop 33) (104/160 at stop 32) (101/160 at stop 31) (99/160 at stop 30) (0.556 on first sight, 0.594 at stop 29)
    [InlineData("invented-wire-heldout-8.json", 160, 0.885)]      // 142/160 = 0.887 at stop 53 (141/160 at stop 52) (140/160 at stop 51) (139/160 at stop 45) (137/160 at stop 35) (136/160 at stop 33) (135/160 at stop 31) (134/160 at stop 30) (0.775 on first sight, 0.831 at stop 29)
    [InlineData("invented-wire-heldout-9.json", 160, 0.63)]       // 101/160 = 0.631 at stop 53 (99/160 at stop 52) (97/160 at stop 50) (95/160 at stop 48) (94/160 at stop 47) (93/160 at stop 46) (92/160 at stop 45) (91/160 at stop 43) (90/160 at stop 42) (89/160 at stop 41) (88/160 at stop 40) (87/160 at stop 39) (85/160 at stop 38) (86/160 at stop 37) (85/160 at stop 36) (84/160 at stop 35) (83/160 at stop 33) (84/160 at stop 32) (82/160 at stop 31) (80/160 at stop 30) (0.469 on first sight: news leads with the event inside)
    [InlineData("invented-wire-heldout-10.json", 160, 0.745)]     // 120/160 = 0.750 at stop 52 (118/160 at stop 49) (117/160 at stop 48) (115/160 at stop 45) (116/160 at stop 44) (115/160 at stop 43) (111/160 at stop 41) (110/160 at stop 38) (109/160 at stop 37) (108/160 at stop 35) (106/160 at stop 34) (105/160 at stop 33) (104/160 at stop 31) (103/160 at stop 30) (0.581 on first sight: modern crisis coverage, 2011-2025)
    [InlineData("invented-wire-heldout-11.json", 160, 0.72)]      // 116/160 = 0.725 at stop 54 (114/160 at stop 52) (112/160 at stop 51) (111/160 at stop 50) (110/160 at stop 49) (108/160 at stop 48) (107/160 at stop 47) (105/160 at stop 46) (104/160 at stop 45) (102/160 at stop 41) (99/160 at stop 40) (98/160 at stop 39) (97/160 at stop 36) (95/160 at stop 35) (92/160 at stop 34) (89/160 at stop 33) (88/160 at stop 32) (87/160 at stop 31) (80/160 at stop 30) (0.475 on first sight: the hard types told many ways)
    [InlineData("invented-wire-heldout-12.json", 160, 0.74)]      // 119/160 = 0.744 at stop 54 (118/160 at stop 53) (117/160 at stop 52) (114/160 at stop 50) (112/160 at stop 49) (110/160 at stop 45) (109/160 at stop 44) (108/160 at stop 43) (106/160 at stop 41) (105/160 at stop 40) (104/160 at stop 38) (103/160 at stop 37) (102/160 at stop 35) (101/160 at stop 33) (97/160 at stop 31) (92/160 = 0.575 on first sight: the actors told many ways)
    [InlineData("invented-wire-heldout-13.json", 160, 0.82)]      // 132/160 = 0.825 at stop 52 (131/160 at stop 50) (129/160 at stop 49) (128/160 at stop 46) (127/160 at stop 45) (126/160 at stop 44) (125/160 at stop 43) (124/160 at stop 40) (121/160 at stop 38) (120/160 at stop 35) (118/160 at stop 34) (117/160 at stop 33) (116/160 at stop 32) (111/160 at stop 31) (106/160 = 0.662 on first sight: the actors told many ways, Global South, 2000-2025)
    [InlineData("invented-wire-heldout-14.json", 160, 0.855)]     // 137/160 = 0.856 at stop 52 (135/160 at stop 51) (134/160 at stop 48) (133/160 at stop 46) (132/160 at stop 45) (131/160 at stop 44) (127/160 at stop 42) (126/160 at stop 41) (125/160 at stop 37) (124/160 at stop 34) (120/160 at stop 33) (119/160 at stop 32) (115/160 = 0.719 on first sight: the hard types told as wire copy tells them)
    [InlineData("invented-wire-heldout-15.json", 160, 0.745)]     // 120/160 = 0.750 at stop 53 (119/160 at stop 51) (118/160 at stop 49) (115/160 at stop 47) (114/160 at stop 46) (113/160 at stop 45) (110/160 at stop 44) (107/160 at stop 41) (106/160 at stop 40) (104/160 at stop 39) (103/160 at stop 37) (100/160 at stop 36) (99/160 at stop 35) (98/160 at stop 34) (96/160 at stop 33) (93/160 = 0.581 on first sight: the main event amid its context)
    [InlineData("invented-wire-heldout-16.json", 160, 0.77)]      // 124/160 = 0.775 at stop 52 (123/160 at stop 51) (122/160 at stop 50) (121/160 at stop 49) (120/160 at stop 48, when the floor was lowered to 0.745: the entity change that reads post-Soviet states' dictionary blocks as countries cost it one record while the other held-out sets gained two) (121/160 at stop 47) (119/160 at stop 46) (116/160 at stop 45) (115/160 at stop 44) (112/160 at stop 43) (110/160 at stop 37) (107/160 at stop 34) (103/160 = 0.644 on first sight: the same brief, a new writer)
    [InlineData("invented-wire-heldout-17.json", 160, 0.685)]     // 110/160 = 0.688 at stop 53 (109/160 at stop 50) (108/160 at stop 46) (106/160 at stop 45) (103/160 at stop 44) (99/160 at stop 41) (98/160 at stop 40) (97/160 at stop 37) (95/160 at stop 36) (94/160 at stop 35) (93/160 = 0.581 on first sight: the same brief, a new writer)
    [InlineData("invented-wire-heldout-18.json", 160, 0.77)]      // 124/160 = 0.775 at stop 54, lowered from 0.78: the parse's target of another side now goes before one of the actor's own (off, 125 back; kept for the tune sets) (125/160 at stop 49) (123/160 at stop 48) (122/160 at stop 47) (121/160 at stop 46) (120/160 at stop 45) (118/160 at stop 43) (117/160 at stop 41) (115/160 at stop 40) (114/160 at stop 39) (113/160 at stop 38) (112/160 at stop 37) (111/160 at stop 36) (110/160 = 0.688 on first sight: the same brief, a new writer)
    [InlineData("invented-wire-heldout-19.json", 160, 0.855)]     // 137/160 = 0.856 at stop 54 (136/160 at stop 52) (135/160 at stop 51) (134/160 at stop 49) (133/160 at stop 46) (131/160 at stop 44) (128/160 at stop 43) (127/160 at stop 42) (126/160 at stop 41) (124/160 at stop 40) (123/160 at stop 38) (122/160 at stop 37) (118/160 = 0.738 on first sight: the same brief, a new writer)
    [InlineData("invented-wire-heldout-20.json", 160, 0.805)]     // 129/160 = 0.806 at stop 54 (127/160 at stop 51) (125/160 at stop 49) (124/160 at stop 48) (122/160 at stop 47) (121/160 at stop 46) (120/160 at stop 45) (117/160 at stop 44) (116/160 at stop 39) (114/160 at stop 38) (113/160 = 0.706 on first sight: the same brief, a new writer)
    [InlineData("invented-wire-heldout-21.json", 160, 0.79)]      // 127/160 = 0.794 at stop 54 (126/160 at stop 52) (125/160 at stop 51) (123/160 at stop 49) (121/160 at stop 48) (120/160 at stop 46) (119/160 at stop 45) (117/160 at stop 43) (115/160 at stop 42) (114/160 at stop 41) (111/160 at stop 40) (110/160 at stop 39) (110/160 = 0.688 on first sight: the same brief, a new writer)
    [InlineData("invented-wire-heldout-22.json", 160, 0.82)]      // 132/160 = 0.825 at stop 50 (129/160 at stop 49) (127/160 at stop 48) (126/160 at stop 47) (125/160 at stop 46) (124/160 at stop 45) (122/160 at stop 44) (118/160 at stop 43) (116/160 at stop 42) (114/160 at stop 41) (112/160 at stop 40) (112/160 = 0.700 on first sight: the same brief, a new writer)
    [InlineData("invented-wire-heldout-23.json", 160, 0.835)]     // 134/160 = 0.838 at stop 54 (133/160 at stop 53) (132/160 at stop 52) (131/160 at stop 49) (128/160 at stop 47) (127/160 at stop 46) (126/160 at stop 45) (124/160 at stop 44) (120/160 at stop 42) (119/160 at stop 41) (117/160 = 0.731 on first sight: the same brief, a new writer)
    [InlineData("invented-wire-heldout-24.json", 160, 0.845)]     // 136/160 = 0.850 at stop 54, lowered from 0.855: a round of talks now names the party met (off, 137 back; kept for the tune sets) (137/160 at stop 52) (136/160 at stop 51) (134/160 at stop 50) (133/160 at stop 47) (132/160 at stop 42) (131/160 = 0.819 on first sight: the same brief, a new writer)
    [InlineData("invented-wire-heldout-25.json", 160, 0.755)]     // 121/160 = 0.756 at stop 51 (119/160 at stop 50) (118/160 at stop 49) (116/160 at stop 46) (115/160 at stop 45) (114/160 at stop 44) (112/160 at stop 43) (112/160 = 0.700 on first sight: the same brief, a new writer)
    [InlineData("invented-wire-heldout-26.json", 160, 0.79)]      // 127/160 = 0.794 at stop 50 (126/160 at stop 47) (125/160 at stop 45) (123/160 at stop 44) (118/160 = 0.738 on first sight: the same brief, a new writer)
    [InlineData("invented-wire-heldout-27.json", 160, 0.765)]     // 123/160 = 0.769 at stop 49 (121/160 at stop 48) (120/160 at stop 47) (119/160 at stop 46) (118/160 at stop 45) (118/160 = 0.738 on first sight: the same brief, a new writer)
    [InlineData("invented-wire-heldout-28.json", 160, 0.755)]     // 121/160 = 0.756 at stop 52 (120/160 at stop 51) (118/160 at stop 50) (117/160 at stop 49) (112/160 at stop 48) (111/160 at stop 46) (111/160 = 0.694 on first sight: the same brief, a new writer)
    [InlineData("invented-wire-heldout-29.json", 160, 0.86)]      // 138/160 = 0.863 at stop 53 (137/160 at stop 49) (134/160 at stop 48) (133/160 at stop 47) (132/160 = 0.825 on first sight: the same brief, a new writer)
    [InlineData("invented-wire-heldout-30.json", 160, 0.86)]      // 138/160 = 0.863 at stop 50 (137/160 at stop 49) (134/160 at stop 48) (132/160 = 0.825 on first sight: the same brief, a new writer)
    [InlineData("invented-wire-heldout-31.json", 160, 0.855)]     // 137/160 = 0.856 at stop 52 (135/160 at stop 51) (134/160 at stop 49) (133/160 = 0.831 on first sight: the same brief, a new writer)
    [InlineData("invented-wire-heldout-32.json", 160, 0.86)]      // 138/160 = 0.863 at stop 51 (137/160 at stop 50) (136/160 = 0.850 on first sight: the same brief, a new writer)
    [InlineData("invented-wire-heldout-33.json", 160, 0.885)]     // 142/160 = 0.887 at stop 52 (141/160 at stop 51) (137/160 = 0.856 on first sight: the same brief, a new writer)
    [InlineData("invented-wire-heldout-34.json", 160, 0.86)]      // 138/160 = 0.863 at stop 54 (136/160 at stop 52) (135/160 = 0.844 on first sight: the same brief, a new writer)
    [InlineData("invented-wire-heldout-35.json", 160, 0.835)]     // 134/160 = 0.838 at stop 54 (133/160 at stop 53) (133/160 = 0.831 on first sight: the same brief, a new writer)
    [InlineData("invented-wire-heldout-36.json", 160, 0.905)]     // 145/160 = 0.906 at stop 54 (142/160 = 0.887 on first sight: the same brief, a new writer)
    [InlineData("invented-wire-tune-1.json", 170, 0.97)]          // 165/170 = 0.971 at stop 53 (164/170 at stop 46) (163/170 at stop 44) (162/170 at stop 43) (161/170 at stop 41) (160/170 at stop 37) (159/170 at stop 35) (158/170 at stop 33) (157/170 at stop 31) (155/170 at stop 30)
    [InlineData("invented-wire-tune-2.json", 160, 0.905)]         // 145/160 = 0.906 at stop 54 (144/160 at stop 53) (143/160 at stop 52) (141/160 at stop 46) (140/160 at stop 44) (139/160 at stop 43) (137/160 at stop 40) (136/160 at stop 39) (135/160 at stop 37) (134/160 at stop 35) (133/160 at stop 34) (132/160 at stop 33) (131/160 at stop 31) (131/160 at stop 30)
    [InlineData("invented-wire-tune-3.json", 160, 0.905)]         // 145/160 = 0.906 at stop 52 (143/160 at stop 50) (142/160 at stop 47) (141/160 at stop 46) (139/160 at stop 44) (137/160 at stop 43) (136/160 at stop 36) (135/160 at stop 35) (132/160 at stop 33) (131/160 at stop 32) (131/160 at stop 31) (129/160 at stop 30) (0.506 on first sight)
    [InlineData("invented-wire-tune-4.json", 160, 0.88)]          // 141/160 = 0.881 at stop 52 (140/160 at stop 48) (139/160 at stop 47) (138/160 at stop 45) (137/160 at stop 43) (135/160 at stop 37) (134/160 at stop 34) (130/160 at stop 33) (129/160 at stop 31) (128/160 at stop 30) (0.537 on first sight)
    [InlineData("invented-wire-tune-5.json", 160, 0.945)]         // 152/160 = 0.950 at stop 54 (151/160 at stop 52) (150/160 at stop 50) (149/160 at stop 45) (148/160 at stop 44) (146/160 at stop 32) (145/160 at stop 31) (145/160 at stop 30) (0.606 on first sight, before 8 labels were set to the 2021 table)
    [InlineData("invented-wire-tune-6.json", 160, 0.915)]         // 147/160 = 0.919 at stop 53 (145/160 at stop 52) (144/160 at stop 51) (143/160 at stop 48) (142/160 at stop 46) (141/160 at stop 37) (138/160 at stop 36) (137/160 at stop 34) (136/160 at stop 33) (134/160 at stop 32) (131/160 at stop 31) (130/160 at stop 30) (0.662 on first sight)
    [InlineData("invented-wire-tune-7.json", 160, 0.915)]         // 147/160 = 0.919 at stop 51 (145/160 at stop 50) (144/160 at stop 48) (143/160 at stop 42) (142/160 at stop 40) (141/160 at stop 39) (140/160 at stop 38) (138/160 at stop 35) (137/160 at stop 34) (136/160 at stop 32) (135/160 at stop 31) (133/160 at stop 30) (0.706 on first sight)
    [InlineData("invented-wire-tune-8.json", 160, 0.79)]          // 127/160 = 0.794 at stop 52 (126/160 at stop 50) (124/160 at stop 49) (123/160 at stop 48) (116/160 at stop 46) (112/160 at stop 45) (111/160 at stop 43) (110/160 at stop 35) (108/160 at stop 34) (107/160 at stop 33) (105/160 at stop 32) (104/160 at stop 31) (101/160 at stop 30) (0.406 on first sight: nominal and passive main events)
    [InlineData("invented-wire-tune-9.json", 160, 0.96)]          // 154/160 = 0.963 at stop 54 (153/160 at stop 52) (151/160 at stop 40) (150/160 at stop 37) (149/160 at stop 36) (148/160 at stop 34) (147/160 at stop 33) (145/160 at stop 31) (144/160 at stop 30) (0.744 on first sight: codebook illustrations)
    [InlineData("invented-wire-tune-10.json", 160, 0.71)]         // 114/160 = 0.713 at stop 50 (113/160 at stop 49) (112/160 at stop 48) (111/160 at stop 46) (109/160 at stop 45) (108/160 at stop 44) (107/160 at stop 43) (106/160 at stop 41) (105/160 at stop 35) (104/160 at stop 34) (103/160 at stop 33) (98/160 at stop 32) (97/160 at stop 31) (95/160 at stop 30) (0.475 on first sight: news leads with the event inside)
    [InlineData("invented-wire-tune-11.json", 160, 0.84)]         // 135/160 = 0.844 at stop 53 (133/160 at stop 52) (131/160 at stop 51) (130/160 at stop 49) (129/160 at stop 47) (128/160 at stop 46) (127/160 at stop 45) (126/160 at stop 44) (125/160 at stop 43) (124/160 at stop 42) (123/160 at stop 41) (122/160 at stop 35) (120/160 at stop 33) (117/160 at stop 32) (115/160 at stop 31) (114/160 at stop 30) (0.588 on first sight: modern crisis coverage, 2011-2025)
    [InlineData("invented-wire-tune-12.json", 160, 0.835)]        // 134/160 = 0.838 at stop 53 (133/160 at stop 52) (131/160 at stop 51) (130/160 at stop 47) (127/160 at stop 46) (126/160 at stop 45) (125/160 at stop 43) (123/160 at stop 41) (122/160 at stop 38) (121/160 at stop 37) (119/160 at stop 36) (118/160 at stop 35) (116/160 at stop 34) (113/160 at stop 33) (108/160 at stop 32) (105/160 at stop 31) (91/160 at stop 30) (0.487 on first sight: the hard types told many ways)
    [InlineData("invented-wire-tune-13.json", 160, 0.895)]        // 144/160 = 0.900 at stop 53 (143/160 at stop 50) (142/160 at stop 48) (141/160 at stop 46) (140/160 at stop 45) (139/160 at stop 44) (137/160 at stop 43) (136/160 at stop 37) (135/160 at stop 36) (133/160 at stop 35) (130/160 at stop 34) (128/160 at stop 33) (124/160 at stop 32) (121/160 at stop 31) (98/160 = 0.613 on first sight: the actors told many ways)
    [InlineData("invented-wire-tune-14.json", 160, 0.845)]        // 136/160 = 0.850 at stop 54 (135/160 at stop 52) (133/160 at stop 51) (131/160 at stop 49) (130/160 at stop 48) (128/160 at stop 47) (127/160 at stop 46) (125/160 at stop 45) (124/160 at stop 44) (121/160 at stop 43) (120/160 at stop 39) (117/160 at stop 38) (116/160 at stop 37) (113/160 at stop 36) (111/160 at stop 35) (110/160 at stop 34) (111/160 = 0.694 at stop 33: a repaired parse leaves the Madhesi Front uncoded) (107/160 at stop 32) (103/160 at stop 31) (93/160 = 0.581 on first sight: the actors told many ways, Global South, 2000-2025)
    [InlineData("invented-wire-tune-15.json", 160, 0.89)]         // 143/160 = 0.894 at stop 53 (142/160 at stop 50) (140/160 at stop 47) (139/160 at stop 46) (137/160 at stop 45) (134/160 at stop 44) (129/160 at stop 43) (128/160 at stop 37) (126/160 at stop 36) (123/160 at stop 35) (119/160 at stop 34) (118/160 at stop 33) (114/160 at stop 32) (103/160 = 0.644 on first sight: the hard types told as wire copy tells them)
    [InlineData("invented-wire-tune-16.json", 160, 0.93)]         // 149/160 = 0.931 at stop 53 (148/160 at stop 52) (147/160 at stop 49) (145/160 at stop 48) (142/160 at stop 47) (140/160 at stop 46) (139/160 at stop 45) (137/160 at stop 44) (134/160 at stop 43) (133/160 at stop 37) (130/160 at stop 36) (128/160 at stop 35) (127/160 at stop 34) (126/160 at stop 33) (121/160 at stop 32) (111/160 = 0.694 on first sight: the same brief, another writer)
    [InlineData("invented-wire-tune-17.json", 160, 0.835)]        // 134/160 = 0.838 at stop 52 (133/160 at stop 50) (132/160 at stop 49) (131/160 at stop 48) (128/160 at stop 47) (127/160 at stop 46) (126/160 at stop 45) (124/160 at stop 44) (119/160 at stop 43) (115/160 at stop 40) (114/160 at stop 38) (113/160 at stop 37) (110/160 at stop 36) (109/160 at stop 35) (106/160 at stop 34) (104/160 at stop 33) (88/160 = 0.550 on first sight: the main event amid its context)
    [InlineData("invented-wire-tune-18.json", 160, 0.835)]        // 134/160 = 0.838 at stop 54 (133/160 at stop 51) (131/160 at stop 49) (129/160 at stop 48) (126/160 at stop 47) (125/160 at stop 46) (122/160 at stop 45) (121/160 at stop 44) (119/160 at stop 40) (118/160 at stop 39) (116/160 at stop 38) (115/160 at stop 37) (113/160 at stop 36) (111/160 at stop 35) (109/160 at stop 34) (105/160 at stop 33) (99/160 = 0.619 on first sight: the same brief, another writer)
    [InlineData("invented-wire-tune-19.json", 160, 0.845)]        // 136/160 = 0.850 at stop 54 (135/160 at stop 52) (134/160 at stop 51) (132/160 at stop 50) (129/160 at stop 49) (125/160 at stop 47) (124/160 at stop 46) (121/160 at stop 45) (120/160 at stop 44) (116/160 at stop 37) (114/160 at stop 35) (112/160 at stop 34) (107/160 = 0.669 on first sight: the same brief, a new writer)
    [InlineData("invented-wire-tune-20.json", 160, 0.83)]         // 133/160 = 0.831 at stop 52 (132/160 at stop 49) (130/160 at stop 46) (129/160 at stop 45) (127/160 at stop 44) (126/160 at stop 43) (124/160 at stop 38) (122/160 at stop 37) (121/160 at stop 36) (120/160 at stop 35) (119/160 at stop 34) (102/160 = 0.637 on first sight: the same brief, a new writer)
    [InlineData("invented-wire-tune-21.json", 160, 0.87)]         // 140/160 = 0.875 at stop 53 (139/160 at stop 52) (136/160 at stop 51) (135/160 at stop 50) (134/160 at stop 49) (133/160 at stop 45) (132/160 at stop 44) (130/160 at stop 42) (129/160 at stop 41) (127/160 at stop 40) (126/160 at stop 39) (125/160 at stop 36) (124/160 at stop 35) (121/160 = 0.756 on first sight: the same brief, a new writer)
    [InlineData("invented-wire-tune-22.json", 160, 0.885)]        // 142/160 = 0.887 at stop 54 (141/160 at stop 53), lowered: a place in a "while" clause no longer stands for the party acted on, and one record had its right target only from one (142/160 at stop 52) (140/160 at stop 49) (138/160 at stop 46) (135/160 at stop 45) (133/160 at stop 44) (132/160 at stop 43) (131/160 at stop 40) (130/160 at stop 39) (127/160 at stop 38) (125/160 at stop 37) (124/160 at stop 36) (122/160 at stop 35) (117/160 = 0.731 on first sight: the same brief, a new writer)
    [InlineData("invented-wire-tune-23.json", 160, 0.845)]        // 136/160 = 0.850 at stop 52 (133/160 at stop 51) (132/160 at stop 49) (129/160 at stop 48) (127/160 at stop 47) (126/160 at stop 45) (124/160 at stop 44) (123/160 at stop 43) (121/160 at stop 40) (119/160 at stop 39) (118/160 at stop 38) (117/160 at stop 37) (116/160 at stop 36) (113/160 = 0.706 on first sight: the same brief, a new writer)
    [InlineData("invented-wire-tune-24.json", 160, 0.88)]         // 141/160 = 0.881 at stop 54 (140/160 at stop 52) (139/160 at stop 51) (138/160 at stop 49) (136/160 at stop 48) (133/160 at stop 45) (132/160 at stop 44) (130/160 at stop 43) (129/160 at stop 38) (126/160 at stop 37) (121/160 at stop 36) (113/160 = 0.706 on first sight: the same brief, a new writer)
    [InlineData("invented-wire-tune-25.json", 160, 0.885)]        // 142/160 = 0.887 at stop 52 (139/160 at stop 50) (138/160 at stop 48) (136/160 at stop 47) (134/160 at stop 45) (133/160 at stop 44) (130/160 at stop 40) (129/160 at stop 39) (128/160 at stop 38) (127/160 at stop 37) (119/160 = 0.744 on first sight: the same brief, a new writer)
    [InlineData("invented-wire-tune-26.json", 160, 0.84)]         // 135/160 = 0.844 at stop 52 (133/160 at stop 51) (132/160 at stop 49) (131/160 at stop 48) (130/160 at stop 47) (128/160 at stop 45) (124/160 at stop 44) (121/160 at stop 43) (120/160 at stop 42) (119/160 at stop 41) (117/160 at stop 40) (116/160 at stop 39) (115/160 at stop 38) (113/160 at stop 37) (104/160 = 0.650 on first sight: the same brief, a new writer)
    [InlineData("invented-wire-tune-27.json", 160, 0.81)]         // 130/160 = 0.812 at stop 53 (129/160 at stop 51) (126/160 at stop 49) (124/160 at stop 46) (123/160 at stop 45) (121/160 at stop 44) (119/160 at stop 43) (118/160 at stop 42) (117/160 at stop 41) (116/160 at stop 40) (115/160 at stop 39) (113/160 at stop 38) (110/160 = 0.688 on first sight: the same brief, a new writer)
    [InlineData("invented-wire-tune-28.json", 160, 0.835)]        // 134/160 = 0.838 at stop 54 (133/160 at stop 52) (132/160 at stop 49) (131/160 at stop 48) (127/160 at stop 47) (126/160 at stop 46) (125/160 at stop 41) (123/160 at stop 40) (121/160 at stop 39) (118/160 at stop 38) (111/160 = 0.694 on first sight: the same brief, a new writer)
    [InlineData("invented-wire-tune-29.json", 160, 0.88)]         // 141/160 = 0.881 at stop 54 (140/160 at stop 52) (139/160 at stop 51) (137/160 at stop 47) (136/160 at stop 46) (134/160 at stop 45) (133/160 at stop 44) (131/160 at stop 43) (130/160 at stop 42) (129/160 at stop 41) (128/160 at stop 40) (124/160 at stop 39) (118/160 = 0.738 on first sight: the same brief, a new writer)
    [InlineData("invented-wire-tune-30.json", 160, 0.855)]        // 137/160 = 0.856 at stop 52 (135/160 at stop 51) (134/160 at stop 50) (133/160 at stop 49) (130/160 at stop 47) (129/160 at stop 46) (127/160 at stop 45) (124/160 at stop 44) (119/160 at stop 41) (115/160 at stop 40) (109/160 at stop 39) (103/160 = 0.644 on first sight: the same brief, a new writer)
    [InlineData("invented-wire-tune-31.json", 160, 0.88)]         // 141/160 = 0.881 at stop 52 (138/160 at stop 51) (137/160 at stop 48) (135/160 at stop 45) (133/160 at stop 44) (131/160 at stop 43) (129/160 at stop 41) (123/160 at stop 40) (113/160 = 0.706 on first sight: the same brief, a new writer)
    [InlineData("invented-wire-tune-32.json", 160, 0.87)]         // 140/160 = 0.875 at stop 51 (139/160 at stop 49) (138/160 at stop 46) (135/160 at stop 45) (134/160 at stop 43) (132/160 at stop 41) (123/160 at stop 40) (109/160 = 0.681 on first sight: the same brief, a new writer)
    [InlineData("invented-wire-tune-33.json", 160, 0.855)]        // 137/160 = 0.856 at stop 52 (134/160 at stop 49) (133/160 at stop 48) (132/160 at stop 45) (130/160 at stop 44) (124/160 at stop 43) (123/160 at stop 41) (113/160 = 0.706 on first sight: the same brief, a new writer)
    [InlineData("invented-wire-tune-34.json", 160, 0.89)]         // 143/160 = 0.894 at stop 53 (142/160 at stop 51) (141/160 at stop 48) (139/160 at stop 46) (137/160 at stop 45) (134/160 at stop 43) (133/160 at stop 42) (130/160 at stop 41) (124/160 = 0.775 on first sight: the same brief, a new writer)
    [InlineData("invented-wire-tune-35.json", 160, 0.84)]         // 135/160 = 0.844 at stop 52 (134/160 at stop 51) (133/160 at stop 48) (131/160 at stop 47) (129/160 at stop 44) (125/160 at stop 43) (120/160 at stop 42) (114/160 = 0.713 on first sight: the same brief, a new writer)
    [InlineData("invented-wire-tune-36.json", 160, 0.815)]        // 131/160 = 0.819 at stop 54 (130/160 at stop 52) (129/160 at stop 50) (127/160 at stop 49) (126/160 at stop 48) (125/160 at stop 47) (124/160 at stop 46) (123/160 at stop 44) (118/160 at stop 43) (117/160 at stop 42) (108/160 = 0.675 on first sight: the same brief, a new writer)
    [InlineData("invented-wire-tune-37.json", 160, 0.83)]         // 133/160 = 0.831 at stop 54 (132/160 at stop 47) (131/160 at stop 46) (128/160 at stop 45) (127/160 at stop 44) (118/160 at stop 43) (111/160 = 0.694 on first sight: the same brief, a new writer)
    [InlineData("invented-wire-tune-38.json", 160, 0.855)]        // 137/160 = 0.856 at stop 52 (136/160 at stop 50) (135/160 at stop 49) (134/160 at stop 48) (132/160 at stop 47) (130/160 at stop 45) (128/160 at stop 44) (121/160 at stop 43) (113/160 = 0.706 on first sight: the same brief, a new writer)
    [InlineData("invented-wire-tune-39.json", 160, 0.795)]        // 128/160 = 0.800 at stop 52 (127/160 at stop 50) (124/160 at stop 49) (123/160 at stop 48) (122/160 at stop 45) (121/160 at stop 44) (109/160 = 0.681 on first sight: the same brief, a new writer)
    [InlineData("invented-wire-tune-40.json", 160, 0.83)]         // 133/160 = 0.831 at stop 54 (131/160 at stop 50) (129/160 at stop 48) (128/160 at stop 47) (127/160 at stop 46) (126/160 at stop 45) (125/160 at stop 44) (116/160 = 0.725 on first sight: the same brief, a new writer)
    [InlineData("invented-wire-tune-41.json", 160, 0.87)]         // 140/160 = 0.875 at stop 51 (138/160 at stop 50) (137/160 at stop 49) (135/160 at stop 47) (134/160 at stop 46) (133/160 at stop 45) (126/160 = 0.787 on first sight: the same brief, a new writer)
    [InlineData("invented-wire-tune-42.json", 160, 0.77)]         // 124/160 = 0.775 at stop 53 (123/160 at stop 50) (120/160 at stop 49) (118/160 at stop 48) (115/160 at stop 47) (113/160 at stop 45) (107/160 = 0.669 on first sight: the same brief, a new writer)
    [InlineData("invented-wire-tune-43.json", 160, 0.83)]         // 133/160 = 0.831 at stop 52 (132/160 at stop 51) (130/160 at stop 49) (129/160 at stop 47) (128/160 at stop 46) (121/160 = 0.756 on first sight: the same brief, a new writer)
    [InlineData("invented-wire-tune-44.json", 160, 0.835)]        // 134/160 = 0.838 at stop 54 (133/160 at stop 52) (132/160 at stop 51) (130/160 at stop 49) (127/160 at stop 47) (126/160 at stop 46) (122/160 = 0.762 on first sight: the same brief, a new writer)
    [InlineData("invented-wire-tune-45.json", 160, 0.88)]         // 141/160 = 0.881 at stop 54 (140/160 at stop 52) (138/160 at stop 51) (137/160 at stop 50) (134/160 at stop 49) (132/160 at stop 48) (131/160 at stop 47) (127/160 = 0.794 on first sight: the same brief, a new writer)
    [InlineData("invented-wire-tune-46.json", 160, 0.82)]         // 132/160 = 0.825 at stop 54, lowered from 0.83: "between Cochabamba and Santa Cruz" is now a phrase with its case, and Santa Cruz in a sentence that names no country but by its dateline is still Aruba's (133/160 at stop 53) (132/160 at stop 52) (131/160 at stop 49) (129/160 at stop 48) (125/160 at stop 47) (125/160 = 0.781 on first sight: the same brief, a new writer)
    [InlineData("invented-wire-tune-47.json", 160, 0.915)]        // 147/160 = 0.919 at stop 54 (145/160 at stop 52) (144/160 at stop 51) (143/160 at stop 49) (140/160 at stop 48) (136/160 = 0.850 on first sight: the same brief, a new writer)
    [InlineData("invented-wire-tune-48.json", 160, 0.91)]         // 146/160 = 0.912 at stop 51 (143/160 at stop 49) (141/160 at stop 48) (132/160 = 0.825 on first sight: the same brief, a new writer)
    [InlineData("invented-wire-tune-49.json", 160, 0.92)]         // 148/160 = 0.925 at stop 53 (147/160 at stop 51) (145/160 at stop 50) (143/160 at stop 49) (135/160 = 0.844 on first sight: the same brief, a new writer)
    [InlineData("invented-wire-tune-50.json", 160, 0.855)]        // 137/160 = 0.856 at stop 52 (136/160 at stop 51) (134/160 at stop 49) (119/160 = 0.744 on first sight: the same brief, a new writer)
    [InlineData("invented-wire-tune-51.json", 160, 0.905)]        // 145/160 = 0.906 at stop 52 (144/160 at stop 51) (143/160 at stop 50) (132/160 = 0.825 on first sight: the same brief, a new writer)
    [InlineData("invented-wire-tune-52.json", 160, 0.89)]         // 143/160 = 0.894 at stop 52 (142/160 at stop 51) (139/160 at stop 50) (137/160 = 0.856 on first sight: the same brief, a new writer)
    [InlineData("invented-wire-tune-53.json", 160, 0.88)]         // 141/160 = 0.881 at stop 54 (140/160 at stop 53) (139/160 at stop 52) (136/160 at stop 51) (132/160 = 0.825 on first sight: the same brief, a new writer)
    [InlineData("invented-wire-tune-54.json", 160, 0.84)]         // 135/160 = 0.844 at stop 54 (134/160 at stop 51) (127/160 = 0.794 on first sight: the same brief, a new writer)
    [InlineData("invented-wire-tune-55.json", 160, 0.855)]        // 137/160 = 0.856 at stop 53 (136/160 at stop 52) (132/160 = 0.825 on first sight: the same brief, a new writer)
    [InlineData("invented-wire-tune-56.json", 160, 0.87)]         // 140/160 = 0.875 at stop 54 (139/160 at stop 53) (134/160 at stop 52) (128/160 = 0.800 on first sight: the same brief, a new writer)
    [InlineData("invented-wire-tune-57.json", 160, 0.87)]         // 140/160 = 0.875 at stop 54 (139/160 at stop 53) (130/160 = 0.812 on first sight: the same brief, a new writer)
    [InlineData("invented-wire-tune-58.json", 160, 0.865)]        // 139/160 = 0.869 at stop 53 (134/160 = 0.838 on first sight: the same brief, a new writer)
    [InlineData("invented-wire-tune-59.json", 160, 0.835)]        // 134/160 = 0.838 at stop 54 (132/160 = 0.825 on first sight: the same brief, a new writer)
    [InlineData("invented-wire-tune-60.json", 160, 0.895)]        // 144/160 = 0.900 at stop 54 (134/160 = 0.838 on first sight: the same brief, a new writer)
    public void Invented_wire_sentences_floor(string file, int records, double floor)
    {
        var upstream = Upstream();
        var r = PloverGsrEvaluation.Run(Path.Combine(SharedData.RepoRoot, "data", "events", "eval", file), a => upstream.Run(Document.From(a)));
        Assert.Equal(records, r.Records);
        Assert.True(r.AllRate >= floor, $"{file}: type+source+target {r.AllRate:F3}");
    }

    [Fact]
    public void Plover_scoring_reads_legacy_state_codes_as_iso()
    {
        // The GSR readme says its states carry ISO-3166 codes; a few records keep CAMEO's older JAP/ITL/VTN.
        Assert.Equal("JPN", PloverGsrEvaluation.Iso("JAP"));
        Assert.Equal("ITAGOV", PloverGsrEvaluation.Iso("ITLGOV"));
        Assert.Equal("TLS", PloverGsrEvaluation.Iso("TMP"));
        Assert.Equal("RUSMIL", PloverGsrEvaluation.Iso("SUNMIL"));
        Assert.Equal("SRB", PloverGsrEvaluation.Iso("KSV"));
        Assert.Equal("SRBGOV", PloverGsrEvaluation.Iso("YUGGOV"));
        Assert.Equal("IRNMIL", PloverGsrEvaluation.Iso("IRNMIL"));
        Assert.Equal("IGO", PloverGsrEvaluation.Iso("IGO"));
    }
}
