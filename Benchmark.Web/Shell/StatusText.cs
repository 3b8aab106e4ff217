using Benchmark.Store;

namespace Benchmark.Web.Shell;

/// <summary>A dataset version's status for people.</summary>
internal static class StatusText
{
    /// <summary>The status in the reader's language.</summary>
    public static string Of(DatasetVersionStatus status, Ui ui)
    {
        ArgumentNullException.ThrowIfNull(ui);
        return status switch
        {
            DatasetVersionStatus.Stored => ui.T("opgeslagen", "stored"),
            DatasetVersionStatus.PartiallyStored => ui.T("deels opgeslagen", "partially stored"),
            _ => ui.T("afgewezen", "rejected"),
        };
    }
}
