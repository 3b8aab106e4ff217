using System.Text;
using System.Text.Json;
using Benchmark.Catalog;

namespace Benchmark.Tests.Catalog;

/// <summary><see cref="IndicatorCode"/>: the catalogue's code rules, canonical lower case, a reason in Dutch and English.</summary>
public sealed class IndicatorCodeTests
{
    [TestCase("overhead_pct", "overhead_pct")]
    [TestCase("  Overhead_PCT ", "overhead_pct")]
    [TestCase("formatie_per_1000", "formatie_per_1000")]
    [TestCase("area_km2", "area_km2")]
    public void Parse_ValidCode_GivesTheCanonicalLowerCaseForm(string text, string expected)
    {
        var code = IndicatorCode.Parse(text);

        Assert.Multiple(() =>
        {
            Assert.That(code.ToString(), Is.EqualTo(expected));
            Assert.That(code.Value, Is.EqualTo(expected));
            Assert.That(IndicatorCode.Parse(code.ToString()), Is.EqualTo(code), "the canonical form reads back to an equal code");
        });
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("1st_quarter")]
    [TestCase("_pct")]
    [TestCase("overhead pct")]
    [TestCase("overhead-pct")]
    [TestCase("overhéad")]
    public void TryParse_MalformedCode_FailsWithAReasonInBothLanguages(string text)
    {
        var parsed = IndicatorCode.TryParse(text, out _, out var error);

        Assert.Multiple(() =>
        {
            Assert.That(parsed, Is.False);
            Assert.That(error.Nl, Does.StartWith($"'{text}' is geen indicatorcode").And.Contain("overhead_pct"));
            Assert.That(error.En, Does.StartWith($"'{text}' is not an indicator code").And.Contain("overhead_pct"));
            Assert.That(() => IndicatorCode.Parse(text), Throws.InstanceOf<FormatException>().With.Message.EqualTo(error.En));
        });
    }

    [Test]
    public void TryParse_LongerThanTheMaximum_Fails()
    {
        Assert.Multiple(() =>
        {
            Assert.That(IndicatorCode.TryParse(new string('a', IndicatorCode.MaxLength), out _), Is.True);
            Assert.That(IndicatorCode.TryParse(new string('a', IndicatorCode.MaxLength + 1), out _), Is.False);
            Assert.That(IndicatorCode.TryParse(null, out _), Is.False);
        });
    }

    [Test]
    public void Codes_CompareOrdinallyAndConvertToTheirText()
    {
        var a = IndicatorCode.Parse("a_pct");
        var b = IndicatorCode.Parse("b_pct");
        string text = b;

        Assert.Multiple(() =>
        {
            Assert.That(a < b && b > a && a <= b && b >= a && !(b < a), Is.True);
            Assert.That(new[] { b, a }.Order(), Is.EqualTo(new[] { a, b }));
            Assert.That(text, Is.EqualTo("b_pct"));
            Assert.That(default(IndicatorCode).Value, Is.Empty);
        });
    }

    [Test]
    public void Json_IsTheCodeAsAString()
    {
        var json = JsonSerializer.Serialize(new[] { IndicatorCode.Parse("overhead_pct") });

        Assert.Multiple(() =>
        {
            Assert.That(json, Is.EqualTo("[\"overhead_pct\"]"));
            Assert.That(JsonSerializer.Deserialize<IndicatorCode[]>("[\"Overhead_Pct\"]"), Is.EqualTo(new[] { IndicatorCode.Parse("overhead_pct") }));
            Assert.That(() => JsonSerializer.Deserialize<IndicatorCode[]>("[\"no such\"]"), Throws.InstanceOf<JsonException>());
        });
    }

    [Test]
    public void Catalogue_EveryBuiltInCodeIsAValidIndicatorCode()
    {
        foreach (var indicator in IndicatorCatalog.Default.All)
        {
            Assert.That(IndicatorCode.TryParse(indicator.Code.Value, out var code) && code == indicator.Code, Is.True, indicator.Code.Value);
        }
    }

    [Test]
    public void Catalogue_WithAMalformedCode_IsRejectedSayingWhichIndicator()
    {
        const string Json = """
            { "version": "x", "indicators": [
              { "code": "printing costs", "name": { "nl": "P", "en": "P" }, "unit": "Euro", "direction": "LowerIsBetter", "kind": "Raw" } ] }
            """;
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Json));

        Assert.That(
            () => IndicatorCatalog.Load(stream),
            Throws.InstanceOf<InvalidDataException>().With.Message.Contains("Indicator #1").And.Message.Contains("'printing costs' is not an indicator code"));
    }
}
