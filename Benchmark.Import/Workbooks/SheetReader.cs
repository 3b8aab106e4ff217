using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Benchmark.Text;

namespace Benchmark.Import.Workbooks;

/// <summary>
/// Reads one worksheet of an .xlsx workbook as text per cell, as Excel stores it: numbers from their stored binary value
/// (never from the displayed, culture-formatted text), dates with a date format as <c>yyyy-MM-dd</c>, text as written,
/// booleans as TRUE/FALSE, formula results from their cached value and formula errors as Excel writes them
/// (<c>#DEEL/0!</c> stays <c>#DIV/0!</c>). A line break inside a cell becomes a space.
/// </summary>
internal static class SheetReader
{
    /// <summary>Reads <paramref name="part"/>; numbers are written with <paramref name="decimalSeparator"/>.</summary>
    public static SheetGrid Read(WorkbookPart workbook, WorksheetPart part, string sheetName, char decimalSeparator)
    {
        var strings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var dateStyles = DateStyles(workbook);
        var rows = new List<SheetRow>();
        foreach (var row in part.Worksheet?.GetFirstChild<SheetData>()?.Elements<Row>() ?? [])
        {
            var number = (int)(row.RowIndex?.Value ?? (uint)(rows.Count == 0 ? 1 : rows[^1].Number + 1));
            var cells = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? SheetGrid.ColumnIndex(reference) : cells.Count;
                while (cells.Count < column)
                {
                    cells.Add(string.Empty);
                }

                var text = Text(cell, strings, dateStyles, decimalSeparator).Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ');
                if (column < cells.Count)
                {
                    cells[column] = text;
                }
                else
                {
                    cells.Add(text);
                }
            }

            while (cells.Count > 0 && cells[^1].Length == 0)
            {
                cells.RemoveAt(cells.Count - 1);
            }

            if (cells.Count > 0)
            {
                rows.Add(new SheetRow(number, cells));
            }
        }

        return new SheetGrid(sheetName, rows);
    }

    private static string Text(Cell cell, List<string> strings, HashSet<uint> dateStyles, char decimalSeparator)
    {
        var raw = cell.CellValue?.Text ?? string.Empty;
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < strings.Count ? strings[i] : raw;
        }

        if (type == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? raw;
        }

        if (type == CellValues.Boolean)
        {
            return raw == "1" ? "TRUE" : "FALSE";
        }

        if (type == CellValues.Error || type == CellValues.String || raw.Length == 0)
        {
            return raw;
        }

        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return raw;
        }

        if (cell.StyleIndex?.Value is { } style && dateStyles.Contains(style) && value is > 0 and < 2958466)
        {
            return DateTime.FromOADate(value).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        var invariant = CsvDialect.Invariant.ExactNumber(value);
        return decimalSeparator == '.' ? invariant : invariant.Replace('.', decimalSeparator);
    }

    /// <summary>The cell styles whose number format shows a date (built-in formats 14–22 and 45–47, or a custom format with d, m or y).</summary>
    private static HashSet<uint> DateStyles(WorkbookPart workbook)
    {
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        var custom = stylesheet?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null && IsDateCode(f.FormatCode?.Value ?? string.Empty))
            .Select(f => f.NumberFormatId!.Value)
            .ToHashSet() ?? [];
        var result = new HashSet<uint>();
        var index = 0u;
        foreach (var format in stylesheet?.CellFormats?.Elements<CellFormat>() ?? [])
        {
            var id = format.NumberFormatId?.Value ?? 0;
            if (id is (>= 14 and <= 22) or (>= 45 and <= 47) || custom.Contains(id))
            {
                result.Add(index);
            }

            index++;
        }

        return result;
    }

    private static bool IsDateCode(string code)
    {
        var outsideQuotes = string.Concat(code.Split('"').Where((_, i) => i % 2 == 0));
        var withoutColours = System.Text.RegularExpressions.Regex.Replace(outsideQuotes, @"\[[^\]]*\]", string.Empty);
        return withoutColours.IndexOfAny(['d', 'D', 'y', 'Y']) >= 0 || (withoutColours.Contains('m', StringComparison.OrdinalIgnoreCase) && !withoutColours.Contains('0', StringComparison.Ordinal));
    }

    /// <summary>Whether <paramref name="sheet"/> is hidden (hidden or very hidden).</summary>
    public static bool IsHidden(Sheet sheet) => sheet.State?.Value is { } state && (state == SheetStateValues.Hidden || state == SheetStateValues.VeryHidden);

    /// <summary>The merged ranges of a worksheet that touch row <paramref name="row"/>, as written (<c>A1:C1</c>).</summary>
    public static IEnumerable<string> MergedRangesOnRow(WorksheetPart part, int row) =>
        part.Worksheet?.Elements<MergeCells>().SelectMany(m => m.Elements<MergeCell>())
            .Select(m => m.Reference?.Value)
            .OfType<string>()
            .Where(r => Touches(r, row)) ?? [];

    private static bool Touches(string range, int row)
    {
        var ends = range.Split(':');
        var first = RowOf(ends[0]);
        var last = ends.Length > 1 ? RowOf(ends[1]) : first;
        return first <= row && row <= last;
    }

    private static int RowOf(string reference) =>
        int.TryParse(reference.AsSpan(reference.TakeWhile(char.IsAsciiLetter).Count()), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : 0;
}
