using System.Globalization;
using System.Text.Json;
using Benchmark.Data;
using Benchmark.Import;
using Benchmark.Municipalities;
using Benchmark.Store;
using Benchmark.Store.Relational;

namespace Benchmark.Tests.Store;

/// <summary>What goes in comes out: the loaded data, exports, hostile text, and nothing at all when a save fails.</summary>
public abstract partial class StoreContractTests
{
    private const string Hostile = "'; DROP TABLE observations; --";

    [Test]
    public void ActiveDataLoad_EqualsDatasetLoaderForTheSameFiles()
    {
        var store = Open();
        string[] paths = [StoreFiles.Sample("benchmark-2023.csv"), StoreFiles.Sample("benchmark-2024.csv")];
        foreach (var path in paths)
        {
            StoreImporter.Import(store, path);
        }

        var loaded = ActiveData.Load(store);
        var expected = DatasetLoader.Load(paths).Dataset;

        Assert.That(loaded.Count, Is.EqualTo(expected.Count));
        Assert.That(loaded.Observations, Is.EqualTo(expected.Observations), "values, derived ratios and sources");
    }

    [Test]
    public void ActiveDataLoad_MissingValueOfADerivedIndicator_IsComputedAsOnImport()
    {
        var store = Open();
        var path = StoreFiles.Write(Folder, "ratios.csv", "\n",
            "gemeentecode;jaar;Totale lasten;Overheadkosten;Overhead %", "GM0014;2024;1000000;100000;", "GM0034;2024;2000000;300000;15,0");
        var report = StoreImporter.Import(store, path).Report!;

        var loaded = ActiveData.Load(store);

        // 100 × 100000 / 1000000 = 10 (the catalogue's overhead_pct formula); Almere's 15 is given directly.
        Assert.That(loaded.ValueOrNaN(Groningen, 2024, "overhead_pct"), Is.EqualTo(10));
        Assert.That(loaded.ValueOrNaN(Almere, 2024, "overhead_pct"), Is.EqualTo(15));
        Assert.That(loaded.Observations, Is.EqualTo(report.Dataset.Observations));
        Assert.That(double.IsNaN(store.LoadActive().ValueOrNaN(Groningen, 2024, "overhead_pct")), Is.True, "stored as delivered: missing");
        Assert.That(store.LoadActive().TryGetValue(Groningen, 2024, "overhead_pct", out _), Is.True);
    }

    [Test]
    public void Export_ReimportedIntoEmptyStore_GivesIdenticalActiveData()
    {
        var store = Open();
        StoreImporter.Import(store, StoreFiles.Sample("benchmark-2023.csv"));
        StoreImporter.Import(store, StoreFiles.Sample("benchmark-2024.csv"));
        StoreImporter.Import(store, StoreFiles.Write(Folder, "correctie.csv", "\n", "gemeentecode;jaar;Ziekteverzuim %;Inwoners", "GM0014;2024;7,25;", "GM0034;2023;0,1234567;226000"));
        var active = store.LoadActive();
        var export = Path.Combine(Folder, "export.csv");
        using (var file = File.Create(export))
        {
            StoreExport.WriteCsv(active, file);
        }

        var empty = Open(NewDatabase());
        var outcome = StoreImporter.Import(empty, export);

        Assert.That(outcome.Kind, Is.EqualTo(ImportOutcomeKind.Stored));
        Assert.That(File.ReadAllBytes(export).Take(3), Is.Not.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), "no byte order mark");
        Assert.That(Values(empty.LoadActive()), Is.EqualTo(Values(active)));
        Assert.That(Values(ActiveData.Load(empty)), Is.EqualTo(Values(ActiveData.Load(store))));
    }

    [Test]
    public void ExportJson_WritesEveryActiveValueWithNullForMissing()
    {
        var store = Open();
        StoreImporter.Import(store, StoreFiles.Write(Folder, "a.csv", "\n", "gemeentecode;jaar;Ziekteverzuim %;Totale lasten", "GM0014;2024;5,5;", "GM0034;2024;6,1;2000000"));
        using var stream = new MemoryStream();

        StoreExport.WriteJson(store.LoadActive(), stream);

        using var json = JsonDocument.Parse(stream.ToArray());
        var rows = json.RootElement.GetProperty("observations").EnumerateArray().ToList();
        Assert.That(rows, Has.Count.EqualTo(4));
        Assert.That(rows[0].GetProperty("gemeentecode").GetString(), Is.EqualTo("GM0014"));
        Assert.That(rows[0].GetProperty("jaar").GetInt32(), Is.EqualTo(2024));
        Assert.That(rows.Select(r => r.GetProperty("indicator").GetString()), Is.EqualTo(new[] { "sickness_absence_pct", "total_expenditure", "sickness_absence_pct", "total_expenditure" }));
        Assert.That(rows[1].GetProperty("waarde").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(rows[3].GetProperty("waarde").GetDouble(), Is.EqualTo(2_000_000));
    }

    [Test]
    public void Import_HostileAndNonUtf8Text_IsStoredAndReturnedUnchanged()
    {
        var store = Open();
        var longLabel = Hostile + " " + string.Concat(Enumerable.Repeat("Gérard €‰ \"x\" \\ ", 5000));
        var header = "gemeentecode;gemeentenaam;jaar;Ziekteverzuim %;\"Café €" + Hostile + "\"";
        var bytes = StoreFiles.Windows1252.GetBytes(string.Join("\r\n", header, "GM0014;Grünstad €‰;2024;5,5;x", "GM0034;Almere;2024;1000;" + Hostile, string.Empty));
        var path = StoreFiles.WriteBytes(Folder, Hostile, bytes);

        var outcome = StoreImporter.Import(store, path, new StoreImportOptions { ImportedBy = longLabel, AcceptValidRows = true });

        var details = store.Get(outcome.Version.Id)!;
        Assert.That(details.Report.Format!.Encoding, Is.EqualTo("windows-1252"));
        Assert.That((details.Version.FileName, details.Version.ImportedBy), Is.EqualTo((path, longLabel)));
        Assert.That(details.Report.Findings, Is.EqualTo(outcome.Report!.Files.Single().Findings));
        Assert.That(details.Report.Findings.Select(f => f.Column), Does.Contain("Café €" + Hostile));
        Assert.That(details.Report.Findings.Select(f => f.Value), Does.Contain("Grünstad €‰"));
        Assert.That(details.Quarantine.Single().Text, Is.EqualTo("GM0034;Almere;2024;1000;" + Hostile));
        Assert.That(store.Versions().Single(), Is.EqualTo(outcome.Version));
        Assert.That(store.LoadActive().Observations.Single().Source.File, Is.EqualTo(path));
        Assert.That(Count(store, "observations"), Is.EqualTo(1), "the table is still there");
    }

    [Test]
    public void Import_TextNoDatabaseCanKeep_IsRefusedBeforeAnythingIsStored()
    {
        var store = Open();
        var path = StoreFiles.Sample("benchmark-2024.csv");

        Assert.Throws<ArgumentException>(() => StoreImporter.Import(store, path, new StoreImportOptions { ImportedBy = "a\0b" }));
        Assert.Throws<ArgumentException>(() => StoreImporter.Import(store, path, new StoreImportOptions { ImportedBy = "lone \uD800 surrogate" }));
        Assert.That(store.Versions(), Is.Empty);
    }

    [Test]
    public void Save_FailureBeforeCommit_LeavesTheStoreExactlyAsBefore()
    {
        var store = Open();
        var first = StoreImporter.Import(store, StoreFiles.Sample("benchmark-2023.csv")).Version;
        var before = Values(store.LoadActive());
        var path = StoreFiles.Sample("benchmark-2024.csv");
        var report = DatasetLoader.Load([path]);
        var raw = CsvImporter.Import([path], ImportOptions.Default).Dataset;
        var request = new ImportRequest(path, () => File.ReadAllBytes(path), "00", "test", false, 1_000_000);
        var plan = ImportPlanner.Plan(request, raw, report);

        // The whole save (version, observations, findings) runs, then the process "crashes" before the commit.
        Assert.Throws<IOException>(() => ((RelationalStore)store).Write<int>(session =>
        {
            session.Save(plan);
            throw new IOException("simulated crash");
        }));

        Assert.That(store.Versions().Single(), Is.EqualTo(first));
        Assert.That(Values(store.LoadActive()), Is.EqualTo(before));
        Assert.That((Count(store, "observations"), Count(store, "findings")), Is.EqualTo(((long)first.ValuesStored, (long)store.Get(first.Id)!.AllFindings.Count())));
    }

    [Test]
    public void ExtendedCodes_StoredLoadedAndExported_KeepTheirFiveDigits()
    {
        var store = Open();
        var extended = new[] { MunicipalityCode.Parse("GM12345"), MunicipalityCode.Parse("GM99999") };
        var reference = new MunicipalityRegistry(extended.Select(c => new Municipality(c, "Eenheid " + c.Number.ToString(CultureInfo.InvariantCulture), "Utrecht", new Dictionary<int, long> { [2024] = 50_000 })));
        var import = ImportOptions.Default with { Municipalities = ImportOptions.Default.Municipalities.Merge(reference) };
        var options = new StoreImportOptions { Import = import };
        var path = StoreFiles.Write(Folder, "extended.csv", "\n", "gemeentecode;jaar;Ziekteverzuim %", "GM0014;2024;5,5", "GM12345;2024;6,25", "99999;2024;7,5");

        var outcome = StoreImporter.Import(store, path, options);
        var active = store.LoadActive();

        Assert.That(outcome.Kind, Is.EqualTo(ImportOutcomeKind.Stored), () => string.Join("\n", outcome.Report!.AllFindings.Select(f => f.Message.En)));
        Assert.That(Values(active), Is.EqualTo(new[] { ("GM0014", 2024, "sickness_absence_pct", 5.5), ("GM12345", 2024, "sickness_absence_pct", 6.25), ("GM99999", 2024, "sickness_absence_pct", 7.5) }));
        Assert.That(active.ValueOrNaN(extended[0], 2024, "sickness_absence_pct"), Is.EqualTo(6.25));

        var export = Path.Combine(Folder, "export.csv");
        using (var file = File.Create(export))
        {
            StoreExport.WriteCsv(active, file);
        }

        Assert.That(File.ReadAllText(export), Does.Contain("GM12345").And.Contain("GM99999"));
        var again = Open(NewDatabase());
        Assert.That(StoreImporter.Import(again, export, options).Kind, Is.EqualTo(ImportOutcomeKind.Stored));
        Assert.That(Values(again.LoadActive()), Is.EqualTo(Values(active)));
    }

    /// <summary>The values without their sources, in storage order: what "identical data" means across files.</summary>
    private static List<(string Municipality, int Year, string Indicator, double Value)> Values(Dataset data) =>
        [.. data.Observations.Select(o => (o.Municipality.ToString(), o.Year, o.Indicator, o.Value))];
}
