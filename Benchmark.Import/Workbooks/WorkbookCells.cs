using Benchmark.Validation;

namespace Benchmark.Import.Workbooks;

/// <summary>Names the cell of every finding in a workbook as Excel shows it: <c>Blad1!D17</c>, or <c>Blad1!17:17</c> for a whole row.</summary>
internal static class WorkbookCells
{
    /// <summary>The report with <see cref="Finding.Cell"/> set on its findings, when the file was a workbook.</summary>
    public static FileReport Locate(FileReport report)
    {
        if (report.Format is not { Sheet: { } sheet } format)
        {
            return report;
        }

        return report with { Findings = [.. report.Findings.Select(f => Locate(f, sheet, format.Headers))] };
    }

    /// <summary>The sheet name as a reference writes it: quoted when it starts with a digit or has anything but letters, digits and _.</summary>
    public static string Quoted(string sheet) =>
        sheet.Length > 0 && !char.IsDigit(sheet[0]) && sheet.All(c => char.IsLetterOrDigit(c) || c == '_') ? sheet : "'" + sheet.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static Finding Locate(Finding f, string sheet, IReadOnlyList<string> headers)
    {
        if (f.Cell is not null || f.Line <= 0)
        {
            return f;
        }

        var column = f.Column is null ? -1 : IndexOf(headers, f.Column);
        var name = Quoted(sheet);
        return f with { Cell = column < 0 ? $"{name}!{f.Line}:{f.Line}" : $"{name}!{SheetGrid.ColumnLetters(column)}{f.Line}" };
    }

    private static int IndexOf(IReadOnlyList<string> headers, string column)
    {
        for (var i = 0; i < headers.Count; i++)
        {
            if (string.Equals(headers[i], column, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
