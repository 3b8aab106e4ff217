namespace Benchmark.Export.Results;

/// <summary>
/// The one column schema of a result: every column with the figure it takes from a result row. The CLI's CSV, JSON,
/// xlsx and terminal table (<see cref="Table"/>) and the DataFrame (<c>DataFrames.ToDataFrame</c>) are all made from
/// it, so a column means the same in each.
/// </summary>
/// <typeparam name="T">The result row, e.g. <see cref="Comparison.GroupStatistics"/>.</typeparam>
public sealed class ResultSchema<T>
{
    private readonly Func<T, object?>[] _cells;

    /// <summary>A schema of <paramref name="columns"/>, each with the function that takes its cell from a row.</summary>
    /// <param name="name">The result's name (JSON <c>command</c>, the workbook's sheet).</param>
    /// <param name="columns">The columns in order; a cell is a value of a type <see cref="ResultTable"/> documents.</param>
    public ResultSchema(string name, IReadOnlyList<(ResultColumn Column, Func<T, object?> Cell)> columns)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(columns);
        Name = name;
        Columns = [.. columns.Select(c => c.Column)];
        _cells = [.. columns.Select(c => c.Cell)];
    }

    /// <summary>The result's name.</summary>
    public string Name { get; }

    /// <summary>The columns, in order.</summary>
    public IReadOnlyList<ResultColumn> Columns { get; }

    /// <summary>The cells of one row, one per column.</summary>
    public object?[] Row(T item) => [.. _cells.Select(cell => cell(item))];

    /// <summary>The table of <paramref name="items"/> (facts and notes are added with <c>with { … }</c>).</summary>
    public ResultTable Table(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return new ResultTable(Name, Columns, [.. items.Select(Row)]);
    }
}
