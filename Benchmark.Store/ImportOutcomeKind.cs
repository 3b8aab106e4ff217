namespace Benchmark.Store;

/// <summary>What an import did.</summary>
public enum ImportOutcomeKind
{
    /// <summary>The file had no errors; a new version holds all of it.</summary>
    Stored,

    /// <summary>The valid rows were stored as a new version; the rejected rows are in its quarantine.</summary>
    PartiallyStored,

    /// <summary>The file had errors and was rejected as a whole; a new version records the rejection and its report, nothing else.</summary>
    Rejected,

    /// <summary>A version already holds a file with the same SHA-256: nothing was done.</summary>
    AlreadyImported,

    /// <summary>
    /// The file would be rejected again, and an earlier version already records its rejection (same SHA-256): nothing
    /// was stored; the outcome names that version and carries the report.
    /// </summary>
    AlreadyRejected,
}
