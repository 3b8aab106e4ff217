using Benchmark.Catalog;

namespace Benchmark.Comparison;

/// <summary>The ranking of one indicator in one year within one group.</summary>
/// <param name="Indicator">The indicator (its direction decides rank 1).</param>
/// <param name="Statistics">The group statistics; when suppressed the entries carry no ranks.</param>
/// <param name="Entries">Ranked entries best first (ties by code), then the missing ones by code.</param>
public sealed record LeagueTable(Indicator Indicator, GroupStatistics Statistics, IReadOnlyList<LeagueEntry> Entries);
