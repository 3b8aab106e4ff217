using Benchmark.Data;
using Benchmark.Validation;

namespace Benchmark.Store.Relational;

/// <summary>Everything one import writes, decided before the write: the version row, its observations, report and quarantine.</summary>
/// <param name="FileName">The file as the user named it.</param>
/// <param name="Sha256">SHA-256 of its bytes, lower-case hex.</param>
/// <param name="ImportedBy">Who imports it.</param>
/// <param name="Status">What becomes of it.</param>
/// <param name="Years">The years in the file, ascending.</param>
/// <param name="Indicators">The indicator codes in the file, ordered.</param>
/// <param name="RowsRead">Data rows read.</param>
/// <param name="RowsAccepted">Rows stored.</param>
/// <param name="RowsRejected">Rows not stored.</param>
/// <param name="Report">The file's validation report.</param>
/// <param name="GeneralFindings">Findings not located in the file.</param>
/// <param name="Observations">The raw observations to store, ordered by year, indicator and municipality.</param>
/// <param name="Quarantine">The rejected rows to keep.</param>
internal sealed record SavePlan(
    string FileName,
    string Sha256,
    string ImportedBy,
    DatasetVersionStatus Status,
    IReadOnlyList<int> Years,
    IReadOnlyList<string> Indicators,
    int RowsRead,
    int RowsAccepted,
    int RowsRejected,
    FileReport Report,
    IReadOnlyList<Finding> GeneralFindings,
    IReadOnlyList<Observation> Observations,
    IReadOnlyList<QuarantinedRow> Quarantine)
{
    /// <summary>Error findings of the whole report.</summary>
    public int Errors => Report.ErrorCount + GeneralFindings.Count(f => f.IsError);

    /// <summary>Warning findings of the whole report.</summary>
    public int Warnings => Report.WarningCount + GeneralFindings.Count(f => f.Severity == Severity.Warning);
}
