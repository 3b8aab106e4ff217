using Benchmark.Text;

namespace Benchmark.Export.Results;

/// <summary>
/// A column of a <see cref="ResultTable"/>: a stable machine name (CSV header, JSON property, DataFrame column) and
/// Dutch/English headers for people (terminal, workbook).
/// </summary>
/// <param name="Key">The machine name, camelCase, stable: CSV header, JSON property and DataFrame column.</param>
/// <param name="Nl">Dutch header for people.</param>
/// <param name="En">English header for people.</param>
/// <param name="Kind">How values are formatted for people.</param>
/// <param name="Decimals">Decimals shown to people (machine output keeps full precision).</param>
/// <param name="InText">Whether the column appears in text output for people (a terminal table).</param>
/// <param name="InMachine">Whether the column appears in CSV, JSON and xlsx output (false for text-only summaries such as "Q1–Q3").</param>
/// <param name="NoWrap">Whether a text column keeps its values on one line in a terminal (numbers never wrap).</param>
/// <param name="FrameOnly">
/// Whether the column is a figure only the DataFrame carries (Benchmark.Export's <c>ToDataFrame</c>), beyond the
/// machine columns of the files: the frame is a documented superset of CSV and JSON.
/// </param>
public sealed record ResultColumn(string Key, string Nl, string En, CellKind Kind = CellKind.Text, int Decimals = 1, bool InText = true, bool InMachine = true, bool NoWrap = false, bool FrameOnly = false)
{
    /// <summary>The header for people in <paramref name="language"/>.</summary>
    public string Header(Language language) => language.Pick(Nl, En);
}
