namespace Benchmark.Cli.Output;

/// <summary>How a column's values are formatted for people.</summary>
internal enum CellKind
{
    Text,
    Integer,
    Number,
    Percent,
    Euro,
}

/// <summary>A column of a result table: a stable machine name (CSV/JSON) and Dutch/English headers (text).</summary>
/// <param name="Key">The machine name, camelCase, stable: CSV header and JSON property.</param>
/// <param name="Nl">Dutch header for text output.</param>
/// <param name="En">English header for text output.</param>
/// <param name="Kind">How values are formatted for people.</param>
/// <param name="Decimals">Decimals shown to people (machine output keeps full precision).</param>
/// <param name="InText">Whether the column appears in text output.</param>
/// <param name="InMachine">Whether the column appears in CSV and JSON output (false for text-only summaries such as "Q1–Q3").</param>
/// <param name="NoWrap">Whether a text column keeps its values on one line (numbers never wrap).</param>
internal sealed record ResultColumn(string Key, string Nl, string En, CellKind Kind = CellKind.Text, int Decimals = 1, bool InText = true, bool InMachine = true, bool NoWrap = false);
