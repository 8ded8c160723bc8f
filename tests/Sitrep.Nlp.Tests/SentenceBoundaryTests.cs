using System.Text.Json;
using Sitrep.Testing;

namespace Sitrep.Nlp.Tests;

public sealed class SentenceBoundaryTests
{
    private sealed record GoldenCase(int Id, string Rule, string Text, string[] Sentences);

    private static List<GoldenCase> Golden() =>
        [.. File.ReadLines(SharedData.PathOf("data", "sbd-golden", "golden_rules_en.jsonl"))
            .Where(l => l.Length > 0)
            .Select(l => JsonSerializer.Deserialize<GoldenCase>(l, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!)];

    [Fact]
    public void Passes_at_least_46_of_the_48_golden_rules()
    {
        var tokenizer = NlpComponents.Tokenizer();
        var failures = new List<string>();
        var cases = Golden();
        foreach (var c in cases)
        {
            var doc = tokenizer.Process(Docs.Plain(c.Text));
            var got = doc.Sentences.Select(s => s.Span.Of(doc.Text)).ToArray();
            if (!got.SequenceEqual(c.Sentences)) failures.Add($"{c.Id} {c.Rule}: {string.Join(" | ", got)}");
        }
        Assert.Equal(48, cases.Count);
        Assert.True(failures.Count <= 2, string.Join("\n", failures));
    }
    [Theory]
    [InlineData("Orders for all XR. models open in May. The XR. GRAND TOURER may follow later.", 2)]
    [InlineData("The show moved to Dover, DE. VIP guests arrived by bus.", 2)]
    [InlineData("He left the EU. Then he came back.", 2)]
    public void APeriodInsideAnUpperCaseNameEndsNoSentence(string text, int sentences)
    {
        var doc = NlpComponents.Tokenizer().Process(Docs.Plain(text));
        Assert.Equal(sentences, doc.Sentences.Length);
    }
}
