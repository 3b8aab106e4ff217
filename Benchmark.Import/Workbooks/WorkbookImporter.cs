using System.Text;
using Benchmark.Data;
using Benchmark.Import.Reading;
using Benchmark.Validation;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Benchmark.Import.Workbooks;

/// <summary>
/// Reads a yearly file saved as an Excel workbook (.xlsx): one worksheet (the first visible one, or
/// <see cref="ImportOptions.Sheet"/>) becomes rows of text with the sheet's row numbers, read by the same reader and
/// rules as a CSV file; every finding names its cell (<c>Blad1!D17</c>). Password-protected workbooks, old .xls files,
/// hidden sheets and merged header cells get a finding, never an exception.
/// </summary>
internal static class WorkbookImporter
{
    private static readonly byte[] CompoundFileSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] EncryptedPackage = Encoding.Unicode.GetBytes("EncryptedPackage");

    /// <summary>Whether <paramref name="path"/> names a workbook by its extension (.xlsx, .xlsm, .xls).</summary>
    public static bool IsWorkbookName(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".xlsx" or ".xlsm" or ".xls";

    public static FileReport Read(Stream stream, string file, ImportOptions options, DatasetBuilder builder)
    {
        var sheet = AsText(stream, file, options);
        if (sheet.Rejected is { } rejected)
        {
            return rejected;
        }

        using var csv = new MemoryStream(Encoding.UTF8.GetBytes(sheet.Text!));
        var report = DataFileReader.Read(csv, file, sheet.Options, builder);
        var format = (report.Format ?? new FileFormatInfo("xlsx", ';', sheet.Options.DecimalConvention == DecimalConvention.Point ? '.' : ',', "wide")) with { Encoding = "xlsx" };
        return WorkbookCells.Locate(report with
        {
            Findings = [.. sheet.Findings.Concat(report.Findings)],
            Format = format with { Sheet = sheet.Name, Headers = sheet.Headers },
        });
    }

    /// <summary>
    /// The chosen worksheet of a workbook as <c>;</c>-separated text (one line per sheet row), with the findings about
    /// the workbook (hidden sheets, merged header cells) and the options to read the text with; or the report of a
    /// workbook that cannot be read (password, .xls, not a workbook, no such sheet). Any reader of rows (the yearly
    /// files, the respondent files) reads workbooks through it.
    /// </summary>
    internal static WorkbookText AsText(Stream stream, string file, ImportOptions options)
    {
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        var content = bytes.GetBuffer().AsSpan(0, (int)bytes.Length);
        if (content.StartsWith(CompoundFileSignature))
        {
            return WorkbookText.Refused(Rejected(file, content.IndexOf(EncryptedPackage) >= 0 ? WorkbookFindings.PasswordProtected(file) : WorkbookFindings.OldExcel(file)));
        }

        bytes.Position = 0;
        try
        {
            using var document = SpreadsheetDocument.Open(bytes, isEditable: false);
            return ReadDocument(document, file, options);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException or System.Xml.XmlException)
        {
            return WorkbookText.Refused(Rejected(file, WorkbookFindings.NotAWorkbook(file, ex.Message.ReplaceLineEndings(" "))));
        }
    }

    private static WorkbookText ReadDocument(SpreadsheetDocument document, string file, ImportOptions options)
    {
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("the workbook part is missing.");
        var sheets = workbook.Workbook?.Sheets?.Elements<Sheet>().ToList() ?? [];
        var chosen = options.Sheet is { } asked
            ? sheets.FirstOrDefault(s => string.Equals(s.Name?.Value, asked, StringComparison.OrdinalIgnoreCase))
            : sheets.FirstOrDefault(s => !SheetReader.IsHidden(s));
        if (chosen?.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
        {
            return WorkbookText.Refused(Rejected(file, WorkbookFindings.NoSheet(file, options.Sheet, [.. sheets.Select(s => s.Name?.Value ?? string.Empty)])));
        }

        var name = chosen.Name?.Value ?? string.Empty;
        var findings = sheets.Where(SheetReader.IsHidden).Select(s => WorkbookFindings.HiddenSheet(file, s.Name?.Value ?? string.Empty, s == chosen)).ToList();
        var decimalSeparator = options.DecimalConvention == DecimalConvention.Point ? '.' : ',';
        var grid = SheetReader.Read(workbook, part, name, decimalSeparator);
        var header = grid.Rows.Count > 0 ? grid.Rows[0] : null;
        if (header is not null)
        {
            findings.AddRange(SheetReader.MergedRangesOnRow(part, header.Number).Select(r => WorkbookFindings.MergedHeader(file, WorkbookCells.Quoted(name), header.Number, r)));
        }

        var textOptions = options with { DecimalConvention = decimalSeparator == '.' ? DecimalConvention.Point : DecimalConvention.Comma };
        return new WorkbookText(AsCsv(grid), name, header?.Cells ?? [], findings, textOptions, null);
    }

    /// <summary>
    /// The text the reader saw of <paramref name="sheet"/> in a workbook: <c>;</c>-separated, one line per sheet row
    /// (for the quarantine's text of a rejected row); <see langword="null"/> when the workbook or sheet cannot be read.
    /// </summary>
    internal static string? SheetText(byte[] workbook, string sheet, char decimalSeparator)
    {
        try
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(workbook, writable: false), isEditable: false);
            var part = document.WorkbookPart;
            var chosen = part?.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault(s => s.Name?.Value == sheet);
            return part is not null && chosen?.Id?.Value is { } id && part.GetPartById(id) is WorksheetPart worksheet
                ? AsCsv(SheetReader.Read(part, worksheet, sheet, decimalSeparator))
                : null;
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException or System.Xml.XmlException)
        {
            return null;
        }
    }

    /// <summary>
    /// The grid as <c>;</c>-separated text with one line per sheet row, so that line numbers are row numbers; a row
    /// whose last cells are empty gets empty fields up to the header's width (Excel does not store empty cells).
    /// </summary>
    private static string AsCsv(SheetGrid grid)
    {
        var text = new StringBuilder();
        var width = grid.Rows.Count > 0 ? grid.Rows[0].Cells.Count : 0;
        var line = 1;
        foreach (var row in grid.Rows)
        {
            for (; line < row.Number; line++)
            {
                text.Append('\n');
            }

            text.AppendJoin(';', row.Cells.Select(Quote)).Append(';', Math.Max(0, width - row.Cells.Count)).Append('\n');
            line++;
        }

        return text.ToString();
    }

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(";\"") < 0 ? cell : "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static FileReport Rejected(string file, Finding finding) => new(file, 0, 0, 0, [finding]);
}
