namespace Benchmark.Reports.Charts;

/// <summary>A municipality's value over the years against its peer median and Q1–Q3 band, with series breaks marked.</summary>
/// <param name="Title">The chart title.</param>
/// <param name="AxisLabel">The value axis label (the unit).</param>
/// <param name="Format">How values and ticks are printed.</param>
/// <param name="FocusName">The legend text of the municipality's line.</param>
/// <param name="Points">One point per year, ascending.</param>
/// <param name="Labels">Legend and marker words.</param>
public sealed record TrendChart(
    string Title,
    string AxisLabel,
    ValueFormat Format,
    string FocusName,
    IReadOnlyList<TrendChartPoint> Points,
    ChartLabels Labels)
{
    /// <summary>The years in which the definition changed.</summary>
    public IEnumerable<int> SeriesBreaks => Points.Where(p => p.SeriesBreak).Select(p => p.Year);
}
