using System.Globalization;
using Benchmark.Catalog;
using Benchmark.Reports.Composition;

namespace Benchmark.Tests.Reports;

public sealed class NarrativeTests
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    [Test]
    public void Overhead_AboveTheMedian_StatesPositionPointsAndEurosAtTheMedian()
    {
        var engine = ReportTestData.Engine;
        var p = engine.Compare(ReportTestData.Year, ReportTestData.Zwolle)[IndicatorCode.Parse("overhead_pct")]!;
        Assume.That(p.DifferenceToMedian, Is.GreaterThan(0.05), "the samples put Zwolle above the median on overhead");

        var section = MunicipalityReportComposer.ComposeIndicator(engine, ReportTestData.Zwolle, ReportTestData.Year, IndicatorCode.Parse("overhead_pct"), ReportTestData.Options());

        // Expected text built from the engine's figures: difference in percentage points, euros = difference × total expenditure / 100.
        var expected = string.Format(
            Dutch,
            "Met {0:N1}% zit Zwolle {1:N1}\u00A0procentpunt boven de mediaan ({2:N1}%) van de vergelijkingsgroep; op de mediaan zou dat €\u00A0{3:N1}\u00A0mln lagere overheadkosten betekenen.",
            p.Value,
            p.DifferenceToMedian,
            p.Group.Values!.Median,
            p.DifferenceToMedianEuros / 1e6);
        Assert.That(section.Paragraphs[0], Does.StartWith(expected));
        Assert.That(section.Paragraphs[0], Does.Contain($"rang {p.Rank} van {p.RankedCount}"));
    }

    [Test]
    public void NeutralIndicator_UsesPositionWordsOnly()
    {
        var engine = ReportTestData.Engine;
        var neutral = engine.ComparableIndicators.First(i => i.Direction == Direction.Neutral);

        var section = MunicipalityReportComposer.ComposeIndicator(engine, ReportTestData.Zwolle, ReportTestData.Year, neutral.Code, ReportTestData.Options());
        var text = string.Join(" ", section.Paragraphs);

        Assert.That(text, Does.Contain("van laag naar hoog").IgnoreCase);
        Assert.That(text, Does.Not.Contain("beste kwartiel").And.Not.Contain("gunstig").And.Not.Contain("lagere"));
        Assert.That(section.Partners.Table.IsEmpty, Is.True);
    }

    [Test]
    public void SurveyIndicator_StatesTheConfidenceInterval()
    {
        var engine = ReportTestData.Engine;
        var p = engine.Compare(ReportTestData.Year, ReportTestData.Zwolle)[IndicatorCode.Parse("employee_satisfaction")]!;

        var section = MunicipalityReportComposer.ComposeIndicator(engine, ReportTestData.Zwolle, ReportTestData.Year, IndicatorCode.Parse("employee_satisfaction"), ReportTestData.Options());

        var interval = string.Format(Dutch, "loopt van {0:N1} tot {1:N1}", p.Survey!.Lower, p.Survey.Upper);
        Assert.That(string.Join(" ", section.Paragraphs), Does.Contain(interval).And.Contain("significant"));
        Assert.That(section.Ranking!.Bars.Single(b => b.IsFocus).HasInterval, Is.True);
    }

    [TestCase(0, "A")]
    [TestCase(25, "Z")]
    [TestCase(26, "AA")]
    [TestCase(27, "AB")]
    [TestCase(701, "ZZ")]
    [TestCase(702, "AAA")]
    public void NameMask_Letters_CountLikeSpreadsheetColumns(int index, string letters) =>
        Assert.That(NameMask.Letters(index), Is.EqualTo(letters));
}
