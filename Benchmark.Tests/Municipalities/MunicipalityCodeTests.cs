using System.Globalization;
using Benchmark.Municipalities;

namespace Benchmark.Tests.Municipalities;

public sealed class MunicipalityCodeTests
{
    [TestCase("GM0363", 363)]
    [TestCase("gm0014", 14)]
    [TestCase("Gm0014", 14)]
    [TestCase(" GM1900 ", 1900)]
    [TestCase("GM0000", 0)]
    [TestCase("GM9999", 9999)]
    [TestCase("0363", 363)]
    [TestCase("363", 363)]
    [TestCase("0", 0)]
    [TestCase("9999", 9999)]
    public void TryParse_AcceptedForms_GiveCanonicalCode(string text, int number)
    {
        var ok = MunicipalityCode.TryParse(text, out var code);

        Assert.That(ok, Is.True);
        Assert.That(code.Number, Is.EqualTo(number));
        Assert.That(code.ToString(), Is.EqualTo($"GM{number:D4}"));
    }

    [TestCase("GM12345", 12345, "GM12345")]
    [TestCase("gm10000", 10000, "GM10000")]
    [TestCase(" GM99999 ", 99999, "GM99999")]
    [TestCase("12345", 12345, "GM12345")]
    [TestCase("10000", 10000, "GM10000")]
    public void TryParse_ExtendedCodes_GiveFiveDigitCanonicalCode(string text, int number, string canonical)
    {
        var ok = MunicipalityCode.TryParse(text, out var code);

        Assert.That(ok, Is.True);
        Assert.That(code.Number, Is.EqualTo(number));
        Assert.That(code.ToString(), Is.EqualTo(canonical));
    }

    [TestCase("")]
    [TestCase("GM")]
    [TestCase("GM363")]
    [TestCase("GM03630")]
    [TestCase("GM01234")]
    [TestCase("012345")]
    [TestCase("01234")]
    [TestCase("GM123456")]
    [TestCase("123456")]
    [TestCase("GM1234a")]
    [TestCase("XX0363")]
    [TestCase("GM03a3")]
    [TestCase("GM-1234")]
    [TestCase(null)]
    public void TryParse_MalformedCodes_AreRejected(string? text)
    {
        Assert.That(MunicipalityCode.TryParse(text, out _), Is.False);
    }

    [Test]
    public void TryParse_EveryFormAcceptedWithFourDigits_KeepsItsNumber()
    {
        // Exhaustive over 0–9999: GM/gm + four digits and bare numbers of 1–4 digits (leading zeros allowed), as before
        // extended codes existed; GM with fewer digits stays malformed.
        var wrong = new List<string>();
        for (var n = 0; n <= 9999; n++)
        {
            var digits = n.ToString(CultureInfo.InvariantCulture);
            var forms = new List<string> { "GM" + n.ToString("D4", CultureInfo.InvariantCulture), "gm" + n.ToString("D4", CultureInfo.InvariantCulture) };
            for (var width = digits.Length; width <= 4; width++)
            {
                forms.Add(digits.PadLeft(width, '0'));
            }

            wrong.AddRange(forms.Where(f => !MunicipalityCode.TryParse(f, out var code) || code.Number != n));
            if (digits.Length < 4 && MunicipalityCode.TryParse("GM" + digits, out _))
            {
                wrong.Add("GM" + digits);
            }
        }

        Assert.That(wrong, Is.Empty);
    }

    [Test]
    public void TryParse_EveryFiveDigitText_IsAcceptedExactlyWhenItDoesNotStartWithZero()
    {
        var wrong = new List<string>();
        for (var n = 0; n <= 99_999; n++)
        {
            var text = n.ToString("D5", CultureInfo.InvariantCulture);
            var expected = text[0] != '0';
            foreach (var form in new[] { text, "GM" + text })
            {
                var ok = MunicipalityCode.TryParse(form, out var code);
                if (ok != expected || (ok && (code.Number != n || code.ToString() != "GM" + text)))
                {
                    wrong.Add(form);
                }
            }
        }

        Assert.That(wrong, Is.Empty);
    }

    [Test]
    public void Parse_Malformed_ThrowsWithExpectedForms()
    {
        var ex = Assert.Throws<FormatException>(() => MunicipalityCode.Parse("G0363"));
        Assert.That(ex!.Message, Does.Contain("GM0363").And.Contain("GM12345"));
    }

    [TestCase(0, "GM0000")]
    [TestCase(363, "GM0363")]
    [TestCase(9999, "GM9999")]
    [TestCase(10000, "GM10000")]
    [TestCase(99999, "GM99999")]
    public void ToString_EveryNumber_RoundTripsThroughParse(int number, string canonical)
    {
        var code = new MunicipalityCode(number);

        Assert.That(code.ToString(), Is.EqualTo(canonical));
        Assert.That(MunicipalityCode.Parse(canonical), Is.EqualTo(code));
    }

    [TestCase(-1)]
    [TestCase(100_000)]
    public void Constructor_NumberOutsideRange_Throws(int number)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new MunicipalityCode(number));
    }

    [Test]
    public void Codes_OrderByNumber()
    {
        var codes = new[] { MunicipalityCode.Parse("GM1900"), MunicipalityCode.Parse("GM10000"), MunicipalityCode.Parse("GM0014"), MunicipalityCode.Parse("GM9999"), MunicipalityCode.Parse("GM0363") };

        Assert.That(codes.Order().Select(c => c.ToString()), Is.EqualTo(new[] { "GM0014", "GM0363", "GM1900", "GM9999", "GM10000" }));
        Assert.That(MunicipalityCode.Parse("GM10000") > MunicipalityCode.Parse("GM9999"), Is.True, "numeric, not text, order");
    }
}
