using Benchmark.Municipalities;

namespace Benchmark.Data;

/// <summary>
/// Observations held column by column: dictionary-encoded municipality ids, values and lines in contiguous arrays,
/// ordered by (indicator, year, municipality) so that every indicator × year is one slice that carries its indicator
/// and year; file and column ids per observation only when they differ (16 bytes an observation from a long file).
/// </summary>
/// <remarks>
/// A missing value is <see cref="double.NaN"/>, never zero. Build one with <see cref="DatasetBuilder"/>. The same
/// municipality × year × indicator may appear more than once in a dataset straight from a file (in file order);
/// validation keeps at most one.
/// </remarks>
public sealed class Dataset
{
    private readonly string[] _indicatorNames;
    private readonly MunicipalityCode[] _municipalityCodes;
    private readonly string?[] _fileNames;
    private readonly string?[] _columnNames;
    private readonly SliceIndex[] _slices;
    private readonly int[] _municipality;
    private readonly double[] _value;
    private readonly int[] _line;

    // The file and column ids per observation, or null when every observation has the same (a long file).
    private readonly int[]? _file;
    private readonly int _fileConstant;
    private readonly int[]? _column;
    private readonly int _columnConstant;

    /// <summary>Creates a dataset from columns in storage order; the indicator and year of an observation are those of its slice.</summary>
    internal Dataset(
        string[] indicatorNames,
        MunicipalityCode[] municipalityCodes,
        string?[] fileNames,
        string?[] columnNames,
        SliceIndex[] slices,
        int[] municipality,
        double[] value,
        int[] line,
        (int[]? Ids, int Constant) file,
        (int[]? Ids, int Constant) column)
    {
        _indicatorNames = indicatorNames;
        _municipalityCodes = municipalityCodes;
        _fileNames = fileNames;
        _columnNames = columnNames;
        _slices = slices;
        _municipality = municipality;
        _value = value;
        _line = line;
        (_file, _fileConstant) = file;
        (_column, _columnConstant) = column;
        Indicators = [.. _slices.Select(s => _indicatorNames[s.Indicator]).Distinct(StringComparer.Ordinal)];
        Years = [.. _slices.Select(s => s.Year).Distinct().Order()];
        Municipalities = PresentMunicipalities();
    }

    /// <summary>A dataset without observations.</summary>
    public static Dataset Empty { get; } = new DatasetBuilder().Build();

    /// <summary>The number of observations, missing values included.</summary>
    public int Count => _value.Length;

    /// <summary>The indicator codes that occur, in code order.</summary>
    public IReadOnlyList<string> Indicators { get; }

    /// <summary>The years that occur, ascending.</summary>
    public IReadOnlyList<int> Years { get; }

    /// <summary>The municipalities that occur, by code.</summary>
    public IReadOnlyList<MunicipalityCode> Municipalities { get; }

    /// <summary>Every (indicator, year) that has at least one observation, in storage order.</summary>
    public IEnumerable<(string Indicator, int Year)> Keys => _slices.Select(s => (_indicatorNames[s.Indicator], s.Year));

    /// <summary>The observation at <paramref name="index"/> (0-based, storage order).</summary>
    public Observation this[int index] => At(index, _slices[SliceOf(index)]);

    /// <summary>All observations in storage order (indicator, year, municipality).</summary>
    public IEnumerable<Observation> Observations
    {
        get
        {
            foreach (var slice in _slices)
            {
                for (var i = slice.Start; i < slice.Start + slice.Length; i++)
                {
                    yield return At(i, slice);
                }
            }
        }
    }

    /// <summary>The values of all observations in storage order; <see cref="double.NaN"/> marks a missing value.</summary>
    public ReadOnlySpan<double> Values => _value;

    /// <summary>The observations of one indicator in one year; an empty slice when there are none.</summary>
    public DatasetSlice Slice(string indicator, int year)
    {
        var id = Array.IndexOf(_indicatorNames, indicator);
        if (id >= 0)
        {
            var lo = 0;
            var hi = _slices.Length - 1;
            while (lo <= hi)
            {
                var mid = (lo + hi) >>> 1;
                var s = _slices[mid];
                var cmp = s.Indicator != id ? s.Indicator.CompareTo(id) : s.Year.CompareTo(year);
                if (cmp == 0)
                {
                    return new DatasetSlice(this, indicator, year, s.Start, s.Length);
                }

                if (cmp < 0)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }
        }

        return new DatasetSlice(this, indicator, year, 0, 0);
    }

    /// <summary>
    /// Looks up the value of <paramref name="indicator"/> for <paramref name="municipality"/> in <paramref name="year"/>.
    /// Returns <see langword="false"/> when there is no observation; a missing value returns <see langword="true"/> with NaN.
    /// </summary>
    public bool TryGetValue(MunicipalityCode municipality, int year, string indicator, out double value)
    {
        var index = Slice(indicator, year).IndexOf(municipality);
        value = index >= 0 ? _value[index] : double.NaN;
        return index >= 0;
    }

    /// <summary>The value, or <see cref="double.NaN"/> when there is no observation or it is missing.</summary>
    public double ValueOrNaN(MunicipalityCode municipality, int year, string indicator) =>
        TryGetValue(municipality, year, indicator, out var v) ? v : double.NaN;

    internal MunicipalityCode MunicipalityAt(int index) => _municipalityCodes[_municipality[index]];

    internal int MunicipalityIdAt(int index) => _municipality[index];

    internal int FileIdAt(int index) => _file?[index] ?? _fileConstant;

    internal int LineAt(int index) => _line[index];

    internal int ColumnIdAt(int index) => _column?[index] ?? _columnConstant;

    /// <summary>The number of ids of each dictionary: indicators, municipalities, files, columns (id 0 of files and columns is none).</summary>
    internal (int Indicators, int Municipalities, int Files, int Columns) IdCounts =>
        (_indicatorNames.Length, _municipalityCodes.Length, _fileNames.Length, _columnNames.Length);

    internal string IndicatorName(int id) => _indicatorNames[id];

    internal MunicipalityCode MunicipalityCodeOf(int id) => _municipalityCodes[id];

    internal string? FileName(int id) => _fileNames[id];

    internal string? ColumnName(int id) => _columnNames[id];

    internal int YearAt(int index) => _slices[SliceOf(index)].Year;

    internal int IndicatorIdAt(int index) => _slices[SliceOf(index)].Indicator;

    internal string IndicatorAt(int index) => _indicatorNames[IndicatorIdAt(index)];

    private Observation At(int index, SliceIndex slice) => new(
        _municipalityCodes[_municipality[index]],
        slice.Year,
        _indicatorNames[slice.Indicator],
        _value[index],
        new SourceLocation(_fileNames[FileIdAt(index)], _line[index], _columnNames[ColumnIdAt(index)]));

    /// <summary>The position in <see cref="_slices"/> of the slice that holds observation <paramref name="index"/>.</summary>
    private int SliceOf(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        var lo = 0;
        var hi = _slices.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >>> 1;
            if (_slices[mid].Start <= index)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    private MunicipalityCode[] PresentMunicipalities()
    {
        var present = new bool[_municipalityCodes.Length];
        foreach (var id in _municipality)
        {
            present[id] = true;
        }

        return [.. _municipalityCodes.Where((_, id) => present[id]).Order()];
    }

    /// <summary>One indicator × year: where its observations start in storage order and how many there are.</summary>
    internal readonly record struct SliceIndex(int Indicator, int Year, int Start, int Length);
}
