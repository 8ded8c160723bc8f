using Sitrep.Core;

namespace Sitrep.Events.Tests;

/// <summary>
/// The cooperative CAMEO roots 01–09 (intent, consultation, diplomatic and material cooperation, aid, yielding,
/// investigation), behind the real upstream stages, on sentences written for these tests (none from the PLOVER records).
/// </summary>
public class CooperativeCodingTests
{
    private static readonly Pipeline Upstream = EndToEndTests.Upstream();

    private static Document Code(string text) => EndToEndTests.Coded(Upstream, text);

    [Fact]
    public void A_pledge_to_send_aid_is_an_intent_to_give_that_aid()
    {
        var v = Assert.Single(Code("Canada pledged on Thursday to send food and tents to earthquake survivors in Peru.").Events);
        Assert.Equal("AGREE", v.Plover!.Type);
        Assert.Equal("0333", v.Cameo.Code);
        Assert.StartsWith("CAN", v.Source!.Code);
        Assert.StartsWith("PER", v.Target!.Code);
    }

    [Fact]
    public void An_agreement_to_withdraw_is_an_intent_to_de_escalate_towards_the_country_left()
    {
        var v = Assert.Single(Code("Uganda agreed on Monday to withdraw its troops from Burundi.").Events);
        Assert.Equal("AGREE", v.Plover!.Type);
        Assert.Equal("0356", v.Cameo.Code);
        Assert.StartsWith("UGA", v.Source!.Code);
        Assert.StartsWith("BDI", v.Target!.Code);
    }
}
