namespace Benchmark.Data;

/// <content>The build for very many indicator × year slices: a comparison sort of tuples, then gathering each column.</content>
public sealed partial class DatasetBuilder
{
    /// <summary>A comparison sort of (indicator, year, municipality, index) tuples, for very many indicator × year slices.</summary>
    private int[] SortByTuple(int n, int[] indicatorRank, int[] municipalityRank)
    {
        var keys = new (int Indicator, int Year, int Municipality, int Index)[n];
        for (var i = 0; i < n; i++)
        {
            var (indicator, year) = _keys[_key[i]];
            keys[i] = (indicatorRank[indicator], year, municipalityRank[_municipality[i]], i);
        }

        Array.Sort(keys);
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = keys[i].Index;
        }

        return order;
    }

    private static int[] Take(ChunkedColumn<int> source, int[] order, int[]? map, bool release)
    {
        var result = source.Permuted(order);
        if (release)
        {
            source.Release();
        }

        if (map is not null)
        {
            for (var i = 0; i < result.Length; i++)
            {
                result[i] = map[result[i]];
            }
        }

        return result;
    }

    private static (int[]? Ids, int Constant) Take(IdColumn source, int[] order, bool release)
    {
        var ids = source.Permuted(order, out var constant);
        if (release)
        {
            source.Release();
        }

        return (ids, constant);
    }

    /// <summary>The (indicator, year) slices of the observations in <paramref name="order"/>.</summary>
    private Dataset.SliceIndex[] Slices(int[] order, int[] indicatorRank)
    {
        var slices = new List<Dataset.SliceIndex>();
        var start = 0;
        for (var i = 1; i <= order.Length; i++)
        {
            if (i == order.Length || _key[order[i]] != _key[order[start]])
            {
                var (indicator, year) = _keys[_key[order[start]]];
                slices.Add(new Dataset.SliceIndex(indicatorRank[indicator], year, start, i - start));
                start = i;
            }
        }

        return [.. slices];
    }

    private static int[] Take(LineColumn source, int[] order, bool release)
    {
        var result = source.Permuted(order);
        if (release)
        {
            source.Release();
        }

        return result;
    }

    private static double[] Take(ChunkedColumn<double> source, int[] order, bool release)
    {
        var result = source.Permuted(order);
        if (release)
        {
            source.Release();
        }

        return result;
    }
}
