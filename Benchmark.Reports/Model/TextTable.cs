namespace Benchmark.Reports.Model;

/// <summary>A plain table of text: a header row and body rows of the same width.</summary>
/// <param name="Header">The column headings.</param>
/// <param name="Rows">The rows; each has one cell per heading.</param>
/// <param name="NumericColumns">Indexes of the columns that hold numbers (right-aligned).</param>
public sealed record TextTable(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<int> NumericColumns)
{
    /// <summary>Whether the table has no rows.</summary>
    public bool IsEmpty => Rows.Count == 0;
}
