using System.Diagnostics;
using Benchmark.Cli;
using Benchmark.Tests.Cli;
using Microsoft.Data.Sqlite;

namespace Benchmark.Tests.Reliability;

/// <summary>
/// Issue 16: a store on a read-only medium can be read (it failed with SQLite error 14). The medium is a read-only bind
/// mount, which needs root; elsewhere the test is skipped.
/// </summary>
[Category(TestCategories.Reliability)]
public sealed class ReadOnlyStoreTests
{
    private DirectoryInfo _folder = null!;
    private string? _mounted;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("benchmark-readonly-");

    [TearDown]
    public void Clean()
    {
        SqliteConnection.ClearAllPools();
        if (_mounted is not null)
        {
            Run("umount", _mounted);
        }

        _folder.Delete(recursive: true);
    }

    [Test]
    public void ReadCommands_StoreOnReadOnlyMedium_Work_WritesAreRefusedPlainly()
    {
        var source = Directory.CreateDirectory(Path.Combine(_folder.FullName, "source")).FullName;
        var medium = Directory.CreateDirectory(Path.Combine(_folder.FullName, "medium")).FullName;
        Assert.That(CliRunner.Run("import", "samples/benchmark-2024.csv", "--db", Path.Combine(source, "b.db")).ExitCode, Is.EqualTo(ExitCodes.Ok));
        SqliteConnection.ClearAllPools();
        if (!Run("mount", "--bind", source, medium))
        {
            Assert.Ignore("A read-only bind mount needs root.");
        }

        _mounted = medium;
        if (!Run("mount", "-o", "remount,bind,ro", medium))
        {
            Assert.Ignore("The bind mount could not be made read-only.");
        }

        var db = Path.Combine(medium, "b.db");
        var list = CliRunner.Run("datasets", "--db", db);
        var compare = CliRunner.Run("compare", "GM0193", "--db", db, "--format", "csv");
        var delete = CliRunner.Run("datasets", "delete", "1", "--yes", "--db", db);

        Assert.That(list.ExitCode, Is.EqualTo(ExitCodes.Ok), list.Error);
        Assert.That(list.Console, Does.Contain("stored").Or.Contain("opgeslagen"));
        Assert.That(compare.ExitCode, Is.EqualTo(ExitCodes.Ok), compare.Error);
        Assert.That(compare.Out, Does.Contain("overhead_pct"));
        Assert.That(delete.ExitCode, Is.EqualTo(ExitCodes.UsageOrUnreadable));
        Assert.That(delete.Error, Does.Not.Contain("   at "));
    }

    private static bool Run(string command, params string[] args)
    {
        try
        {
            var info = new ProcessStartInfo(command) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var arg in args)
            {
                info.ArgumentList.Add(arg);
            }

            using var process = Process.Start(info)!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
