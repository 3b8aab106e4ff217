using Benchmark.Municipalities;

namespace Benchmark.Validation.Checks;

/// <summary>
/// The row of each municipality × year in a validation run: a flat table over the code numbers 0 to the largest in the
/// data × the years (one array read per lookup) when it is small — at most <see cref="MaxDenseCells"/> cells or one per
/// observation — else a dictionary.
/// </summary>
internal sealed class RowIndex
{
    /// <summary>The cells a dense table may always have: 200 years × 10,000 codes (8 MB).</summary>
    internal const int MaxDenseCells = 2_000_000;

    private readonly int[]? _dense;
    private readonly int _codes;
    private readonly int _firstYear;
    private readonly int _lastYear;
    private readonly Dictionary<long, int>? _byKey;

    /// <summary>
    /// Creates an empty index for years <paramref name="firstYear"/> to <paramref name="lastYear"/> and code numbers up
    /// to <paramref name="maxNumber"/>, for a dataset of <paramref name="observations"/> observations.
    /// </summary>
    public RowIndex(int firstYear, int lastYear, int maxNumber, long observations)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxNumber);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxNumber, MunicipalityCode.MaxNumber);
        _firstYear = firstYear;
        _lastYear = lastYear;
        _codes = maxNumber + 1;
        var cells = ((long)lastYear - firstYear + 1) * _codes;
        if (cells <= Math.Max(MaxDenseCells, observations) && cells <= Array.MaxLength)
        {
            // Stored as row + 1, so that 0 means "no row".
            _dense = new int[cells];
        }
        else
        {
            _byKey = [];
        }
    }

    /// <summary>Whether the index is the flat table (for tests).</summary>
    internal bool IsDense => _dense is not null;

    /// <summary>The row of <paramref name="municipality"/> in <paramref name="year"/>, if it has one.</summary>
    public bool TryGet(MunicipalityCode municipality, int year, out int row)
    {
        if (_dense is null)
        {
            return _byKey!.TryGetValue(Key(municipality, year), out row);
        }

        row = year < _firstYear || year > _lastYear || municipality.Number >= _codes
            ? -1
            : _dense[((year - _firstYear) * _codes) + municipality.Number] - 1;
        return row >= 0;
    }

    /// <summary>Gives <paramref name="municipality"/> in <paramref name="year"/> the row <paramref name="row"/> (it has none yet).</summary>
    /// <exception cref="ArgumentOutOfRangeException">When the year or code lies outside the table of a dense index.</exception>
    public void Add(MunicipalityCode municipality, int year, int row)
    {
        if (_dense is null)
        {
            _byKey!.Add(Key(municipality, year), row);
        }
        else
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(year, _firstYear);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(year, _lastYear);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(municipality.Number, _codes);
            _dense[((year - _firstYear) * _codes) + municipality.Number] = row + 1;
        }
    }

    /// <summary>The year in the high 32 bits, the code number (0–99,999: 17 bits) in the low ones.</summary>
    private static long Key(MunicipalityCode municipality, int year) => ((long)year << 32) | (uint)municipality.Number;
}
