namespace Benchmark.Validation;

/// <summary>What happened to one input file.</summary>
/// <param name="Path">The file as the user named it.</param>
/// <param name="RowsRead">Data records read (header excluded).</param>
/// <param name="RowsAccepted">Records that entered the dataset (some of their values may still have been rejected; see the findings).</param>
/// <param name="RowsRejected">Records rejected as a whole (unusable key, wrong field count). <c>RowsRead = RowsAccepted + RowsRejected</c>.</param>
/// <param name="Findings">Every finding located in this file, ordered by line and column.</param>
/// <param name="Format">How the file was read (encoding, separator, decimal convention, layout), or <see langword="null"/> when it could not be read.</param>
public sealed record FileReport(
    string Path,
    int RowsRead,
    int RowsAccepted,
    int RowsRejected,
    IReadOnlyList<Finding> Findings,
    FileFormatInfo? Format = null)
{
    /// <summary>The number of error findings.</summary>
    public int ErrorCount => Findings.Count(f => f.Severity == Severity.Error);

    /// <summary>The number of warning findings.</summary>
    public int WarningCount => Findings.Count(f => f.Severity == Severity.Warning);
}
