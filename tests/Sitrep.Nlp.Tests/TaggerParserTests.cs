using Sitrep.Core;
using Sitrep.Nlp.Conllu;
using Sitrep.Nlp.Evaluation;
using Sitrep.Testing;

namespace Sitrep.Nlp.Tests;

/// <summary>Accuracy floors the committed models meet (on slices of EWT so the tests stay fast) and pipeline behaviour.</summary>
public sealed class TaggerParserTests
{
    private static readonly Lazy<List<UdSentence>> Dev = new(() => ConlluFormat.ReadFile(SharedData.PathOf("data", "ud-ewt", "en_ewt-ud-dev.conllu")));
    private static readonly Lazy<List<UdSentence>> Test = new(() => ConlluFormat.ReadFile(SharedData.PathOf("data", "ud-ewt", "en_ewt-ud-test.conllu")));

    private static Document Annotate(string text)
    {
        var doc = Docs.Plain(text);
        foreach (var c in new[] { NlpComponents.Tokenizer(), NlpComponents.Tagger(), NlpComponents.Parser() }) doc = c.Process(doc);
        return doc;
    }

    [Fact]
    public void Tagger_meets_its_floors_on_the_first_600_dev_sentences()
    {
        var (upos, xpos, lemma) = NlpModels.Tagger.Evaluate(Dev.Value.Take(600));
        Assert.True(upos >= TaggerFloor.Upos, $"UPOS {upos:F2}");
        Assert.True(xpos >= TaggerFloor.Xpos, $"XPOS {xpos:F2}");
        Assert.True(lemma >= TaggerFloor.Lemma, $"lemma {lemma:F2}");
    }

    [Theory]
    [InlineData("fled", "VBD", "flee")]
    [InlineData("mimicking", "VBG", "mimic")]
    [InlineData("hottest", "JJS", "hot")]
    [InlineData("bedeviling", "VBG", "bedevil")]
    [InlineData("mired", "VBN", "mire")]
    public void Lemmatizer_takes_base_forms_of_words_unseen_in_training_from_WordNet(string form, string xpos, string lemma) =>
        Assert.Equal(lemma, NlpModels.Tagger.Lemmatizer.Lemmatize(form, xpos));

    [Fact]
    public void WordNet_lexicon_analyses_inflected_forms()
    {
        var lexicon = NlpModels.Tagger.Lexicon!;
        Assert.Equal(Tagging.WordNetLexicon.Analysis.VerbIng, lexicon.Analyse("bedeviling"));
        Assert.True(lexicon.Analyse("taxes").HasFlag(Tagging.WordNetLexicon.Analysis.PluralNoun));
        Assert.True(lexicon.Analyse("taxes").HasFlag(Tagging.WordNetLexicon.Analysis.VerbS));
        Assert.True(lexicon.Analyse("baghdad").HasFlag(Tagging.WordNetLexicon.Analysis.BaseCapitalNoun));
        Assert.Equal(Tagging.WordNetLexicon.Analysis.None, lexicon.Analyse("amstel"));
    }

    [Fact]
    public void A_party_phrase_after_a_date_and_a_visiting_guest_hang_on_the_verb()
    {
        // The parser hangs "to … Roh" on "Thursday" and reads "to visiting" as an infinitive; both are repaired.
        var doc = Annotate("Japanese Prime Minister Toshiki Kaifu apologised on Thursday to visiting South Korean President Roh Tae-woo.");
        int Of(string w) => doc.Tokens.First(t => t.Text == w).Index;
        Assert.Equal(Of("apologised"), doc.Tokens[Of("Roh")].Head);
        Assert.Equal("obl", doc.Tokens[Of("Roh")].DepRel);
        Assert.Equal(Of("Roh"), doc.Tokens[Of("to")].Head);
        Assert.Equal("ADP", doc.Tokens[Of("to")].Upos);
        Assert.Equal("amod", doc.Tokens[Of("visiting")].DepRel);
        // "with neighbouring Namibia" was read as a clause of "neighbouring" with "with" its marker.
        doc = Annotate("Botswana pledged on Friday to work with neighbouring Namibia on a joint water project.");
        Assert.Equal((Of("work"), "obl"), (doc.Tokens[Of("Namibia")].Head, doc.Tokens[Of("Namibia")].DepRel));
        Assert.Equal((Of("Namibia"), "amod"), (doc.Tokens[Of("neighbouring")].Head, doc.Tokens[Of("neighbouring")].DepRel));
    }

    [Fact]
    public void An_infinitive_after_a_date_completes_the_verb_and_a_participle_after_to_free_is_its_object_s()
    {
        // The tagger read "free" as an adjective of "kidnapped politicians"; the parser then hung "to free" on "Sunday".
        var doc = Annotate("The guerrillas refused on Sunday to free kidnapped politicians unless the government released jailed rebels.");
        int Of(string w) => doc.Tokens.First(t => t.Text == w).Index;
        Assert.Equal("VB", doc.Tokens[Of("free")].Xpos);
        Assert.Equal((Of("refused"), "xcomp"), (doc.Tokens[Of("free")].Head, doc.Tokens[Of("free")].DepRel));
        // "free trade" keeps its adjective: no participle opens an object.
        Assert.Equal("JJ", Annotate("The ministers agreed to free trade in farm goods.").Tokens.First(t => t.Text == "free").Xpos);
        // A nationality, a description and a name after it are its object too.
        Assert.Equal("VB", Annotate("Tehran refused to free French teacher Anne Marais.").Tokens.First(t => t.Text == "free").Xpos);
    }

    [Fact]
    public void A_that_clause_after_a_date_is_the_verb_s_complement()
    {
        // The parser read "that his government had asked" as a relative clause of "Wednesday".
        var doc = Annotate("A Mozambican spokesman said on Wednesday that his government had asked the United Nations for food aid.");
        int Of(string w) => doc.Tokens.First(t => t.Text == w).Index;
        Assert.Equal((Of("said"), "ccomp"), (doc.Tokens[Of("asked")].Head, doc.Tokens[Of("asked")].DepRel));
    }

    [Fact]
    public void A_past_form_after_a_carrying_participle_s_object_is_the_sentence_s_verb()
    {
        // The parser made "carrying" the root and "docked" a reduced relative of "weapons".
        var doc = Annotate("A ship carrying weapons docked in Port Sudan.");
        int Of(string w) => doc.Tokens.First(t => t.Text == w).Index;
        Assert.Equal("root", doc.Tokens[Of("docked")].DepRel);
        Assert.Equal((Of("ship"), "acl"), (doc.Tokens[Of("carrying")].Head, doc.Tokens[Of("carrying")].DepRel));
    }

    [Fact]
    public void Shot_dead_is_a_verb_of_killing()
    {
        // "a motorcycle shot" was read as a compound noun and the sentence had no verb.
        Assert.Equal("VBD", Annotate("Gunmen on a motorcycle shot dead the publisher of a newspaper.").Tokens.First(t => t.Text == "shot").Xpos);
        Assert.Equal("VBN", Annotate("The publisher was shot dead outside his office.").Tokens.First(t => t.Text == "shot").Xpos);
    }

    [Fact]
    public void Apostrophe_s_before_an_adverb_a_participle_and_a_noun_is_the_possessive_when_a_verb_follows()
    {
        var doc = Annotate("Chile's newly elected parliament set up a commission on Thursday, legislators said.");
        Assert.Equal("POS", doc.Tokens.First(t => t.Text == "'s").Xpos);
        // Before no noun it stays "is".
        Assert.Equal("VBZ", Annotate("Ramirez's newly married and lives in Lima, friends said.").Tokens.First(t => t.Text == "'s").Xpos);
    }

    [Fact]
    public void A_party_phrase_after_a_counted_duration_and_a_participle_before_a_name_are_repaired()
    {
        var conferred = Annotate("Iranian Foreign Minister Ali Akbar Velayati conferred for two hours with his Iraqi counterpart Tariq Aziz in Geneva.");
        int In(Document d, string w) => d.Tokens.First(t => t.Text == w).Index;
        Assert.Equal((In(conferred, "conferred"), "obl"), (conferred.Tokens[In(conferred, "Tariq")].Head, conferred.Tokens[In(conferred, "Tariq")].DepRel));
        // "to deposed …": no infinitive is a past participle.
        var granted = Annotate("France granted political asylum to deposed Iraqi President Saddam Hussein.");
        Assert.Equal("amod", granted.Tokens[In(granted, "deposed")].DepRel);
        Assert.Equal(In(granted, "granted"), granted.Tokens[In(granted, "Saddam")].Head);
        // The parser gives the name to the reporting clause after it; the bare participle still describes the guest.
        var announced = Annotate("France on Friday granted political asylum to deposed Iranian President Abolhassan Bani-Sadr, the Interior Ministry in Paris announced.");
        Assert.Equal(("amod", In(announced, "Abolhassan")), (announced.Tokens[In(announced, "deposed")].DepRel, announced.Tokens[In(announced, "deposed")].Head));
        Assert.Equal((In(announced, "granted"), "obl"), (announced.Tokens[In(announced, "Abolhassan")].Head, announced.Tokens[In(announced, "Abolhassan")].DepRel));
    }

    [Fact]
    public void Coordinated_modifiers_of_an_object_and_a_split_titled_subject_are_repaired()
    {
        var doc = Annotate("South African Foreign Minister Pik Botha signed a joint security and trade agreement with Mozambique on Friday, officials said.");
        int In(string w) => doc.Tokens.First(t => t.Text == w).Index;
        // The agreement is what was signed; "security" and "trade" say what kind.
        Assert.Equal((In("signed"), "obj"), (doc.Tokens[In("agreement")].Head, doc.Tokens[In("agreement")].DepRel));
        Assert.Equal(In("agreement"), doc.Tokens[In("security")].Head);
        // One subject: "South" belongs to the title's phrase.
        Assert.Single(doc.Tokens, t => t.Head == In("signed") && t.DepRel == "nsubj");
        // A list of things stays a list.
        var sent = Annotate("Canada sent food and medical supplies to Haiti.");
        Assert.Equal("food", sent.Tokens.Single(t => t.DepRel == "obj").Text);
    }

    [Fact]
    public void An_irregular_past_form_after_a_name_is_a_verb()
    {
        var doc = Annotate("Tokyo froze grant aid to China on Monday.");
        var froze = doc.Tokens.First(t => t.Text == "froze");
        Assert.Equal(("VERB", "VBD", "root"), (froze.Upos, froze.Xpos, froze.DepRel));
    }

    [Fact]
    public void An_ed_form_after_the_first_noun_phrase_with_an_object_is_the_main_verb()
    {
        var doc = Annotate("Cuban state security agents arrested dozens of dissidents and independent journalists across the island this week, human rights groups said.");
        Assert.Equal("VBD", doc.Tokens.First(t => t.Text == "arrested").Xpos);
        // A participle with its agent, or one after a verb, stays a participle.
        var seized = Annotate("Weapons seized by police were destroyed. Police said weapons seized last week were destroyed.");
        Assert.All(seized.Tokens.Where(t => t.Text == "seized"), t => Assert.Equal("VBN", t.Xpos));
    }

    [Fact]
    public void Relaxed_with_a_restriction_is_the_verb_and_of_a_mood_the_adjective()
    {
        Assert.Equal("VERB", Annotate("Authorities in Kashmir relaxed a curfew in parts of Srinagar on Tuesday.").Tokens.First(t => t.Text == "relaxed").Upos);
        Assert.Equal("VERB", Annotate("The curfew in Srinagar was relaxed for four hours on Tuesday.").Tokens.First(t => t.Text == "relaxed").Upos);
        Assert.Equal("ADJ", Annotate("The talks were held in a relaxed atmosphere.").Tokens.First(t => t.Text == "relaxed").Upos);
    }

    [Fact]
    public void Riot_or_trade_before_the_noun_it_compounds_with_is_a_noun()
    {
        var doc = Annotate("Algeria's government placed thousands of gendarmes and riot police on alert around the capital's mosques.");
        Assert.Equal("NOUN", doc.Tokens.First(t => t.Text == "riot").Upos);
        Assert.Equal("VERB", Annotate("Prisoners may riot if the food runs out.").Tokens.First(t => t.Text == "riot").Upos);
        var unions = Annotate("Church leaders and trade unionists in Lusaka launched a nationwide campaign on Saturday.");
        Assert.Equal("NOUN", unions.Tokens.First(t => t.Text == "trade").Upos);
        Assert.Equal("VERB", Annotate("The two countries trade oil for grain.").Tokens.First(t => t.Text == "trade").Upos);
        // "works" after "public" is the compound's noun.
        Assert.Equal("NOUN", Annotate("Magistrates placed a former public works minister under investigation.").Tokens.First(t => t.Text == "works").Upos);
    }

    [Theory]
    // "travel" before "bans" is a noun; a participle opening the sentence before a noun phrase is the subject's adjective;
    // a verb after "to" before an object pronoun is the infinitive.
    [InlineData("Canada imposed asset freezes and travel bans on senior Venezuelan officials on Friday.", "travel", "NOUN")]
    [InlineData("The foreign minister will travel to Beijing next week.", "travel", "VERB")]
    [InlineData("Suspected rebel fighters ambushed an army convoy near Beni on Sunday.", "Suspected", "ADJ")]
    [InlineData("Suspected of spying, the two diplomats were expelled.", "Suspected", "VERB")]
    [InlineData("Gunmen holding a Dutch nurse near Kismayo refused on Monday to free him unless the government paid, a clan elder said.", "free", "VERB")]
    public void The_repairs_tag_the_word_by_its_neighbours(string text, string word, string upos) =>
        Assert.Equal(upos, Annotate(text).Tokens.First(t => t.Text == word).Upos);

    [Theory]
    // An irregular past after the sentence's first noun phrase, and an -ed form whose later finite verbs are all in clauses
    // of their own (after a comma and "as", after "a week after", in the closing attribution), is the sentence's verb; one
    // with a finite verb of its own clause to come stays the participle.
    [InlineData("Rioters set fire to banks in Irbid on Sunday, witnesses said.", "set", "VBD")]
    [InlineData("Thousands of miners marched through central Bucharest on Monday, as riot police sealed off the parliament.", "marched", "VBD")]
    [InlineData("Thousands of farmers marched through central Lagos on Monday, police said, a week after fuel prices doubled.", "marched", "VBD")]
    [InlineData("A car bomb packed with explosives and left by rebels outside a barracks exploded on Monday, police said.", "packed", "VBN")]
    [InlineData("Weapons seized in the raid were destroyed, police said.", "seized", "VBN")]
    // "neighbouring" before a name, "suspected" after a verb before its noun, an -ed form between a number and a noun
    // describe the noun.
    [InlineData("Nigeria condemned the coup in neighbouring Niger on Thursday.", "neighbouring", "JJ")]
    [InlineData("Colombia extradited suspected drug trafficker Pablo Rey to the United States.", "suspected", "JJ")]
    [InlineData("The United States handed over six refurbished helicopters to Kenya's air force.", "refurbished", "VBN")]
    public void The_repairs_give_the_verb_form_its_clause_needs(string text, string word, string xpos) =>
        Assert.Equal(xpos, Annotate(text).Tokens.First(t => t.Text == word).Xpos);

    [Fact]
    public void An_ing_word_before_the_noun_it_names_the_use_of_is_a_noun()
    {
        var doc = Annotate("The agency distributed rice, beans and cooking oil to the refugees.");
        Assert.Equal("NOUN", doc.Tokens.First(t => t.Text == "cooking").Upos);
        Assert.Equal("conj", doc.Tokens.First(t => t.Text == "oil").DepRel);
        // Before another noun it stays the verb.
        Assert.Equal("VERB", Annotate("They were cooking dinner when the shelling began.").Tokens.First(t => t.Text == "cooking").Upos);
    }

    [Fact]
    public void An_ing_word_after_a_possessive_describes_the_noun_it_precedes()
    {
        var doc = Annotate("Tanzania's ruling Chama Cha Mapinduzi party on Saturday endorsed the Ugandan exiles.");
        Assert.Equal("ADJ", doc.Tokens.First(t => t.Text == "ruling").Upos);
        // Read as a verb, it split the name and left "Saturday" the subject of "endorsed".
        Assert.Equal(doc.Tokens.First(t => t.Text == "endorsed").Index, doc.Tokens.First(t => t.Text == "party").Head);
        // With no noun after it, it stays the gerund.
        Assert.Equal("VERB", Annotate("The minister's visiting of the camps was cancelled.").Tokens.First(t => t.Text == "visiting").Upos);
    }

    [Fact]
    public void An_ed_word_between_have_and_an_infinitive_is_the_perfect_s_participle()
    {
        var doc = Annotate("The military government had again refused to let the envoy visit the capital.");
        Assert.Equal("VBN", doc.Tokens.First(t => t.Text == "refused").Xpos);
        // Not after another verb: "seemed determined to" keeps its adjective.
        Assert.Equal("JJ", Annotate("The minister seemed determined to resign.").Tokens.First(t => t.Text == "determined").Xpos);
    }

    [Fact]
    public void Allied_opening_a_noun_phrase_is_an_adjective_and_the_sentence_keeps_its_verb()
    {
        var doc = Annotate("Government fighters and allied Arab militias killed hundreds of villagers.");
        int Of(string w) => doc.Tokens.First(t => t.Text == w).Index;
        Assert.Equal("JJ", doc.Tokens[Of("allied")].Xpos);
        Assert.Equal("root", doc.Tokens[Of("killed")].DepRel);
        // As the verb of its own clause it stays a verb.
        Assert.Equal("VERB", Annotate("Britain allied itself with France.").Tokens.First(t => t.Text == "allied").Upos);
    }

    [Fact]
    public void An_ed_form_after_a_subject_and_its_apposition_is_the_verb()
    {
        var doc = Annotate("Uganda's army commander, Major-General Jeje Odongo, travelled to Kigali on Tuesday.");
        var travelled = doc.Tokens.First(t => t.Text == "travelled");
        Assert.Equal(("VBD", "root"), (travelled.Xpos, travelled.DepRel));        // was a participle describing the name
        // A participle with its agent keeps describing: "the convoy, led by Colonel X, was stopped".
        Assert.Equal("VBN", Annotate("The convoy, a column of trucks, escorted by troops, reached Goma.").Tokens.First(t => t.Text == "escorted").Xpos);
    }

    [Fact]
    public void A_rank_ending_a_noun_phrase_is_the_officer()
    {
        var doc = Annotate("Police handed over a former army major to the tribunal. Croatia transferred a retired general to The Hague.");
        Assert.Equal("NOUN", doc.Tokens.First(t => t.Text == "major").Upos);
        Assert.Equal("NOUN", doc.Tokens.First(t => t.Text == "general").Upos);
        // Before the noun it modifies it stays an adjective.
        var strike = Annotate("Unions called a general strike and a major protest on Monday.");
        Assert.All(strike.Tokens.Where(t => t.Text is "general" or "major"), t => Assert.Equal("ADJ", t.Upos));
        // Hyphened to an office it is the office's name, and the verb after it a past tense, not a participle.
        var office = Annotate("Ukraine's prosecutor-general accused Russian forces of war crimes.");
        Assert.Equal("NOUN", office.Tokens.First(t => t.Text == "general").Upos);
        Assert.Equal("VBD", office.Tokens.First(t => t.Text == "accused").Xpos);
    }

    [Fact]
    public void A_phrasal_verb_after_to_with_its_particle_before_the_object_is_an_infinitive()
    {
        var doc = Annotate("The Taliban refused on Friday to hand over Osama bin Laden to the United States. Libya refused on Wednesday to hand over the two suspects.");
        Assert.All(doc.Tokens.Where(t => t.Text == "hand"), t => Assert.Equal("VB", t.Xpos));
        // A hand that is held out stays a noun.
        Assert.Equal("NOUN", Annotate("He held out a hand to the visitors.").Tokens.First(t => t.Text == "hand").Upos);
    }

    [Fact]
    public void A_verb_after_to_and_before_a_determiner_is_an_infinitive()
    {
        var modal = Annotate("Burma's military government said it would free some 200 political prisoners.");
        Assert.Equal("VB", modal.Tokens.First(t => t.Text == "free").Xpos);
        // A number in words opens the object too, when a plural noun follows it.
        var spelled = Annotate("The rebels said on Sunday they would free eight hostages as a goodwill gesture.");
        Assert.Equal("VB", spelled.Tokens.First(t => t.Text == "free").Xpos);
        // So does an approximate number ("about 30").
        Assert.Equal("VB", Annotate("Rwanda will free about 30 Ugandan soldiers captured last week.").Tokens.First(t => t.Text == "free").Xpos);
        var doc = Annotate("Luanda was prepared to free a captured South African officer. They fought for the free world.");
        var free = doc.Tokens.Where(t => t.Text == "free").ToList();
        Assert.Equal(("VERB", "VB"), (free[0].Upos, free[0].Xpos));
        Assert.NotEqual("VERB", free[1].Upos);
        // So is one after the named subject of a that-clause, in the subjunctive a demand takes.
        Assert.Equal("VB", Annotate("Britain has demanded that Libya hand over the gunmen.").Tokens.First(t => t.Text == "hand").Xpos);
        Assert.Equal("VB", Annotate("Russia demanded on Thursday that Georgia immediately free four Russian army officers.").Tokens.First(t => t.Text == "free").Xpos);
        Assert.NotEqual("VERB", Annotate("He said that Georgia free trade would grow.").Tokens.First(t => t.Text == "free").Upos);
    }

    [Fact]
    public void A_hyphenated_modifier_of_three_words_modifies_the_noun_after_it()
    {
        var doc = Annotate("A dusk-to-dawn curfew was imposed on the city of Kano on Tuesday.");
        int In(string w) => doc.Tokens.First(t => t.Text == w).Index;
        // The curfew is what was imposed; "dusk" says what kind, and the article is the curfew's.
        Assert.Equal((In("imposed"), "nsubj:pass"), (doc.Tokens[In("curfew")].Head, doc.Tokens[In("curfew")].DepRel));
        Assert.Equal((In("curfew"), "compound"), (doc.Tokens[In("dusk")].Head, doc.Tokens[In("dusk")].DepRel));
        Assert.Equal(In("curfew"), doc.Tokens[In("A")].Head);
        Assert.Equal((In("dusk"), "nmod"), (doc.Tokens[In("dawn")].Head, doc.Tokens[In("dawn")].DepRel));
    }

    [Fact]
    public void A_by_phrase_after_a_participle_s_date_is_its_agent_and_a_leader_after_and_is_a_conjunct()
    {
        // The parser hangs "by … Sadat" on "Monday" (itself on "lawn"), "and … Begin" on "Sadat", and in the second sentence
        // reads "and President Ronald Reagan" as an apposition of Gorbachev.
        var doc = Annotate("The peace treaty signed on the White House lawn on Monday by Egyptian President Anwar Sadat and Israeli Prime Minister Menachem Begin ends three decades of war.");
        int In(string w) => doc.Tokens.First(t => t.Text == w).Index;
        Assert.Equal((In("signed"), "obl:agent"), (doc.Tokens[In("Anwar")].Head, doc.Tokens[In("Anwar")].DepRel));
        Assert.Equal((In("Anwar"), "conj"), (doc.Tokens[In("Begin")].Head, doc.Tokens[In("Begin")].DepRel));
        doc = Annotate("The treaty on medium-range nuclear missiles, signed at the White House on Tuesday by Soviet leader Mikhail Gorbachev and President Ronald Reagan, will scrap an entire class of nuclear arms.");
        Assert.Equal((In("Mikhail"), "conj"), (doc.Tokens[In("Ronald")].Head, doc.Tokens[In("Ronald")].DepRel));
        Assert.Equal(In("Ronald"), doc.Tokens[In("and")].Head);
    }

    [Fact]
    public void Up_to_before_a_number_counts_the_noun_which_stays_the_verb_s_object()
    {
        var doc = Annotate("New Zealand is ready to send up to 200 soldiers to the Solomon Islands.");
        int In(string w) => doc.Tokens.First(t => t.Text == w).Index;
        Assert.Equal((In("send"), "obj"), (doc.Tokens[In("soldiers")].Head, doc.Tokens[In("soldiers")].DepRel));
        Assert.Equal((In("200"), "advmod"), (doc.Tokens[In("up")].Head, doc.Tokens[In("up")].DepRel));
        Assert.Equal((In("up"), "fixed"), (doc.Tokens[In("up") + 1].Head, doc.Tokens[In("up") + 1].DepRel));
    }

    [Fact]
    public void A_past_tense_hung_inside_a_noun_rooted_subject_is_the_sentence_s_verb()
    {
        // The parser rooted the sentence in "car" and hung "exploded" on "kg".
        var doc = Annotate("A car packed with 100 kg of dynamite exploded outside a crowded bar in Cali on Saturday night.");
        int In(string w) => doc.Tokens.First(t => t.Text == w).Index;
        Assert.Equal((-1, "root"), (doc.Tokens[In("exploded")].Head, doc.Tokens[In("exploded")].DepRel));
        Assert.Equal((In("exploded"), "nsubj"), (doc.Tokens[In("car")].Head, doc.Tokens[In("car")].DepRel));
        Assert.Equal(In("packed"), doc.Tokens[In("kg")].Head);
        // With no finite verb at all, a participle hung deep in the subject is the verb; one on the root noun itself, or
        // with its own agent, stays a participle ("Weapons seized by police in Lagos").
        doc = Annotate("Thousands of students chanting 'Down with the dictatorship' rallied at campuses across Chile on Wednesday.");
        Assert.Equal((-1, "root"), (doc.Tokens[In("rallied")].Head, doc.Tokens[In("rallied")].DepRel));
        doc = Annotate("Weapons seized by police in Lagos.");
        Assert.NotEqual("root", doc.Tokens[In("seized")].DepRel);
    }

    [Fact]
    public void More_than_a_number_and_an_adjective_with_an_object_leave_the_sentence_its_verb()
    {
        // The parser rooted the first sentence in "More" and the second in "Officials", with "relaxed" an adjective.
        var doc = Annotate("More than 900 Palestinian prisoners in Israeli jails began refusing food on Sunday.");
        int In(string w) => doc.Tokens.First(t => t.Text == w).Index;
        Assert.Equal((-1, "root"), (doc.Tokens[In("began")].Head, doc.Tokens[In("began")].DepRel));
        Assert.Equal((In("began"), "nsubj"), (doc.Tokens[In("prisoners")].Head, doc.Tokens[In("prisoners")].DepRel));
        Assert.Equal((In("900"), "advmod"), (doc.Tokens[In("More")].Head, doc.Tokens[In("More")].DepRel));
        doc = Annotate("Officials in Jammu relaxed a round-the-clock curfew for four hours on Sunday.");
        Assert.Equal((-1, "root", "VERB"), (doc.Tokens[In("relaxed")].Head, doc.Tokens[In("relaxed")].DepRel, doc.Tokens[In("relaxed")].Upos));
        // "rebel" before a name it does not govern modifies the name, which takes its place.
        doc = Annotate("Sudan's government met leaders of the rebel Sudan People's Liberation Army in Nairobi.");
        Assert.Equal((In("leaders"), "nmod"), (doc.Tokens[In("Army")].Head, doc.Tokens[In("Army")].DepRel));
        Assert.Equal((In("Army"), "compound"), (doc.Tokens[In("rebel")].Head, doc.Tokens[In("rebel")].DepRel));
        // "over" after "handed" is a particle, and what is handed the verb's object.
        doc = Annotate("Qatar handed over an aid package worth 20 million dollars to Sudan on Monday.");
        Assert.Equal((In("handed"), "compound:prt"), (doc.Tokens[In("over")].Head, doc.Tokens[In("over")].DepRel));
        Assert.Equal((In("handed"), "obj"), (doc.Tokens[In("package")].Head, doc.Tokens[In("package")].DepRel));
    }

    [Fact]
    public void A_verb_after_a_relative_clause_or_read_as_an_adjective_is_the_sentence_s_verb()
    {
        // The parser read "rejected" as an adjective of "demands", which it made the object of "ruled".
        var doc = Annotate("Yemen's president, who has ruled for 32 years, rejected opposition demands on Wednesday.");
        int In(string w) => doc.Tokens.First(t => t.Text == w).Index;
        Assert.Equal((-1, "root"), (doc.Tokens[In("rejected")].Head, doc.Tokens[In("rejected")].DepRel));
        Assert.Equal((In("rejected"), "nsubj"), (doc.Tokens[In("president")].Head, doc.Tokens[In("president")].DepRel));
        Assert.Equal((In("rejected"), "obj"), (doc.Tokens[In("demands")].Head, doc.Tokens[In("demands")].DepRel));
        Assert.Equal((In("president"), "acl:relcl"), (doc.Tokens[In("ruled")].Head, doc.Tokens[In("ruled")].DepRel));
        // Under a reporting verb the object was the reported clause; the verb takes its place.
        doc = Annotate("Yemen's president, who has ruled for 32 years, rejected opposition demands on Wednesday that he step down, an aide told Reuters.");
        Assert.Equal((In("told"), "ccomp"), (doc.Tokens[In("rejected")].Head, doc.Tokens[In("rejected")].DepRel));
        Assert.Equal((In("rejected"), "nsubj"), (doc.Tokens[In("president")].Head, doc.Tokens[In("president")].DepRel));
        // The tagger read "shelled" before a name as an adjective ("the shelled city").
        doc = Annotate("Russian troops shelled Grozny.");
        Assert.Equal(("VERB", "root"), (doc.Tokens[In("shelled")].Upos, doc.Tokens[In("shelled")].DepRel));
    }

    [Fact]
    public void A_demand_keeps_its_that_clause_and_the_clause_s_verb_after_a_named_subject_with_its_article()
    {
        // The parser made "give" a second complement of "said"; the tagger read "end" as a noun.
        var doc = Annotate("The U.N. Security Council demanded in a unanimous statement on Monday that Myanmar give U.N. investigators unhindered access to northern Rakhine state, from which more than 500,000 Rohingya Muslims have fled to Bangladesh, diplomats said.");
        int In(string w) => doc.Tokens.First(t => t.Text == w).Index;
        Assert.Equal((In("demanded"), "ccomp"), (doc.Tokens[In("give")].Head, doc.Tokens[In("give")].DepRel));
        doc = Annotate("Cuba's foreign minister demanded before the General Assembly on Thursday that the United States end its 33-year-old trade embargo against the island.");
        Assert.Equal("VERB", doc.Tokens[In("end")].Upos);
    }

    [Fact]
    public void A_closing_reporting_verb_reports_the_sentence_s_event_and_the_demand_keeps_its_that_clause()
    {
        // The parser made "said" a complement of "demanded" and "lift" a complement of "said".
        var doc = Annotate("Iraq on Wednesday demanded that the U.N. Security Council lift the seven-year-old sanctions on the country, the official Iraqi News Agency said, quoting a statement issued after a cabinet meeting chaired by President Saddam Hussein that accused Washington of blocking every report of progress.");
        int In(string w) => doc.Tokens.First(t => t.Text == w).Index;
        Assert.Equal((-1, "root"), (doc.Tokens[In("said")].Head, doc.Tokens[In("said")].DepRel));
        Assert.Equal((In("said"), "ccomp"), (doc.Tokens[In("demanded")].Head, doc.Tokens[In("demanded")].DepRel));
        Assert.Equal((In("demanded"), "ccomp"), (doc.Tokens[In("lift")].Head, doc.Tokens[In("lift")].DepRel));
        // Without a "that" clause: "reported" was a complement of "declared".
        doc = Annotate("Armenia and Azerbaijan declared a ceasefire in the six-year war over Nagorno-Karabakh from midnight on Thursday, following talks brokered by the Russian defence minister, Interfax news agency reported, in a conflict that has killed more than 20,000 people and displaced a million.");
        Assert.Equal((In("reported"), "ccomp"), (doc.Tokens[In("declared")].Head, doc.Tokens[In("declared")].DepRel));
    }

    [Fact]
    public void A_name_right_after_a_verb_with_no_object_is_its_object_not_a_later_word_s_possessor()
    {
        // The parser made "Guyana" the possessor of "claims" and "that" the object of "respond".
        var doc = Annotate("Venezuela's defence minister warned Guyana on Monday that troops would respond with force to any incursion into waters Caracas claims off the disputed Essequibo region, state television reported.");
        int In(string w) => doc.Tokens.First(t => t.Text == w).Index;
        Assert.Equal((In("warned"), "obj"), (doc.Tokens[In("Guyana")].Head, doc.Tokens[In("Guyana")].DepRel));
        Assert.Equal("mark", doc.Tokens[In("that")].DepRel);
    }

    [Theory]
    [InlineData("Colombia's government and the FARC rebels resumed talks in Havana on Monday.", "rebels", "government")]
    [InlineData("Negotiators for Colombia's government and the FARC rebel group resumed talks in Havana on Monday.", "group", "government")]
    public void A_second_subject_after_and_is_a_conjunct_of_the_noun_before_it(string text, string second, string first)
    {
        var doc = Annotate(text);
        int In(string w) => doc.Tokens.First(t => t.Text == w).Index;
        Assert.Equal((In(first), "conj"), (doc.Tokens[In(second)].Head, doc.Tokens[In(second)].DepRel));
    }

    [Fact]
    public void An_object_after_the_verb_s_date_is_its_object_not_the_day_s_apposition()
    {
        var doc = Annotate("Bolivia's government lifted on Tuesday the state of siege it imposed six months ago.");
        int In(string w) => doc.Tokens.First(t => t.Text == w).Index;
        Assert.Equal((In("lifted"), "obj"), (doc.Tokens[In("state")].Head, doc.Tokens[In("state")].DepRel));
    }

    [Fact]
    public void A_title_before_a_name_between_commas_is_the_subject()
    {
        // The parser made "Henry" the subject and hung "minister" on "asked" as an oblique.
        var doc = Annotate("Haiti's prime minister, Ariel Henry, asked the United Nations for tents, medicines and field hospitals.");
        int In(string w) => doc.Tokens.First(t => t.Text == w).Index;
        Assert.Equal((In("asked"), "nsubj"), (doc.Tokens[In("minister")].Head, doc.Tokens[In("minister")].DepRel));
        Assert.Equal((In("minister"), "appos"), (doc.Tokens[In("Ariel")].Head, doc.Tokens[In("Ariel")].DepRel));
    }

    [Fact]
    public void An_s_word_closing_an_object_phrase_is_a_plural_noun_but_not_after_as()
    {
        var doc = Annotate("Libya refused to hand over the two Lockerbie bombing suspects to Britain for trial.");
        int In(string w) => doc.Tokens.First(t => t.Text == w).Index;
        Assert.Equal("NNS", doc.Tokens[In("suspects")].Xpos);
        doc = Annotate("The company might be added to a major index, as the article notes, once the shares get more liquid.");
        Assert.Equal("VBZ", doc.Tokens[In("notes")].Xpos);
    }

    [Fact]
    public void A_reporting_verb_with_two_subjects_gets_the_first_as_its_reported_clause()
    {
        // The parser made "bomb" and "police" both subjects of "said" and hung "exploded" on "town".
        var doc = Annotate("A car bomb packed with explosives and left by the IRA outside a police station in a small County Armagh town exploded before dawn on Monday, injuring eight people, police said.");
        int In(string w) => doc.Tokens.First(t => t.Text == w).Index;
        Assert.Equal((In("said"), "ccomp"), (doc.Tokens[In("exploded")].Head, doc.Tokens[In("exploded")].DepRel));
        Assert.Equal((In("exploded"), "nsubj"), (doc.Tokens[In("bomb")].Head, doc.Tokens[In("bomb")].DepRel));
        int speaker = doc.Tokens.Last(t => t.Text == "police").Index;
        Assert.Equal((In("said"), "nsubj"), (doc.Tokens[speaker].Head, doc.Tokens[speaker].DepRel));
        // The parser made "stoned" the reported clause but gave its subject "band" to "said".
        doc = Annotate("A band of men stoned and hacked to death a local chief in a village near Kisumu, police said.");
        Assert.Equal((In("said"), "ccomp"), (doc.Tokens[In("stoned")].Head, doc.Tokens[In("stoned")].DepRel));
        Assert.Equal((In("stoned"), "nsubj"), (doc.Tokens[In("band")].Head, doc.Tokens[In("band")].DepRel));
    }

    [Fact]
    public void A_past_tense_under_a_noun_root_is_the_verb_past_a_complement_clause_and_by_its_object()
    {
        // The parser rooted both sentences in their subject noun; "recognise" is the tense of a complement clause, and
        // "tortured" has an object, so it is no reduced relative.
        var doc = Annotate("Tens of thousands of students marched through Belgrade on Tuesday demanding that the Serbian authorities recognise opposition victories in local elections.");
        int In(string w) => doc.Tokens.First(t => t.Text == w).Index;
        Assert.Equal("root", doc.Tokens[In("marched")].DepRel);
        doc = Annotate("Sudanese security agents tortured at least a dozen student activists detained after last month's campus protests in Khartoum, beating them with hoses and denying them sleep, according to lawyers for the students.");
        Assert.Equal("root", doc.Tokens[In("tortured")].DepRel);
        Assert.Equal((In("tortured"), "nsubj"), (doc.Tokens[In("agents")].Head, doc.Tokens[In("agents")].DepRel));
    }

    [Fact]
    public void The_verb_after_a_participle_clause_set_off_by_commas_is_the_subjects()
    {
        // The parser made "meeting" the council's verb and hung "demanded" on it as a reduced relative.
        var doc = Annotate("The six-nation Gulf Cooperation Council, meeting in emergency session in Jeddah, demanded on Friday that Iraq withdraw its troops from Kuwait immediately and unconditionally, a statement carried by the Saudi Press Agency said.");
        int In(string w) => doc.Tokens.First(t => t.Text == w).Index;
        Assert.Equal((In("demanded"), "nsubj"), (doc.Tokens[In("Council")].Head, doc.Tokens[In("Council")].DepRel));
        Assert.Equal((In("Council"), "acl"), (doc.Tokens[In("meeting")].Head, doc.Tokens[In("meeting")].DepRel));
        Assert.Equal((In("demanded"), "ccomp"), (doc.Tokens[In("withdraw")].Head, doc.Tokens[In("withdraw")].DepRel));
    }

    [Fact]
    public void A_participle_after_a_verbs_date_and_the_verb_after_an_appositive_subject_are_the_clauses_own()
    {
        // The parser hung "bowing" on "fares", the noun before the date, as a reduced relative.
        var doc = Annotate("Ghana's president suspended a rise in Accra metro fares on Monday, bowing to traders who had blocked roads.");
        int In(string w) => doc.Tokens.First(t => t.Text == w).Index;
        Assert.Equal((In("suspended"), "advcl"), (doc.Tokens[In("bowing")].Head, doc.Tokens[In("bowing")].DepRel));
        // The parser rooted the sentence in "Emir" and hung "bowed" on it as a parataxis with no subject.
        doc = Annotate("The Emir of Qatar, Sheikh Khalifa bin Hamad al-Thani, bowed to opposition pressure on Sunday and ordered municipal elections for May, meeting a demand of the opposition.");
        Assert.Equal("root", doc.Tokens[In("bowed")].DepRel);
        Assert.Equal((In("bowed"), "nsubj"), (doc.Tokens[In("Emir")].Head, doc.Tokens[In("Emir")].DepRel));
    }

    [Fact]
    public void A_participle_between_a_possessive_and_a_noun_modifies_the_noun()
    {
        // After a long name the parser read "Panama's ousted military ruler" as "Panama ousted the ruler".
        var doc = Annotate("General Manuel Antonio Noriega, Panama's ousted military ruler, surrendered to U.S. forces on Wednesday night after ten days holed up in the Vatican's embassy.");
        int In(string w) => doc.Tokens.First(t => t.Text == w).Index;
        Assert.Equal((In("ruler"), "amod"), (doc.Tokens[In("ousted")].Head, doc.Tokens[In("ousted")].DepRel));
        Assert.Equal((In("ruler"), "nmod:poss"), (doc.Tokens[In("Panama")].Head, doc.Tokens[In("Panama")].DepRel));
        Assert.Equal((In("Manuel"), "appos"), (doc.Tokens[In("ruler")].Head, doc.Tokens[In("ruler")].DepRel));
    }

    [Fact]
    public void A_date_range_stays_the_first_dates_own_phrase()
    {
        // ran(1) from(2) Monday(3) to(4) Thursday(5): "Thursday" is an nmod of "Monday", and a day names no party.
        string[] words = ["They", "ran", "from", "Monday", "to", "Thursday", "to", "Paris"];
        string[] tags = ["PRP", "VBD", "IN", "NNP", "TO", "NNP", "IN", "NNP"];
        string[] upos = ["PRON", "VERB", "ADP", "PROPN", "ADP", "PROPN", "ADP", "PROPN"];
        int[] heads = [1, -1, 3, 1, 5, 3, 7, 3];
        string[] labels = ["nsubj", "root", "case", "obl", "case", "nmod", "case", "nmod"];
        Parsing.AttachmentRepairs.Apply(words, tags, upos, heads, labels);
        Assert.Equal((3, "nmod"), (heads[5], labels[5]));
        Assert.Equal((1, "obl"), (heads[7], labels[7]));
    }

    private static readonly Lazy<List<UdSentence>> TestSlice = new(() => NlpTools.Retag(NlpModels.Tagger, Test.Value.Take(600)).ToList());

    [Fact]
    public void Parser_meets_its_floors_on_the_first_600_test_sentences_with_predicted_tags()
    {
        Assert.Equal(Parsing.ParserEnsemble.Shipped.Count, NlpModels.Parser.Members.Count);
        var (uas, las) = NlpModels.Parser.Evaluate(TestSlice.Value);
        Assert.True(uas >= ParserFloor.Uas, $"UAS {uas:F2}");
        Assert.True(las >= ParserFloor.Las, $"LAS {las:F2}");
    }

    [Fact]
    public void Parser_ensemble_beats_its_best_member_on_the_test_slice()
    {
        var (uas, las) = NlpModels.Parser.Evaluate(TestSlice.Value);
        var best = NlpModels.Parser.Members.Select(m => m.Evaluate(TestSlice.Value)).ToList();
        Assert.True(uas >= best.Max(b => b.Uas) + ParserFloor.EnsembleGain, $"UAS {uas:F2} vs best member {best.Max(b => b.Uas):F2}");
        Assert.True(las >= best.Max(b => b.Las) + ParserFloor.EnsembleGain, $"LAS {las:F2} vs best member {best.Max(b => b.Las):F2}");
    }

    [Fact]
    public void Tags_lemmatizes_and_parses_a_news_sentence()
    {
        var doc = Annotate("The U.S. Embassy urged American citizens to leave Iraq immediately.");
        var t = doc.Tokens;
        string[] expectedUpos = ["DET", "PROPN", "PROPN", "VERB", "ADJ", "NOUN", "PART", "VERB", "PROPN", "ADV", "PUNCT"];
        Assert.Equal(expectedUpos, t.Select(x => x.Upos).ToArray());
        Assert.Equal("urge", t[3].Lemma);
        Assert.Equal("citizen", t[5].Lemma);
        Assert.Equal(-1, t[3].Head);
        Assert.Equal("root", t[3].DepRel);
        Assert.Equal(3, t[2].Head);
        Assert.Equal("nsubj", t[2].DepRel);
        Assert.Equal(3, t[5].Head);
        Assert.Equal(7, t[8].Head);
        Assert.Equal("obj", t[8].DepRel);
        Assert.True(doc.Has(Layer.PartsOfSpeech) && doc.Has(Layer.Lemmas) && doc.Has(Layer.Dependencies));
        Assert.Equal("parser@1.0", doc.Producers[Layer.Dependencies]);
    }

    [Fact]
    public void Heads_are_document_level_and_every_sentence_is_one_tree()
    {
        var doc = Annotate("Iran’s foreign minister didn’t comment.\n\nThe strike killed a general. Officials said it was legal.");
        Assert.Equal(3, doc.Sentences.Length);
        foreach (var s in doc.Sentences)
        {
            var tokens = doc.TokensOf(s).ToArray();
            Assert.Single(tokens, x => x.Head == -1);
            foreach (var x in tokens)
            {
                Assert.NotNull(x.DepRel);
                if (x.Head >= 0) Assert.InRange(x.Head, s.FirstToken, s.EndToken - 1);
                // Following heads upwards reaches the root without a cycle.
                int steps = 0, h = x.Index;
                while (h >= 0 && steps++ <= tokens.Length) h = doc.Tokens[h].Head;
                Assert.True(steps <= tokens.Length);
            }
        }
        var didnt = doc.Tokens.First(x => x.Text == "n’t");
        Assert.Equal("PART", didnt.Upos);
        Assert.Equal("not", didnt.Lemma);
    }

    [Fact]
    public void Pipeline_checks_that_the_tagger_has_tokens_and_the_parser_has_tags()
    {
        var ex = Assert.Throws<SitrepException>(() => Pipeline.Create([NlpComponents.Tagger()]));
        Assert.Equal("E101", ex.Error.Code);
        ex = Assert.Throws<SitrepException>(() => Pipeline.Create([NlpComponents.Tokenizer(), NlpComponents.Parser()]));
        Assert.Equal("E101", ex.Error.Code);
        Pipeline.Create([NlpComponents.Tokenizer(), NlpComponents.Tagger(), NlpComponents.Parser()]);
    }

    [Fact]
    public void Components_are_thread_safe_and_deterministic()
    {
        const string text = "Protesters attacked the embassy in Baghdad on Tuesday. The Pentagon said the general had approved it.";
        var expected = Annotate(text).Tokens.Select(x => (x.Upos, x.Lemma, x.Head, x.DepRel)).ToArray();
        Parallel.For(0, 8, _ => Assert.Equal(expected, Annotate(text).Tokens.Select(x => (x.Upos, x.Lemma, x.Head, x.DepRel)).ToArray()));
    }

    [Fact]
    public void Parse_text_writes_valid_conllu_with_offsets()
    {
        const string text = "Officials didn't say. They left.";
        var conllu = NlpTools.ParseText(text);
        var sentences = ConlluFormat.Read(new StringReader(conllu));
        Assert.Equal(2, sentences.Count);
        Assert.Equal(["Officials", "did", "n't", "say", "."], sentences[0].Words.Select(w => w.Form));
        Assert.Contains("TokenRange=13:16", sentences[0].Words[2].Misc);
        Assert.All(sentences.SelectMany(s => s.Words), w => Assert.InRange(w.Head, 0, 5));

        var again = NlpTools.Reannotate(new StringReader(conllu));
        Assert.Equal(conllu, again.Replace("\r\n", "\n"));
    }
}

/// <summary>
/// Floors ~0.35 under what the committed tagger scores on the slice (first 600 dev sentences: UPOS 96.34, XPOS 95.88,
/// lemma 98.16; full splits in models/nlp/tagger.json), so a model regression fails.
/// </summary>
internal static class TaggerFloor
{
    public const double Upos = 96.0;
    public const double Xpos = 95.5;
    public const double Lemma = 97.8;
}

/// <summary>
/// Floors ~0.35 under what the committed parser ensemble scores on the slice (first 600 test sentences, predicted
/// tags: UAS 86.55, LAS 83.52; full splits in models/nlp/parser.json), and ~0.4 under its measured gain over its best
/// member there (parser-ltr2.gz, UAS 85.26, LAS 82.13: +1.29 UAS, +1.39 LAS).
/// </summary>
internal static class ParserFloor
{
    public const double Uas = 86.2;
    public const double Las = 83.1;
    public const double EnsembleGain = 0.9;
}
