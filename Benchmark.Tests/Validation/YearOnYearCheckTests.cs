using Benchmark.Data;
using Benchmark.Validation;
using static Benchmark.Tests.Validation.ValidationKit;

namespace Benchmark.Tests.Validation;

public sealed class YearOnYearCheckTests
{
    [TestCase(6.0, false)]
    [TestCase(6.1, true)]
    [TestCase(2.0, false)]
    [TestCase(1.9, true)]
    public void YearOnYearJump_AroundFiftyPercent(double current, bool flagged)
    {
        // From 4.0: 6.0 is +50 % and 2.0 is −50 % (at the threshold, not above it); 6.1 and 1.9 go beyond.
        var report = Validate(new DatasetBuilder()
            .Put(A, 2022, "sickness_absence_pct", 4.0, line: 2)
            .Put(A, 2023, "sickness_absence_pct", current, line: 3));

        var findings = report.Of(Rules.YearOnYearJump);
        Assert.That(findings.Count, Is.EqualTo(flagged ? 1 : 0));
        if (flagged)
        {
            var f = findings[0];
            Assert.That((f.Severity, f.Line, f.Column), Is.EqualTo((Severity.Warning, 3, "sickness_absence_pct")));
            Assert.That(f.Message.En, Does.Contain("from 4 in 2022").And.Contain("in 2023"));
        }

        Assert.That(report.Accepted(A, 2023, "sickness_absence_pct"), Is.EqualTo(current));
    }

    [Test]
    public void YearOnYearJump_PreviousYearFromHistory()
    {
        var history = new DatasetBuilder().Add(A, 2022, "sickness_absence_pct", 4.0).Build();

        var report = Validate(new DatasetBuilder().Put(A, 2023, "sickness_absence_pct", 7.0, line: 3), Context(history: history));

        var f = report.Of(Rules.YearOnYearJump).Single();
        Assert.That(f.Line, Is.EqualTo(3));
        Assert.That(f.Message.En, Does.Contain("in 2022 (earlier import)").And.Contain("+75 %"));
    }

    [Test]
    public void YearOnYearJump_CurrentDataWinsOverHistory()
    {
        // History says 4.0 for 2022, the files say 6.0; 7.0 in 2023 is +17 % against the files' figure.
        var history = new DatasetBuilder().Add(A, 2022, "sickness_absence_pct", 4.0).Build();

        var report = Validate(
            new DatasetBuilder().Put(A, 2022, "sickness_absence_pct", 6.0, line: 2).Put(A, 2023, "sickness_absence_pct", 7.0, line: 3),
            Context(history: history));

        Assert.That(report.Of(Rules.YearOnYearJump), Is.Empty);
    }

    [Test]
    public void YearOnYearJump_NonConsecutiveYears_AreNotCompared()
    {
        var report = Validate(new DatasetBuilder()
            .Put(A, 2021, "sickness_absence_pct", 4.0, line: 2)
            .Put(A, 2023, "sickness_absence_pct", 8.0, line: 3));

        Assert.That(report.Of(Rules.YearOnYearJump), Is.Empty);
    }

    [Test]
    public void YearOnYearJump_AcrossSeriesBreak_IsNotFlagged()
    {
        // running_costs_per_inhabitant changes definition in 2022 (material costs included): 2021 → 2022 is a break.
        var report = Validate(new DatasetBuilder()
            .Put(A, 2021, "running_costs_per_inhabitant", 400, line: 2)
            .Put(A, 2022, "running_costs_per_inhabitant", 700, line: 3));

        Assert.That(report.Of(Rules.YearOnYearJump), Is.Empty);
    }

    [Test]
    public void YearOnYearJump_AfterSeriesBreak_IsFlagged()
    {
        var report = Validate(new DatasetBuilder()
            .Put(A, 2022, "running_costs_per_inhabitant", 400, line: 2)
            .Put(A, 2023, "running_costs_per_inhabitant", 700, line: 3));

        Assert.That(report.Of(Rules.YearOnYearJump).Single().Line, Is.EqualTo(3));
    }

    [Test]
    public void YearOnYearJump_Inhabitants_IsFlagged()
    {
        var report = Validate(new DatasetBuilder()
            .Put(A, 2022, "inhabitants", 10_000, line: 2)
            .Put(A, 2023, "inhabitants", 100_000, line: 3));

        var f = report.Of(Rules.YearOnYearJump).Single();
        Assert.That((f.Line, f.Column), Is.EqualTo((3, "inhabitants")));
        Assert.That(f.Hint.En, Does.Contain("merger"));
    }

    [Test]
    public void YearOnYearJump_SizeDependentCost_IsNotFlagged()
    {
        var report = Validate(new DatasetBuilder()
            .Put(A, 2022, "total_expenditure", 100_000_000, line: 2)
            .Put(A, 2023, "total_expenditure", 300_000_000, line: 3));

        Assert.That(report.Of(Rules.YearOnYearJump), Is.Empty);
    }

    [Test]
    public void YearOnYearJump_PreviousZero_IsNotCompared()
    {
        var report = Validate(new DatasetBuilder()
            .Put(A, 2022, "sickness_absence_pct", 0, line: 2)
            .Put(A, 2023, "sickness_absence_pct", 5, line: 3));

        Assert.That(report.Of(Rules.YearOnYearJump), Is.Empty);
        Assert.That(report.Of(Rules.PlaceholderZero).Single().Line, Is.EqualTo(2));
    }

    [Test]
    public void YearOnYearJump_OnComputedValues_IsLocatedOnFirstInputLine()
    {
        // Overhead % computed: 100 × 10 / 100 = 10 % in 2022, 100 × 20 / 100 = 20 % in 2023 (+100 %).
        var report = Validate(new DatasetBuilder()
            .Put(A, 2022, "total_expenditure", 100_000_000, line: 2).Put(A, 2022, "overhead_costs", 10_000_000, line: 2)
            .Put(A, 2023, "total_expenditure", 100_000_000, line: 3).Put(A, 2023, "overhead_costs", 20_000_000, line: 3));

        var f = report.Of(Rules.YearOnYearJump).Single();
        Assert.That((f.Line, f.Column, f.Value), Is.EqualTo((3, "overhead_pct", "20")));
    }

    [Test]
    public void YearOnYearJump_ThresholdIsAnOption()
    {
        var options = ValidationOptions.Default with { YearOnYearThreshold = 0.2 };

        var report = Validate(
            new DatasetBuilder().Put(A, 2022, "sickness_absence_pct", 4.0, line: 2).Put(A, 2023, "sickness_absence_pct", 5.0, line: 3),
            Context(options));

        Assert.That(report.Of(Rules.YearOnYearJump), Has.Count.EqualTo(1));
    }
}
