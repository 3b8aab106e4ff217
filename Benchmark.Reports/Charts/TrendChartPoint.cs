namespace Benchmark.Reports.Charts;

/// <summary>One year of a trend chart.</summary>
/// <param name="Year">The year.</param>
/// <param name="Value">The municipality's value, or NaN.</param>
/// <param name="Median">The peer median, or NaN.</param>
/// <param name="Q1">The peer lower quartile, or NaN.</param>
/// <param name="Q3">The peer upper quartile, or NaN.</param>
/// <param name="SeriesBreak">Whether the definition changed in this year.</param>
/// <param name="Lower">Lower end of the value's 95 % confidence interval (survey indicators), or NaN.</param>
/// <param name="Upper">Upper end of the value's 95 % confidence interval, or NaN.</param>
public sealed record TrendChartPoint(
    int Year,
    double Value,
    double Median,
    double Q1,
    double Q3,
    bool SeriesBreak,
    double Lower = double.NaN,
    double Upper = double.NaN);
