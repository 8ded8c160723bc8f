namespace Sitrep.Nlp.Tests;

public class WordShapeTests
{
    [Theory]
    [InlineData("Baghdad", 2, 12, "Xxx")]
    [InlineData("Baghdad", 1, 6, "Xx")]
    [InlineData("U.S.", 2, 12, "X.X.")]
    [InlineData("1,000", 2, 12, "d,dd")]
    [InlineData("+1-202-501-4444", 1, 6, "+d-d-d")]
    [InlineData("McDonald's", 2, 12, "XxXxx'x")]
    [InlineData("", 2, 12, "")]
    public void Shapes_cap_runs_and_length(string word, int maxRun, int maxLength, string shape) =>
        Assert.Equal(shape, WordShape.Of(word, maxRun, maxLength));
}
