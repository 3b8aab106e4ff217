using System.Globalization;
using Benchmark.Catalog;
using Benchmark.Import.Parsing;
using Benchmark.Municipalities;

namespace Benchmark.Import.Reading;

/// <summary>
/// The values of a data file held until its decimal convention is known, in chunks of 64Ki compact
/// <see cref="PendingValue"/>s (no copying as it grows; chunks are let go once resolved).
/// </summary>
/// <remarks>
/// The text as written is only needed for findings that quote it. It is not kept for a cell both conventions read the
/// same (<c>1234</c>) or that is missing; a plain cell (digits with at most one <c>,</c> or <c>.</c>, the usual
/// <c>12,34</c>) keeps its shape — length and separator position — from which <see cref="RawOf"/> rebuilds the exact
/// text; only other cells keep their string.
/// </remarks>
internal sealed class PendingValues
{
    private const int ChunkBits = 16;
    private const int ChunkSize = 1 << ChunkBits;

    private readonly List<PendingValue[]?> _chunks = [];
    private readonly Dictionary<int, string> _raw = [];
    // By reference: an Indicator is a record whose value hash would read every field for every value.
    private readonly Dictionary<Indicator, int> _indicatorIds = new(ReferenceEqualityComparer.Instance);
    private Indicator? _lastIndicator;
    private int _lastIndicatorId;

    /// <summary>The number of values held.</summary>
    public int Count { get; private set; }

    /// <summary>The figures the values refer to by index.</summary>
    public List<Indicator> Indicators { get; } = [];

    /// <summary>Holds a value.</summary>
    public void Add(MunicipalityCode municipality, int year, Indicator indicator, int line, int column, string raw, NumberReading reading)
    {
        if (!ReferenceEquals(indicator, _lastIndicator))
        {
            if (!_indicatorIds.TryGetValue(indicator, out _lastIndicatorId))
            {
                _lastIndicatorId = Indicators.Count;
                _indicatorIds.Add(indicator, _lastIndicatorId);
                Indicators.Add(indicator);
            }

            _lastIndicator = indicator;
        }

        var id = _lastIndicatorId;

        var flags = (reading.IsMissing ? PendingValue.MissingFlag : 0)
            | (reading.AsComma is not null ? PendingValue.CommaFlag : 0)
            | (reading.AsPoint is not null ? PendingValue.PointFlag : 0)
            | ((int)reading.Problem << PendingValue.ProblemShift);
        var quotable = !reading.IsMissing && (reading.Problem != NumberProblem.None || !reading.IsExact);
        if (quotable)
        {
            if (PlainShape(raw) is { } shape)
            {
                flags |= shape;
            }
            else
            {
                _raw.Add(Count, raw);
            }
        }

        if ((Count & (ChunkSize - 1)) == 0)
        {
            _chunks.Add(new PendingValue[ChunkSize]);
        }

        _chunks[Count >> ChunkBits]![Count & (ChunkSize - 1)] = new PendingValue(
            municipality, year, line, column, id, flags, reading.AsComma ?? 0, reading.AsPoint ?? 0);
        Count++;
    }

    /// <summary>The values in the order held; each chunk is let go once enumerated past, so enumerate once.</summary>
    public IEnumerable<(int Index, PendingValue Value)> TakeAll()
    {
        for (var c = 0; c < _chunks.Count; c++)
        {
            var chunk = _chunks[c]!;
            var end = Math.Min(ChunkSize, Count - (c << ChunkBits));
            for (var i = 0; i < end; i++)
            {
                yield return ((c << ChunkBits) + i, chunk[i]);
            }

            _chunks[c] = null;
        }
    }

    /// <summary>The text of value <paramref name="index"/> as written (for a finding that quotes it).</summary>
    public string RawOf(int index, PendingValue value)
    {
        if (_raw.TryGetValue(index, out var raw))
        {
            return raw;
        }

        var reading = value.Reading;
        if ((value.Flags & PendingValue.PlainFlag) == 0)
        {
            // Not quotable, so both conventions read it the same (or it is missing): the digits say it all.
            return reading.IsMissing ? string.Empty : (reading.AsComma ?? 0).ToString(CultureInfo.InvariantCulture);
        }

        var length = (value.Flags >> PendingValue.LengthShift) & 31;
        var separatorAt = ((value.Flags >> PendingValue.SeparatorShift) & 31) - 1;
        if (separatorAt < 0)
        {
            return ((long)(reading.AsComma ?? reading.AsPoint ?? 0)).ToString(CultureInfo.InvariantCulture).PadLeft(length, '0');
        }

        var comma = (value.Flags & PendingValue.SeparatorIsCommaFlag) != 0;
        var decimals = length - separatorAt - 1;
        var asDecimal = (comma ? reading.AsComma : reading.AsPoint) ?? 0;
        var digits = ((long)Math.Round(asDecimal * NumberParser.PowersOfTen[decimals], MidpointRounding.AwayFromZero))
            .ToString(CultureInfo.InvariantCulture).PadLeft(length - 1, '0');
        return digits.Insert(separatorAt, comma ? "," : ".");
    }

    /// <summary>The shape flags of a plain cell (what <see cref="NumberParser.TryReadPlain"/> reads), or null.</summary>
    internal static int? PlainShape(string raw)
    {
        if (!NumberParser.TryReadPlain(raw, out _))
        {
            return null;
        }

        var separatorAt = raw.AsSpan().IndexOfAny(',', '.');
        return PendingValue.PlainFlag
            | (raw.Length << PendingValue.LengthShift)
            | ((separatorAt + 1) << PendingValue.SeparatorShift)
            | (separatorAt >= 0 && raw[separatorAt] == ',' ? PendingValue.SeparatorIsCommaFlag : 0);
    }
}
