using Benchmark.Import;
using Benchmark.Validation;

namespace Benchmark.Tests.Import;

/// <summary>
/// Seeded random inputs (fixed seed, so every run is the same): the importer and the reference reader never throw,
/// and the row counts and findings are always consistent.
/// </summary>
public sealed class RandomizedImportTests
{
    private const int Seed = 20_240_601;
    private const int Cases = 3000;

    [Test]
    public void Import_RandomCsvLikeInput_NeverThrowsAndCountsAddUp()
    {
        var generator = new RandomCsvGenerator(new Random(Seed));
        var options = new Random(Seed + 1);
        var withValues = 0;
        var rules = new HashSet<string>();
        for (var i = 0; i < Cases; i++)
        {
            var bytes = generator.Next();
            var opts = ImportOptions.Default with
            {
                MaxRecordSize = options.Next(10) == 0 ? 256 : 1_000_000,
                DecimalConvention = (DecimalConvention)options.Next(3),
            };

            ImportResult result = null!;
            Assert.That(() => result = ImportHelper.Import(bytes, opts), Throws.Nothing, $"case {i}");
            CheckReport(result.Report(), i);
            Assert.That(result.Dataset.Observations, Has.All.Matches<Benchmark.Data.Observation>(o =>
                (double.IsNaN(o.Value) || double.IsFinite(o.Value)) && o.Source.Line >= 2 && o.Source.File == ImportHelper.FileName), $"case {i}");
            withValues += result.Dataset.Count > 0 ? 1 : 0;
            rules.UnionWith(result.Report().Findings.Select(f => f.Rule));

            MunicipalityFileResult reference = null!;
            using var stream = new MemoryStream(bytes);
            Assert.That(() => reference = MunicipalityFileReader.Read(stream, ImportHelper.FileName, opts), Throws.Nothing, $"case {i} (reference)");
            CheckReport(reference.Report, i);
        }

        // The generator must reach the whole importer: files that load, and most kinds of finding.
        Assert.That(withValues, Is.GreaterThan(Cases / 100));
        Assert.That(rules, Is.SupersetOf(new[]
        {
            Rules.FileUnreadable, Rules.UnknownColumn, Rules.DuplicateColumn, Rules.MissingColumn, Rules.FieldCount, Rules.NotANumber,
            Rules.InvalidYear, Rules.MalformedCode, Rules.UnknownCode,
        }));
    }

    private static void CheckReport(FileReport report, int i)
    {
        Assert.That(report.RowsRead, Is.EqualTo(report.RowsAccepted + report.RowsRejected), $"case {i}");
        Assert.That(report.RowsAccepted, Is.GreaterThanOrEqualTo(0), $"case {i}");
        Assert.That(report.RowsRejected, Is.GreaterThanOrEqualTo(0), $"case {i}");
        Assert.That(report.Findings.Select(f => f.Line), Is.Ordered, $"case {i}");
        Assert.That(report.Findings, Has.All.Matches<Finding>(f =>
            f!.File == ImportHelper.FileName && f.Message.Nl.Length > 0 && f.Message.En.Length > 0 && f.Hint.En.Length > 0), $"case {i}");
    }
}
