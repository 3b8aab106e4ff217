using Benchmark.Import;
using Benchmark.Tests.Import;
using Benchmark.Validation;
using static Benchmark.Tests.Workbooks.TestWorkbook;

namespace Benchmark.Tests.Workbooks;

/// <summary>Yearly files as Excel workbooks: the same rules as CSV, findings that name the cell, bad workbooks as findings (issue 13).</summary>
public sealed class WorkbookImportTests
{
    private const string Csv = "gemeentecode;gemeentenaam;jaar;Inwoners;Ziekteverzuim %;Meldingsfrequentie\n" +
        "GM0014;Groningen;2024;243768;8,37;1,26\n" +
        "GM0193;Zwolle;2024;132411;560;1,1\n";

    [Test]
    public void Workbook_ReadsLikeTheSameCsv_WithFindingsNamingTheCell()
    {
        var csv = ImportHelper.Import(Csv);
        var xlsx = Import(Create(new SheetSpec("Blad1", RowsOf(Csv))));

        Assert.That(xlsx.Dataset.Count, Is.EqualTo(csv.Dataset.Count));
        Assert.That(xlsx.Value("GM0014", 2024, "sickness_absence_pct"), Is.EqualTo(8.37));
        var f = OutOfRange(xlsx);
        Assert.That((f.Line, f.Column, f.Cell, f.Value), Is.EqualTo((3, "Ziekteverzuim %", "Blad1!E3", "560")));
        Assert.That(xlsx.Report().Format!.Encoding, Is.EqualTo("xlsx"));
    }

    [Test]
    public void Workbook_HeaderTypo_IsTheSameErrorWithItsCell()
    {
        var xlsx = Import(Create(new SheetSpec("Blad1", RowsOf(Csv.Replace("Ziekteverzuim %", "Ziekteverzium %", StringComparison.Ordinal)))));

        var f = xlsx.Findings(Rules.ProbableTypo).Single();
        Assert.That(f.Cell, Is.EqualTo("Blad1!E1"));
    }

    [Test]
    public void Workbook_RowsAfterABlankRow_KeepTheirExcelRowNumbers()
    {
        var rows = RowsOf(Csv).ToList();
        rows.Insert(2, []);
        var xlsx = Import(Create(new SheetSpec("Blad1", rows)));

        Assert.That(OutOfRange(xlsx).Cell, Is.EqualTo("Blad1!E4"));
    }

    [Test]
    public void Workbook_FormulaError_IsANotANumberFindingWithTheErrorAsWritten()
    {
        var rows = RowsOf(Csv).ToList();
        rows[1] = [.. rows[1].Take(4), new ErrorCell("#DIV/0!"), rows[1][5]];
        var xlsx = Import(Create(new SheetSpec("Blad1", rows)));

        var f = xlsx.Findings(Rules.NotANumber).Single();
        Assert.That((f.Cell, f.Value), Is.EqualTo(("Blad1!E2", "#DIV/0!")));
    }

    [Test]
    public void Workbook_HiddenFirstSheet_IsSkippedWithAWarning_AndSheetChoosesOne()
    {
        var bytes = Create(new SheetSpec("Oud", [["x"]], Hidden: true), new SheetSpec("Data 2024", RowsOf(Csv)));

        var first = Import(bytes);
        var chosen = Import(bytes, ImportOptions.Default with { Sheet = "data 2024" });
        var missing = Import(bytes, ImportOptions.Default with { Sheet = "Dat 2024" });

        Assert.That(first.Findings(Rules.Workbook).Single().Message.En, Does.Contain("'Oud' is hidden"));
        Assert.That(OutOfRange(first).Cell, Is.EqualTo("'Data 2024'!E3"));
        Assert.That(chosen.Dataset.Count, Is.EqualTo(first.Dataset.Count));
        Assert.That(missing.Findings(Rules.FileUnreadable).Single().Message.Nl, Does.Contain("Bedoelt u 'Data 2024'?"));
    }

    [Test]
    public void Workbook_MergedHeaderCells_GetAFindingNamingTheRange()
    {
        var xlsx = Import(Create(new SheetSpec("Blad1", RowsOf(Csv), Merge: "E1:F1")));

        var f = xlsx.Findings(Rules.Workbook).Single();
        Assert.That((f.Cell, f.Severity), Is.EqualTo(("Blad1!E1:F1", Severity.Warning)));
    }

    [TestCase(true, "password")]
    [TestCase(false, ".xls")]
    public void CompoundFile_IsUnreadableWithTheReason(bool encrypted, string reason)
    {
        byte[] signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        var body = encrypted ? System.Text.Encoding.Unicode.GetBytes("EncryptedPackage") : new byte[64];

        var result = Import([.. signature, .. new byte[504], .. body], fileName: encrypted ? "secret.xlsx" : "old.xls");

        var f = result.Findings(Rules.FileUnreadable).Single();
        Assert.That(f.Message.En, Does.Contain(reason));
        Assert.That(result.Dataset.Count, Is.Zero);
    }

    [Test]
    public void NotAWorkbook_IsUnreadable_NeverAnException()
    {
        var result = Import("PK\u0003\u0004 not really a zip"u8.ToArray());

        Assert.That(result.Findings(Rules.FileUnreadable).Single().Message.En, Does.Contain("not a readable Excel workbook"));
    }

    /// <summary>The range finding of validation (DatasetLoader), where validation findings get their cells too.</summary>
    private static Finding OutOfRange(ImportResult imported) =>
        DatasetLoader.Validate(imported).Files.Single().Findings.Single(f => f.Rule == Rules.OutOfRange);

    private static ImportResult Import(byte[] bytes, ImportOptions? options = null, string fileName = "data.xlsx")
    {
        using var stream = new MemoryStream(bytes);
        return CsvImporter.Import(stream, fileName, options ?? ImportOptions.Default);
    }
}
