using Benchmark.Text;

namespace Benchmark.Tests.Localization;

public sealed class LanguageTextTests
{
    [Test]
    public void Format_LocalizedTextArgument_IsResolvedPerLanguage()
    {
        var unit = new LocalizedText("euro per inwoner", "euros per inhabitant");

        var text = LocalizedText.Format("{0:N1} {1}", "{0:N1} {1}", 1234.5, unit);

        Assert.Multiple(() =>
        {
            Assert.That(text.Nl, Is.EqualTo("1.234,5 euro per inwoner"));
            Assert.That(text.En, Is.EqualTo("1,234.5 euros per inhabitant"));
        });
    }

    [TestCase(0, "0 gemeenten", "0 municipalities")]
    [TestCase(1, "1 gemeente", "1 municipality")]
    [TestCase(2, "2 gemeenten", "2 municipalities")]
    [TestCase(1234, "1.234 gemeenten", "1,234 municipalities")]
    public void Counted_SingularForOneOnly_WithThousandsSeparators(int count, string dutch, string english)
    {
        Assert.Multiple(() =>
        {
            Assert.That(Language.Dutch.Counted(count, "gemeente", "gemeenten", "municipality", "municipalities"), Is.EqualTo(dutch));
            Assert.That(Language.English.Counted(count, "gemeente", "gemeenten", "municipality", "municipalities"), Is.EqualTo(english));
        });
    }

    [Test]
    public void OneLanguage_PicksFormatsAndWritesDatesInItsCulture()
    {
        var moment = new DateTimeOffset(2026, 12, 7, 4, 0, 0, TimeSpan.Zero);

        Assert.Multiple(() =>
        {
            Assert.That(Language.Dutch.Pick("fout", "error"), Is.EqualTo("fout"));
            Assert.That(Language.English.Format("{0:N2} ({1})", "{0:N2} ({1})", 0.5, new LocalizedText("ja", "yes")), Is.EqualTo("0.50 (yes)"));
            Assert.That(Language.Dutch.Format("{0:N2} ({1})", "{0:N2} ({1})", 0.5, new LocalizedText("ja", "yes")), Is.EqualTo("0,50 (ja)"));
            Assert.That(Language.Dutch.Date(moment), Is.EqualTo("7 december 2026"));
            Assert.That(Language.English.WholeNumber(12345), Is.EqualTo("12,345"));
        });
    }

    [TestCase("nl", true, Language.Dutch)]
    [TestCase("EN", true, Language.English)]
    [TestCase("de", false, Language.Dutch)]
    [TestCase(null, false, Language.Dutch)]
    public void TryParse_ReadsTheCodeOfLang(string? code, bool known, Language expected)
    {
        Assert.That(LanguageText.TryParse(code, out var language), Is.EqualTo(known));
        Assert.That(language, Is.EqualTo(expected));
    }
}
