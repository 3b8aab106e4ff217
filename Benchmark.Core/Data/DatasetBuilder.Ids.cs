namespace Benchmark.Data;

/// <content>The ids of names, codes and (indicator, year) keys, and the ranks that order them.</content>
public sealed partial class DatasetBuilder
{
    /// <summary>
    /// The id of the (indicator, year) pair. Each indicator's last pair is checked first: a long file cycles through the
    /// indicators within a year, a wide one through the years of a municipality.
    /// </summary>
    private int KeyOf(int indicator, int year)
    {
        if (indicator < _lastKeyOfIndicator.Length && _lastYearOfIndicator[indicator] == year && _lastKeyOfIndicator[indicator] >= 0)
        {
            return _lastKeyOfIndicator[indicator];
        }

        if (!_keyIds.TryGetValue((indicator, year), out var key))
        {
            key = _keys.Count;
            _keyIds.Add((indicator, year), key);
            _keys.Add((indicator, year));
        }

        if (indicator >= _lastKeyOfIndicator.Length)
        {
            var size = Math.Max(indicator + 1, 2 * _lastKeyOfIndicator.Length);
            var old = _lastKeyOfIndicator.Length;
            Array.Resize(ref _lastKeyOfIndicator, size);
            Array.Resize(ref _lastYearOfIndicator, size);
            Array.Fill(_lastKeyOfIndicator, -1, old, size - old);
        }

        _lastKeyOfIndicator[indicator] = key;
        _lastYearOfIndicator[indicator] = year;
        return key;
    }

    /// <summary>Which (indicator, year) keys observations still have (removing observations can leave a key unused).</summary>
    private bool[] UsedKeys()
    {
        var used = new bool[_keys.Count];
        for (var i = 0; i < Count; i++)
        {
            used[_key[i]] = true;
        }

        return used;
    }

    /// <summary>The distinct years of the keys in use, ascending.</summary>
    private int[] DistinctYears(bool[] used)
    {
        var years = new SortedSet<int>();
        for (var k = 0; k < used.Length; k++)
        {
            if (used[k])
            {
                years.Add(_keys[k].Year);
            }
        }

        return [.. years];
    }

    /// <summary>The rank of a year among <paramref name="years"/> (ascending, distinct).</summary>
    private static Func<int, int> YearRank(int[] years)
    {
        if (years.Length > 0 && (long)years[^1] - years[0] < 4096)
        {
            var min = years[0];
            var dense = new int[years[^1] - min + 1];
            for (var r = 0; r < years.Length; r++)
            {
                dense[years[r] - min] = r;
            }

            return y => dense[y - min];
        }

        var map = new Dictionary<int, int>();
        foreach (var y in years)
        {
            map.Add(y, map.Count);
        }

        return y => map[y];
    }

    private static int Id(Dictionary<string, int> ids, List<string?> values, string value)
    {
        if (!ids.TryGetValue(value, out var id))
        {
            id = values.Count;
            ids.Add(value, id);
            values.Add(value);
        }

        return id;
    }

    private static int Id<T>(Dictionary<T, int> ids, List<T> values, T value)
        where T : notnull
    {
        if (!ids.TryGetValue(value, out var id))
        {
            id = values.Count;
            ids.Add(value, id);
            values.Add(value);
        }

        return id;
    }

    private static int[] RankOf<T>(List<T> values, IComparer<T> comparer)
    {
        var sorted = Enumerable.Range(0, values.Count).OrderBy(i => values[i], comparer).ToArray();
        var rank = new int[values.Count];
        for (var r = 0; r < sorted.Length; r++)
        {
            rank[sorted[r]] = r;
        }

        return rank;
    }
}
