using Benchmark.Internal;
using Benchmark.Municipalities;

namespace Benchmark.Data;

/// <summary>Collects observations and builds an immutable, columnar <see cref="Dataset"/>.</summary>
/// <remarks>Not thread-safe. Adding is amortised O(1); <see cref="Build()"/> sorts once, in O(n) by a counting sort.</remarks>
public sealed partial class DatasetBuilder
{
    // Above this many indicator × year buckets the counting sort's table would outweigh the data: compare instead.
    private const int MaxSliceBuckets = 1 << 22;

    private readonly Dictionary<string, int> _indicatorIds = new(StringComparer.Ordinal);
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
    private readonly LineColumn _line = new();
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
            _lastIndicatorId = Id<string>(_indicatorIds, _indicators, indicator);
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
    /// <param name="release">Whether to let go of each column once copied (the builder is empty afterwards).</param>
    /// <returns>The dataset.</returns>
    public Dataset Build(bool release)
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
            () => line = Take(_line, order, release),
            () => file = Take(_file, order, release),
            () => column = Take(_column, order, release),
        ];
        if (n >= Parallelism.From && !release)
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

}
