namespace Benchmark.Web.Api;

/// <summary>A stored dataset version (without who uploaded it).</summary>
/// <param name="Id">The version id.</param>
/// <param name="FileName">The file name as uploaded.</param>
/// <param name="Sha256">The SHA-256 of the file.</param>
/// <param name="ImportedAt">When it was stored (UTC).</param>
/// <param name="Status">active, superseded, quarantined or rejected.</param>
/// <param name="Years">The years it covers that the caller may see.</param>
/// <param name="RowsAccepted">Rows stored.</param>
/// <param name="RowsRejected">Rows quarantined.</param>
internal sealed record ApiDataset(long Id, string FileName, string Sha256, DateTimeOffset ImportedAt, string Status, IReadOnlyList<int> Years, int RowsAccepted, int RowsRejected);
