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
    /// each (rank 1 on top); larger groups get unlabelled columns (rank 1 on the left) with the focus annotated. The peers
    /// are one bar plot and the focus a second one (its legend entry); values close together relative to their size are
    /// drawn as dots instead (see <see cref="RankedBarChart.UsesDots"/>).
    /// </summary>
    public static Plot Create(RankedBarChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var plot = NewPlot(chart.Title);
        var named = chart.HasNamedBars;
        var n = chart.Bars.Count;
        double Position(int i) => named ? n - 1 - i : i + 1;
        if (chart.UsesDots)
        {
            AddDots(plot, chart, named, Position);
        }
        else
        {
            AddBars(plot, chart, named, Position);
        }

        AddReferenceLines(plot, chart, named);
        var (low, high) = ValueRange(chart);
        if (named)
        {
            plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
                [.. Enumerable.Range(0, n).Select(Position)],
                [.. chart.Bars.Select(b => b.Label)]);
            plot.Axes.Left.MajorTickStyle.Length = 0;
            plot.Axes.Bottom.TickGenerator = ValueTicks(chart.Format);
            plot.Axes.Bottom.Label.Text = chart.AxisLabel;
            plot.Grid.YAxisStyle.IsVisible = false;
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
            plot.Axes.SetLimits(0.3, n + 0.7, low, high + ((high - low) * 0.08));
        }

        BottomLegend(plot);
        return plot;
    }

    private static void AddBars(Plot plot, RankedBarChart chart, bool named, Func<int, double> position)
    {
        Bar Bar(RankedBar b, int i) => new()
        {
            Position = position(i),
            Value = double.IsFinite(b.Value) ? b.Value : 0,
            FillColor = b.IsFocus ? FocusColor : PeerColor,
            LineWidth = b.HasInterval ? 1.2f : 0,
            LineColor = ReportPalette.Plot(ReportPalette.Ink),
            Size = named ? 0.72 : 0.8,
            Error = b.HasInterval ? (b.Upper - b.Lower) / 2 : 0,
            Orientation = named ? Orientation.Horizontal : Orientation.Vertical,
        };

        var peers = plot.Add.Bars(chart.Bars.Select((b, i) => (b, i)).Where(x => !x.b.IsFocus).Select(x => Bar(x.b, x.i)).ToList());
        peers.Horizontal = named;
        peers.LegendText = chart.Labels.Peers;
        var focus = chart.Bars.Select((b, i) => (b, i)).Where(x => x.b.IsFocus).Select(x => Bar(x.b, x.i)).ToList();
        if (focus.Count > 0)
        {
            var highlighted = plot.Add.Bars(focus);
            highlighted.Horizontal = named;
            highlighted.LegendText = chart.Bars.First(b => b.IsFocus).Label;
        }
    }

    private static void AddDots(Plot plot, RankedBarChart chart, bool named, Func<int, double> position)
    {
        var peers = chart.Bars.Select((b, i) => (b, i)).Where(x => !x.b.IsFocus && double.IsFinite(x.b.Value)).ToList();
        double[] Along(IEnumerable<(RankedBar B, int I)> items) => [.. items.Select(x => position(x.I))];
        double[] Values(IEnumerable<(RankedBar B, int I)> items) => [.. items.Select(x => x.B.Value)];
        var others = named
            ? plot.Add.Markers(Values(peers), Along(peers), MarkerShape.FilledCircle, 5.5f, PeerColor)
            : plot.Add.Markers(Along(peers), Values(peers), MarkerShape.FilledCircle, 4.5f, PeerColor);
        others.LegendText = chart.Labels.Peers;
        var focusIndex = chart.Bars.ToList().FindIndex(b => b.IsFocus);
        if (focusIndex < 0 || !double.IsFinite(chart.Bars[focusIndex].Value))
        {
            return;
        }

        var focus = chart.Bars[focusIndex];
        if (focus.HasInterval)
        {
            var half = (focus.Upper - focus.Lower) / 2;
            var errors = named
                ? plot.Add.ErrorBar([focus.Value], [position(focusIndex)], [0d])
                : plot.Add.ErrorBar([position(focusIndex)], [focus.Value], [half]);
            if (named)
            {
                errors.XErrorPositive = [half];
                errors.XErrorNegative = [half];
                errors.YErrorPositive = [0d];
                errors.YErrorNegative = [0d];
            }

            errors.Color = FocusColor;
            errors.LineWidth = 1.4f;
            errors.LegendText = chart.Labels.Interval;
        }

        var dot = named
            ? plot.Add.Marker(focus.Value, position(focusIndex), MarkerShape.FilledCircle, 8, FocusColor)
            : plot.Add.Marker(position(focusIndex), focus.Value, MarkerShape.FilledCircle, 8, FocusColor);
        dot.LegendText = focus.Label;
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
        text.LabelBackgroundColor = Colors.White.WithAlpha(0.85);
    }

    private static (double Low, double High) ValueRange(RankedBarChart chart)
    {
        var values = chart.Bars.Where(b => double.IsFinite(b.Value)).SelectMany(b => b.HasInterval ? new[] { b.Value, b.Upper, b.Lower } : [b.Value]).ToList();
        var max = values.Count == 0 ? 1 : values.Max();
        var min = values.Count == 0 ? 0 : values.Min();
        if (chart.UsesDots)
        {
            var pad = Math.Max((max - min) * 0.08, Math.Abs(max) * 0.005);
            return (min - pad, max + pad);
        }

        return (Math.Min(0, min), max <= 0 ? 1 : max * 1.04);
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
