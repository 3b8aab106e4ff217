using System.Text.Json;
using Benchmark.Cli;

namespace Benchmark.Tests.Cli;

/// <summary>import, datasets, export and the analysis commands reading the store.</summary>
public sealed class StoreCommandTests
{
    private string _folder = string.Empty;

    private string Db => Path.Combine(_folder, "store.db");

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("benchmark-store-cli").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void Import_StoresThenSaysAlreadyImported_AndRejectsAFileWithErrors()
    {
        var first = Run("import", Sample("benchmark-2024.csv"), "--db", Db, "--lang", "en");
        var again = Run("import", Sample("benchmark-2024.csv"), "--db", Db, "--lang", "en");
        var messy = Run("import", Sample("messy/out-of-range.csv"), "--db", Db, "--lang", "en");

        Assert.That(first.ExitCode, Is.EqualTo(ExitCodes.Ok), first.Console + first.Error);
        Assert.That(first.Console, Does.Contain("stored as version 1"));
        Assert.That(again.ExitCode, Is.EqualTo(ExitCodes.Ok));
        Assert.That(again.Console, Does.Contain("already imported: version 1 holds this file"));
        Assert.That(messy.ExitCode, Is.EqualTo(ExitCodes.DataErrors));
        Assert.That(messy.Console, Does.Contain("rejected (version 2"));
    }

    [Test]
    public void Import_AcceptValidRows_KeepsTheRejectedRowsInAQuarantineThatCanBeExported()
    {
        var run = Run("import", Sample("messy/out-of-range.csv"), "--db", Db, "--accept-valid-rows", "--format", "json");
        var quarantineFile = Path.Combine(_folder, "quarantine.csv");
        var show = Run("datasets", "show", "1", "--db", Db, "--quarantine-out", quarantineFile, "--lang", "en");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        using var doc = JsonDocument.Parse(run.Out);
        var import = doc.RootElement.GetProperty("imports")[0];
        Assert.That(import.GetProperty("outcome").GetString(), Is.EqualTo("partially-stored"));
        Assert.That(import.GetProperty("quarantined").GetInt32(), Is.EqualTo(3));
        Assert.That(show.Console, Does.Contain("Quarantine: 3 rows"));
        var quarantine = File.ReadAllText(quarantineFile);
        Assert.That(quarantine, Does.Contain("GM0275").And.Contain("560"), "the rejected row's own text is kept");
    }

    [Test]
    public void Import_MissingFile_ExitsTwoWithOneLine_AndStoresTheOthers()
    {
        var run = Run("import", Path.Combine(_folder, "nope.csv"), Sample("benchmark-2024.csv"), "--db", Db, "--lang", "en");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageOrUnreadable));
        Assert.That(run.Error.Trim().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(run.Error, Does.Contain("nope.csv"));
        Assert.That(run.Console, Does.Contain("stored as version 1"));
    }

    [Test]
    public void Datasets_ListsEveryVersionAsJson()
    {
        Run("import", Sample("benchmark-2023.csv"), Sample("benchmark-2024.csv"), "--db", Db);

        var run = Run("datasets", "--db", Db, "--format", "json");

        using var doc = JsonDocument.Parse(run.Out);
        var rows = doc.RootElement.GetProperty("rows").EnumerateArray().ToList();
        Assert.That(rows.Select(r => r.GetProperty("version").GetInt32()), Is.EqualTo(new[] { 1, 2 }));
        Assert.That(rows.Select(r => r.GetProperty("status").GetString()), Is.All.EqualTo("stored"));
        Assert.That(rows[0].GetProperty("sha256").GetString(), Has.Length.EqualTo(64));
        Assert.That(rows[0].GetProperty("importedAt").GetString(), Is.EqualTo("2026-11-30 12:00:00Z"));
    }

    [Test]
    public void Export_ThenImportIntoAnEmptyStore_GivesIdenticalData()
    {
        Run("import", Sample("benchmark-2023.csv"), Sample("benchmark-2024.csv"), "--db", Db);
        var exported = Path.Combine(_folder, "export.csv");
        Run("export", "--db", Db, "--out", exported, "--include-unpublished");
        var copy = Path.Combine(_folder, "copy.db");

        var import = Run("import", exported, "--db", copy);
        var original = Run("export", "--db", Db, "--include-unpublished");
        var roundTrip = Run("export", "--db", copy, "--include-unpublished");

        Assert.That(import.ExitCode, Is.EqualTo(ExitCodes.Ok), import.Console + import.Error);
        Assert.That(roundTrip.Out, Is.EqualTo(original.Out));
        Assert.That(original.Out.Split('\n').Length, Is.GreaterThan(15000));
    }

    [Test]
    public void Export_LeavesOutUnpublishedSurveyScores_AndSaysSo()
    {
        // Issue 10: Schiermonnikoog's satisfaction scores rest on 7 and 5 respondents; they are published nowhere.
        Run("import", Sample("benchmark-2024.csv"), "--db", Db);

        var shared = Run("export", "--db", Db);
        var full = Run("export", "--db", Db, "--include-unpublished");

        Assert.That(shared.Out, Does.Not.Contain("GM0088,2024,employee_satisfaction,"));
        Assert.That(shared.Out, Does.Contain("GM0088,2024,employee_satisfaction_n,7"));
        Assert.That(shared.Out, Does.Contain("GM0193,2024,employee_satisfaction,"));
        Assert.That(full.Out, Does.Contain("GM0088,2024,employee_satisfaction,"));
        Assert.That(shared.Error, Does.Contain("onder de publicatiedrempel").And.Contain("niet geëxporteerd").And.Contain("--include-unpublished"));
        Assert.That(full.Error, Is.Empty);
    }

    [Test]
    public void Compare_ReadsTheStore_AndAsOfShowsTheDataAsTheyWere()
    {
        Run("import", Sample("benchmark-2024.csv"), "--db", Db);
        var corrected = Path.Combine(_folder, "correction.csv");
        File.WriteAllText(corrected, "gemeentecode;jaar;overheadpercentage\nGM0193;2024;9,0\n");
        Run("import", corrected, "--db", Db);

        var now = Run("compare", "GM0193", "--db", Db, "--format", "json");
        var before = Run("compare", "GM0193", "--db", Db, "--as-of", "1", "--format", "json");
        var fromFile = Run("compare", "GM0193", "--input", Sample("benchmark-2024.csv"), "--format", "json");

        Assert.That(now.ExitCode, Is.EqualTo(ExitCodes.Ok), now.Error);
        Assert.That(Overhead(now), Is.EqualTo(9.0));
        Assert.That(Overhead(before), Is.EqualTo(Overhead(fromFile)));
        Assert.That(Overhead(before), Is.Not.EqualTo(9.0));
    }

    [Test]
    public void Compare_WithoutAStore_ExitsTwoAndSaysHowToImport()
    {
        var run = Run("compare", "GM0193", "--db", Path.Combine(_folder, "none.db"));

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageOrUnreadable));
        Assert.That(run.Error, Does.Contain("benchmark import"));
        Assert.That(File.Exists(Path.Combine(_folder, "none.db")), Is.False, "reading never creates a store");
    }

    [Test]
    public void DatasetsDelete_NeedsConfirmation()
    {
        Run("import", Sample("benchmark-2024.csv"), "--db", Db);

        var unconfirmed = Run("datasets", "delete", "1", "--db", Db);
        var confirmed = Run("datasets", "delete", "1", "--db", Db, "--yes");
        var list = Run("datasets", "--db", Db, "--format", "json");

        Assert.That(unconfirmed.ExitCode, Is.EqualTo(ExitCodes.UsageOrUnreadable));
        Assert.That(unconfirmed.Error, Does.Contain("--yes"));
        Assert.That(confirmed.ExitCode, Is.EqualTo(ExitCodes.Ok));
        using var doc = JsonDocument.Parse(list.Out);
        Assert.That(doc.RootElement.GetProperty("rows").GetArrayLength(), Is.Zero);
    }

    [Test]
    public void Import_RejectedFileAgain_IsANoOpNamingTheEarlierVersion_AndShowCountsAgree()
    {
        var first = Run("import", Sample("messy/out-of-range.csv"), "--db", Db);
        var again = Run("import", Sample("messy/out-of-range.csv"), "--db", Db);
        var show = Run("datasets", "show", "1", "--db", Db);
        var list = Run("datasets", "--db", Db, "--format", "json");

        Assert.That((first.ExitCode, again.ExitCode), Is.EqualTo((ExitCodes.DataErrors, ExitCodes.DataErrors)));
        Assert.That(again.Console.ReplaceLineEndings(" "), Does.Contain("opnieuw afgewezen; versie 1"));
        using var doc = JsonDocument.Parse(list.Out);
        Assert.That(doc.RootElement.GetProperty("rows").GetArrayLength(), Is.EqualTo(1), "no second version");
        Assert.That(first.Console, Does.Contain("geaccepteerd 0 · afgewezen 10"));
        Assert.That(show.Console, Does.Contain("geaccepteerd 0 · afgewezen 10"));
        Assert.That(show.Console, Does.Contain("afgewezen ·").And.Not.Contain("rejected"));
    }

    [Test]
    public void DatasetsDelete_ConfirmationIsDutchByDefault()
    {
        Run("import", Sample("benchmark-2024.csv"), "--db", Db);

        var unconfirmed = Run("datasets", "delete", "1", "--db", Db);

        Assert.That(unconfirmed.Error, Does.Contain("voorgoed").And.Contain("Herhaal met --yes"));
    }

    [Test]
    public void Export_CsvExcelNl_ImportsBackToTheSameValues()
    {
        Run("import", Sample("benchmark-2024.csv"), "--db", Db);
        var exported = Path.Combine(_folder, "export-nl.csv");
        var run = Run("export", "--db", Db, "--csv", "excel-nl", "--out", exported);
        var copy = Path.Combine(_folder, "copy.db");

        var again = Run("import", exported, "--db", copy, "--format", "json");
        var original = Run("compare", "GM0193", "--db", Db, "--format", "json");
        var restored = Run("compare", "GM0193", "--db", copy, "--format", "json");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        var bytes = File.ReadAllBytes(exported);
        Assert.That(bytes.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), "UTF-8 BOM");
        Assert.That(System.Text.Encoding.UTF8.GetString(bytes), Does.Contain("gemeentecode;jaar;indicator;waarde"));
        Assert.That(again.ExitCode, Is.EqualTo(ExitCodes.Ok), again.Error);
        Assert.That(restored.Out, Is.EqualTo(original.Out));
    }

    private static double Overhead(CliRun run)
    {
        using var doc = JsonDocument.Parse(run.Out);
        return doc.RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("indicator").GetString() == "overhead_pct").GetProperty("value").GetDouble();
    }

    private static string Sample(string name) => Path.Combine(TestPaths.Samples, name);

    private CliRun Run(params string[] args) => CliRunner.RunIn(_folder, args);
}
