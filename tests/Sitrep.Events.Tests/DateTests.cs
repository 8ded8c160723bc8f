using Sitrep.Core;

namespace Sitrep.Events.Tests;

public class DateTests
{
    private static TimeExpression One(string text, string expr)
    {
        var doc = EventComponents.Dates().Process(Sitrep.Testing.Docs.Plain(text, TestDocs.Published));
        Assert.True(doc.Has(Layer.Dates));
        return Assert.Single(doc.Dates, d => d.Text == expr);
    }

    [Theory]
    [InlineData("The ministers met in April to talk.", "April", "2019-04")]
    [InlineData("He left office in January and came back.", "January", "2020-01")]
    [InlineData("Talks resume next March.", "March", "2020-03")]
    [InlineData("The vote was held on January 3, 2020 in the capital.", "January 3, 2020", "2020-01-03")]
    [InlineData("The vote was held on 12 March 2018.", "12 March 2018", "2018-03-12")]
    [InlineData("Heed the January 2020 travel notice.", "January 2020", "2020-01")]
    [InlineData("The report came out on 2019-11-05.", "2019-11-05", "2019-11-05")]
    [InlineData("Troops crossed the border on Friday.", "Friday", "2020-01-03")]
    [InlineData("Troops crossed the border on Tuesday.", "Tuesday", "2019-12-31")]
    [InlineData("They will meet next Monday.", "next Monday", "2020-01-06")]
    [InlineData("Protests broke out yesterday.", "yesterday", "2020-01-02")]
    [InlineData("Protests broke out last week.", "last week", "2019-W52")]
    [InlineData("Prices rose last month.", "last month", "2019-12")]
    [InlineData("The law passed three days ago.", "three days ago", "2019-12-31")]
    [InlineData("The treaty was signed in 2015.", "2015", "2015")]
    [InlineData("In 2016 a tribunal ruled against the claim.", "2016", "2016")]
    [InlineData("Since 2014, the border has been closed.", "2014", "2014")]
    [InlineData("The embassy was stormed on December 31.", "December 31", "2019-12-31")]
    public void Resolves_against_publication(string text, string expr, string value)
    {
        var t = One(text, expr);
        Assert.Equal(value, t.Value);
        Assert.Equal(expr, t.Span.Of(text));
    }

    [Fact]
    public void Anchored_expressions_are_relative_without_a_value()
    {
        var t = One("The decision came just days after the riot.", "just days after");
        Assert.Equal("relative", t.Kind);
        Assert.Null(t.Value);
    }

    [Fact]
    public void Modal_may_is_not_a_month_and_unpublished_relative_dates_stay_null()
    {
        var doc = EventComponents.Dates().Process(Sitrep.Testing.Docs.Plain("Talks may resume. They met yesterday."));
        Assert.DoesNotContain(doc.Dates, d => d.Text == "may");
        Assert.Null(Assert.Single(doc.Dates).Value);
    }

    [Fact]
    public void A_placeholder_publication_date_leaves_relative_dates_unresolved()
    {
        // 0001-01-01 is what some CMSs write when no date is set; "last Friday" from it would fall before the calendar.
        var doc = EventComponents.Dates().Process(Sitrep.Testing.Docs.Plain("They met last Friday.", DateTimeOffset.MinValue));
        Assert.Null(Assert.Single(doc.Dates).Value);
    }
}
