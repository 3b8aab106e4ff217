using Benchmark.Municipalities;
using Benchmark.Store;
using Benchmark.Validation;

namespace Benchmark.Tests.Store;

/// <summary>Versions: corrections supersede, "as of" shows the past, deletes bring superseded values back, history feeds validation.</summary>
public abstract partial class StoreContractTests
{
    private static readonly MunicipalityCode Groningen = MunicipalityCode.Parse("GM0014");
    private static readonly MunicipalityCode Almere = MunicipalityCode.Parse("GM0034");

    /// <summary>Version 1: two municipalities, sickness absence and total expenditure for 2024.</summary>
    private string First() => StoreFiles.Write(Folder, "2024.csv", "\n",
        "gemeentecode;jaar;Ziekteverzuim %;Totale lasten", "GM0014;2024;5,5;1000000", "GM0034;2024;6,1;2000000");

    /// <summary>Version 2: a correction of Groningen's sickness absence only.</summary>
    private string Correction() => StoreFiles.Write(Folder, "2024-correctie.csv", "\n",
        "gemeentecode;jaar;Ziekteverzuim %", "GM0014;2024;5,9");

    [Test]
    public void Import_Correction_SupersedesOnlyTheValuesItContains()
    {
        var store = Open();
        var first = StoreImporter.Import(store, First()).Version;
        Clock.Advance(TimeSpan.FromDays(1));
        var second = StoreImporter.Import(store, Correction()).Version;

        var data = store.LoadActive();

        Assert.That(second.Id, Is.GreaterThan(first.Id));
        Assert.That(second.ImportedAt, Is.EqualTo(Start.AddDays(1)));
        Assert.That(data.ValueOrNaN(Groningen, 2024, "sickness_absence_pct"), Is.EqualTo(5.9));
        Assert.That(data.ValueOrNaN(Groningen, 2024, "total_expenditure"), Is.EqualTo(1_000_000));
        Assert.That(data.ValueOrNaN(Almere, 2024, "sickness_absence_pct"), Is.EqualTo(6.1));
        Assert.That(data.Count, Is.EqualTo(4), "one value per municipality × year × indicator");
        var corrected = data.Slice("sickness_absence_pct", 2024)[0];
        Assert.That(corrected.Source.File, Is.EqualTo(Path.Combine(Folder, "2024-correctie.csv")));
        Assert.That(Count(store, "observations"), Is.EqualTo(5), "history is kept");
    }

    [Test]
    public void LoadActive_AsOfEarlierVersion_ShowsTheDataAsItWas()
    {
        var store = Open();
        var first = StoreImporter.Import(store, First()).Version;
        var second = StoreImporter.Import(store, Correction()).Version;

        var before = store.LoadActive(asOf: first.Id);
        var after = store.LoadActive(asOf: second.Id);
        var nothing = store.LoadActive(asOf: first.Id - 1);

        Assert.That(before.ValueOrNaN(Groningen, 2024, "sickness_absence_pct"), Is.EqualTo(5.5));
        Assert.That(after.ValueOrNaN(Groningen, 2024, "sickness_absence_pct"), Is.EqualTo(5.9));
        Assert.That(nothing.Count, Is.Zero);
    }

    [Test]
    public void LoadActive_OneYear_GivesOnlyThatYear()
    {
        var store = Open();
        StoreImporter.Import(store, StoreFiles.Sample("benchmark-2023.csv"));
        StoreImporter.Import(store, StoreFiles.Sample("benchmark-2024.csv"));

        var year = store.LoadActive(year: 2023);

        Assert.That(year.Years, Is.EqualTo(new[] { 2023 }));
        Assert.That(year.Count, Is.EqualTo(342 * 22));
        Assert.That(store.LoadActive(year: 2022).Count, Is.Zero);
    }

    [Test]
    public void Delete_Correction_BringsTheSupersededValuesBack()
    {
        var store = Open();
        var first = StoreImporter.Import(store, First()).Version;
        var second = StoreImporter.Import(store, Correction()).Version;

        var deleted = store.Delete(second.Id);

        Assert.That(deleted, Is.True);
        Assert.That(store.LoadActive().ValueOrNaN(Groningen, 2024, "sickness_absence_pct"), Is.EqualTo(5.5));
        Assert.That(store.Get(second.Id), Is.Null);
        Assert.That(store.Versions().Single(), Is.EqualTo(first));
        Assert.That(Count(store, "observations"), Is.EqualTo(4));
        Assert.That(store.Delete(second.Id), Is.False);
    }

    [Test]
    public void Delete_LastVersion_ItsIdIsNeverReused()
    {
        var store = Open();
        var first = StoreImporter.Import(store, First()).Version;
        store.Delete(first.Id);

        var again = StoreImporter.Import(store, First());

        Assert.That(again.Kind, Is.EqualTo(ImportOutcomeKind.Stored), "a deleted version no longer holds the file");
        Assert.That(again.Version.Id, Is.GreaterThan(first.Id));
    }

    [Test]
    public void Delete_PartiallyStoredVersion_RemovesItsReportAndQuarantine()
    {
        var store = Open();
        var path = StoreFiles.Write(Folder, "mixed.csv", "\n", MixedLines);
        var version = StoreImporter.Import(store, path, new StoreImportOptions { AcceptValidRows = true }).Version;

        store.Delete(version.Id);

        Assert.That((Count(store, "observations"), Count(store, "findings"), Count(store, "quarantine"), Count(store, "dataset_versions")), Is.EqualTo((0L, 0L, 0L, 0L)));
    }

    [Test]
    public void Import_YearJumpAgainstStoredPreviousYear_IsFlagged()
    {
        var store = Open();
        var earlier = StoreFiles.Write(Folder, "2023.csv", "\n", "gemeentecode;jaar;Ziekteverzuim %", "GM0014;2023;5,0", "GM0034;2023;6,0");
        var later = StoreFiles.Write(Folder, "2024.csv", "\n", "gemeentecode;jaar;Ziekteverzuim %", "GM0014;2024;10,0", "GM0034;2024;6,2");
        var fresh = Open(NewDatabase());
        var without = StoreImporter.Import(fresh, later).Report!;
        StoreImporter.Import(store, earlier);

        var with = StoreImporter.Import(store, later).Report!;

        // 5,0 → 10,0 is +100 %, above the 50 % threshold (ValidationOptions.YearOnYearThreshold); 6,0 → 6,2 is not.
        var jump = with.AllFindings.Single(f => f.Rule == Rules.YearOnYearJump);
        Assert.That((jump.Line, jump.Column, jump.Severity), Is.EqualTo((2, "Ziekteverzuim %", Severity.Warning)));
        Assert.That(jump.Message.En, Does.Contain("(earlier import)"));
        Assert.That(without.AllFindings.Where(f => f.Rule == Rules.YearOnYearJump), Is.Empty);
    }
}
