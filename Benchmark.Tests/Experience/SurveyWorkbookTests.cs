using Benchmark.Import.Survey;
using Benchmark.Import.Workbooks;
using Benchmark.Validation;

namespace Benchmark.Tests.Experience;

/// <summary>Issue 14: respondent answers delivered as an Excel workbook read as the CSV does, with findings that name the cell.</summary>
public sealed class SurveyWorkbookTests
{
    private static readonly string[] Header = ["respondent", "gemeentecode", "jaar", "onderzoek", "vragenlijstversie", "afdeling", "item", "antwoord"];

    [Test]
    public void Workbook_GivesTheSameAnswersAsTheCsv_AndNamesTheCellOfAProblem()
    {
        var lines = File.ReadLines(Path.Combine(TestPaths.RepositoryRoot(), "samples", "survey", "respondenten-2024.csv")).Skip(1).Take(300)
            .Select(l => l.Split(';')).ToList();
        lines[3][7] = "12"; // sheet row 5 (header on row 1): an answer outside the 1–5 scale
        var csv = string.Join("\n", lines.Select(l => string.Join(';', l)).Prepend(string.Join(';', Header))) + "\n";
        using var workbook = new MemoryStream();
        WorkbookWriter.Write(workbook, "Antwoorden", [.. Header.Select(h => new WorkbookColumn(h, -1))], lines.Select(l => (IReadOnlyList<object?>)[.. l]));

        var fromCsv = SurveyFileReader.Read(System.Text.Encoding.UTF8.GetBytes(csv), "antwoorden.csv");
        var fromWorkbook = SurveyFileReader.Read(workbook.ToArray(), "antwoorden.xlsx");

        Assert.That(fromCsv.Answers, Has.Count.GreaterThan(250));
        Assert.That(fromWorkbook.Answers, Is.EqualTo(fromCsv.Answers));
        var problem = fromWorkbook.Report.Findings.Single(f => f.IsError);
        Assert.That(problem.Line, Is.EqualTo(5));
        Assert.That(problem.Cell, Is.EqualTo("Antwoorden!H5"));
        Assert.That(fromCsv.Report.Findings.Single(f => f.IsError).Rule, Is.EqualTo(problem.Rule));
    }

    [Test]
    public void OldExcelFile_IsAFindingNotACrash()
    {
        byte[] xls = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];

        var read = SurveyFileReader.Read(xls, "antwoorden.xls");

        Assert.That(read.Answers, Is.Empty);
        Assert.That(read.Report.Findings.Single().Severity, Is.EqualTo(Severity.Error));
    }
}
