namespace Benchmark.Reports.Charts;

/// <summary>The members of a group ranked on one indicator, with the median and quartile lines.</summary>
/// <param name="Title">The chart title.</param>
/// <param name="AxisLabel">The value axis label (the unit).</param>
/// <param name="Format">How values and ticks are printed.</param>
/// <param name="Bars">The members in rank order, best first (lowest first for neutral indicators).</param>
/// <param name="Median">The group median.</param>
/// <param name="Q1">The lower quartile.</param>
/// <param name="Q3">The upper quartile.</param>
/// <param name="Labels">Legend and axis words.</param>
public sealed record RankedBarChart(
    string Title,
    string AxisLabel,
    ValueFormat Format,
    IReadOnlyList<RankedBar> Bars,
    double Median,
    double Q1,
    double Q3,
    ChartLabels Labels)
{
    /// <summary>Groups up to this size are drawn as horizontal bars with a name per bar; larger ones as unlabelled columns.</summary>
    public const int MaxNamedBars = 40;

    /// <summary>Whether every bar gets its name (<see cref="MaxNamedBars"/> or fewer members).</summary>
    public bool HasNamedBars => Bars.Count <= MaxNamedBars;
}
