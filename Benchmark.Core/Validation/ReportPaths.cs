namespace Benchmark.Validation;

/// <summary>Shows files as the user typed them, whatever path was used to read them.</summary>
public static class ReportPaths
{
    /// <summary>The report with every file path (of files and findings) that <paramref name="shownByRead"/> maps replaced by its shown name.</summary>
    public static ValidationReport WithFileNames(this ValidationReport report, IReadOnlyDictionary<string, string> shownByRead)
    {
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
