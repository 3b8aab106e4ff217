using Benchmark.Store;
using Benchmark.Store.Accounts;
using Benchmark.Web.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vis = Benchmark.Store.Sharing.Visibility;

namespace Benchmark.Web.Pages.Datasets;

/// <summary>The dataset history: every version the reader may see, newest first.</summary>
internal sealed class IndexModel(IDatasetStore store) : PageModel
{
    /// <summary>The versions shown.</summary>
    public IReadOnlyList<DatasetVersion> Versions { get; private set; } = [];

    /// <summary>Lists the versions.</summary>
    public void OnGet()
    {
        var viewer = HttpContext.CurrentAccount();
        var accounts = store.Accounts();
        Versions = [.. store.Versions().Where(v => Vis.MaySeeVersion(viewer, v, accounts)).OrderByDescending(v => v.Id)];
    }
}
