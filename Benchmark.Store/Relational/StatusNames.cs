using Benchmark.Validation;

namespace Benchmark.Store.Relational;

/// <summary>How statuses and severities are written in the database: stable lower-case words, readable in SQL.</summary>
internal static class StatusNames
{
    /// <summary>The word of a status.</summary>
    public static string Of(DatasetVersionStatus status) => status switch
    {
        DatasetVersionStatus.Stored => "stored",
        DatasetVersionStatus.PartiallyStored => "partially-stored",
        DatasetVersionStatus.Rejected => "rejected",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>The status of a word.</summary>
    /// <exception cref="InvalidDataException">When the word is unknown (a damaged store).</exception>
    public static DatasetVersionStatus Parse(string text) => text switch
    {
        "stored" => DatasetVersionStatus.Stored,
        "partially-stored" => DatasetVersionStatus.PartiallyStored,
        "rejected" => DatasetVersionStatus.Rejected,
        _ => throw new InvalidDataException($"Unknown version status '{text}' in the store."),
    };

    /// <summary>The word of a severity.</summary>
    public static string Of(Severity severity) => severity switch
    {
        Severity.Info => "info",
        Severity.Warning => "warning",
        Severity.Error => "error",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, null),
    };

    /// <summary>The severity of a word.</summary>
    /// <exception cref="InvalidDataException">When the word is unknown (a damaged store).</exception>
    public static Severity ParseSeverity(string text) => text switch
    {
        "info" => Severity.Info,
        "warning" => Severity.Warning,
        "error" => Severity.Error,
        _ => throw new InvalidDataException($"Unknown finding severity '{text}' in the store."),
    };
}
