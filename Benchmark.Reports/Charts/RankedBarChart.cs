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

    /// <summary>
    /// Whether the values are drawn as dots on a value axis that need not start at zero instead of bars from zero: when
    /// all values are positive and lie close together relative to their size (spread below 40 % of the largest, e.g.
    /// report marks 6.5–7.8), bars from zero would all look the same and bars from another base would mislead.
    /// </summary>
    public bool UsesDots
    {
        get
        {
            var values = Bars.Select(b => b.Value).Where(double.IsFinite).ToList();
            return values.Count > 0 && values.Min() > 0 && (values.Max() - values.Min()) < 0.4 * values.Max();
        }
    }
}
