namespace Benchmark.Reports.Charts;

/// <summary>The overview: the municipality's position on every indicator on one 0–100 scale.</summary>
/// <param name="Title">The chart title.</param>
/// <param name="AxisLabel">The label of the 0–100 axis.</param>
/// <param name="Items">One item per indicator, top to bottom.</param>
/// <param name="LeftLabel">What the left end means, e.g. "minst gunstig / laagst".</param>
/// <param name="RightLabel">What the right end means, e.g. "meest gunstig / hoogst".</param>
/// <param name="MedianLabel">The label of the line at 50.</param>
public sealed record PercentileStripChart(
    string Title,
    string AxisLabel,
    IReadOnlyList<StripItem> Items,
    string LeftLabel,
    string RightLabel,
    string MedianLabel);
