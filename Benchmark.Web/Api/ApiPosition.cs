namespace Benchmark.Web.Api;

/// <summary>A municipality's position on one indicator in its peer group (as <c>benchmark compare</c>).</summary>
/// <param name="Indicator">The indicator code.</param>
/// <param name="Value">The municipality's value; null when missing.</param>
/// <param name="Rank">Competition rank, 1 = best in the indicator's direction; null when unranked.</param>
/// <param name="RankedCount">Members ranked.</param>
/// <param name="PercentRank">Percent rank 0–100; null when unranked.</param>
/// <param name="Quartile">Quartile 1–4 (1 = best); null when unranked.</param>
/// <param name="Statistics">The group's statistics.</param>
/// <param name="Flags">What to know: suppressed, series-break, outlier, … (comma-separated).</param>
internal sealed record ApiPosition(string Indicator, double? Value, int? Rank, int? RankedCount, double? PercentRank, int? Quartile, ApiStatistics Statistics, string Flags);
