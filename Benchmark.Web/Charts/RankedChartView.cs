using Benchmark.Reports.Charts;

namespace Benchmark.Web.Charts;

/// <summary>A ranked bar chart on a page (partial <c>_RankedChart</c>): the chart, its image URL and the rows of its table.</summary>
/// <param name="Chart">The chart (bars in rank order).</param>
/// <param name="Ranks">The competition ranks of the bars in bar order, or <see langword="null"/> to number the rows.</param>
/// <param name="Id">The chart's id on its page (element ids and the chart handler's <c>id</c>).</param>
/// <param name="ChartPage">The page's chart handler with the view (<see cref="ChartResponse.Link"/>).</param>
internal sealed record RankedChartView(RankedBarChart Chart, IReadOnlyList<int>? Ranks, string Id, string ChartPage)
{
    /// <summary>The bar indexes in the order the table lists them; <see langword="null"/> for the chart's (rank) order.</summary>
    public IReadOnlyList<int>? RowOrder { get; init; }

    /// <summary>Whether the table shows every row at once (the league table is the page) instead of scrolling beside the chart.</summary>
    public bool FullTable { get; init; }
}
