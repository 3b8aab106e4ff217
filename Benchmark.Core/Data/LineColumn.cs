namespace Benchmark.Data;

/// <summary>
/// The line numbers of a <see cref="DatasetBuilder"/>'s observations in 2 bytes each: per chunk of 32,768 observations
/// the first line written, and each line as its offset from it. Observations come in file order, so a chunk's lines
/// span little more than its observations (a long file) or far less (a wide one); a chunk whose lines do not fit
/// (more than 65,535 lines from its base, or below it) holds plain 4-byte lines instead.
/// </summary>
internal sealed class LineColumn
{
    private const int Bits = 15;
    private const int Size = 1 << Bits;
    private const int Mask = Size - 1;

    private ushort[]?[] _offsets = [];
    private int[]?[] _wide = [];
    private int[] _base = [];
    private bool[] _based = [];
    private int _chunkCount;

    /// <summary>The line of observation <paramref name="index"/>.</summary>
    public int this[int index]
    {
        get
        {
            var c = index >> Bits;
            return _wide[c] is { } wide ? wide[index & Mask] : _base[c] + _offsets[c]![index & Mask];
        }

        set
        {
            var c = index >> Bits;
            if (_wide[c] is { } wide)
            {
                wide[index & Mask] = value;
                return;
            }

            if (!_based[c])
            {
                _base[c] = value;
                _based[c] = true;
            }

            var offset = (long)value - _base[c];
            if (offset is >= 0 and <= ushort.MaxValue)
            {
                _offsets[c]![index & Mask] = (ushort)offset;
                return;
            }

            Widen(c)[index & Mask] = value;
        }
    }

    /// <summary>Makes room for <paramref name="count"/> observations.</summary>
    public void EnsureCapacity(int count)
    {
        var needed = (int)(((long)count + Size - 1) >> Bits);
        if (needed > _offsets.Length)
        {
            var size = Math.Max(needed, _offsets.Length * 2);
            Array.Resize(ref _offsets, size);
            Array.Resize(ref _wide, size);
            Array.Resize(ref _base, size);
            Array.Resize(ref _based, size);
        }

        while (_chunkCount < needed)
        {
            _offsets[_chunkCount++] = new ushort[Size];
        }
    }

    /// <summary>
    /// The lines moved to their places: observation <c>i</c>'s goes to <c>place[i]</c> (see
    /// <see cref="ChunkedColumn{T}.Scatter"/>); with <paramref name="release"/> each chunk is let go once read.
    /// </summary>
    public int[] Scatter(int[] place, bool release)
    {
        var result = new int[place.Length];
        for (var c = 0; (long)c << Bits < place.Length; c++)
        {
            var first = c << Bits;
            var places = place.AsSpan(first, Math.Min(Size, place.Length - first));
            if (_wide[c] is { } wide)
            {
                for (var k = 0; k < places.Length; k++)
                {
                    result[places[k]] = wide[k];
                }
            }
            else
            {
                var offsets = _offsets[c]!;
                var lineBase = _base[c];
                for (var k = 0; k < places.Length; k++)
                {
                    result[places[k]] = lineBase + offsets[k];
                }
            }

            if (release)
            {
                _offsets[c] = null;
                _wide[c] = null;
            }
        }

        if (release)
        {
            Release();
        }

        return result;
    }

    /// <summary>The lines in the order given by <paramref name="order"/> (observation <c>order[i]</c> at <c>i</c>).</summary>
    public int[] Permuted(int[] order)
    {
        var result = new int[order.Length];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = this[order[i]];
        }

        return result;
    }

    /// <summary>Lets go of every chunk.</summary>
    public void Release()
    {
        _offsets = [];
        _wide = [];
        _base = [];
        _based = [];
        _chunkCount = 0;
    }

    /// <summary>Turns chunk <paramref name="c"/> into plain 4-byte lines.</summary>
    private int[] Widen(int c)
    {
        var offsets = _offsets[c]!;
        var wide = new int[Size];
        for (var k = 0; k < Size; k++)
        {
            wide[k] = _base[c] + offsets[k];
        }

        _wide[c] = wide;
        _offsets[c] = null;
        return wide;
    }
}
