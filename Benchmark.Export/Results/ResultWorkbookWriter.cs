using Benchmark.Import.Workbooks;
using Benchmark.Text;

namespace Benchmark.Export.Results;

/// <summary>
/// Writes a <see cref="ResultTable"/> as an Excel workbook (.xlsx), one sheet named after the result: the machine
/// columns with the headers people read, numbers stored as numbers with the decimals of the text output, texts in the
/// requested language. The format of <c>benchmark … --format xlsx --out FILE</c>.
/// </summary>
public static class ResultWorkbookWriter
{
    /// <summary>Writes <paramref name="table"/> to <paramref name="output"/> (left open), headers and texts in <paramref name="language"/>.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="table"/> or <paramref name="output"/> is null.</exception>
    public static void Write(ResultTable table, Stream output, Language language)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(output);
        var indices = table.MachineColumns();
        var columns = indices.Select(i => Column(table.Columns[i], language)).ToList();
        var rows = table.Rows.Select(row => (IReadOnlyList<object?>)[.. indices.Select(i => Cell(row[i], table.Columns[i], language))]);
        WorkbookWriter.Write(output, table.Command, columns, rows);
    }

    private static WorkbookColumn Column(ResultColumn column, Language language) =>
        new(column.Header(language), column.Kind switch
        {
            CellKind.Text or CellKind.Flag => -1,
            CellKind.Integer => 0,
            _ => column.Decimals,
        });

    private static object? Cell(object? cell, ResultColumn column, Language language) => cell switch
    {
        null or double or int or long or bool => cell,
        _ => ResultCells.ForPeople(cell, column, language),
    };
}
