using Benchmark.Validation;

namespace Benchmark.Import.Workbooks;

/// <summary>A worksheet as text for a row reader (<see cref="WorkbookImporter.AsText"/>), or why the workbook cannot be read.</summary>
/// <param name="Text">The sheet as <c>;</c>-separated text, one line per sheet row; <see langword="null"/> when refused.</param>
/// <param name="Name">The sheet's name.</param>
/// <param name="Headers">The header row's cells, for naming cells in findings.</param>
/// <param name="Findings">Findings about the workbook itself (hidden sheets, merged header cells).</param>
/// <param name="Options">The options to read the text with (the decimal separator the cells were written with).</param>
/// <param name="Rejected">The report of a workbook that cannot be read, or <see langword="null"/>.</param>
internal sealed record WorkbookText(string? Text, string Name, IReadOnlyList<string> Headers, IReadOnlyList<Finding> Findings, ImportOptions Options, FileReport? Rejected)
{
    public static WorkbookText Refused(FileReport report) => new(null, string.Empty, [], [], ImportOptions.Default, report);
}
