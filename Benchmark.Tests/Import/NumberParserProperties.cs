using System.Globalization;
using Benchmark.Import.Parsing;
using CsCheck;

namespace Benchmark.Tests.Import;

/// <summary>
/// Properties of the number parser over generated cells (CsCheck shrinks a failure to the smallest cell that breaks
/// it). The expected values come from .NET's own formatting and parsing of the same number.
/// </summary>
public sealed class NumberParserProperties
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    // A whole number of up to 12 digits and 0–4 decimals: the figures of municipal files.
    private static readonly Gen<(long Units, int Decimals)> Figure = Gen.Select(Gen.Long[0, 999_999_999_999], Gen.Int[0, 4]);

    [Test]
    public void Decimal_WrittenEitherWay_ReadsAsItsValueUnderThatConvention()
    {
        Figure.Sample(f =>
        {
            var value = f.Units / Math.Pow(10, f.Decimals);
            var point = value.ToString("F" + f.Decimals, CultureInfo.InvariantCulture);
            var expected = double.Parse(point, CultureInfo.InvariantCulture);
            var comma = point.Replace('.', ',');
            var asComma = NumberParser.Read(comma, allowPercent: false, allowEuro: false);
            var asPoint = NumberParser.Read(point, allowPercent: false, allowEuro: false);
            return asComma.Problem == NumberProblem.None && asComma.AsComma == expected
                && asPoint.Problem == NumberProblem.None && asPoint.AsPoint == expected;
        });
    }

    [Test]
    public void WholeNumber_WithoutSeparator_ReadsTheSameUnderBothConventions()
    {
        Gen.Long[0, 999_999_999_999_999].Sample(n =>
        {
            var reading = NumberParser.Read(n.ToString(CultureInfo.InvariantCulture), allowPercent: false, allowEuro: false);
            return reading.IsExact && reading.AsComma == n;
        });
    }

    [Test]
    public void Negative_IsTheNegatedPositive()
    {
        Figure.Sample(f =>
        {
            var text = (f.Units / Math.Pow(10, f.Decimals)).ToString("F" + f.Decimals, Dutch);
            var positive = NumberParser.Read(text, allowPercent: false, allowEuro: false);
            var negative = NumberParser.Read("-" + text, allowPercent: false, allowEuro: false);
            return negative.AsComma == -positive.AsComma && negative.AsPoint == -positive.AsPoint;
        });
    }

    [Test]
    public void ThousandsGroups_ReadAsTheWholeNumber()
    {
        Gen.Long[1000, 999_999_999_999].Sample(n =>
        {
            var dutch = NumberParser.Read(n.ToString("#,##0", Dutch), allowPercent: false, allowEuro: false);
            var english = NumberParser.Read(n.ToString("#,##0", CultureInfo.InvariantCulture), allowPercent: false, allowEuro: false);
            return dutch.AsComma == n && english.AsPoint == n;
        });
    }

    [Test]
    public void AnyText_NeverThrows_AndAProblemHasNoValue()
    {
        Gen.String[Gen.Char["0123456789,.-+−€% eE"], 0, 20].Sample(text =>
        {
            var reading = NumberParser.Read(text, allowPercent: true, allowEuro: true);
            return reading.Problem == NumberProblem.None || (reading.AsComma is null && reading.AsPoint is null);
        });
    }
}
