namespace Benchmark.Store;

/// <summary>One import: a dataset version and what it holds.</summary>
/// <param name="Id">The version id, increasing with every import (also for rejections).</param>
/// <param name="FileName">The file name as the analyst gave it.</param>
/// <param name="Sha256">SHA-256 of the file's bytes, lower-case hex.</param>
/// <param name="ImportedAt">When it was imported (from the injected clock).</param>
/// <param name="ImportedBy">Who imported it (user name or a given label).</param>
/// <param name="Status">Stored, partially stored or rejected.</param>
/// <param name="Years">The years covered, ascending.</param>
/// <param name="Indicators">The indicator codes covered, ordered.</param>
/// <param name="RowsRead">Data rows read.</param>
/// <param name="RowsAccepted">Rows stored.</param>
/// <param name="RowsRejected">Rows rejected (in the quarantine when the version was partially stored).</param>
/// <param name="ValuesStored">Observations stored by this version.</param>
/// <param name="Errors">Error findings in its report.</param>
/// <param name="Warnings">Warning findings in its report.</param>
public sealed record DatasetVersion(
    long Id,
    string FileName,
    string Sha256,
    DateTimeOffset ImportedAt,
    string ImportedBy,
    DatasetVersionStatus Status,
    IReadOnlyList<int> Years,
    IReadOnlyList<string> Indicators,
    int RowsRead,
    int RowsAccepted,
    int RowsRejected,
    int ValuesStored,
    int Errors,
    int Warnings)
{
    /// <summary>Whether the two describe the same version with the same figures (years and indicators compared element by element).</summary>
    public bool Equals(DatasetVersion? other) =>
        other is not null
        && Id == other.Id
        && FileName == other.FileName
        && Sha256 == other.Sha256
        && ImportedAt == other.ImportedAt
        && ImportedBy == other.ImportedBy
        && Status == other.Status
        && Years.SequenceEqual(other.Years)
        && Indicators.SequenceEqual(other.Indicators, StringComparer.Ordinal)
        && (RowsRead, RowsAccepted, RowsRejected, ValuesStored, Errors, Warnings)
            == (other.RowsRead, other.RowsAccepted, other.RowsRejected, other.ValuesStored, other.Errors, other.Warnings);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Sha256, ImportedAt, Status);
}
