using System.Text;
using Benchmark.Import.Parsing;

namespace Benchmark.Tests.Import;

/// <summary>The fast path of <see cref="NumberParser.Read"/> gives exactly what the general path gives.</summary>
public sealed class NumberParserFastPathTests
{
    [TestCase("12,34")]
    [TestCase("12.34")]
    [TestCase("0,5")]
    [TestCase("0.123")]
    [TestCase("1,234")]
    [TestCase("1.234")]
    [TestCase("999,999")]
    [TestCase("1234,567")]
    [TestCase("007")]
    [TestCase("123456789012345")]
    [TestCase("12345678901234,5")]
    [TestCase("0,00000000000001")]
    public void TryReadPlain_PlainNumber_EqualsTheGeneralPathBitForBit(string text)
    {
        Assert.That(NumberParser.TryReadPlain(text, out var fast), Is.True);
        Assert.That(fast, Is.EqualTo(NumberParser.ReadGeneral(text, allowPercent: false, allowEuro: false)));
    }

    [TestCase("")]
    [TestCase(" 12")]
    [TestCase("-12")]
    [TestCase("12%")]
    [TestCase("1.234,5")]
    [TestCase("1,2,3")]
    [TestCase(",5")]
    [TestCase("5,")]
    [TestCase("1234567890123456")]
    [TestCase("n.v.t.")]
    public void TryReadPlain_AnythingElse_LeavesItToTheGeneralPath(string text)
    {
        Assert.That(NumberParser.TryReadPlain(text, out _), Is.False);
    }

    [Test]
    public void TryReadPlain_RandomDigitStrings_EqualTheGeneralPath()
    {
        // Seeded: 20,000 strings of 1–16 digits with at most one ',' or '.' inside, the shapes real cells take.
        var random = new Random(20241130);
        var compared = 0;
        Assert.Multiple(() =>
        {
            for (var n = 0; n < 20_000; n++)
            {
                var text = RandomPlain(random);
                if (NumberParser.TryReadPlain(text, out var fast))
                {
                    compared++;
                    var general = NumberParser.ReadGeneral(text, allowPercent: false, allowEuro: false);
                    Assert.That(fast, Is.EqualTo(general), text);
                }
            }
        });

        Assert.That(compared, Is.GreaterThan(15_000));
    }

    /// <summary>A cell of 1 to <paramref name="maxDigits"/> digits with at most one ',' or '.' inside (three in four have one).</summary>
    internal static string RandomPlain(Random random, int maxDigits = 16)
    {
        var digits = random.Next(1, maxDigits + 1);
        var builder = new StringBuilder();
        for (var i = 0; i < digits; i++)
        {
            builder.Append((char)('0' + random.Next(10)));
        }

        if (digits > 1 && random.Next(4) > 0)
        {
            builder.Insert(random.Next(1, digits), random.Next(2) == 0 ? ',' : '.');
        }

        return builder.ToString();
    }
}
