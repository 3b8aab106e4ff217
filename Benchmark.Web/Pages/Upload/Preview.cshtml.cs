using Benchmark.Store;
using Benchmark.Store.Accounts;
using Benchmark.Store.Sharing;
using Benchmark.Web.Security;
using Benchmark.Web.Shell;
using Benchmark.Web.Upload;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Benchmark.Web.Pages.Upload;

/// <summary>
/// The preview of a staged upload (format, counts, findings by rule, what would be rejected) and its confirmation: as a
/// whole, or with the valid rows (the rest to the quarantine). The same file again is a no-op that says so.
/// </summary>
internal sealed class PreviewModel(IDatasetStore store, Ui ui) : PageModel
{
    /// <summary>The staged upload.</summary>
    public StagedUpload Upload { get; private set; } = null!;

    /// <summary>What importing it would do.</summary>
    public ImportPreview Preview { get; private set; } = null!;

    /// <summary>What was wrong with the confirmation, in the reader's language.</summary>
    public string? Problem { get; private set; }

    /// <summary>
    /// The published years the file has values for, when the uploader is not the coordinator: published figures are
    /// changed only by the coordinator (who may reopen the year), so that what a circle discussed stays as it was.
    /// </summary>
    public IReadOnlyList<int> LockedYears { get; private set; } = [];

    /// <summary>Shows the preview.</summary>
    public IActionResult OnGet(string id)
    {
        if (!Load(id))
        {
            return NotFound();
        }

        ShowPreview(HttpContext.CurrentAccount()!);
        return Page();
    }

    /// <summary>Stores the file: <paramref name="mode"/> <c>whole</c> or <c>valid</c> (accept the valid rows).</summary>
    public IActionResult OnPostConfirm(string id, string? mode)
    {
        if (!Load(id))
        {
            return NotFound();
        }

        var account = HttpContext.CurrentAccount()!;
        ShowPreview(account);
        if (Preview.Existing is { } existing)
        {
            store.DropStaged(Upload.Id);
            return Redirect($"/datasets/{existing.Id}?same=1");
        }

        if (LockedYears.Count > 0)
        {
            Problem = LockedMessage();
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        var acceptValidRows = mode == "valid";
        var wanted = acceptValidRows ? Preview.WithValidRows : Preview.AsWhole;
        if (mode is not ("whole" or "valid") || wanted == DatasetVersionStatus.Rejected)
        {
            Problem = mode is not ("whole" or "valid")
                ? ui.T("Kies: het hele bestand bevestigen of de geldige rijen overnemen.", "Choose: confirm the whole file or accept the valid rows.")
                : ui.T("Zo kan het bestand niet worden opgeslagen: het heeft fouten. Neem de geldige rijen over, of verbeter het bestand en lever het opnieuw aan.", "The file cannot be stored this way: it has errors. Accept the valid rows, or correct the file and upload it again.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var outcome = UploadRunner.Import(store, Upload, account, acceptValidRows);
        store.DropStaged(Upload.Id);
        var subject = $"v{outcome.Version.Id} {Upload.FileName}";
        store.Audit(account.UserName, AuditActions.Confirm, subject, $"{outcome.Kind}; sha256 {outcome.Version.Sha256}");
        if (Preview.Superseded > 0 && outcome.Kind is ImportOutcomeKind.Stored or ImportOutcomeKind.PartiallyStored)
        {
            store.Audit(account.UserName, AuditActions.Supersede, subject, $"{Preview.Superseded} values");
        }

        return Redirect($"/datasets/{outcome.Version.Id}?stored=1");
    }

    /// <summary>Drops the upload without storing anything.</summary>
    public IActionResult OnPostDrop(string id)
    {
        if (!Load(id))
        {
            return NotFound();
        }

        store.DropStaged(Upload.Id);
        return Redirect("/upload");
    }

    /// <summary>The message for <see cref="LockedYears"/>, in the reader's language.</summary>
    public string LockedMessage()
    {
        var years = string.Join(", ", LockedYears);
        var one = LockedYears.Count == 1;
        return ui.T(
            $"Het bestand bevat cijfers over {years}, en {(one ? "dat jaar is" : "die jaren zijn")} al gepubliceerd: alleen de coördinator kan gepubliceerde cijfers vervangen. Vraag de coördinator {(one ? "het jaar" : "de jaren")} te heropenen, of lever alleen cijfers over open jaren aan.",
            $"The file holds figures for {years}, and {(one ? "that year is" : "those years are")} already published: only the coordinator can replace published figures. Ask the coordinator to reopen {(one ? "the year" : "them")}, or deliver figures for open years only.");
    }

    private void ShowPreview(Benchmark.Store.Accounts.Account account)
    {
        Preview = UploadRunner.Preview(store, Upload, account);
        var published = store.PublishedYears();
        LockedYears = account.Role == Role.Coordinator || Preview.Report is not { } report
            ? []
            : [.. report.Dataset.Years.Where(published.Contains).Order()];
    }

    private bool Load(string id)
    {
        if (store.FindStaged(id, HttpContext.CurrentAccount()!.Id) is not { } upload)
        {
            return false;
        }

        Upload = upload;
        return true;
    }
}
