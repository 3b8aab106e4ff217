using System.Globalization;
using Benchmark.Catalog;
using Benchmark.Data;
using Benchmark.Import.Detection;
using Benchmark.Import.Findings;
using Benchmark.Import.Headers;
using Benchmark.Import.Parsing;
using Benchmark.Municipalities;

namespace Benchmark.Import.Reading;

/// <summary>
/// The values of a data file on their way into the dataset builder while its decimal convention is still open. A value
/// that does not depend on the convention (missing, or read the same either way: <c>1234</c>) goes in as it is; one
/// that does (<c>12,5</c>, <c>1.234</c>) goes in provisionally and is remembered in 2 bytes, without its text; once the
/// convention is decided, <see cref="Resolve"/> corrects the provisional values or takes them out again with a finding.
/// </summary>
/// <remarks>
/// The text as written is only needed for the findings that quote it. A plain cell (a <see cref="PlainNumber"/>, the
/// usual <c>12,34</c>) keeps its shape — length and separator position — from which <see cref="RawOf"/> rebuilds the
/// exact text with the provisional value; only other cells keep their string. The shapes are held per observation
/// of the file (2 bytes each, 0 for a value that depends on nothing), the column of a finding is found again from
/// the observation's header.
/// </remarks>
internal sealed class HeldValues(DatasetBuilder builder, string file)
{
    // A held value's flags: its PlainKind in the low two bits, then its shape.
    private const int ProvesComma = (int)PlainKind.ProvesComma;
    private const int ProvesPoint = (int)PlainKind.ProvesPoint;
    private const int Ambiguous = (int)PlainKind.Ambiguous;
    private const int KindMask = 3;
    private const int PlainFlag = 1 << 2;
    private const int SeparatorIsCommaFlag = 1 << 3;
    private const int LengthShift = 4;
    private const int SeparatorShift = 9;

    // Per observation of this file (from builder index _first): its kind and shape flags, 0 when it depends on nothing.
    private readonly ChunkedColumn<ushort> _flags = new();
    private readonly int _first = builder.Count;
    private readonly Dictionary<int, string> _raw = [];
    private readonly Dictionary<int, double> _asPoint = [];
    private readonly Dictionary<string, int> _columnByHeader = new(StringComparer.Ordinal);
    private readonly List<(int Line, int Column, Indicator Indicator, string Raw, NumberReading Reading)> _problems = [];
    private string? _lastHeader;
    private int _capacity;
    private int _end;

    /// <summary>Takes a value of an accepted row.</summary>
    public void Add(MunicipalityCode municipality, int year, Indicator indicator, int line, int column, string header, string raw, NumberReading reading)
    {
        if (!reading.IsMissing && reading.Problem != NumberProblem.None)
        {
            _problems.Add((line, column, indicator, raw, reading));
            return;
        }

        var location = new SourceLocation(file, line, header);
        if (reading.IsMissing || reading.IsExact)
        {
            builder.Add(municipality, year, indicator.Code, reading.IsMissing ? double.NaN : reading.AsComma!.Value, location);
            return;
        }

        var shape = PlainShape(raw);
        if (shape is null)
        {
            _raw.Add(builder.Count, raw);
        }

        var kind = reading.ProvesComma ? ProvesComma : reading.ProvesPoint ? ProvesPoint : Ambiguous;
        if (kind == Ambiguous)
        {
            _asPoint.Add(builder.Count, reading.AsPoint!.Value);
        }

        Hold(municipality, year, column, location, indicator, reading.AsComma ?? reading.AsPoint!.Value, kind | (shape ?? 0));
    }

    /// <summary>
    /// Takes a plain number of an accepted row (see <see cref="PlainNumber"/>), which is never a problem and never kept
    /// as text, and counts it as evidence when it proves a convention.
    /// </summary>
    public void Add(MunicipalityCode municipality, int year, Indicator indicator, int line, int column, string header, PlainNumber plain, DecimalEvidence evidence)
    {
        var location = new SourceLocation(file, line, header);
        var kind = plain.Classify(out var asComma, out var asPoint);
        if (kind == PlainKind.Exact)
        {
            builder.Add(municipality, year, indicator.Code, asComma, location);
            return;
        }

        if (kind != PlainKind.Ambiguous)
        {
            evidence.Prove(kind == PlainKind.ProvesComma, line, plain);
        }
        else
        {
            _asPoint.Add(builder.Count, asPoint);
        }

        Hold(municipality, year, column, location, indicator, kind == PlainKind.ProvesPoint ? asPoint : asComma, (int)kind | ShapeOf(plain));
    }

    /// <summary>
    /// With the convention decided: corrects the provisional values, takes out those the convention cannot read (a
    /// finding each) and adds the findings of the values that were not numbers.
    /// </summary>
    public void Resolve(DecimalEvidence evidence, HeaderMap map, FindingSink sink)
    {
        var comma = evidence.DecimalComma;
        var removed = new List<int>();
        for (var d = 0; d < _end; d++)
        {
            int flags = _flags[d];
            if (flags == 0)
            {
                continue;
            }

            var index = _first + d;
            var kind = flags & KindMask;
            if (comma is { } decided && ((decided && kind == ProvesComma) || (!decided && kind == ProvesPoint)))
            {
                // The provisional value is the value under the decided convention already.
                continue;
            }

            var reading = ReadingOf(index, flags);
            if (comma is { } decimalComma && reading.Under(decimalComma) is { } value)
            {
                builder.SetValue(index, value);
                continue;
            }

            var column = builder.ColumnAt(index) is { } header && _columnByHeader.TryGetValue(header, out var c) ? c : 0;
            ValueResolver.ReportUnreadable(reading, RawOf(index, flags), builder.LineAt(index), column, evidence, map, sink);
            removed.Add(index);
        }

        _flags.Release();
        builder.RemoveAt(removed);
        foreach (var (line, column, indicator, raw, reading) in _problems)
        {
            ValueResolver.TryResolve(reading, raw, line, column, indicator, evidence, map, sink, out _);
        }
    }

    /// <summary>The text of a held value as written, rebuilt from its shape and provisional value when it was plain.</summary>
    internal string RawOf(int index, int flags)
    {
        if (_raw.TryGetValue(index, out var raw))
        {
            return raw;
        }

        var length = (flags >> LengthShift) & 31;
        var separatorAt = ((flags >> SeparatorShift) & 31) - 1;
        var comma = (flags & SeparatorIsCommaFlag) != 0;
        var reading = ReadingOf(index, flags);
        var asDecimal = (comma ? reading.AsComma : reading.AsPoint) ?? 0;
        var decimals = length - separatorAt - 1;
        var digits = ((long)Math.Round(asDecimal * NumberParser.PowersOfTen[decimals], MidpointRounding.AwayFromZero))
            .ToString(CultureInfo.InvariantCulture).PadLeft(length - 1, '0');
        return digits.Insert(separatorAt, comma ? "," : ".");
    }

    /// <summary>The shape flags of a plain cell with a separator, or null.</summary>
    internal static int? PlainShape(string raw) =>
        PlainNumber.TryRead(raw, out var plain) && plain.HasSeparator ? ShapeOf(plain) : null;

    private static int ShapeOf(PlainNumber plain) =>
        PlainFlag
        | (plain.Length << LengthShift)
        | ((plain.SeparatorAt + 1) << SeparatorShift)
        | (plain.SeparatorIsComma ? SeparatorIsCommaFlag : 0);

    /// <summary>Adds a value that depends on the convention: provisionally to the builder, with its kind and shape flags.</summary>
    private void Hold(MunicipalityCode municipality, int year, int column, SourceLocation location, Indicator indicator, double provisional, int flags)
    {
        var index = builder.Count;
        if (!ReferenceEquals(location.Column, _lastHeader))
        {
            _columnByHeader.TryAdd(location.Column!, column);
            _lastHeader = location.Column;
        }

        builder.Add(municipality, year, indicator.Code, provisional, location);
        var d = index - _first;
        if (d >= _capacity)
        {
            _capacity = Math.Max(d + 1, 2 * _capacity);
            _flags.EnsureCapacity(_capacity);
        }

        _flags[d] = (ushort)flags;
        _end = d + 1;
    }

    /// <summary>The reading of a held value: the provisional value is the comma reading, or the point reading when that is the only one.</summary>
    private NumberReading ReadingOf(int index, int flags)
    {
        var provisional = builder.ValueAt(index);
        return (flags & KindMask) switch
        {
            ProvesComma => new NumberReading(false, NumberProblem.None, provisional, null),
            ProvesPoint => new NumberReading(false, NumberProblem.None, null, provisional),
            _ => new NumberReading(false, NumberProblem.None, provisional, _asPoint[index]),
        };
    }
}
