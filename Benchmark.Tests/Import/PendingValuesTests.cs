using Benchmark.Catalog;
using Benchmark.Import.Parsing;
using Benchmark.Import.Reading;
using Benchmark.Municipalities;
using Benchmark.Validation;

namespace Benchmark.Tests.Import;

/// <summary>Held values do not keep their text; findings that quote it still quote it exactly.</summary>
public sealed class PendingValuesTests
{
    [TestCase("12,30")]
    [TestCase("0012,30")]
    [TestCase("0,05")]
    [TestCase("1.234")]
    [TestCase("1,234")]
    [TestCase("999.000")]
    [TestCase("0.000000000001")]
    [TestCase("1234567,89")]
    [TestCase(" 12,3 ")]
    [TestCase("€ 1.234,56")]
    [TestCase("abc")]
    [TestCase("12,3%")]
    public void RawOf_AQuotableCell_IsTheTextAsWritten(string raw)
    {
        var values = new PendingValues();
        var indicator = IndicatorCatalog.Default.Get("overhead_costs");
        values.Add(MunicipalityCode.Parse("GM0363"), 2024, indicator, 7, 3, raw, NumberParser.Read(raw, allowPercent: false, allowEuro: true));

        var (index, value) = values.TakeAll().Single();

        Assert.That(values.RawOf(index, value), Is.EqualTo(raw));
        Assert.That(value.Reading, Is.EqualTo(NumberParser.Read(raw, allowPercent: false, allowEuro: true)));
    }

    [Test]
    public void Import_CommaValuesInAPointFile_QuoteTheValuesExactly()
    {
        // Three values prove the decimal point; two only read with a decimal comma and are rejected, quoted as written.
        const string text = "gemeentecode;jaar;overhead_pct\nGM0363;2020;12.5\nGM0363;2021;11.25\nGM0363;2022;10.75\nGM0363;2023;0010,50\nGM0363;2024;9,80\n";

        var findings = ImportHelper.Import(text).Findings(Rules.NotANumber);

        Assert.That(findings.Select(f => f.Value), Is.EqualTo(new[] { "0010,50", "9,80" }));
        Assert.That(findings[1].Message.En, Does.StartWith("'9,80' does not fit the decimal separator of this file, the decimal point"));
    }
}
