using Benchmark.Catalog;
using Benchmark.Comparison;
using Benchmark.Reports.Charts;
using Benchmark.Reports.Composition;
using ScottPlot.Plottables;
using ScottPlot;

namespace Benchmark.Tests.Reports;

/// <summary>Charts are checked on the plot model (series values, highlighted element, lines, labels), not on pixels.</summary>
public sealed class ChartFactoryTests
{
    [Test]
    public void Ranked_Overhead_OneBarPerMemberInRankOrderFocusHighlightedLinesAtEngineValues()
    {
        var engine = ReportTestData.Engine;
        var group = engine.Peers(ReportTestData.Year, ReportTestData.Zwolle);
        var table = engine.Rank(IndicatorCode.Parse("overhead_pct"), ReportTestData.Year, ComparisonGroup.From(group), ReportTestData.Zwolle);
        var stats = table.Statistics.Values!;
        var chart = MunicipalityReportComposer.ComposeIndicator(engine, ReportTestData.Zwolle, ReportTestData.Year, IndicatorCode.Parse("overhead_pct"), ReportTestData.Options()).Ranking!;
        Assume.That(chart.UsesDots, Is.False, "overhead values are spread widely enough for bars");

        using var plot = ChartFactory.Create(chart);
        plot.RenderInMemory(600, 500); // generates the tick labels; the assertions are on the model, not on pixels

        var bars = plot.GetPlottables<BarPlot>().SelectMany(b => b.Bars).OrderByDescending(b => b.Position).ToList();
        var ranked = table.Entries.Where(e => e.Rank > 0).ToList();
        Assert.That(bars.Select(b => b.Value), Is.EqualTo(ranked.Select(e => e.Value)), "one bar per member, best (rank 1) on top");
        var focus = bars.Where(b => b.FillColor == ChartFactory.FocusColor).ToList();
        Assert.That(focus, Has.Count.EqualTo(1));
        Assert.That(focus[0].Value, Is.EqualTo(ranked.Single(e => e.IsFocus).Value));
        Assert.That(bars.Count(b => b.FillColor == ChartFactory.PeerColor), Is.EqualTo(ranked.Count - 1));
        var lines = plot.GetPlottables<VerticalLine>().Select(l => l.X).ToList();
        Assert.That(lines, Is.EquivalentTo(new[] { stats.Median, stats.Q1, stats.Q3 }));
        var labels = ((ScottPlot.TickGenerators.NumericManual)plot.Axes.Left.TickGenerator).Ticks.OrderByDescending(t => t.Position).Select(t => t.Label);
        Assert.That(labels, Is.EqualTo(ranked.Select(e => e.Name)));
    }

    [Test]
    public void Ranked_Anonymized_LabelsAreLettersExceptTheFocus()
    {
        var chart = MunicipalityReportComposer.ComposeIndicator(ReportTestData.Engine, ReportTestData.Zwolle, ReportTestData.Year, IndicatorCode.Parse("overhead_pct"), ReportTestData.Options(anonymize: true)).Ranking!;

        using var plot = ChartFactory.Create(chart);
        plot.RenderInMemory(600, 500);

        var labels = ((ScottPlot.TickGenerators.NumericManual)plot.Axes.Left.TickGenerator).Ticks.Select(t => t.Label).ToList();
        Assert.That(labels.Where(l => l != "Zwolle"), Is.All.Match("^Gemeente [A-Z]{1,2}$"));
        Assert.That(labels, Does.Contain("Zwolle"));
        Assert.That(plot.GetPlottables<BarPlot>().Select(b => b.LegendText), Does.Contain("Zwolle"));
    }

    [Test]
    public void Ranked_LargeGroup_ColumnsWithoutNamesAndTheFocusAnnotated()
    {
        var engine = ReportTestData.Engine;
        var nuenen = Benchmark.Municipalities.MunicipalityCode.Parse("GM0820");
        var chart = MunicipalityReportComposer.ComposeIndicator(engine, nuenen, ReportTestData.Year, IndicatorCode.Parse("overhead_pct"), ReportTestData.Options()).Ranking!;
        Assume.That(chart.Bars, Has.Count.GreaterThan(RankedBarChart.MaxNamedBars));

        using var plot = ChartFactory.Create(chart);

        var bars = plot.GetPlottables<BarPlot>().SelectMany(b => b.Bars).OrderBy(b => b.Position).ToList();
        Assert.That(bars.Select(b => b.Value), Is.EqualTo(chart.Bars.Select(b => b.Value)));
        Assert.That(bars.All(b => b.Orientation == Orientation.Vertical), Is.True);
        Assert.That(plot.GetPlottables<ScottPlot.Plottables.Text>().Single().LabelText, Does.StartWith("Nuenen, Gerwen en Nederwetten: "));
        Assert.That(plot.GetPlottables<HorizontalLine>().Select(l => l.Y), Is.EquivalentTo(new[] { chart.Median, chart.Q1, chart.Q3 }));
    }

    [Test]
    public void Trend_RunningCostsPerInhabitant_ValuesPerYearAndBreakMarkerIn2022()
    {
        var engine = ReportTestData.Engine;
        var trend = engine.Trend(IndicatorCode.Parse("running_costs_per_inhabitant"), ReportTestData.Zwolle);
        var chart = MunicipalityReportComposer.ComposeIndicator(engine, ReportTestData.Zwolle, ReportTestData.Year, IndicatorCode.Parse("running_costs_per_inhabitant"), ReportTestData.Options()).Trend!;

        using var plot = ChartFactory.Create(chart);

        var focus = plot.GetPlottables<Scatter>().Where(s => s.Color == ChartFactory.FocusColor).ToList();
        var points = focus.SelectMany(s => s.Data.GetScatterPoints()).ToList();
        Assert.That(points.Select(c => (int)c.X), Is.EqualTo(trend.Points.Where(p => double.IsFinite(p.Value)).Select(p => p.Year)));
        Assert.That(points.Select(c => c.Y), Is.EqualTo(trend.Points.Where(p => double.IsFinite(p.Value)).Select(p => p.Value)));
        Assert.That(focus, Has.Count.EqualTo(2), "the line is interrupted at the series break");
        var marker = plot.GetPlottables<VerticalLine>().Single();
        Assert.That(marker.X, Is.EqualTo(2021.5));
        Assert.That(marker.Text, Is.EqualTo("trendbreuk 2022"));
        var medians = plot.GetPlottables<Scatter>().Where(s => s.Color != ChartFactory.FocusColor).SelectMany(s => s.Data.GetScatterPoints()).Select(c => c.Y);
        Assert.That(medians, Is.EqualTo(trend.Points.Select(p => p.PeerMedian)));
    }

    [Test]
    public void Overview_OneDotPerIndicatorAtItsPosition()
    {
        var overview = MunicipalityReportComposer.ComposeOverview(ReportTestData.Engine, ReportTestData.Zwolle, ReportTestData.Year, ReportTestData.Options());

        using var plot = ChartFactory.Create(overview.Chart);

        var dots = plot.GetPlottables<Marker>().OrderByDescending(m => m.Location.Y).Select(m => m.Location.X).ToList();
        Assert.That(dots, Is.EqualTo(overview.Chart.Items.Where(i => double.IsFinite(i.Position)).Select(i => i.Position)));
        Assert.That(dots, Is.All.InRange(0, 100));
    }

    [Test]
    public void ChartFiles_PngAndSvg_AreWrittenWithTheirFormat()
    {
        var chart = MunicipalityReportComposer.ComposeIndicator(ReportTestData.Engine, ReportTestData.Zwolle, ReportTestData.Year, IndicatorCode.Parse("overhead_pct"), ReportTestData.Options()).Ranking!;
        var folder = Directory.CreateTempSubdirectory("benchmark-chart-");
        try
        {
            using var plot = ChartFactory.Create(chart);
            var png = Path.Combine(folder.FullName, "overhead.png");
            var svg = Path.Combine(folder.FullName, "overhead.svg");

            ChartFiles.Save(plot, png);
            ChartFiles.Save(plot, svg);

            Assert.That(File.ReadAllBytes(png).Take(4), Is.EqualTo(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }));
            Assert.That(File.ReadAllText(svg), Does.StartWith("<?xml").Or.StartWith("<svg").And.Contain("Zwolle"));
            Assert.That(() => ChartFiles.Save(plot, Path.Combine(folder.FullName, "overhead.gif")), Throws.ArgumentException);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
