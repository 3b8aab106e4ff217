using Benchmark.Municipalities;
using Benchmark.PeerGroups;
using Benchmark.Store.Sharing;
using Benchmark.Web.Shell;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Benchmark.Web.Reading;

/// <summary>
/// The base of the read pages (dashboard, league table, circle, PDF): the reader, and the checked municipality, year and
/// peer group of the request; a bad one re-shows the page with its problem in the reader's language and status.
/// </summary>
internal abstract class ReadPage(Reader reader, WebOptions options) : PageModel
{
    /// <summary>The reader.</summary>
    public Reader Reader { get; } = reader;

    /// <summary>The site options (the clock that dates reports).</summary>
    protected WebOptions Options { get; } = options;

    /// <summary>What was wrong with the request, or <see langword="null"/>.</summary>
    public ReadProblem? Problem { get; private set; }

    /// <summary>The year shown.</summary>
    public int Year { get; protected set; }

    /// <summary>The peer group asked for, as typed in the CLI form.</summary>
    public PeerGroupSpec Spec { get; protected set; } = PeerGroupSpec.Default;

    /// <summary>The clock that dates reports (<c>SOURCE_DATE_EPOCH</c> in <c>benchmark serve</c> when set).</summary>
    protected TimeProvider Clock => Options.Clock ?? TimeProvider.System;

    /// <summary>Shows the page with <paramref name="problem"/> and its status.</summary>
    protected IActionResult Fail(ReadProblem problem)
    {
        Problem = problem;
        Response.StatusCode = problem.Status;
        return Page();
    }

    /// <summary>Resolves municipality, year and peer group; <see langword="false"/> with <see cref="Problem"/> set when one is wrong.</summary>
    protected bool Resolve(string? code, int? year, string? group, out MunicipalityCode focus)
    {
        focus = default;
        var spec = Reader.Peers(group, out var problem);
        var resolved = problem is null ? Reader.Focus(code, out problem) : null;
        var y = resolved is { } f && problem is null ? Reader.Year(year, f, out problem) : null;
        if (problem is not null || spec is null || resolved is null || y is null)
        {
            Problem = problem ?? ReadProblem.NotFound("Er zijn nog geen cijfers.", "There are no figures yet.");
            Response.StatusCode = Problem.Status;
            return false;
        }

        focus = resolved.Value;
        Year = y.Value;
        Spec = spec;
        return true;
    }

    /// <summary>The peer groups a reader may choose: the methods and the learning circles.</summary>
    public IReadOnlyList<(string Value, string Text)> PeerChoices(Ui ui)
    {
        ArgumentNullException.ThrowIfNull(ui);
        var choices = new List<(string, string)>
        {
            (PeerGroupSpec.Default.ToString(), ui.T("Standaard (grootteklasse)", "Default (size class)")),
            (PeerGroupSpec.BySizeClass.ToString(), ui.T("Grootteklasse", "Size class")),
            (PeerGroupSpec.ByProvince.ToString(), ui.T("Provincie", "Province")),
            (PeerGroupSpec.Nearest(10).ToString(), ui.T("10 meest vergelijkbare gemeenten", "10 most similar municipalities")),
            (PeerGroupSpec.Nearest(25).ToString(), ui.T("25 meest vergelijkbare gemeenten", "25 most similar municipalities")),
            (PeerGroupSpec.All.ToString(), ui.T("Alle gemeenten", "All municipalities")),
        };
        choices.AddRange(Reader.Store.Circles().All.Select(c => (PeerGroupSpec.Group(c.Name).ToString(), ui.T("Leerkring ", "Circle ") + c.Name)));
        if (!choices.Any(c => c.Item1 == Spec.ToString()))
        {
            choices.Add((Spec.ToString(), Spec.ToString()));
        }

        return choices;
    }
}
