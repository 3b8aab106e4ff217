using System.Globalization;
using System.Text.RegularExpressions;
using Benchmark.Municipalities;
using CsCheck;

namespace Benchmark.Tests.Municipalities;

/// <summary>Properties of the municipality code parser over generated codes and texts (CsCheck shrinks failures).</summary>
public sealed partial class MunicipalityCodeProperties
{
    [Test]
    public void EveryCode_RoundTripsThroughEachWrittenForm()
    {
        Gen.Int[0, MunicipalityCode.MaxNumber].Sample(n =>
        {
            var code = new MunicipalityCode(n);
            var digits = n.ToString(n <= MunicipalityCode.MaxFourDigitNumber ? "D4" : "D", CultureInfo.InvariantCulture);
            string[] forms = [code.ToString(), code.ToString().ToLowerInvariant(), digits, n.ToString(CultureInfo.InvariantCulture)];
            return forms.All(form => MunicipalityCode.TryParse(form, out var parsed) && parsed == code);
        });
    }

    [Test]
    public void AnyText_ParsedOrNot_NeverThrows_AndAParsedCodeIsCanonical()
    {
        Gen.String[Gen.Char["GMgm0123456789 -"], 0, 9].Sample(text =>
        {
            if (!MunicipalityCode.TryParse(text, out var code))
            {
                return true;
            }

            var canonical = code.ToString();
            return Canonical().IsMatch(canonical) && MunicipalityCode.Parse(canonical) == code;
        });
    }

    [Test]
    public void FiveDigits_StartingWithZero_AreMalformed()
    {
        Gen.Int[0, MunicipalityCode.MaxFourDigitNumber].Sample(n =>
            !MunicipalityCode.TryParse("GM0" + n.ToString("D4", CultureInfo.InvariantCulture), out _));
    }

    [Test]
    public void Order_IsTheOrderOfTheNumbers()
    {
        Gen.Select(Gen.Int[0, MunicipalityCode.MaxNumber], Gen.Int[0, MunicipalityCode.MaxNumber]).Sample((a, b) =>
            new MunicipalityCode(a).CompareTo(new MunicipalityCode(b)) == a.CompareTo(b));
    }

    [GeneratedRegex("^GM([0-9]{4}|[1-9][0-9]{4})$")]
    private static partial Regex Canonical();
}
