namespace Benchmark.Data;

/// <summary>
/// A builder column of ids that is usually the same for every observation (the file, the column of a long file): it
/// stores nothing but that id until a second one appears, then one id per observation in chunks.
/// </summary>
internal sealed class IdColumn
{
    private ChunkedColumn<int>? _ids;
    private int _first = -1;
    private int _capacity;

    /// <summary>The id at <paramref name="index"/>.</summary>
    public int this[int index]
    {
        get => _ids is null ? _first : _ids[index];
        set
        {
            if (_ids is null)
            {
                if (_first < 0)
                {
                    _first = value;
                    return;
                }

                if (value == _first)
                {
                    return;
                }

                // A second id: from here on one per observation.
                _ids = new ChunkedColumn<int>();
                _ids.EnsureCapacity(_capacity);
                for (var i = 0; i < index; i++)
                {
                    _ids[i] = _first;
                }
            }

            _ids[index] = value;
        }
    }

    /// <summary>Makes room for <paramref name="count"/> ids.</summary>
    public void EnsureCapacity(int count)
    {
        _capacity = Math.Max(_capacity, count);
        _ids?.EnsureCapacity(count);
    }

    /// <summary>
    /// The ids in the order <paramref name="order"/> gives (<see langword="null"/> when every id is <paramref name="constant"/>).
    /// </summary>
    public int[]? Permuted(int[] order, out int constant)
    {
        constant = Math.Max(_first, 0);
        return _ids?.Permuted(order);
    }

    /// <summary>The ids moved to their places (see <see cref="ChunkedColumn{T}.Scatter"/>), or null with the one id they all share.</summary>
    public int[]? Scatter(int[] place, bool release, out int constant)
    {
        constant = Math.Max(_first, 0);
        var ids = _ids?.Scatter(place, release);
        if (release)
        {
            Release();
        }

        return ids;
    }

    /// <summary>Lets go of the ids; the column is empty afterwards.</summary>
    public void Release()
    {
        _ids = null;
        _first = -1;
        _capacity = 0;
    }
}
