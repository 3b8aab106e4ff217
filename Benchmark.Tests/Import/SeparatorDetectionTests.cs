using Benchmark.Import.Detection;

namespace Benchmark.Tests.Import;

public sealed class SeparatorDetectionTests
{
    [TestCase("gemeentecode;jaar;overhead %\nGM0363;2024;12,5\nGM0014;2024;9,1\n", ';')]
    [TestCase("gemeentecode,jaar,overhead %\nGM0363,2024,12.5\nGM0014,2024,9.1\n", ',')]
    [TestCase("gemeentecode\tjaar\toverhead %\nGM0363\t2024\t12,5\n", '\t')]
    [TestCase("gemeentecode,gemeentenaam,jaar\nGM0820,\"Nuenen; Gerwen en Nederwetten\",2024\n", ',')]
    [TestCase("gemeentecode;gemeentenaam;jaar\nGM0820;\"Nuenen, Gerwen en Nederwetten\";2024\n", ';')]
    public void Detect_CommonFiles_FindsTheSeparator(string sample, char expected)
    {
        Assert.That(SeparatorDetector.Detect(sample, sampleIsWhole: true), Is.EqualTo(expected));
    }

    [Test]
    public void Detect_CommaSplitsHeaderMoreButInconsistently_PrefersConsistentSemicolon()
    {
        // ',' splits the header into 4 fields but the rows into 1; ';' gives 3 everywhere.
        const string sample = "gemeentecode;jaar;a,b,c,d\nGM0363;2024;5\nGM0014;2024;6\n";

        Assert.That(SeparatorDetector.Detect(sample, sampleIsWhole: true), Is.EqualTo(';'));
    }

    [Test]
    public void Detect_ExcelSepHint_Decides()
    {
        Assert.That(SeparatorDetector.Detect("sep=,\r\na;b,c\r\n", sampleIsWhole: true), Is.EqualTo(','));
    }

    [TestCase("sep=\"\na;b\n1;2\n")]
    [TestCase("sep=é\na;b\n1;2\n")]
    public void Detect_ExcelSepHintWithUnusableCharacter_IsIgnored(string sample)
    {
        Assert.That(SeparatorDetector.Detect(sample, sampleIsWhole: true), Is.EqualTo(';'));
    }

    [Test]
    public void Detect_OneColumn_DefaultsToSemicolon()
    {
        Assert.That(SeparatorDetector.Detect("gemeentecode\nGM0363\n", sampleIsWhole: true), Is.EqualTo(';'));
    }

    [TestCase("gemeentecode;jaar;inwoners\r\nGM0363;2024;931298\r\n", ';')]
    [TestCase("gemeentecode,jaar,inwoners\r\nGM0363,2024,931298\r\n", ',')]
    [TestCase("gemeentecode\tjaar\tinwoners\r\nGM0363\t2024\t931298\r\n", '\t')]
    public void Import_Separator_IsReportedAndUsed(string text, char separator)
    {
        var result = ImportHelper.Import(text);

        Assert.That(result.Report().Format!.Separator, Is.EqualTo(separator));
        Assert.That(result.Value("GM0363", 2024, "inhabitants"), Is.EqualTo(931298));
    }

    [Test]
    public void Import_ExcelSepLine_IsSkippedAndLinesStayPhysical()
    {
        var result = ImportHelper.Import("sep=;\r\ngemeentecode;jaar;inwoners\r\nGM0363;2024;931298\r\n");

        Assert.That(result.Report().Findings, Is.Empty);
        Assert.That(result.Dataset[0].Source.Line, Is.EqualTo(3));
    }

    [TestCase("sep=\"\ngemeentecode;jaar;inwoners\nGM0363;2024;931298\n")]
    [TestCase("sep=|\ngemeentecode|jaar|inwoners\nGM0363|2024|931298\n")]
    [TestCase("sep=\ngemeentecode;jaar;inwoners\nGM0363;2024;931298\n")]
    public void Import_OddSepLines_NeverThrow(string text)
    {
        var report = ImportHelper.Import(text).Report();

        Assert.That(report.RowsRead, Is.EqualTo(report.RowsAccepted + report.RowsRejected));
    }
}
