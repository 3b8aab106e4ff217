using Benchmark.Catalog;
using Benchmark.Data;
using Benchmark.Municipalities;
using Benchmark.PeerGroups;
using static Benchmark.Tests.Comparison.EngineTestData;

namespace Benchmark.Tests.Comparison;

/// <summary><see cref="BenchmarkEngine.Trend(IndicatorCode, PeerGroupSpec, MunicipalityCode)"/>: a municipality's series with its peer median, changes, CAGR and slope.</summary>
public sealed class TrendTests
{
    [Test]
    public void Trend_OnlyTwoNonAdjacentYears_NoYearOnYearChangeAcrossTheMissingYear()
    {
        // Only 2021 and 2023 loaded (2022 and 2024 left out): 2023 − 2021 is a two-year change across the 2022 series
        // break of running costs, not a year-on-year change. Before issue #10 the trend reported it as one.
        var observations = Observations().Where(o => o.Year is 2021 or 2023);
        var engine = new BenchmarkEngine(new DatasetBuilder().AddRange(observations).Build(), Registry);

        var running = engine.Trend(IndicatorCode.Parse("running_costs_per_inhabitant"), Soest);
        var overhead = engine.Trend(IndicatorCode.Parse("overhead_pct"), Soest);

        Assert.Multiple(() =>
        {
            Assert.That(running.Points.Select(p => p.Year), Is.EqualTo(new[] { 2021, 2023 }));
            Assert.That(running.Points.Select(p => p.Value), Is.EqualTo(new[] { 450.0, 580 }));
            Assert.That(running.Points.Select(p => p.YearOnYearChange), Has.All.NaN);
            Assert.That(overhead.Points[1].YearOnYearChange, Is.NaN, "no series break, still two years apart");
            Assert.That(running.SpansSeriesBreak, Is.True);
        });
    }

    [Test]
    public void Trend_OverheadOfSoest_PointsMediansChangesCagrAndSlope()
    {
        // Soest 2021–2024: 10, 11, 11.5, 12; the seven peers constant at 8, 9, 9, 10, 11, 13, 16.
        // Peer medians (R7, n = 8, middle two values): 2021 {…10, 10…} → 10; 2022 {10, 11} → 10.5; 2023 and 2024 → 10.5.
        // CAGR = (12 / 10)^(1/3) − 1 = 0.0626586.
        // Slope: x̄ = 2022.5, ȳ = 11.125; Σ(x − x̄)(y − ȳ) = (−1.5)(−1.125) + (−.5)(−.125) + (.5)(.375) + (1.5)(.875) = 3.25;
        // Σ(x − x̄)² = 5 → 0.65 points a year.
        var engine = Engine();

        var trend = engine.Trend(IndicatorCode.Parse("overhead_pct"), Soest);

        Assert.Multiple(() =>
        {
            Assert.That(trend.Points.Select(p => p.Year), Is.EqualTo(new[] { 2021, 2022, 2023, 2024 }));
            Assert.That(trend.Points.Select(p => p.Value), Is.EqualTo(new[] { 10, 11, 11.5, 12 }));
            Assert.That(trend.Points.Select(p => p.PeerMedian), Is.EqualTo(new[] { 10, 10.5, 10.5, 10.5 }).Within(1e-12));
            Assert.That(trend.Points[^1].PeerQ1, Is.EqualTo(9).Within(1e-12));
            Assert.That(trend.Points[^1].PeerQ3, Is.EqualTo(12.25).Within(1e-12));
            Assert.That(trend.Points[0].YearOnYearChange, Is.NaN, "no year before the first");
            Assert.That(trend.Points.Skip(1).Select(p => p.YearOnYearChange), Is.EqualTo(new[] { 1, 0.5, 0.5 }).Within(1e-12));
            Assert.That(trend.Points.Select(p => p.SeriesBreak), Has.All.False);
            Assert.That(trend.Cagr, Is.EqualTo(Math.Pow(1.2, 1.0 / 3) - 1).Within(1e-12));
            Assert.That(trend.Cagr, Is.EqualTo(0.0626586).Within(1e-7));
            Assert.That(trend.Slope, Is.EqualTo(0.65).Within(1e-9));
            Assert.That(trend.SpansSeriesBreak, Is.False);
            Assert.That(trend.PeerSpec, Is.EqualTo(PeerGroupSpec.Default));
            Assert.That(trend.Municipality, Is.EqualTo(Soest));
        });
    }

    [Test]
    public void Trend_RunningCostsAcross2022_SeriesBreakMarked()
    {
        // Soest 450, 560, 580, 600. CAGR (600/450)^(1/3) − 1 = 0.1006424; slope: ȳ = 547.5,
        // Σ(x − x̄)(y − ȳ) = (−1.5)(−97.5) + (−.5)(12.5) + (.5)(32.5) + (1.5)(52.5) = 235 → 235 / 5 = 47 per year.
        var engine = Engine();

        var trend = engine.Trend(IndicatorCode.Parse("running_costs_per_inhabitant"), Soest);

        Assert.Multiple(() =>
        {
            Assert.That(trend.Points.Select(p => p.SeriesBreak), Is.EqualTo(new[] { false, true, false, false }));
            Assert.That(trend.Points[1].YearOnYearChange, Is.NaN, "450 → 560 is a definition change, not a change");
            Assert.That(trend.Points[2].YearOnYearChange, Is.EqualTo(20));
            Assert.That(trend.Cagr, Is.EqualTo(0.1006424).Within(1e-7));
            Assert.That(trend.Slope, Is.EqualTo(47).Within(1e-9));
            Assert.That(trend.SpansSeriesBreak, Is.True);
        });
    }

    [Test]
    public void Trend_MissingYearInBetween_CagrAndSlopeFromTheKnownYears()
    {
        // Soest without 2022: 10, –, 11.5, 12. CAGR (12/10)^(1/3) − 1 over 3 years still; slope over x = 2021, 2023, 2024:
        // x̄ = 2022.667, ȳ = 11.1667; Sxy = (−1.667)(−1.1667) + (.333)(.333) + (1.333)(.8333) = 3.1667; Sxx = 4.6667 → 0.678571.
        var observations = Observations().Where(o => !(o.Municipality == Soest && o.Year == 2022 && o.Indicator == "overhead_pct"));
        var engine = new BenchmarkEngine(new DatasetBuilder().AddRange(observations).Build(), Registry);

        var trend = engine.Trend(IndicatorCode.Parse("overhead_pct"), Soest);

        Assert.Multiple(() =>
        {
            Assert.That(trend.Points[1].Value, Is.NaN);
            Assert.That(trend.Points[1].YearOnYearChange, Is.NaN);
            Assert.That(trend.Points[2].YearOnYearChange, Is.NaN, "2022 is missing");
            Assert.That(trend.Points[3].YearOnYearChange, Is.EqualTo(0.5));
            Assert.That(trend.Cagr, Is.EqualTo(Math.Pow(1.2, 1.0 / 3) - 1).Within(1e-12));
            Assert.That(trend.Slope, Is.EqualTo(19.0 / 28).Within(1e-9));
        });
    }

    [Test]
    public void Trend_SingleValue_NoCagrNoSlope()
    {
        var engine = Engine();

        var trend = engine.Trend(IndicatorCode.Parse("employee_satisfaction"), Soest);

        Assert.Multiple(() =>
        {
            Assert.That(trend.Points.Select(p => p.Value).Count(double.IsFinite), Is.EqualTo(1));
            Assert.That(trend.Cagr, Is.NaN);
            Assert.That(trend.Slope, Is.NaN);
        });
    }
}
