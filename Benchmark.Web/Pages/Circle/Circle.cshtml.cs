using Benchmark.PeerGroups;
using Benchmark.Reports.Composition;
using Benchmark.Reports.Model;
using Benchmark.Store.Accounts;
using Benchmark.Store.Sharing;
using Benchmark.Web.Reading;
using Benchmark.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Benchmark.Web.Pages.Circle;

/// <summary>
/// A learning circle's page: the members side by side (the heat map of the circle report, every cell with its value and
/// its quarter in words) and the spread per indicator — the numbers of <c>benchmark report --group</c>. Open to the
/// coordinator and the circle's own members.
/// </summary>
[Authorize(Policy = Policies.Member)]
internal sealed class CircleModel(Reader reader, WebOptions options) : ReadPage(reader, options)
{
    /// <summary>The circles the reader may open.</summary>
    public IReadOnlyList<NamedGroup> Circles { get; private set; } = [];

    /// <summary>The circle shown, or <see langword="null"/> for the list.</summary>
    public NamedGroup? Shown { get; private set; }

    /// <summary>The circle report (heat map, spreads).</summary>
    public LearningCircleReport? Report { get; private set; }

    /// <summary>The list of circles, or the circle <paramref name="name"/> in <paramref name="year"/>.</summary>
    public IActionResult OnGet(string? name, int? year)
    {
        var all = Reader.Store.Circles().All;
        Circles = [.. all.Where(MayOpen)];
        if (string.IsNullOrWhiteSpace(name))
        {
            return Page();
        }

        if (all.FirstOrDefault(c => string.Equals(c.Name, name.Trim(), StringComparison.OrdinalIgnoreCase)) is not { } circle)
        {
            return Fail(ReadProblem.NotFound($"Er is geen leerkring ‘{name}’.", $"There is no learning circle ‘{name}’."));
        }

        if (!MayOpen(circle))
        {
            return Fail(ReadProblem.Forbidden("Deze leerkring is alleen voor haar leden en de coördinator.", "This learning circle is for its members and the coordinator only."));
        }

        Shown = circle;
        var y = Reader.Year(year, Reader.Own, out var problem);
        if (y is null)
        {
            return Fail(problem!);
        }

        Year = y.Value;
        var options = ReaderReports.Options(Reader, circle.Members, Clock) with { Efficiency = false };
        try
        {
            Report = LearningCircleComposer.Compose(Reader.Engine!, circle.Name, Year, options, Reader.Own is { } own && circle.Contains(own) ? own : null);
        }
        catch (ArgumentException)
        {
            return Fail(ReadProblem.NotFound($"Geen leden van {circle.Name} hebben cijfers over {Year} die u mag zien.", $"No members of {circle.Name} have figures for {Year} that you may see."));
        }

        return Page();
    }

    private bool MayOpen(NamedGroup circle) =>
        Reader.Account?.Role == Role.Coordinator || (Reader.Own is { } own && circle.Contains(own));
}
