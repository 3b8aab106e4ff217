namespace Benchmark.Store;

/// <summary>What became of an imported file.</summary>
public enum DatasetVersionStatus
{
    /// <summary>Every row was valid and stored.</summary>
    Stored,

    /// <summary>The valid rows were stored (<c>--accept-valid-rows</c>); every rejected row is in the quarantine.</summary>
    PartiallyStored,

    /// <summary>The file had errors and was rejected as a whole: only the rejection and its report are kept.</summary>
    Rejected,
}
