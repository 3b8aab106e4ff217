using Benchmark.Cli.Commands;
using Benchmark.Cli.Infrastructure;
using Benchmark.Import.Workbooks;
using Benchmark.Text;

namespace Benchmark.Cli.Output;

/// <summary>Writes a result to a file: an .xlsx workbook for <c>--format xlsx</c>, JSON for <c>--format json</c>, CSV otherwise.</summary>
internal static class ResultFile
{
    public static void Write(ResultTable table, CommonSettings settings, string path)
    {
        // Written whole or not at all (OutputFile): a failed run never leaves half a file.
        OutputFile.Write(path, stream =>
        {
            if (settings.EffectiveFormat == OutputFormat.Xlsx)
            {
                WriteWorkbook(table, settings.Lang, stream);
                return 0;
            }

            using var file = new StreamWriter(stream, new System.Text.UTF8Encoding(false), leaveOpen: true);
            ResultWriter.Write(table, settings, Spectre.Console.AnsiConsole.Console, file, settings.EffectiveFormat == OutputFormat.Json ? OutputFormat.Json : OutputFormat.Csv);
            return 0;
        });
    }

    /// <summary>
    /// The machine columns with the headers people read (in <paramref name="lang"/>), numbers stored as numbers with the
    /// decimals of the text output, texts in <paramref name="lang"/>.
    /// </summary>
    public static void WriteWorkbook(ResultTable table, Language lang, Stream output)
    {
        var indices = Enumerable.Range(0, table.Columns.Count).Where(i => table.Columns[i].InMachine).ToList();
        var columns = indices.Select(i => Column(table.Columns[i], lang)).ToList();
        var rows = table.Rows.Select(row => (IReadOnlyList<object?>)[.. indices.Select(i => Cell(row[i], table.Columns[i], lang))]);
        WorkbookWriter.Write(output, table.Command, columns, rows);
    }

    private static WorkbookColumn Column(ResultColumn column, Language lang) =>
        new(lang.Pick(column.Nl, column.En), column.Kind switch
        {
            CellKind.Text => -1,
            CellKind.Integer => 0,
            _ => column.Decimals,
        });

    private static object? Cell(object? cell, ResultColumn column, Language lang) => cell switch
    {
        null or double or int or long or bool => cell,
        _ => ResultFormatter.ForPeople(cell, column, lang),
    };
}
