using Benchmark.Data;
using Benchmark.Text;
using Benchmark.Validation;
using static Benchmark.Tests.Validation.ValidationKit;

namespace Benchmark.Tests.Validation;

public sealed class DatasetValidatorTests
{
    [Test]
    public void Validate_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => DatasetValidator.Validate(null!, [], Context()));
        Assert.Throws<ArgumentNullException>(() => DatasetValidator.Validate(Dataset.Empty, null!, Context()));
        Assert.Throws<ArgumentNullException>(() => DatasetValidator.Validate(Dataset.Empty, [], null!));
        Assert.Throws<ArgumentNullException>(() => DatasetValidator.Validate(Dataset.Empty, [], Context() with { Options = null! }));
    }

    [Test]
    public void Validate_MergesFindingsIntoFileReportsByLineThenColumn()
    {
        var importFinding = new Finding(Severity.Warning, Rules.NameMismatch, FileName, 4, "gemeentenaam", "Utrecht", new LocalizedText("n", "n"), new LocalizedText("h", "h"));
        var rowFinding = new Finding(Severity.Error, Rules.FieldCount, FileName, 9, null, null, new LocalizedText("n", "n"), new LocalizedText("h", "h"));
        var raw = new DatasetBuilder()
            .Put(A, 2023, "wage_bill", -1, line: 6)
            .Put(A, 2023, "sickness_absence_pct", 101, line: 6)
            .Put(B, 2023, "sickness_absence_pct", 101, line: 3)
            .Build();
        FileReport file = new(FileName, 8, 7, 1, [importFinding, rowFinding], new FileFormatInfo("utf-8", ';', ',', "wide"));

        var report = DatasetValidator.Validate(raw, [file], Context());

        var merged = report.Files.Single();
        Assert.That(merged.Findings.Select(f => (f.Line, f.Column)), Is.EqualTo(new (int, string?)[]
        {
            (3, "sickness_absence_pct"), (4, "gemeentenaam"), (6, "sickness_absence_pct"), (6, "wage_bill"), (9, null),
        }));
        Assert.That((merged.RowsRead, merged.RowsAccepted, merged.RowsRejected, merged.Format), Is.EqualTo((8, 7, 1, file.Format)));
        Assert.That(merged.ErrorCount, Is.EqualTo(4));
    }

    [Test]
    public void Validate_FileReportWithoutNewFindings_IsUnchanged()
    {
        FileReport file = new(FileName, 1, 1, 0, []);

        var report = DatasetValidator.Validate(new DatasetBuilder().Put(A, 2023, "wage_bill", 9_000_000, line: 2).Build(), [file], Context());

        Assert.That(report.Files.Single(), Is.SameAs(file));
    }

    [Test]
    public void Validate_FindingInFileNotReported_GoesToGeneralFindings()
    {
        var raw = new DatasetBuilder().Add(A, 2023, "wage_bill", -1, new SourceLocation("other.csv", 2, "loonsom")).Build();

        var report = DatasetValidator.Validate(raw, [new FileReport(FileName, 0, 0, 0, [])], Context());

        Assert.That(report.Files.Single().Findings, Is.Empty);
        Assert.That(report.Findings.Single(f => f.Rule == Rules.OutOfRange).File, Is.EqualTo("other.csv"));
        Assert.That(report.HasErrors, Is.True);
    }

    [Test]
    public void Validate_ValuesWithoutSource_AreValidatedToo()
    {
        var raw = new DatasetBuilder().Add(A, 2023, "wage_bill", -1).Build();

        var report = DatasetValidator.Validate(raw, [], Context());

        var finding = report.Findings.Single(f => f.Rule == Rules.OutOfRange);
        Assert.That((finding.File, finding.Line, finding.Column), Is.EqualTo(((string?)null, 0, (string?)null)));
        Assert.That(report.Dataset.Count, Is.Zero);
    }

    [Test]
    public void Validate_MissingValues_StayMissingAndAreNotErrors()
    {
        var report = Validate(new DatasetBuilder()
            .Put(A, 2023, "wage_bill", double.NaN, line: 2)
            .Put(A, 2023, "sickness_absence_pct", double.NaN, line: 2));

        Assert.That(report.ErrorCount, Is.Zero);
        Assert.That(report.Dataset.Count, Is.EqualTo(2));
        Assert.That(report.Dataset.Observations.All(o => o.IsMissing), Is.True);
    }

    [Test]
    public void Validate_RealisticSize_KeepsEveryCleanValue()
    {
        // 340 municipalities × 6 years × 10 raw figures, all plausible and consistent: nothing rejected, derived added.
        var random = new Random(340);
        var builder = new DatasetBuilder();
        var line = 1;
        for (var m = 1; m <= 340; m++)
        {
            for (var year = 2018; year <= 2023; year++, line++)
            {
                var inhabitants = 20_000 + (m * 500);
                var total = inhabitants * (3_000 + random.Next(200));
                builder.Put(M(m), year, "inhabitants", inhabitants, line)
                    .Put(M(m), year, "total_expenditure", total, line)
                    .Put(M(m), year, "overhead_costs", total * (0.09 + (random.NextDouble() * 0.01)), line)
                    .Put(M(m), year, "fte_establishment", inhabitants * 0.007, line)
                    .Put(M(m), year, "fte_staffed", inhabitants * 0.0068, line)
                    .Put(M(m), year, "wage_bill", inhabitants * 450.0, line)
                    .Put(M(m), year, "external_hire_costs", inhabitants * 50.0, line)
                    .Put(M(m), year, "ict_costs", inhabitants * 80.0, line)
                    .Put(M(m), year, "workstations", inhabitants * 0.008, line)
                    .Put(M(m), year, "sickness_absence_pct", 5.0 + (random.NextDouble() * 0.5), line);
            }
        }

        var report = Validate(builder);

        Assert.That(report.ErrorCount, Is.Zero);
        Assert.That(report.WarningCount, Is.Zero, string.Join(Environment.NewLine, report.AllFindings.Take(5).Select(f => f.Message.En)));
        // 10 raw figures + overhead %, formatie and bezetting per 1,000, external hire %, ICT per inhabitant, FTE and workstation.
        Assert.That(report.Dataset.Count, Is.EqualTo(340 * 6 * 17));
        Assert.That(report.Accepted(M(1), 2023, "external_hire_pct"), Is.EqualTo(10.0).Within(1e-9));
    }
}
