namespace Benchmark.Reports.Charts;

/// <summary>One indicator over the years with a line per member of a learning circle, cut at series breaks.</summary>
/// <param name="Title">The chart title.</param>
/// <param name="AxisLabel">The value axis label (the unit).</param>
/// <param name="Format">How values and ticks are printed.</param>
/// <param name="Years">The years, ascending.</param>
/// <param name="Lines">One line per member: its name as the report prints it and a value per year (NaN when missing); the index picks the colour.</param>
/// <param name="SeriesBreaks">The years in which the definition changed (a line does not run across them).</param>
/// <param name="Labels">Marker words.</param>
public sealed record MemberTrendChart(
    string Title,
    string AxisLabel,
    ValueFormat Format,
    IReadOnlyList<int> Years,
    IReadOnlyList<MemberTrendLine> Lines,
    IReadOnlyList<int> SeriesBreaks,
    ChartLabels Labels);
