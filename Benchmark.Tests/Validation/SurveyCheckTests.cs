using Benchmark.Data;
using Benchmark.Validation;
using static Benchmark.Tests.Validation.ValidationKit;

namespace Benchmark.Tests.Validation;

public sealed class SurveyCheckTests
{
    [TestCase(49.0, true)]
    [TestCase(50.0, false)]
    public void SurveyBelowThreshold_AtAndBelowFifty(double respondents, bool flagged)
    {
        var report = Validate(new DatasetBuilder()
            .Put(A, 2023, "employee_satisfaction", 7.2, line: 3)
            .Put(A, 2023, "employee_satisfaction_n", respondents, line: 3));

        var findings = report.Of(Rules.SurveyBelowThreshold);
        Assert.That(findings.Count, Is.EqualTo(flagged ? 1 : 0));
        if (flagged)
        {
            Assert.That((findings[0].Severity, findings[0].Line, findings[0].Column, findings[0].Value),
                Is.EqualTo((Severity.Warning, 3, "employee_satisfaction", "7.2")));
            Assert.That(findings[0].Message.En, Does.Contain("49 respondents").And.Contain("threshold of 50"));
        }

        Assert.That(report.Accepted(A, 2023, "employee_satisfaction"), Is.EqualTo(7.2));
    }

    [Test]
    public void SurveyBelowThreshold_MeanWithoutRespondents_IsFlagged()
    {
        var report = Validate(new DatasetBuilder().Put(A, 2023, "internal_customer_satisfaction", 6.8, line: 3));

        var finding = report.Of(Rules.SurveyBelowThreshold).Single();
        Assert.That(finding.Column, Is.EqualTo("internal_customer_satisfaction"));
        Assert.That(finding.Message.En, Does.Contain("internal_customer_satisfaction_n"));
        Assert.That(report.Accepted(A, 2023, "internal_customer_satisfaction"), Is.EqualTo(6.8));
    }

    [Test]
    public void SurveyBelowThreshold_RespondentsRejected_CountsAsWithoutRespondents()
    {
        // 300 respondents out of 200 staff: the count is rejected, so the mean has no valid n.
        var report = Validate(new DatasetBuilder()
            .Put(A, 2023, "staff_headcount", 200, line: 3)
            .Put(A, 2023, "employee_satisfaction", 7.0, line: 3)
            .Put(A, 2023, "employee_satisfaction_n", 300, line: 3));

        Assert.That(report.Of(Rules.PartExceedsWhole).Single().Column, Is.EqualTo("employee_satisfaction_n"));
        Assert.That(report.Of(Rules.SurveyBelowThreshold).Single().Column, Is.EqualTo("employee_satisfaction"));
    }

    [Test]
    public void SurveyBelowThreshold_ThresholdIsAnOption()
    {
        var options = ValidationOptions.Default with { SurveyPublicationThreshold = 30 };

        var report = Validate(
            new DatasetBuilder().Put(A, 2023, "employee_satisfaction", 7.2, line: 3).Put(A, 2023, "employee_satisfaction_n", 30, line: 3),
            Context(options));

        Assert.That(report.Of(Rules.SurveyBelowThreshold), Is.Empty);
    }

    [Test]
    public void SurveyBelowThreshold_MissingMean_IsNotFlagged()
    {
        var report = Validate(new DatasetBuilder().Put(A, 2023, "employee_satisfaction", double.NaN, line: 3));

        Assert.That(report.Of(Rules.SurveyBelowThreshold), Is.Empty);
    }
}
