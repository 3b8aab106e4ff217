using System.Globalization;
using Benchmark.Samples;

namespace Benchmark.Tests.Synthetic;

public sealed class DeterministicMathTests
{
    [TestCase(1e-6)]
    [TestCase(0.5)]
    [TestCase(1.0)]
    [TestCase(2.718281828459045)]
    [TestCase(40_000.0)]
    [TestCase(931_298.0)]
    [TestCase(1e12)]
    public void Log_AgreesWithMathLog(double x)
    {
        Assert.That(DeterministicMath.Log(x), Is.EqualTo(Math.Log(x)).Within(1e-14 * Math.Max(1, Math.Abs(Math.Log(x)))));
    }

    [TestCase(-20.0)]
    [TestCase(-0.3)]
    [TestCase(0.0)]
    [TestCase(0.12)]
    [TestCase(1.0)]
    [TestCase(35.5)]
    public void Exp_AgreesWithMathExp(double x)
    {
        Assert.That(DeterministicMath.Exp(x), Is.EqualTo(Math.Exp(x)).Within(1e-12).Percent);
    }

    [Test]
    public void Log_OfOne_IsExactlyZero_AndExpOfZero_IsExactlyOne()
    {
        Assert.That(DeterministicMath.Log(1), Is.Zero);
        Assert.That(DeterministicMath.Exp(0), Is.EqualTo(1));
    }

    [TestCase(0.0)]
    [TestCase(-1.0)]
    [TestCase(double.NaN)]
    public void Log_OfNonPositive_Throws(double x)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DeterministicMath.Log(x));
    }

    [Test]
    public void Mix_DependsOnEveryInputAndIsNonNegative()
    {
        // Any change to the mixing changes every committed sample file (see SamplesAreReproducibleTests).
        Assert.That(SeededRandom.Mix(2024, 363, 2024, 2), Is.Not.EqualTo(SeededRandom.Mix(2024, 363, 2023, 2)));
        Assert.That(SeededRandom.Mix(2024, 363, 2024, 2), Is.Not.EqualTo(SeededRandom.Mix(2025, 363, 2024, 2)));
        Assert.That(SeededRandom.Mix(int.MinValue, int.MaxValue, -1, 0), Is.GreaterThanOrEqualTo(0));
    }

    [TestCase(1234.5, 1)]
    [TestCase(0.07, 2)]
    [TestCase(931298.0, 0)]
    [TestCase(19.25, 2)]
    public void DutchNumbers_AreWrittenAsTheNlNlCultureWritesThem(double value, int decimals)
    {
        var format = decimals == 0 ? "0" : "0." + new string('0', decimals);

        Assert.That(CsvText.Number(value, decimals, CsvText.Dutch), Is.EqualTo(value.ToString(format, CultureInfo.GetCultureInfo("nl-NL"))));
        Assert.That(CsvText.Number(value, decimals, CsvText.English), Is.EqualTo(value.ToString(format, CultureInfo.InvariantCulture)));
    }

    [TestCase("Bergen (NH.)", "Bergen (NH.)")]
    [TestCase("Nuenen, Gerwen en Nederwetten", "\"Nuenen, Gerwen en Nederwetten\"")]
    [TestCase("Zeg \"ja\"", "\"Zeg \"\"ja\"\"\"")]
    public void Field_QuotesOnlyWhenNeeded(string text, string written)
    {
        var line = CsvText.Records(',', "\n", csv =>
        {
            csv.WriteField(text);
            csv.EndRecord();
        });

        Assert.That(line, Is.EqualTo(written + "\n"));
    }
}
