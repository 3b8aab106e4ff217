using Benchmark.Import.Parsing;

namespace Benchmark.Tests.Import;

public sealed class NumberParserTests
{
    // (text, value under decimal comma, value under decimal point); NaN = not a number under that convention.
    [TestCase("12,5", 12.5, double.NaN)]
    [TestCase("12.5", double.NaN, 12.5)]
    [TestCase("1.234,56", 1234.56, double.NaN)]
    [TestCase("1,234.56", double.NaN, 1234.56)]
    [TestCase("1.234", 1234d, 1.234)]
    [TestCase("1,234", 1.234, 1234d)]
    [TestCase("1.234.567", 1234567d, double.NaN)]
    [TestCase("1,234,567", double.NaN, 1234567d)]
    [TestCase("1.234.567,89", 1234567.89, double.NaN)]
    [TestCase("0,123", 0.123, double.NaN)]
    [TestCase("0.123", double.NaN, 0.123)]
    [TestCase("1234,567", 1234.567, double.NaN)]
    [TestCase("1234", 1234d, 1234d)]
    [TestCase("-12,5", -12.5, double.NaN)]
    [TestCase("\u221212.5", double.NaN, -12.5)]
    [TestCase("+7", 7d, 7d)]
    [TestCase("  42  ", 42d, 42d)]
    [TestCase(",5", 0.5, double.NaN)]
    [TestCase("12.34", double.NaN, 12.34)]
    [TestCase("12,34", 12.34, double.NaN)]
    public void Read_Number_GivesValueUnderEachConvention(string text, double asComma, double asPoint)
    {
        var reading = NumberParser.Read(text, allowPercent: false, allowEuro: false);

        Assert.That(reading.IsMissing, Is.False);
        Assert.That(reading.Problem, Is.EqualTo(NumberProblem.None));
        Assert.That(reading.AsComma ?? double.NaN, Is.EqualTo(asComma));
        Assert.That(reading.AsPoint ?? double.NaN, Is.EqualTo(asPoint));
    }

    [TestCase("abc")]
    [TestCase("12a")]
    [TestCase("1,2,3.4.5")]
    [TestCase("12,")]
    [TestCase("1 234")]
    [TestCase("1e5")]
    [TestCase("--5")]
    [TestCase("€")]
    [TestCase("%")]
    [TestCase("1.23,4")]
    public void Read_Text_IsNotNumeric(string text)
    {
        var reading = NumberParser.Read(text, allowPercent: true, allowEuro: true);

        Assert.That(reading.Problem, Is.EqualTo(NumberProblem.NotNumeric));
    }

    [Test]
    public void Read_Percent_AllowedOnlyForPercentages()
    {
        Assert.That(NumberParser.Read("12,5 %", allowPercent: true, allowEuro: false).AsComma, Is.EqualTo(12.5));
        Assert.That(NumberParser.Read("12,5%", allowPercent: false, allowEuro: false).Problem, Is.EqualTo(NumberProblem.PercentNotAllowed));
    }

    [Test]
    public void Read_Euro_AllowedOnlyForEuros()
    {
        Assert.That(NumberParser.Read("€ 1.234,50", allowPercent: false, allowEuro: true).AsComma, Is.EqualTo(1234.5));
        Assert.That(NumberParser.Read("-€ 5", allowPercent: false, allowEuro: true).AsComma, Is.EqualTo(-5));
        Assert.That(NumberParser.Read("€ -5", allowPercent: false, allowEuro: true).AsComma, Is.EqualTo(-5));
        Assert.That(NumberParser.Read("€5", allowPercent: false, allowEuro: false).Problem, Is.EqualTo(NumberProblem.EuroNotAllowed));
    }

    [Test]
    public void Read_HugeNumber_IsTooLarge()
    {
        Assert.That(NumberParser.Read(new string('9', 400), allowPercent: false, allowEuro: false).Problem, Is.EqualTo(NumberProblem.TooLarge));
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("-")]
    [TestCase("n.v.t.")]
    [TestCase("N.V.T.")]
    [TestCase("nvt")]
    [TestCase("NA")]
    [TestCase("n/a")]
    [TestCase("N/A")]
    [TestCase("..")]
    [TestCase("?")]
    [TestCase(" . ")]
    public void Read_MissingMarker_IsMissing(string text)
    {
        Assert.That(NumberParser.Read(text, allowPercent: false, allowEuro: false).IsMissing, Is.True);
    }
}
