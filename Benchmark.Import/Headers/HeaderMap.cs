namespace Benchmark.Import.Headers;

/// <summary>The columns of a header with their roles; the first column of each role or figure keeps it.</summary>
internal sealed class HeaderMap
{
    private readonly Dictionary<ColumnRole, int> _keys;

    public HeaderMap(IReadOnlyList<HeaderColumn> columns)
    {
        Columns = columns;
        _keys = [];
        foreach (var c in columns)
        {
            if (c.Role is not (ColumnRole.Figure or ColumnRole.Unknown or ColumnRole.Empty or ColumnRole.Duplicate))
            {
                _keys.TryAdd(c.Role, c.Index);
            }
        }

        Figures = [.. columns.Where(c => c.Role == ColumnRole.Figure)];
    }

    /// <summary>All columns, in file order.</summary>
    public IReadOnlyList<HeaderColumn> Columns { get; }

    /// <summary>The number of columns.</summary>
    public int Count => Columns.Count;

    /// <summary>The figure columns, in file order.</summary>
    public IReadOnlyList<HeaderColumn> Figures { get; }

    /// <summary>The index of the column with <paramref name="role"/>, or −1.</summary>
    public int IndexOf(ColumnRole role) => _keys.GetValueOrDefault(role, -1);

    /// <summary>Whether a column has <paramref name="role"/>.</summary>
    public bool Has(ColumnRole role) => _keys.ContainsKey(role);

    /// <summary>The header of column <paramref name="index"/>.</summary>
    public string HeaderOf(int index) => Columns[index].Header;
}
