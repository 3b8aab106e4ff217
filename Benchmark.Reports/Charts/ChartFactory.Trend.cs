using System.Globalization;
using Benchmark.Reports.Rendering;
using ScottPlot;

namespace Benchmark.Reports.Charts;

/// <content>The trend chart.</content>
public static partial class ChartFactory
{
    /// <summary>
    /// The trend chart: the municipality's values (a line with markers, interrupted at series breaks), the peer median
    /// (dashed) and the Q1–Q3 band over the years; a dashed vertical marker half a year before each series break,
    /// labelled; for survey indicators the 95 % interval as error bars.
    /// </summary>
    public static Plot Create(TrendChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var plot = NewPlot(chart.Title);
        var points = chart.Points;

        var band = points.Where(p => double.IsFinite(p.Q1) && double.IsFinite(p.Q3)).ToList();
        if (band.Count > 0)
        {
            var fill = plot.Add.FillY([.. band.Select(p => (double)p.Year)], [.. band.Select(p => p.Q1)], [.. band.Select(p => p.Q3)]);
            fill.FillColor = ReportPalette.Plot(ReportPalette.Band);
            fill.LineWidth = 0;
            fill.LegendText = chart.Labels.Quartiles;
        }

        var first = true;
        foreach (var segment in Segments(points, p => p.Median))
        {
            var median = plot.Add.ScatterLine(segment.Select(p => (double)p.Year).ToArray(), segment.Select(p => p.Median).ToArray(), ReportPalette.Plot(ReportPalette.Median));
            median.LinePattern = LinePattern.Dashed;
            median.LineWidth = 1.2f;
            median.LegendText = first ? chart.Labels.Median : string.Empty;
            first = false;
        }

        first = true;
        foreach (var segment in Segments(points, p => p.Value))
        {
            var focus = plot.Add.Scatter(segment.Select(p => (double)p.Year).ToArray(), segment.Select(p => p.Value).ToArray(), FocusColor);
            focus.LineWidth = 2;
            focus.MarkerSize = 6;
            focus.MarkerShape = MarkerShape.FilledCircle;
            focus.LegendText = first ? chart.FocusName : string.Empty;
            first = false;
        }

        var intervals = points.Where(p => double.IsFinite(p.Lower) && double.IsFinite(p.Upper) && double.IsFinite(p.Value)).ToList();
        if (intervals.Count > 0)
        {
            var errors = plot.Add.ErrorBar(
                [.. intervals.Select(p => (double)p.Year)],
                [.. intervals.Select(p => p.Value)],
                [.. intervals.Select(p => (p.Upper - p.Lower) / 2)]);
            errors.Color = FocusColor;
            errors.LineWidth = 1.2f;
            errors.LegendText = chart.Labels.Interval;
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

        var years = points.Select(p => p.Year).ToList();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. years.Select(y => (double)y)],
            [.. years.Select(y => y.ToString(CultureInfo.InvariantCulture))]);
        plot.Axes.Left.TickGenerator = ValueTicks(chart.Format);
        plot.Axes.Left.Label.Text = chart.AxisLabel;
        plot.Grid.XAxisStyle.IsVisible = false;
        if (years.Count > 0)
        {
            var all = points.SelectMany(p => new[] { p.Value, p.Q1, p.Q3, p.Median, p.Lower, p.Upper }).Where(double.IsFinite).ToList();
            var (low, high) = all.Count == 0 ? (0d, 1d) : (all.Min(), all.Max());
            var pad = Math.Max((high - low) * 0.12, Math.Abs(high) * 0.02 + 1e-9);
            plot.Axes.SetLimits(years[0] - 0.5, years[^1] + 0.5, Math.Max(low >= 0 ? 0 : double.MinValue, low - pad), high + pad);
        }

        BottomLegend(plot);
        return plot;
    }

    /// <summary>The runs of consecutive years with a finite value, cut at series breaks (a new definition starts a new line).</summary>
    private static List<List<TrendChartPoint>> Segments(IReadOnlyList<TrendChartPoint> points, Func<TrendChartPoint, double> value)
    {
        var segments = new List<List<TrendChartPoint>>();
        List<TrendChartPoint>? current = null;
        foreach (var p in points)
        {
            if (!double.IsFinite(value(p)) || p.SeriesBreak)
            {
                current = null;
            }

            if (double.IsFinite(value(p)))
            {
                current ??= [];
                if (current.Count == 0)
                {
                    segments.Add(current);
                }

                current.Add(p);
            }
        }

        return segments;
    }
}
