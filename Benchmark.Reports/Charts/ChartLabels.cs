namespace Benchmark.Reports.Charts;

/// <summary>The words charts print besides the data, in the report's language.</summary>
/// <param name="Median">Legend text of the median line.</param>
/// <param name="Quartiles">Legend text of the Q1 and Q3 lines or the Q1–Q3 band.</param>
/// <param name="Interval">Legend text of a 95 % confidence interval.</param>
/// <param name="SeriesBreak">Label of a series-break marker.</param>
/// <param name="Rank">Axis label of ranks (large groups).</param>
/// <param name="Peers">Legend text of the other members.</param>
public sealed record ChartLabels(string Median, string Quartiles, string Interval, string SeriesBreak, string Rank, string Peers);
