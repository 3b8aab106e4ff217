namespace Benchmark.Data;

/// <summary>
/// A growable column of values in chunks of 64Ki: appending never copies what is there (no doubling peak), and the
/// chunks can be let go once the column has been read out.
/// </summary>
/// <remarks>Public for the importer, which holds per-value flags of a file of millions of rows in it; not thread-safe.</remarks>
/// <typeparam name="T">The value type.</typeparam>
public sealed class ChunkedColumn<T>
{
    private const int Bits = 16;
    private const int Size = 1 << Bits;
    private const int Mask = Size - 1;

    private T[]?[] _chunks = new T[]?[4];
    private int _chunkCount;

    /// <summary>The value at <paramref name="index"/>.</summary>
    /// <param name="index">The position, below the capacity made sure of with <see cref="EnsureCapacity"/>.</param>
    public T this[int index]
    {
        get => _chunks[index >> Bits]![index & Mask];
        set => _chunks[index >> Bits]![index & Mask] = value;
    }

    /// <summary>Makes sure values 0 … <paramref name="count"/> − 1 have a place.</summary>
    /// <param name="count">The number of values.</param>
    public void EnsureCapacity(int count)
    {
        if (count <= 0)
        {
            return;
        }

        // The first chunk starts small and doubles up to the full size, so that small columns stay small.
        if (_chunkCount == 0)
        {
            _chunks[0] = new T[Math.Min(Size, Math.Max(count, 256))];
            _chunkCount = 1;
        }

        var first = _chunks[0]!;
        if (first.Length < Size && count > first.Length)
        {
            Array.Resize(ref first, (int)Math.Min(Size, Math.Max(count, 2L * first.Length)));
            _chunks[0] = first;
        }

        var needed = (int)(((long)count + Size - 1) >> Bits);
        if (needed > _chunks.Length)
        {
            Array.Resize(ref _chunks, Math.Max(needed, _chunks.Length * 2));
        }

        while (_chunkCount < needed)
        {
            _chunks[_chunkCount++] = new T[Size];
        }
    }

    /// <summary>The values in the order <paramref name="order"/> gives: result[i] = this[order[i]].</summary>
    /// <param name="order">Positions in this column.</param>
    /// <returns>A new array.</returns>
    public T[] Permuted(int[] order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var result = new T[order.Length];
        for (var i = 0; i < result.Length; i++)
        {
            var k = order[i];
            result[i] = _chunks[k >> Bits]![k & Mask];
        }

        return result;
    }

    /// <summary>
    /// The values moved to their places: element <c>i</c> goes to <c>place[i]</c> (a permutation of 0 … n − 1, n =
    /// <paramref name="place"/>'s length). Reads the chunks in order; with <paramref name="release"/> each chunk is let
    /// go as soon as it is read, so that the column and its copy never take twice the memory.
    /// </summary>
    /// <param name="place">The new place of each value.</param>
    /// <param name="release">Whether to let go of each chunk once read.</param>
    /// <returns>A new array.</returns>
    public T[] Scatter(int[] place, bool release)
    {
        ArgumentNullException.ThrowIfNull(place);
        var result = new T[place.Length];
        for (var c = 0; (long)c << Bits < place.Length; c++)
        {
            var chunk = _chunks[c]!;
            var first = c << Bits;
            var count = Math.Min(chunk.Length, place.Length - first);
            var places = place.AsSpan(first, count);
            for (var k = 0; k < places.Length; k++)
            {
                result[places[k]] = chunk[k];
            }

            if (release)
            {
                _chunks[c] = null;
            }
        }

        if (release)
        {
            Release();
        }

        return result;
    }

    /// <summary>Lets go of every chunk; the column is empty afterwards.</summary>
    public void Release()
    {
        _chunks = new T[]?[4];
        _chunkCount = 0;
    }
}
