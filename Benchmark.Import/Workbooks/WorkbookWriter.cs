using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Benchmark.Import.Workbooks;

/// <summary>
/// Writes a table as an Excel workbook (.xlsx) of one sheet: a bold header row that stays in view (frozen), numbers
/// stored as numbers with a number format per column (Excel shows them in the reader's locale: "6,28" in a Dutch Excel),
/// notes on header cells and data validation for value ranges. The same workbook reads back through the importer.
/// </summary>
public static class WorkbookWriter
{
    /// <summary>Writes the workbook to <paramref name="output"/> (left open).</summary>
    /// <param name="output">A writable stream.</param>
    /// <param name="sheetName">The sheet's name (at most 31 characters; longer names are cut).</param>
    /// <param name="columns">The columns, in order.</param>
    /// <param name="rows">The rows; a cell is a <see cref="double"/> (NaN = empty), <see cref="int"/>, <see cref="long"/>, <see cref="bool"/>, text or <see langword="null"/>.</param>
    public static void Write(Stream output, string sheetName, IReadOnlyList<WorkbookColumn> columns, IEnumerable<IReadOnlyList<object?>> rows)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentException.ThrowIfNullOrEmpty(sheetName);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = WorkbookStyles.Create();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            var rowCount = 0;
            var data = new SheetData(HeaderRow(columns));
            foreach (var row in rows)
            {
                rowCount++;
                var r = new Row { RowIndex = (uint)(rowCount + 1) };
                for (var i = 0; i < columns.Count; i++)
                {
                    var cell = WorkbookStyles.CellFor(i < row.Count ? row[i] : null, columns[i]);
                    cell.CellReference = SheetGrid.ColumnLetters(i) + (rowCount + 1).ToString(CultureInfo.InvariantCulture);
                    r.Append(cell);
                }

                data.Append(r);
            }

            var worksheet = new Worksheet(FrozenHeader(), Widths(columns), data);
            if (Validations(columns) is { } validations)
            {
                worksheet.Append(validations);
            }

            sheet.Worksheet = worksheet;
            WorkbookNotes.Add(sheet, columns);
            var name = sheetName.Length > 31 ? sheetName[..31] : sheetName;
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = name }));
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static Row HeaderRow(IReadOnlyList<WorkbookColumn> columns)
    {
        var row = new Row { RowIndex = 1 };
        for (var i = 0; i < columns.Count; i++)
        {
            var cell = WorkbookStyles.Text(columns[i].Header, WorkbookStyles.Header);
            cell.CellReference = SheetGrid.ColumnLetters(i) + "1";
            row.Append(cell);
        }

        return row;
    }

    private static SheetViews FrozenHeader() => new(new SheetView(
        new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
        new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
    { WorkbookViewId = 0 });

    private static Columns Widths(IReadOnlyList<WorkbookColumn> columns)
    {
        var result = new Columns();
        for (var i = 0; i < columns.Count; i++)
        {
            var width = Math.Clamp(columns[i].Header.Length + 2, 10, 40);
            result.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = width, CustomWidth = true });
        }

        return result;
    }

    private static DataValidations? Validations(IReadOnlyList<WorkbookColumn> columns)
    {
        var result = new DataValidations();
        for (var i = 0; i < columns.Count; i++)
        {
            var c = columns[i];
            if (c.Min is null && c.Max is null)
            {
                continue;
            }

            var letters = SheetGrid.ColumnLetters(i);
            var validation = new DataValidation
            {
                Type = DataValidationValues.Decimal,
                AllowBlank = true,
                ShowErrorMessage = true,
                ErrorTitle = c.Header.Length > 32 ? c.Header[..32] : c.Header,
                Error = c.RangeMessage,
                SequenceOfReferences = new ListValue<StringValue> { InnerText = $"{letters}2:{letters}1048576" },
            };
            (validation.Operator, var first, var second) = (c.Min, c.Max) switch
            {
                ({ } min, { } max) => (DataValidationOperatorValues.Between, min, (double?)max),
                ({ } min, null) => (DataValidationOperatorValues.GreaterThanOrEqual, min, null),
                (null, { } max) => (DataValidationOperatorValues.LessThanOrEqual, max, null),
                _ => throw new InvalidOperationException(),
            };
            validation.Append(new Formula1(first.ToString(CultureInfo.InvariantCulture)));
            if (second is { } s)
            {
                validation.Append(new Formula2(s.ToString(CultureInfo.InvariantCulture)));
            }

            result.Append(validation);
        }

        result.Count = (uint)result.ChildElements.Count;
        return result.Count > 0 ? result : null;
    }
}
