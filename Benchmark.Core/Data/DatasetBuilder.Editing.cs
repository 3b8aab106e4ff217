namespace Benchmark.Data;

/// <content>What the importer does to observations before the build (values held for the decimal decision), and capacity.</content>
public sealed partial class DatasetBuilder
{
    /// <summary>The value of observation <paramref name="index"/> (in the order added).</summary>
    internal double ValueAt(int index) => _value[index];

    /// <summary>Replaces the value of observation <paramref name="index"/>.</summary>
    internal void SetValue(int index, double value) => _value[index] = value;

    /// <summary>The line of observation <paramref name="index"/>.</summary>
    internal int LineAt(int index) => _line[index];

    /// <summary>The column (header as written) of observation <paramref name="index"/>, if it has one.</summary>
    internal string? ColumnAt(int index) => _columns[_column[index]];

    /// <summary>Removes the observations at <paramref name="indices"/> (ascending, distinct); the others keep their order.</summary>
    internal void RemoveAt(IReadOnlyList<int> indices)
    {
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
    internal void EnsureCapacity(int capacity)
    {
        if (capacity > _capacity)
        {
            Resize(capacity);
        }
    }

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
