namespace Benchmark.Data;

/// <summary>Where a value came from: file, 1-based physical line, and column header.</summary>
/// <param name="File">The file name as the user gave it, or <see langword="null"/> for values not read from a file.</param>
/// <param name="Line">The 1-based line number of the record's first line (0 when unknown).</param>
/// <param name="Column">The column header as written in the file, or <see langword="null"/> when the finding is about the whole row.</param>
public readonly record struct SourceLocation(string? File, int Line, string? Column)
{
    /// <summary>No source: a computed value.</summary>
    public static SourceLocation None => default;

    /// <inheritdoc />
    public override string ToString() =>
        File is null && Line == 0 ? "(computed)" : $"{File ?? "?"}:{Line}{(Column is null ? string.Empty : $" [{Column}]")}";
}
