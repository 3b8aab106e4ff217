using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Benchmark.Import.Workbooks;

/// <summary>
/// The cell styles of written workbooks: 0 plain, 1 bold header, 2 text, then one number format per count of decimals
/// (<c>#,##0</c>, <c>#,##0.0</c> … up to <see cref="MaxDecimals"/>); Excel shows them in the reader's own locale.
/// </summary>
internal static class WorkbookStyles
{
    public const uint Header = 1;
    public const uint TextCell = 2;
    public const int MaxDecimals = 6;

    /// <summary>The style of a number with <paramref name="decimals"/> decimals.</summary>
    public static uint Number(int decimals) => 3 + (uint)Math.Clamp(decimals, 0, MaxDecimals);

    public static Stylesheet Create()
    {
        var formats = new NumberingFormats();
        var cellFormats = new CellFormats(
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0 },
            new CellFormat { FontId = 1, FillId = 0, BorderId = 0, ApplyFont = true, Alignment = new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }, ApplyAlignment = true },
            new CellFormat { NumberFormatId = 49, FontId = 0, FillId = 0, BorderId = 0, ApplyNumberFormat = true });
        for (var d = 0; d <= MaxDecimals; d++)
        {
            var id = 164u + (uint)d;
            formats.Append(new NumberingFormat { NumberFormatId = id, FormatCode = d == 0 ? "#,##0" : "#,##0." + new string('0', d) });
            cellFormats.Append(new CellFormat { NumberFormatId = id, FontId = 0, FillId = 0, BorderId = 0, ApplyNumberFormat = true });
        }

        formats.Count = (uint)formats.ChildElements.Count;
        cellFormats.Count = (uint)cellFormats.ChildElements.Count;
        return new Stylesheet(
            formats,
            new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }), new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" })) { Count = 2 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
            cellFormats);
    }

    /// <summary>A cell with a value of a result (number, text, boolean or empty).</summary>
    public static Cell CellFor(object? value, WorkbookColumn column) => value switch
    {
        null => new Cell(),
        double d when !double.IsFinite(d) => new Cell(),
        double d => new Cell { CellValue = new CellValue(d), DataType = CellValues.Number, StyleIndex = Number(column.Decimals < 0 ? 2 : column.Decimals) },
        int i => new Cell { CellValue = new CellValue(i), DataType = CellValues.Number, StyleIndex = Number(0) },
        long l => new Cell { CellValue = new CellValue((double)l), DataType = CellValues.Number, StyleIndex = Number(0) },
        bool b => new Cell { CellValue = new CellValue(b), DataType = CellValues.Boolean },
        _ => Text(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, TextCell),
    };

    /// <summary>A text cell (inline string, so the workbook needs no shared-string table).</summary>
    public static Cell Text(string text, uint style) =>
        new() { DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text) { Space = SpaceProcessingModeValues.Preserve }), StyleIndex = style };
}
