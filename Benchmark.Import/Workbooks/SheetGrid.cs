namespace Benchmark.Import.Workbooks;

/// <summary>
/// The rows of one worksheet as text, as the CSV reader takes them: the header row first, then every non-empty row with
/// its row number, each cell at its column position (0 = column A).
/// </summary>
/// <param name="SheetName">The sheet's name as Excel shows it on its tab.</param>
/// <param name="Rows">The non-empty rows, in sheet order.</param>
internal sealed record SheetGrid(string SheetName, IReadOnlyList<SheetRow> Rows)
{
    /// <summary>Excel's letters of a 0-based column: 0 → A, 25 → Z, 26 → AA.</summary>
    public static string ColumnLetters(int index)
    {
        var letters = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    /// <summary>The 0-based column of Excel letters ("AA" → 26), from the start of a reference such as <c>AA17</c>.</summary>
    public static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c))
            {
                break;
            }

            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return index - 1;
    }
}

/// <summary>One non-empty row of a sheet.</summary>
/// <param name="Number">The row number as Excel shows it (1-based).</param>
/// <param name="Cells">The cell texts by column position; missing cells are empty.</param>
internal sealed record SheetRow(int Number, IReadOnlyList<string> Cells);
