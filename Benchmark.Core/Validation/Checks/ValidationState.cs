using Benchmark.Catalog;
using Benchmark.Data;
using Benchmark.Derivation;
using Benchmark.Internal;
using Benchmark.Municipalities;
using Benchmark.Text;

namespace Benchmark.Validation.Checks;

/// <summary>
/// The working set of one validation run. The raw dataset is indexed as a grid of municipality-year rows × indicator
/// columns whose cells point at the one observation that is (still) accepted, next to flags of rejected observations,
/// derived values computed so far and the findings.
/// </summary>
/// <remarks>
/// A cell starts at the first observation of its key (file order); rejecting that observation empties the cell. Later
/// duplicates never enter a cell, so the accepted set has at most one observation per key by construction.
/// </remarks>
internal sealed partial class ValidationState
{
    private readonly RowIndex _rowIndex;
    private readonly int _firstYear;
    private readonly int[]?[] _rowOfId;
    private readonly Dictionary<string, int> _columnByCode = new(StringComparer.Ordinal);
    private readonly int[] _computedSlot;
    private readonly int[] _accepted;
    private readonly double[] _computed;

    private List<Finding> _findings = [];
    private FindingCap _cap = new();
    private readonly LocalizedText?[] _names;

    public ValidationState(Dataset raw, ValidationContext context)
    {
        Raw = raw;
        Context = context;
        var codes = new List<string>();
        var slices = new List<SliceRef>();
        foreach (var (indicator, year) in raw.Keys)
        {
            var slice = raw.Slice(indicator, year);
            slices.Add(new SliceRef(AddColumn(codes, indicator), year, slice.Start, slice.Length));
        }

        foreach (var indicator in context.Catalog.All)
        {
            if (indicator.Formula is not null)
            {
                AddColumn(codes, indicator.Code);
            }
        }

        Slices = [.. slices];
        Codes = [.. codes];
        Definitions = [.. codes.Select(c => context.Catalog.TryGet(c, out var d) ? d : null)];
        _rowIndex = raw.Years.Count == 0
            ? new RowIndex(0, 0, 0, 0)
            : new RowIndex(raw.Years[0], raw.Years[^1], raw.Municipalities[^1].Number, raw.Count);
        _firstYear = raw.Years.Count == 0 ? 0 : raw.Years[0];
        (RowMunicipality, RowYear, _rowOfId) = IndexRows(raw);
        RowsByYear = GroupRowsByYear();
        _accepted = new int[RowCount * ColumnCount];
        Array.Fill(_accepted, -1);

        // Only derived indicators are ever computed: a slot per row for each of them, not for every column.
        _computedSlot = new int[ColumnCount];
        var derivedColumns = 0;
        for (var c = 0; c < ColumnCount; c++)
        {
            _computedSlot[c] = Definitions[c]?.Formula is not null ? derivedColumns++ : -1;
        }

        DerivedColumnCount = derivedColumns;
        _computed = new double[RowCount * derivedColumns];
        Array.Fill(_computed, double.NaN);
        // Slices are distinct (indicator, year) pairs, so their cells are disjoint: large data fills them on every core.
        if (raw.Count >= Parallelism.From)
        {
            Parallel.ForEach(Slices, AcceptFirst);
        }
        else
        {
            Array.ForEach(Slices, AcceptFirst);
        }

        Rejected = new bool[raw.Count];
        _names = new LocalizedText?[ColumnCount];
    }

    public Dataset Raw { get; }

    public ValidationContext Context { get; }

    public ValidationOptions Options => Context.Options;

    /// <summary>Every (indicator, year) slice of the raw dataset, with its column.</summary>
    public SliceRef[] Slices { get; }

    /// <summary>The indicator code of each column: those in the data, then the catalogue's derived ones.</summary>
    public string[] Codes { get; }

    /// <summary>The catalogue entry of each column, or <see langword="null"/> for an indicator the catalogue lacks.</summary>
    public Indicator?[] Definitions { get; }

    public int ColumnCount => Codes.Length;

    public int RowCount => RowYear.Length;

    public MunicipalityCode[] RowMunicipality { get; }

    public int[] RowYear { get; }

    /// <summary>The row of raw observation <paramref name="observation"/> of slice <paramref name="slice"/>.</summary>
    public int RowOf(SliceRef slice, int observation) => _rowOfId[slice.Year - _firstYear]![Raw.MunicipalityIdAt(observation)] - 1;

    /// <summary>The row of raw observation <paramref name="observation"/> (its slice looked up).</summary>
    public int RowOf(int observation) => RowOf(Slices[SliceOf(observation)], observation);

    /// <summary>The rows of each year, ascending by year; rows within a year by municipality code.</summary>
    public (int Year, int[] Rows)[] RowsByYear { get; }

    /// <summary>Whether each raw observation was rejected by an error rule.</summary>
    public bool[] Rejected { get; }


    public CoverageReport Coverage { get; set; } = CoverageReport.Empty;

    /// <summary>The column of <paramref name="code"/>, or −1 when neither the data nor the derived catalogue entries have it.</summary>
    public int Column(string code) => _columnByCode.GetValueOrDefault(code, -1);

    public bool TryGetRow(MunicipalityCode municipality, int year, out int row) =>
        _rowIndex.TryGet(municipality, year, out row);

    /// <summary>The number of columns whose indicator is derived (and so can hold computed values).</summary>
    public int DerivedColumnCount { get; }

    /// <summary>
    /// The index of a cell in the cell tables: column-major, so that the rules, which go through an indicator's rows
    /// of a year, read memory in order (a year's rows are mostly consecutive).
    /// </summary>
    private int Cell(int row, int column) => (column * RowCount) + row;

    /// <summary>The accepted raw observation of a cell, or −1.</summary>
    public int Direct(int row, int column) => _accepted[Cell(row, column)];

    /// <summary>The accepted raw value of a cell; NaN when there is none or it is missing.</summary>
    public double DirectValue(int row, int column)
    {
        var i = _accepted[Cell(row, column)];
        return i < 0 ? double.NaN : Raw.Values[i];
    }

    /// <summary>The value of a cell: the accepted raw value when it is not missing, else the computed one, else NaN.</summary>
    public double Value(int row, int column)
    {
        var i = _accepted[Cell(row, column)];
        if (i >= 0 && !double.IsNaN(Raw.Values[i]))
        {
            return Raw.Values[i];
        }

        return Computed(row, column);
    }

    /// <summary>The computed value of a cell; NaN when there is none.</summary>
    public double Computed(int row, int column)
    {
        var slot = _computedSlot[column];
        return slot < 0 ? double.NaN : _computed[(row * DerivedColumnCount) + slot];
    }

    /// <summary>Whether the cell's value was computed rather than read.</summary>
    public bool IsComputed(int row, int column) => !double.IsNaN(Computed(row, column));

    /// <summary>Sets the computed value of a cell of a derived indicator's column.</summary>
    public void SetComputed(int row, int column, double value) => _computed[(row * DerivedColumnCount) + _computedSlot[column]] = value;

    /// <summary>
    /// The inhabitants of a row: the accepted value in the data, else the municipality reference's figure for the year
    /// (nearest known year), else NaN.
    /// </summary>
    public double Inhabitants(int row, out bool fromRegistry)
    {
        fromRegistry = false;
        var column = Column(DerivedValues.InhabitantsCode);
        var value = column < 0 ? double.NaN : Value(row, column);
        if (double.IsNaN(value) && Context.Municipalities.Find(RowMunicipality[row])?.InhabitantsIn(RowYear[row]) is { } n)
        {
            fromRegistry = true;
            value = n;
        }

        return value;
    }

    /// <summary>Rejects a raw observation; its cell empties when it held it.</summary>
    public void Reject(int observation)
    {
        Rejected[observation] = true;
        var cell = Cell(RowOf(observation), ColumnOfObservation(observation));
        if (_accepted[cell] == observation)
        {
            _accepted[cell] = -1;
        }
    }

    /// <summary>The accepted dataset: one accepted raw observation per cell, or the computed value where there is one.</summary>
    public Dataset BuildAccepted()
    {
        if (RawIsAccepted())
        {
            return Raw;
        }

        var builder = new DatasetBuilder();
        for (var row = 0; row < RowCount; row++)
        {
            for (var column = 0; column < ColumnCount; column++)
            {
                var cell = Cell(row, column);
                var computed = Computed(row, column);
                if (!double.IsNaN(computed))
                {
                    builder.Add(RowMunicipality[row], RowYear[row], Codes[column], computed, SourceLocation.None);
                }
                else if (_accepted[cell] >= 0)
                {
                    builder.AddFrom(Raw, _accepted[cell]);
                }
            }
        }

        return builder.Build();
    }

    /// <summary>
    /// Whether the accepted dataset is the raw one: every raw observation holds its cell (none rejected, no duplicates)
    /// and nothing was computed. Then building it again would give the same observations in the same order.
    /// </summary>
    private bool RawIsAccepted()
    {
        var held = 0;
        foreach (var i in _accepted)
        {
            held += i >= 0 ? 1 : 0;
        }

        return held == Raw.Count && Array.TrueForAll(_computed, double.IsNaN);
    }

    /// <summary>The column of a raw observation: that of the slice it lies in.</summary>
    private int ColumnOfObservation(int observation) => Slices[SliceOf(observation)].Column;

    /// <summary>The index of the slice that holds <paramref name="observation"/>.</summary>
    private int SliceOf(int observation)
    {
        var lo = 0;
        var hi = Slices.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >>> 1;
            if (Slices[mid].Start <= observation)
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

    private int AddColumn(List<string> codes, string code)
    {
        if (!_columnByCode.TryGetValue(code, out var column))
        {
            column = codes.Count;
            codes.Add(code);
            _columnByCode.Add(code, column);
        }

        return column;
    }

}
