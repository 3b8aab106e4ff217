namespace Benchmark.Web.Api;

/// <summary>The league table of one indicator in one group (as <c>benchmark rank</c>).</summary>
/// <param name="Indicator">The indicator code.</param>
/// <param name="Year">The year.</param>
/// <param name="Statistics">The group's statistics.</param>
/// <param name="Entries">Best first; unranked members last. Empty when the group is suppressed.</param>
internal sealed record ApiLeagueTable(string Indicator, int Year, ApiStatistics Statistics, IReadOnlyList<ApiLeagueEntry> Entries);
