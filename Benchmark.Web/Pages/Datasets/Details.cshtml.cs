using Benchmark.Store;
using Benchmark.Store.Accounts;
using Benchmark.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vis = Benchmark.Store.Sharing.Visibility;

namespace Benchmark.Web.Pages.Datasets;

/// <summary>One version: its facts, its findings by rule, its quarantine (also as CSV).</summary>
internal sealed class DetailsModel(IDatasetStore store) : PageModel
{
    /// <summary>The version with its report.</summary>
    public DatasetVersionDetails Details { get; private set; } = null!;

    /// <summary>Just stored from an upload (<c>?stored=1</c>).</summary>
    public bool JustStored { get; private set; }

    /// <summary>An upload of a file already stored (<c>?same=1</c>).</summary>
    public bool SameFile { get; private set; }

    /// <summary>Shows the version.</summary>
    public IActionResult OnGet(long id, int? stored, int? same)
    {
        if (Find(id) is { } refusal)
        {
            return refusal;
        }

        JustStored = stored == 1;
        SameFile = same == 1;
        return Page();
    }

    /// <summary>The quarantine as CSV (line, line count, reasons, row as written), with formula injection neutralised.</summary>
    public IActionResult OnGetQuarantine(long id)
    {
        if (Find(id) is { } refusal)
        {
            return refusal;
        }

        using var buffer = new MemoryStream();
        StoreExport.WriteQuarantineCsv(Details, buffer);
        return File(buffer.ToArray(), "text/csv; charset=utf-8", $"quarantine-v{id}.csv");
    }

    private IActionResult? Find(long id)
    {
        if (store.Get(id) is not { } details)
        {
            return NotFound();
        }

        if (!Vis.MaySeeVersion(HttpContext.CurrentAccount(), details.Version, store.Accounts()))
        {
            return Forbid();
        }

        Details = details;
        return null;
    }
}
