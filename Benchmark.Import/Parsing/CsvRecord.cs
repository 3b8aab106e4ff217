namespace Benchmark.Import.Parsing;

/// <summary>One record of a CSV file.</summary>
/// <param name="Line">The 1-based physical line on which the record starts.</param>
/// <param name="Fields">
/// The field values, unquoted and unescaped, not trimmed; <see langword="null"/> for a field of a plain-number column
/// that was read as a <see cref="PlainNumber"/> without its text (then <see cref="Plain"/> holds it).
/// </param>
/// <param name="Plain">The plain numbers of the record by field index, or <see langword="null"/> when it has none.</param>
internal readonly record struct CsvRecord(int Line, string?[] Fields, PlainNumber[]? Plain = null)
{
    /// <summary>Whether every field is empty or white space (a row of separators, as Excel writes after the data).</summary>
    public bool IsBlank => Array.TrueForAll(Fields, f => f is not null && string.IsNullOrWhiteSpace(f));

    /// <summary>The number of fields.</summary>
    public int Count => Fields.Length;

    /// <summary>Every field's text as written (plain numbers rebuilt).</summary>
    public string[] AllText() => [.. Enumerable.Range(0, Fields.Length).Select(Text)];

    /// <summary>The text of field <paramref name="index"/> as written (rebuilt for a plain number).</summary>
    public string Text(int index) => Fields[index] ?? Plain![index].ToString();

    /// <summary>Whether field <paramref name="index"/> was read as a plain number (see <see cref="Plain"/>).</summary>
    public bool IsPlain(int index, out PlainNumber plain)
    {
        if (Fields[index] is null && Plain is { } numbers)
        {
            plain = numbers[index];
            return true;
        }

        plain = default;
        return false;
    }
}
