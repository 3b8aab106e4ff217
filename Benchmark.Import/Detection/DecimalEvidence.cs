using Benchmark.Import.Parsing;

namespace Benchmark.Import.Detection;

/// <summary>
/// Decides the decimal convention of one file. Forced by the options, or by a <c>,</c> separator (then the decimal must
/// be a point); otherwise the numbers decide: a number only one convention reads proves it, the convention with more
/// proofs wins (a tie goes to the one proven first), and without any proof the convention stays open.
/// </summary>
internal sealed class DecimalEvidence
{
    private readonly bool? _forced;
    private int _commaProofs;
    private int _pointProofs;
    private Proof? _firstComma;
    private Proof? _firstPoint;

    public DecimalEvidence(DecimalConvention option, char separator)
    {
        _forced = option switch
        {
            DecimalConvention.Comma => true,
            DecimalConvention.Point => false,
            _ => separator == ',' ? false : null,
        };
    }

    /// <summary>Where a convention was first proven: the value as written and its line.</summary>
    internal readonly record struct Proof(int Line, string Raw);

    /// <summary>Takes a number into account.</summary>
    public void Observe(NumberReading reading, int line, string raw)
    {
        if (reading.ProvesComma || reading.ProvesPoint)
        {
            Count(reading.ProvesComma, line, raw, default);
        }
    }

    /// <summary>Counts a plain number that proves the comma (or else the point) convention; its text is only made for the first proof.</summary>
    public void Prove(bool comma, int line, PlainNumber plain) => Count(comma, line, null, plain);

    /// <summary>The decision: <see langword="true"/> for decimal comma, <see langword="false"/> for point, <see langword="null"/> when open.</summary>
    public bool? DecimalComma
    {
        get
        {
            if (_forced is { } forced)
            {
                return forced;
            }

            if (_commaProofs != _pointProofs)
            {
                return _commaProofs > _pointProofs;
            }

            return _firstComma is { } c && _firstPoint is { } p ? c.Line <= p.Line : null;
        }
    }

    /// <summary>The decimal separator to report: the decision, or — when open — a comma unless the separator is a comma.</summary>
    public char Separator => DecimalComma is false ? '.' : ',';

    /// <summary>The first value that proved the decided convention, or <see langword="null"/> when it was forced.</summary>
    public Proof? Evidence => _forced is not null ? null : DecimalComma is true ? _firstComma : _firstPoint;

    private void Count(bool comma, int line, string? raw, PlainNumber plain)
    {
        if (comma)
        {
            _commaProofs++;
            _firstComma ??= new Proof(line, raw ?? plain.ToString());
        }
        else
        {
            _pointProofs++;
            _firstPoint ??= new Proof(line, raw ?? plain.ToString());
        }
    }
}
