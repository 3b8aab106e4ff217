using Benchmark.Catalog;
using Benchmark.Statistics;
using Benchmark.Text;

namespace Benchmark.Comparison;

/// <summary>The statistics of one indicator in one year over one group.</summary>
/// <param name="Indicator">The indicator code.</param>
/// <param name="Year">The year.</param>
/// <param name="Group">The group.</param>
/// <param name="ValueCount">Members with a non-missing value.</param>
/// <param name="Values">
/// The descriptive statistics of the members' values (n, mean, median, Q1, Q3, P10, P90, IQR, min, max, SD (n−1), MAD
/// scaled by 1.4826); <see langword="null"/> when suppressed.
/// </param>
/// <param name="GroupRatio">
/// For derived ratio indicators: Scale × Σ numerators / Σ denominators over the members that have every input (a
/// weighted group value, unlike the median of the members' ratios); NaN for other indicators or when suppressed.
/// </param>
/// <param name="GroupRatioCount">Members included in the group ratio.</param>
/// <param name="SuppressionReason">Why the statistics are not shown (fewer values than the minimum group size), or <see langword="null"/>.</param>
public sealed record GroupStatistics(
    IndicatorCode Indicator,
    int Year,
    ComparisonGroup Group,
    int ValueCount,
    DescriptiveStatistics? Values,
    double GroupRatio,
    int GroupRatioCount,
    LocalizedText? SuppressionReason)
{
    /// <summary>Whether the statistics are suppressed (see <see cref="SuppressionReason"/>).</summary>
    public bool IsSuppressed => SuppressionReason is not null;
}
