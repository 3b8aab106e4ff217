namespace Benchmark.Web.Api;

/// <summary>One member in a league table.</summary>
/// <param name="Rank">Competition rank (1 = best); null when unranked or the group is suppressed.</param>
/// <param name="Municipality">The member as the caller may see it.</param>
/// <param name="Value">The value; null when missing or the group is suppressed.</param>
internal sealed record ApiLeagueEntry(int? Rank, ApiMunicipality Municipality, double? Value);
