using Sitrep.Core;

namespace Sitrep.Events.Tests;

/// <summary>
/// The conflictive CAMEO roots (10 demand … 20 mass violence) in common wire wording, behind the real upstream stages,
/// on sentences written for these tests: each names the act, its CAMEO code and the two parties.
/// </summary>
public class ConflictCodingTests
{
    private static readonly Pipeline Upstream = EndToEndTests.Upstream();

    private static Document Code(string text) => EndToEndTests.Coded(Upstream, text);

    [Theory]
    // Charging, indicting and convicting accuse of a crime (PLOVER ACCUSE), they are no arrest.
    [InlineData("A Peruvian court indicted the Chilean businessman on Tuesday.", "ACCUSE", "11", "PER", "CHL")]
    [InlineData("Brazilian prosecutors accused the Bolivian governor of fraud.", "ACCUSE", "1121", "BRA", "BOL")]
    [InlineData("Serbian officials accused Croatian troops of war crimes.", "ACCUSE", "1124", "SRB", "HRV")]
    [InlineData("Egypt condemned the Libyan raid as a violation of its sovereignty.", "ACCUSE", "11", "EGY", "LBY")]
    // Clashing with armed forces is fighting, not a dispute with a government.
    [InlineData("Sudanese rebels clashed with government troops near the border.", "ASSAULT", "1", "SDN", "SDN")]
    [InlineData("France vetoed the Spanish proposal on fishing quotas.", "REJECT", "129", "FRA", "ESP")]
    [InlineData("Norway suspended economic aid to Kenya on Friday.", "SANCTION", "1621", "NOR", "KEN")]
    [InlineData("Tanzanian troops committed atrocities against Ugandan civilians.", "ASSAULT", "200", "TZA", "UGA")]
    [InlineData("Greece turned down a Turkish offer of talks.", "REJECT", "12", "GRC", "TUR")]
    [InlineData("Iraqi gunboats sank two Iranian tankers.", "ASSAULT", "1", "IRQ", "IRN")]
    // A protest lodged or filed is an official complaint (114), not a demonstration.
    [InlineData("South Korea lodged an official protest with Japan over the incursion of Japanese patrol boats.", "ACCUSE", "114", "KOR", "JPN")]
    // A complaint lodged with an international body is aimed at whom it accuses, also through "what it called".
    [InlineData("Iraq lodged an official complaint with the U.N. Security Council over Turkish shelling of a mountain resort.", "ACCUSE", "114", "IRQ", "TUR")]
    [InlineData("Iran lodged a formal complaint with the United Nations Security Council over what it called repeated Iraqi air raids.", "ACCUSE", "114", "IRN", "IRQ")]
    // Refusing to yield, even with only one's own forces named, is a refusal to yield (124).
    [InlineData("Armenia refused to halt its offensive against Azerbaijan.", "REJECT", "124", "ARM", "AZE")]
    // A verb the tokenizer split at its hyphen, its first part read as a noun, is still the verb.
    [InlineData("Bolivian police tear-gassed striking miners in La Paz.", "ASSAULT", "175", "BOL", "BOL")]
    // An act someone claims responsibility for is the claimant's.
    [InlineData("The Shining Path claimed responsibility for the bombing of the Peruvian embassy.", "ASSAULT", "18", "PER", "PER")]
    // Weapons of mass destruction used are CAMEO 204.
    [InlineData("Libya used poison gas against Chadian troops.", "ASSAULT", "2041", "LBY", "TCD")]
    // A threat is coded by what it threatens.
    [InlineData("Washington threatened to cut off economic aid to Nicaragua.", "THREATEN", "1311", "USA", "NIC")]
    [InlineData("Greece threatened to break off diplomatic relations with Albania.", "THREATEN", "1313", "GRC", "ALB")]
    [InlineData("Syria threatened to invade Jordan on Sunday.", "THREATEN", "138", "SYR", "JOR")]
    // Ordering an expulsion or an arrest is doing it, not a demand on another party.
    [InlineData("Kenya ordered the expulsion of three Ugandan diplomats on Friday.", "SANCTION", "166", "KEN", "UGA")]
    // Moving troops is mobilizing them.
    [InlineData("Syria moved troops to the Turkish border.", "MOBILIZE", "154", "SYR", "TUR")]
    // Civilians a group of one country attacks, in a sentence naming no other country, are that country's.
    [InlineData("Peruvian guerrillas kidnapped three engineers.", "ASSAULT", "181", "PER", "PER")]
    [InlineData("Jordan dismissed the Syrian peace offer on Sunday.", "REJECT", "12", "JOR", "SYR")]
    [InlineData("Britain rallied European states against Argentina.", "ACCUSE", "113", "GBR", "ARG")]
    [InlineData("Syria expelled the United Nations weapons inspectors on Monday.", "SANCTION", "1662", "SYR", "")]
    // Farmers or fishermen blocking a port obstruct passage in protest; workers stage strikes, armies launch them.
    [InlineData("Spanish fishermen blockaded the port of Bilbao.", "PROTEST", "144", "ESP", "ESP")]
    [InlineData("Bolivian tin miners staged a strike on Monday.", "PROTEST", "143", "BOL", "")]
    // Workers rallying demonstrate; they show no force.
    [InlineData("Brazilian steel workers rallied in Sao Paulo on Sunday.", "PROTEST", "141", "BRA", "")]
    // A protest is aimed at the state whose mission it is held at or that its "against" phrase names, else at the
    // protesters' own state, named by their nationality word.
    [InlineData("Kenyan students demonstrated outside the Belgian embassy in Nairobi.", "PROTEST", "141", "KEN", "BEL")]
    [InlineData("Hundreds of Bolivians rallied outside the Peruvian consulate in La Paz.", "PROTEST", "141", "BOL", "PER")]
    [InlineData("Moroccan prisoners went on hunger strike to protest against conditions in Spanish jails.", "PROTEST", "142", "MAR", "ESP")]
    [InlineData("Greek farmers blocked roads across the country on Monday to protest against cuts in subsidies.", "PROTEST", "14", "GRC", "GRC")]
    // An attack verb whose object names armed men is fighting, whatever verbal attack a word of the object reads
    // ("ATTACK * GOVERNMENT" [111] is criticism of a government, not of its troops).
    [InlineData("Tamil rebels attacked Sri Lankan government troops near Jaffna.", "ASSAULT", "1", "LKA", "LKA")]
    // Cutting trade is a reduction of relations; executing people is violence, executing a plan no event (below).
    [InlineData("Kuwait cut off all trade with Jordan on Wednesday.", "SANCTION", "160", "KWT", "JOR")]
    [InlineData("Sudan executed three Egyptian smugglers on Monday.", "ASSAULT", "180", "SDN", "EGY")]
    // An investigation is aimed at whoever the act it looks into is laid to, not at the act's victims.
    [InlineData("Amnesty International investigated the killing of protesters by Kenyan police.", "ACCUSE", "09", "NGO", "KEN")]
    // With no one accused, an investigation looks into the country where what it investigates happened; an act's
    // nationality adjective says whose act it was.
    [InlineData("A United Nations commission began investigating reports of mass killings in Burundi on Monday.", "ACCUSE", "09", "IGO", "BDI")]
    [InlineData("A UN human rights commission began investigating reports of torture in Peru's prisons.", "ACCUSE", "09", "IGO", "PER")]
    [InlineData("The OAU set up a commission to investigate the South African raid on Lesotho's capital Maseru.", "ACCUSE", "09", "IGO", "ZAF")]
    // What an inquiry looks into names its party before the place a spokesman spoke from does.
    [InlineData("The U.N. human rights office opened an inquiry into abuses committed during the last months of Nepal's civil war, a spokesman said in Geneva.", "ACCUSE", "09", "IGO", "NPL")]
    // A bomb that exploded in a place, no party named: the attack is that country's, on that country's people.
    [InlineData("A bomb exploded in a market in Karachi on Friday, killing 12 people.", "ASSAULT", "183", "PAK", "PAK")]
    // So is one that tore through a city's district named as the city's own, or killed people of no party.
    [InlineData("A car bomb tore through a crowded market in Baghdad's Karrada district on Saturday.", "ASSAULT", "18", "IRQ", "IRQ")]
    [InlineData("A car bomb killed at least 34 people in a crowded market in Mosul on Saturday.", "ASSAULT", "18", "IRQ", "IRQ")]
    // Violence told in the passive with no doer named, or only a kind of doer, was done in the country where it happened;
    // the place may be a described part of a city ("the Basque port of Bilbao", "mostly Christian eastern Sarajevo").
    [InlineData("Three Italian engineers were killed in northern Iraq on Tuesday.", "ASSAULT", "1", "IRQ", "ITA")]
    [InlineData("A policeman was shot dead in the Basque city of Bilbao on Monday.", "ASSAULT", "1", "ESP", "ESP")]
    [InlineData("A local editor has been killed in a bomb explosion in a busy quarter of mostly Christian eastern Sarajevo.", "ASSAULT", "1", "BIH", "BIH")]
    // Not when the phrase before the place names the doer's nationality.
    [InlineData("A militia commander was killed in a Turkish drone strike on his car in Qamishli.", "ASSAULT", "19", "TUR", "")]
    // A crowd massing in or packing a place demonstrates there; an army massing troops mobilizes.
    [InlineData("Tens of thousands of Chileans massed on a highway in Santiago on Friday.", "PROTEST", "141", "CHL", "CHL")]
    [InlineData("Thousands of people packed the main square of Kyiv on Sunday.", "PROTEST", "141", "UKR", "UKR")]
    [InlineData("Iraq massed troops on the Kuwaiti border.", "MOBILIZE", "154", "IRQ", "KWT")]
    // Protesters barricading a bridge, coca growers blocking roads and students boycotting classes protest; so do
    // prisoners refusing food; youths rioting in a city's suburbs are that country's.
    [InlineData("Farmers barricaded a bridge outside Lyon on Sunday.", "PROTEST", "144", "FRA", "FRA")]
    [InlineData("Coca growers blocked highways in Bolivia's Yungas region on Monday.", "PROTEST", "144", "BOL", "BOL")]
    [InlineData("Students in Durban boycotted classes on Monday.", "PROTEST", "143", "ZAF", "ZAF")]
    [InlineData("Opponents of the president blocked streets in Lima on Saturday.", "PROTEST", "144", "PER", "PER")]
    [InlineData("Palestinian prisoners in Israeli jails began refusing food on Monday.", "PROTEST", "142", "PSE", "")]
    [InlineData("Youths rioted in the suburbs of Lyon for a third night.", "PROTEST", "145", "FRA", "FRA")]
    [InlineData("Students marched in Rangoon against Burma's army-backed government.", "PROTEST", "141", "MMR", "MMR")]
    // Giving a party days or hours to act sets a deadline; pulling one's peacekeepers or monitors out of a country ends
    // that involvement there.
    [InlineData("NATO gave the Serb forces ten days to pull back their guns or face air strikes.", "THREATEN", "139", "IGO", "SRB")]
    [InlineData("Belgium began pulling its peacekeepers out of Rwanda on Tuesday.", "SANCTION", "1661", "BEL", "RWA")]
    [InlineData("Canada pulled its election monitors out of Haiti on Friday.", "SANCTION", "1662", "CAN", "HTI")]
    // Expelling another state's forces ends its presence (166), no deportation of persons.
    [InlineData("Chad's junta ordered the French troops stationed in the country to leave by the end of the year.", "SANCTION", "166", "TCD", "FRA")]
    // A region's leaders acting together are its regional body, though the recogniser names only the region's adjective.
    [InlineData("West African leaders threatened fresh economic sanctions on Guinea's junta on Sunday.", "THREATEN", "1312", "IGO", "GIN")]
    [InlineData("Arab foreign ministers condemned the Israeli raid on Tunis.", "ACCUSE", "11", "IGO", "ISR")]
    // People of no named country marching on a place in a country's possession protest there, against that country.
    [InlineData("Thousands of protesters marched on Bangkok's Democracy Monument.", "PROTEST", "14", "THA", "THA")]
    // An arrest with no agent or place named in a story datelined "CITY -" is the dateline country's, on its own people.
    [InlineData("BAMAKO - The opposition leader was arrested at his home on Wednesday, his lawyer said.", "COERCE", "173", "MLI", "MLI")]
    // Handing an envoy a protest note complains formally.
    [InlineData("Jakarta handed Beijing's ambassador a formal protest note on Monday.", "ACCUSE", "114", "IDN", "CHN")]
    // Armed men of no named country acting on a place of one country, or on its officials, are that country's.
    [InlineData("Gunmen fired on the Kenyan foreign minister's motorcade on Sunday.", "ASSAULT", "18", "KEN", "KEN")]
    [InlineData("Gunmen opened fire on the convoy of Chad's defence minister outside N'Djamena on Sunday.", "ASSAULT", "1", "TCD", "TCD")]
    [InlineData("Gunmen stormed an oil platform in the Niger Delta on Friday.", "ASSAULT", "1", "NGA", "NGA")]
    // With no place named, the officials' own country is where the gunmen acted (their country comes from an owner, yet
    // they are no possession of it), and failing that the dateline's.
    [InlineData("Masked gunmen shot dead the deputy governor of Mexico's southern state of Guerrero outside his home on Thursday.", "ASSAULT", "18", "MEX", "MEX")]
    [InlineData("KINDU, Congo - Mai-Mai militiamen armed with spears killed at least 40 villagers, most of them women, in a dawn raid, aid workers said.", "ASSAULT", "18", "COD", "COD")]
    // A car packed with explosives is a bomb: its blast in a place is an attack there, by and on that country.
    [InlineData("A car packed with 100 kg of dynamite exploded outside a police station in Medellin on Friday, killing six people.", "ASSAULT", "18", "COL", "COL")]
    // A blast or attack at a place the gazetteer does not know hit the country the story is datelined in; a relative clause
    // after the blast, and a reporting clause the parser took the whole event for the subject of, leave the blast the verb.
    [InlineData("SARAJEVO - A shell attack by Bosnian Serb gunners on a crowded cafe killed 71 people on Thursday, officials said.", "ASSAULT", "19", "BIH", "BIH")]
    [InlineData("BELFAST - A car bomb packed with some 500 pounds of explosives and left outside a police station in a small County Armagh town exploded before dawn on Monday, injuring eight people and wrecking dozens of homes, police said.", "ASSAULT", "18", "GBR", "GBR")]
    [InlineData("A car packed with dynamite exploded outside a bar in Cali, in an attack blamed on a cartel which is waging war on the state.", "ASSAULT", "18", "COL", "COL")]
    // Prisoners protest against the state whose jails hold them, told by a verb or by a noun.
    [InlineData("Some 300 Moroccan prisoners in Algerian jails began a hunger strike on Monday.", "PROTEST", "14", "MAR", "DZA")]
    [InlineData("More than 300 Moroccan prisoners held in Algerian jails went on hunger strike on Friday.", "PROTEST", "14", "MAR", "DZA")]
    [InlineData("Hundreds of Moroccan prisoners held in Algerian prisons went on hunger strike on Friday.", "PROTEST", "14", "MAR", "DZA")]
    // Breaking off a peace process halts negotiations (164); suspending contacts with a government reduces relations (160).
    [InlineData("Turkey's government broke off its peace process with the PKK on Friday.", "SANCTION", "164", "TUR", "TUR")]
    [InlineData("Australia suspended all ministerial contacts with Fiji's military government on Friday.", "SANCTION", "160", "AUS", "FJI")]
    // An office hyphened to "general" is a noun, and the verb after it the sentence's verb.
    [InlineData("Kenya's attorney-general accused Somali militants on Friday of planning attacks in Nairobi.", "ACCUSE", "11", "KEN", "SOM")]
    // Aid agencies named by their kind are non-governmental organisations.
    [InlineData("Khartoum expelled 13 foreign aid agencies from Darfur on Wednesday.", "SANCTION", "1663", "SDN", "NGO")]
    // People called "ethnic" by a kin state's name live in the state the other party governs, or where it happens.
    [InlineData("Thousands of ethnic Albanian students marched through Skopje on Wednesday.", "PROTEST", "14", "MKD", "MKD")]
    // A proposal rejected is the party's it came from, before a place the sentence names; not a party of a clause under it.
    [InlineData("The Kenyan opposition rejected an offer of talks from President Moi's government, its leader said in London.", "REJECT", "12", "KEN", "KEN")]
    // The mission's state wins over a party the "against" phrase names.
    [InlineData("Spanish protesters rallied outside the U.S. embassy in Madrid on Saturday against the NATO air campaign.", "PROTEST", "14", "ESP", "USA")]
    // A threat is aimed at whom the threatened act would hit, however the parse hangs the infinitive.
    [InlineData("Syria threatened on Monday to attack Jordan if it let Iraqi troops cross its territory.", "THREATEN", "13", "SYR", "JOR")]
    [InlineData("Tunisia threatened to recall its ambassador from Libya over the expulsions.", "THREATEN", "13", "TUN", "LBY")]
    [InlineData("Lebanese negotiators threatened to walk out of the talks with Syria unless the shelling stopped.", "THREATEN", "13", "LBN", "SYR")]
    // "demanded … that X do …": X, the subject of the clause, is the party asked, not what X is asked to release.
    [InlineData("Britain demanded on Thursday that Libya immediately release the British nurses held in Tripoli.", "REQUEST", "10", "GBR", "LBY")]
    // Protesters of no named country protest in the country where they protest.
    [InlineData("Hundreds of Kurds demonstrated in Ankara on Thursday against the arrest of their leaders.", "PROTEST", "14", "TUR", "TUR")]
    // "S V O, a spokesman said": the parse that hangs the main verb as a participle on the subject of "said" still gives
    // an active act by that subject, also when the subject is a number of people ("Thousands of students").
    [InlineData("Chadian troops fired on Libyan army posts near the border on Saturday, a Chadian military spokesman said.", "ASSAULT", "19", "TCD", "LBY")]
    [InlineData("Thousands of students marched through the streets of Caracas on Saturday chanting slogans, police said.", "PROTEST", "14", "VEN", "VEN")]
    // Hijacking an airliner with its passengers is hijacking (181), not seizing property (171).
    [InlineData("Lebanese gunmen hijacked a Kuwaiti airliner on Friday.", "ASSAULT", "181", "LBN", "KWT")]
    // Ordering peacekeepers or aid agencies out ends their presence; a state refusing entry to an envoy declines involvement.
    [InlineData("Somalia ordered United Nations peacekeepers to leave the port of Kismayo on Tuesday.", "SANCTION", "1661", "SOM", "IGO")]
    [InlineData("Burma refused entry to a U.N. human rights envoy on Thursday.", "REJECT", "1245", "MMR", "IGO")]
    // Unrest or fighting that broke out in a place, by and against no one named, is that country's on both sides.
    [InlineData("Riots broke out in Lusaka on Wednesday over a sharp rise in maize prices.", "PROTEST", "145", "ZMB", "ZMB")]
    [InlineData("Fighting erupted in Mogadishu on Monday, witnesses said.", "ASSAULT", "190", "SOM", "SOM")]
    [InlineData("Riots erupted in Caracas over fuel price increases, witnesses said.", "PROTEST", "145", "VEN", "VEN")]
    [InlineData("Croatia ordered the withdrawal of UN peacekeepers from its territory.", "SANCTION", "1661", "HRV", "IGO")]
    // People of a country blocking roads obstruct them in protest, aimed at their own state.
    [InlineData("Belgian truck drivers blocked major highways across the country on Tuesday.", "PROTEST", "144", "BEL", "BEL")]
    // A state's organs seizing things in their own country act on that country; sealing off a territory restricts movement;
    // breaking a ceasefire needs no named victim; going on alert raises alert.
    [InlineData("Kenyan authorities seized 800 farms on Monday under a land resettlement programme, farmers said.", "COERCE", "171", "KEN", "KEN")]
    [InlineData("Israel sealed off the Gaza Strip on Monday.", "COERCE", "191", "ISR", "PSE")]
    // So does sealing a border with another state.
    [InlineData("Hanoi sealed its border with Laos on Friday.", "COERCE", "191", "VNM", "LAO")]
    // Migrant workers deported are deported: the aircraft synonym MIG is no stem of "migrant".
    [InlineData("Thailand began deporting thousands of Burmese migrant workers on Monday.", "COERCE", "174", "THA", "MMR")]
    // Supporters detained are detained, not support withheld (WITHHOLD * SUPPORT in the same verb block).
    [InlineData("More than 200 opposition supporters were detained by riot police in central Minsk on Sunday.", "COERCE", "173", "BLR", "BLR")]
    [InlineData("Ethiopian forces broke the ceasefire near the border on Thursday, Eritrea's Defence Ministry said.", "ASSAULT", "196", "ETH", "")]
    [InlineData("Nigerian police went on full alert in Lagos on Sunday ahead of the elections.", "MOBILIZE", "151", "NGA", "")]
    // A person the entity layer found but could not code is the kind of party the description before the name says,
    // placed by the state acting on it; the main verb hung on the subject of a closing "said" still is the act.
    [InlineData("Police in Nairobi arrested opposition leader Kenneth Matiba and five of his supporters, witnesses said.", "COERCE", "173", "KEN", "KENOPP")]
    // A past form the tagger reads as an adjective before a nationality adjective is still the verb.
    [InlineData("Serbian troops shelled Croatian towns.", "ASSAULT", "19", "SRB", "HRV")]
    // Freezing lending stops economic aid; breaking relations with a party breaks them (not a breach "with" it);
    // placing someone under house arrest detains him.
    [InlineData("The World Bank froze new lending to Zambia on Friday.", "SANCTION", "1621", "IGO", "ZMB")]
    [InlineData("Canada broke diplomatic relations with Libya on Sunday.", "SANCTION", "161", "CAN", "LBY")]
    // A sense one verb of a violent block has alone (BLAST * (FOR …) [111], criticism) is not another verb's.
    [InlineData("French jets bombed rebel bases in northern Chad on Friday in retaliation for the raid on Abeche.", "ASSAULT", "195", "FRA", "TCD")]
    // Withdrawing one's peacekeepers ends their mission; ordering an aid agency out ends its presence; inspectors named
    // after their body ("U.N. weapons inspectors") are the body's.
    [InlineData("The United Nations withdrew its last peacekeepers from Haiti on Friday.", "SANCTION", "1661", "IGO", "HTI")]
    [InlineData("Ethiopia ordered the aid agency Oxfam out of Tigray on Monday.", "SANCTION", "1663", "ETH", "")]
    [InlineData("Syria ordered U.N. weapons inspectors to leave the country on Thursday.", "SANCTION", "1662", "SYR", "IGO")]
    // Protesters of no named country protest where they protest, also when a noun names the protest and the place is
    // in their own phrase; a demonstration whose purpose clause has a clause of its own is still the main act.
    [InlineData("Dockers at the port in Mombasa went on strike on Thursday to demand higher pay.", "PROTEST", "143", "KEN", "KEN")]
    [InlineData("Thousands of students demonstrated in Lagos on Tuesday to demand that the military government resign, witnesses said.", "PROTEST", "14", "NGA", "NGA")]
    // Forces put on alert by no one named are readied by their own state, against the state in dispute with it.
    [InlineData("Bulgarian police were put on high alert across Sofia on Thursday ahead of the rally.", "MOBILIZE", "152", "BGR", "BGR")]
    [InlineData("Cypriot forces were placed on alert on Monday as a dispute with Turkey escalated.", "MOBILIZE", "152", "CYP", "TUR")]
    // An ally or proxy is not its patron: the party is placed where it is.
    [InlineData("Rebels killed the deputy commander of Syria's militia ally in northern Lebanon on Sunday.", "ASSAULT", "18", "", "LBN")]
    // Warships sailing into waters show force; riot police deployed by no one named are the country's where they are;
    // members of a team ordered out are the team ordered out.
    [InlineData("French warships sailed into the Gulf on Monday in a show of force against Iran.", "MOBILIZE", "154", "FRA", "IRN")]
    [InlineData("Thousands of riot police were deployed in central Dhaka on Saturday ahead of the opposition rally.", "MOBILIZE", "153", "BGD", "BGD")]
    [InlineData("Syria ordered all British members of the U.N. weapons inspection team out of the country on Monday.", "SANCTION", "1662", "SYR", "")]
    // Giving a party until a time to act is an ultimatum; crowds pouring into a square demonstrate; suspending a party's
    // membership reduces relations with it.
    [InlineData("President Bush gave Panama until Friday to hand over General Noriega.", "THREATEN", "139", "USA", "PAN")]
    [InlineData("Thousands of students poured into Red Square on Wednesday to demand reforms.", "PROTEST", "141", "RUS", "RUS")]
    [InlineData("The Organization of American States suspended Cuba's membership on Saturday.", "SANCTION", "160", "IGO", "CUB")]
    // An ultimatum wins over what it demands ("to withdraw their heavy weapons"), a counted span before it ("10-day") aside.
    [InlineData("The UN gave the Khmer Rouge a 30-day ultimatum to hand over their heavy weapons or face sanctions.", "THREATEN", "139", "IGO", "")]
    // Forces a state readies against no one named are readied at home; gendarmes and police counted in thousands are police
    // put on alert (151), the count no word between the verb and them.
    [InlineData("Tunisia's government placed thousands of gendarmes and riot police on alert around the capital's mosques on Friday.", "MOBILIZE", "151", "TUN", "TUN")]
    // A threat to walk out of talks held somewhere is aimed at the party of its condition, not at the place.
    [InlineData("Iran threatened to walk out of the Vienna nuclear talks if Washington went ahead with new sanctions.", "THREATEN", "13", "IRN", "USA")]
    // A show of force named by a noun is aimed at the other state where it happens or which it faces.
    [InlineData("North Korea held live-fire artillery exercises off the coast opposite South Korea on Monday.", "MOBILIZE", "150", "PRK", "KOR")]
    [InlineData("Turkish forces began large-scale manoeuvres close to the Syrian border on Monday.", "MOBILIZE", "150", "TUR", "SYR")]
    // A show of force is aimed at the state it warns.
    [InlineData("Britain ordered an aircraft carrier to the Gulf on Tuesday as a warning to Iran.", "MOBILIZE", "154", "GBR", "IRN")]
    [InlineData("The U.S. Sixth Fleet moved three aircraft carriers into the Gulf of Sidra on Sunday in a show of force off the Libyan coast.", "MOBILIZE", "154", "USA", "LBY")]
    [InlineData("Chile's military government placed opposition leader Ricardo Lagos under house arrest on Thursday.", "COERCE", "173", "CHL", "CHL")]
    // A victim no dictionary places, attacked in the attacker's own country, is of that country (Antioquia: a Colombian
    // department, which the gazetteer keeps since Colombia has next to no divisions of the types it keeps first).
    [InlineData("ELN guerrillas kidnapped senator Ramiro Quintana on a road in northern Antioquia province on Sunday.", "ASSAULT", "181", "COL", "COL")]
    // A body that leads or backs forces in a hyphenated word is whose they are.
    [InlineData("UN-backed forces attacked rebel positions in Sierra Leone on Monday.", "ASSAULT", "19", "IGO", "SLE")]
    // A mobilization along a border faces the neighbour it names.
    [InlineData("Sudan deployed tanks and troops along its border with Chad on Monday.", "MOBILIZE", "15", "SDN", "TCD")]
    // Troops deployed into another state's region are a show of force against it (DEPLOY's own reading of its troops, 154).
    [InlineData("Russia deployed more paratroopers to the breakaway Georgian region of Abkhazia on Friday.", "MOBILIZE", "154", "RUS", "GEO")]
    // Deploying forces is a show of force, whatever word names them first; "the Commonwealth" is the Commonwealth of Nations.
    [InlineData("Morocco deployed tanks and several thousand troops along its border with Algeria.", "MOBILIZE", "154", "MAR", "DZA")]
    [InlineData("The Commonwealth suspended Fiji's membership on Monday after the coup.", "SANCTION", "16", "IGO", "FJI")]
    // A place a country is said to rule stands for its ruler.
    [InlineData("Argentine troops occupied the British-ruled South Georgia island on Saturday.", "COERCE", "192", "ARG", "GBR")]
    [InlineData("Pakistani troops shelled Indian-controlled Kashmir on Monday.", "ASSAULT", "19", "PAK", "IND")]
    // The Gulf Cooperation Council by name is the Gulf body Phoenix codes by its secretary-general (IGOPGSGCC), no NGO.
    [InlineData("The Gulf Cooperation Council on Monday condemned Iraq's invasion of Kuwait.", "ACCUSE", "11", "IGO", "IRQ")]
    // Breaking off talks is with the party the talks are with, over a party of what the quarrel is about.
    [InlineData("Palestinian negotiators broke off peace talks with Israel on Tuesday over the expansion of a Jewish settlement near Hebron.", "SANCTION", "164", "PSE", "ISR")]
    // The U.N. General Assembly is the United Nations, not a legislature of no state.
    [InlineData("The U.N. General Assembly on Friday condemned Indonesia's annexation of East Timor.", "ACCUSE", "11", "IGO", "IDN")]
    // Students occupying a building obstruct it in protest; only armed men occupy territory.
    [InlineData("Thousands of students occupied the parliament building in Seoul on Tuesday.", "PROTEST", "144", "KOR", "KOR")]
    // A body named with one country's nationality is that country's, whatever namesake the linker found for its head.
    [InlineData("The Philippine Senate rejected a treaty with the United States on Monday.", "REJECT", "12", "PHL", "USA")]
    // A refusal to hand over is aimed at whom it would go to, also when a phrase parts the refusal from its infinitive.
    [InlineData("Sudan refused on Monday to hand over Ahmad Harun to the International Criminal Court.", "REJECT", "12", "SDN", "IGO")]
    [InlineData("Iran refused on Thursday to let United Nations inspectors visit the site.", "REJECT", "12", "IRN", "IGO")]
    // Deputies are members of a parliament, and a demand rejected is the party's it came from.
    [InlineData("Turkey's prime minister ruled out demands by Kurdish deputies for Kurdish-language schooling on Tuesday.", "REJECT", "12", "TUR", "TURLEG")]
    // A refusal to admit is aimed at whom it keeps out, not at the place it keeps them out of.
    [InlineData("Israel refused on Tuesday to let a U.N. fact-finding team into the Jenin refugee camp.", "REJECT", "12", "ISR", "IGO")]
    // Aid halted in the passive with no agent named is its giver's, to the party its "to" names.
    [InlineData("Japanese aid to Burma was frozen after the coup.", "SANCTION", "162", "JPN", "MMR")]
    // Refusing to lift an embargo refuses to ease it; rejecting a trade zone rejects economic cooperation, not a cut in trade.
    [InlineData("Officials at the White House ruled out lifting the trade embargo on Cuba this year.", "REJECT", "1244", "USA", "CUB")]
    [InlineData("Brazil rejected Washington's proposed free trade zone on Saturday.", "REJECT", "1211", "BRA", "USA")]
    // Suspending a loan stops economic aid (the CANCEL block's AID [162] names no loan); breaking off talks halts them.
    [InlineData("The World Bank suspended a 90 million dollar loan to Malawi on Friday.", "SANCTION", "1621", "IGO", "MWI")]
    [InlineData("The World Bank postponed a 90 million dollar loan to Malawi on Friday.", "SANCTION", "1621", "IGO", "MWI")]
    [InlineData("The rebels broke off peace talks with the government of Mozambique on Tuesday.", "SANCTION", "164", "MOZ", "MOZ")]
    // Closing crossing points restricts movement against the country across the border, whatever the parse made of "crossing".
    [InlineData("India has closed all but two of the crossing points on its border with Nepal.", "COERCE", "191", "IND", "NPL")]
    [InlineData("Thailand closed a border crossing with Cambodia on Friday.", "COERCE", "191", "THA", "KHM")]
    // Sealing them does too (SEAL * CROSSINGS).
    [InlineData("Israel sealed all crossings into the Gaza Strip on Wednesday.", "COERCE", "191", "ISR", "PSE")]
    // Suspending a state from a bloc reduces relations; freezing part of one's aid to a state stops aid to it.
    [InlineData("Mercosur suspended Paraguay from the South American trade bloc on Friday.", "SANCTION", "160", "IGO", "PRY")]
    [InlineData("Sweden froze part of its aid to Uganda on Tuesday.", "SANCTION", "162", "SWE", "UGA")]
    // Ordering a party to leave expels it, also past a long apposition or a relative clause: a peacekeeping mission (1661),
    // inspectors (1662), aid agencies (1663), diplomats (161).
    [InlineData("Sudan ordered at least ten foreign aid agencies, including Oxfam and Medecins Sans Frontieres, to leave the country.", "SANCTION", "1663", "SDN", "NGO")]
    [InlineData("Chad has ordered the U.N. peacekeeping mission in its east, which protects some 250,000 refugees, to pull out by mid-March.", "SANCTION", "1661", "TCD", "IGO")]
    [InlineData("Britain ordered the Soviet diplomats, who had been accused of spying, to go home.", "SANCTION", "161", "GBR", "SUN")]
    [InlineData("Iraq ordered the American inspectors, who had searched a palace on Monday, to leave the country.", "SANCTION", "1662", "IRQ", "USA")]
    // Suspending an observer mission withdraws the observers from the country they watch.
    [InlineData("The Arab League suspended its observer mission in Syria on Saturday.", "SANCTION", "1661", "IGO", "SYR")]
    // Ordering a trade ban imposes an embargo; ordering a party's dissolution bans it.
    [InlineData("President Reagan on Tuesday ordered a ban on all trade with Libya.", "COERCE", "163", "USA", "LBY")]
    [InlineData("An Algiers court on Wednesday ordered the dissolution of the Islamic Salvation Front.", "COERCE", "1724", "DZA", "DZA")]
    // Beating a person is a physical assault, also in the past tense spelled as the base form.
    [InlineData("HARARE - Youths loyal to President Robert Mugabe's ZANU-PF beat an opposition councillor unconscious outside his home in Mutare on Sunday.", "ASSAULT", "182", "ZWE", "ZWE")]
    // Prisoners of no state protest as people of the state whose jails hold them, told by a verb or by a noun kept up.
    [InlineData("Hundreds of Kurdish prisoners in Turkish jails went on hunger strike on Monday.", "PROTEST", "142", "TUR", "TUR")]
    [InlineData("Hundreds of Kurdish prisoners in Turkish jails entered the 55th day of a hunger strike on Monday.", "PROTEST", "142", "TUR", "TUR")]
    // Muslims named by agent words or by a group's name (MUS, also Mauritius's code) are of the state acting on them.
    [InlineData("Turkey's Constitutional Court banned the Islamist Welfare Party on Friday.", "COERCE", "1722", "TUR", "TUR")]
    [InlineData("Pakistan's military government banned five militant Islamic groups on Saturday.", "COERCE", "172", "PAK", "PAK")]
    // Finding a party guilty past a long object, or with "guilty" misparsed, is 116; a court that finds guilty no party of a
    // named country acts at home.
    [InlineData("MOSCOW - A Moscow court found three members of the feminist punk band Pussy Riot guilty of hooliganism on Friday.", "ACCUSE", "116", "RUS", "RUS")]
    // An investigation is aimed at the foreign party its "into" phrase says did what is investigated.
    [InlineData("An Argentine federal judge opened an investigation on Monday into allegations that British paratroopers executed wounded prisoners.", "ACCUSE", "09", "ARG", "GBR")]
    // A state's challengers it talks with, placed only by the talks' venue or not at all, are its own.
    [InlineData("Sudan's government delegation walked out of peace talks with southern rebels in Nairobi on Monday.", "SANCTION", "164", "SDN", "SDN")]
    [InlineData("MANAGUA - Nicaragua's Sandinista government on Wednesday again ruled out direct negotiations with the U.S.-backed contra rebels.", "REJECT", "125", "NIC", "NIC")]
    // Seizing property another state's companies run or own acts on that state.
    [InlineData("Venezuela seized control of four heavy-oil projects in the Orinoco belt run by U.S. companies on Tuesday.", "COERCE", "192", "VEN", "USA")]
    [InlineData("Venezuelan troops took over two rice-processing plants owned by a subsidiary of a U.S. agribusiness group.", "COERCE", "171", "VEN", "USA")]
    // Making an aid agency halt its operations in the country expels it.
    [InlineData("Niger's government ordered the medical charity Medecins Sans Frontieres to halt its operations in the southern Maradi region.", "SANCTION", "1663", "NER", "NGO")]
    // A threat or a refusal that names no other party is aimed at the party of the talks it would end or rules out.
    [InlineData("The Tamil Tiger rebels threatened on Tuesday to pull out of peace talks with Colombo.", "THREATEN", "134", "LKA", "LKA")]
    [InlineData("Prime Minister Yitzhak Shamir ruled out on Sunday any negotiations with the Palestine Liberation Organisation.", "REJECT", "125", "ISR", "PSE")]
    // A passive conjunct shares the first one's patient; a town councillor is local government.
    [InlineData("Three Nigerian traders were robbed and beaten to death by a mob in a township near Pretoria on Friday.", "ASSAULT", "18", "ZAF", "NGA")]
    [InlineData("A Socialist town councillor was shot dead by suspected ETA gunmen outside his home on Friday.", "ASSAULT", "180", "ESP", "ESPGOV")]
    // An organisation named as a body of its members is coded by the members.
    [InlineData("The Congress of South African Trade Unions threatened on Monday to call a general strike unless the government froze fuel prices.", "THREATEN", "13", "ZAFLAB", "ZAFGOV")]
    // What is fired on may hang on the weapon of a "with" phrase.
    [InlineData("North Korean soldiers opened fire with rifles and machine guns on South Korean guard posts on Sunday, the defence ministry in Seoul said.", "ASSAULT", "19", "PRK", "KOR")]
    // A person said to belong to a group is the group's, not a civilian.
    [InlineData("A woman suicide bomber suspected of belonging to the Tamil Tigers blew herself up outside a navy base in Trincomalee on Friday, killing six sailors, police said.", "ASSAULT", "18", "LKAREB", "LKA")]
    // Prisoners in another state's jails protest against it, also through a verb they began and a strike they kept up.
    [InlineData("More than 900 Palestinian prisoners in Israeli jails began refusing food on Sunday.", "PROTEST", "142", "PSE", "ISR")]
    [InlineData("Some 800 Palestinian prisoners in Israeli jails pressed ahead with their hunger strike on Sunday.", "PROTEST", "142", "PSE", "ISR")]
    // A union centre named a congress is labour, not a legislature.
    [InlineData("The Ghana Trades Union Congress threatened on Monday to call a general strike unless the government raised wages.", "THREATEN", "13", "GHALAB", "")]
    // Suspending budget support or defence cooperation stops aid; cooperation suspended is no cooperation.
    [InlineData("Sweden suspended budget support to Zambia on Tuesday.", "SANCTION", "1621", "SWE", "ZMB")]
    [InlineData("New Zealand suspended defence cooperation with Tonga on Friday.", "SANCTION", "1622", "NZL", "TON")]
    // Authorities named by their kind acting on a group of one state's society are that state's; security agents are police.
    [InlineData("Security agents arrested a Nicaraguan student leader on Tuesday.", "COERCE", "173", "NICCOP", "NICEDU")]
    // Rebuffing an appeal rejects it (the REBUFF block's default, 110, is for a snub of a party).
    [InlineData("Washington rebuffed Haiti's appeal for troops on Monday.", "REJECT", "12", "USA", "HTI")]
    // Armed men of no named state a state fights at home are its own, Muslim militants too.
    [InlineData("Indian troops killed four militants in a gunbattle in Kashmir.", "ASSAULT", "19", "IND", "IND")]
    [InlineData("Indian troops killed three suspected Muslim militants in a village near Srinagar.", "ASSAULT", "19", "IND", "IND")]
    // Beating a candidate with something is an assault, not the electoral defeat BEAT * CANDIDATE reads.
    [InlineData("Kenyan police beat an opposition candidate with batons in Nairobi on Monday.", "ASSAULT", "182", "KEN", "KEN")]
    // A group of one state's society that another of its groups attacks is of that state.
    [InlineData("SUVA (AFP) - Backers of the rebels who seized Fiji's parliament beat up Indo-Fijian cane farmers with clubs and iron bars in villages west of the capital, police said.", "ASSAULT", "182", "FJIREB", "FJIAGR")]
    // Protesters who call off their strike ease dissent against their own state (082, PLOVER CONCEDE).
    [InlineData("Striking dockworkers in Chile's port of Valparaiso called off their strike on Monday.", "CONCEDE", "082", "CHL", "CHL")]
    // A march through the country's own capital is held there, not aimed at it; one staged on a foreign embassy is aimed at
    // the embassy's state, by people of the city's; protesters gathering outside an embassy demonstrate.
    [InlineData("Thousands of opposition supporters marched through Zambia's capital on Saturday demanding the resignation of the electoral commission chairman.", "PROTEST", "14", "ZMB", "ZMB")]
    [InlineData("Hundreds of left-wing students staged a march on the U.S. embassy in Lisbon on Tuesday, police said.", "PROTEST", "141", "PRT", "USA")]
    [InlineData("Hundreds of Filipino protesters gathered outside the Chinese embassy in Manila on Tuesday.", "PROTEST", "141", "PHL", "CHN")]
    // People expelled for the international body they serve are the body's; a treaty suspended breaks relations; halting
    // the delivery of weapons stops military aid.
    [InlineData("Ethiopia expelled the Canadian head of the U.N. monitoring mission on Friday.", "SANCTION", "166", "ETH", "IGO")]
    [InlineData("Chad expelled the Belgian medical charity Medecins Sans Frontieres on Friday.", "SANCTION", "1663", "TCD", "NGO")]
    [InlineData("Morocco suspended its friendship treaty with the Netherlands on Thursday.", "SANCTION", "161", "MAR", "NLD")]
    // Lending cut back stops economic aid; the Inter-American Commission on Human Rights is the OAS's.
    [InlineData("The Asian Development Bank cut back its lending to Myanmar on Tuesday.", "SANCTION", "1621", "IGO", "MMR")]
    [InlineData("The Inter-American Commission on Human Rights criticised Venezuela on Friday.", "ACCUSE", "11", "IGOOAS", "VEN")]
    // An embassy's staff ordered out are its diplomats: relations cut.
    [InlineData("Estonia ordered two Russian embassy staff to leave the country on Monday.", "SANCTION", "161", "EST", "RUS")]
    [InlineData("Germany halted the delivery of missiles to Turkey on Monday.", "SANCTION", "1622", "DEU", "TUR")]
    // Closing a canal a party could close if another acts threatens that other party.
    [InlineData("Egypt would close the Suez Canal to Israeli shipping if Israel attacked Syria, an Egyptian official said.", "THREATEN", "138", "EGY", "ISR")]
    // A law a government will not repeal, or rules out repealing, is a refusal to its own people; a mediator not accepted
    // is mediation rejected (126).
    [InlineData("Kenya's government will not repeal the new security law, the interior minister said on Friday.", "REJECT", "124", "KEN", "KEN")]
    [InlineData("Nepal's prime minister ruled out repealing the citizenship law on Monday.", "REJECT", "124", "NPL", "NPL")]
    [InlineData("Azerbaijan will not accept Iran as a mediator in its talks with Armenia, an aide said.", "REJECT", "126", "AZE", "IRN")]
    // A body named by an intergovernmental organisation's name and more words is that organisation's; "the country's" party
    // is the actor's state's; "the government" an envoy of the U.N. addresses is the one state named.
    [InlineData("Armenia called on the OSCE Minsk Group on Friday to step up its mediation.", "REQUEST", "02", "ARM", "IGO")]
    [InlineData("Nigeria's president appealed to the country's main labour federation on Monday to call off its strike.", "REQUEST", "02", "NGA", "NGA")]
    [InlineData("The UN envoy to Sudan urged the government on Monday to open humanitarian corridors.", "REQUEST", "02", "IGO", "SDN")]
    // Bringing people onto the streets demonstrates; asset freezes imposed are sanctions.
    [InlineData("Hungarian unions brought 50,000 people onto the streets of Budapest on Saturday against the labour law.", "PROTEST", "141", "HUN", "HUN")]
    [InlineData("The European Union imposed an asset freeze on Belarusian officials on Monday.", "COERCE", "163", "IGO", "BLR")]
    // Telling a party to do something demands it; brushing off demands rejects them; unidentified attackers are armed men
    // of the place they attack in.
    [InlineData("Uganda's president told opposition supporters on Tuesday to end their street protests in Kampala.", "REQUEST", "10", "UGA", "UGA")]
    [InlineData("Guinea's president brushed off opposition demands on Monday that he step down.", "REJECT", "12", "GIN", "GIN")]
    [InlineData("Unidentified attackers shot dead a Burundian journalist outside his home in Bujumbura on Sunday.", "ASSAULT", "18", "BDI", "BDI")]
    // Ending an armed campaign de-escalates.
    [InlineData("Rebels in southeastern Turkey ended their armed campaign on Friday.", "RETREAT", "087", "TUR", "TUR")]
    // An instruction told to a party demands it, whatever the reporting frame hung on the verb; refusing to free a captive
    // named by a pronoun refuses the one held; people ordered out of a city are expelled; power handed back changes the
    // leadership; charges levelled accuse.
    [InlineData("Zimbabwe's president told opposition supporters on Monday to end their sit-in outside parliament, state radio reported.", "REQUEST", "100", "ZWE", "ZWE")]
    [InlineData("Islamist rebels holding two French journalists in Mali refused on Monday to free them, a mediator said.", "REJECT", "124", "", "FRA")]
    [InlineData("Russia ordered the remaining staff of the OSCE mission out of Moscow on Friday.", "SANCTION", "1661", "RUS", "IGO")]
    [InlineData("Mali's junta leader handed power back to a civilian president on Monday.", "CONCEDE", "0831", "MLI", "")]
    [InlineData("Human Rights Watch levelled charges of torture against Egyptian police in a report issued on Tuesday.", "ACCUSE", "112", "NGO", "EGY")]
    // A warning of what the speaker, named again by a pronoun, could do is aimed at the party the act would hit; armed men
    // killed on the outskirts of a city are of its state; refugees from a state refused are that state's.
    [InlineData("Vanuatu's prime minister warned on Monday he could order the Australian-led police mission out of the country.", "THREATEN", "13", "VUT", "AUS")]
    [InlineData("Colombian soldiers killed nine drug traffickers on the outskirts of Medellin on Sunday.", "ASSAULT", "19", "COL", "COL")]
    [InlineData("Hungary refused on Monday to take in any refugees from Syria.", "REJECT", "12", "HUN", "SYR")]
    // Travel bans imposed are sanctions ("travel" is no verb there); a crowd rallying in support of others demonstrates; an
    // international office made to withdraw its staff is put out.
    [InlineData("Canada imposed travel bans on senior Venezuelan officials on Friday.", "COERCE", "163", "CAN", "VEN")]
    [InlineData("Thousands of Canadians rallied outside the Indian consulate in Vancouver on Sunday in support of protesting farmers.", "PROTEST", "141", "CAN", "IND")]
    [InlineData("Burundi ordered the UN human rights office to withdraw its foreign staff from Bujumbura.", "SANCTION", "1661", "BDI", "IGO")]
    // A sum "in" aid suspended or frozen cuts that aid; broadcasters ordered off the air are silenced; a ceasefire ordered is
    // declared; captured soldiers handed over are released.
    [InlineData("Washington suspended $300 million in security assistance to Egypt on Tuesday.", "SANCTION", "1622", "USA", "EGY")]
    [InlineData("Sweden has frozen $20 million in development aid to Zambia.", "SANCTION", "1621", "SWE", "ZMB")]
    [InlineData("Ecuador's broadcasting regulator ordered two opposition radio stations off the air on Monday.", "COERCE", "1721", "ECU", "ECU")]
    [InlineData("Sudan's army chief ordered a ceasefire in Darfur on Sunday.", "RETREAT", "0871", "SDN", "SDN")]
    [InlineData("Armenia handed four Azerbaijani soldiers captured during the summer fighting over to Azerbaijan on Friday.", "RETREAT", "0841", "ARM", "AZE")]
    // Defending a party against criticism is political support; a refusal in the face of a demand is aimed at who made it.
    [InlineData("Hungary's prime minister defended Poland against criticism from Brussels on Friday.", "SUPPORT", "052", "HUN", "POL")]
    [InlineData("Turkey refused on Friday to withdraw its troops from northern Iraq despite a demand from Baghdad.", "REJECT", "12", "TUR", "IRQ")]
    // A threat, an inquiry, a veto, a demand with no party named: the first other state the threatened act names, however
    // deep; the actor's own state when the sentence names no other; for a release demanded, whoever holds the people.
    [InlineData("Venezuela's navy chief threatened on Monday to blockade oil platforms operated under concessions from neighbouring Guyana.", "THREATEN", "13", "VEN", "GUY")]
    [InlineData("Zimbabwe's police commissioner warned that officers would deal ruthlessly with anyone who joined a planned shutdown.", "THREATEN", "13", "ZWE", "ZWE")]
    [InlineData("Cambodia's anti-corruption unit opened an investigation on Monday into the sale of land concessions.", "ACCUSE", "09", "KHM", "KHM")]
    [InlineData("Brazil's president vetoed a bill on Friday that would have raised pensions.", "REJECT", "129", "BRA", "BRA")]
    [InlineData("Spain demanded the immediate release of two Spanish trawlers seized by Somali pirates in the Indian Ocean.", "REQUEST", "10", "ESP", "SOM")]
    // Civilians throwing stones at the police riot (145); a seizure of property or a cut of the internet ordered is done
    // through the officials ordered.
    [InlineData("Youths hurled stones and petrol bombs at riot police in the suburbs of Lyon on Saturday night.", "PROTEST", "145", "FRA", "FRA")]
    [InlineData("Thousands of Chilean students hurled rocks at riot police in central Santiago on Thursday.", "PROTEST", "145", "CHL", "CHL")]
    [InlineData("Kenya's government ordered the seizure of 300 farms owned by foreign companies.", "COERCE", "1711", "KEN", "KEN")]
    [InlineData("Ethiopia's government ordered telecom operators to shut internet services in the Amhara region on Monday.", "COERCE", "1721", "ETH", "ETH")]
    // An intent, a retreat or a release read as aimed at the actor's own things is aimed at the other state its clause names.
    [InlineData("Armenia is ready to pull its artillery back from the front line facing Azerbaijani troops, the defence ministry said.", "AGREE", "0356", "ARM", "AZE")]
    [InlineData("Indonesia handed back 30 fishing boats seized from Vietnamese fishermen on Friday.", "RETREAT", "0842", "IDN", "VNM")]
    [InlineData("Philippine rebels freed three Indonesian sailors on Jolo island on Sunday.", "RETREAT", "0841", "PHL", "IDN")]
    // A crowd burning property in a nationality's town riots against its own state, also placed by its own phrase or a quarter
    // of a city; a union's former member is the state named after "republic of"; the forces of a coup are those of the state
    // it happened in; Muslims of a kind are placed as that kind; a span of time given to act is an ultimatum.
    [InlineData("Rioters set fire to banks in the northern Jordanian town of Irbid on Sunday, witnesses said.", "PROTEST", "145", "JOR", "JOR")]
    [InlineData("Youths in the western Algerian town of Tiaret hurled stones at police on Monday.", "PROTEST", "145", "DZA", "DZA")]
    [InlineData("Protesters looted shops in the Delmas district of Port-au-Prince on Friday.", "PROTEST", "145", "HTI", "HTI")]
    [InlineData("Russia imposed a trade embargo on the former Soviet republic of Moldova on Friday.", "COERCE", "163", "RUS", "MDA")]
    [InlineData("Nigeria condemned the military coup in neighbouring Niger on Thursday.", "ACCUSE", "111", "NGA", "NERMIL")]
    [InlineData("Islamist militants attacked an army post in Mali's northern Kidal region on Sunday.", "ASSAULT", "18", "MLI", "MLI")]
    [InlineData("Chad's army gave the rebels 72 hours to leave the town of Abeche on Tuesday.", "THREATEN", "139", "TCD", "TCD")]
    // Workers downing tools strike.
    [InlineData("Thousands of dock workers downed tools in the port of Durban on Monday.", "PROTEST", "143", "ZAF", "ZAF")]
    // A rejection of one's own leader's offer is aimed at him; "Berber" activists are no town's.
    [InlineData("Sudanese rebels dismissed President Omar al-Bashir's offer of a truce on Friday.", "REJECT", "12", "SDN", "SDN")]
    [InlineData("Morocco's government rejected demands from Berber activists in the Rif that their language be taught in schools.", "REJECT", "12", "MAR", "MAR")]
    // An inquiry is not into the news agency of the closing attribution, nor into a neighbour whose border is named.
    [InlineData("Argentina's federal prosecutors opened an investigation into allegations that a former minister took bribes, according to documents seen by Reuters.", "ACCUSE", "09", "ARG", "ARG")]
    [InlineData("Greek prosecutors opened an investigation on Monday into a shooting near the Turkish border.", "ACCUSE", "09", "GRC", "GRC")]
    public void Codes_the_conflictive_act(string text, string plover, string code, string source, string target)
    {
        var v = Assert.Single(Code(text).Events, e => e.Plover?.Type == plover);
        Assert.StartsWith(code, v.Cameo.Code);
        Assert.StartsWith(source, v.Source!.Code);
        if (target.Length > 0) Assert.StartsWith(target, v.Target!.Code);
    }

    [Theory]
    // The act a demand or a threat names is asked or threatened, not done: one event, the demand or the threat, whose
    // kind and party the named act gives.
    [InlineData("Libya threatened a naval blockade of Malta on Sunday.", "1381", "LBY", "MLT")]
    [InlineData("Lebanon demanded Syria's complete withdrawal from the Bekaa valley.", "", "LBN", "SYR")]
    [InlineData("Ethiopia demanded Somalia's withdrawal from the Ogaden on Friday.", "", "ETH", "SOM")]
    // A light verb and its noun are one act: "imposed an embargo" is the embargo (163), not coercion beside it.
    [InlineData("Japan imposed a trade embargo on North Korea.", "163", "JPN", "PRK")]
    // An act named in a threat's condition did not happen: one event, the threat.
    [InlineData("Venezuela warned it would cut diplomatic ties with Colombia if Bogota carried out another raid.", "1313", "VEN", "COL")]
    public void Codes_one_event_for_an_act_and_what_it_names(string text, string code, string source, string target)
    {
        var v = Assert.Single(Code(text).Events);
        Assert.StartsWith(code, v.Cameo.Code);
        Assert.StartsWith(source, v.Source!.Code);
        Assert.StartsWith(target, v.Target!.Code);
    }

    [Theory]
    [InlineData("The Peruvian army executed the plan on Monday.")]
    [InlineData("Bolivian generals executed a rapid withdrawal from the plateau.")]
    // PRESS * ON [190] is pressing on with an attack, a sense DEMAND, in PRESS's block, does not share.
    [InlineData("Guatemala demanded the immediate opening of negotiations with Belize on sovereignty over the disputed islands.")]
    // Beating a candidate in an election is no assault.
    [InlineData("The ruling party's candidate beat the opposition candidate in the Kenyan election.")]
    public void Executing_a_plan_or_a_manoeuvre_is_no_violence(string text) =>
        Assert.DoesNotContain(Code(text).Events, e => e.Plover?.Type == "ASSAULT");

    [Fact]
    public void A_suspect_described_as_wanted_is_no_demand()
    {
        var events = Code("Thailand extradited a British businessman wanted for fraud to London on Friday.").Events;
        Assert.Equal("063", Assert.Single(events).Cameo.Code);
    }

    [Theory]
    // Administrative sanctions restrict everyone under the doer's rule: they are acts with no party named.
    [InlineData("The Bolivian government declared a state of emergency on Tuesday.", "1724", "BOL")]
    [InlineData("The Nigerian military government banned all political meetings.", "172", "NGA")]
    // Refusing to withdraw one's own forces is a refusal to yield (124), with no other party named.
    [InlineData("Turkey refused to withdraw its troops.", "124", "TUR")]
    [InlineData("The Ugandan army threatened to impose a curfew.", "1323", "UGA")]
    public void Codes_an_act_that_needs_no_target(string text, string code, string source)
    {
        var v = Assert.Single(Code(text).Events);
        Assert.StartsWith(code, v.Cameo.Code);
        Assert.StartsWith(source, v.Source!.Code);
    }

    [Theory]
    // A threat of administrative sanctions is aimed at the threatener's own state, named in the mention, elsewhere in the
    // sentence or by the dateline, whoever the condition names.
    [InlineData("Lahore's police chief threatened to impose a curfew on several neighbourhoods if the gun battles did not stop.", "1323", "PAK")]
    [InlineData("BISHKEK (AFP) - The mayor threatened to impose a curfew if ethnic gangs returned to the streets.", "1323", "KGZ")]
    [InlineData("The government in Lima threatened to declare a state of emergency unless Maoist rebels ended their attacks.", "1324", "PER")]
    public void A_threat_of_administrative_sanctions_is_aimed_at_the_threatener_s_own_state(string text, string code, string state)
    {
        var v = Assert.Single(Code(text).Events, e => e.Plover?.Type == "THREATEN");
        Assert.Equal(code, v.Cameo.Code);
        Assert.Equal(state, v.Target!.Code);
    }

    [Fact]
    public void A_threat_told_as_done_is_the_actor_s_act_whoever_reports_it()
    {
        // The other side's officials report a deadline that was given; they accuse no one of an intent.
        var v = Assert.Single(Code("Kenya gave Uganda 48 hours to withdraw its troops from the border, Ugandan officials said.").Events);
        Assert.Equal(("139", "KEN", "UGA"), (v.Cameo.Code, v.Source!.Code![..3], v.Target!.Code![..3]));
        // An intent reported by the other side stays its accusation.
        Assert.Equal("112", Assert.Single(Code("Libya is planning to attack Chad, a French official said.").Events).Cameo.Code);
    }

    [Fact]
    public void A_threat_dated_before_its_infinitive_is_coded_by_what_it_threatens()
    {
        // The parse hangs "to cut off" on "threatened" as a purpose clause past "on Monday".
        var v = Assert.Single(Code("Belgium threatened on Monday to cut off all development aid to Zaire.").Events);
        Assert.Equal(("1311", "BEL", "COD"), (v.Cameo.Code, v.Source!.Code![..3], v.Target!.Code![..3]));
    }

    [Fact]
    public void A_place_of_a_state_not_yet_independent_is_in_the_state_it_seceded_from()
    {
        const string text = "Sudanese rebels shelled the southern town of Juba on Sunday, relief officials said.";
        Document At(int year)
        {
            var article = new Article { Id = "t", Text = text, Paragraphs = Article.ParagraphsOf(text), Published = new DateTimeOffset(year, 3, 1, 0, 0, 0, TimeSpan.Zero) };
            return EventComponents.Events().Process(EventComponents.Dates().Process(Upstream.Run(Document.From(article))));
        }
        Assert.StartsWith("SDN", Assert.Single(At(1994).Events, e => e.Plover?.Type == "ASSAULT").Target!.Code);
        Assert.StartsWith("SSD", Assert.Single(At(2014).Events, e => e.Plover?.Type == "ASSAULT").Target!.Code);
    }

    [Fact]
    public void A_relative_clause_in_the_simple_present_characterises_a_party()
    {
        // "which advocates Israel's destruction" says what Hamas stands for; the threat is the event.
        var doc = Code("Israel threatened to ban voting in East Jerusalem if Hamas, which advocates Israel's destruction, ran in the election.");
        Assert.DoesNotContain(doc.Events, e => e.Plover?.Type == "REQUEST");
        Assert.Contains(doc.Events, e => e.Plover?.Type == "THREATEN");
    }

    [Fact]
    public void A_participle_after_a_law_states_its_content()
    {
        // The parliament's concession is the event; "recognizing" says what the law says.
        var doc = Code("The Croatian parliament approved a special law recognizing opposition victories in local elections on Tuesday.");
        Assert.DoesNotContain(doc.Events, e => e.Cameo.Code == "051");
    }

    [Fact]
    public void Parties_found_guilty_of_violating_a_ceasefire_each_violated_it()
    {
        var doc = Code("Both the Philippine army and the Moro Islamic Liberation Front are guilty of violating the truce, according to church monitors.");
        var violations = doc.Events.Where(e => e.Cameo.Code == "196").ToList();
        Assert.Contains(violations, v => v.Source!.Code == "PHLMIL");
        Assert.Contains(violations, v => v.Source!.Code == "PHLREB");
    }

    [Theory]
    [InlineData("The Ugandan army was responsible for shelling the market in Gulu.", "190")]
    [InlineData("The Ugandan army is guilty of violating the ceasefire.", "196")]
    public void An_act_a_party_is_held_responsible_or_guilty_for_is_its_act(string text, string code)
    {
        var v = Assert.Single(Code(text).Events, e => e.Cameo.Code == code);
        Assert.Equal("UGAMIL", v.Source!.Code);
    }

    [Fact]
    public void Being_able_to_attack_is_not_being_guilty_of_an_attack()
    {
        // "ready for", "known for" predicates are no blame: only guilty/culpable/responsible lend the act to their subject.
        Assert.DoesNotContain(Code("The Ugandan army is famous for defending the ceasefire lines.").Events, e => e.Cameo.Root is "18" or "19" or "20");
    }

    [Fact]
    public void A_mediation_put_on_hold_is_halted_and_days_to_vacate_a_base_expel()
    {
        var hold = Code("Norway put its role as peace facilitator in Sri Lanka on hold, the foreign ministry in Oslo said.").Events.Single(v => v.Cameo.Code == "165");
        Assert.Equal(("NOR", "LKA", "SANCTION"), (hold.Source!.Code, hold.Target!.Code, hold.Plover!.Type));
        var vacate = Code("Uzbekistan gave the United States 180 days to vacate the Karshi-Khanabad air base.").Events.Single(v => v.Cameo.Code == "166");
        Assert.Equal(("UZB", "USA"), (vacate.Source!.Code, vacate.Target!.Code));
        // Days to withdraw weapons are an ultimatum, no expulsion.
        Assert.DoesNotContain(Code("NATO gave Bosnian Serb forces ten days to withdraw their heavy guns from around Sarajevo.").Events, v => v.Cameo.Code == "166");
    }

    [Theory]
    // Where the leader told the news is no party to the truce.
    [InlineData("The Kurdistan Workers Party (PKK) declared a unilateral ceasefire, its leader told a news conference in Lebanon's Bekaa Valley on Wednesday.", "TURREB", "TUR")]
    [InlineData("Colombia's ELN guerrilla group declared a unilateral ceasefire over the holidays, as talks with the government in Havana remained frozen.", "COLREB", "COL")]
    // Read with the closing "Interfax news agency reported" as the sentence's frame, not as a clause of the ceasefire.
    [InlineData("MOSCOW, May 12 (Reuters) - Armenia and Azerbaijan declared a ceasefire in the six-year war over Nagorno-Karabakh from midnight on Thursday, following talks brokered by the Russian defence minister, Interfax news agency reported, in a conflict that has killed thousands.", "ARM", "AZE")]
    public void A_ceasefire_is_toward_the_other_side_not_a_place_named_beside_it(string text, string source, string target)
    {
        var truce = Code(text).Events.First(v => v.Cameo.Code == "0871");
        Assert.Equal((source, target), (truce.Source!.Code, truce.Target!.Code));
    }

    [Theory]
    [InlineData("Police in Dushanbe beat relatives of jailed opposition members who had gathered outside the Supreme Court on Tuesday.", "TJKCOP", "TJK")]
    [InlineData("Egyptian police opened fire to disperse Moslem fundamentalist demonstrators on Monday night, killing one person.", "EGYCOP", "EGY")]
    public void Violence_by_police_or_rebels_against_no_one_placed_is_in_their_own_country(string text, string source, string target)
    {
        var v = Code(text).Events.First(e => e.Cameo.Root is "18" or "19" or "20");
        Assert.Equal((source, target), (v.Source!.Code, v.Target!.Code![..3]));
    }

    [Fact]
    public void An_army_striking_no_one_placed_gets_no_target_from_its_own_country()
    {
        // A state's army strikes abroad as often as at home: only police and armed challengers take their own country.
        var v = Code("Israeli warplanes bombed a wedding party on Thursday, killing at least 20 people.").Events.FirstOrDefault(e => e.Cameo.Root is "18" or "19" or "20");
        Assert.NotEqual("ISR", v?.Target?.Code);
    }

    [Theory]
    [InlineData("Iraq's foreign minister urged the world body on Tuesday to shoulder its responsibilities toward Iraqi prisoners of war held in Iran.")]
    [InlineData("Eritrea threatened to expel U.N. peacekeepers unless the world body forced Ethiopia to accept the border ruling.")]
    public void The_world_body_is_the_United_Nations(string text)
    {
        Assert.Contains(Code(text).Events, v => v.Target?.Code == "IGOUNO");
    }

    [Fact]
    public void Rebels_beginning_to_hand_in_their_weapons_disarm_toward_their_own_state()
    {
        // The act under "began" stands as the main verb would; the New Forces are Ivorian rebels (actors supplement).
        var v = Code("BOUAKE, July 10 (AFP) - Former rebels of the New Forces began handing in their weapons at a ceremony in the city's main stadium on Thursday.").Events.Single(e => e.Cameo.Code == "0873");
        Assert.Equal(("CIVREB", "CIV"), (v.Source!.Code, v.Target!.Code));
    }

    [Fact]
    public void A_charge_closing_the_clause_it_makes_accuses_that_clause_s_subject()
    {
        var v = Code("Kuwait has been stealing oil from the Rumaila field straddling the border, Iraq charged on Wednesday in a memorandum to the Arab League.").Events.Single(e => e.Cameo.Root == "11");
        Assert.Equal(("IRQ", "KWT"), (v.Source!.Code, v.Target!.Code));
    }

    [Fact]
    public void Quoted_words_of_the_act_do_not_hide_the_party_it_is_aimed_at()
    {
        var v = Code("Pakistan voiced \"deep disappointment\" on Saturday at India's decision to test-fire a nuclear-capable missile.").Events.Single(e => e.Cameo.Root == "11");
        Assert.Equal("IND", v.Target!.Code);
    }

    [Theory]
    [InlineData("Accusing Ethiopia of shelling border villages, Eritrea's foreign minister said on Monday that talks were over.", "11", "ETH")]
    [InlineData("Appealing to the World Food Programme on Friday for emergency maize supplies, Malawi's agriculture minister said three million people faced hunger.", "02", "IGOUNO")]
    public void A_participle_opening_the_sentence_is_its_subject_s_act(string text, string root, string target)
    {
        var v = Code(text).Events.First(e => e.Cameo.Root == root);
        Assert.Equal(target, v.Target!.Code);
    }

    [Fact]
    public void Aid_suspended_as_a_sum_of_money_is_aimed_at_whom_the_aid_was_for()
    {
        // "in" after a sum says what the money is; the party hangs on the last of the coordinated measures.
        var v = Code("Washington suspended 4.7 million dollars in military aid and training programmes for Thailand on Wednesday.").Events.Single(e => e.Cameo.Root == "16");
        Assert.Equal(("USA", "THA", "1622"), (v.Source!.Code, v.Target!.Code, v.Cameo.Code));
    }

    [Fact]
    public void Condemning_an_arrest_is_aimed_at_the_state_of_whom_it_arrested()
    {
        var v = Code("The head of the African Union Commission on Friday condemned the arrest of Senegal's main opposition leader.").Events.Single(e => e.Cameo.Root == "11");
        Assert.Equal(("IGOAFR", "SEN"), (v.Source!.Code, v.Target!.Code));
    }

    [Fact]
    public void Condemning_a_killing_names_no_target_by_its_victims()
    {
        var v = Code("France condemned the killing of Senegalese soldiers.").Events.Single(e => e.Cameo.Root == "11");
        Assert.Null(v.Target?.Code);
    }

    [Theory]
    [InlineData("Ethiopian Prime Minister Abiy Ahmed gave the forces of the Tigray People's Liberation Front 72 hours to surrender, his office said on Sunday.", "139")]
    [InlineData("Uzbekistan gave the United States 180 days to vacate the Karshi-Khanabad air base, U.S. officials said on Saturday.", "166")]
    public void Time_given_to_do_something_is_an_ultimatum_but_time_to_leave_is_the_expulsion(string text, string code)
    {
        Assert.Contains(Code(text).Events, e => e.Cameo.Code == code);
    }

    [Fact]
    public void Authorities_the_dateline_places_act_on_a_group_of_their_own_society()
    {
        var v = Code("KAMPALA, Aug 22 (Reuters) - Police arrested opposition leader Kizza Besigye for the third time this month on Tuesday.").Events.Single(e => e.Cameo.Root == "17");
        Assert.Equal(("UGACOP", "UGAOPP"), (v.Source!.Code, v.Target!.Code));
    }

    [Theory]
    [InlineData("Tens of thousands of Armenians blocked streets in central Yerevan for a ninth day on Saturday.")]
    [InlineData("Thousands of unemployed Argentines blocked the main bridges leading into the capital on Wednesday.")]
    public void A_crowd_of_a_nation_blocking_roads_obstructs_in_protest(string text)
    {
        Assert.Contains(Code(text).Events, e => e.Cameo.Code == "144");
    }

    [Fact]
    public void Rioters_violence_is_the_riot_but_riot_police_s_is_not()
    {
        Assert.Contains(Code("Rioters torched hundreds of shops and cars in Jakarta on Thursday.").Events, e => e.Cameo.Code == "145");
        Assert.Contains(Code("Riot police beat the protesters in Nairobi.").Events, e => e.Cameo.Root == "18");
    }

    [Fact]
    public void A_charge_closing_its_clause_as_a_conjunct_accuses_that_clause_s_subject()
    {
        var v = Code("Iran's Revolutionary Guards have been recruiting Azerbaijani citizens to spy on Western embassies and Israeli businessmen in Baku, Azerbaijan's national security ministry charged on Wednesday, after the arrest of 22 suspects.").Events.Single(e => e.Cameo.Root == "11");
        Assert.Equal("IRN", v.Target!.Code![..3]);
    }

    [Fact]
    public void A_warning_closing_a_passive_clause_is_aimed_at_what_that_clause_s_subject_names()
    {
        var v = Code("The visas of Australian reporters who criticise the army will be cancelled, a spokesman for Fiji's interim prime minister, Commodore Frank Bainimarama, warned in Suva on Thursday.")
            .Events.Single(e => e.Cameo.Root == "13" && e.Trigger == "warned");
        Assert.Equal(("FJI", "AUS"), (v.Source!.Code![..3], v.Target!.Code![..3]));
    }

    [Theory]
    [InlineData("The shelling of villages in Armenia's northern Tavush province by Azerbaijani forces went on for a third day on Tuesday.", "AZE", "ARM")]
    [InlineData("The shelling of a South Korean guard post in the central sector of the demilitarised zone by North Korean troops lasted about 20 minutes.", "PRK", "KOR")]
    public void The_by_phrase_of_a_nominal_attack_names_its_doer_however_long_the_phrase_before_it(string text, string source, string target)
    {
        var v = Code(text).Events.Single(e => e.Cameo.Root == "19");
        Assert.Equal((source, target), (v.Source!.Code![..3], v.Target!.Code![..3]));
    }

    [Fact]
    public void The_by_phrase_of_another_act_inside_an_investigation_is_not_the_investigator()
    {
        var v = Code("An investigation into the downing of an Iranian airliner by a U.S. warship was ordered by the U.N. civil aviation body on Thursday.").Events.FirstOrDefault(e => e.Cameo.Code == "090");
        Assert.NotEqual("USAMIL", v?.Source?.Code);
    }

    [Theory]
    [InlineData("South Korea suspended rice and fertiliser shipments to North Korea on Friday.", "162", "PRK")]
    [InlineData("Moscow has frozen the second tranche of a two-billion-dollar loan to Kyrgyzstan.", "1621", "KGZ")]
    [InlineData("The Netherlands halted a military training programme for Turkey's paramilitary gendarmerie on Tuesday.", "1622", "TUR")]
    public void Stopping_shipments_loans_or_training_cuts_aid(string text, string code, string target)
    {
        var v = Code(text).Events.Single(e => e.Cameo.Root == "16");
        Assert.Equal((code, target), (v.Cameo.Code, v.Target!.Code![..3]));
    }

    [Fact]
    public void Moving_units_and_armour_to_a_border_mobilises_against_the_state_across_it()
    {
        var v = Code("Russia said on Wednesday it was moving additional paratroop units and armoured vehicles to its border with Georgia.").Events.Single(e => e.Cameo.Root == "15");
        Assert.Equal(("154", "RUS", "GEO"), (v.Cameo.Code, v.Source!.Code, v.Target!.Code));
    }

    [Fact]
    public void A_bombing_in_a_town_a_nationality_places_hits_that_state()
    {
        var v = Code("Sudanese warplanes bombed a market in the South Sudanese border town of Jau on Thursday.").Events.Single(e => e.Cameo.Root == "19");
        Assert.Equal("SSD", v.Target!.Code);
    }

    [Fact]
    public void A_deadline_given_with_until_is_an_ultimatum()
    {
        Assert.Contains(Code("Macedonia's government gave ethnic Albanian guerrillas holding villages north of Kumanovo until noon on Friday to surrender their weapons.").Events, e => e.Cameo.Code == "139");
        Assert.DoesNotContain(Code("The army gave the rebels until Friday to leave the town.").Events, e => e.Cameo.Code == "139");
    }

    [Fact]
    public void A_correspondent_is_his_outlet_s()
    {
        var v = Code("A correspondent for Japan's NHK television was kicked and punched by plainclothes police in Beijing.").Events.Single(e => e.Cameo.Root == "18");
        Assert.Equal(("CHNCOP", "JPNMED"), (v.Source!.Code, v.Target!.Code));
    }

    [Fact]
    public void Saying_it_might_expel_monitors_threatens_to_halt_their_involvement()
    {
        var v = Code("Sri Lanka's government said on Tuesday it might expel Norway's ceasefire monitors.").Events.Single(e => e.Trigger == "expel");
        Assert.Equal(("136", "NOR"), (v.Cameo.Code, v.Target!.Code));
    }

    [Fact]
    public void A_court_finding_a_state_liable_finds_it_guilty_in_law()
    {
        var v = Code("A Tehran court found the United States government liable for the assassination of Iranian nuclear scientists on Tuesday.").Events.Single(e => e.Trigger == "found");
        Assert.Equal(("116", "IRNJUD", "USAGOV"), (v.Cameo.Code, v.Source!.Code, v.Target!.Code));
    }

    [Fact]
    public void Driving_a_car_packed_with_explosives_into_a_crowd_is_a_car_bombing()
    {
        var v = Code("BAGHDAD, Sept 14 (Reuters) - A suicide bomber drove a car packed with explosives into a crowd of police recruits outside a station in central Baghdad on Tuesday, killing at least 40 people.").Events.Single(e => e.Trigger == "drove");
        Assert.Equal(("183", "IRQ"), (v.Cameo.Code, v.Source!.Code![..3]));
    }

    [Fact]
    public void A_threat_against_an_attempt_is_aimed_at_whoever_the_by_phrase_says_would_make_it()
    {
        var v = Code("Any attempt by Cuba to unleash another mass exodus of boat people would be treated by Washington as a hostile act and answered accordingly, a senior State Department official warned on Friday.").Events.Single(e => e.Trigger == "warned");
        Assert.Equal(("USA", "CUB"), (v.Source!.Code![..3], v.Target!.Code));
    }

    [Fact]
    public void A_threat_over_a_place_of_the_threatener_s_own_country_is_aimed_at_that_country()
    {
        var v = Code("Zambian President Edgar Lungu threatened on Wednesday to invoke emergency powers against those behind a wave of arson attacks, a day after a fire that police blamed on arsonists gutted Lusaka's biggest market, leaving thousands of traders without a livelihood, state broadcaster ZNBC reported.").Events.Single(e => e.Trigger == "threatened");
        Assert.Equal("ZMB", v.Target!.Code);
    }

    [Fact]
    public void Gunmen_who_kidnap_a_foreign_diplomat_act_where_the_story_is_datelined()
    {
        var v = Code("BEIRUT (Reuters) - Gunmen kidnapped a French embassy official on Friday.").Events.Single(e => e.Trigger == "kidnapped");
        Assert.Equal(("LBN", "FRA"), (v.Source!.Code![..3], v.Target!.Code![..3]));
        // So does a place the sentence names, though a faith word stands before it.
        Assert.Equal("LBN", Code("Gunmen kidnapped a French embassy official as he drove through Moslem west Beirut on Friday.").Events.Single(e => e.Trigger == "kidnapped").Source!.Code![..3]);
    }

    [Fact]
    public void Ordering_agencies_to_pull_their_staff_out_expels_them()
    {
        var v = Code("Sri Lanka's government on Tuesday ordered United Nations agencies to pull their staff out of the rebel-held Wanni region.").Events.Single(e => e.Trigger == "ordered");
        Assert.Equal("1663", v.Cameo.Code);
    }

    [Fact]
    public void Withdrawing_the_accreditation_of_inspectors_expels_them()
    {
        var v = Code("Iran withdrew the accreditation of several experienced U.N. nuclear inspectors on Saturday.").Events.Single(e => e.Trigger == "withdrew");
        Assert.Equal(("1662", "IGOUNO"), (v.Cameo.Code, v.Target!.Code));
    }

    [Fact]
    public void Refusing_to_step_down_or_to_open_sites_to_inspectors_is_a_refusal_to_yield()
    {
        var stays = Code("KINSHASA (Reuters) - Zaire's president refused on Friday to step down as demanded by the rebels.").Events.Single(e => e.Trigger == "refused");
        Assert.Equal(("124", "COD"), (stays.Cameo.Code, stays.Target!.Code));
        var closed = Code("North Korea refused on Tuesday to open two suspected nuclear waste sites to inspectors from the International Atomic Energy Agency.").Events.Single(e => e.Trigger == "refused");
        Assert.Equal(("124", "PRK"), (closed.Cameo.Code, closed.Source!.Code));
        Assert.StartsWith("IGO", closed.Target!.Code);
    }

    [Fact]
    public void Suspending_financial_support_cuts_economic_aid()
    {
        var v = Code("Saudi Arabia has suspended its financial support for the Palestine Liberation Organisation, a Saudi official said on Thursday.").Events.Single(e => e.Trigger == "suspended");
        Assert.Equal(("1621", "SAU"), (v.Cameo.Code, v.Source!.Code));
    }

    [Fact]
    public void Moving_armies_toward_a_border_mobilises_against_the_state_across_it()
    {
        var v = Code("Russia moved two armies and three airborne units toward its border with Ukraine on Tuesday.").Events.Single(e => e.Trigger == "moved");
        Assert.Equal(("154", "UKR"), (v.Cameo.Code, v.Target!.Code));
    }

    [Fact]
    public void Troops_of_no_named_state_fire_as_the_state_of_the_place_they_fire_in_not_the_dateline_s()
    {
        var v = Code("BUDAPEST, Dec 18 (AP) - Securitate troops and army units opened fire on thousands of demonstrators in the western Romanian city of Timisoara, killing dozens, according to travellers arriving in Hungary.").Events.Single(e => e.Cameo.Root == "19");
        Assert.Equal("ROUMIL", v.Source!.Code);
    }

    [Fact]
    public void A_curfew_a_government_imposes_applies_to_its_own_country()
    {
        var v = Code("A nationwide night-time curfew was imposed by Sri Lanka's government on Monday after mobs attacked mosques.").Events.Single(e => e.Trigger == "imposed");
        Assert.Equal(("1723", "LKA"), (v.Cameo.Code, v.Target!.Code));
    }

    [Fact]
    public void Telling_a_mission_to_leave_the_country_expels_it()
    {
        var office = Code("Cambodia's government told the head of the U.N. human rights office in Phnom Penh to leave the country, a government spokesman said on Tuesday.").Events.Single(e => e.Trigger == "told");
        Assert.Equal(("SANCTION", "KHM"), (office.Plover?.Type, office.Source!.Code![..3]));
        var monitors = Code("Russia told monitors from the Organisation for Security and Cooperation in Europe on Friday to pack up and leave Chechnya by the end of the month.").Events.Single(e => e.Trigger == "told");
        Assert.Equal("1662", monitors.Cameo.Code);
        Assert.DoesNotContain(Code("The president told reporters about the talks on Friday.").Events, e => e.Cameo.Root == "16");
        // Also where the quote layer takes "told" for a cue, and whatever the TELL patterns read after it.
        Assert.Equal("161", Code("Sudan told two British diplomats to leave the country.").Events.Single(e => e.Trigger == "told").Cameo.Code);
        Assert.Equal("1663", Code("Sudan told the aid agency Oxfam to leave Darfur on Tuesday.").Events.Single(e => e.Trigger == "told").Cameo.Code);
        Assert.Empty(Code("The minister told reporters to wait for the results.").Events);
        // A body told to withdraw its own people is put out too.
        Assert.Equal("1661", Code("Chad has told the United Nations to withdraw its peacekeeping force from the east of the country by May.").Events.Single(e => e.Trigger == "told").Cameo.Code);
    }

    [Fact]
    public void Police_a_ministry_deploys_is_mobilised_at_home()
    {
        var v = Code("LA PAZ, Nov 5 (Reuters) - Thousands of police officers were deployed around the electoral tribunal on Tuesday by Bolivia's interior ministry, a spokesman said.").Events.Single(e => e.Trigger == "deployed");
        Assert.Equal(("153", "BOL", "BOL"), (v.Cameo.Code, v.Source!.Code![..3], v.Target!.Code));
    }

    [Fact]
    public void Force_or_sanctions_a_party_could_bring_on_another_if_it_acts_are_threatened()
    {
        // A blockade under "could ... if" is a threat of blockade (the verb that imposes it or its noun); violence told by a verb
        // a threat of force.
        var blockade = Code("Beijing could impose a naval blockade on Taiwan's ports if the island declares independence, a Chinese general said.").Events.Single(e => e.Trigger is "blockade" or "impose");
        Assert.Equal(("1381", "CHN", "TWN"), (blockade.Cameo.Code, blockade.Source!.Code![..3], blockade.Target!.Code![..3]));
        Assert.Equal("13", Code("Israel would strike Iran's nuclear sites if Tehran resumed enrichment, the minister said.").Events.Single(e => e.Trigger == "strike").Cameo.Root);
        Assert.Equal("13", Code("Turkey will use force against Syria unless Damascus expels the rebel leader, a Turkish general said.").Events.Single(e => e.Trigger == "use").Cameo.Root);
    }

    [Fact]
    public void Ruling_out_a_change_rejects_it_but_not_ruling_out_force()
    {
        Assert.Equal("120", Code("India's interior minister ruled out any rollback of the citizenship law on Tuesday.").Events.Single(e => e.Trigger == "ruled out").Cameo.Code);
        Assert.DoesNotContain(Code("West African leaders said they would not rule out the use of force against Niger's junta.").Events, e => e.Cameo.Code == "120");
    }

    [Fact]
    public void Troops_pulled_out_of_a_peacekeeping_force_are_peacekeepers_withdrawn()
    {
        var v = Code("Kenya has pulled 300 of its soldiers serving with the African Union peacekeeping force in Somalia out of the Gedo region.").Events.Single(e => e.Trigger == "pulled");
        Assert.Equal(("1661", "KEN"), (v.Cameo.Code, v.Source!.Code![..3]));
    }

    [Fact]
    public void An_attack_a_party_comes_under_is_the_from_phrases_on_the_subject()
    {
        var v = Code("Ecuadorean border posts came under attack from Peruvian warplanes on Thursday.").Events.Single(e => e.Trigger == "attack");
        Assert.Equal(("19", "PER", "ECU"), (v.Cameo.Root, v.Source!.Code![..3], v.Target!.Code![..3]));
    }

    [Fact]
    public void A_state_of_siege_imposed_and_a_right_suspended_restrict_the_country()
    {
        var doc = Code("Bolivia's government imposed a state of siege on Wednesday, suspending the right to strike and assemble.");
        Assert.Equal("1724", doc.Events.Single(e => e.Trigger == "imposed").Cameo.Code);
        Assert.Equal("1721", doc.Events.Single(e => e.Trigger == "suspending").Cameo.Code);
        Assert.Equal("1721", Code("The Malaysian government revoked the publishing licences of two newspapers on Wednesday.").Events.Single(e => e.Trigger == "revoked").Cameo.Code);
    }

    [Fact]
    public void Aid_put_on_hold_is_aid_cut()
    {
        var v = Code("Germany put its development aid to Niger on hold on Monday.").Events.Single(e => e.Trigger == "put");
        Assert.Equal(("162", "DEU", "NER"), (v.Cameo.Code, v.Source!.Code![..3], v.Target!.Code![..3]));
    }

    [Fact]
    public void Forces_loyal_to_a_leader_are_his_states_military()
    {
        var v = Code("Forces loyal to Muammar Gaddafi shelled the town of Zawiya on Sunday.").Events.Single(e => e.Trigger == "shelled");
        Assert.Equal("LBYMIL", v.Source!.Code);
    }

    [Fact]
    public void A_body_ordered_to_close_its_office_or_withdraw_its_staff_is_put_out()
    {
        var office = Code("Azerbaijan ordered the OSCE to shut its project office in Baku within a month.").Events.Single(e => e.Trigger == "ordered");
        Assert.Equal("SANCTION", office.Plover?.Type);
        var charity = Code("Mali's military government ordered an international medical charity to shut its clinics in the north and withdraw its foreign staff.").Events.Single(e => e.Trigger == "ordered");
        Assert.Equal(("1663", "NGO"), (charity.Cameo.Code, charity.Target!.Code![..3]));
    }

    [Fact]
    public void Licences_revoked_restrict_the_press_but_put_aid_agencies_out()
    {
        Assert.Equal("1721", Code("Zambia's government revoked the licence of an opposition radio station on Monday.").Events.Single(e => e.Trigger == "revoked").Cameo.Code);
        Assert.Equal("1663", Code("Sudan revoked the licences of six foreign aid agencies working in Kordofan on Thursday.").Events.Single(e => e.Trigger == "revoked").Cameo.Code);
    }

    [Fact]
    public void Dissolving_a_party_bans_it_and_threatening_to_is_a_threat_of_a_ban()
    {
        Assert.Equal("1322", Code("Algeria's interior minister threatened on Wednesday to dissolve the Islamic Salvation Front if its leaders called a strike.").Events.Single(e => e.Trigger == "threatened").Cameo.Code);
        Assert.Empty(Code("The king dissolved parliament on Monday.").Events);
    }

    [Fact]
    public void A_warning_after_the_clause_it_reports_is_a_threat_of_what_the_clause_says()
    {
        var v = Code("Palestinians will walk out of the peace talks if Israel lets the settlement freeze expire, chief negotiator Saeb Erekat warned on Monday.").Events.Single(e => e.Trigger == "warned");
        Assert.Equal(("134", "PSE", "ISR"), (v.Cameo.Code, v.Source!.Code![..3], v.Target!.Code![..3]));
    }

    [Fact]
    public void A_threat_at_home_is_of_what_the_actors_side_will_do_to_no_one_named()
    {
        // A warning of what others' acts will bring is aimed at no one; a party named by its kind alone keeps its kind.
        Assert.Null(Code("A senior Russian senator warned on Friday that the latest actions would lead to increased tension in the region.").Events.Single(e => e.Trigger == "warned").Target?.Code);
        Assert.Equal("CRM", Code("Iran's supreme leader said severe revenge awaits the criminals behind the attack.").Events.Single(e => e.Plover?.Type == "THREATEN").Target!.Code);
    }

    [Fact]
    public void A_report_or_a_video_released_frees_no_one()
    {
        Assert.DoesNotContain(Code("Human Rights Watch accused Ugandan troops of burning villages in the north, in a report released in Nairobi on Thursday.").Events,
            e => e.Cameo.Code.StartsWith("084", StringComparison.Ordinal));
        Assert.Equal("0841", Code("Mexico released three American prisoners on Monday.").Events.Single(e => e.Trigger == "released").Cameo.Code);
    }

    [Fact]
    public void A_retreat_from_a_place_of_another_state_is_from_that_state()
    {
        var v = Code("Israeli troops pulled out of positions around the southern Lebanese port of Sidon on Monday.").Events.Single(e => e.Trigger == "pulled out");
        Assert.Equal(("0874", "ISR", "LBN"), (v.Cameo.Code, v.Source!.Code![..3], v.Target!.Code));
    }
}
