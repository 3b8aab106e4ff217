using Benchmark.Internal;
using Benchmark.Municipalities;

namespace Benchmark.Data;

/// <content>
/// The usual build: one stable counting sort by (indicator, year) gives each observation its place, and each column is
/// scattered there while it is read in the order of adding — reading memory in order, writing one stream per slice —
/// instead of gathered through a permutation (a cache miss per observation and column).
/// </content>
public sealed partial class DatasetBuilder
{
    private Dataset BuildBySlice(bool release, int[] indicatorRank, int[] municipalityRank, int[] years, bool[] used)
    {
        var n = Count;
        var (place, slices) = PlaceBySlice(n, indicatorRank, years, used);
        if (release)
        {
            // Indicator and year are per slice from here on.
            _key.Release();
        }

        // Files mostly list municipalities in code order, so most slices are in order; the others are sorted by
        // municipality, then order of adding: together the order of a stable sort by (indicator, year, municipality).
        var municipality = Scatter(_municipality, place, municipalityRank, release);
        var reordered = new List<(int Start, int[] From)>();
        foreach (var slice in slices)
        {
            if (SortByMunicipality(municipality, slice.Start, slice.Start + slice.Length) is { } from)
            {
                reordered.Add((slice.Start, from));
            }
        }

        LargeDataMemory.Release(release ? n : 0);
        var value = Reorder(_value.Scatter(place, release), reordered);
        LargeDataMemory.Release(release ? n : 0);
        var line = Reorder(_line.Scatter(place, release), reordered);
        LargeDataMemory.Release(release ? n : 0);
        var file = Scatter(_file, place, reordered, release);
        var column = Scatter(_column, place, reordered, release);
        if (release)
        {
            Count = 0;
            _capacity = 0;
        }

        var (indicatorNames, municipalityCodes) = Names(indicatorRank, municipalityRank);
        return new Dataset(indicatorNames, municipalityCodes, [.. _files], [.. _columns], slices, municipality, value, line, file, column);
    }

    /// <summary>
    /// A stable counting sort of the observations by (indicator rank, year): each observation's place, and the slices
    /// with observations.
    /// </summary>
    private (int[] Place, Dataset.SliceIndex[] Slices) PlaceBySlice(int n, int[] indicatorRank, int[] years, bool[] used)
    {
        var yearCount = years.Length;
        var yearRank = YearRank(years);
        var bucket = new int[_keys.Count];
        for (var k = 0; k < bucket.Length; k++)
        {
            bucket[k] = used[k] ? (indicatorRank[_keys[k].Indicator] * yearCount) + yearRank(_keys[k].Year) : -1;
        }

        var start = new int[(indicatorRank.Length * yearCount) + 1];
        for (var i = 0; i < n; i++)
        {
            start[bucket[_key[i]] + 1]++;
        }

        var slices = new List<Dataset.SliceIndex>();
        for (var b = 0; b < start.Length - 1; b++)
        {
            if (start[b + 1] > 0)
            {
                slices.Add(new Dataset.SliceIndex(b / yearCount, years[b % yearCount], start[b], start[b + 1]));
            }

            start[b + 1] += start[b];
        }

        var place = new int[n];
        for (var i = 0; i < n; i++)
        {
            place[i] = start[bucket[_key[i]]]++;
        }

        return (place, [.. slices]);
    }

    /// <summary>
    /// Sorts the municipalities of places start … end − 1 by rank, then by place (the order of adding), unless they are
    /// in that order already; returns where each place's observation came from within the range, or null.
    /// </summary>
    private static int[]? SortByMunicipality(int[] municipality, int start, int end)
    {
        var sorted = true;
        for (var p = start + 1; p < end && sorted; p++)
        {
            sorted = municipality[p - 1] <= municipality[p];
        }

        if (sorted)
        {
            return null;
        }

        var keys = new long[end - start];
        for (var p = start; p < end; p++)
        {
            keys[p - start] = ((long)municipality[p] << 32) | (uint)(p - start);
        }

        Array.Sort(keys);
        var from = new int[keys.Length];
        for (var k = 0; k < keys.Length; k++)
        {
            from[k] = (int)(uint)keys[k];
            municipality[start + k] = (int)(keys[k] >> 32);
        }

        return from;
    }

    /// <summary>Applies the reorderings of the slices that were not in municipality order to a column.</summary>
    private static T[] Reorder<T>(T[] column, List<(int Start, int[] From)> reordered)
    {
        foreach (var (start, from) in reordered)
        {
            var copy = column.AsSpan(start, from.Length).ToArray();
            for (var k = 0; k < from.Length; k++)
            {
                column[start + k] = copy[from[k]];
            }
        }

        return column;
    }

    private static int[] Scatter(ChunkedColumn<int> source, int[] place, int[]? map, bool release)
    {
        var result = source.Scatter(place, release);
        if (map is not null)
        {
            for (var i = 0; i < result.Length; i++)
            {
                result[i] = map[result[i]];
            }
        }

        return result;
    }

    private static (int[]? Ids, int Constant) Scatter(IdColumn source, int[] place, List<(int Start, int[] From)> reordered, bool release)
    {
        var ids = source.Scatter(place, release, out var constant);
        return (ids is null ? null : Reorder(ids, reordered), constant);
    }

    /// <summary>The indicator codes and municipality codes by rank.</summary>
    private (string[] Indicators, MunicipalityCode[] Municipalities) Names(int[] indicatorRank, int[] municipalityRank)
    {
        var indicatorNames = new string[_indicators.Count];
        for (var i = 0; i < indicatorNames.Length; i++)
        {
            indicatorNames[indicatorRank[i]] = _indicators[i];
        }

        var municipalityCodes = new MunicipalityCode[_municipalities.Count];
        for (var i = 0; i < municipalityCodes.Length; i++)
        {
            municipalityCodes[municipalityRank[i]] = _municipalities[i];
        }

        return (indicatorNames, municipalityCodes);
    }
}
