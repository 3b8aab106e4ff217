using Benchmark.Validation;

namespace Benchmark.Store;

/// <summary>One version with everything its import reported, as stored.</summary>
/// <param name="Version">The version.</param>
/// <param name="Report">
/// The file's validation report as it was at import: the reader's row counts (<see cref="FileReport.RowsAccepted"/>
/// counts rows the reader accepted, before rows with value errors went to the quarantine), the format and every
/// finding located in the file.
/// </param>
/// <param name="GeneralFindings">Findings about the data as a whole (coverage notes), not located in the file.</param>
/// <param name="Quarantine">The rejected rows kept when the version was partially stored, by line; empty otherwise.</param>
public sealed record DatasetVersionDetails(
    DatasetVersion Version,
    FileReport Report,
    IReadOnlyList<Finding> GeneralFindings,
    IReadOnlyList<QuarantinedRow> Quarantine)
{
    /// <summary>All findings: the file's, then the general ones.</summary>
    public IEnumerable<Finding> AllFindings => Report.Findings.Concat(GeneralFindings);
}
