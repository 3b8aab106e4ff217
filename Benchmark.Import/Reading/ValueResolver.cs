using Benchmark.Catalog;
using Benchmark.Data;
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
    /// <summary>Adds the held values of a data file to <paramref name="builder"/>, in file order.</summary>
    public static void Resolve(IEnumerable<PendingValue> values, DecimalEvidence evidence, HeaderMap map, FindingSink sink, DatasetBuilder builder)
    {
        foreach (var v in values)
        {
            if (TryResolve(v.Reading, v.Raw, v.Line, v.Column, v.Indicator, evidence, map, sink, out var x))
            {
                builder.Add(v.Municipality, v.Year, v.Indicator.Code, x, new SourceLocation(sink.File, v.Line, map.HeaderOf(v.Column)));
            }
        }
    }

    /// <summary>Resolves one value; a missing one is NaN. Adds a finding and returns <see langword="false"/> when it cannot be read.</summary>
    public static bool TryResolve(
        NumberReading reading, string raw, int line, int column, Indicator indicator, DecimalEvidence evidence, HeaderMap map, FindingSink sink, out double value)
    {
        var file = sink.File;
        var header = map.HeaderOf(column);
        var comma = evidence.DecimalComma;
        value = double.NaN;
        if (reading.IsMissing)
        {
            return true;
        }

        if (reading.Problem != NumberProblem.None)
        {
            sink.Add(ValueFindings.NotANumber(file, line, header, raw, reading.Problem, indicator, comma ?? evidence.Separator == ','), column);
            return false;
        }

        if (reading.IsExact)
        {
            value = reading.AsComma!.Value;
            return true;
        }

        if (comma is not { } decimalComma)
        {
            sink.Add(ValueFindings.AmbiguousNumber(file, line, header, raw, reading.AsComma!.Value, reading.AsPoint!.Value), column);
            return false;
        }

        if (reading.Under(decimalComma) is { } x)
        {
            value = x;
            return true;
        }

        sink.Add(ValueFindings.WrongConvention(file, line, header, raw, decimalComma, evidence.Evidence), column);
        return false;
    }
}
