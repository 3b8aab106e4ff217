using Benchmark.Data;
using Benchmark.Validation;
using static Benchmark.Tests.Validation.ValidationKit;

namespace Benchmark.Tests.Validation;

public sealed class RangeCheckTests
{
    [Test]
    public void OutOfRange_PercentAbove100_IsErrorAndRejected()
    {
        var report = Validate(new DatasetBuilder().Put(A, 2023, "sickness_absence_pct", 100.5, line: 5));

        var finding = report.Of(Rules.OutOfRange).Single();
        Assert.That(finding.Severity, Is.EqualTo(Severity.Error));
        Assert.That((finding.File, finding.Line, finding.Column, finding.Value), Is.EqualTo((FileName, 5, "sickness_absence_pct", "100.5")));
        Assert.That(finding.Message.En, Does.Contain("0 to 100"));
        Assert.That(finding.Message.Nl, Does.Contain("0 t/m 100"));
        Assert.That(finding.Hint.En, Is.Not.Empty);
        Assert.That(report.Accepted(A, 2023, "sickness_absence_pct"), Is.Null);
    }

    [Test]
    public void OutOfRange_PercentAt100_IsNotAnError()
    {
        var report = Validate(new DatasetBuilder().Put(A, 2023, "sickness_absence_pct", 100, line: 5));

        Assert.That(report.Of(Rules.OutOfRange), Is.Empty);
        Assert.That(report.Accepted(A, 2023, "sickness_absence_pct"), Is.EqualTo(100));
    }

    [TestCase("total_expenditure", -1.0, true)]
    [TestCase("total_expenditure", 0.0, false)]
    [TestCase("total_expenditure", 1e300, false)] // no upper bound: the range check's +∞ stands in for it
    [TestCase("total_expenditure", double.NegativeInfinity, true)]
    [TestCase("workstations", -0.5, true)]
    [TestCase("employee_satisfaction", 0.99, true)]
    [TestCase("employee_satisfaction", 1.0, false)]
    [TestCase("employee_satisfaction", 10.0, false)]
    [TestCase("employee_satisfaction", 10.01, true)]
    public void OutOfRange_AtAndBeyondBounds(string code, double value, bool rejected)
    {
        var report = Validate(new DatasetBuilder().Put(A, 2023, code, value, line: 3));

        Assert.That(report.Of(Rules.OutOfRange).Count, Is.EqualTo(rejected ? 1 : 0));
        Assert.That(report.Accepted(A, 2023, code), rejected ? Is.Null : Is.EqualTo(value));
    }

    [Test]
    public void OutOfRange_Infinity_IsRejected()
    {
        var report = Validate(new DatasetBuilder().Put(A, 2023, "total_expenditure", double.PositiveInfinity, line: 3));

        Assert.That(report.Of(Rules.OutOfRange).Single().Line, Is.EqualTo(3));
        Assert.That(report.Accepted(A, 2023, "total_expenditure"), Is.Null);
    }

    [Test]
    public void PlaceholderZero_IsWarningAndKept()
    {
        var report = Validate(new DatasetBuilder().Put(A, 2023, "total_expenditure", 0, line: 7));

        var finding = report.Of(Rules.PlaceholderZero).Single();
        Assert.That(finding.Severity, Is.EqualTo(Severity.Warning));
        Assert.That((finding.Line, finding.Column, finding.Value), Is.EqualTo((7, "total_expenditure", "0")));
        Assert.That(report.Accepted(A, 2023, "total_expenditure"), Is.Zero);
        Assert.That(report.Of(Rules.Implausible), Is.Empty, "a placeholder zero is reported once, not also as implausible");
    }

    [Test]
    public void PlaceholderZero_WhereZeroIsPlausible_IsNotFlagged()
    {
        // external_hire_costs may be 0 (no hired staff); its plausible range starts at 10,000, so it is only implausible.
        var report = Validate(new DatasetBuilder().Put(A, 2023, "external_hire_costs", 0, line: 7));

        Assert.That(report.Of(Rules.PlaceholderZero), Is.Empty);
        Assert.That(report.Of(Rules.Implausible).Single().Line, Is.EqualTo(7));
    }

    [TestCase(12.0, false)]
    [TestCase(12.01, true)]
    [TestCase(1.0, false)]
    [TestCase(0.99, true)]
    public void Implausible_AtAndBeyondPlausibleBounds(double value, bool flagged)
    {
        // sickness_absence_pct: plausible 1–12 in the built-in catalogue.
        var report = Validate(new DatasetBuilder().Put(A, 2023, "sickness_absence_pct", value, line: 4));

        var findings = report.Of(Rules.Implausible);
        Assert.That(findings.Count, Is.EqualTo(flagged ? 1 : 0));
        if (flagged)
        {
            Assert.That(findings[0].Severity, Is.EqualTo(Severity.Warning));
            Assert.That(findings[0].Message.En, Does.Contain("1 to 12"));
        }

        Assert.That(report.Accepted(A, 2023, "sickness_absence_pct"), Is.EqualTo(value));
    }

    [Test]
    public void Range_IndicatorNotInCatalogue_IsIgnored()
    {
        var report = Validate(new DatasetBuilder().Put(A, 2023, "coffee_machines", -5, line: 2));

        Assert.That(report.AllFindings.Where(f => f.Line == 2), Is.Empty);
    }

    [Test]
    public void Range_MissingValue_IsNoFindingAndStaysMissing()
    {
        var report = Validate(new DatasetBuilder().Put(A, 2023, "total_expenditure", double.NaN, line: 2));

        Assert.That(report.AllFindings.Where(f => f.Line == 2), Is.Empty);
        Assert.That(report.Accepted(A, 2023, "total_expenditure"), Is.NaN);
    }

    [Test]
    public void OutOfRange_MessageFormatsNumbersPerLanguage()
    {
        var report = Validate(new DatasetBuilder().Put(A, 2023, "sickness_absence_pct", 1234.5, line: 5));

        var finding = report.Of(Rules.OutOfRange).Single();
        Assert.That(finding.Message.Nl, Does.Contain("1.234,5"));
        Assert.That(finding.Message.En, Does.Contain("1,234.5"));
        Assert.That(finding.Value, Is.EqualTo("1234.5"));
    }
}
