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
    int Warnings);
