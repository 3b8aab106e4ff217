using Benchmark.Import;
using Benchmark.Validation;

namespace Benchmark.Tests.Import;

public sealed class DecimalDetectionTests
{
    private const string Header = "gemeentecode;jaar;totale lasten;overhead %\r\n";

    [Test]
    public void Import_CommaProof_ReadsThousandsPointAsThousands()
    {
        var result = ImportHelper.Import(Header + "GM0363;2024;1.234;12,5\r\n");

        Assert.That(result.Report().Format!.DecimalSeparator, Is.EqualTo(','));
        Assert.That(result.Value("GM0363", 2024, "total_expenditure"), Is.EqualTo(1234));
        Assert.That(result.Value("GM0363", 2024, "overhead_pct"), Is.EqualTo(12.5));
        Assert.That(result.Report().Findings, Is.Empty);
    }

    [Test]
    public void Import_PointProof_ReadsThousandsCommaAsThousands()
    {
        var result = ImportHelper.Import(Header + "GM0363;2024;1,234;12.5\r\n");

        Assert.That(result.Report().Format!.DecimalSeparator, Is.EqualTo('.'));
        Assert.That(result.Value("GM0363", 2024, "total_expenditure"), Is.EqualTo(1234));
        Assert.That(result.Value("GM0363", 2024, "overhead_pct"), Is.EqualTo(12.5));
    }

    [Test]
    public void Import_ProofAfterTheAmbiguousValue_StillDecidesIt()
    {
        var result = ImportHelper.Import(Header + "GM0363;2024;1.234;7\r\nGM0014;2024;5;9,25\r\n");

        Assert.That(result.Value("GM0363", 2024, "total_expenditure"), Is.EqualTo(1234));
        Assert.That(result.Report().Findings, Is.Empty);
    }

    [Test]
    public void Import_NoProof_AmbiguousValueIsRejectedWithDecimalHint()
    {
        var result = ImportHelper.Import(Header + "GM0363;2024;1.234;7\r\n");

        var finding = result.Findings(Rules.AmbiguousNumber).Single();
        Assert.That(finding.Severity, Is.EqualTo(Severity.Error));
        Assert.That(finding.Line, Is.EqualTo(2));
        Assert.That(finding.Column, Is.EqualTo("totale lasten"));
        Assert.That(finding.Value, Is.EqualTo("1.234"));
        Assert.That(finding.Hint.En, Does.Contain("--decimal comma").And.Contain("--decimal point"));
        Assert.That(finding.Hint.Nl, Does.Contain("--decimal comma").And.Contain("--decimal point"));
        Assert.That(finding.Message.En, Does.Contain("1234").And.Contain("1.234"));
        Assert.That(finding.Message.Nl, Does.Contain("1234").And.Contain("1,234"), "Dutch formats 1.234 with a decimal comma");
        Assert.That(result.Dataset.TryGetValue(Benchmark.Municipalities.MunicipalityCode.Parse("GM0363"), 2024, "total_expenditure", out _), Is.False);
        Assert.That(result.Value("GM0363", 2024, "overhead_pct"), Is.EqualTo(7), "whole numbers read the same either way");
    }

    [TestCase(DecimalConvention.Comma, 1234d)]
    [TestCase(DecimalConvention.Point, 1.234)]
    public void Import_ForcedConvention_DecidesAmbiguousValues(DecimalConvention convention, double expected)
    {
        var result = ImportHelper.Import(Header + "GM0363;2024;1.234;7\r\n", ImportOptions.Default with { DecimalConvention = convention });

        Assert.That(result.Report().Findings, Is.Empty);
        Assert.That(result.Value("GM0363", 2024, "total_expenditure"), Is.EqualTo(expected));
    }

    [Test]
    public void Import_CommaSeparator_DecimalIsPoint()
    {
        var result = ImportHelper.Import("gemeentecode,jaar,totale lasten,overhead %\r\nGM0363,2024,\"1,234\",\"12,5\"\r\n");

        Assert.That(result.Report().Format!.DecimalSeparator, Is.EqualTo('.'));
        Assert.That(result.Value("GM0363", 2024, "total_expenditure"), Is.EqualTo(1234));
        var finding = result.Findings(Rules.NotANumber).Single();
        Assert.That((finding.Line, finding.Column, finding.Value), Is.EqualTo((2, "overhead %", "12,5")));
    }

    [Test]
    public void Import_MixedProofs_MajorityWinsAndMinorityIsRejected()
    {
        var result = ImportHelper.Import(Header + "GM0363;2024;1,5;12,5\r\nGM0014;2024;2,5;3.5\r\nGM0034;2024;1.000;4,75\r\n");

        Assert.That(result.Report().Format!.DecimalSeparator, Is.EqualTo(','));
        Assert.That(result.Value("GM0034", 2024, "total_expenditure"), Is.EqualTo(1000));
        var finding = result.Findings(Rules.NotANumber).Single();
        Assert.That((finding.Line, finding.Column, finding.Value), Is.EqualTo((3, "overhead %", "3.5")));
        Assert.That(finding.Message.En, Does.Contain("decimal comma").And.Contain("line 2"));
    }

    [TestCase("12,5%", 12.5)]
    [TestCase(" 12,5 % ", 12.5)]
    [TestCase("-0,5", -0.5)]
    public void Import_PercentFigure_AcceptsPercentSign(string text, double expected)
    {
        var result = ImportHelper.Import(Header + $"GM0363;2024;1,5;{text}\r\n");

        Assert.That(result.Report().Findings, Is.Empty);
        Assert.That(result.Value("GM0363", 2024, "overhead_pct"), Is.EqualTo(expected));
    }

    [Test]
    public void Import_EuroFigure_AcceptsEuroSignAndGroups()
    {
        var result = ImportHelper.Import(Header + "GM0363;2024;€ 1.234.567,89;12,5\r\n");

        Assert.That(result.Value("GM0363", 2024, "total_expenditure"), Is.EqualTo(1234567.89));
    }

    [Test]
    public void Import_SignsOnTheWrongFigure_AreNotANumber()
    {
        var result = ImportHelper.Import(Header + "GM0363;2024;12,5%;€ 7\r\n");

        var findings = result.Findings(Rules.NotANumber);
        Assert.That(findings.Select(f => (f.Line, f.Column, f.Value)), Is.EqualTo(new[] { (2, "totale lasten", "12,5%"), (2, "overhead %", "€ 7") }));
        Assert.That(findings[0].Message.En, Does.Contain("% sign"));
        Assert.That(findings[1].Message.En, Does.Contain("€ sign"));
    }
}
