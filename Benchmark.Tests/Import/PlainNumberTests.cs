using System.Text;
using Benchmark.Import.Parsing;

namespace Benchmark.Tests.Import;

/// <summary>
/// A <see cref="PlainNumber"/> is read from the CSV reader's UTF-8 bytes without making a string: it must read what the
/// text reads, give the text back exactly (findings quote it) and pack its parts without loss.
/// </summary>
public sealed class PlainNumberTests
{
    [TestCase("12,34", 1234L, 5, 2, true)]
    [TestCase("0.123", 123L, 5, 1, false)]
    [TestCase("007", 7L, 3, -1, false)]
    [TestCase("999999999999999", 999_999_999_999_999L, 15, -1, false)]
    [TestCase("99999999999999,9", 999_999_999_999_999L, 16, 14, true)]
    public void TryRead_PlainCell_KeepsItsParts(string text, long mantissa, int length, int separatorAt, bool comma)
    {
        Assert.That(PlainNumber.TryRead(text, out var plain), Is.True);
        Assert.That((plain.Mantissa, plain.Length, plain.SeparatorAt, plain.SeparatorIsComma), Is.EqualTo((mantissa, length, separatorAt, comma)));
        Assert.That(plain.ToString(), Is.EqualTo(text));
    }

    [TestCase("")]
    [TestCase("1234567890123456")]
    [TestCase("1,2,3")]
    [TestCase("12 ")]
    [TestCase("€12")]
    [TestCase("١٢")]
    public void TryRead_NotPlain_IsFalseForCharsAndBytes(string text)
    {
        Assert.That(PlainNumber.TryRead(text, out _), Is.False);
        Assert.That(PlainNumber.TryRead(Encoding.UTF8.GetBytes(text), out _), Is.False);
    }

    [Test]
    public void TryRead_RandomCells_BytesEqualCharsTextRoundTripsAndReadingEqualsTheGeneralParser()
    {
        // Seeded: 20,000 cells of 1–17 digits with at most one ',' or '.' inside.
        var random = new Random(20261130);
        var plainCount = 0;
        Assert.Multiple(() =>
        {
            for (var n = 0; n < 20_000; n++)
            {
                var text = NumberParserFastPathTests.RandomPlain(random, maxDigits: 17);
                var fromChars = PlainNumber.TryRead(text, out var chars);
                var fromBytes = PlainNumber.TryRead(Encoding.UTF8.GetBytes(text), out var bytes);
                Assert.That(fromBytes, Is.EqualTo(fromChars), text);
                Assert.That(bytes, Is.EqualTo(chars), text);
                if (fromChars)
                {
                    plainCount++;
                    Assert.That(chars.ToString(), Is.EqualTo(text));
                    var reading = NumberParser.ReadGeneral(text, allowPercent: false, allowEuro: false);
                    Assert.That(chars.Reading, Is.EqualTo(reading), text);
                    var kind = chars.Classify(out var asComma, out var asPoint);
                    var expectedKind = reading.IsExact ? PlainKind.Exact : reading.ProvesComma ? PlainKind.ProvesComma : reading.ProvesPoint ? PlainKind.ProvesPoint : PlainKind.Ambiguous;
                    Assert.That((kind, asComma, asPoint), Is.EqualTo((expectedKind, reading.AsComma ?? double.NaN, reading.AsPoint ?? double.NaN)), text);
                }
            }
        });

        Assert.That(plainCount, Is.GreaterThan(15_000));
    }
}
