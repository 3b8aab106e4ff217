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
    public void SurveyBelowThreshold_NearlyEveryoneResponded_NoAdviceToRaiseTheResponse()
    {
        // 12 of 13 staff responded (92 %): more response cannot reach 50. The old hint said "verhoog de respons".
        var report = Validate(new DatasetBuilder()
            .Put(A, 2023, "staff_headcount", 13, line: 3)
            .Put(A, 2023, "employee_satisfaction", 6.9, line: 3)
            .Put(A, 2023, "employee_satisfaction_n", 12, line: 3));

        var finding = report.Of(Rules.SurveyBelowThreshold).Single();
        Assert.Multiple(() =>
        {
            Assert.That(finding.Hint.Nl, Does.Not.Contain("verhoog de respons").IgnoreCase);
            Assert.That(finding.Hint.Nl, Does.Contain("92%").And.Contain("12 van 13").And.Contain("meer respons helpt niet"));
            Assert.That(finding.Hint.En, Does.Contain("more response cannot help"));
            Assert.That(finding.Message.Nl, Does.Contain("niet gepubliceerd"));
        });
    }

    [Test]
    public void SurveyBelowThreshold_LowResponseRate_AdvisesToRaiseIt()
    {
        // 40 of 400 staff (10 %): raising the response would make the score publishable.
        var report = Validate(new DatasetBuilder()
            .Put(A, 2023, "staff_headcount", 400, line: 3)
            .Put(A, 2023, "employee_satisfaction", 6.9, line: 3)
            .Put(A, 2023, "employee_satisfaction_n", 40, line: 3));

        var finding = report.Of(Rules.SurveyBelowThreshold).Single();
        Assert.That(finding.Hint.Nl, Does.Contain("Verhoog de respons").And.Contain("10%").And.Contain("40 van 400"));
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
        var options = ValidationOptions.Default with { Comparison = BenchmarkOptions.Default with { SurveyPublicationThreshold = 30 } };

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
