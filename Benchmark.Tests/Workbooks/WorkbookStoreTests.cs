using Benchmark.Store;
using static Benchmark.Tests.Workbooks.TestWorkbook;

namespace Benchmark.Tests.Workbooks;

/// <summary>A workbook in the store: stored as a version, its rejected rows quarantined with their cells as read.</summary>
public sealed class WorkbookStoreTests
{
    private string _folder = string.Empty;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("benchmark-xlsx-store").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void Import_WorkbookWithErrors_AcceptValidRows_QuarantinesTheRowAsItsCells()
    {
        const string csv = "gemeentecode;gemeentenaam;jaar;Inwoners;Ziekteverzuim %\nGM0014;Groningen;2024;243768;8,37\nGM0193;Zwolle;2024;132411;560\n";
        var path = Path.Combine(_folder, "data.xlsx");
        File.WriteAllBytes(path, Create(new SheetSpec("Blad1", RowsOf(csv))));
        using var store = DatasetStore.Open(Path.Combine(_folder, "store.db"));

        var outcome = StoreImporter.Import(store, path, new StoreImportOptions { AcceptValidRows = true });

        Assert.That(outcome.Kind, Is.EqualTo(ImportOutcomeKind.PartiallyStored));
        var row = outcome.Quarantine.Single();
        Assert.That((row.Line, row.Text), Is.EqualTo((3, "GM0193;Zwolle;2024;132411;560")));
        Assert.That(outcome.Report!.AllFindings.Single(f => f.IsError).Cell, Is.EqualTo("Blad1!E3"));
    }
}
