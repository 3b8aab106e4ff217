using Benchmark.Catalog;
using Benchmark.Import;
using Benchmark.Municipalities;
using Benchmark.Samples;

namespace Benchmark.Tests.Synthetic;

public sealed class SampleGeneratorRealismTests
{
    private static IEnumerable<int> Years => Enumerable.Range(2019, 6);

    [Test]
    public void WideFiles_EveryValueLiesWithinTheCatalogsValidRange()
    {
        var catalog = IndicatorCatalog.Default;
        foreach (var year in Years)
        {
            var table = SampleGeneratorTests.Wide(year);
            for (var c = 3; c < table.Header.Count; c++)
            {
                var indicator = catalog.FindByHeader(table.Header[c])!;
                foreach (var row in table.Rows)
                {
                    if (table.Number(row[c]) is { } v)
                    {
                        Assert.That(indicator.ValidRange.Contains(v), Is.True, $"{row[0]} {year} {indicator.Code} = {v}");
                        Assert.That(v, Is.Not.Zero, $"{row[0]} {year} {indicator.Code}: no placeholder zeros");
                    }
                }
            }
        }
    }

    [Test]
    public void WideFiles_RunningCostsPerInhabitantJumpOnlyAtTheSeriesBreakIn2022()
    {
        var medians = Years.ToDictionary(y => y, y => Median(Ratio(SampleGeneratorTests.Wide(y), "Apparaatskosten", "Inwoners")));

        Assert.That(IndicatorCatalog.Default.Get("running_costs_per_inhabitant").IsSeriesBreak(2022), Is.True);
        Assert.That(medians[2022] / medians[2021], Is.InRange(1.15, 1.30), "material costs included from 2022");
        foreach (var year in Years.Skip(1).Where(y => y != 2022))
        {
            Assert.That(medians[year] / medians[year - 1], Is.InRange(1.0, 1.12), $"{year}: inflation only");
        }
    }

    [Test]
    public void WideFiles_SicknessAbsenceRisesSlightlyAroundSixPercent()
    {
        var first = Median(Column(SampleGeneratorTests.Wide(2019), "Ziekteverzuim %"));
        var last = Median(Column(SampleGeneratorTests.Wide(2024), "Ziekteverzuim %"));

        Assert.That(first, Is.InRange(5.0, 6.2));
        Assert.That(last, Is.InRange(5.8, 7.0));
        Assert.That(last - first, Is.InRange(0.2, 1.0));
    }

    [TestCase("GM1676", "Overhead %", 2019)]
    [TestCase("GM1676", "Overhead %", 2024)]
    [TestCase("GM0882", "Ziekteverzuim %", 2023)]
    [TestCase("GM0342", "MTO cijfer", 2022)]
    public void WideFiles_PlantedOutlier_IsARobustOutlierButValid(string code, string header, int year)
    {
        var table = SampleGeneratorTests.Wide(year);
        var values = Column(table, header);
        var planted = table.Number(table.Rows.Single(r => r[0] == code)[table.Column(header)])!.Value;
        var median = Median(values);
        var mad = Median(values.Select(v => Math.Abs(v - median)).ToList());

        // Robust z of the validation rule (Iglewicz–Hoaglin): |x − median| / (1.4826·MAD) above 3.5.
        Assert.That(Math.Abs(planted - median) / (1.4826 * mad), Is.GreaterThan(3.5));
        Assert.That(IndicatorCatalog.Default.FindByHeader(header)!.PlausibleRange.Contains(planted), Is.True, "planted outliers are plausible values");
    }

    [Test]
    public void WideFiles_ExternalHireOutlierOfMeppel_IsPlanted()
    {
        var table = SampleGeneratorTests.Wide(2021);
        var row = table.Rows.Single(r => r[0] == "GM0119");
        var hire = table.Number(row[table.Column("Kosten inhuur")])!.Value;
        var wages = table.Number(row[table.Column("Loonsom")])!.Value;

        Assert.That(100 * hire / (wages + hire), Is.InRange(30.0, 34.0));
    }

    [Test]
    public void Generate_WithoutPlantedOutliers_HasNoOverheadAbove16Percent()
    {
        var files = SampleGenerator.Generate(BuiltInMunicipalities.Registry, SampleOptions.Default with { PlantOutliers = false, FirstYear = 2024 });
        var table = SampleTable.Parse(files[0].Content, ';', "\r\n", ',');

        Assert.That(Column(table, "Overhead %"), Has.All.InRange(6.0, 16.0));
    }

    [Test]
    public void Generate_CustomRegistry_UsesItsFiguresAndDefaultsAndSkipsDissolvedMunicipalities()
    {
        var registry = new MunicipalityRegistry(
        [
            new Municipality(MunicipalityCode.Parse("GM0001"), "Testdorp", "Utrecht", new Dictionary<int, long> { [2022] = 12_345 }, AreaKm2: 40),
            new Municipality(MunicipalityCode.Parse("GM0002"), "Zonder Cijfers", "Utrecht", new Dictionary<int, long>()),
            new Municipality(MunicipalityCode.Parse("GM0003"), "Opgeheven", "Utrecht", new Dictionary<int, long> { [2020] = 5_000 }, ValidTo: 2020),
        ]);

        var files = SampleGenerator.Generate(registry, SampleOptions.Default with { FirstYear = 2020, LastYear = 2022 });
        var y2020 = SampleTable.Parse(files[0].Content, ';', "\r\n", ',');
        var y2022 = SampleTable.Parse(files[2].Content, ';', "\r\n", ',');

        Assert.That(y2020.Rows.Select(r => r[0]), Is.EqualTo(new[] { "GM0001", "GM0002", "GM0003" }));
        Assert.That(y2022.Rows.Select(r => r[0]), Is.EqualTo(new[] { "GM0001", "GM0002" }), "GM0003 no longer exists in 2022");
        Assert.That(y2022.Rows[0][3], Is.EqualTo("12345"), "the registry's own figure for the year");
        Assert.That(y2020.Number(y2020.Rows[0][3]), Is.InRange(12_345 / 1.017, 12_345 / 1.005), "two years of 0.3–0.8 % growth back");
        Assert.That(y2022.Rows[1][3], Is.EqualTo("30000"), "no figure known: the documented default");
        Assert.That(files.Select(f => f.RelativePath), Does.Contain("long/benchmark-long-2021-2022.csv"));
    }

    [TestCase(2025, 2024, 0.02, 40)]
    [TestCase(2019, 2024, -0.1, 40)]
    [TestCase(2019, 2024, 0.02, -1)]
    public void Generate_InconsistentOptions_Throw(int first, int last, double missingRate, int longCount)
    {
        var options = new SampleOptions { FirstYear = first, LastYear = last, MissingRate = missingRate, LongSampleMunicipalities = longCount };

        Assert.Throws<ArgumentException>(() => SampleGenerator.Generate(BuiltInMunicipalities.Registry, options));
    }

    [Test]
    public void Generate_NullRegistry_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => SampleGenerator.Generate(null!));
    }

    private static List<double> Column(SampleTable table, string header)
    {
        var c = table.Column(header);
        return [.. table.Rows.Select(r => table.Number(r[c])).OfType<double>()];
    }

    private static List<double> Ratio(SampleTable table, string numerator, string denominator)
    {
        var (n, d) = (table.Column(numerator), table.Column(denominator));
        return [.. table.Rows.Where(r => !SampleTable.IsMissing(r[n])).Select(r => table.Number(r[n])!.Value / table.Number(r[d])!.Value)];
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
