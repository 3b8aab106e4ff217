using Benchmark.Data;
using Benchmark.Municipalities;

namespace Benchmark.Tests.Datasets;

/// <summary>The builder's order: a stable sort by (indicator code, year, municipality code), whatever order the observations come in.</summary>
public sealed class DatasetBuilderOrderTests
{
    [TestCase(1, false, 5_000)]
    [TestCase(2, false, 5_000)]
    [TestCase(3, true, 5_000)]
    [TestCase(4, true, 5_000)]
    [TestCase(5, false, 140_000, Category = TestCategories.Slow)]
    [TestCase(6, true, 140_000, Category = TestCategories.Slow)]
    public void Build_ObservationsInAnyOrder_AreAStableSortByIndicatorYearMunicipality(int seed, bool municipalitiesInOrder, int count)
    {
        // Seeded: 5,000 observations (or 140,000: over two of the builder's 65,536-value chunks) of 7 indicators, 6 years, 40 municipalities with repeats (duplicates), NaN and
        // signed zeros, from two files and several columns; either shuffled or municipality-major (as files come).
        var random = new Random(seed);
        var indicators = new[] { "b", "a", "overhead_pct", "z_9", "Z", "aa", "m" };
        var added = new List<Observation>();
        for (var i = 0; i < count; i++)
        {
            var value = random.Next(6) switch { 0 => double.NaN, 1 => -0.0, _ => random.Next(-50, 50) / 4.0 };
            var source = new SourceLocation(random.Next(2) == 0 ? "a.csv" : "b.csv", random.Next(1, 1000), indicators[random.Next(indicators.Length)] + "_col");
            added.Add(new Observation(new MunicipalityCode(random.Next(40) * 17), 2015 + random.Next(6), indicators[random.Next(indicators.Length)], value, source));
        }

        if (municipalitiesInOrder)
        {
            added = [.. added.OrderBy(o => o.Municipality)];
        }

        var builder = new DatasetBuilder();
        builder.AddRange(added);
        var expected = added
            .Select((o, i) => (o, i))
            .OrderBy(x => x.o.Indicator, StringComparer.Ordinal)
            .ThenBy(x => x.o.Year)
            .ThenBy(x => x.o.Municipality)
            .ThenBy(x => x.i)
            .Select(x => x.o)
            .ToList();

        var built = builder.Build().Observations.ToList();

        Assert.That(built, Has.Count.EqualTo(expected.Count));
        Assert.That(built.Select(o => (o.Indicator, o.Year, o.Municipality, o.Source)), Is.EqualTo(expected.Select(o => (o.Indicator, o.Year, o.Municipality, o.Source))));
        Assert.That(built.Select(o => BitConverter.DoubleToInt64Bits(o.Value)), Is.EqualTo(expected.Select(o => BitConverter.DoubleToInt64Bits(o.Value))));
    }

    [Test]
    public void Build_Releasing_GivesTheSameDatasetAndLeavesTheBuilderEmpty()
    {
        var random = new Random(7);
        var builder = new DatasetBuilder();
        var copy = new DatasetBuilder();
        for (var i = 0; i < 3_000; i++)
        {
            var o = new Observation(new MunicipalityCode(random.Next(300)), 2020 + random.Next(3), "i" + random.Next(5), random.Next(100), new SourceLocation("f.csv", i + 2, "waarde"));
            builder.Add(o);
            copy.Add(o);
        }

        var released = builder.Build(release: true);

        Assert.That(released.Observations, Is.EqualTo(copy.Build().Observations));
        Assert.That(builder.Count, Is.Zero);
        Assert.That(builder.Build().Count, Is.Zero);
    }
}
