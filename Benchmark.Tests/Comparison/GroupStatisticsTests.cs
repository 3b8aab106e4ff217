using Benchmark.Catalog;
using Benchmark.Comparison;
using Benchmark.Data;
using static Benchmark.Tests.Comparison.EngineTestData;

namespace Benchmark.Tests.Comparison;

/// <summary>Group statistics: the group ratio, suppression of small groups and series breaks.</summary>
public sealed class GroupStatisticsTests
{
    [Test]
    public void Statistics_Overhead_GroupRatioIsSumOfCostsOverSumOfExpenditure()
    {
        // Σ overhead costs = 8 + 18 + 9 + 12 + 11 + 18 + 13 + 20.8 = 109.8 M; Σ total expenditure = 1,000 M →
        // 10.98 %, against a median of the members' percentages of 10.5 %: the large spenders weigh more.
        var engine = Engine();
        var group = ComparisonGroup.From(engine.Peers(Year, Soest));

        var s = engine.Statistics(IndicatorCode.Parse("overhead_pct"), Year, group);

        Assert.Multiple(() =>
        {
            Assert.That(s.GroupRatio, Is.EqualTo(10.98).Within(1e-12));
            Assert.That(s.GroupRatioCount, Is.EqualTo(8));
            Assert.That(s.Values!.Median, Is.EqualTo(10.5).Within(1e-12));
            Assert.That(s.IsSuppressed, Is.False);
            Assert.That(s.SuppressionReason, Is.Null);
        });
    }

    [Test]
    public void Statistics_MemberWithoutComponents_LeftOutOfTheGroupRatioOnly()
    {
        // Without IJsselstein's overhead costs: (109.8 − 20.8) / (1,000 − 130) = 89 / 870 = 10.2299 %; its 16 % still
        // counts for the median and n.
        var observations = Observations().Where(o => !(o.Municipality == IJsselstein && o.Indicator == "overhead_costs"));
        var engine = new BenchmarkEngine(new DatasetBuilder().AddRange(observations).Build(), Registry);

        var s = engine.Statistics(IndicatorCode.Parse("overhead_pct"), Year, ComparisonGroup.From(engine.Peers(Year, Soest)));

        Assert.Multiple(() =>
        {
            Assert.That(s.GroupRatio, Is.EqualTo(8900.0 / 870).Within(1e-12));
            Assert.That(s.GroupRatioCount, Is.EqualTo(7));
            Assert.That(s.ValueCount, Is.EqualTo(8));
            Assert.That(s.Values!.Median, Is.EqualTo(10.5).Within(1e-12));
        });
    }

    [Test]
    public void Statistics_NotARatio_NoGroupRatio()
    {
        var engine = Engine();

        var s = engine.Statistics(IndicatorCode.Parse("employee_satisfaction"), Year, ComparisonGroup.From(engine.Peers(Year, Soest)));

        Assert.Multiple(() =>
        {
            Assert.That(s.GroupRatio, Is.NaN);
            Assert.That(s.GroupRatioCount, Is.Zero);
        });
    }

    [Test]
    public void Statistics_FewerThanFiveValues_SuppressedWithReasonInDutchAndEnglish()
    {
        // Bunnik, Lopik and Montfoort: the only three of 10,000–20,000 inhabitants.
        var engine = Engine();
        var group = ComparisonGroup.From(engine.Peers(Year, Bunnik));

        var s = engine.Statistics(IndicatorCode.Parse("overhead_pct"), Year, group);

        Assert.Multiple(() =>
        {
            Assert.That(group.Count, Is.EqualTo(3));
            Assert.That(s.IsSuppressed, Is.True);
            Assert.That(s.ValueCount, Is.EqualTo(3));
            Assert.That(s.Values, Is.Null);
            Assert.That(s.GroupRatio, Is.NaN);
            Assert.That(s.SuppressionReason!.Nl, Is.EqualTo(
                "Te weinig waarden in de groep (n = 3, minimaal 5): geen groepsstatistieken, om herleidbaarheid en toevalstreffers te voorkomen."));
            Assert.That(s.SuppressionReason.En, Is.EqualTo(
                "Too few values in the group (n = 3, minimum 5): no group statistics, to avoid disclosure and chance results."));
        });
    }

    [Test]
    public void Compare_SuppressedGroup_EveryPositionFlaggedWithoutRankAndNoException()
    {
        var engine = Engine();

        var comparison = engine.Compare(Year, Bunnik);
        var overhead = comparison[IndicatorCode.Parse("overhead_pct")]!;

        Assert.Multiple(() =>
        {
            Assert.That(comparison.Positions, Is.Not.Empty);
            Assert.That(comparison.Positions.Select(p => p.Has(PositionFlags.Suppressed)), Has.All.True);
            Assert.That(comparison.Positions.Select(p => p.Rank), Has.All.Zero);
            Assert.That(comparison.Positions.Select(p => p.Quartile), Has.All.Zero);
            Assert.That(overhead.Value, Is.EqualTo(9), "the own value is still shown");
            Assert.That(overhead.Flags, Is.EqualTo(PositionFlags.Suppressed));
            Assert.That(overhead.PercentRank, Is.NaN);
            Assert.That(overhead.DifferenceToMedian, Is.NaN);
            Assert.That(overhead.GapToBestQuartile, Is.NaN);
            Assert.That(comparison[IndicatorCode.Parse("employee_satisfaction")]!.Flags, Is.EqualTo(PositionFlags.Suppressed | PositionFlags.Missing));
        });
    }

    [Test]
    public void Statistics_MinimumGroupSizeOption_DecidesSuppression()
    {
        var engine = Engine(BenchmarkOptions.Default with { MinimumGroupSize = 3 });

        var s = engine.Statistics(IndicatorCode.Parse("overhead_pct"), Year, ComparisonGroup.From(engine.Peers(Year, Bunnik)));

        Assert.Multiple(() =>
        {
            Assert.That(s.IsSuppressed, Is.False);
            Assert.That(s.Values!.Median, Is.EqualTo(10));
        });
    }

    [Test]
    public void Position_RunningCostsIn2022_SeriesBreakAndNoYearOnYearChange()
    {
        // running_costs_per_inhabitant changed definition in 2022 (catalogue version 2022): Soest 450 → 560 is no change.
        var engine = Engine();

        var p2022 = engine.Position(IndicatorCode.Parse("running_costs_per_inhabitant"), 2022, engine.Peers(2022, Soest), Soest);
        var p2023 = engine.Position(IndicatorCode.Parse("running_costs_per_inhabitant"), 2023, engine.Peers(2023, Soest), Soest);
        var overhead2022 = engine.Position(IndicatorCode.Parse("overhead_pct"), 2022, engine.Peers(2022, Soest), Soest);

        Assert.Multiple(() =>
        {
            Assert.That(p2022.Has(PositionFlags.SeriesBreak), Is.True);
            Assert.That(p2022.PreviousValue, Is.EqualTo(450));
            Assert.That(p2022.YearOnYearChange, Is.NaN);
            Assert.That(p2023.Has(PositionFlags.SeriesBreak), Is.False);
            Assert.That(p2023.YearOnYearChange, Is.EqualTo(20));
            Assert.That(overhead2022.Has(PositionFlags.SeriesBreak), Is.False);
            Assert.That(overhead2022.YearOnYearChange, Is.EqualTo(1), "10 → 11");
        });
    }
}
