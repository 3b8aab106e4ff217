using Benchmark.Text;

namespace Benchmark.Tests.Export;

/// <summary>CSV for scripts without arithmetic noise, and CSV a Dutch Excel opens in columns (issue 13).</summary>
public sealed class CsvDialectTests
{
    // 6.15 - 6.72 in binary64 is -0.5699999999999994 (Python: 6.15 - 6.72); 0.1 + 0.2 is 0.30000000000000004.
    [TestCase(6.15 - 6.72, "-0.57")]
    [TestCase(0.1 + 0.2, "0.3")]
    [TestCase(6.279999999999999, "6.28")]
    [TestCase(875247906, "875247906")]
    [TestCase(9.7, "9.7")]
    [TestCase(1e-7, "0.0000001")]
    [TestCase(1234567.891, "1234567.891")]
    public void Invariant_WritesTheShortestFormWithoutNoise(double value, string expected) =>
        Assert.That(CsvDialect.Invariant.Number(value), Is.EqualTo(expected));

    [Test]
    public void Invariant_ExactNumber_RoundTripsEvenNoise() =>
        Assert.That(CsvDialect.Invariant.ExactNumber(0.1 + 0.2), Is.EqualTo("0.30000000000000004"));

    [Test]
    public void ExcelNl_UsesSemicolonDecimalCommaAndAByteOrderMark()
    {
        var dialect = CsvDialect.Find("EXCEL-NL")!;
        using var writer = new StringWriter();
        dialect.Begin(writer);
        writer.Write(string.Join(dialect.Separator, Benchmark.Import.Workbooks.SpreadsheetCsv.Field("Grootteklasse 10.000–20.000", dialect.Separator), Benchmark.Import.Workbooks.SpreadsheetCsv.Field("a;b", dialect.Separator), dialect.Number(6.15 - 6.72)));

        Assert.That(writer.ToString(), Is.EqualTo("\uFEFFGrootteklasse 10.000–20.000;\"a;b\";-0,57"));
    }

    [Test]
    public void SpreadsheetField_ForSemicolonFiles_QuotesTheSeparatorAndStillEscapesFormulas()
    {
        Assert.That(Benchmark.Import.Workbooks.SpreadsheetCsv.Field("a;b", ';'), Is.EqualTo("\"a;b\""));
        Assert.That(Benchmark.Import.Workbooks.SpreadsheetCsv.Field("a,b", ';'), Is.EqualTo("a,b"));
        Assert.That(Benchmark.Import.Workbooks.SpreadsheetCsv.Field("=SUM(A1)", ';'), Is.Not.StartWith("="), "a formula is neutralised in either dialect");
    }
}
