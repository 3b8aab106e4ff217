using System.Globalization;
using Benchmark.Reports.Charts;
using Benchmark.Reports.Model;
using Benchmark.Web.Charts;
using ScottPlot;

namespace Benchmark.Web.Experience;

/// <summary>
/// The survey page's interval chart, drawn from the rows of the report's experience-survey page (the numbers of the
/// PDF): one row per theme (first on top), a bar for the 95 % interval, a dot for the mean and a tick for the peer
/// median. Themes on one scale share a chart (the overall mark is 1–10, the other themes 1–5), so
/// <see cref="Groups"/> splits the rows first. Served as images of their own (<see cref="ChartResponse"/>); the page
/// puts the numbers in a table beside them.
/// </summary>
internal static class SurveyChart
{
    private static readonly Color Interval = Color.FromHex("#9DC3E6");
    private static readonly Color Median = Color.FromHex("#1F2933");

    /// <summary>The rows grouped by scale, in page order.</summary>
    public static IReadOnlyList<IReadOnlyList<SurveyIntervalRow>> Groups(IReadOnlyList<SurveyIntervalRow> rows) =>
        [.. rows.GroupBy(r => r.Scale).Select(g => (IReadOnlyList<SurveyIntervalRow>)[.. g])];

    /// <summary>
    /// The charts of a survey's <paramref name="themes"/>, one per scale in <see cref="Groups"/> order, drawn once per
    /// composed list (a cached report's page and its chart images share them).
    /// </summary>
    public static IReadOnlyList<ChartImage> Images(IReadOnlyList<SurveyIntervalRow> themes, string meanLabel, string intervalLabel, string medianLabel)
    {
        ArgumentNullException.ThrowIfNull(themes);
        return Drawn.GetValue(themes, _ => [.. Groups(themes).Select(rows => Image(rows, meanLabel, intervalLabel, medianLabel))]);
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<SurveyIntervalRow>, IReadOnlyList<ChartImage>> Drawn = [];

    /// <summary>The chart of <paramref name="rows"/> (one scale).</summary>
    /// <param name="rows">Themes on one scale.</param>
    /// <param name="meanLabel">The legend text of the mean dot.</param>
    /// <param name="intervalLabel">The legend text of the interval bar.</param>
    /// <param name="medianLabel">The legend text of the peer-median tick.</param>
    private static ChartImage Image(IReadOnlyList<SurveyIntervalRow> rows, string meanLabel, string intervalLabel, string medianLabel)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var plot = new Plot();
        plot.Font.Set("DejaVu Sans");
        var n = rows.Count;
        var (min, max) = rows[0].Scale;
        for (var i = 0; i < n; i++)
        {
            var (lower, mean, upper, median) = rows[i].Values;
            var y = n - 1 - i;
            var track = plot.Add.Line(min, y, max, y);
            track.LineColor = Color.FromHex("#D9E2EC");
            track.LineWidth = 0.6f;
            if (double.IsFinite(lower) && double.IsFinite(upper))
            {
                var bar = plot.Add.Line(lower, y, upper, y);
                bar.LineColor = Interval;
                bar.LineWidth = 9;
                bar.LegendText = i == 0 ? intervalLabel : string.Empty;
            }

            if (double.IsFinite(mean))
            {
                var dot = plot.Add.Marker(mean, y, MarkerShape.FilledCircle, 9, ChartFactory.FocusColor);
                dot.LegendText = i == 0 ? meanLabel : string.Empty;
            }

            if (double.IsFinite(median))
            {
                var tick = plot.Add.Marker(median, y, MarkerShape.VerticalBar, 18, Median);
                tick.MarkerLineWidth = 2.5f;
                tick.LegendText = i == 0 ? medianLabel : string.Empty;
            }
        }

        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. Enumerable.Range(0, n).Select(i => (double)(n - 1 - i))],
            [.. rows.Select(r => r.Label)]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (var x = min; x <= max; x++)
        {
            ticks.AddMajor(x, x.ToString(CultureInfo.InvariantCulture));
        }

        plot.Axes.Bottom.TickGenerator = ticks;
        plot.Axes.SetLimits(min - 0.2, max + 0.2, -0.7, n - 0.3);
        plot.Grid.IsVisible = false;
        var legend = plot.ShowLegend(Edge.Bottom).Legend;
        legend.Orientation = Orientation.Horizontal;
        return SvgImage.Draw(plot, SvgImage.Width, 110 + (32 * n));
    }
}
