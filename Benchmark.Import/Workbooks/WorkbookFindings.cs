using Benchmark.Text;
using Benchmark.Validation;

namespace Benchmark.Import.Workbooks;

/// <summary>Findings about a workbook as a whole: unreadable kinds, hidden sheets, merged header cells.</summary>
internal static class WorkbookFindings
{
    private static readonly LocalizedText SaveAs = new(
        "Open het in Excel en sla het op als Excel-werkmap (.xlsx) zonder wachtwoord, of als CSV (puntkomma-gescheiden).",
        "Open it in Excel and save it as an Excel workbook (.xlsx) without a password, or as CSV (semicolon-separated).");

    public static Finding PasswordProtected(string file) => Unreadable(
        file,
        new("De werkmap is met een wachtwoord beveiligd (versleuteld) en kan niet worden gelezen.", "The workbook is password-protected (encrypted) and cannot be read."));

    public static Finding OldExcel(string file) => Unreadable(
        file,
        new("Dit is een oud Excel-bestand (.xls, Excel 97–2003); alleen .xlsx wordt gelezen.", "This is an old Excel file (.xls, Excel 97–2003); only .xlsx is read."));

    public static Finding NotAWorkbook(string file, string detail) => Unreadable(
        file,
        LocalizedText.Format("Het bestand is geen leesbare Excel-werkmap (.xlsx): {0}", "The file is not a readable Excel workbook (.xlsx): {0}", detail));

    public static Finding NoSheet(string file, string? asked, IReadOnlyList<string> sheets)
    {
        var names = string.Join(", ", sheets.Select(s => $"'{s}'"));
        var nearest = asked is null ? null : NearestName.Find(asked, sheets);
        var message = asked is null
            ? new LocalizedText("De werkmap heeft geen zichtbaar werkblad met gegevens.", "The workbook has no visible worksheet with data.")
            : LocalizedText.Format("Werkblad '{0}' bestaat niet; de werkmap heeft {1}.{2}", "Worksheet '{0}' does not exist; the workbook has {1}.{3}", asked, names, nearest is null ? string.Empty : $" Bedoelt u '{nearest}'?", nearest is null ? string.Empty : $" Did you mean '{nearest}'?");
        return new Finding(Severity.Error, Rules.FileUnreadable, file, 0, null, asked, message, new LocalizedText("Kies een blad met --sheet NAAM.", "Choose a sheet with --sheet NAME."));
    }

    public static Finding HiddenSheet(string file, string sheet, bool read) => new(
        Severity.Warning, Rules.Workbook, file, 0, null, sheet,
        read
            ? LocalizedText.Format("Werkblad '{0}' is verborgen; het is gelezen omdat --sheet het noemt.", "Worksheet '{0}' is hidden; it was read because --sheet names it.", sheet)
            : LocalizedText.Format("Werkblad '{0}' is verborgen en is niet gelezen.", "Worksheet '{0}' is hidden and was not read.", sheet),
        new LocalizedText("Maak het blad zichtbaar of kies het met --sheet als het de gegevens bevat.", "Unhide the sheet, or choose it with --sheet if it holds the data."));

    public static Finding MergedHeader(string file, string sheet, int row, string range) => new(
        Severity.Warning, Rules.Workbook, file, row, null, range,
        LocalizedText.Format(
            "Kopcellen {0} zijn samengevoegd: alleen de eerste kolom krijgt de kop, de andere kolommen hebben er geen.",
            "Header cells {0} are merged: only the first column gets the header, the other columns have none.",
            range),
        new LocalizedText("Hef het samenvoegen op en geef elke kolom een eigen kop.", "Unmerge the cells and give every column its own header."))
    {
        Cell = $"{sheet}!{range}",
    };

    private static Finding Unreadable(string file, LocalizedText message) =>
        new(Severity.Error, Rules.FileUnreadable, file, 0, null, null, message, SaveAs);
}
