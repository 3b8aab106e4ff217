using System.Globalization;
using Benchmark.Municipalities;
using Benchmark.Statistics;
using Benchmark.Survey;

namespace Benchmark.Tests.Experience;

/// <summary>
/// Aggregation of respondent answers, checked against an independent computation: TestData/survey/reference.csv was made
/// with Python's exact-fraction <c>statistics.mean</c>/<c>statistics.stdev</c> by
/// <c>python3 Benchmark.Tests/TestData/survey/reference.py &gt; Benchmark.Tests/TestData/survey/reference.csv</c>
/// (run from the repository root over samples/survey/respondenten-2024.csv).
/// </summary>
public sealed class SurveyAggregationTests
{
    public static IEnumerable<TestCaseData> Reference() =>
        File.ReadLines(TestPaths.TestData("survey", "reference.csv")).Skip(1).Select(line => line.Split(';')).Select(f =>
            new TestCaseData(f[0], f[1], f[2], f[3], int.Parse(f[4], CultureInfo.InvariantCulture), double.Parse(f[5], CultureInfo.InvariantCulture), double.Parse(f[6], CultureInfo.InvariantCulture))
                .SetName($"Aggregate_{f[0]}_{f[1]}_{f[3]}_MatchesPythonStatistics"));

    [TestCaseSource(nameof(Reference))]
    public void Aggregate_MatchesIndependentComputation(string code, string survey, string level, string key, int n, double mean, double sd)
    {
        var cell = SurveyFixture.SampleCells.Single(c =>
            c.Municipality == MunicipalityCode.Parse(code) && c.Survey.Code() == survey && c.Level.ToString() == level && c.Key == key);

        Assert.That(cell.Respondents, Is.EqualTo(n));
        Assert.That(cell.Mean, Is.EqualTo(mean).Within(1e-12));
        Assert.That(cell.StandardDeviation, Is.EqualTo(sd).Within(1e-12));
    }

    [Test]
    public void SampleFile_IsAcceptedWholeAndFlagsOnlyStraightLining()
    {
        var report = SurveyFixture.SampleRead.Report;

        Assert.That(report.ErrorCount, Is.Zero);
        Assert.That(report.RowsRejected, Is.Zero);
        Assert.That(report.Findings.Select(f => f.Rule).Distinct(), Is.EqualTo(new[] { SurveyRules.StraightLining }));
    }

    [Test]
    public void SurveyCell_ResponseRateAndInterval_UseHeadcountAndTheEngineMethod()
    {
        var zwolle = MunicipalityCode.Parse("GM0193");
        var total = SurveyFixture.SampleCells.Single(c => c.Municipality == zwolle && c.Survey == SurveyKind.Mto && c.Level == SurveyLevel.Survey);
        var overall = SurveyFixture.SampleCells.Single(c => c.Municipality == zwolle && c.Survey == SurveyKind.Mto && c.Key == "M99");

        // 536 respondents of 879 staff (MTO n and headcount of samples/benchmark-2024.csv, Zwolle).
        Assert.That(total.Respondents, Is.EqualTo(536));
        Assert.That(total.ResponseRate, Is.EqualTo(536d / 879).Within(1e-15));
        var expected = SurveyEstimate.Compute(overall.Mean, overall.Respondents, overall.StandardDeviation, 879, SurveyCell.MinimumRespondents);
        Assert.That(overall.Estimate!.Lower, Is.EqualTo(expected.Lower));
        Assert.That(overall.Estimate.FinitePopulationCorrection, Is.EqualTo(Math.Sqrt((879d - 529) / (879 - 1))).Within(1e-15));
    }

    [TestCase(9, true)]
    [TestCase(10, false)]
    public void Cell_WithNineRespondents_HasNoResult_TenHaveOne(int respondents, bool suppressed)
    {
        var lines = Enumerable.Range(1, respondents).Select(i => $"R{i:000};GM0193;2024;mto;2024.1;Bestuur;M99;{(i % 5) + 5}").Prepend(SurveyFixture.Header).ToArray();
        var cells = SurveyAggregator.Aggregate(SurveyFixture.Read(lines).Answers, SurveyCatalog.Default, (_, _) => 879);

        var item = cells.Single(c => c.Level == SurveyLevel.Item && c.Key == "M99");
        var department = cells.Single(c => c.Level == SurveyLevel.Department && c.Key == "Bestuur");
        foreach (var cell in new[] { item, department })
        {
            Assert.That(cell.Respondents, Is.EqualTo(respondents));
            Assert.That(cell.IsSuppressed, Is.EqualTo(suppressed));
            Assert.That(double.IsNaN(cell.Mean), Is.EqualTo(suppressed), "a suppressed cell carries no mean");
            Assert.That(cell.Estimate is null, Is.EqualTo(suppressed));
        }
    }

    [Test]
    public void ReversedItem_IsMirrored_AndNoAnswerIsMissingNotZero()
    {
        // Ten respondents: M05 ("too much work pressure", reversed 1–5) answered 5 by all but one, who says "weet niet".
        var lines = Enumerable.Range(1, 11).Select(i => $"R{i:000};GM0193;2024;mto;2024.1;;M05;{(i == 11 ? "weet niet" : "5")}").Prepend(SurveyFixture.Header).ToArray();
        var cells = SurveyAggregator.Aggregate(SurveyFixture.Read(lines).Answers, SurveyCatalog.Default, (_, _) => null);

        var item = cells.Single(c => c.Key == "M05");
        Assert.That(item.Respondents, Is.EqualTo(10));
        Assert.That(item.Mean, Is.EqualTo(1d), "5 on a reversed 1–5 item scores 1");
        Assert.That(item.StandardDeviation, Is.Zero);
        Assert.That(cells.Single(c => c.Level == SurveyLevel.Survey).Respondents, Is.EqualTo(11), "the respondent who answered 'weet niet' still took part");
    }
}
