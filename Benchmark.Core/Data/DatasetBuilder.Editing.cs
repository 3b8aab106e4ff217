namespace Benchmark.Data;

/// <content>
/// What an importer does to observations before the build (values held until a file's decimal convention is decided),
/// and capacity. Indices count the observations in the order added, 0 … <see cref="Count"/> − 1.
/// </content>
public sealed partial class DatasetBuilder
{
    /// <summary>The value of observation <paramref name="index"/> (in the order added).</summary>
    /// <param name="index">The observation, 0 … <see cref="Count"/> − 1.</param>
    /// <returns>The value, NaN when missing.</returns>
    public double ValueAt(int index) => _value[Checked(index)];

    /// <summary>Replaces the value of observation <paramref name="index"/>.</summary>
    /// <param name="index">The observation, 0 … <see cref="Count"/> − 1.</param>
    /// <param name="value">The new value.</param>
    public void SetValue(int index, double value) => _value[Checked(index)] = value;

    /// <summary>The line of observation <paramref name="index"/>.</summary>
    /// <param name="index">The observation, 0 … <see cref="Count"/> − 1.</param>
    /// <returns>The 1-based line, 0 for a value not read from a file.</returns>
    public int LineAt(int index) => _line[Checked(index)];

    /// <summary>The column (header as written) of observation <paramref name="index"/>, if it has one.</summary>
    /// <param name="index">The observation, 0 … <see cref="Count"/> − 1.</param>
    /// <returns>The header, or <see langword="null"/>.</returns>
    public string? ColumnAt(int index) => _columns[_column[Checked(index)]];

    /// <summary>Removes the observations at <paramref name="indices"/> (ascending, distinct); the others keep their order.</summary>
    /// <param name="indices">The observations to remove, ascending and distinct.</param>
    public void RemoveAt(IReadOnlyList<int> indices)
    {
        ArgumentNullException.ThrowIfNull(indices);
        if (indices.Count == 0)
        {
            return;
        }

        var next = 0;
        var write = indices[0];
        for (var read = indices[0]; read < Count; read++)
        {
            if (next < indices.Count && indices[next] == read)
            {
                next++;
                continue;
            }

            _key[write] = _key[read];
            _municipality[write] = _municipality[read];
            _value[write] = _value[read];
            _file[write] = _file[read];
            _line[write] = _line[read];
            _column[write] = _column[read];
            write++;
        }

        Count = write;
    }

    /// <summary>Makes room for <paramref name="capacity"/> observations at once (instead of doubling as they come).</summary>
    /// <param name="capacity">The number of observations expected.</param>
    internal void EnsureCapacity(int capacity)
    {
        if (capacity > _capacity)
        {
            Resize(capacity);
        }
    }

    private int Checked(int index) =>
        (uint)index < (uint)Count ? index : throw new ArgumentOutOfRangeException(nameof(index), index, $"The builder holds {Count} observations.");

    private void Grow() => Resize(Math.Max(256, _capacity * 2));

    private void Resize(int size)
    {
        _key.EnsureCapacity(size);
        _municipality.EnsureCapacity(size);
        _value.EnsureCapacity(size);
        _file.EnsureCapacity(size);
        _line.EnsureCapacity(size);
        _column.EnsureCapacity(size);
        _capacity = size;
    }
}
