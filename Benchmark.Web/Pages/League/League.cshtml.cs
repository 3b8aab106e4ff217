using Benchmark.Comparison;
using Benchmark.Municipalities;
using Benchmark.Reports.Composition;
using Benchmark.Reports.Model;
using Benchmark.Web.Charts;
using Benchmark.Web.Reading;
using Benchmark.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Benchmark.Web.Pages.League;

/// <summary>
/// The league table of one indicator in a municipality's peer group: the ranking of <c>benchmark rank</c> (the engine's
/// competition ranks), drawn and listed as in the report; names only where the reader may see them. One GET form
/// (indicator, year, peer group, order of the table), so every view has a URL that can be shared.
/// </summary>
[Authorize(Policy = Policies.Member)]
internal sealed class LeagueModel(Reader reader, WebOptions options, ReportCache cache) : ReadPage(reader, options)
{
    /// <summary>The municipality whose peer group is ranked.</summary>
    public MunicipalityCode Focus { get; private set; }

    /// <summary>The indicator shown.</summary>
    public string Indicator { get; private set; } = string.Empty;

    /// <summary>The indicators to choose from: code and name.</summary>
    public IReadOnlyList<(string Code, Text.LocalizedText Name)> Indicators { get; private set; } = [];

    /// <summary>The section of the indicator (ranked chart, key figures, notice).</summary>
    public IndicatorSection? Section { get; private set; }

    /// <summary>The competition ranks of the chart's bars, in bar order.</summary>
    public IReadOnlyList<int> Ranks { get; private set; } = [];

    /// <summary>Members of the group without a value (listed last, without rank).</summary>
    public int Unranked { get; private set; }

    /// <summary>The order of the table.</summary>
    public LeagueOrder Order { get; private set; } = LeagueOrder.Rank;

    /// <summary>The chart handler of this view (<see cref="ChartResponse.Link"/>).</summary>
    public string ChartPage =>
        $"/league/{Uri.EscapeDataString(Indicator)}?handler=chart&code={Focus}&year={Year}&group={Uri.EscapeDataString(Spec.ToString())}";

    /// <summary>The league table of <paramref name="indicator"/> (default: the first) in the peer group of <paramref name="code"/>, listed by <paramref name="sort"/>.</summary>
    public IActionResult OnGet(string? indicator, string? code, int? year, string? group, string? sort)
    {
        if (!Load(indicator, code, year, group))
        {
            return Page();
        }

        if (LeagueOrders.Parse(sort) is not { } order)
        {
            return Fail(ReadProblem.BadRequest(
                $"‘{sort}’ is geen volgorde; kies rank, reverse of name.",
                $"‘{sort}’ is not an order; choose rank, reverse or name."));
        }

        Order = order;
        return Page();
    }

    /// <summary>The league chart as an SVG image (<c>id=league</c>), after the page's own checks; anything else is 404.</summary>
    public IActionResult OnGetChart(string? indicator, string? code, int? year, string? group, string? id, string? v)
    {
        if (!Load(indicator, code, year, group))
        {
            return StatusCode(Problem!.Status);
        }

        return id == "league" && Section?.Ranking is { } ranking ? ChartResponse.Serve(Response, SvgImage.Of(ranking), v) : NotFound();
    }

    /// <summary>The table's rows (bar indexes) in the order asked for.</summary>
    public IReadOnlyList<int> RowOrder(Benchmark.Reports.Charts.RankedBarChart chart) => LeagueOrders.Rows(chart, Order, Reader.Language);

    private bool Load(string? indicator, string? code, int? year, string? group)
    {
        if (!Resolve(code, year, group, out var focus))
        {
            return false;
        }

        Focus = focus;
        var engine = Reader.Engine!;
        Indicators = [.. engine.ComparableIndicators.Select(i => (i.Code, i.Name))];
        Indicator = string.IsNullOrWhiteSpace(indicator) ? Indicators[0].Code : indicator.Trim();
        if (!Catalog.IndicatorCode.TryParse(Indicator, out var indicatorCode) || !Indicators.Any(i => i.Code == indicatorCode))
        {
            Fail(ReadProblem.NotFound($"Er is geen indicator ‘{Indicator}’.", $"There is no indicator ‘{Indicator}’."));
            return false;
        }

        var options = ReaderReports.Options(Reader, focus, Year, Spec, Clock) with { Efficiency = false };
        var key = string.Join('|', focus, Year, Spec, indicatorCode, options.Language, options.Anonymize);
        (Section, Ranks, Unranked) = cache.Get(engine, key, () =>
        {
            var section = MunicipalityReportComposer.ComposeIndicator(engine, focus, Year, indicatorCode, options);
            var table = engine.Rank(indicatorCode, Year, ComparisonGroup.From(engine.Peers(Year, Spec, focus)), focus);
            return (section, (IReadOnlyList<int>)[.. table.Entries.Where(e => e.Rank > 0).Select(e => e.Rank)], table.Entries.Count(e => e.Rank == 0));
        });
        return true;
    }
}
