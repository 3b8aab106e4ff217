using Benchmark.Text;

namespace Benchmark.Validation;

/// <summary>One problem found in the data, located as precisely as the data allows.</summary>
/// <param name="Severity">Error (rejected), warning (kept, flagged) or info.</param>
/// <param name="Rule">The stable rule id, e.g. <c>value.out-of-range</c>; see <see cref="Rules"/>.</param>
/// <param name="File">The file as the user named it, or <see langword="null"/> for a finding about the data as a whole.</param>
/// <param name="Line">The 1-based physical line of the record, or 0 when the finding is not about one line.</param>
/// <param name="Column">The column header as written in the file, or <see langword="null"/> when about a whole row or file.</param>
/// <param name="Value">The offending value as written, or <see langword="null"/>.</param>
/// <param name="Message">What is wrong and what was expected.</param>
/// <param name="Hint">How to fix it, or which option relaxes the rule.</param>
public sealed record Finding(
    Severity Severity,
    string Rule,
    string? File,
    int Line,
    string? Column,
    string? Value,
    LocalizedText Message,
    LocalizedText Hint)
{
    /// <summary>Whether the finding rejects a value or row.</summary>
    public bool IsError => Severity == Severity.Error;

    /// <summary>
    /// For a workbook: the cell as Excel shows it (<c>Blad1!D17</c>), or the sheet and row (<c>Blad1!17</c>) for a finding
    /// about a whole row; <see langword="null"/> for text files. <see cref="Line"/> is then the sheet's row number.
    /// </summary>
    public string? Cell { get; init; }
}
