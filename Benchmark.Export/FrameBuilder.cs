using Microsoft.Data.Analysis;

namespace Benchmark.Export;

/// <summary>
/// Builds a <see cref="DataFrame"/> from a list of rows, one explicitly typed column at a time, so that no column type is
/// ever guessed: real numbers are <see cref="DoubleDataFrameColumn"/>, whole numbers <see cref="Int32DataFrameColumn"/>,
/// text <see cref="StringDataFrameColumn"/> and flags <see cref="BooleanDataFrameColumn"/>.
/// </summary>
/// <typeparam name="T">The row type.</typeparam>
internal sealed class FrameBuilder<T>
{
    private readonly IReadOnlyList<T> _rows;
    private readonly List<DataFrameColumn> _columns = [];

    public FrameBuilder(IEnumerable<T> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        _rows = rows as IReadOnlyList<T> ?? [.. rows];
    }

    /// <summary>A text column; <see langword="null"/> stays null.</summary>
    public FrameBuilder<T> Text(string name, Func<T, string?> value) =>
        Add(new StringDataFrameColumn(name, _rows.Select(value)));

    /// <summary>A real-number column; NaN and ±∞ (the engine's "no value") become null.</summary>
    public FrameBuilder<T> Number(string name, Func<T, double> value) =>
        Add(new DoubleDataFrameColumn(name, _rows.Select(r => ToNullable(value(r)))));

    /// <summary>A real-number column from an optional figure; null, NaN and ±∞ become null.</summary>
    public FrameBuilder<T> Number(string name, Func<T, double?> value) =>
        Add(new DoubleDataFrameColumn(name, _rows.Select(r => value(r) is { } v ? ToNullable(v) : null)));

    /// <summary>A whole-number column (counts, ranks, years); <see langword="null"/> stays null.</summary>
    public FrameBuilder<T> Integer(string name, Func<T, int?> value) =>
        Add(new Int32DataFrameColumn(name, _rows.Select(value)));

    /// <summary>A flag column; <see langword="null"/> stays null.</summary>
    public FrameBuilder<T> Flag(string name, Func<T, bool?> value) =>
        Add(new BooleanDataFrameColumn(name, _rows.Select(value)));

    /// <summary>The frame with the columns in the order they were added.</summary>
    public DataFrame Build() => new(_columns);

    /// <summary>The engine's missing (NaN, and ±∞, which no indicator can take) as null; any finite value as is.</summary>
    internal static double? ToNullable(double value) => double.IsFinite(value) ? value : null;

    private FrameBuilder<T> Add(DataFrameColumn column)
    {
        _columns.Add(column);
        return this;
    }
}
