namespace Benchmark.Comparison;

/// <summary>One year of a trend: the municipality's value next to its group's median and quartiles.</summary>
/// <param name="Year">The year.</param>
/// <param name="Value">The municipality's value; NaN when missing.</param>
/// <param name="PeerMedian">The group median; NaN when suppressed.</param>
/// <param name="PeerQ1">The group's first quartile; NaN when suppressed.</param>
/// <param name="PeerQ3">The group's third quartile; NaN when suppressed.</param>
/// <param name="YearOnYearChange">Value − previous year's value; NaN when either is missing or across a series break.</param>
/// <param name="SeriesBreak">Whether the definition changed in this year (not comparable with the previous year).</param>
public sealed record TrendPoint(int Year, double Value, double PeerMedian, double PeerQ1, double PeerQ3, double YearOnYearChange, bool SeriesBreak);
