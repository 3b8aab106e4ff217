using System.Collections.Immutable;
using Benchmark.Catalog;
using Benchmark.Statistics;

namespace Benchmark.Comparison;

/// <summary>
/// One indicator × year × group: its statistics and the rank of every member, aligned with
/// <see cref="GroupStatistics.Group"/>'s members. What <see cref="BenchmarkEngine.AllRankings(PeerGroups.PeerGroupSpec)"/> yields.
/// </summary>
/// <param name="Statistics">The group statistics (as <see cref="BenchmarkEngine.Statistics(IndicatorCode, int, ComparisonGroup)"/> computes them).</param>
/// <param name="Values">Each member's value (NaN when missing), in member order.</param>
/// <param name="Ranks">
/// Each member's competition rank in the indicator's direction (1 = best; lowest first for neutral indicators), as
/// <see cref="BenchmarkEngine.Rank(IndicatorCode, int, ComparisonGroup, Municipalities.MunicipalityCode?)"/> gives them;
/// <see cref="Ranking.Unranked"/> (0) for a missing value and for every member of a suppressed group.
/// </param>
public sealed record GroupRanking(GroupStatistics Statistics, ImmutableArray<double> Values, ImmutableArray<int> Ranks);
