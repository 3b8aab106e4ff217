using System.Security.Cryptography;
using Benchmark.Import;
using Benchmark.Municipalities;
using Benchmark.Store;
using Benchmark.Validation;

namespace Benchmark.Tests.Store;

/// <summary>Importing: clean files, the same file again, files with errors (rejected or partly stored with a quarantine).</summary>
public abstract partial class StoreContractTests
{
    /// <summary>
    /// Rows: 2 valid; 3 a value out of range; 4–5 a quoted name with a line break and a value that is not a number;
    /// 6 one field short; 7 valid.
    /// </summary>
    private static readonly string[] MixedLines =
    [
        "gemeentecode;gemeentenaam;jaar;Ziekteverzuim %;Totale lasten",
        "GM0014;Groningen;2024;5,5;1000000",
        "GM0034;Almere;2024;150;2000000",
        "GM0363;\"Amster\r\ndam\";2024;abc;3000000",
        "GM0193;Zwolle;2024;4,0",
        "GM0599;Rotterdam;2024;4,2;5000000",
    ];

    [Test]
    public void Import_CleanSample_StoresEveryValueAsOneVersion()
    {
        var store = Open();
        var path = StoreFiles.Sample("benchmark-2024.csv");

        var outcome = StoreImporter.Import(store, path, new StoreImportOptions { ImportedBy = "analist" });

        // samples/benchmark-2024.csv: 342 municipalities × 22 figure columns (the 25 headers minus code, name and year).
        var version = outcome.Version;
        Assert.That(outcome.Kind, Is.EqualTo(ImportOutcomeKind.Stored));
        Assert.That(version.Status, Is.EqualTo(DatasetVersionStatus.Stored));
        Assert.That((version.FileName, version.ImportedBy, version.ImportedAt), Is.EqualTo((path, "analist", Start)));
        Assert.That(version.Sha256, Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)))));
        Assert.That(version.Years, Is.EqualTo(new[] { 2024 }));
        Assert.That(version.Indicators, Has.Count.EqualTo(22).And.Contain("sickness_absence_pct"));
        Assert.That((version.RowsRead, version.RowsAccepted, version.RowsRejected), Is.EqualTo((342, 342, 0)));
        Assert.That(version.ValuesStored, Is.EqualTo(342 * 22));
        Assert.That(version.Errors, Is.Zero);
        Assert.That(version.Warnings, Is.EqualTo(outcome.Report!.WarningCount).And.GreaterThan(0));
        Assert.That(store.Versions().Single(), Is.EqualTo(version));
        Assert.That(store.LoadActive().Count, Is.EqualTo(342 * 22));
        Assert.That(Count(store, "observations"), Is.EqualTo(342 * 22));
    }

    [Test]
    public void Import_CleanSample_StoresValuesAsDeliveredWithTheirSource()
    {
        var store = Open();
        var path = StoreFiles.Sample("benchmark-2024.csv");

        StoreImporter.Import(store, path);

        // Line 2 of samples/benchmark-2024.csv: GM0014;Groningen;2024;243768;197,96;…;Ziekteverzuim % = 8,37.
        var data = store.LoadActive();
        var groningen = MunicipalityCode.Parse("GM0014");
        var slice = data.Slice("sickness_absence_pct", 2024);
        var observation = slice[slice.IndexOf(groningen) - slice.Start];
        Assert.That(observation.Value, Is.EqualTo(8.37));
        Assert.That(observation.Source, Is.EqualTo(new Benchmark.Data.SourceLocation(path, 2, "Ziekteverzuim %")));
        Assert.That(data.ValueOrNaN(groningen, 2024, "inhabitants"), Is.EqualTo(243768));
        // Derived ratios the file does not give are not stored; they are computed on load.
        Assert.That(data.Indicators, Does.Not.Contain("formatie_per_1000"));
        Assert.That(ActiveData.Load(store).Indicators, Does.Contain("formatie_per_1000"));
    }

    [Test]
    public void Import_SameFileAgain_IsANoOpNamingTheVersionThatHoldsIt()
    {
        var store = Open();
        var path = StoreFiles.Sample("benchmark-2024.csv");
        var first = StoreImporter.Import(store, path);
        var copy = Path.Combine(Folder, "renamed copy.csv");
        File.Copy(path, copy);
        Clock.Advance(TimeSpan.FromHours(1));

        var again = StoreImporter.Import(store, path);
        var renamed = StoreImporter.Import(store, copy);

        Assert.That(again.Kind, Is.EqualTo(ImportOutcomeKind.AlreadyImported));
        Assert.That(again.Version, Is.EqualTo(first.Version));
        Assert.That(again.Report, Is.Null);
        Assert.That(renamed.Kind, Is.EqualTo(ImportOutcomeKind.AlreadyImported), "the SHA-256 decides, not the name");
        Assert.That(renamed.Version.Id, Is.EqualTo(first.Version.Id));
        Assert.That(store.Versions(), Has.Count.EqualTo(1));
        Assert.That(Count(store, "observations"), Is.EqualTo(first.Version.ValuesStored));
        Assert.That(store.FindBySha256(first.Version.Sha256.ToUpperInvariant()), Is.EqualTo(first.Version));
    }

    [Test]
    public void Import_FileWithErrors_IsRejectedAsAWholeWithItsReport()
    {
        var store = Open();
        var path = StoreFiles.Write(Folder, "mixed.csv", "\r\n", MixedLines);

        var outcome = StoreImporter.Import(store, path);

        Assert.That(outcome.Kind, Is.EqualTo(ImportOutcomeKind.Rejected));
        Assert.That(outcome.Quarantine, Is.Empty);
        Assert.That(store.LoadActive().Count, Is.Zero);
        Assert.That(Count(store, "observations"), Is.Zero);
        var details = store.Get(outcome.Version.Id)!;
        Assert.That(details.Version.Status, Is.EqualTo(DatasetVersionStatus.Rejected));
        Assert.That((details.Version.RowsRead, details.Version.RowsAccepted, details.Version.RowsRejected, details.Version.ValuesStored), Is.EqualTo((5, 0, 5, 0)));
        Assert.That(details.Report.Findings, Is.EqualTo(outcome.Report!.Files.Single().Findings));
        Assert.That(details.GeneralFindings, Is.EqualTo(outcome.Report.Findings));
        Assert.That(details.Report.Findings.Where(f => f.IsError).Select(f => (f.Line, f.Rule, f.Column, f.Value)), Is.EqualTo(new[]
        {
            (3, Rules.OutOfRange, (string?)"Ziekteverzuim %", (string?)"150"),
            (4, Rules.NotANumber, "Ziekteverzuim %", "abc"),
            (6, Rules.FieldCount, null, null),
        }));
        Assert.That(details.Quarantine, Is.Empty);
        Assert.That(store.FindBySha256(outcome.Version.Sha256), Is.Null, "a rejection holds no data, so the file may be imported again");
    }

    [Test]
    public void Import_AcceptValidRows_StoresValidRowsAndQuarantinesEveryRejectedRowAsWritten()
    {
        var store = Open();
        var path = StoreFiles.Write(Folder, "mixed.csv", "\r\n", MixedLines);

        var outcome = StoreImporter.Import(store, path, new StoreImportOptions { AcceptValidRows = true });

        Assert.That(outcome.Kind, Is.EqualTo(ImportOutcomeKind.PartiallyStored));
        Assert.That(outcome.Quarantine.Select(q => (q.Line, q.LineCount, q.Text, q.Reasons.Single().Rule)), Is.EqualTo(new[]
        {
            (3, 1, "GM0034;Almere;2024;150;2000000", Rules.OutOfRange),
            (4, 2, "GM0363;\"Amster\r\ndam\";2024;abc;3000000", Rules.NotANumber),
            (6, 1, "GM0193;Zwolle;2024;4,0", Rules.FieldCount),
        }));
        var version = outcome.Version;
        Assert.That((version.RowsRead, version.RowsAccepted, version.RowsRejected, version.ValuesStored), Is.EqualTo((5, 2, 3, 4)));
        var data = store.LoadActive();
        Assert.That(data.Municipalities.Select(m => m.ToString()), Is.EqualTo(new[] { "GM0014", "GM0599" }));
        Assert.That(data.ValueOrNaN(MunicipalityCode.Parse("GM0599"), 2024, "total_expenditure"), Is.EqualTo(5_000_000));
        // A quarantined row is kept whole: its valid total is not stored on its own.
        Assert.That(data.TryGetValue(MunicipalityCode.Parse("GM0034"), 2024, "total_expenditure", out _), Is.False);
        var details = store.Get(version.Id)!;
        Assert.That(details.Quarantine, Is.EqualTo(outcome.Quarantine));
        Assert.That(details.Version, Is.EqualTo(version));
    }

    [Test]
    public void ExportQuarantine_WritesEveryRejectedRowWithItsReasonsAndText()
    {
        var store = Open();
        var path = StoreFiles.Write(Folder, "mixed.csv", "\r\n", MixedLines);
        var version = StoreImporter.Import(store, path, new StoreImportOptions { AcceptValidRows = true }).Version;
        using var stream = new MemoryStream();

        StoreExport.WriteQuarantineCsv(store.Get(version.Id)!, stream);

        var text = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        var lines = text.Split('\n');
        Assert.That(lines[0], Is.EqualTo("versie,regel,regels,regelcodes,melding_nl,melding_en,tekst"));
        Assert.That(lines[1], Does.StartWith($"{version.Id},3,1,type.out-of-range,").And.EndWith(",GM0034;Almere;2024;150;2000000"));
        Assert.That(text, Does.Contain($"{version.Id},4,2,type.not-a-number,").And.Contain("\"GM0363;\"\"Amster\r\ndam\"\";2024;abc;3000000\""));
        Assert.That(lines[^2], Does.StartWith($"{version.Id},6,1,structure.field-count,"));
    }

    [Test]
    public void Import_AcceptValidRowsWithHeaderError_RejectsTheWholeFile()
    {
        var store = Open();
        var path = StoreFiles.Write(Folder, "twice.csv", "\n", "gemeentecode;jaar;Totale lasten;Lasten", "GM0014;2024;1;2", "GM0034;2024;3;4");

        var outcome = StoreImporter.Import(store, path, new StoreImportOptions { AcceptValidRows = true });

        Assert.That(outcome.Report!.AllFindings.Single(f => f.IsError).Rule, Is.EqualTo(Rules.DuplicateColumn));
        Assert.That(outcome.Kind, Is.EqualTo(ImportOutcomeKind.Rejected));
        Assert.That(store.LoadActive().Count, Is.Zero);
    }

    [Test]
    public void Import_RejectedFileAgain_IsANoOpNamingTheVersionThatRecordsTheRejection()
    {
        var store = Open();
        var path = StoreFiles.Write(Folder, "mixed.csv", "\n", MixedLines);
        var rejected = StoreImporter.Import(store, path);

        var again = StoreImporter.Import(store, path);

        Assert.That(again.Kind, Is.EqualTo(ImportOutcomeKind.AlreadyRejected));
        Assert.That(again.Version, Is.EqualTo(rejected.Version));
        Assert.That(again.Report!.ErrorCount, Is.EqualTo(rejected.Report!.ErrorCount));
        Assert.That(store.Versions(), Has.Count.EqualTo(1));
    }

    [Test]
    public void Import_RejectedFileAgainWithAcceptValidRows_StoresItsValidRows()
    {
        var store = Open();
        var path = StoreFiles.Write(Folder, "mixed.csv", "\n", MixedLines);
        var rejected = StoreImporter.Import(store, path);

        var partial = StoreImporter.Import(store, path, new StoreImportOptions { AcceptValidRows = true });

        Assert.That(partial.Kind, Is.EqualTo(ImportOutcomeKind.PartiallyStored));
        Assert.That(partial.Version.Id, Is.GreaterThan(rejected.Version.Id));
        Assert.That(StoreImporter.Import(store, path).Kind, Is.EqualTo(ImportOutcomeKind.AlreadyImported));
    }

    [Test]
    public void Import_RepeatedRow_StoresTheValueOnce()
    {
        var store = Open();
        var path = StoreFiles.Write(Folder, "repeat.csv", "\n", "gemeentecode;jaar;Ziekteverzuim %", "GM0014;2024;5,5", "GM0014;2024;5,5");

        var outcome = StoreImporter.Import(store, path);

        Assert.That(outcome.Kind, Is.EqualTo(ImportOutcomeKind.Stored));
        Assert.That(outcome.Report!.AllFindings.Select(f => (f.Rule, f.Line)), Does.Contain((Rules.DuplicateRepeat, 3)));
        Assert.That((outcome.Version.ValuesStored, Count(store, "observations")), Is.EqualTo((1, 1L)));
        Assert.That(store.LoadActive().Observations.Single().Source.Line, Is.EqualTo(2), "validation keeps the first of equal values");
    }

    [Test]
    public void Import_MissingFile_ThrowsAndStoresNothing()
    {
        var store = Open();

        Assert.Throws<FileNotFoundException>(() => StoreImporter.Import(store, Path.Combine(Folder, "nowhere.csv")));
        Assert.That(store.Versions(), Is.Empty);
    }

    [Test]
    public void Import_UnreadableFile_IsRejectedWithItsFinding()
    {
        var store = Open();
        var path = StoreFiles.WriteBytes(Folder, "empty.csv", []);

        var outcome = StoreImporter.Import(store, path, new StoreImportOptions { AcceptValidRows = true });

        Assert.That(outcome.Kind, Is.EqualTo(ImportOutcomeKind.Rejected));
        Assert.That(store.Get(outcome.Version.Id)!.Report.Findings.Single().Rule, Is.EqualTo(Rules.FileUnreadable));
        Assert.That(store.Get(outcome.Version.Id)!.Report.Format, Is.Null);
    }

    [Test]
    public void Import_CustomOptions_AreUsedForReadingAndValidation()
    {
        var store = Open();
        var path = StoreFiles.Write(Folder, "old.csv", "\n", "gemeentecode;jaar;Totale lasten", "GM0014;1995;1000");
        var options = new StoreImportOptions { Import = ImportOptions.Default with { FirstYear = 2000 } };

        var outcome = StoreImporter.Import(store, path, options);

        Assert.That(outcome.Report!.AllFindings.Single(f => f.IsError).Rule, Is.EqualTo(Rules.InvalidYear));
        Assert.That(outcome.Kind, Is.EqualTo(ImportOutcomeKind.Rejected));
    }
}
