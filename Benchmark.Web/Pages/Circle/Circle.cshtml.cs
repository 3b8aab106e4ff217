using Benchmark.Municipalities;
using Benchmark.PeerGroups;
using Benchmark.Reports.Composition;
using Benchmark.Reports.Model;
using Benchmark.Store.Accounts;
using Benchmark.Store.Sharing;
using Benchmark.Web.Charts;
using Benchmark.Web.Reading;
using Benchmark.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Benchmark.Web.Pages.Circle;

/// <summary>
/// A learning circle's page: the members side by side (the heat map of the circle report, every cell with its value and
/// its quarter in words) and the spread per indicator — the numbers of <c>benchmark report --group</c>. Open to the
/// coordinator and the circle's own members.
/// </summary>
[Authorize(Policy = Policies.Member)]
internal sealed class CircleModel(Reader reader, WebOptions options, ReportCache cache) : ReadPage(reader, options)
{
    /// <summary>The circles the reader may open.</summary>
    public IReadOnlyList<NamedGroup> Circles { get; private set; } = [];

    /// <summary>The circle shown, or <see langword="null"/> for the list.</summary>
    public NamedGroup? Shown { get; private set; }

    /// <summary>The circle report (heat map, spreads).</summary>
    public LearningCircleReport? Report { get; private set; }

    /// <summary>The chart handler of this view (<see cref="ChartResponse.Link"/>).</summary>
    public string ChartPage => $"/circle/{Uri.EscapeDataString(Shown?.Name ?? string.Empty)}?handler=chart&year={Year}";

    /// <summary>The list of circles, or the circle <paramref name="name"/> in <paramref name="year"/>.</summary>
    public IActionResult OnGet(string? name, int? year)
    {
        Load(name, year);
        return Page();
    }

    /// <summary>A spread chart of the circle as an SVG image (<c>spread-N</c>), after the page's own checks; anything else is 404.</summary>
    public IActionResult OnGetChart(string? name, int? year, string? id, string? v)
    {
        if (!Load(name, year) || Report is null)
        {
            return StatusCode(Problem?.Status ?? StatusCodes.Status404NotFound);
        }

        var charts = Report.Spreads.Charts;
        var index = Enumerable.Range(0, charts.Count).FirstOrDefault(i => id == "spread-" + i, -1);
        return index >= 0 ? ChartResponse.Serve(Response, SvgImage.Of(charts[index]), v) : NotFound();
    }

    private bool Load(string? name, int? year)
    {
        var all = Reader.Store.Circles().All;
        Circles = [.. all.Where(MayOpen)];
        if (string.IsNullOrWhiteSpace(name))
        {
            return true;
        }

        if (all.FirstOrDefault(c => string.Equals(c.Name, name.Trim(), StringComparison.OrdinalIgnoreCase)) is not { } circle)
        {
            return Failed(ReadProblem.NotFound($"Er is geen leerkring ‘{name}’.", $"There is no learning circle ‘{name}’."));
        }

        if (!MayOpen(circle))
        {
            return Failed(ReadProblem.Forbidden("Deze leerkring is alleen voor haar leden en de coördinator.", "This learning circle is for its members and the coordinator only."));
        }

        Shown = circle;
        var y = Reader.Year(year, Reader.Own, out var problem);
        if (y is null)
        {
            return Failed(problem!);
        }

        Year = y.Value;
        var engine = Reader.Engine!;
        var options = ReaderReports.Options(Reader, circle.Members, Clock) with { Efficiency = false };
        var focus = Reader.Own is { } own && circle.Contains(own) ? own : (MunicipalityCode?)null;
        var key = string.Join('|', circle.Name, Year, focus, options.Language, options.Anonymize);
        try
        {
            Report = cache.Get(engine, key, () => LearningCircleComposer.Compose(engine, circle.Name, Year, options, focus));
        }
        catch (ArgumentException)
        {
            return Failed(ReadProblem.NotFound($"Geen leden van {circle.Name} hebben cijfers over {Year} die u mag zien.", $"No members of {circle.Name} have figures for {Year} that you may see."));
        }

        return true;
    }

    private bool Failed(ReadProblem problem)
    {
        Fail(problem);
        return false;
    }

    private bool MayOpen(NamedGroup circle) =>
        Reader.Account?.Role == Role.Coordinator || (Reader.Own is { } own && circle.Contains(own));
}
