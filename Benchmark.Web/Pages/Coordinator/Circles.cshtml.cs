using Benchmark.Import.Groups;
using Benchmark.PeerGroups;
using Benchmark.Store;
using Benchmark.Store.Sharing;
using Benchmark.Validation;
using Benchmark.Web.Security;
using Benchmark.Web.Shell;
using Benchmark.Web.Upload;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Benchmark.Web.Pages.Coordinator;

/// <summary>The learning circles: read from a groups file (the CLI's --groups format); a file with errors changes nothing.</summary>
internal sealed class CirclesModel(IDatasetStore store, WebOptions options, Ui ui) : PageModel
{
    /// <summary>The circles in the store.</summary>
    public NamedGroups Circles { get; private set; } = NamedGroups.Empty;

    /// <summary>The findings of a refused groups file.</summary>
    public IReadOnlyList<Finding> Findings { get; private set; } = [];

    /// <summary>What was wrong, in the reader's language.</summary>
    public string? Problem { get; private set; }

    /// <summary>Lists the circles.</summary>
    public void OnGet() => Circles = store.Circles();

    /// <summary>Replaces the circles by those of the uploaded groups file.</summary>
    public async Task<IActionResult> OnPostAsync(IFormFile? file)
    {
        Circles = store.Circles();
        if (file is null || file.Length == 0)
        {
            return Refuse(StatusCodes.Status400BadRequest, ui.T("Kies een groepenbestand (groep;gemeentecode).", "Choose a groups file (groep;gemeentecode)."));
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, HttpContext.RequestAborted).ConfigureAwait(false);
        var name = UploadCheck.SafeName(file.FileName);
        if (UploadCheck.Problem(name, buffer.ToArray(), options.MaxUploadBytes) is { } problem)
        {
            return Refuse(problem.Status, ui.T(problem.Text));
        }

        buffer.Position = 0;
        var result = GroupFileReader.Read(buffer, name);
        if (result.HasErrors || result.Groups.Count == 0)
        {
            Findings = result.Report.Findings;
            return Refuse(StatusCodes.Status400BadRequest, ui.T("Het groepenbestand heeft fouten; er is niets veranderd. Verbeter de regels hieronder en lever het opnieuw aan.", "The groups file has errors; nothing changed. Correct the lines below and upload it again."));
        }

        store.ReplaceCircles(result.Groups);
        store.Audit(HttpContext.CurrentAccount()!.UserName, AuditActions.Circles, name, string.Join(", ", result.Groups.All.Select(g => $"{g.Name} ({g.Members.Count})")));
        return Redirect("/coordinator/circles");
    }

    private PageResult Refuse(int status, string problem)
    {
        Problem = problem;
        Response.StatusCode = status;
        return Page();
    }
}
