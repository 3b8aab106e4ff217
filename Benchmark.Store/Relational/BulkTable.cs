namespace Benchmark.Store.Relational;

/// <summary>A table written in bulk, with its columns in writing order.</summary>
/// <param name="Name">The table name.</param>
/// <param name="Columns">The column names.</param>
internal sealed record BulkTable(string Name, IReadOnlyList<string> Columns)
{
    /// <summary>Raw observations: one per value stored by a version.</summary>
    public static BulkTable Observations { get; } = new("observations", ["version_id", "year", "indicator_id", "municipality", "value", "line", "column_id"]);

    /// <summary>The findings of a version's validation report, in report order.</summary>
    public static BulkTable Findings { get; } = new(
        "findings",
        ["version_id", "seq", "severity", "rule", "file", "line", "column_name", "value", "message_nl", "message_en", "hint_nl", "hint_en"]);

    /// <summary>The rejected rows of a partially stored version.</summary>
    public static BulkTable Quarantine { get; } = new("quarantine", ["version_id", "line", "line_count", "text"]);
}
