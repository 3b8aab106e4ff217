using Benchmark.Municipalities;

namespace Benchmark.Validation.Checks;

/// <summary>
/// The row of each municipality × year in a validation run: a flat table over codes 0–9999 × the years when they span
/// at most 200 years (one array read per lookup), else a dictionary.
/// </summary>
internal sealed class RowIndex
{
    private const int Codes = 10_000;
    private const int MaxDenseYears = 200;

    private readonly int[]? _dense;
    private readonly int _firstYear;
    private readonly int _lastYear;
    private readonly Dictionary<long, int>? _byKey;

    /// <summary>Creates an empty index for years <paramref name="firstYear"/> to <paramref name="lastYear"/>.</summary>
    public RowIndex(int firstYear, int lastYear)
    {
        _firstYear = firstYear;
        _lastYear = lastYear;
        if ((long)lastYear - firstYear < MaxDenseYears)
        {
            // Stored as row + 1, so that 0 means "no row".
            _dense = new int[(lastYear - firstYear + 1) * Codes];
        }
        else
        {
            _byKey = [];
        }
    }

    /// <summary>The row of <paramref name="municipality"/> in <paramref name="year"/>, if it has one.</summary>
    public bool TryGet(MunicipalityCode municipality, int year, out int row)
    {
        if (_dense is null)
        {
            return _byKey!.TryGetValue(Key(municipality, year), out row);
        }

        row = year < _firstYear || year > _lastYear ? -1 : _dense[((year - _firstYear) * Codes) + municipality.Number] - 1;
        return row >= 0;
    }

    /// <summary>Gives <paramref name="municipality"/> in <paramref name="year"/> the row <paramref name="row"/> (it has none yet).</summary>
    public void Add(MunicipalityCode municipality, int year, int row)
    {
        if (_dense is null)
        {
            _byKey!.Add(Key(municipality, year), row);
        }
        else
        {
            _dense[((year - _firstYear) * Codes) + municipality.Number] = row + 1;
        }
    }

    private static long Key(MunicipalityCode municipality, int year) => ((long)year << 16) | (uint)municipality.Number;
}
