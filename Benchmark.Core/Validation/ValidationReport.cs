using Benchmark.Data;

namespace Benchmark.Validation;

/// <summary>The outcome of reading and validating one or more files.</summary>
/// <param name="Files">One report per file, in the order given.</param>
/// <param name="Dataset">
/// The accepted observations: values that passed every error rule, plus the derived indicators computed from them
/// (computed values have no source file).
/// </param>
/// <param name="Findings">
/// Findings not located in one of the reported files: about the data as a whole (coverage), about values without a
/// source file, or located in a file that has no report.
/// </param>
public sealed record ValidationReport(IReadOnlyList<FileReport> Files, Dataset Dataset, IReadOnlyList<Finding> Findings)
{
    /// <summary>
    /// Coverage of the accepted data per indicator × year and per municipality × year, for coverage tables; findings
    /// of rule <see cref="Rules.Coverage"/> name the low ones.
    /// </summary>
    public CoverageReport Coverage { get; init; } = CoverageReport.Empty;

    /// <summary>All findings: per file, then the general ones.</summary>
    public IEnumerable<Finding> AllFindings => Files.SelectMany(f => f.Findings).Concat(Findings);

    /// <summary>Whether any error was found (exit code 1 of <c>benchmark validate</c>).</summary>
    public bool HasErrors => AllFindings.Any(f => f.Severity == Severity.Error);

    /// <summary>Total errors.</summary>
    public int ErrorCount => AllFindings.Count(f => f.Severity == Severity.Error);

    /// <summary>Total warnings.</summary>
    public int WarningCount => AllFindings.Count(f => f.Severity == Severity.Warning);
}
