using Sitrep.Core;
using Sitrep.Events.Coding;
using Sitrep.Events.Dictionaries;

namespace Sitrep.Events.Tests;

/// <summary>Actor spans and their CAMEO codes (<see cref="ActorFinder"/>) on invented wire sentences.</summary>
public class ActorCodingTests
{
    private static List<ActorSpan> Actors(string text, E[] entities)
    {
        var doc = TestDocs.Build(text, entities);
        var upper = doc.Tokens.Select(t => t.Text.Replace('\u2019', '\'').ToUpperInvariant()).ToArray();
        return ActorFinder.Find(doc, upper, EventLexicon.Default);
    }

    /// <summary>The code of the actor span whose words are exactly <paramref name="words"/>, or "(no span)".</summary>
    private static string? CodeOf(string text, E[] entities, string words) =>
        Actors(text, entities).FirstOrDefault(a => a.Text == words) is { } a ? a.Code : "(no span)";

    [Theory]
    [InlineData("Officials in Mombasa accused the rebels of looting the port.", "Officials", "KENGOV")]
    [InlineData("Gunmen in southern Mombasa seized two foreign engineers.", "Gunmen", "KENUAF")]
    [InlineData("A priest from Mombasa was held by the militia.", "priest", "KENREL")]
    public void An_agent_placed_in_or_from_a_country_s_place_is_that_country_s(string text, string words, string code) =>
        Assert.Equal(code, CodeOf(text, [new E("Mombasa", EntityType.Gpe, "KEN", "KEN")], words));

    [Theory]
    [InlineData("The European Community lifted its ban on Chilean fruit.", "European Community", "IGOEUREEC")]
    [InlineData("Spain asked its Common Market partners for help.", "Common Market", "IGOEUREEC")]
    [InlineData("The Holy See protested to Hanoi about the arrests.", "Holy See", "VAT")]
    [InlineData("Zairean soldiers crossed the border.", "Zairean soldiers", "CODMIL")]   // a former state's adjective (former-demonyms.tsv) before an agent noun
    [InlineData("The ANC condemned the new security laws.", "ANC", "ZAFREB")]
    // The recogniser's mention left the name's first word out ("Tiger").
    [InlineData("Tamil Tiger suicide boats rammed a Sri Lankan navy gunboat.", "Tamil Tiger", "LKAREB")]
    [InlineData("SWAPO guerrillas attacked a base in Namibia.", "SWAPO guerrillas", "NAMREB")]
    public void Names_the_phoenix_dictionaries_lack_take_their_hand_written_codes(string text, string words, string code) =>
        Assert.Equal(code, CodeOf(text, [], words));

    [Theory]
    [InlineData("Pope Clement appealed for calm in Manila.", "Pope Clement")]
    [InlineData("The pontiff Clement appealed for calm in Manila.", "pontiff Clement")]
    public void A_person_titled_pope_speaks_for_the_holy_see_whatever_namesake_the_linker_found(string text, string words)
    {
        // The linker tied "Clement" to a Malawian politician: the title decides who acts.
        var name = words.Split(' ')[^1];
        Assert.Equal("VAT", CodeOf(text, [new E(name, EntityType.Person, "MWIGOV", "MWI")], words));
    }

    [Fact]
    public void A_title_naming_another_state_outweighs_the_dictionary_code_of_the_person_after_it()
    {
        // The dictionaries know "Amr Moussa" by a later office (the Arab League's); the title says whose minister he is here.
        Assert.Equal("EGYGOV", CodeOf("Egyptian Foreign Minister Amr Moussa arrived in Jerusalem.", [new E("Amr Moussa", EntityType.Person, "IGOMEA", "EGY")], "Amr Moussa"));
        // A title of the person's own state leaves the dictionary's code alone.
        Assert.Equal("ISRELI", CodeOf("Israeli opposition leader Amos Dror arrived in Cairo.", [new E("Amos Dror", EntityType.Person, "ISRELI", "ISR")], "Amos Dror"));
    }

    [Fact]
    public void A_title_word_is_no_title_when_it_is_a_name()
    {
        // "IRA" is the Irish Republican Army only as a group's name, and only "title" entries of actors_extra.tsv join a person.
        Assert.Equal("USA", CodeOf("Ira Glass criticised the Argentine government.", [new E("Ira Glass", EntityType.Person, "USA", "USA")], "Ira Glass"));
    }

    [Theory]
    [InlineData("The Lake Victoria Fishing Association condemned the tax.", "Lake Victoria Fishing Association", "NGO")]
    [InlineData("The Association of Coastal Jurists condemned the tax.", "Association of Coastal Jurists", "NGO")]
    [InlineData("The Kenyan Coastal Heritage Foundation condemned the tax.", "Kenyan Coastal Heritage Foundation", "KENNGO")]
    [InlineData("The National Reconciliation Forum condemned the tax.", "National Reconciliation Forum", null)]
    public void An_uncoded_organisation_headed_by_a_body_of_people_is_non_governmental(string text, string words, string? code) =>
        Assert.Equal(code, CodeOf(text, [new E(words, EntityType.Org)], words));

    [Theory]
    [InlineData("The Soviet Foreign Ministry protested.", "Soviet Foreign Ministry", "SUNGOV")]
    [InlineData("The Kenyan Defence Ministry protested.", "Kenyan Defence Ministry", "KENGOV")]
    // A word that names no state before the agent words leaves the bare role.
    [InlineData("The Harbour Foreign Ministry protested.", "Harbour Foreign Ministry", "GOV")]
    public void An_uncoded_ministry_named_after_a_nationality_is_that_state_s(string text, string words, string code) =>
        Assert.Equal(code, CodeOf(text, [new E(words, EntityType.Org)], words));

    [Fact]
    public void Armed_groups_of_recent_wars_and_a_possessive_s_organ_get_their_state()
    {
        Assert.Equal("SDNREB", CodeOf("The Rapid Support Forces shelled the city.", [new E("Rapid Support Forces", EntityType.Org)], "Rapid Support Forces"));
        Assert.Equal("RUSUAF", CodeOf("The Wagner Group seized the town.", [new E("Wagner Group", EntityType.Org)], "Wagner Group"));
        // The linker took the U.S. body of that name; the possessive says whose it is.
        Assert.Equal("IRNGOV", CodeOf("Iran's Supreme National Security Council met.", [new E("Iran", EntityType.Gpe, "IRN", "IRN"), new E("Supreme National Security Council", EntityType.Org, "USAGOV", "USA")], "Supreme National Security Council"));
    }

    [Fact]
    public void An_owned_ally_is_of_the_country_it_is_in_not_of_its_patron()
    {
        const string text = "Kenya's militia ally in Mombasa seized the port.";
        Assert.Equal("SOMUAF", CodeOf(text, [new E("Kenya", EntityType.Gpe, "KEN", "KEN"), new E("Mombasa", EntityType.Gpe, "SOM", "SOM")], "militia"));
    }

    [Fact]
    public void An_owned_agent_stays_its_owner_s_wherever_it_is()
    {
        const string text = "Kenya said its troops in Mombasa were ready.";
        Assert.Equal("MIL", CodeOf(text, [new E("Kenya", EntityType.Gpe, "KEN", "KEN"), new E("Mombasa", EntityType.Gpe, "SOM", "SOM")], "troops"));
    }

    [Fact]
    public void A_direction_word_may_be_part_of_the_place_s_name()
    {
        const string text = "Police arrested three extremists in Northern Ireland.";
        var code = CodeOf(text, [new E("Northern Ireland", EntityType.Loc, null, "GBR")], "extremists");
        Assert.Equal("GBRRAD", code);
    }

    [Theory]
    [InlineData("A police spokesman in Mombasa said three men were held.", "police spokesman", "KENCOP")]
    [InlineData("Government troops in Mombasa fired on the crowd.", "Government troops", "KENMIL")]
    public void Agent_nouns_in_a_row_are_one_actor(string text, string words, string code) =>
        Assert.Equal(code, CodeOf(text, [new E("Mombasa", EntityType.Gpe, "KEN", "KEN")], words));

    [Fact]
    public void Officials_at_a_state_s_institution_are_its_own()
    {
        const string text = "Officials at Foggy Bottom declined to comment.";
        Assert.Equal("USAGOV", CodeOf(text, [new E("Foggy Bottom", EntityType.Org, "USAGOV", "USA")], "Officials"));
        // Gunmen at the institution are not its state's.
        Assert.Equal("UAF", CodeOf("Gunmen at Foggy Bottom opened fire.", [new E("Foggy Bottom", EntityType.Org, "USAGOV", "USA")], "Gunmen"));
    }

    [Fact]
    public void A_group_s_name_before_an_agent_noun_names_its_members()
    {
        const string text = "Red Dawn guerrillas ambushed an army patrol.";
        Assert.Equal("NPLREB", CodeOf(text, [new E("Red Dawn", EntityType.Org, "NPLREB", "NPL")], "Red Dawn guerrillas"));
        // A name the dictionaries do not know still makes the agent one actor with it.
        Assert.Equal("REB", CodeOf("Tiger Hill rebels ambushed an army patrol.", [new E("Tiger Hill", EntityType.Org)], "Tiger Hill rebels"));
    }

    [Fact]
    public void Parties_named_by_their_kind_take_the_country_where_the_act_happened()
    {
        var v = Assert.Single(TestDocs.Code("Rebels attacked a police post in northern Kivu on Friday.", [new E("Kivu", EntityType.Gpe, null, "COD")]).Events);
        Assert.Equal("CODREB", v.Source!.Code);
        Assert.Equal("CODCOP", v.Target!.Code);
        Assert.Equal("Kivu", v.Location!.Name);
    }

    [Fact]
    public void Against_a_foreign_party_the_place_does_not_tell_whose_the_doers_are()
    {
        var v = Assert.Single(TestDocs.Code("Protesters attacked the Kenyan embassy in Kampala.", [new E("Kampala", EntityType.Gpe, null, "UGA")]).Events);
        Assert.Equal("OPP", v.Source!.Code);
        Assert.StartsWith("KEN", v.Target!.Code);
    }

    [Fact]
    public void Named_actors_the_dictionaries_lack_have_their_hand_written_codes()
    {
        Assert.Equal("YEMREB", CodeOf("The Houthis seized a fuel depot near the coast.", [new E("Houthis", EntityType.Person)], "Houthis"));
        Assert.Equal("USAGOV", CodeOf("The State Department summoned the envoy.", [new E("State Department", EntityType.Org)], "State Department"));
        // A group the Phoenix files list only with its initials in brackets, under either form.
        Assert.Equal("LKAREB", CodeOf("The Liberation Tigers of Tamil Eelam shelled the harbour.", [new E("Liberation Tigers of Tamil Eelam", EntityType.Org)], "Liberation Tigers of Tamil Eelam"));
        Assert.Equal("LKAREB", CodeOf("The LTTE shelled the harbour.", [], "LTTE"));
        Assert.Equal("IGOEUR", CodeOf("The E.U. froze the aid.", [new E("E.U.", EntityType.Org)], "E.U."));
        // A name the entity layer did not find, and its members after it.
        Assert.Equal("MOZREB", CodeOf("Renamo rebels burned a train.", [], "Renamo rebels"));
    }

    [Fact]
    public void Old_state_codes_and_bodies_the_gold_codes_otherwise_get_the_gold_s_codes()
    {
        Assert.Equal("AGOREB", CodeOf("UNITA shelled the town overnight.", [new E("UNITA", EntityType.Org, "ANGREB")], "UNITA"));
        // The GSR codes the Red Cross movement as intergovernmental (IGO), Phoenix as an NGO.
        Assert.Equal("IGOHLH", CodeOf("The Red Crescent flew tents to the valley.", [new E("Red Crescent", EntityType.Org, "NGOHLH")], "Red Crescent"));
        // A human rights group named by its kind alone is a non-governmental body, wherever it is.
        Assert.Equal("NGOHRI", CodeOf("A human rights group in Mombasa said 12 men were missing.", [new E("Mombasa", EntityType.Gpe, "KEN", "KEN")], "human rights group"));
    }

    [Theory]
    [InlineData("Opposition leaders in Mombasa criticised the tax.", "Opposition leaders", "KENOPP")]
    [InlineData("Opposition activists in Mombasa criticised the tax.", "Opposition activists", "KENOPP")]
    public void A_plural_of_a_multi_word_agent_listed_in_the_singular_is_that_agent(string text, string words, string code) =>
        Assert.Equal(code, CodeOf(text, [new E("Mombasa", EntityType.Gpe, "KEN", "KEN")], words));

    [Fact]
    public void A_religion_or_kind_coded_group_placed_in_a_country_is_that_country_s_not_a_state_its_code_spells()
    {
        // MUS is both the CAMEO religion code of Muslims and Mauritius's state code: a group named by religion has no state yet.
        const string text = "Muslim rebels in Mombasa burned a church.";
        Assert.Equal("KENMUS", CodeOf(text, [new E("Mombasa", EntityType.Gpe, "KEN", "KEN")], "Muslim rebels"));
    }

    [Theory]
    [InlineData("Police in the southern port city of Mombasa detained two smugglers.", "Police", "KENCOP")]
    [InlineData("Officials in the province of Mombasa denied the report.", "Officials", "KENGOV")]
    public void A_kind_of_place_and_its_of_stand_between_an_agent_and_its_place(string text, string words, string code) =>
        Assert.Equal(code, CodeOf(text, [new E("Mombasa", EntityType.Gpe, "KEN", "KEN")], words));

    [Fact]
    public void An_agent_a_country_owns_is_that_country_s()
    {
        const string text = "Kenya's ruling party accused the opposition of vote buying.";
        Assert.Equal("KENGOV", CodeOf(text, [new E("Kenya", EntityType.Gpe, "KEN", "KEN")], "ruling party"));
    }

    [Fact]
    public void An_agent_for_or_of_a_named_body_speaks_for_that_body()
    {
        const string text = "A spokesman for the Lake Basin Commission said the dam would open.";
        Assert.Equal("IGOWAT", CodeOf(text, [new E("Lake Basin Commission", EntityType.Org, "IGOWAT")], "spokesman"));
        Assert.Equal("KENGOV", CodeOf("Officials of Kenya met the donors.", [new E("Kenya", EntityType.Gpe, "KEN", "KEN")], "Officials"));
    }

    [Fact]
    public void A_person_the_dictionaries_lack_named_after_a_titled_nationality_is_that_party()
    {
        const string text = "Kenyan opposition leader Tom Obare accused the police of beating marchers.";
        Assert.Equal("KENOPP", CodeOf(text, [new E("Tom Obare", EntityType.Person)], "Tom Obare"));
    }

    [Fact]
    public void A_group_of_no_country_acting_on_one_state_s_authorities_is_of_that_state()
    {
        var v = Assert.Single(TestDocs.Code("Rebels ambushed a Kenyan army patrol near the border.", []).Events);
        Assert.Equal("KENREB", v.Source!.Code);
    }
}
