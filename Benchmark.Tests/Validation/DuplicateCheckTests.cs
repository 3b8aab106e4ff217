using Benchmark.Data;
using Benchmark.Validation;
using static Benchmark.Tests.Validation.ValidationKit;

namespace Benchmark.Tests.Validation;

public sealed class DuplicateCheckTests
{
    [Test]
    public void DuplicateConflict_DifferentValues_RejectsEveryOccurrence()
    {
        var report = Validate(new DatasetBuilder()
            .Put(A, 2023, "total_expenditure", 100_000_000, line: 5)
            .Put(A, 2023, "total_expenditure", 120_000_000, line: 9));

        var findings = report.Of(Rules.DuplicateConflict);
        Assert.That(findings.Select(f => (f.Severity, f.Line, f.Column, f.Value)), Is.EqualTo(new[]
        {
            (Severity.Error, 5, "total_expenditure", "100000000"),
            (Severity.Error, 9, "total_expenditure", "120000000"),
        }));
        Assert.That(findings[0].Message.En, Does.Contain("line 9").And.Contain("120,000,000"));
        Assert.That(findings[1].Message.En, Does.Contain("line 5").And.Contain("100,000,000"));
        Assert.That(findings[0].Message.Nl, Does.Contain("regel 9").And.Contain("120.000.000"));
        Assert.That(report.Accepted(A, 2023, "total_expenditure"), Is.Null);
    }

    [Test]
    public void DuplicateRepeat_EqualValues_KeepsFirstAndFlagsLater()
    {
        var report = Validate(new DatasetBuilder()
            .Put(A, 2023, "total_expenditure", 100_000_000, line: 5)
            .Put(A, 2023, "total_expenditure", 100_000_000, line: 9)
            .Put(A, 2023, "total_expenditure", 100_000_000, line: 12));

        var findings = report.Of(Rules.DuplicateRepeat);
        Assert.That(findings.Select(f => (f.Severity, f.Line, f.Column, f.Value)), Is.EqualTo(new[]
        {
            (Severity.Warning, 9, "total_expenditure", "100000000"),
            (Severity.Warning, 12, "total_expenditure", "100000000"),
        }));
        Assert.That(findings[0].Message.En, Does.Contain("line 5"));
        Assert.That(report.Of(Rules.DuplicateConflict), Is.Empty);
        Assert.That(report.AcceptedObservation(A, 2023, "total_expenditure")?.Source, Is.EqualTo(At(5, "total_expenditure")));
        Assert.That(report.Dataset.Count, Is.EqualTo(1));
    }

    [Test]
    public void DuplicateConflict_ThreeOccurrencesTwoEqual_RejectsAll()
    {
        var report = Validate(new DatasetBuilder()
            .Put(A, 2023, "wage_bill", 5_000_000, line: 2)
            .Put(A, 2023, "wage_bill", 5_000_000, line: 3)
            .Put(A, 2023, "wage_bill", 6_000_000, line: 4));

        Assert.That(report.Of(Rules.DuplicateConflict).Select(f => f.Line), Is.EqualTo(new[] { 2, 3, 4 }));
        Assert.That(report.Of(Rules.DuplicateRepeat), Is.Empty);
        Assert.That(report.Accepted(A, 2023, "wage_bill"), Is.Null);
    }

    [Test]
    public void DuplicateConflict_MissingAgainstNumber_IsConflict()
    {
        var report = Validate(new DatasetBuilder()
            .Put(A, 2023, "wage_bill", double.NaN, line: 2)
            .Put(A, 2023, "wage_bill", 5_000_000, line: 3));

        var findings = report.Of(Rules.DuplicateConflict);
        Assert.That(findings.Select(f => f.Value), Is.EqualTo(new[] { string.Empty, "5000000" }));
        Assert.That(findings[1].Message.En, Does.Contain("line 2: empty"));
        Assert.That(report.Accepted(A, 2023, "wage_bill"), Is.Null);
    }

    [Test]
    public void DuplicateRepeat_TwoMissing_KeepsOneMissing()
    {
        var report = Validate(new DatasetBuilder()
            .Put(A, 2023, "wage_bill", double.NaN, line: 2)
            .Put(A, 2023, "wage_bill", double.NaN, line: 3));

        Assert.That(report.Of(Rules.DuplicateRepeat).Single().Line, Is.EqualTo(3));
        Assert.That(report.Accepted(A, 2023, "wage_bill"), Is.NaN);
    }

    [Test]
    public void Duplicates_DifferentYearOrMunicipality_AreNotDuplicates()
    {
        var report = Validate(new DatasetBuilder()
            .Put(A, 2023, "wage_bill", 5_000_000, line: 2)
            .Put(A, 2022, "wage_bill", 6_000_000, line: 3)
            .Put(B, 2023, "wage_bill", 7_000_000, line: 4));

        Assert.That(report.Of(Rules.DuplicateConflict).Concat(report.Of(Rules.DuplicateRepeat)), Is.Empty);
        Assert.That(report.Dataset.Count, Is.EqualTo(3));
    }

    [Test]
    public void DuplicateConflict_AcrossFiles_NamesTheOtherFileAndGoesToEachFileReport()
    {
        var raw = new DatasetBuilder()
            .Add(A, 2023, "wage_bill", 5_000_000, new SourceLocation("a.csv", 4, "loonsom"))
            .Add(A, 2023, "wage_bill", 5_500_000, new SourceLocation("b.csv", 8, "Loonsom"))
            .Build();
        FileReport[] files = [new("a.csv", 10, 10, 0, []), new("b.csv", 10, 10, 0, [])];

        var report = DatasetValidator.Validate(raw, files, Context());

        var inA = report.Files[0].Findings.Single();
        var inB = report.Files[1].Findings.Single();
        Assert.That((inA.Rule, inA.File, inA.Line, inA.Column), Is.EqualTo((Rules.DuplicateConflict, "a.csv", 4, "loonsom")));
        Assert.That((inB.Rule, inB.File, inB.Line, inB.Column), Is.EqualTo((Rules.DuplicateConflict, "b.csv", 8, "Loonsom")));
        Assert.That(inA.Message.En, Does.Contain("b.csv line 8"));
        Assert.That(inB.Message.Nl, Does.Contain("a.csv regel 4"));
    }

    [Test]
    public void DuplicateRepeat_OfOutOfRangeValue_StaysRejected()
    {
        var report = Validate(new DatasetBuilder()
            .Put(A, 2023, "sickness_absence_pct", 150, line: 2)
            .Put(A, 2023, "sickness_absence_pct", 150, line: 3));

        Assert.That(report.Of(Rules.OutOfRange).Select(f => f.Line), Is.EqualTo(new[] { 2, 3 }));
        Assert.That(report.Accepted(A, 2023, "sickness_absence_pct"), Is.Null);
    }
}
