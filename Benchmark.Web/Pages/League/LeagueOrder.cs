namespace Benchmark.Web.Pages.League;

/// <summary>The order of a league table's rows (the chart always shows the ranking).</summary>
internal enum LeagueOrder
{
    /// <summary>The ranking: best first (lowest first for neutral indicators).</summary>
    Rank,

    /// <summary>The ranking from the other end.</summary>
    Reverse,

    /// <summary>Alphabetically by the name or label shown.</summary>
    Name,
}
