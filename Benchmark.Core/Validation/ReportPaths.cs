namespace Benchmark.Validation;

/// <summary>Shows files as the user typed them, whatever path was used to read them.</summary>
public static class ReportPaths
{
    /// <summary>The report with every file path (of the files and of their findings) replaced by the path as shown.</summary>
    /// <param name="report">The report, with the paths that were read.</param>
    /// <param name="shownByRead">The path as shown (typed by the user) by the path read; paths not in it stay as they are.</param>
    /// <returns>The report with the shown paths.</returns>
    public static ValidationReport WithFileNames(this ValidationReport report, IReadOnlyDictionary<string, string> shownByRead)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(shownByRead);
        string Show(string? path) => path is not null && shownByRead.TryGetValue(path, out var shown) ? shown : path ?? string.Empty;

        return report with
        {
            Files = [.. report.Files.Select(f => f with
            {
                Path = Show(f.Path),
                Findings = [.. f.Findings.Select(x => x.File is null ? x : x with { File = Show(x.File) })],
            })],
        };
    }
}
