using System.Globalization;
using Benchmark.Reports.Charts;
using Benchmark.Text;

namespace Benchmark.Web.Pages.League;

/// <summary>The <c>sort</c> query parameter of the league table and the rows it gives.</summary>
internal static class LeagueOrders
{
    /// <summary>The orders as the query writes them (<c>rank</c>, <c>reverse</c>, <c>name</c>).</summary>
    public static IReadOnlyList<(LeagueOrder Order, string Code)> All { get; } = [(LeagueOrder.Rank, "rank"), (LeagueOrder.Reverse, "reverse"), (LeagueOrder.Name, "name")];

    /// <summary>The order written <paramref name="text"/> (empty: the ranking), or <see langword="null"/> when unknown.</summary>
    public static LeagueOrder? Parse(string? text) =>
        string.IsNullOrWhiteSpace(text) ? LeagueOrder.Rank : All.Where(o => string.Equals(o.Code, text.Trim(), StringComparison.OrdinalIgnoreCase)).Select(o => (LeagueOrder?)o.Order).FirstOrDefault();

    /// <summary>The query code of <paramref name="order"/>.</summary>
    public static string Code(LeagueOrder order) => All.First(o => o.Order == order).Code;

    /// <summary>The bar indexes of <paramref name="chart"/> in <paramref name="order"/> (names compared as <paramref name="language"/> sorts them).</summary>
    public static IReadOnlyList<int> Rows(RankedBarChart chart, LeagueOrder order, Language language)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var rows = Enumerable.Range(0, chart.Bars.Count);
        return order switch
        {
            LeagueOrder.Reverse => [.. rows.Reverse()],
            LeagueOrder.Name => [.. rows.OrderBy(i => chart.Bars[i].Label, StringComparer.Create(language.Culture, CompareOptions.None))],
            _ => [.. rows],
        };
    }
}
