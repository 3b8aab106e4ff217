using Benchmark.Data;
using Benchmark.Validation;

namespace Benchmark.Import;

/// <summary>
/// The one call that turns CSV files into validated data: read (<see cref="CsvImporter"/>) then validate
/// (<see cref="DatasetValidator"/>).
/// </summary>
/// <example>
/// <code>
/// var report = DatasetLoader.Load(["samples/benchmark-2024.csv"]);
/// Console.WriteLine($"{report.ErrorCount} errors, {report.Dataset.Count} values accepted");
/// </code>
/// </example>
public static class DatasetLoader
{
    /// <summary>Reads and validates <paramref name="paths"/>; bad data become findings, never exceptions.</summary>
    /// <param name="paths">The files; a missing or unreadable one gets a <see cref="Rules.FileUnreadable"/> finding.</param>
    /// <param name="options">Import options; <see cref="ImportOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="validation">Validation thresholds; the defaults, with the year range of <paramref name="options"/>, when <see langword="null"/>.</param>
    /// <param name="history">Accepted data of earlier years for the year-on-year check, or <see langword="null"/>.</param>
    /// <returns>Per-file reports and the accepted dataset (with derived indicators).</returns>
    public static ValidationReport Load(
        IEnumerable<string> paths,
        ImportOptions? options = null,
        ValidationOptions? validation = null,
        Dataset? history = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        options ??= ImportOptions.Default;
        var imported = CsvImporter.Import(paths, options);
        return Validate(imported, options, validation, history);
    }

    /// <summary>Validates what <see cref="CsvImporter"/> read (for callers that read streams themselves).</summary>
    public static ValidationReport Validate(
        ImportResult imported,
        ImportOptions? options = null,
        ValidationOptions? validation = null,
        Dataset? history = null)
    {
        ArgumentNullException.ThrowIfNull(imported);
        options ??= ImportOptions.Default;
        validation ??= ValidationOptions.Default;
        var context = new ValidationContext(options.Catalog, options.Municipalities, validation, history);
        var report = DatasetValidator.Validate(imported.Dataset, imported.Files, context);
        return report.Files.Any(f => f.Format?.Sheet is not null)
            ? report with { Files = [.. report.Files.Select(Workbooks.WorkbookCells.Locate)] }
            : report;
    }
}
