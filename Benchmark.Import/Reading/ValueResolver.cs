using Benchmark.Catalog;
using Benchmark.Import.Detection;
using Benchmark.Import.Findings;
using Benchmark.Import.Headers;
using Benchmark.Import.Parsing;

namespace Benchmark.Import.Reading;

/// <summary>
/// Turns held values into numbers once the file's decimal convention is decided, and the values that cannot be read
/// into findings: not a number, only readable in the other convention, or ambiguous.
/// </summary>
internal static class ValueResolver
{
    private enum Outcome
    {
        Value,
        NotANumber,
        Ambiguous,
        WrongConvention,
    }

    /// <summary>
    /// Adds the finding of a number that the decided convention cannot read, or that is ambiguous because the
    /// convention is still open (a value that depends on the convention: neither missing, exact nor malformed).
    /// </summary>
    public static void ReportUnreadable(NumberReading reading, string raw, int line, int column, DecimalEvidence evidence, HeaderMap map, FindingSink sink)
    {
        var comma = evidence.DecimalComma;
        var header = map.HeaderOf(column);
        if (comma is { } decimalComma)
        {
            sink.Add(ValueFindings.WrongConvention(sink.File, line, header, raw, decimalComma, evidence.Evidence), column);
        }
        else
        {
            sink.Add(ValueFindings.AmbiguousNumber(sink.File, line, header, raw, reading.AsComma!.Value, reading.AsPoint!.Value), column);
        }
    }

    /// <summary>Resolves one value; a missing one is NaN. Adds a finding and returns <see langword="false"/> when it cannot be read.</summary>
    public static bool TryResolve(
        NumberReading reading, string raw, int line, int column, Indicator indicator, DecimalEvidence evidence, HeaderMap map, FindingSink sink, out double value)
    {
        var file = sink.File;
        var header = map.HeaderOf(column);
        var comma = evidence.DecimalComma;
        switch (Decide(reading, comma, out value))
        {
            case Outcome.NotANumber:
                sink.Add(ValueFindings.NotANumber(file, line, header, raw, reading.Problem, indicator, comma ?? evidence.Separator == ','), column);
                return false;
            case Outcome.Ambiguous:
                sink.Add(ValueFindings.AmbiguousNumber(file, line, header, raw, reading.AsComma!.Value, reading.AsPoint!.Value), column);
                return false;
            case Outcome.WrongConvention:
                sink.Add(ValueFindings.WrongConvention(file, line, header, raw, comma!.Value, evidence.Evidence), column);
                return false;
            default:
                return true;
        }
    }

    /// <summary>What a reading comes to under the decided convention (<see langword="null"/> when open); the value when it is one.</summary>
    private static Outcome Decide(NumberReading reading, bool? comma, out double value)
    {
        value = double.NaN;
        if (reading.IsMissing)
        {
            return Outcome.Value;
        }

        if (reading.Problem != NumberProblem.None)
        {
            return Outcome.NotANumber;
        }

        if (reading.IsExact)
        {
            value = reading.AsComma!.Value;
            return Outcome.Value;
        }

        if (comma is not { } decimalComma)
        {
            return Outcome.Ambiguous;
        }

        if (reading.Under(decimalComma) is { } x)
        {
            value = x;
            return Outcome.Value;
        }

        return Outcome.WrongConvention;
    }
}
