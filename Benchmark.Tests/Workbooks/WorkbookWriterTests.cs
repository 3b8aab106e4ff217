using Benchmark.Catalog;
using Benchmark.Import;
using Benchmark.Import.Workbooks;
using Benchmark.Tests.Cli;
using Benchmark.Text;
using Benchmark.Validation;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Benchmark.Tests.Workbooks;

/// <summary>Workbooks written for people: number formats, frozen header, notes, data validation; and read back (issue 13).</summary>
public sealed class WorkbookWriterTests
{
    [Test]
    public void Template_HasACatalogueColumnPerFigure_NotesWithDefinitions_AndRangeValidation()
    {
        using var stream = new MemoryStream();
        DeliveryTemplate.Write(stream, 2025, IndicatorCatalog.Default, BuiltInMunicipalities.Registry, Language.Dutch);
        stream.Position = 0;
        using var document = SpreadsheetDocument.Open(stream, false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single();
        var delivered = IndicatorCatalog.Default.All.Count(i => i.Formula is null);

        var header = sheet.Worksheet!.GetFirstChild<SheetData>()!.Elements<Row>().First().Elements<Cell>().Select(c => c.InnerText).ToList();
        Assert.That(header.Take(3), Is.EqualTo(new[] { "gemeentecode", "gemeentenaam", "jaar" }));
        Assert.That(header, Has.Count.EqualTo(3 + delivered));
        Assert.That(header.Skip(3).Select(h => IndicatorCatalog.Default.FindByHeader(h)?.Code), Has.None.Null, "every header reads back as its figure");
        var notes = sheet.WorksheetCommentsPart!.Comments!.CommentList!.Elements<Comment>().ToList();
        Assert.That(notes, Has.Count.EqualTo(delivered));
        Assert.That(notes.Select(n => n.InnerText), Has.Some.Contains("sickness_absence_pct").And.Some.Contains("Geldig: 0 t/m 100."));
        var validations = sheet.Worksheet.GetFirstChild<DataValidations>()!.Elements<DataValidation>().ToList();
        Assert.That(validations, Is.Not.Empty);
        Assert.That(sheet.Worksheet.Descendants<Pane>().Single().State!.Value, Is.EqualTo(PaneStateValues.Frozen));
    }

    [Test]
    public void Template_ReadsBackWithoutErrors()
    {
        var path = Path.Combine(Path.GetTempPath(), $"template-{Guid.NewGuid():N}.xlsx");
        try
        {
            using (var file = File.Create(path))
            {
                DeliveryTemplate.Write(file, 2024, IndicatorCatalog.Default, BuiltInMunicipalities.Registry, Language.English);
            }

            var report = DatasetLoader.Load([path]);

            Assert.That(report.Files.Single().RowsRead, Is.EqualTo(342));
            Assert.That(report.AllFindings.Where(f => f.IsError), Is.Empty);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Compare_FormatXlsx_WritesNumbersAsNumbersWithAFormat()
    {
        var path = Path.Combine(Path.GetTempPath(), $"compare-{Guid.NewGuid():N}.xlsx");
        try
        {
            var run = CliRunner.Run("compare", "GM0193", "--input", Path.Combine("samples", "benchmark-2024.csv"), "--format", "xlsx", "--out", path);

            Assert.That(run.ExitCode, Is.Zero, run.Error);
            using var document = SpreadsheetDocument.Open(path, false);
            var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet!.GetFirstChild<SheetData>()!.Elements<Row>().ToList();
            Assert.That(rows[0].Elements<Cell>().First(c => c.CellReference == "E1").InnerText, Is.EqualTo("Waarde"));
            var value = rows[1].Elements<Cell>().First(c => c.CellReference == "E2");
            Assert.That(value.DataType, Is.Null.Or.EqualTo(new DocumentFormat.OpenXml.EnumValue<CellValues>(CellValues.Number)));
            Assert.That(double.Parse(value.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(6.15));
            Assert.That(value.StyleIndex!.Value, Is.GreaterThan(2u), "a number format, not General");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Compare_FormatXlsxWithoutOut_IsAUsageError()
    {
        var run = CliRunner.Run("compare", "GM0193", "--input", Path.Combine("samples", "benchmark-2024.csv"), "--format", "xlsx");

        Assert.That(run.ExitCode, Is.EqualTo(Benchmark.Cli.ExitCodes.UsageOrUnreadable));
        Assert.That(run.Error, Does.Contain("--out BESTAND.xlsx"));
    }

    [Test]
    public void LongWorkbook_FromTheWriter_ReadsBackToTheSameValues()
    {
        WorkbookColumn[] columns = [new("gemeentecode", -1), new("jaar", 0), new("indicator", -1), new("waarde", 6)];
        IReadOnlyList<object?>[] rows = [["GM0193", 2024, "overhead_pct", 0.1 + 0.2], ["GM0014", 2024, "inhabitants", 243768.0]];
        using var stream = new MemoryStream();
        WorkbookWriter.Write(stream, "export", columns, rows);
        stream.Position = 0;

        var result = CsvImporter.Import(stream, "export.xlsx", ImportOptions.Default);

        Assert.That(result.Files.Single().Findings.Where(f => f.Severity != Severity.Info), Is.Empty);
        Assert.That(result.Dataset.ValueOrNaN(Benchmark.Municipalities.MunicipalityCode.Parse("GM0193"), 2024, "overhead_pct"), Is.EqualTo(0.1 + 0.2), "bit for bit");
    }
}
