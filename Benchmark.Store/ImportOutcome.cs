using Benchmark.Validation;

namespace Benchmark.Store;

/// <summary>The result of importing one file into a store.</summary>
/// <param name="Kind">Stored, partially stored, rejected, or already imported.</param>
/// <param name="Version">The new version, or — when already imported — the existing version that holds the file.</param>
/// <param name="Report">
/// The validation report of this import (with the stored earlier years as history), or <see langword="null"/> when the
/// file was already imported (<see cref="IDatasetStore.Get"/> gives that version's report).
/// </param>
/// <param name="Quarantine">The rejected rows kept in the quarantine (only when partially stored).</param>
public sealed record ImportOutcome(
    ImportOutcomeKind Kind,
    DatasetVersion Version,
    ValidationReport? Report,
    IReadOnlyList<QuarantinedRow> Quarantine);
