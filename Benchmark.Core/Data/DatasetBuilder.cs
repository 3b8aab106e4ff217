using Benchmark.Municipalities;

namespace Benchmark.Data;

/// <summary>Collects observations and builds an immutable, columnar <see cref="Dataset"/>.</summary>
/// <remarks>Not thread-safe. Adding is amortised O(1); <see cref="Build"/> sorts once, O(n log n).</remarks>
public sealed class DatasetBuilder
{
    private readonly Dictionary<string, int> _indicatorIds = new(StringComparer.Ordinal);
    private readonly Dictionary<MunicipalityCode, int> _municipalityIds = [];
    private readonly Dictionary<string, int> _fileIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _columnIds = new(StringComparer.Ordinal);
    private readonly List<string> _indicators = [];
    private readonly List<MunicipalityCode> _municipalities = [];
    private readonly List<string?> _files = [null];
    private readonly List<string?> _columns = [null];
    private int[] _indicator = new int[256];
    private int[] _municipality = new int[256];
    private int[] _year = new int[256];
    private double[] _value = new double[256];
    private int[] _file = new int[256];
    private int[] _line = new int[256];
    private int[] _column = new int[256];

    /// <summary>The number of observations added so far.</summary>
    public int Count { get; private set; }

    /// <summary>Adds one observation.</summary>
    /// <param name="municipality">The municipality.</param>
    /// <param name="year">The year.</param>
    /// <param name="indicator">The indicator code.</param>
    /// <param name="value">The value; NaN for a missing one.</param>
    /// <param name="source">Where it was read.</param>
    /// <exception cref="ArgumentException">When <paramref name="indicator"/> is empty.</exception>
    public DatasetBuilder Add(MunicipalityCode municipality, int year, string indicator, double value, SourceLocation source = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(indicator);
        if (Count == _value.Length)
        {
            Grow();
        }

        var i = Count++;
        _indicator[i] = Id<string>(_indicatorIds, _indicators, indicator);
        _municipality[i] = Id(_municipalityIds, _municipalities, municipality);
        _year[i] = year;
        _value[i] = value;
        _file[i] = source.File is null ? 0 : Id(_fileIds, _files, source.File);
        _line[i] = source.Line;
        _column[i] = source.Column is null ? 0 : Id(_columnIds, _columns, source.Column);
        return this;
    }

    /// <summary>Adds one observation.</summary>
    public DatasetBuilder Add(Observation observation) =>
        Add(observation.Municipality, observation.Year, observation.Indicator, observation.Value, observation.Source);

    /// <summary>Adds every observation of <paramref name="dataset"/>.</summary>
    public DatasetBuilder AddRange(Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        for (var i = 0; i < dataset.Count; i++)
        {
            Add(dataset[i]);
        }

        return this;
    }

    /// <summary>Adds observations.</summary>
    public DatasetBuilder AddRange(IEnumerable<Observation> observations)
    {
        ArgumentNullException.ThrowIfNull(observations);
        foreach (var o in observations)
        {
            Add(o);
        }

        return this;
    }

    /// <summary>
    /// Builds the dataset, ordered by (indicator code, year, municipality code); observations with the same key keep the
    /// order in which they were added.
    /// </summary>
    public Dataset Build()
    {
        var n = Count;
        var indicatorRank = RankOf(_indicators, StringComparer.Ordinal);
        var municipalityRank = RankOf(_municipalities, Comparer<MunicipalityCode>.Default);
        var order = new int[n];
        var keys = new (int Indicator, int Year, int Municipality, int Index)[n];
        for (var i = 0; i < n; i++)
        {
            keys[i] = (indicatorRank[_indicator[i]], _year[i], municipalityRank[_municipality[i]], i);
        }

        Array.Sort(keys);
        for (var i = 0; i < n; i++)
        {
            order[i] = keys[i].Index;
        }

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

        return new Dataset(
            indicatorNames,
            municipalityCodes,
            [.. _files],
            [.. _columns],
            Permute(_indicator, order, indicatorRank),
            Permute(_municipality, order, municipalityRank),
            Permute(_year, order, null),
            Permute(_value, order),
            Permute(_file, order, null),
            Permute(_line, order, null),
            Permute(_column, order, null));
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

    private static int[] Permute(int[] source, int[] order, int[]? map)
    {
        var result = new int[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            var v = source[order[i]];
            result[i] = map is null ? v : map[v];
        }

        return result;
    }

    private static double[] Permute(double[] source, int[] order)
    {
        var result = new double[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            result[i] = source[order[i]];
        }

        return result;
    }

    private void Grow()
    {
        var size = _value.Length * 2;
        Array.Resize(ref _indicator, size);
        Array.Resize(ref _municipality, size);
        Array.Resize(ref _year, size);
        Array.Resize(ref _value, size);
        Array.Resize(ref _file, size);
        Array.Resize(ref _line, size);
        Array.Resize(ref _column, size);
    }
}
