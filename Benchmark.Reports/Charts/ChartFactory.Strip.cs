using System.Globalization;
using Benchmark.Reports.Rendering;
using ScottPlot;

namespace Benchmark.Reports.Charts;

/// <content>The overview (percentile strip).</content>
public static partial class ChartFactory
{
    /// <summary>
    /// The overview strip: one row per indicator (first on top), a dot at the municipality's position on a 0–100 scale
    /// coloured by its tone, quartile bands and a line at 50 (the median).
    /// </summary>
    public static Plot Create(PercentileStripChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var plot = NewPlot(chart.Title);
        var n = chart.Items.Count;
        plot.Add.HorizontalSpan(25, 50, ReportPalette.Plot(ReportPalette.Shade));
        plot.Add.HorizontalSpan(50, 75, ReportPalette.Plot(ReportPalette.Shade));
        var median = plot.Add.VerticalLine(50, 1, ReportPalette.Plot(ReportPalette.Median));
        median.LegendText = chart.MedianLabel;
        for (var i = 0; i < n; i++)
        {
            var item = chart.Items[i];
            var y = n - 1 - i;
            var track = plot.Add.Line(0, y, 100, y);
            track.LineColor = ReportPalette.Plot(ReportPalette.Rule);
            track.LineWidth = 0.6f;
            if (double.IsFinite(item.Position))
            {
                var dot = plot.Add.Marker(item.Position, y, MarkerShape.FilledCircle, 8, ReportPalette.Plot(ReportPalette.Stroke(item.Tone)));
                dot.MarkerLineColor = Colors.White;
            }
        }

        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. Enumerable.Range(0, n).Select(i => (double)(n - 1 - i))],
            [.. chart.Items.Select(i => i.Label)]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        foreach (var x in new[] { 0, 25, 50, 75, 100 })
        {
            var label = x switch
            {
                0 => "0\n" + chart.LeftLabel,
                100 => "100\n" + chart.RightLabel,
                _ => x.ToString(CultureInfo.InvariantCulture),
            };
            ticks.AddMajor(x, label);
        }

        plot.Axes.Bottom.TickGenerator = ticks;
        plot.Axes.Bottom.Label.Text = chart.AxisLabel;
        plot.Grid.IsVisible = false;
        plot.Axes.SetLimits(-4, 104, -0.7, n - 0.3);
        plot.Legend.IsVisible = false;
        return plot;
    }
}
