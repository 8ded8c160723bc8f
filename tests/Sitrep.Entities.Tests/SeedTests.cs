using Sitrep.Core;
using Sitrep.Testing;

namespace Sitrep.Entities.Tests;

/// <summary>The reference article: entity floors that the current rules meet (regressions fail).</summary>
public class SeedTests
{
    private static readonly Lazy<Document> Seed = new(() => EntityComponentTests.Run(SharedData.SeedText));

    [Fact]
    public void Seed_people_have_codes_and_mentions()
    {
        var doc = Seed.Value;
        var persons = doc.Entities.Where(e => e.Type == EntityType.Person).ToList();
        Assert.True(persons.Count(p => p.Cameo is not null && p.Country is not null) >= 8, string.Join(", ", persons.Select(p => p.Name + ":" + p.Cameo)));
        Assert.True(doc.Entities.Max(e => e.Mentions.Length) >= 7);
        Assert.Contains(doc.Entities, e => e.MetonymyCode is not null);
    }

    [Fact]
    public void Seed_places_have_geo()
    {
        var places = Seed.Value.Entities.Where(e => e.Type == EntityType.Gpe).ToList();
        Assert.True(places.Count >= 8);
        Assert.All(places, p => Assert.NotNull(p.Geo));
    }
}
