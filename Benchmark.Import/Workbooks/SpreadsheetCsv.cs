using CsvHelper;

namespace Benchmark.Import.Workbooks;

/// <summary>
/// The one way Benchmark writes a text field of a CSV file that people open in a spreadsheet: RFC 4180 quoting
/// (<c>,</c> <c>"</c> and line breaks), and a text that starts with <c>=</c> <c>+</c> <c>-</c> <c>@</c>, tab or CR —
/// which Excel and LibreOffice would run as a formula (CSV injection) — gets a leading <c>'</c> (CsvHelper's
/// <see cref="CsvInjection.Escape"/>), so the spreadsheet shows it as text. Numbers are written as numbers, never
/// escaped, so <c>-5</c> stays a number.
/// </summary>
/// <remarks>
/// Round trip: <c>export</c> writes indicator codes through here and <c>import</c> matches indicator names after folding
/// them to letters and digits (<see cref="Catalog.HeaderName"/>), so an escaped code reads back as the same indicator.
/// </remarks>
public static class SpreadsheetCsv
{
    /// <summary>CsvHelper's options for these files: comma, LF, formula injection escaped; records of any width.</summary>
    public static CsvWriterOptions Options { get; } = CsvWriterOptions.Default with
    {
        Separator = ',',
        NewLine = "\n",
        Injection = CsvInjection.Escape,
        ValidateFieldCount = false,
    };

    /// <summary>A CsvHelper writer with <see cref="Options"/> on <paramref name="output"/> (left open).</summary>
    public static CsvWriter Create(TextWriter output) => CsvWriter.Create(output, Options, leaveOpen: true);

    /// <summary>A text field as written: quoted when needed, escaped when it could be a formula.</summary>
    public static string Field(string text) => Field(text, ',');

    /// <summary>A text field for a file separated by <paramref name="separator"/> (<c>;</c> for a Dutch Excel): quoted when needed, escaped when it could be a formula.</summary>
    public static string Field(string text, char separator)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0 || (text.AsSpan().IndexOfAny([separator, '"', '\r', '\n']) < 0 && !Options.InjectionCharacters.Contains(text[0], StringComparison.Ordinal)))
        {
            return text;
        }

        using var buffer = new StringWriter();
        using (var writer = CsvWriter.Create(buffer, Options with { Separator = separator }, leaveOpen: true))
        {
            writer.WriteField(text);
            writer.EndRecord();
        }

        var written = buffer.ToString();
        return written[..^Options.NewLine.Length];
    }
}
