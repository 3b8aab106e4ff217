using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Benchmark.Catalog;
using Benchmark.Import;
using Benchmark.Samples.Scale;
using Benchmark.Validation;

namespace Benchmark.Tests.Synthetic.Scale;

public sealed class ScaleGeneratorTests
{
    private static readonly ScaleOptions Small = new() { Units = 120, Years = 4, Indicators = 6, Seed = 7 };

    [Test]
    public void WriteData_SameSeed_GivesTheSameBytes()
    {
        var first = Data(Small);
        var second = Data(Small);

        Assert.That(SHA256.HashData(second), Is.EqualTo(SHA256.HashData(first)));
    }

    [Test]
    public void WriteData_OtherSeed_GivesOtherValuesInTheSameShape()
    {
        var a = Lines(Small);
        var b = Lines(Small with { Seed = 8 });

        Assert.That(b, Has.Length.EqualTo(a.Length));
        Assert.That(b.Zip(a).Count(p => p.First != p.Second), Is.GreaterThan(a.Length / 2));
    }

    [Test]
    public void WriteData_Long_HasOneRowPerCellInUnitYearIndicatorOrder()
    {
        var lines = Lines(Small);

        Assert.That(lines[0], Is.EqualTo("gemeentecode;jaar;indicator;waarde"));
        Assert.That(lines, Has.Length.EqualTo(1 + (120 * 4 * 6)));
        Assert.That(lines[1], Does.StartWith("GM0000;2021;syn_01;"));
        Assert.That(lines[^1], Does.StartWith("GM0119;2024;syn_06;"));
    }

    [Test]
    public void WriteData_Wide_HasOneRowPerUnitYearAndAColumnPerIndicator()
    {
        var lines = Lines(Small with { Layout = ScaleLayout.Wide });

        Assert.That(lines[0], Is.EqualTo("gemeentecode;jaar;syn_01;syn_02;syn_03;syn_04;syn_05;syn_06"));
        Assert.That(lines, Has.Length.EqualTo(1 + (120 * 4)));
        Assert.That(lines.Skip(1).All(l => l.Split(';').Length == 8), Is.True);
    }

    [Test]
    public void WriteData_WideAndLong_HoldTheSameValues()
    {
        var longValues = Lines(Small).Skip(1).Select(l => l.Split(';')[3]);
        var wideValues = Lines(Small with { Layout = ScaleLayout.Wide }).Skip(1).SelectMany(l => l.Split(';').Skip(2));

        Assert.That(wideValues, Is.EqualTo(longValues));
    }

    [Test]
    public void WriteData_MissingRate_LeavesAboutThatShareEmpty()
    {
        var options = new ScaleOptions { Units = 500, Years = 4, Indicators = 10, MissingRate = 0.05, Seed = 3 };
        var values = Lines(options).Skip(1).Select(l => l.Split(';')[3]).ToList();

        // 20,000 Bernoulli(0.05) draws: the share lies within ±1 percentage point with probability > 0.9999 (sd 0.15 pp).
        Assert.That(values.Count(v => v.Length == 0) / (double)values.Count, Is.EqualTo(0.05).Within(0.01));
    }

    [Test]
    public void WriteData_Values_HaveTwoDecimalsWithADecimalComma()
    {
        var values = Lines(Small).Skip(1).Select(l => l.Split(';')[3]).Where(v => v.Length > 0).ToList();

        Assert.That(values, Is.All.Matches<string>(v => v!.Length >= 4 && v[^3] == ',' && char.IsAsciiDigit(v[^1]) && char.IsAsciiDigit(v[^2])));
    }

    [Test]
    public void Files_ReadWithTheirReferenceAndCatalogue_ValidateWithoutErrorsAndKeepEveryValue()
    {
        var report = Load(Small with { Outliers = 5 });

        Assert.That(report.ErrorCount, Is.Zero, () => string.Join("\n", report.AllFindings.Take(5).Select(f => f.Message.En)));
        Assert.That(report.Dataset.Count, Is.EqualTo(120 * 4 * 6));
        Assert.That(report.Dataset.Indicators, Is.EqualTo(Enumerable.Range(1, 6).Select(k => "syn_0" + k.ToString(CultureInfo.InvariantCulture))));
    }

    [Test]
    public void Outliers_Planted_AreFlaggedByValidationAsWarnings()
    {
        var none = Load(Small with { Outliers = 0 }).AllFindings.Count(f => f.Rule == Rules.Outlier);
        var planted = Load(Small with { Outliers = 5 }).AllFindings.Where(f => f.Rule == Rules.Outlier).ToList();

        // Planted values are × 6 or ÷ 6: robust z far beyond 3.5 for × 6; ÷ 6 of a value with a small spread also stands out.
        Assert.That(planted.Count - none, Is.InRange(3, 5));
        Assert.That(planted, Is.All.Matches<Finding>(f => f!.Severity == Severity.Warning));
        Assert.That(none, Is.LessThan(120 * 4 * 6 / 100), "the unplanted values are mostly ordinary");
    }

    [Test]
    public void Check_MoreUnitsThanTheCodeSpace_Throws()
    {
        Assert.Throws<ArgumentException>(() => (Small with { Units = 100_001 }).Check());
    }

    [Test]
    public void Check_TheWholeCodeSpace_IsAccepted_AndItsLastUnitHasTheLargestCode()
    {
        Assert.DoesNotThrow(() => (Small with { Units = ScaleOptions.MaxUnits }).Check());
        var last = ScaleGenerator.UnitCode(ScaleOptions.MaxUnits - 1);
        Assert.That(Benchmark.Municipalities.MunicipalityCode.Parse(last).Number, Is.EqualTo(Benchmark.Municipalities.MunicipalityCode.MaxNumber));
    }

    [Test]
    public void Files_BeyondTenThousandUnits_UseExtendedCodesInDataAndReference()
    {
        var options = new ScaleOptions { Units = 10_002, Years = 1, Indicators = 1, Seed = 5 };
        var lines = Lines(options);
        string[] reference;
        using (var stream = new MemoryStream())
        {
            ScaleGenerator.WriteMunicipalities(stream, options);
            reference = Encoding.ASCII.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        }

        // Units 9999, 10000 and 10001 are the last three rows of a file with one row per unit.
        Assert.That(lines.TakeLast(3).Select(l => l.Split(';')[0]), Is.EqualTo(new[] { "GM9999", "GM10000", "GM10001" }));
        Assert.That(reference.TakeLast(3).Select(l => l.Split(';')[0] + ";" + l.Split(';')[1]), Is.EqualTo(new[] { "GM9999;Synthetisch 9999", "GM10000;Synthetisch 10000", "GM10001;Synthetisch 10001" }));
        Assert.That(ScaleGenerator.UnitCode(10_000), Is.EqualTo("GM10000"));
        Assert.That(ScaleGenerator.UnitCode(99_999), Is.EqualTo("GM99999"));
    }

    [Test]
    public void IndicatorCode_PadsToTheNumberOfIndicators()
    {
        Assert.That(ScaleGenerator.IndicatorCode(0, 50), Is.EqualTo("syn_01"));
        Assert.That(ScaleGenerator.IndicatorCode(99, 120), Is.EqualTo("syn_100"));
        Assert.That(ScaleGenerator.UnitCode(42), Is.EqualTo("GM0042"));
    }

    private static ValidationReport Load(ScaleOptions options)
    {
        var folder = Path.Combine(Path.GetTempPath(), "scale-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var data = Path.Combine(folder, "data.csv");
            var reference = Path.Combine(folder, "municipalities.csv");
            File.WriteAllBytes(data, Data(options));
            using (var stream = File.Create(reference))
            {
                ScaleGenerator.WriteMunicipalities(stream, options);
            }

            using var catalogStream = new MemoryStream();
            ScaleGenerator.WriteCatalog(catalogStream, options);
            catalogStream.Position = 0;
            var import = ImportOptions.Default with { Catalog = IndicatorCatalog.Default.Merge(IndicatorCatalog.Load(catalogStream)) };
            var registry = MunicipalityFileReader.Read(reference, import);
            Assert.That(registry.Report.ErrorCount, Is.Zero);
            return DatasetLoader.Load([data], import with { Municipalities = import.Municipalities.Merge(registry.Registry) });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static byte[] Data(ScaleOptions options)
    {
        using var stream = new MemoryStream();
        ScaleGenerator.WriteData(stream, options);
        return stream.ToArray();
    }

    private static string[] Lines(ScaleOptions options) =>
        System.Text.Encoding.UTF8.GetString(Data(options)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
