using Benchmark.Validation;

namespace Benchmark.Store;

/// <summary>What importing a file would do, computed without storing anything (the web's preview before confirmation).</summary>
/// <param name="Sha256">The SHA-256 of the file's bytes.</param>
/// <param name="Existing">The stored version that already holds this very file (importing it is then a no-op), or <see langword="null"/>.</param>
/// <param name="Report">The validation report (against the stored earlier years, with the municipality restriction); <see langword="null"/> when <paramref name="Existing"/> is set.</param>
/// <param name="AsWhole">What confirming the file as a whole would store: <see cref="DatasetVersionStatus.Stored"/> or <see cref="DatasetVersionStatus.Rejected"/>.</param>
/// <param name="WithValidRows">What accepting the valid rows would store: stored, partially stored, or rejected (errors outside data rows).</param>
/// <param name="Quarantine">The rows that accepting the valid rows would put in the quarantine, with their reasons.</param>
/// <param name="RowsRead">The data rows read.</param>
/// <param name="Superseded">How many values active in earlier versions the file's values would replace (a corrected file supersedes them).</param>
/// <param name="Changed">How many of those replaced values differ from the stored ones.</param>
/// <param name="Added">How many values the store does not hold yet.</param>
public sealed record ImportPreview(
    string Sha256,
    DatasetVersion? Existing,
    ValidationReport? Report,
    DatasetVersionStatus AsWhole,
    DatasetVersionStatus WithValidRows,
    IReadOnlyList<QuarantinedRow> Quarantine,
    int RowsRead,
    int Superseded,
    int Changed,
    int Added);
