using Benchmark.Store;
using Benchmark.Store.Sharing;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Benchmark.Web.Pages.Coordinator;

/// <summary>The audit log, newest first.</summary>
internal sealed class AuditModel(IDatasetStore store) : PageModel
{
    /// <summary>The newest 500 entries.</summary>
    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    /// <summary>Reads the log.</summary>
    public void OnGet() => Entries = store.AuditLog(500);
}
