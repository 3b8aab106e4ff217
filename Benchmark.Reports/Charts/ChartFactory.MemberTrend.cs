using System.Globalization;
using Benchmark.Reports.Rendering;
using ScottPlot;

namespace Benchmark.Reports.Charts;

/// <content>The trend chart of all members of a learning circle.</content>
public static partial class ChartFactory
{
    /// <summary>
    /// A line with markers per member over the years (a colour-blind-safe categorical palette, the member's name in the
    /// legend), interrupted where a value is missing and at series breaks; a dotted, labelled marker before each break.
    /// </summary>
    public static Plot Create(MemberTrendChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var plot = NewPlot(chart.Title);
        var palette = new ScottPlot.Palettes.Category10();
        var markers = new[] { MarkerShape.FilledCircle, MarkerShape.FilledSquare, MarkerShape.FilledTriangleUp, MarkerShape.FilledDiamond };
        for (var m = 0; m < chart.Lines.Count; m++)
        {
            var line = chart.Lines[m];
            var first = true;
            foreach (var segment in Runs(chart, line))
            {
                var scatter = plot.Add.Scatter(segment.Select(i => (double)chart.Years[i]).ToArray(), segment.Select(i => line.Values[i]).ToArray(), palette.GetColor(m));
                scatter.LineWidth = 1.4f;
                scatter.MarkerSize = 4.5f;
                scatter.MarkerShape = markers[m / 10 % markers.Length];
                scatter.LegendText = first ? line.Name : string.Empty;
                first = false;
            }
        }

        foreach (var year in chart.SeriesBreaks)
        {
            var marker = plot.Add.VerticalLine(year - 0.5, 1, ReportPalette.Plot(ReportPalette.Quartile), LinePattern.Dotted);
            marker.Text = chart.Labels.SeriesBreak + " " + year.ToString(CultureInfo.InvariantCulture);
            marker.LabelFontSize = TickSize;
            marker.LabelFontColor = ReportPalette.Plot(ReportPalette.Muted);
            marker.LabelBackgroundColor = Colors.White;
            marker.LabelOppositeAxis = true;
        }

        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. chart.Years.Select(y => (double)y)],
            [.. chart.Years.Select(y => y.ToString(CultureInfo.InvariantCulture))]);
        plot.Axes.Left.TickGenerator = ValueTicks(chart.Format);
        plot.Axes.Left.Label.Text = chart.AxisLabel;
        plot.Grid.XAxisStyle.IsVisible = false;
        var all = chart.Lines.SelectMany(l => l.Values).Where(double.IsFinite).ToList();
        if (chart.Years.Count > 0 && all.Count > 0)
        {
            var (low, high) = (all.Min(), all.Max());
            var pad = Math.Max((high - low) * 0.12, Math.Abs(high) * 0.02 + 1e-9);
            plot.Axes.SetLimits(chart.Years[0] - 0.5, chart.Years[^1] + 0.5, Math.Max(low >= 0 ? 0 : double.MinValue, low - pad), high + pad);
        }

        BottomLegend(plot);
        return plot;
    }

    /// <summary>The runs of consecutive year indices with a finite value, cut at series breaks.</summary>
    private static List<List<int>> Runs(MemberTrendChart chart, MemberTrendLine line)
    {
        var runs = new List<List<int>>();
        List<int>? current = null;
        for (var i = 0; i < chart.Years.Count; i++)
        {
            if (!double.IsFinite(line.Values[i]) || chart.SeriesBreaks.Contains(chart.Years[i]))
            {
                current = null;
            }

            if (double.IsFinite(line.Values[i]))
            {
                if (current is null)
                {
                    current = [];
                    runs.Add(current);
                }

                current.Add(i);
            }
        }

        return runs;
    }
}
