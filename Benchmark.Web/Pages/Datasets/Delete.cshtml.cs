using Benchmark.Store;
using Benchmark.Store.Sharing;
using Benchmark.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Benchmark.Web.Pages.Datasets;

/// <summary>Deleting a version (coordinator only), after a confirmation page.</summary>
[Authorize(Policy = Policies.Coordinator)]
internal sealed class DeleteModel(IDatasetStore store) : PageModel
{
    /// <summary>The version to delete.</summary>
    public DatasetVersion Version { get; private set; } = null!;

    /// <summary>Asks for confirmation.</summary>
    public IActionResult OnGet(long id)
    {
        if (store.Get(id) is not { } details)
        {
            return NotFound();
        }

        Version = details.Version;
        return Page();
    }

    /// <summary>Deletes the version.</summary>
    public IActionResult OnPost(long id)
    {
        if (store.Get(id) is not { } details || !store.Delete(id))
        {
            return NotFound();
        }

        store.Audit(HttpContext.CurrentAccount()!.UserName, AuditActions.Delete, $"v{id} {details.Version.FileName}", $"sha256 {details.Version.Sha256}");
        return Redirect("/datasets");
    }
}
