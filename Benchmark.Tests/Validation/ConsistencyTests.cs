using Benchmark.Data;
using Benchmark.Validation;
using static Benchmark.Tests.Validation.ValidationKit;

namespace Benchmark.Tests.Validation;

public sealed class ConsistencyTests
{
    [Test]
    public void PartExceedsWhole_OverheadEqualToTotal_IsAccepted()
    {
        var report = Validate(new DatasetBuilder()
            .Put(A, 2023, "total_expenditure", 100_000_000, line: 3)
            .Put(A, 2023, "overhead_costs", 100_000_000, line: 3));

        Assert.That(report.Of(Rules.PartExceedsWhole), Is.Empty);
        Assert.That(report.Accepted(A, 2023, "overhead_costs"), Is.EqualTo(100_000_000));
    }

    [Test]
    public void PartExceedsWhole_OverheadAboveTotal_RejectsOverheadOnly()
    {
        var report = Validate(new DatasetBuilder()
            .Put(A, 2023, "total_expenditure", 100_000_000, line: 3)
            .Put(A, 2023, "overhead_costs", 100_000_001, line: 3));

        var finding = report.Of(Rules.PartExceedsWhole).Single();
        Assert.That((finding.Severity, finding.Line, finding.Column, finding.Value), Is.EqualTo((Severity.Error, 3, "overhead_costs", "100000001")));
        Assert.That(finding.Message.En, Does.Contain("100,000,001").And.Contain("100,000,000"));
        Assert.That(report.Accepted(A, 2023, "overhead_costs"), Is.Null);
        Assert.That(report.Accepted(A, 2023, "total_expenditure"), Is.EqualTo(100_000_000));
        Assert.That(report.Accepted(A, 2023, "overhead_pct"), Is.Null, "no derived value from a rejected input");
    }

    [Test]
    public void PartExceedsWhole_WageBillPlusHireAboveTotal_RejectsBothParts()
    {
        var report = Validate(new DatasetBuilder()
            .Put(A, 2023, "total_expenditure", 10_000_000, line: 3)
            .Put(A, 2023, "wage_bill", 8_000_000, line: 3)
            .Put(A, 2023, "external_hire_costs", 2_500_000, line: 3));

        var findings = report.Of(Rules.PartExceedsWhole);
        Assert.That(findings.Select(f => f.Column), Is.EquivalentTo(new[] { "wage_bill", "external_hire_costs" }));
        Assert.That(findings[0].Message.En, Does.Contain("wage_bill + external_hire_costs = 10,500,000"));
        Assert.That(report.Accepted(A, 2023, "wage_bill"), Is.Null);
        Assert.That(report.Accepted(A, 2023, "external_hire_costs"), Is.Null);
    }

    [Test]
    public void PartExceedsWhole_WholeIsPlaceholderZero_RejectsNothing()
    {
        var report = Validate(new DatasetBuilder()
            .Put(A, 2023, "total_expenditure", 0, line: 3)
            .Put(A, 2023, "overhead_costs", 5_000_000, line: 3));

        Assert.That(report.Of(Rules.PartExceedsWhole), Is.Empty);
        Assert.That(report.Of(Rules.PlaceholderZero).Single().Column, Is.EqualTo("total_expenditure"));
        Assert.That(report.Accepted(A, 2023, "overhead_pct"), Is.Null, "a zero denominator gives no derived value");
        Assert.That(report.AllFindings.Where(f => f.Severity == Severity.Error), Is.Empty);
    }

    [TestCase(200.0, false)]
    [TestCase(201.0, true)]
    public void PartExceedsWhole_RespondentsAbovePopulation(double respondents, bool rejected)
    {
        var report = Validate(new DatasetBuilder()
            .Put(A, 2023, "staff_headcount", 200, line: 6)
            .Put(A, 2023, "employee_satisfaction_n", respondents, line: 6));

        var findings = report.Of(Rules.PartExceedsWhole);
        Assert.That(findings.Select(f => f.Column), Is.EqualTo(rejected ? new[] { "employee_satisfaction_n" } : Array.Empty<string>()));
        Assert.That(report.Accepted(A, 2023, "employee_satisfaction_n"), rejected ? Is.Null : Is.EqualTo(respondents));
    }

    [TestCase(110.0, false)]
    [TestCase(110.5, true)]
    public void StaffedAboveEstablishment_AtAndAboveTenPercent(double staffed, bool flagged)
    {
        var report = Validate(new DatasetBuilder()
            .Put(A, 2023, "fte_establishment", 100, line: 4)
            .Put(A, 2023, "fte_staffed", staffed, line: 4));

        var findings = report.Of(Rules.StaffedAboveEstablishment);
        Assert.That(findings.Count, Is.EqualTo(flagged ? 1 : 0));
        if (flagged)
        {
            Assert.That((findings[0].Severity, findings[0].Line, findings[0].Column, findings[0].Value), Is.EqualTo((Severity.Warning, 4, "fte_staffed", "110.5")));
            Assert.That(findings[0].Message.En, Does.Contain("10.5 %").And.Contain("at most 110 FTE"));
        }

        Assert.That(report.Accepted(A, 2023, "fte_staffed"), Is.EqualTo(staffed));
    }

    [Test]
    public void StaffedAboveEstablishment_FactorIsAnOption()
    {
        var options = ValidationOptions.Default with { StaffedAboveEstablishmentFactor = 1.0 };

        var report = Validate(
            new DatasetBuilder().Put(A, 2023, "fte_establishment", 100, line: 4).Put(A, 2023, "fte_staffed", 100.5, line: 4),
            Context(options));

        Assert.That(report.Of(Rules.StaffedAboveEstablishment), Has.Count.EqualTo(1));
    }

    [TestCase(12.11, false)]
    [TestCase(11.89, false)]
    [TestCase(12.13, true)]
    [TestCase(11.87, true)]
    public void DerivedMismatch_BeyondOnePercent_IsWarningAndDirectValueKept(double given, bool flagged)
    {
        // Components: 100 × 12,000,000 / 100,000,000 = 12.0 %. Tolerance 1 % relative: 11.88–12.12 agree.
        var report = Validate(new DatasetBuilder()
            .Put(A, 2023, "total_expenditure", 100_000_000, line: 8)
            .Put(A, 2023, "overhead_costs", 12_000_000, line: 8)
            .Put(A, 2023, "overhead_pct", given, line: 8));

        var findings = report.Of(Rules.DerivedMismatch);
        Assert.That(findings.Count, Is.EqualTo(flagged ? 1 : 0));
        if (flagged)
        {
            var f = findings[0];
            Assert.That((f.Severity, f.Line, f.Column), Is.EqualTo((Severity.Warning, 8, "overhead_pct")));
            Assert.That(f.Message.En, Does.Contain(given.ToString(System.Globalization.CultureInfo.InvariantCulture)).And.Contain("give 12 (100 × overhead_costs / total_expenditure"));
        }

        var kept = report.AcceptedObservation(A, 2023, "overhead_pct");
        Assert.That(kept?.Value, Is.EqualTo(given));
        Assert.That(kept?.Source, Is.EqualTo(At(8, "overhead_pct")), "the direct value is kept, not replaced by the computed one");
    }

    [Test]
    public void DerivedMismatch_ExternalHireAgainstWageBillOnly_IsFlagged()
    {
        // Amersfoort-style denominator drift: 1,000,000 / 9,000,000 = 11.1 % instead of BBV's 1,000,000 / 10,000,000 = 10 %.
        var report = Validate(new DatasetBuilder()
            .Put(A, 2023, "wage_bill", 9_000_000, line: 2)
            .Put(A, 2023, "external_hire_costs", 1_000_000, line: 2)
            .Put(A, 2023, "external_hire_pct", 11.1, line: 2));

        Assert.That(report.Of(Rules.DerivedMismatch).Single().Message.En, Does.Contain("100 × external_hire_costs / (wage_bill + external_hire_costs)"));
    }

    [Test]
    public void DerivedMismatch_ComponentsIncomplete_IsNotChecked()
    {
        var report = Validate(new DatasetBuilder()
            .Put(A, 2023, "overhead_costs", 12_000_000, line: 8)
            .Put(A, 2023, "overhead_pct", 50, line: 8));

        Assert.That(report.Of(Rules.DerivedMismatch), Is.Empty);
    }
}
