namespace Benchmark.Import.Parsing;

/// <summary>One record of a CSV file.</summary>
/// <param name="Line">The 1-based physical line on which the record starts.</param>
/// <param name="Fields">The field values, unquoted and unescaped, not trimmed.</param>
internal readonly record struct CsvRecord(int Line, string[] Fields)
{
    /// <summary>Whether every field is empty or white space (a row of separators, as Excel writes after the data).</summary>
    public bool IsBlank => Array.TrueForAll(Fields, string.IsNullOrWhiteSpace);
}
