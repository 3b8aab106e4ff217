using Benchmark.Municipalities;
using Benchmark.Validation;

namespace Benchmark.Tests.Import;

/// <summary>
/// Values that depend on the decimal convention enter the dataset provisionally and without their text; once the file
/// decides, those it cannot read leave it again with a finding that quotes them exactly as written.
/// </summary>
public sealed class HeldValuesTests
{
    private static readonly MunicipalityCode Amsterdam = MunicipalityCode.Parse("GM0363");

    [TestCase("12,30")]
    [TestCase("0012,30")]
    [TestCase("0,05")]
    [TestCase("1234567,89")]
    [TestCase("1.234,5")]
    [TestCase(" 12,3 ")]
    [TestCase("€ 1.234,56")]
    public void Import_CommaValueInAPointFile_IsRejectedQuotedAsWritten(string raw)
    {
        var result = ImportHelper.Import(File(raw, "12.5", "11.25", "10.75"));

        var finding = result.Findings(Rules.NotANumber).Single();
        Assert.That(finding.Value, Is.EqualTo(raw));
        Assert.That(finding.Line, Is.EqualTo(5));
        Assert.That(finding.Message.En, Does.StartWith($"'{raw}' does not fit the decimal separator of this file, the decimal point"));
        Assert.That(result.Dataset.Count, Is.EqualTo(3));
        Assert.That(result.Dataset.ValueOrNaN(Amsterdam, 2021, "overhead_costs"), Is.EqualTo(11.25));
    }

    [TestCase("12.30")]
    [TestCase("0.000000000001")]
    [TestCase("1,234.5")]
    [TestCase("€ 0.5")]
    public void Import_PointValueInACommaFile_IsRejectedQuotedAsWritten(string raw)
    {
        var result = ImportHelper.Import(File(raw, "12,5", "11,25", "10,75"));

        Assert.That(result.Findings(Rules.NotANumber).Single().Value, Is.EqualTo(raw));
        Assert.That(result.Dataset.Count, Is.EqualTo(3));
        Assert.That(result.Dataset.ValueOrNaN(Amsterdam, 2022, "overhead_costs"), Is.EqualTo(10.75));
    }

    [Test]
    public void Import_OnlyAmbiguousValues_RejectsThemQuotedAsWrittenAndKeepsTheRest()
    {
        var result = ImportHelper.Import(File("1.234", "1,234", "7", "-"));

        var findings = result.Findings(Rules.AmbiguousNumber);
        Assert.That(findings.Select(f => f.Value), Is.EqualTo(new[] { "1,234", "1.234" }));
        Assert.That(findings.Select(f => f.Line), Is.EqualTo(new[] { 2, 5 }));
        Assert.That(result.Dataset.Count, Is.EqualTo(2), "7 and the missing value stay");
        Assert.That(result.Dataset.ValueOrNaN(Amsterdam, 2021, "overhead_costs"), Is.EqualTo(7));
    }

    [Test]
    public void Import_AmbiguousValuesInADecidedFile_TakeTheFilesConvention()
    {
        var result = ImportHelper.Import(File("1.234", "12,5", "2.500", "0,75"));

        Assert.That(result.Report().Findings, Is.Empty);
        Assert.That(result.Dataset.ValueOrNaN(Amsterdam, 2023, "overhead_costs"), Is.EqualTo(1234), "a thousands point in a decimal-comma file");
        Assert.That(result.Dataset.ValueOrNaN(Amsterdam, 2021, "overhead_costs"), Is.EqualTo(2500));
    }

    [Test]
    public void Import_WrongConventionInTheSecondFigureColumn_NamesThatColumn()
    {
        // The column of a held value's finding is found again from its header.
        var result = ImportHelper.Import(
            "gemeentecode;jaar;overhead_costs;inwoners\nGM0363;2020;12,5;900000\nGM0363;2021;11,25;910,5\nGM0363;2022;10,75;920.5\n");

        var findings = result.Findings(Rules.NotANumber);
        Assert.That(findings.Select(f => (f.Line, f.Column, f.Value)), Is.EqualTo(new[] { (4, (string?)"inwoners", (string?)"920.5") }));
        Assert.That(result.Dataset.ValueOrNaN(Amsterdam, 2021, "inhabitants"), Is.EqualTo(910.5));
    }

    /// <summary>A wide file of overhead costs (a euro figure) for Amsterdam, 2020–2022 then 2023 with <paramref name="last"/>.</summary>
    private static string File(string last, string y2020, string y2021, string y2022) =>
        $"gemeentecode;jaar;overhead_costs\nGM0363;2020;{y2020}\nGM0363;2021;{y2021}\nGM0363;2022;{y2022}\nGM0363;2023;{last}\n";
}
