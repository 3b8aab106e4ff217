using Benchmark.Cli;
using Benchmark.Tests.Cli;
using Microsoft.Data.Sqlite;

namespace Benchmark.Tests.Reliability;

/// <summary>Issue 16: wrong arguments and damaged inputs get their own plain message, never an exception type name or a silent guess.</summary>
public sealed class PlainMessageTests
{
    private DirectoryInfo _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("benchmark-messages-");

    [TearDown]
    public void DeleteFolder()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    [TestCase("999", "er is geen datasetversie 999; de versies zijn 1 tot en met 1")]
    [TestCase("0", "er is geen datasetversie 0")]
    public void AsOf_VersionThatDoesNotExist_IsAUsageErrorNotTheLatestData(string asOf, string expected)
    {
        var db = Store("samples/benchmark-2024.csv");

        var compare = CliRunner.Run("compare", "GM0193", "--as-of", asOf, "--db", db);
        var export = CliRunner.Run("export", "--as-of", asOf, "--db", db);

        Assert.That((compare.ExitCode, export.ExitCode), Is.EqualTo((ExitCodes.UsageOrUnreadable, ExitCodes.UsageOrUnreadable)));
        Assert.That(compare.Error, Does.Contain(expected));
        Assert.That(export.Error, Does.Contain(expected));
        Assert.That(CliRunner.Run("compare", "GM0193", "--as-of", asOf, "--db", db, "--lang", "en").Error, Does.Contain($"there is no dataset version {asOf}"));
    }

    [Test]
    public void Municipality_NameOfTwo_AsksWhich()
    {
        var run = CliRunner.Run("compare", "Bergen", "--input", "samples/benchmark-2023.csv", "--lang", "en");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageOrUnreadable));
        Assert.That(run.Error, Does.Contain("'Bergen' names 2 municipalities").And.Contain("GM0373").And.Contain("GM0893"));
        Assert.That(CliRunner.Run("compare", "Bergen (L.)", "--input", "samples/benchmark-2023.csv").Console, Does.Contain("GM0893"));
    }

    [Test]
    public void Import_StrayQuote_CostsOnlyItsRow_AndNeverExitsTwoWithStoredData()
    {
        // Before: "Stadskanaal on line 4 stored 2 of 342 rows and exited 2 while a version was stored.
        var lines = File.ReadAllLines(Path.Combine(TestPaths.Samples, "benchmark-2024.csv"));
        var cells = lines[3].Split(';');
        cells[1] = "\"" + cells[1];
        lines[3] = string.Join(';', cells);
        var file = Path.Combine(_folder.FullName, "quote.csv");
        File.WriteAllLines(file, lines);

        var run = CliRunner.Run("import", file, "--accept-valid-rows", "--db", Path.Combine(_folder.FullName, "b.db"), "--lang", "en", "--format", "json");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Ok), run.Error);
        Assert.That(run.Out.Replace(" ", string.Empty, StringComparison.Ordinal), Does.Contain("\"rowsAccepted\":341").And.Contain("\"rowsRejected\":1"));
        Assert.That(run.Out, Does.Contain("reading went on at line 5"));
    }

    [Test]
    public void DamagedStore_PlainMessageWithoutExceptionName()
    {
        var db = Store("samples/benchmark-2024.csv", "samples/benchmark-2023.csv");
        SqliteConnection.ClearAllPools();
        using (var file = new FileStream(db, FileMode.Open, FileAccess.Write))
        {
            file.Position = 40_960;
            file.Write(Enumerable.Repeat((byte)0xFF, 200_000).ToArray());
        }

        // Depending on where the damage falls, opening or reading the store fails; either way the advice is the same.
        var run = CliRunner.Run("compare", "GM0193", "--db", db, "--lang", "en");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageOrUnreadable));
        Assert.That(run.Error, Does.Contain("malformed").And.Contain("restore a backup").And.Not.Contain("SqliteException"));
    }

    [Test]
    public void Catalog_TwoIndicatorsClaimingOneAlias_PlainMessage()
    {
        var catalog = Path.Combine(_folder.FullName, "catalog.json");
        File.WriteAllText(catalog, """
            { "version": "test-1", "indicators": [
              { "code": "a", "name": { "nl": "A", "en": "A" }, "unit": "Number", "direction": "Neutral", "kind": "Raw", "aliases": ["same"] },
              { "code": "b", "name": { "nl": "B", "en": "B" }, "unit": "Number", "direction": "Neutral", "kind": "Raw", "aliases": ["same"] } ] }
            """);

        var run = CliRunner.Run("validate", "samples/benchmark-2024.csv", "--catalog", catalog);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageOrUnreadable));
        Assert.That(run.Error, Does.Contain("hoort bij zowel 'a' als 'b'").And.Not.Contain("ArgumentException").And.Not.Contain("Parameter").And.Not.Contain("claimed"));
        var en = CliRunner.Run("validate", "samples/benchmark-2024.csv", "--catalog", catalog, "--lang", "en");
        Assert.That(en.Error, Does.Contain("claimed by both").And.Not.Contain("ArgumentException").And.Not.Contain("Parameter"));
    }

    private string Store(params string[] files)
    {
        var db = Path.Combine(_folder.FullName, "b.db");
        Assert.That(CliRunner.Run(["import", .. files, "--db", db]).ExitCode, Is.EqualTo(ExitCodes.Ok));
        return db;
    }
}
