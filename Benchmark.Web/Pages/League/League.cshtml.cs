using Benchmark.Comparison;
using Benchmark.Municipalities;
using Benchmark.Reports.Composition;
using Benchmark.Reports.Model;
using Benchmark.Web.Reading;
using Benchmark.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Benchmark.Web.Pages.League;

/// <summary>
/// The league table of one indicator in a municipality's peer group: the ranking of <c>benchmark rank</c> (the engine's
/// competition ranks), drawn and listed as in the report; names only where the reader may see them.
/// </summary>
[Authorize(Policy = Policies.Member)]
internal sealed class LeagueModel(Reader reader, WebOptions options) : ReadPage(reader, options)
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

    /// <summary>The league table of <paramref name="indicator"/> (default: the first) in the peer group of <paramref name="code"/>.</summary>
    public IActionResult OnGet(string? indicator, string? code, int? year, string? group)
    {
        if (!Resolve(code, year, group, out var focus))
        {
            return Page();
        }

        Focus = focus;
        var engine = Reader.Engine!;
        Indicators = [.. engine.ComparableIndicators.Select(i => (i.Code, i.Name))];
        Indicator = string.IsNullOrWhiteSpace(indicator) ? Indicators[0].Code : indicator.Trim();
        if (!Catalog.IndicatorCode.TryParse(Indicator, out var indicatorCode) || !Indicators.Any(i => i.Code == indicatorCode))
        {
            return Fail(ReadProblem.NotFound($"Er is geen indicator ‘{Indicator}’.", $"There is no indicator ‘{Indicator}’."));
        }

        var options = ReaderReports.Options(Reader, focus, Year, Spec, Clock) with { Efficiency = false };
        Section = MunicipalityReportComposer.ComposeIndicator(engine, focus, Year, indicatorCode, options);
        var table = engine.Rank(indicatorCode, Year, ComparisonGroup.From(engine.Peers(Year, Spec, focus)), focus);
        Ranks = [.. table.Entries.Where(e => e.Rank > 0).Select(e => e.Rank)];
        Unranked = table.Entries.Count(e => e.Rank == 0);
        return Page();
    }
}
