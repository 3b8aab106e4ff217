using Benchmark.Data;
using Benchmark.Import.Detection;
using Benchmark.Import.Findings;
using Benchmark.Import.Headers;

namespace Benchmark.Import.Reading;

/// <summary>
/// Turns the held values of one file into observations (in file order) once its decimal convention is decided, and
/// the values that cannot be read into findings: not a number, the other convention, or ambiguous.
/// </summary>
internal static class ValueResolver
{
    public static void Resolve(IEnumerable<PendingValue> values, DecimalEvidence evidence, HeaderMap map, FindingSink sink, DatasetBuilder builder)
    {
        var file = sink.File;
        var comma = evidence.DecimalComma;
        foreach (var v in values)
        {
            var column = map.HeaderOf(v.Column);
            var reading = v.Reading;
            double? value = null;
            if (reading.IsMissing)
            {
                value = double.NaN;
            }
            else if (reading.Problem != Parsing.NumberProblem.None)
            {
                sink.Add(ValueFindings.NotANumber(file, v.Line, column, v.Raw, reading.Problem, v.Indicator, comma ?? true), v.Column);
            }
            else if (reading.IsExact)
            {
                value = reading.AsComma;
            }
            else if (comma is { } decimalComma)
            {
                value = reading.Under(decimalComma);
                if (value is null)
                {
                    sink.Add(ValueFindings.WrongConvention(file, v.Line, column, v.Raw, decimalComma, evidence.Evidence), v.Column);
                }
            }
            else
            {
                sink.Add(ValueFindings.AmbiguousNumber(file, v.Line, column, v.Raw, reading.AsComma!.Value, reading.AsPoint!.Value), v.Column);
            }

            if (value is { } x)
            {
                builder.Add(v.Municipality, v.Year, v.Indicator.Code, x, new SourceLocation(file, v.Line, column));
            }
        }
    }
}
