using Benchmark.Catalog;
using Benchmark.Import;
using Benchmark.Samples;

namespace Benchmark.Tests.Synthetic;

public sealed class LongSampleTests
{
    private static readonly Lazy<IReadOnlyList<SampleFile>> Files = new(() => SampleGenerator.Generate(BuiltInMunicipalities.Registry));

    private static SampleFile File(string path) => Files.Value.Single(f => f.RelativePath == path);

    [Test]
    public void DutchLongFile_HasDutchConventionsAndFortyMunicipalitiesTimesSixRatiosTimesTwoYears()
    {
        var file = File("long/benchmark-long-2023-2024.csv");
        var table = SampleTable.Parse(file.Content, ';', "\r\n", ',');

        Assert.That(file.Content.Span[..3].ToArray(), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), "UTF-8 with BOM");
        Assert.That(table.Header, Is.EqualTo(new[] { "gemeentecode", "jaar", "indicator", "waarde" }));
        Assert.That(table.Rows, Has.Count.EqualTo(40 * 6 * 2));
        Assert.That(table.Rows.Select(r => r[0]).Distinct().Count(), Is.EqualTo(40));
        Assert.That(table.Rows.Select(r => r[0]), Does.Contain("GM0363").And.Contain("GM0599").And.Contain("GM0518").And.Contain("GM0344"));
        Assert.That(table.Rows.Select(r => r[1]).Distinct(), Is.EquivalentTo(new[] { "2023", "2024" }));
        Assert.That(table.Rows.Select(r => table.Number(r[3])), Is.All.Not.Null.And.All.GreaterThan(0));
    }

    [Test]
    public void LongFiles_IndicatorLabelsResolveToTheSixRatios_WithCodesAndAliasesMixed()
    {
        var catalog = IndicatorCatalog.Default;
        var expected = new[] { "overhead_pct", "formatie_per_1000", "bezetting_per_1000", "running_costs_per_inhabitant", "external_hire_pct", "sickness_absence_pct" };
        foreach (var (path, separator, newLine, decimals) in new[] { ("long/benchmark-long-2023-2024.csv", ';', "\r\n", ','), ("long/benchmark-long-en.csv", ',', "\n", '.') })
        {
            var labels = SampleTable.Parse(File(path).Content, separator, newLine, decimals).Rows.Select(r => r[2]).Distinct().ToList();

            Assert.That(labels.Select(l => catalog.FindByHeader(l)?.Code.Value), Is.EquivalentTo(expected), path);
            Assert.That(labels.Count(l => catalog.TryGet(l, out _)), Is.InRange(1, 5), $"{path}: some codes, some aliases");
        }
    }

    [Test]
    public void EnglishLongFile_HasEnglishConventionsAndTheSameNumbers()
    {
        var file = File("long/benchmark-long-en.csv");
        var english = SampleTable.Parse(file.Content, ',', "\n", '.');
        var dutch = SampleTable.Parse(File("long/benchmark-long-2023-2024.csv").Content, ';', "\r\n", ',');

        Assert.That(file.Content.Span[0], Is.EqualTo((byte)'g'), "UTF-8 without BOM");
        Assert.That(file.Content.Span.IndexOf((byte)'\r'), Is.EqualTo(-1), "LF line endings only");
        Assert.That(english.Rows.Select(r => r[0] + r[1]), Is.EqualTo(dutch.Rows.Select(r => r[0] + r[1])));
        Assert.That(english.Rows.Select(r => english.Number(r[3])), Is.EqualTo(dutch.Rows.Select(r => dutch.Number(r[3]))));
        Assert.That(english.Rows.Select(r => r[3]), Has.All.Contains('.'), "every value has decimals, so the convention is evident");
    }

    [Test]
    public void DutchLongFile_OverheadPctMatchesTheWideFile()
    {
        var dutch = SampleTable.Parse(File("long/benchmark-long-2023-2024.csv").Content, ';', "\r\n", ',');
        var wide = SampleGeneratorTests.Wide(2024);
        var (total, overhead) = (wide.Column("Totale lasten"), wide.Column("Overheadkosten"));
        var compared = 0;
        foreach (var row in dutch.Rows.Where(r => r[1] == "2024" && r[2] == "overhead_pct"))
        {
            var w = wide.Rows.Single(r => r[0] == row[0]);
            if (wide.Number(w[total]) is { } t && wide.Number(w[overhead]) is { } o)
            {
                Assert.That(dutch.Number(row[3]), Is.EqualTo(Math.Round(100 * o / t, 1, MidpointRounding.AwayFromZero)), row[0]);
                compared++;
            }
        }

        Assert.That(compared, Is.GreaterThan(30));
    }
}
