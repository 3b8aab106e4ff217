using Benchmark.Catalog;
using Benchmark.Import;
using Benchmark.Samples;

namespace Benchmark.Tests.Synthetic;

public sealed class SampleGeneratorTests
{
    private static readonly string[] G4 = ["GM0363", "GM0599", "GM0518", "GM0344"];

    private static readonly Lazy<IReadOnlyList<SampleFile>> Default = new(() => SampleGenerator.Generate(BuiltInMunicipalities.Registry));

    private static IEnumerable<int> Years => Enumerable.Range(2019, 6);

    internal static SampleTable Wide(int year) =>
        SampleTable.Parse(Default.Value.Single(f => f.RelativePath == $"benchmark-{year}.csv").Content, ';', "\r\n", ',');

    [Test]
    public void Generate_DefaultOptions_GivesSixYearsTwoLongFilesAndTheRespondentFile()
    {
        Assert.That(Default.Value.Select(f => f.RelativePath), Is.EqualTo(new[]
        {
            "benchmark-2019.csv", "benchmark-2020.csv", "benchmark-2021.csv", "benchmark-2022.csv", "benchmark-2023.csv",
            "benchmark-2024.csv", "long/benchmark-long-2023-2024.csv", "long/benchmark-long-en.csv", "survey/respondenten-2024.csv",
        }));
    }

    [Test]
    public void Generate_SameSeedTwice_GivesIdenticalBytes()
    {
        var again = SampleGenerator.Generate(BuiltInMunicipalities.Registry, new SampleOptions());

        Assert.That(again.Select(f => f.RelativePath), Is.EqualTo(Default.Value.Select(f => f.RelativePath)));
        for (var i = 0; i < again.Count; i++)
        {
            Assert.That(again[i].Content.ToArray(), Is.EqualTo(Default.Value[i].Content.ToArray()), again[i].RelativePath);
        }
    }

    [Test]
    public void Generate_DifferentSeed_ChangesValuesButNotStructure()
    {
        var other = SampleGenerator.Generate(BuiltInMunicipalities.Registry, SampleOptions.Default with { Seed = 7 });
        var a = Wide(2024);
        var b = SampleTable.Parse(other.Single(f => f.RelativePath == "benchmark-2024.csv").Content, ';', "\r\n", ',');
        var lasten = a.Column("Totale lasten");

        Assert.That(b.Header, Is.EqualTo(a.Header));
        Assert.That(b.Rows.Select(r => r[0]), Is.EqualTo(a.Rows.Select(r => r[0])));
        Assert.That(b.Rows.Select(r => r[3]), Is.EqualTo(a.Rows.Select(r => r[3])), "inhabitants in 2024 are the registry's figures");
        var changed = a.Rows.Zip(b.Rows).Count(p => p.First[lasten] != p.Second[lasten]);
        Assert.That(changed, Is.GreaterThan(a.Rows.Count * 9 / 10), "total expenditure differs for almost every municipality");
    }

    [Test]
    public void WideFiles_EveryRegistryCodeAppearsOncePerYearWithItsOfficialName()
    {
        var registry = BuiltInMunicipalities.Registry;
        foreach (var year in Years)
        {
            var table = Wide(year);
            Assert.That(table.Header.Take(3), Is.EqualTo(new[] { "gemeentecode", "gemeentenaam", "jaar" }));
            Assert.That(table.Rows.Select(r => r[0]), Is.EqualTo(registry.All.Select(m => m.Code.ToString())), $"{year}: every code once, in code order");
            Assert.That(table.Rows.Select(r => r[1]), Is.EqualTo(registry.All.Select(m => m.Name)), $"{year}: official CBS names");
            Assert.That(table.Rows.Select(r => r[2]), Is.All.EqualTo(year.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    [Test]
    public void WideFiles_HeadersAreCatalogAliasesCoveringEveryRawStructuralAndSurveyFigure()
    {
        var catalog = IndicatorCatalog.Default;
        var header = Wide(2024).Header.Skip(3).ToList();
        var codes = header.Select(h => catalog.FindByHeader(h)?.Code.Value).ToList();

        Assert.That(codes, Is.All.Not.Null, "every header resolves through FindByHeader");
        Assert.That(codes, Is.Unique);
        var expected = catalog.All.Where(i => i.Kind is IndicatorKind.Raw or IndicatorKind.Structural or IndicatorKind.Survey).Select(i => i.Code.Value).Append("overhead_pct");
        Assert.That(codes, Is.EquivalentTo(expected));
        Assert.That(header, Has.None.Matches<string>(h => catalog.TryGet(h!, out _)), "headers are Dutch aliases, not codes");
    }

    [Test]
    public void WideFiles_OverheadPctEqualsComponentsToOneDecimal()
    {
        var checkedRows = 0;
        foreach (var year in Years)
        {
            var table = Wide(year);
            var (total, overhead, pct) = (table.Column("Totale lasten"), table.Column("Overheadkosten"), table.Column("Overhead %"));
            foreach (var row in table.Rows)
            {
                if (table.Number(row[total]) is { } t && table.Number(row[overhead]) is { } o && table.Number(row[pct]) is { } p)
                {
                    Assert.That(p, Is.EqualTo(Math.Round(100 * o / t, 1, MidpointRounding.AwayFromZero)), $"{row[0]} {year}");
                    checkedRows++;
                }
            }
        }

        Assert.That(checkedRows, Is.GreaterThan(6 * 342 * 9 / 10));
    }

    [Test]
    public void WideFiles_MissingShareIsBetweenOneAndFivePercentAndUsesEveryMarker()
    {
        foreach (var year in Years)
        {
            var fields = Wide(year).Rows.SelectMany(r => r.Skip(3)).ToList();
            var missing = fields.Where(SampleTable.IsMissing).ToList();

            Assert.That((double)missing.Count / fields.Count, Is.InRange(0.01, 0.05), $"{year}");
            Assert.That(missing.Distinct(), Is.EquivalentTo(new[] { "", "-", "n.v.t." }), $"{year}: empty, '-' and 'n.v.t.' all occur");
        }
    }

    [Test]
    public void WideFiles_StructuralFiguresAreNeverMissing()
    {
        foreach (var year in Years)
        {
            var table = Wide(year);
            Assert.That(table.Rows.SelectMany(r => r.Skip(3).Take(3)), Has.None.Matches<string>(f => SampleTable.IsMissing(f!)), $"{year}");
        }
    }

    [Test]
    public void WideFiles_G4HaveTheHighestFormatiePerThousand()
    {
        foreach (var year in Years)
        {
            var table = Wide(year);
            var (inhabitants, formatie) = (table.Column("Inwoners"), table.Column("Formatie fte"));
            var top4 = table.Rows
                .Where(r => !SampleTable.IsMissing(r[formatie]))
                .OrderByDescending(r => 1000 * table.Number(r[formatie])!.Value / table.Number(r[inhabitants])!.Value)
                .Take(4)
                .Select(r => r[0]);
            Assert.That(top4, Is.EquivalentTo(G4), $"{year}");
        }
    }
}
