namespace Benchmark.Web.Api;

/// <summary>The statistics of one indicator in one group; every figure null when the group is suppressed.</summary>
/// <param name="Group">The group's name.</param>
/// <param name="Members">Members of the group.</param>
/// <param name="Values">Members with a (published) value.</param>
/// <param name="Median">The median.</param>
/// <param name="Q1">The lower quartile (Hyndman–Fan type 7, as the CLI).</param>
/// <param name="Q3">The upper quartile.</param>
/// <param name="Mean">The mean.</param>
/// <param name="Min">The smallest value.</param>
/// <param name="Max">The largest value.</param>
/// <param name="Suppressed">Why there are no statistics (group below the minimum size), in the caller's language; null when shown.</param>
internal sealed record ApiStatistics(string Group, int Members, int Values, double? Median, double? Q1, double? Q3, double? Mean, double? Min, double? Max, string? Suppressed);
