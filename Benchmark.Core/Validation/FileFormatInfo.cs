namespace Benchmark.Validation;

/// <summary>How a file was read, as detected or as forced by options.</summary>
/// <param name="Encoding">The text encoding: <c>utf-8</c>, <c>utf-8-bom</c> or <c>windows-1252</c>.</param>
/// <param name="Separator">The field separator: <c>;</c>, <c>,</c> or a tab.</param>
/// <param name="DecimalSeparator">The decimal separator of numbers: <c>,</c> or <c>.</c>.</param>
/// <param name="Layout">The layout: <c>wide</c> (a column per figure), <c>long</c> (indicator and value columns) or <c>municipalities</c>.</param>
public sealed record FileFormatInfo(string Encoding, char Separator, char DecimalSeparator, string Layout)
{
    /// <summary>For a workbook: the sheet that was read; <see langword="null"/> for text files.</summary>
    public string? Sheet { get; init; }

    /// <summary>For a workbook: the header of each column from A on, to name cells (<c>Blad1!D17</c>); empty for text files.</summary>
    public IReadOnlyList<string> Headers { get; init; } = [];
}
