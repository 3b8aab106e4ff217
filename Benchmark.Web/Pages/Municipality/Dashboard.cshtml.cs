using Benchmark.Comparison;
using Benchmark.Municipalities;
using Benchmark.Reports.Composition;
using Benchmark.Reports.Model;
using Benchmark.Store.Accounts;
using Benchmark.Store.Sharing;
using Benchmark.Web.Charts;
using Benchmark.Web.Reading;
using Benchmark.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Benchmark.Web.Pages.Municipality;

/// <summary>
/// The municipality dashboard: the report of <c>benchmark report</c> (same composer, same numbers) as a page — summary
/// table, percentile overview, and per indicator the ranked chart, trend and learning partners, each chart with its
/// numbers in a table.
/// </summary>
[Authorize(Policy = Policies.Member)]
internal sealed class DashboardModel(Reader reader, WebOptions options, ReportCache cache) : ReadPage(reader, options)
{
    /// <summary>The municipality.</summary>
    public MunicipalityCode Focus { get; private set; }

    /// <summary>The report shown (without the efficiency page).</summary>
    public MunicipalityReport? Report { get; private set; }

    /// <summary>Per indicator the competition ranks of the ranked chart's bars, in bar order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<int>> Ranks { get; private set; } = new Dictionary<string, IReadOnlyList<int>>();

    /// <summary>Whether the year shown is not yet published (the reader sees their own figures, no group figures yet).</summary>
    public bool YearUnpublished { get; private set; }

    /// <summary>The latest published year of the municipality's figures the reader may see, if any (for the notice).</summary>
    public int? LatestPublishedYear { get; private set; }

    /// <summary>The query string of this view (for the PDF link).</summary>
    public string Query => $"?year={Year}&group={Uri.EscapeDataString(Spec.ToString())}";

    /// <summary>The chart handler of this view; a chart's URL adds its id and version (<see cref="ChartResponse.Link"/>).</summary>
    public string ChartPage => $"/municipality/{Focus}?handler=chart&year={Year}&group={Uri.EscapeDataString(Spec.ToString())}";

    /// <summary>Shows the dashboard of <paramref name="code"/> (default: the reader's own) in <paramref name="year"/> with <paramref name="group"/>.</summary>
    public IActionResult OnGet(string? code, int? year, string? group)
    {
        Load(code, year, group);
        return Page();
    }

    /// <summary>
    /// One chart of the dashboard as an SVG image (<c>overview</c>, <c>rank-CODE</c>, <c>trend-CODE</c>): made from the
    /// same view as the page, after the same checks, so it shows no more than the page would; unknown charts are 404.
    /// </summary>
    public IActionResult OnGetChart(string? code, int? year, string? group, string? id, string? v)
    {
        if (!Load(code, year, group))
        {
            return StatusCode(Problem!.Status);
        }

        return SvgImage.Of(Chart(id)) is { } image ? ChartResponse.Serve(Response, image, v) : NotFound();
    }

    private bool Load(string? code, int? year, string? group)
    {
        if (!Resolve(code, year, group, out var focus))
        {
            return false;
        }

        Focus = focus;
        var published = Reader.Store.PublishedYears();
        YearUnpublished = Reader.Account?.Role != Role.Coordinator && !published.Contains(Year);
        LatestPublishedYear = Reader.VisibleYears(focus).Where(published.Contains).Select(y => (int?)y).LastOrDefault();
        var engine = Reader.Engine!;
        var options = ReaderReports.Options(Reader, focus, Year, Spec, Clock) with { Efficiency = false };
        var key = string.Join('|', focus, Year, Spec, options.Language, options.Anonymize);
        (Report, Ranks) = cache.Get(engine, key, () =>
        {
            var report = MunicipalityReportComposer.Compose(engine, focus, Year, options);
            var comparison = ComparisonGroup.From(engine.Peers(Year, Spec, focus));
            IReadOnlyDictionary<string, IReadOnlyList<int>> ranks = report.Indicators.ToDictionary(
                s => s.Code,
                s => (IReadOnlyList<int>)[.. engine.Rank(Catalog.IndicatorCode.Parse(s.Code), Year, comparison, focus).Entries.Where(e => e.Rank > 0).Select(e => e.Rank)]);
            return (report, ranks);
        });
        return true;
    }

    /// <summary>The chart <paramref name="id"/> of the report shown, or <see langword="null"/>.</summary>
    private object? Chart(string? id)
    {
        if (id == "overview")
        {
            return Report!.Overview.Chart;
        }

        var section = Report!.Indicators.FirstOrDefault(s => id == "rank-" + s.Code || id == "trend-" + s.Code);
        return id?.StartsWith("rank-", StringComparison.Ordinal) == true ? section?.Ranking : section?.Trend;
    }
}
