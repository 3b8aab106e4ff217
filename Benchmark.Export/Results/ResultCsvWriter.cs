using Benchmark.Import.Workbooks;
using Benchmark.Text;

namespace Benchmark.Export.Results;

/// <summary>
/// Writes a <see cref="ResultTable"/> as CSV: one header row of the stable machine names, then one line per row, the
/// machine columns only. The format of <c>benchmark … --format csv</c>; a web server writes the same file with it.
/// </summary>
/// <remarks>
/// Numbers are written without arithmetic noise in the dialect's notation (<see cref="CsvDialect.Number"/>), never
/// quoted or escaped, so <c>-5</c> stays a number. Text is written by CsvHelper's writer (<see cref="SpreadsheetCsv"/>):
/// quoted when needed, and a text that a spreadsheet would run as a formula (<c>=</c> <c>+</c> <c>-</c> <c>@</c>, tab,
/// CR) gets a leading <c>'</c>. Localised texts are English, flags their keys: the file is the same whatever the
/// language of the run.
/// </remarks>
public static class ResultCsvWriter
{
    /// <summary>Writes <paramref name="table"/> to <paramref name="output"/> in <paramref name="dialect"/> (invariant by default).</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="table"/> or <paramref name="output"/> is null.</exception>
    public static void Write(ResultTable table, TextWriter output, CsvDialect? dialect = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(output);
        dialect ??= CsvDialect.Invariant;
        var columns = table.MachineColumns();
        dialect.Begin(output);
        output.WriteLine(string.Join(dialect.Separator, columns.Select(c => SpreadsheetCsv.Field(table.Columns[c].Key, dialect.Separator))));
        foreach (var row in table.Rows)
        {
            output.WriteLine(string.Join(dialect.Separator, columns.Select(c => Field(row[c], dialect))));
        }
    }

    private static string Field(object? cell, CsvDialect dialect) => cell switch
    {
        double d when double.IsFinite(d) => dialect.Number(d),
        double or int or long or bool => ResultCells.ForMachines(cell),
        _ => SpreadsheetCsv.Field(ResultCells.ForMachines(cell), dialect.Separator),
    };
}
