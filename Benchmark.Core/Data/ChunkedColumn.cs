namespace Benchmark.Data;

/// <summary>
/// A growable column of values in chunks of 64Ki: appending never copies what is there (no doubling peak), and the
/// chunks can be let go once the column has been read out.
/// </summary>
internal sealed class ChunkedColumn<T>
{
    private const int Bits = 16;
    private const int Size = 1 << Bits;
    private const int Mask = Size - 1;

    private T[]?[] _chunks = new T[]?[4];
    private int _chunkCount;

    /// <summary>The value at <paramref name="index"/>.</summary>
    public T this[int index]
    {
        get => _chunks[index >> Bits]![index & Mask];
        set => _chunks[index >> Bits]![index & Mask] = value;
    }

    /// <summary>Makes sure values 0 … <paramref name="count"/> − 1 have a place.</summary>
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
    public T[] Permuted(int[] order)
    {
        var result = new T[order.Length];
        for (var i = 0; i < result.Length; i++)
        {
            var k = order[i];
            result[i] = _chunks[k >> Bits]![k & Mask];
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
