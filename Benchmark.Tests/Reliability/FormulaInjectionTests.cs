using Benchmark.Cli;
using Benchmark.Export.Results;
using Benchmark.Import.Workbooks;
using Benchmark.Tests.Cli;

namespace Benchmark.Tests.Reliability;

/// <summary>Issue 16: text that a spreadsheet would run as a formula is written as text in every CSV output.</summary>
public sealed class FormulaInjectionTests
{
    [TestCase("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [TestCase("+31", "\"'+31\"")]
    [TestCase("-cmd", "\"'-cmd\"")]
    [TestCase("@SUM(A1)", "\"'@SUM(A1)\"")]
    [TestCase("\tx", "\"'\tx\"")]
    [TestCase("Leerkring Oost", "Leerkring Oost")]
    [TestCase("a,b", "\"a,b\"")]
    [TestCase("", "")]
    public void Field_PossibleFormula_IsEscapedAndQuoted(string text, string written) =>
        Assert.That(SpreadsheetCsv.Field(text), Is.EqualTo(written));

    [Test]
    public void ResultCsv_TextEscaped_NumbersKeptAsNumbers()
    {
        var table = new ResultTable("t", [new ResultColumn("name", "naam", "name"), new ResultColumn("value", "waarde", "value", CellKind.Number)], [["=1+1", -5.5]]);
        using var output = new StringWriter();

        ResultCsvWriter.Write(table, output);

        Assert.That(output.ToString().ReplaceLineEndings("\n"), Is.EqualTo("name,value\n\"'=1+1\",-5.5\n"));
    }

    [Test]
    public void Stats_GroupNamedLikeAFormula_IsWrittenAsText()
    {
        var folder = Directory.CreateTempSubdirectory("benchmark-injection-");
        try
        {
            var groups = Path.Combine(folder.FullName, "groups.csv");
            File.WriteAllText(groups, "groep;gemeentecode\n=SUM(1;GM0193\n=SUM(1;GM0200\n=SUM(1;GM0150\n=SUM(1;GM0153\n=SUM(1;GM0141\n");
            var output = Path.Combine(folder.FullName, "stats.csv");

            var run = CliRunner.Run("stats", "--peers", "group:=SUM(1", "--groups", groups, "--input", "samples/benchmark-2024.csv", "--out", output);

            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
            var lines = File.ReadAllLines(output);
            Assert.That(lines.Skip(1), Has.All.Contains(",'=SUM(1,").Or.All.Contains(",\"'=SUM(1\","));
            Assert.That(lines.Skip(1).Select(l => l.Split(',')[0]), Has.None.StartsWith("="));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
