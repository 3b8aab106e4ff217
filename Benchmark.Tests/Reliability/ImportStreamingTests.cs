using Benchmark.Cli;
using Benchmark.Tests.Cli;
using Microsoft.Data.Sqlite;

namespace Benchmark.Tests.Reliability;

/// <summary>Issue 16: import streams its input and says which files a failing store kept.</summary>
public sealed class ImportStreamingTests
{
    private DirectoryInfo _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("benchmark-import-");

    [TearDown]
    public void DeleteFolder()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    [Test]
    public void Import_DevZero_IsRefusedWithAPlainMessage_NotReadIntoMemory()
    {
        if (!File.Exists("/dev/zero"))
        {
            Assert.Ignore("No /dev/zero on this system.");
        }

        // The old import read the whole input into memory first: /dev/zero ended in an OutOfMemoryException.
        var run = CliRunner.Run("import", "/dev/zero", "--db", Path.Combine(_folder.FullName, "b.db"));

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageOrUnreadable));
        Assert.That(run.Error, Does.Contain("not a regular file"));
    }

    [Test]
    public void Import_StoreFailsOnTheSecondFile_SaysWhichFilesWereStored()
    {
        var db = Path.Combine(_folder.FullName, "b.db");
        Assert.That(CliRunner.Run("import", "samples/benchmark-2022.csv", "--db", db).ExitCode, Is.EqualTo(ExitCodes.Ok));
        using (var connection = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TRIGGER fail BEFORE INSERT ON dataset_versions WHEN NEW.file_name LIKE '%2024%' BEGIN SELECT RAISE(ABORT, 'simulated disk I/O error'); END;";
            command.ExecuteNonQuery();
        }

        var run = CliRunner.Run("import", "samples/benchmark-2023.csv", "samples/benchmark-2024.csv", "samples/benchmark-2021.csv", "--db", db);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageOrUnreadable));
        Assert.That(run.Error, Does.Contain("samples/benchmark-2024.csv: de opslag faalde, dit bestand is niet opgeslagen").And.Contain("simulated disk I/O error"));
        Assert.That(run.Error, Does.Contain("gedaan: samples/benchmark-2023.csv (versie 2, opgeslagen)").And.Not.Contain("the store failed"));
        Assert.That(run.Error, Does.Contain("niet opgeslagen: samples/benchmark-2024.csv, samples/benchmark-2021.csv"));
        Assert.That(run.Error, Does.Not.Contain("Exception"));
    }
}
