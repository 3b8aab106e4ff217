namespace Benchmark.Cli.Output;

/// <summary>
/// A command's result as data: metadata, columns and rows. One table renders as a Spectre table (text), CSV (one header
/// row) or one JSON document, so the three formats always agree.
/// </summary>
/// <param name="Command">The command name (JSON <c>command</c>).</param>
/// <param name="Columns">The columns.</param>
/// <param name="Rows">The rows; cells are <see cref="string"/>, <see cref="int"/>, <see cref="double"/> (NaN = empty), <see cref="bool"/> or <see langword="null"/>.</param>
internal sealed record ResultTable(string Command, IReadOnlyList<ResultColumn> Columns, IReadOnlyList<object?[]> Rows)
{
    /// <summary>Key facts printed above the table (text) or as top-level JSON properties: (key, Dutch label, English label, value).</summary>
    public IReadOnlyList<(string Key, string Nl, string En, object? Value)> Facts { get; init; } = [];

    /// <summary>Notes for people, printed below the text table (Dutch, English).</summary>
    public IReadOnlyList<(string Nl, string En)> Notes { get; init; } = [];

    /// <summary>Rows to highlight in text output (the focus municipality).</summary>
    public IReadOnlySet<int> Highlight { get; init; } = new HashSet<int>();

    /// <summary>Text output: the column whose change starts a new section (e.g. the group in a multi-group league table), or <see langword="null"/>.</summary>
    public string? SectionBy { get; init; }
}
