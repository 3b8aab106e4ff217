using Benchmark.Reports.Rendering;
using ScottPlot;

namespace Benchmark.Reports.Charts;

/// <content>The ranked bar chart.</content>
public static partial class ChartFactory
{
    /// <summary>
    /// The ranked bar chart: one bar per member in rank order (best first), the focus highlighted in
    /// <see cref="FocusColor"/> (with its 95 % interval for survey indicators), and lines at the median (solid), Q1 and
    /// Q3 (dashed). Groups of up to <see cref="RankedBarChart.MaxNamedBars"/> members get horizontal bars with a name
    /// each (rank 1 on top); larger groups get unlabelled columns (rank 1 on the left) with the focus annotated.
    /// </summary>
    public static Plot Create(RankedBarChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var plot = NewPlot(chart.Title);
        var named = chart.HasNamedBars;
        var n = chart.Bars.Count;
        var bars = new List<Bar>(n);
        for (var i = 0; i < n; i++)
        {
            var b = chart.Bars[i];
            var position = named ? n - 1 - i : i + 1;
            bars.Add(new Bar
            {
                Position = position,
                Value = double.IsFinite(b.Value) ? b.Value : 0,
                FillColor = b.IsFocus ? FocusColor : PeerColor,
                LineWidth = b.HasInterval ? 1.2f : 0,
                LineColor = ReportPalette.Plot(ReportPalette.Ink),
                Size = named ? 0.72 : 0.8,
                Error = b.HasInterval ? (b.Upper - b.Lower) / 2 : 0,
                ErrorSize = 0.5,
                Orientation = named ? Orientation.Horizontal : Orientation.Vertical,
            });
        }

        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = named;
        barPlot.LegendText = chart.Labels.Peers;

        AddReferenceLines(plot, chart, named);
        if (named)
        {
            var positions = Enumerable.Range(0, n).Select(i => (double)(n - 1 - i)).ToArray();
            plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(positions, [.. chart.Bars.Select(b => b.Label)]);
            plot.Axes.Left.MajorTickStyle.Length = 0;
            plot.Axes.Bottom.TickGenerator = ValueTicks(chart.Format);
            plot.Axes.Bottom.Label.Text = chart.AxisLabel;
            plot.Grid.YAxisStyle.IsVisible = false;
            var (low, high) = ValueRange(chart);
            plot.Axes.SetLimits(low, high, -0.6, n - 0.4);
        }
        else
        {
            AnnotateFocus(plot, chart);
            plot.Axes.Left.TickGenerator = ValueTicks(chart.Format);
            plot.Axes.Left.Label.Text = chart.AxisLabel;
            plot.Axes.Bottom.TickGenerator = RankTicks(n);
            plot.Axes.Bottom.Label.Text = chart.Labels.Rank;
            plot.Grid.XAxisStyle.IsVisible = false;
            var (low, high) = ValueRange(chart);
            plot.Axes.SetLimits(0.3, n + 0.7, low, high * 1.08);
        }

        plot.Legend.IsVisible = true;
        plot.Legend.Alignment = named ? Alignment.LowerRight : Alignment.UpperLeft;
        return plot;
    }

    private static void AddReferenceLines(Plot plot, RankedBarChart chart, bool named)
    {
        var median = ReportPalette.Plot(ReportPalette.Median);
        var quartile = ReportPalette.Plot(ReportPalette.Quartile);
        if (double.IsFinite(chart.Median))
        {
            var line = named ? (ScottPlot.Plottables.AxisLine)plot.Add.VerticalLine(chart.Median, 1.2f, median) : plot.Add.HorizontalLine(chart.Median, 1.2f, median);
            line.LegendText = chart.Labels.Median + " " + chart.Format.Format(chart.Median);
        }

        foreach (var (value, first) in new[] { (chart.Q1, true), (chart.Q3, false) })
        {
            if (!double.IsFinite(value))
            {
                continue;
            }

            var line = named
                ? (ScottPlot.Plottables.AxisLine)plot.Add.VerticalLine(value, 0.9f, quartile, LinePattern.Dashed)
                : plot.Add.HorizontalLine(value, 0.9f, quartile, LinePattern.Dashed);
            line.LegendText = first ? chart.Labels.Quartiles + " " + chart.Format.Format(chart.Q1) + " – " + chart.Format.Format(chart.Q3) : string.Empty;
        }
    }

    private static void AnnotateFocus(Plot plot, RankedBarChart chart)
    {
        var index = chart.Bars.ToList().FindIndex(b => b.IsFocus);
        if (index < 0)
        {
            return;
        }

        var focus = chart.Bars[index];
        var top = focus.HasInterval ? focus.Upper : focus.Value;
        var text = plot.Add.Text(focus.Label + ": " + chart.Format.Format(focus.Value), index + 1, double.IsFinite(top) ? top : 0);
        text.LabelFontSize = LabelSize;
        text.LabelBold = true;
        text.LabelFontColor = FocusColor;
        text.LabelAlignment = index < chart.Bars.Count * 0.6 ? Alignment.LowerLeft : Alignment.LowerRight;
        text.OffsetY = -3;
    }

    private static (double Low, double High) ValueRange(RankedBarChart chart)
    {
        var values = chart.Bars.Where(b => double.IsFinite(b.Value)).SelectMany(b => b.HasInterval ? new[] { b.Value, b.Upper, b.Lower } : [b.Value]).ToList();
        var max = values.Count == 0 ? 1 : values.Max();
        var min = values.Count == 0 ? 0 : values.Min();
        var low = Math.Min(0, min);
        var high = max <= 0 ? 1 : max * 1.04;
        return (low, high);
    }

    private static ScottPlot.TickGenerators.NumericManual RankTicks(int n)
    {
        var step = n <= 60 ? 10 : n <= 150 ? 25 : 50;
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        ticks.AddMajor(1, "1");
        for (var r = step; r <= n; r += step)
        {
            ticks.AddMajor(r, r.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return ticks;
    }
}
