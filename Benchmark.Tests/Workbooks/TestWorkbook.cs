using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Benchmark.Tests.Workbooks;

/// <summary>Builds small .xlsx workbooks the way Excel stores them (shared strings, typed numbers, error cells), for reader tests.</summary>
internal static class TestWorkbook
{
    /// <summary>A sheet: its name, whether it is hidden, its rows (cells: string, double, or "#DIV/0!"-style errors as <see cref="ErrorCell"/>).</summary>
    public sealed record SheetSpec(string Name, IReadOnlyList<IReadOnlyList<object?>> Rows, bool Hidden = false, string? Merge = null);

    /// <summary>An error cell (t="e").</summary>
    public sealed record ErrorCell(string Text);

    public static byte[] Create(params SheetSpec[] sheets)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable();
            var id = 1u;
            foreach (var spec in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                for (var r = 0; r < spec.Rows.Count; r++)
                {
                    var row = new Row { RowIndex = (uint)(r + 1) };
                    for (var c = 0; c < spec.Rows[r].Count; c++)
                    {
                        if (spec.Rows[r][c] is { } value)
                        {
                            row.Append(CellOf(value, $"{(char)('A' + c)}{r + 1}", strings.SharedStringTable));
                        }
                    }

                    data.Append(row);
                }

                var worksheet = new Worksheet(data);
                if (spec.Merge is { } merge)
                {
                    worksheet.Append(new MergeCells(new MergeCell { Reference = merge }));
                }

                part.Worksheet = worksheet;
                workbook.Workbook.Sheets!.Append(new Sheet
                {
                    Id = workbook.GetIdOfPart(part),
                    SheetId = id++,
                    Name = spec.Name,
                    State = spec.Hidden ? SheetStateValues.Hidden : null,
                });
            }
        }

        return buffer.ToArray();
    }

    /// <summary>The rows of a ;-separated text (first line the header); numbers with a decimal comma become typed numbers.</summary>
    public static IReadOnlyList<IReadOnlyList<object?>> RowsOf(string csv) =>
        [.. csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select((line, i) => (IReadOnlyList<object?>)[.. line.TrimEnd('\r').Split(';').Select(f => Typed(f, i == 0))])];

    private static object? Typed(string field, bool header) =>
        !header && double.TryParse(field.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : field.Length == 0 ? null : field;

    private static Cell CellOf(object value, string reference, SharedStringTable strings)
    {
        switch (value)
        {
            case double d:
                return new Cell { CellReference = reference, CellValue = new CellValue(d) };
            case ErrorCell e:
                return new Cell { CellReference = reference, DataType = CellValues.Error, CellValue = new CellValue(e.Text) };
            default:
                strings.Append(new SharedStringItem(new DocumentFormat.OpenXml.Spreadsheet.Text(Convert.ToString(value, CultureInfo.InvariantCulture)!)));
                return new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(strings.ChildElements.Count - 1) };
        }
    }
}
