using Benchmark.Catalog;
using Benchmark.Comparison;
using Benchmark.Data;
using static Benchmark.Tests.Comparison.EngineTestData;

namespace Benchmark.Tests.Comparison;

/// <summary>Survey scores (employee_satisfaction): standard error with the finite-population correction, publication threshold, significance.</summary>
public sealed class SurveyPositionTests
{
    // The peer median of employee_satisfaction is 7.2 (see PositionTests). t quantiles from scipy.stats.t.ppf(0.975, df)
    // (= R qt(0.975, df)): df 119 → 1.980100, df 59 → 2.000995, df 39 → 2.022691.

    [Test]
    public void Position_Soest_SurveyEstimateFromRespondentsSdAndHeadcount()
    {
        // Soest: mean 7.5, n = 120, s = 1.2, population N = staff_headcount 400.
        // FPC = √((400 − 120)/(400 − 1)) = √(280/399) = 0.837708; SE = 1.2/√120 · FPC = 0.109545 · 0.837708 = 0.091766;
        // margin = 1.980100 · 0.091766 = 0.181706 → CI [7.3183, 7.6817]: excludes the median 7.2 → significant.
        var engine = Engine();

        var p = engine.Position(IndicatorCode.Parse("employee_satisfaction"), Year, engine.Peers(Year, Soest), Soest);

        Assert.Multiple(() =>
        {
            Assert.That(p.Survey, Is.Not.Null);
            Assert.That(p.Survey!.Respondents, Is.EqualTo(120));
            Assert.That(p.Survey.StandardDeviation, Is.EqualTo(1.2));
            Assert.That(p.Survey.PopulationSize, Is.EqualTo(400));
            Assert.That(p.Survey.FinitePopulationCorrection, Is.EqualTo(Math.Sqrt(280.0 / 399)).Within(1e-12));
            Assert.That(p.Survey.StandardError, Is.EqualTo(0.0917662935).Within(1e-9));
            Assert.That(p.Survey.TCritical, Is.EqualTo(1.980099876).Within(1e-8));
            Assert.That(p.Survey.Lower, Is.EqualTo(7.5 - 0.1817064265).Within(1e-8));
            Assert.That(p.Survey.Upper, Is.EqualTo(7.5 + 0.1817064265).Within(1e-8));
            Assert.That(p.SurveyDifference!.Reference, Is.EqualTo(7.2).Within(1e-12));
            Assert.That(p.SurveyDifference.IsSignificant, Is.True);
            Assert.That(p.Has(PositionFlags.NotSignificant), Is.False);
            Assert.That(p.Has(PositionFlags.BelowPublicationThreshold), Is.False);
        });
    }

    [Test]
    public void Position_CiCoversThePeerMedian_NotSignificant()
    {
        // Rhenen: 7.4, n = 60, s = 1.5, N = 600: FPC = √(540/599) = 0.949475; SE = 1.5/√60 · FPC = 0.183865;
        // margin = 2.000995 · 0.183865 = 0.367913 → CI [7.0321, 7.7679] covers 7.2 → not significant.
        var engine = Engine();

        var p = engine.Position(IndicatorCode.Parse("employee_satisfaction"), Year, engine.Peers(Year, Rhenen), Rhenen);

        Assert.Multiple(() =>
        {
            Assert.That(p.Survey!.MarginOfError, Is.EqualTo(0.3679130459).Within(1e-8));
            Assert.That(p.Survey.Lower, Is.LessThan(7.2));
            Assert.That(p.SurveyDifference!.IsSignificant, Is.False);
            Assert.That(p.Flags, Is.EqualTo(PositionFlags.NotSignificant));
        });
    }

    [Test]
    public void Position_FewerThan50Respondents_BelowPublicationThreshold()
    {
        // Leusden: 7.2 (= the median, difference 0), n = 40 < 50.
        var engine = Engine();

        var p = engine.Position(IndicatorCode.Parse("employee_satisfaction"), Year, engine.Peers(Year, Leusden), Leusden);

        Assert.Multiple(() =>
        {
            Assert.That(p.Survey!.IsSuppressed, Is.True);
            Assert.That(p.Survey.MarginOfError, Is.EqualTo(0.2982295047).Within(1e-8), "2.022691 · 1/√40 · √(260/299)");
            Assert.That(p.Flags, Is.EqualTo(PositionFlags.BelowPublicationThreshold), "not compared, so not ‘not significant’ either");
            Assert.That(p.Value, Is.EqualTo(7.2), "the municipality itself sees its score");
            Assert.That(p.Rank, Is.Zero, "not published: not ranked (it was rank 4 before issue #10)");
            Assert.That(p.Quartile, Is.Zero, "and not coloured");
            Assert.That(p.SurveyDifference, Is.Null);
            Assert.That(engine.Rank(IndicatorCode.Parse("employee_satisfaction"), Year, Leusden).Entries.Single(e => e.Municipality == Leusden).Value, Is.NaN, "nor shown to others");
            Assert.That(p.Group.ValueCount, Is.EqualTo(7), "nor in the peers' statistics");
        });
    }

    [Test]
    public void Position_WithoutHeadcount_NoFinitePopulationCorrection()
    {
        var observations = Observations().Where(o => !(o.Municipality == Soest && o.Indicator == "staff_headcount"));
        var engine = new BenchmarkEngine(new DatasetBuilder().AddRange(observations).Build(), Registry);

        var p = engine.Position(IndicatorCode.Parse("employee_satisfaction"), Year, engine.Peers(Year, Soest), Soest);

        Assert.Multiple(() =>
        {
            Assert.That(p.Survey!.PopulationSize, Is.Null);
            Assert.That(p.Survey.FinitePopulationCorrection, Is.EqualTo(1));
            Assert.That(p.Survey.StandardError, Is.EqualTo(1.2 / Math.Sqrt(120)).Within(1e-12));
        });
    }

    [Test]
    public void Position_WithoutRespondentCount_NotPublishedWithoutEstimate()
    {
        var observations = Observations().Where(o => !(o.Municipality == Soest && o.Indicator == "employee_satisfaction_n"));
        var engine = new BenchmarkEngine(new DatasetBuilder().AddRange(observations).Build(), Registry);

        var p = engine.Position(IndicatorCode.Parse("employee_satisfaction"), Year, engine.Peers(Year, Soest), Soest);

        Assert.Multiple(() =>
        {
            Assert.That(p.Survey, Is.Null);
            Assert.That(p.Flags, Is.EqualTo(PositionFlags.BelowPublicationThreshold));
            Assert.That(p.Rank, Is.Zero, "without n nobody can tell whether it may be published: it is not");
        });
    }
}
