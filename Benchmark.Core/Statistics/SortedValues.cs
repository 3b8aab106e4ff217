namespace Benchmark.Statistics;

/// <summary>
/// Copies the non-missing (finite) values of a span into a sorted array of exactly that length, reusing one array per thread.
/// </summary>
/// <remarks>
/// MathNet's <c>SortedArrayStatistics</c> reads <c>data.Length</c>, so a pooled array (which may be longer) cannot be
/// passed to it; an exact-length array cached per thread avoids an allocation whenever consecutive calls on a thread
/// have the same count (the usual case: the same peer group for indicator after indicator).
/// </remarks>
internal static class SortedValues
{
    [ThreadStatic]
    private static double[]? _scratch;

    /// <summary>
    /// Returns the finite values of <paramref name="values"/> sorted ascending, in a per-thread scratch array of exactly
    /// their count, and how many missing values (NaN or ±∞) were left out.
    /// </summary>
    /// <remarks>
    /// The array is overwritten by the next call on the same thread: use it and let go of it before calling again, and
    /// never hand it out.
    /// </remarks>
    public static double[] SortPresent(ReadOnlySpan<double> values, out int missing)
    {
        var present = 0;
        foreach (var value in values)
        {
            if (double.IsFinite(value))
            {
                present++;
            }
        }

        missing = values.Length - present;
        var buffer = _scratch;
        if (buffer is null || buffer.Length != present)
        {
            buffer = present == 0 ? [] : new double[present];
            _scratch = buffer;
        }

        var next = 0;
        foreach (var value in values)
        {
            if (double.IsFinite(value))
            {
                buffer[next++] = value;
            }
        }

        buffer.AsSpan().Sort();
        return buffer;
    }
}
