using Benchmark.Municipalities;

namespace Benchmark.Data;

/// <summary>The observations of one indicator in one year: a contiguous range of a <see cref="Dataset"/>, ordered by municipality code.</summary>
public readonly struct DatasetSlice
{
    private readonly Dataset _dataset;

    internal DatasetSlice(Dataset dataset, string indicator, int year, int start, int length)
    {
        _dataset = dataset;
        Indicator = indicator;
        Year = year;
        Start = start;
        Length = length;
    }

    /// <summary>The indicator code.</summary>
    public string Indicator { get; }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>Index of the first observation in the dataset.</summary>
    public int Start { get; }

    /// <summary>Number of observations (missing values included).</summary>
    public int Length { get; }

    /// <summary>The values; <see cref="double.NaN"/> marks a missing one.</summary>
    public ReadOnlySpan<double> Values => _dataset is null ? [] : _dataset.Values.Slice(Start, Length);

    /// <summary>The municipality of the <paramref name="i"/>-th observation of the slice (0-based).</summary>
    public MunicipalityCode MunicipalityAt(int i) => _dataset.MunicipalityAt(Start + i);

    /// <summary>The <paramref name="i"/>-th observation of the slice (0-based).</summary>
    public Observation this[int i] => _dataset[Start + i];

    /// <summary>The dataset index of the first observation of <paramref name="municipality"/>, or −1.</summary>
    public int IndexOf(MunicipalityCode municipality)
    {
        var lo = 0;
        var hi = Length - 1;
        var found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var cmp = MunicipalityAt(mid).CompareTo(municipality);
            if (cmp < 0)
            {
                lo = mid + 1;
            }
            else
            {
                if (cmp == 0)
                {
                    found = mid;
                }

                hi = mid - 1;
            }
        }

        return found < 0 ? -1 : Start + found;
    }
}
