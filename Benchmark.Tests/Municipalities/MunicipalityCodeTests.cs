using Benchmark.Municipalities;

namespace Benchmark.Tests.Municipalities;

public sealed class MunicipalityCodeTests
{
    [TestCase("GM0363", 363)]
    [TestCase("gm0014", 14)]
    [TestCase(" GM1900 ", 1900)]
    [TestCase("0363", 363)]
    [TestCase("363", 363)]
    public void TryParse_AcceptedForms_GiveCanonicalCode(string text, int number)
    {
        var ok = MunicipalityCode.TryParse(text, out var code);

        Assert.That(ok, Is.True);
        Assert.That(code.Number, Is.EqualTo(number));
        Assert.That(code.ToString(), Is.EqualTo($"GM{number:D4}"));
    }

    [TestCase("")]
    [TestCase("GM")]
    [TestCase("GM363")]
    [TestCase("GM03630")]
    [TestCase("XX0363")]
    [TestCase("GM03a3")]
    [TestCase("12345")]
    [TestCase(null)]
    public void TryParse_MalformedCodes_AreRejected(string? text)
    {
        Assert.That(MunicipalityCode.TryParse(text, out _), Is.False);
    }

    [Test]
    public void Parse_Malformed_ThrowsWithExpectedForm()
    {
        var ex = Assert.Throws<FormatException>(() => MunicipalityCode.Parse("G0363"));
        Assert.That(ex!.Message, Does.Contain("GM0363"));
    }

    [Test]
    public void Codes_OrderByNumber()
    {
        var codes = new[] { MunicipalityCode.Parse("GM1900"), MunicipalityCode.Parse("GM0014"), MunicipalityCode.Parse("GM0363") };

        Assert.That(codes.Order().Select(c => c.ToString()), Is.EqualTo(new[] { "GM0014", "GM0363", "GM1900" }));
    }
}
