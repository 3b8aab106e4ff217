using Benchmark.Internal;
using Benchmark.Municipalities;

namespace Benchmark.Data;

/// <summary>Collects observations and builds an immutable, columnar <see cref="Dataset"/>.</summary>
/// <remarks>Not thread-safe. Adding is amortised O(1); <see cref="Build()"/> sorts once, in O(n) by a counting sort.</remarks>
public sealed partial class DatasetBuilder
{
    // Above this many indicator × year buckets the counting sort's table would outweigh the data: compare instead.
    private const int MaxSliceBuckets = 1 << 22;

    // The most indicator string instances remembered by reference (callers that make a new string each time stop there).
    private const int MaxInstanceIds = 1024;

    // From this many observations Build gathers its columns on every core.
    private const int ParallelGatherFrom = 1 << 20;

    private readonly Dictionary<string, int> _indicatorIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _indicatorIdByInstance = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<MunicipalityCode, int> _municipalityIds = [];
    private readonly Dictionary<string, int> _fileIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _columnIds = new(StringComparer.Ordinal);
    private readonly List<string> _indicators = [];
    private readonly List<MunicipalityCode> _municipalities = [];
    private readonly List<string?> _files = [null];
    private readonly List<string?> _columns = [null];
    // Indicator and year of each observation as one id of their pair: 4 bytes an observation instead of 8.
    private readonly ChunkedColumn<int> _key = new();
    private readonly List<(int Indicator, int Year)> _keys = [];
    private readonly Dictionary<(int Indicator, int Year), int> _keyIds = [];
    private readonly ChunkedColumn<int> _municipality = new();
    private readonly ChunkedColumn<double> _value = new();
    private readonly IdColumn _file = new();
    private readonly ChunkedColumn<int> _line = new();
    private readonly IdColumn _column = new();
    private int _capacity;

    // The ids of the last names added: consecutive observations mostly share them (same file, column, municipality).
    private string? _lastIndicator;
    private int _lastIndicatorId;
    private MunicipalityCode _lastMunicipality;
    private int _lastMunicipalityId = -1;
    private string? _lastFile;
    private int _lastFileId;
    private string? _lastColumn;
    private int _lastColumnId;
    private int[] _lastKeyOfIndicator = [];
    private int[] _lastYearOfIndicator = [];

    // Id maps of the dataset AddFrom copies from.
    private Dataset? _copySource;
    private int[] _copyIndicator = [];
    private int[] _copyMunicipality = [];
    private int[] _copyFile = [];
    private int[] _copyColumn = [];

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
        if (Count == _capacity)
        {
            Grow();
        }

        var i = Count++;
        if (!ReferenceEquals(indicator, _lastIndicator))
        {
            // A long file changes the indicator on every row, with the same few string instances (catalogue codes).
            if (!_indicatorIdByInstance.TryGetValue(indicator, out _lastIndicatorId))
            {
                _lastIndicatorId = Id<string>(_indicatorIds, _indicators, indicator);
                if (_indicatorIdByInstance.Count < MaxInstanceIds)
                {
                    _indicatorIdByInstance.Add(indicator, _lastIndicatorId);
                }
            }

            _lastIndicator = indicator;
        }

        if (municipality != _lastMunicipality || _lastMunicipalityId < 0)
        {
            _lastMunicipalityId = Id(_municipalityIds, _municipalities, municipality);
            _lastMunicipality = municipality;
        }

        _key[i] = KeyOf(_lastIndicatorId, year);
        _municipality[i] = _lastMunicipalityId;
        _value[i] = value;
        _file[i] = source.File is null ? 0 : ReferenceEquals(source.File, _lastFile) ? _lastFileId : (_lastFileId = Id(_fileIds, _files, _lastFile = source.File));
        _line[i] = source.Line;
        _column[i] = source.Column is null ? 0 : ReferenceEquals(source.Column, _lastColumn) ? _lastColumnId : (_lastColumnId = Id(_columnIds, _columns, _lastColumn = source.Column));
        return this;
    }

    /// <summary>Adds observation <paramref name="index"/> of <paramref name="source"/>, mapping its ids instead of looking names up.</summary>
    internal DatasetBuilder AddFrom(Dataset source, int index)
    {
        if (!ReferenceEquals(source, _copySource))
        {
            var (indicators, municipalities, files, columns) = source.IdCounts;
            _copySource = source;
            _copyIndicator = Unmapped(indicators);
            _copyMunicipality = Unmapped(municipalities);
            _copyFile = Unmapped(files);
            _copyColumn = Unmapped(columns);
        }

        if (Count == _capacity)
        {
            Grow();
        }

        var i = Count++;
        var indicator = source.IndicatorIdAt(index);
        if (_copyIndicator[indicator] < 0)
        {
            _copyIndicator[indicator] = Id<string>(_indicatorIds, _indicators, source.IndicatorName(indicator));
        }

        var municipality = source.MunicipalityIdAt(index);
        if (_copyMunicipality[municipality] < 0)
        {
            _copyMunicipality[municipality] = Id(_municipalityIds, _municipalities, source.MunicipalityCodeOf(municipality));
        }

        var file = source.FileIdAt(index);
        if (_copyFile[file] < 0)
        {
            _copyFile[file] = source.FileName(file) is { } f ? Id(_fileIds, _files, f) : 0;
        }

        var column = source.ColumnIdAt(index);
        if (_copyColumn[column] < 0)
        {
            _copyColumn[column] = source.ColumnName(column) is { } c ? Id(_columnIds, _columns, c) : 0;
        }

        _key[i] = KeyOf(_copyIndicator[indicator], source.YearAt(index));
        _municipality[i] = _copyMunicipality[municipality];
        _value[i] = source.Values[index];
        _file[i] = _copyFile[file];
        _line[i] = source.LineAt(index);
        _column[i] = _copyColumn[column];
        return this;

        static int[] Unmapped(int length)
        {
            var map = new int[length];
            Array.Fill(map, -1);
            return map;
        }
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
            AddFrom(dataset, i);
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
    public Dataset Build() => Build(release: false);

    /// <summary>
    /// Builds the dataset; with <paramref name="release"/> the builder lets go of each column as soon as it is copied
    /// (less memory at the peak) and is empty afterwards — for callers that build once and drop the builder.
    /// </summary>
    internal Dataset Build(bool release)
    {
        var n = Count;
        var indicatorRank = RankOf(_indicators, StringComparer.Ordinal);
        var municipalityRank = RankOf(_municipalities, Comparer<MunicipalityCode>.Default);
        var used = UsedKeys();
        var years = DistinctYears(used);
        if ((long)indicatorRank.Length * years.Length <= MaxSliceBuckets)
        {
            return BuildBySlice(release, indicatorRank, municipalityRank, years, used);
        }

        var order = SortByTuple(n, indicatorRank, municipalityRank);
        var slices = Slices(order, indicatorRank);
        var municipality = Take(_municipality, order, municipalityRank, release);

        if (release)
        {
            // Indicator and year are per slice from here on.
            _key.Release();
            LargeDataMemory.Release(n);
        }

        var (indicatorNames, municipalityCodes) = Names(indicatorRank, municipalityRank);

        // The other columns are gathered independently of each other: on every core for large data, unless the builder
        // lets go of each column as it is copied (then one after the other, so that only one column is held twice).
        double[] value = [];
        int[] line = [];
        (int[]? Ids, int Constant) file = default, column = default;
        Action[] gathers =
        [
            () => value = Take(_value, order, release),
            () => line = Take(_line, order, null, release),
            () => file = Take(_file, order, release),
            () => column = Take(_column, order, release),
        ];
        if (n >= ParallelGatherFrom && !release)
        {
            Parallel.Invoke(gathers);
        }
        else
        {
            foreach (var gather in gathers)
            {
                gather();
                if (release)
                {
                    // The column's chunks are garbage now: give them back before the next column is gathered.
                    LargeDataMemory.Release(n);
                }
            }
        }

        if (release)
        {
            Count = 0;
            _capacity = 0;
        }

        return new Dataset(indicatorNames, municipalityCodes, [.. _files], [.. _columns], slices, municipality, value, line, file, column);
    }

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

    private static double[] Take(ChunkedColumn<double> source, int[] order, bool release)
    {
        var result = source.Permuted(order);
        if (release)
        {
            source.Release();
        }

        return result;
    }

    /// <summary>The value of observation <paramref name="index"/> (in the order added).</summary>
    internal double ValueAt(int index) => _value[index];

    /// <summary>Replaces the value of observation <paramref name="index"/>.</summary>
    internal void SetValue(int index, double value) => _value[index] = value;

    /// <summary>The line of observation <paramref name="index"/>.</summary>
    internal int LineAt(int index) => _line[index];

    /// <summary>The column (header as written) of observation <paramref name="index"/>, if it has one.</summary>
    internal string? ColumnAt(int index) => _columns[_column[index]];

    /// <summary>Removes the observations at <paramref name="indices"/> (ascending, distinct); the others keep their order.</summary>
    internal void RemoveAt(IReadOnlyList<int> indices)
    {
        if (indices.Count == 0)
        {
            return;
        }

        var next = 0;
        var write = indices[0];
        for (var read = indices[0]; read < Count; read++)
        {
            if (next < indices.Count && indices[next] == read)
            {
                next++;
                continue;
            }

            _key[write] = _key[read];
            _municipality[write] = _municipality[read];
            _value[write] = _value[read];
            _file[write] = _file[read];
            _line[write] = _line[read];
            _column[write] = _column[read];
            write++;
        }

        Count = write;
    }

    /// <summary>Makes room for <paramref name="capacity"/> observations at once (instead of doubling as they come).</summary>
    internal void EnsureCapacity(int capacity)
    {
        if (capacity > _capacity)
        {
            Resize(capacity);
        }
    }

    private void Grow() => Resize(Math.Max(256, _capacity * 2));

    private void Resize(int size)
    {
        _key.EnsureCapacity(size);
        _municipality.EnsureCapacity(size);
        _value.EnsureCapacity(size);
        _file.EnsureCapacity(size);
        _line.EnsureCapacity(size);
        _column.EnsureCapacity(size);
        _capacity = size;
    }
}
