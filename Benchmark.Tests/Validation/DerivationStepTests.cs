using Benchmark.Data;
using Benchmark.Validation;
using static Benchmark.Tests.Validation.ValidationKit;

namespace Benchmark.Tests.Validation;

public sealed class DerivationStepTests
{
    [Test]
    public void Validate_Overhead_IsComputedWithoutSource()
    {
        var report = Validate(new DatasetBuilder()
            .Put(A, 2023, "total_expenditure", 100_000_000, line: 2)
            .Put(A, 2023, "overhead_costs", 12_000_000, line: 2));

        // 100 × 12,000,000 / 100,000,000 = 12.0 %.
        var o = report.AcceptedObservation(A, 2023, "overhead_pct");
        Assert.That(o?.Value, Is.EqualTo(12.0).Within(1e-12));
        Assert.That(o?.Source, Is.EqualTo(SourceLocation.None));
    }

    [Test]
    public void Validate_ExternalHire_IsHireOverWageBillPlusHire()
    {
        var report = Validate(new DatasetBuilder()
            .Put(A, 2023, "wage_bill", 9_000_000, line: 2)
            .Put(A, 2023, "external_hire_costs", 1_000_000, line: 2));

        // 100 × 1,000,000 / (9,000,000 + 1,000,000) = 10 %.
        Assert.That(report.Accepted(A, 2023, "external_hire_pct"), Is.EqualTo(10.0).Within(1e-12));
    }

    [Test]
    public void Validate_InhabitantsAbsent_FallsBackToRegistry()
    {
        var registry = Registry((A, 2023, 50_000));

        var report = Validate(new DatasetBuilder().Put(A, 2023, "fte_staffed", 300, line: 2), Context(registry: registry));

        // 1000 × 300 / 50,000 = 6.0 FTE per 1,000 inhabitants, with the reference's inhabitants.
        Assert.That(report.Accepted(A, 2023, "bezetting_per_1000"), Is.EqualTo(6.0).Within(1e-12));
        Assert.That(report.Accepted(A, 2023, "inhabitants"), Is.Null, "the reference figure is used, not added to the data");
    }

    [Test]
    public void Validate_InhabitantsInData_WinOverRegistry()
    {
        var registry = Registry((A, 2023, 50_000));

        var report = Validate(
            new DatasetBuilder().Put(A, 2023, "fte_staffed", 300, line: 2).Put(A, 2023, "inhabitants", 60_000, line: 2),
            Context(registry: registry));

        // 1000 × 300 / 60,000 = 5.0.
        Assert.That(report.Accepted(A, 2023, "bezetting_per_1000"), Is.EqualTo(5.0).Within(1e-12));
    }

    [Test]
    public void Validate_InhabitantsRejected_FallsBackToRegistry()
    {
        var registry = Registry((A, 2023, 50_000));

        var report = Validate(
            new DatasetBuilder().Put(A, 2023, "fte_staffed", 300, line: 2).Put(A, 2023, "inhabitants", -1, line: 2),
            Context(registry: registry));

        Assert.That(report.Of(Rules.OutOfRange).Single().Column, Is.EqualTo("inhabitants"));
        Assert.That(report.Accepted(A, 2023, "bezetting_per_1000"), Is.EqualTo(6.0).Within(1e-12));
    }

    [Test]
    public void Validate_DerivedGivenDirectly_IsNotRecomputed()
    {
        var report = Validate(new DatasetBuilder()
            .Put(A, 2023, "total_expenditure", 100_000_000, line: 2)
            .Put(A, 2023, "overhead_costs", 12_000_000, line: 2)
            .Put(A, 2023, "overhead_pct", 12.05, line: 2));

        Assert.That(report.Dataset.Observations.Count(o => o.Indicator == "overhead_pct"), Is.EqualTo(1));
        Assert.That(report.Accepted(A, 2023, "overhead_pct"), Is.EqualTo(12.05));
    }

    [Test]
    public void Validate_DerivedGivenAsMissing_IsReplacedByComputedValue()
    {
        var report = Validate(new DatasetBuilder()
            .Put(A, 2023, "total_expenditure", 100_000_000, line: 2)
            .Put(A, 2023, "overhead_costs", 12_000_000, line: 2)
            .Put(A, 2023, "overhead_pct", double.NaN, line: 2));

        var o = report.AcceptedObservation(A, 2023, "overhead_pct");
        Assert.That(o?.Value, Is.EqualTo(12.0).Within(1e-12));
        Assert.That(o?.Source, Is.EqualTo(SourceLocation.None));
        Assert.That(report.Dataset.Observations.Count(x => x.Indicator == "overhead_pct"), Is.EqualTo(1));
    }

    [Test]
    public void Validate_InputMissing_GivesNoDerivedValue()
    {
        var report = Validate(new DatasetBuilder()
            .Put(A, 2023, "total_expenditure", 100_000_000, line: 2)
            .Put(A, 2023, "overhead_costs", double.NaN, line: 2));

        Assert.That(report.Accepted(A, 2023, "overhead_pct"), Is.Null);
    }

    [Test]
    public void Validate_ComputedOutsideValidRange_IsErrorOnFirstInputLineAndNotAdded()
    {
        // ict_costs_per_fte = 5,000,000 / 10 = 500,000 euro per FTE, above the valid maximum of 200,000.
        var report = Validate(new DatasetBuilder()
            .Put(A, 2023, "ict_costs", 5_000_000, line: 4)
            .Put(A, 2023, "fte_staffed", 10, line: 4));

        var finding = report.Of(Rules.OutOfRange).Single();
        Assert.That((finding.Severity, finding.File, finding.Line, finding.Column, finding.Value),
            Is.EqualTo((Severity.Error, FileName, 4, "ict_costs_per_fte", "500000")));
        Assert.That(finding.Message.En, Does.Contain("ict_costs / fte_staffed").And.Contain("ict_costs = 5,000,000"));
        Assert.That(report.Accepted(A, 2023, "ict_costs_per_fte"), Is.Null);
        Assert.That(report.Accepted(A, 2023, "ict_costs"), Is.EqualTo(5_000_000), "the inputs themselves stay accepted");
    }

    [Test]
    public void Validate_ComputedOutsidePlausibleRange_IsWarningAndKept()
    {
        // overhead_pct = 100 × 25,000,000 / 100,000,000 = 25 %, above the plausible 4–20 %.
        var report = Validate(new DatasetBuilder()
            .Put(A, 2023, "total_expenditure", 100_000_000, line: 4)
            .Put(A, 2023, "overhead_costs", 25_000_000, line: 4));

        var finding = report.Of(Rules.Implausible).Single();
        Assert.That((finding.Severity, finding.Line, finding.Column, finding.Value), Is.EqualTo((Severity.Warning, 4, "overhead_pct", "25")));
        Assert.That(report.Accepted(A, 2023, "overhead_pct"), Is.EqualTo(25.0).Within(1e-12));
    }
}
