namespace Benchmark.Export.Results;

/// <summary>
/// A result as data: metadata, columns and rows. One table is written as CSV (<see cref="ResultCsvWriter"/>), one JSON
/// document (<see cref="ResultJsonWriter"/>), an .xlsx workbook (<see cref="ResultWorkbookWriter"/>) or a terminal table
/// (the CLI), so that every format shows the same figures.
/// </summary>
/// <param name="Command">The result's name: JSON <c>command</c>, the workbook's sheet name (e.g. <c>stats</c>).</param>
/// <param name="Columns">The columns.</param>
/// <param name="Rows">
/// The rows, one cell per column; a cell is <see cref="string"/>, <see cref="int"/>, <see cref="long"/>,
/// <see cref="double"/> (NaN and ±∞ = empty), <see cref="bool"/>, <see cref="Text.LocalizedText"/> (English in machine
/// output), <see cref="Comparison.PositionFlags"/>, a list of strings (JSON only) or <see langword="null"/>.
/// </param>
public sealed record ResultTable(string Command, IReadOnlyList<ResultColumn> Columns, IReadOnlyList<object?[]> Rows)
{
    /// <summary>Key facts: printed above a terminal table, top-level properties of the JSON document: (key, Dutch label, English label, value).</summary>
    public IReadOnlyList<(string Key, string Nl, string En, object? Value)> Facts { get; init; } = [];

    /// <summary>Notes for people, printed below a terminal table (Dutch, English).</summary>
    public IReadOnlyList<(string Nl, string En)> Notes { get; init; } = [];

    /// <summary>Rows to highlight for people (the focus municipality).</summary>
    public IReadOnlySet<int> Highlight { get; init; } = new HashSet<int>();

    /// <summary>For people: the column whose change starts a new section (e.g. the group in a multi-group league table), or <see langword="null"/>.</summary>
    public string? SectionBy { get; init; }

    /// <summary>The indices of the columns of machine output (CSV, JSON, xlsx), in order.</summary>
    public IReadOnlyList<int> MachineColumns() =>
        [.. Enumerable.Range(0, Columns.Count).Where(i => Columns[i].InMachine)];
}
