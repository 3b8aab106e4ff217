using Benchmark.Data;
using Benchmark.Validation;
using static Benchmark.Tests.Validation.ValidationKit;

namespace Benchmark.Tests.Validation;

public sealed class CoverageCheckTests
{
    [Test]
    public void Coverage_CountsPerIndicatorAndYear()
    {
        // Five municipalities in 2023. Total expenditure: all five. Wage bill: three values, one empty, one rejected (−1).
        var builder = new DatasetBuilder();
        for (var i = 1; i <= 5; i++)
        {
            builder.Put(M(i), 2023, "total_expenditure", 100_000_000, line: i);
        }

        builder.Put(M(1), 2023, "wage_bill", 9_000_000, line: 1)
            .Put(M(2), 2023, "wage_bill", 9_000_000, line: 2)
            .Put(M(3), 2023, "wage_bill", 9_000_000, line: 3)
            .Put(M(4), 2023, "wage_bill", double.NaN, line: 4)
            .Put(M(5), 2023, "wage_bill", -1, line: 5);

        var report = Validate(builder);

        var total = report.Coverage.Indicators.Single(c => c.Indicator == "total_expenditure");
        var wages = report.Coverage.Indicators.Single(c => c.Indicator == "wage_bill");
        Assert.That((total.Year, total.Count, total.Missing, total.Rejected, total.Expected, total.Share), Is.EqualTo((2023, 5, 0, 0, 5, 1.0)));
        Assert.That((wages.Year, wages.Count, wages.Missing, wages.Rejected, wages.Expected, wages.Share), Is.EqualTo((2023, 3, 2, 1, 5, 0.6)));
    }

    [Test]
    public void Coverage_BelowMinimum_IsInfoWithoutFile()
    {
        var report = Validate(FiveWith("wage_bill", delivered: 3));

        var finding = report.Findings.Single(f => f.Rule == Rules.Coverage && f.Column == "wage_bill");
        Assert.That((finding.Severity, finding.File, finding.Line, finding.Value), Is.EqualTo((Severity.Info, (string?)null, 0, "3/5")));
        Assert.That(finding.Message.En, Does.Contain("3 of the 5 municipalities (60 %)").And.Contain("at least 80 %"));
        Assert.That(report.Files.Single().Findings.Where(f => f.Rule == Rules.Coverage), Is.Empty);
    }

    [Test]
    public void Coverage_AtMinimum_IsNoFinding()
    {
        // 4 of 5 = 0.8, exactly the default minimum: not below it.
        var report = Validate(FiveWith("wage_bill", delivered: 4));

        Assert.That(report.Coverage.Indicators.Single(c => c.Indicator == "wage_bill").Share, Is.EqualTo(0.8));
        Assert.That(report.Findings.Where(f => f.Rule == Rules.Coverage && f.Column == "wage_bill"), Is.Empty);
    }

    [Test]
    public void Coverage_ComputedValuesCount()
    {
        // Overhead % is not in the file but computed for all three municipalities.
        var builder = new DatasetBuilder();
        for (var i = 1; i <= 3; i++)
        {
            builder.Put(M(i), 2023, "total_expenditure", 100_000_000, line: i).Put(M(i), 2023, "overhead_costs", 10_000_000, line: i);
        }

        var report = Validate(builder);

        var overhead = report.Coverage.Indicators.Single(c => c.Indicator == "overhead_pct");
        Assert.That((overhead.Count, overhead.Expected), Is.EqualTo((3, 3)));
        Assert.That(report.Coverage.Indicators.Any(c => c.Indicator == "ict_costs_per_fte"), Is.False, "indicators nobody has are not listed");
    }

    [Test]
    public void Coverage_PerMunicipality_CountsIndicatorsDelivered()
    {
        // Two indicators in 2023: A has both, B only total expenditure (wage bill empty).
        var report = Validate(new DatasetBuilder()
            .Put(A, 2023, "total_expenditure", 100_000_000, line: 2).Put(A, 2023, "wage_bill", 9_000_000, line: 2)
            .Put(B, 2023, "total_expenditure", 100_000_000, line: 3).Put(B, 2023, "wage_bill", double.NaN, line: 3));

        Assert.That(report.Coverage.Municipalities.Select(c => (c.Municipality, c.Year, c.Delivered, c.Expected)),
            Is.EqualTo(new[] { (A, 2023, 2, 2), (B, 2023, 1, 2) }));
        var finding = report.Findings.Single(f => f.Rule == Rules.Coverage && f.Value == "GM0002");
        Assert.That(finding.Message.En, Does.Contain("1 of the 2 indicators"));
    }

    [Test]
    public void Coverage_IsPerYear()
    {
        var report = Validate(new DatasetBuilder()
            .Put(A, 2022, "wage_bill", 9_000_000, line: 2)
            .Put(A, 2023, "wage_bill", 9_000_000, line: 3)
            .Put(B, 2023, "wage_bill", double.NaN, line: 4));

        Assert.That(report.Coverage.Indicators.Select(c => (c.Year, c.Count, c.Expected)), Is.EqualTo(new[] { (2022, 1, 1), (2023, 1, 2) }));
    }

    [Test]
    public void Coverage_EmptyDataset_IsEmpty()
    {
        var report = DatasetValidator.Validate(Dataset.Empty, [], Context());

        Assert.That(report.Coverage.Indicators, Is.Empty);
        Assert.That(report.Coverage.Municipalities, Is.Empty);
        Assert.That(report.Findings, Is.Empty);
        Assert.That(report.Dataset.Count, Is.Zero);
    }

    private static DatasetBuilder FiveWith(string code, int delivered)
    {
        var builder = new DatasetBuilder();
        for (var i = 1; i <= 5; i++)
        {
            builder.Put(M(i), 2023, "total_expenditure", 100_000_000, line: i)
                .Put(M(i), 2023, code, i <= delivered ? 9_000_000 : double.NaN, line: i);
        }

        return builder;
    }
}
