using Benchmark.Catalog;
using Benchmark.Comparison;
using Benchmark.Municipalities;
using static Benchmark.Tests.Comparison.EngineTestData;

namespace Benchmark.Tests.Comparison;

/// <summary>Every figure of <see cref="IndicatorPosition"/> on the hand-checkable group of <see cref="EngineTestData"/>.</summary>
public sealed class PositionTests
{
    // overhead_pct 2024 of the size class 20,000–50,000 (Soest's peer group), sorted: 8, 9, 9, 10, 11, 12, 13, 16 (n = 8).
    // R7, h = (n − 1)p + 1 = 7p + 1; R: quantile(c(8,9,9,10,11,12,13,16), c(.1,.25,.5,.75,.9), type = 7)
    //   p = .10: h = 1.7  → 8 + .7·(9 − 8)    = 8.7
    //   p = .25: h = 2.75 → 9 + .75·(9 − 9)   = 9
    //   p = .50: h = 4.5  → 10 + .5·(11 − 10) = 10.5
    //   p = .75: h = 6.25 → 12 + .25·(13 − 12) = 12.25
    //   p = .90: h = 7.3  → 13 + .3·(16 − 13) = 13.9
    // mean 88 / 8 = 11; Σ(x − 11)² = 9+4+4+1+0+1+4+25 = 48 → sd = √(48/7).
    // |x − 10.5| = 2.5, 1.5, 1.5, .5, .5, 1.5, 2.5, 5.5 → median 1.5 → MAD = 1.4826 · 1.5 = 2.2239 (R: mad(x)).
    // Soest 12: competition ranks "1224…" are 1, 2, 2, 4, 5, 6, 7, 8 → rank 6 of 8; 2 values worse (13, 16) →
    // percent rank 100·2/7; quartile: 10.5 < 12 ≤ 12.25 → 3; difference to median 1.5 = 1.5/10.5 = 14.29 %;
    // robust z 1.5 / 2.2239 = 0.67449; gap to Q1 = 12 − 9 = 3 points = 3/100 · €150 M total expenditure = €4.5 M;
    // difference to median in euros 1.5/100 · €150 M = €2.25 M.
    private const double Mad = 1.4826 * 1.5;

    [Test]
    public void Position_OverheadOfSoest_EveryFigureAsWorkedOutByHand()
    {
        var engine = Engine();
        var group = engine.Peers(Year, Soest);

        var p = engine.Position(IndicatorCode.Parse("overhead_pct"), Year, group, Soest);

        Assert.Multiple(() =>
        {
            Assert.That(p.Value, Is.EqualTo(12));
            Assert.That(p.IsComputed, Is.False, "given in the file");
            Assert.That(p.Group.ValueCount, Is.EqualTo(8));
            Assert.That(p.Group.Values!.Median, Is.EqualTo(10.5).Within(1e-12));
            Assert.That(p.Group.Values.Q1, Is.EqualTo(9).Within(1e-12));
            Assert.That(p.Group.Values.Q3, Is.EqualTo(12.25).Within(1e-12));
            Assert.That(p.Group.Values.P10, Is.EqualTo(8.7).Within(1e-12));
            Assert.That(p.Group.Values.P90, Is.EqualTo(13.9).Within(1e-12));
            Assert.That(p.Group.Values.Mean, Is.EqualTo(11).Within(1e-12));
            Assert.That(p.Group.Values.StandardDeviation, Is.EqualTo(Math.Sqrt(48.0 / 7)).Within(1e-12));
            Assert.That(p.Group.Values.ScaledMad, Is.EqualTo(Mad).Within(1e-12));
            Assert.That(p.Rank, Is.EqualTo(6));
            Assert.That(p.RankedCount, Is.EqualTo(8));
            Assert.That(p.PercentRank, Is.EqualTo(100.0 * 2 / 7).Within(1e-12));
            Assert.That(p.Quartile, Is.EqualTo(3));
            Assert.That(p.DifferenceToMedian, Is.EqualTo(1.5).Within(1e-12));
            Assert.That(p.DifferenceToMedianPercent, Is.EqualTo(1.5 / 10.5 * 100).Within(1e-12));
            Assert.That(p.RobustZ, Is.EqualTo(1.5 / Mad).Within(1e-12));
            Assert.That(p.RobustZ, Is.EqualTo(0.67449).Within(1e-5), "the modified z-score 0.6745 · 1.5 / 1.5");
            Assert.That(p.GapToBestQuartile, Is.EqualTo(3).Within(1e-12));
            Assert.That(p.GapToBestQuartileEuros, Is.EqualTo(4_500_000).Within(1e-6));
            Assert.That(p.DifferenceToMedianEuros, Is.EqualTo(2_250_000).Within(1e-6));
            Assert.That(p.PreviousValue, Is.EqualTo(11.5));
            Assert.That(p.YearOnYearChange, Is.EqualTo(0.5).Within(1e-12));
            Assert.That(p.Survey, Is.Null);
            Assert.That(p.Flags, Is.EqualTo(PositionFlags.None));
        });
    }

    [TestCase("GM0308", 1, 100.0, 1)] // 8: best; 7 values worse
    [TestCase("GM0310", 2, 500.0 / 7, 1)] // 9 tied: both rank 2 ("1224"); 5 worse; 9 ≤ Q1 = 9 → quartile 1 (inclusive)
    [TestCase("GM0313", 2, 500.0 / 7, 1)]
    [TestCase("GM0327", 4, 400.0 / 7, 2)] // 10 ≤ median 10.5
    [TestCase("GM0340", 5, 300.0 / 7, 3)]
    [TestCase("GM0352", 7, 100.0 / 7, 4)] // 13 > Q3 12.25
    [TestCase("GM0353", 8, 0.0, 4)]
    public void Position_OverheadOfEachMember_RankPercentRankAndQuartile(string code, int rank, double percentRank, int quartile)
    {
        var engine = Engine();
        var focus = MunicipalityCode.Parse(code);

        var p = engine.Position(IndicatorCode.Parse("overhead_pct"), Year, engine.Peers(Year, focus), focus);

        Assert.Multiple(() =>
        {
            Assert.That(p.Rank, Is.EqualTo(rank));
            Assert.That(p.PercentRank, Is.EqualTo(percentRank).Within(1e-12));
            Assert.That(p.Quartile, Is.EqualTo(quartile));
            Assert.That(p.GapToBestQuartile, Is.EqualTo(Math.Max(0, p.Value - 9)).Within(1e-12), "0 inside the best quartile");
        });
    }

    [Test]
    public void Position_HigherIsBetter_RanksTheHighestFirstAndMeasuresTheGapToQ3()
    {
        // employee_satisfaction without Leusden (n = 40, below the publication threshold, not published): 6.5, 6.8, 7.0,
        // 7.2, 7.4, 7.5, 7.8. R7: Q1 h = 2.5 → 6.8 + .5·.2 = 6.9; median h = 4 → 7.2; Q3 h = 5.5 → 7.4 + .5·.1 = 7.45.
        // Descending competition ranks: 7.8 → 1, 7.5 → 2, 7.4 → 3, 7.2 → 4, 7.0 → 5, 6.8 → 6, 6.5 → 7.
        var engine = Engine();
        var group = engine.Peers(Year, Soest);

        var soest = engine.Position(IndicatorCode.Parse("employee_satisfaction"), Year, group, Soest);
        var leusden = engine.Position(IndicatorCode.Parse("employee_satisfaction"), Year, group, Leusden);
        var baarn = engine.Position(IndicatorCode.Parse("employee_satisfaction"), Year, group, Baarn);
        var ijsselstein = engine.Position(IndicatorCode.Parse("employee_satisfaction"), Year, group, IJsselstein);

        Assert.Multiple(() =>
        {
            Assert.That(soest.Indicator.Direction, Is.EqualTo(Direction.HigherIsBetter));
            Assert.That(ijsselstein.Rank, Is.EqualTo(1));
            Assert.That(ijsselstein.PercentRank, Is.EqualTo(100));
            Assert.That(soest.Rank, Is.EqualTo(2));
            Assert.That(soest.PercentRank, Is.EqualTo(500.0 / 6).Within(1e-12));
            Assert.That(soest.Quartile, Is.EqualTo(1), "7.5 ≥ Q3 7.45");
            Assert.That(soest.GapToBestQuartile, Is.Zero);
            Assert.That(soest.DifferenceToMedian, Is.EqualTo(0.3).Within(1e-12));
            Assert.That(leusden.Rank, Is.Zero, "not published: not ranked");
            Assert.That(leusden.Quartile, Is.Zero);
            Assert.That(leusden.Value, Is.EqualTo(7.2), "the municipality itself still sees its score");
            Assert.That(leusden.GapToBestQuartile, Is.NaN);
            Assert.That(baarn.Rank, Is.EqualTo(6));
            Assert.That(baarn.Quartile, Is.EqualTo(4), "6.8 < Q1 6.9");
            Assert.That(baarn.GapToBestQuartile, Is.EqualTo(7.45 - 6.8).Within(1e-12));
            Assert.That(soest.GapToBestQuartileEuros, Is.NaN, "a mark has no euros");
        });
    }

    [Test]
    public void Position_Neutral_RanksAscendingWithoutAGap()
    {
        // formatie_per_1000 sorted: 5.0 (Rhenen), 5.5, 6.0, 6.2, 6.5, 7.0, 7.5, 8.0 (Soest).
        // R7: Q1 = 5.5 + .75·.5 = 5.875; median = 6.2 + .5·.3 = 6.35; Q3 = 7.0 + .25·.5 = 7.125.
        var engine = Engine();
        var group = engine.Peers(Year, Soest);

        var soest = engine.Position(IndicatorCode.Parse("formatie_per_1000"), Year, group, Soest);
        var rhenen = engine.Position(IndicatorCode.Parse("formatie_per_1000"), Year, group, Rhenen);

        Assert.Multiple(() =>
        {
            Assert.That(soest.Indicator.Direction, Is.EqualTo(Direction.Neutral));
            Assert.That(rhenen.Rank, Is.EqualTo(1), "the lowest first");
            Assert.That(rhenen.Quartile, Is.EqualTo(1));
            Assert.That(soest.Rank, Is.EqualTo(8));
            Assert.That(soest.PercentRank, Is.Zero);
            Assert.That(soest.Quartile, Is.EqualTo(4));
            Assert.That(soest.Group.Values!.Median, Is.EqualTo(6.35).Within(1e-12));
            Assert.That(soest.DifferenceToMedian, Is.EqualTo(1.65).Within(1e-12));
            Assert.That(soest.GapToBestQuartile, Is.NaN, "no best quartile for a neutral indicator");
            Assert.That(rhenen.GapToBestQuartile, Is.NaN);
            Assert.That(soest.GapToBestQuartileEuros, Is.NaN);
            Assert.That(soest.DifferenceToMedianEuros, Is.NaN, "FTE are not euros");
        });
    }

    [Test]
    public void Position_PerInhabitantIndicator_EurosAreUnitsTimesInhabitants()
    {
        // running_costs_per_inhabitant sorted: 500, 520, …, 620, 700. R7: Q1 = 520 + .75·20 = 535; median = 560 + .5·20 = 570.
        // Soest 600, 47,682 inhabitants: gap (600 − 535) · 47,682 = €3,099,330; difference (600 − 570) · 47,682 = €1,430,460.
        var engine = Engine();

        var p = engine.Position(IndicatorCode.Parse("running_costs_per_inhabitant"), Year, engine.Peers(Year, Soest), Soest);

        Assert.Multiple(() =>
        {
            Assert.That(p.Group.Values!.Q1, Is.EqualTo(535).Within(1e-9));
            Assert.That(p.GapToBestQuartile, Is.EqualTo(65).Within(1e-9));
            Assert.That(p.GapToBestQuartileEuros, Is.EqualTo(3_099_330).Within(1e-6));
            Assert.That(p.DifferenceToMedian, Is.EqualTo(30).Within(1e-9));
            Assert.That(p.DifferenceToMedianEuros, Is.EqualTo(1_430_460).Within(1e-6));
        });
    }

    [Test]
    public void Compare_Soest_OnePositionPerComparableIndicatorInCatalogueOrder()
    {
        var engine = Engine();

        var comparison = engine.Compare(Year, Soest);

        Assert.Multiple(() =>
        {
            Assert.That(comparison.Municipality.Name, Is.EqualTo("Soest"));
            Assert.That(comparison.PeerGroup.Members, Has.Count.EqualTo(8));
            Assert.That(comparison.Positions.Select(p => p.Indicator.Code.Value), Is.EqualTo(new[]
            {
                "sickness_absence_pct", "employee_satisfaction", "overhead_pct", "formatie_per_1000", "running_costs_per_inhabitant",
            }));
            Assert.That(comparison[IndicatorCode.Parse("overhead_pct")]!.Rank, Is.EqualTo(6));
            Assert.That(comparison[IndicatorCode.Parse("staff_headcount")], Is.Null, "a count scales with size: not comparable");
            Assert.That(comparison.MethodVersion, Is.EqualTo(engine.Catalog.Version));
        });
    }
}
