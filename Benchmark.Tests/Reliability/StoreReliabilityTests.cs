using System.Diagnostics;
using Benchmark.Store;
using Microsoft.Data.Sqlite;

namespace Benchmark.Tests.Reliability;

/// <summary>
/// The store under crashes and concurrency, with the real program in child processes: a SIGKILL in the middle of a large
/// import leaves the store exactly as before; two processes importing at once both succeed without losing or doubling a row.
/// </summary>
[Category(TestCategories.Reliability)]
[NonParallelizable]
public sealed class StoreReliabilityTests
{
    private string _folder = string.Empty;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("benchmark-reliability").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void Import_KilledAtAnyMoment_LeavesTheStoreAsBefore_AndTheNextImportSucceeds()
    {
        var large = Path.Combine(_folder, "large.csv");
        var observations = LargeImportFile.Write(large, 1990, 2049, seed: 7);
        var db = Path.Combine(_folder, "store.db");
        var baseline = CliProcess.Run("import", Path.Combine(TestPaths.Samples, "benchmark-2024.csv"), "--db", db);
        Assert.That(baseline.ExitCode, Is.Zero, baseline.Output);
        var before = Snapshot(db);

        // How large a whole import's write is (the store file it makes on a scratch store): the child's write
        // transaction grows the store's write-ahead log towards it, so the log's size says how far the child got.
        var scratchDb = Path.Combine(_folder, "scratch.db");
        var scratch = CliProcess.Run("import", large, "--db", scratchDb);
        Assert.That(scratch.ExitCode, Is.Zero, scratch.Output);
        var written = new FileInfo(scratchDb).Length;

        var landed = 0;
        foreach (var fraction in new[] { 0.0, 0.15, 0.3, 0.45, 0.6 })
        {
            // No connection of this process keeps the store open: the log is gone, and the child's open starts a new one.
            SqliteConnection.ClearAllPools();
            Assert.That(File.Exists(db + "-wal"), Is.False, "no write-ahead log left before the child starts");
            using var child = CliProcess.Start("import", large, "--db", db);
            KillWhenWritten(child, db + "-wal", (long)(written * fraction));

            // Atomic means one of two states: exactly as before, or — when the kill came after the commit — with the
            // whole new version. Never anything in between.
            using (var after = DatasetStore.Open(db))
            {
                if (after.Versions().Count == 2)
                {
                    Assert.That(after.Versions()[1].ValuesStored, Is.EqualTo(observations), $"killed at {fraction:P0}: a complete version or none");
                    after.Delete(after.Versions()[1].Id);
                    Assert.That(Snapshot(db), Is.EqualTo(before));
                    continue;
                }
            }

            landed++;
            Assert.That(Snapshot(db), Is.EqualTo(before), $"killed with {fraction:P0} of {written} bytes written");
        }

        Assert.That(landed, Is.GreaterThan(0), "at least one kill landed in the middle of an import");

        var next = CliProcess.Run("import", large, "--db", db);
        Assert.That(next.ExitCode, Is.Zero, next.Output);
        using var store = DatasetStore.Open(db);
        Assert.That(store.Versions(), Has.Count.EqualTo(2));
        Assert.That(store.Versions()[1].ValuesStored, Is.EqualTo(observations));
    }

    [Test]
    public void TwoProcessesImportingDifferentYearsAtOnce_BothSucceed_NoRowLostOrDoubled()
    {
        var early = Path.Combine(_folder, "early.csv");
        var late = Path.Combine(_folder, "late.csv");
        var earlyCount = LargeImportFile.Write(early, 1990, 2009, seed: 1);
        var lateCount = LargeImportFile.Write(late, 2010, 2029, seed: 2);
        var db = Path.Combine(_folder, "store.db");
        Assert.That(CliProcess.Run("datasets", "--db", db).ExitCode, Is.EqualTo(2), "no store yet");
        using (DatasetStore.Open(db))
        {
            // create the empty store first, so both processes race on imports, not on creation
        }

        using var a = CliProcess.Start("import", early, "--db", db);
        using var b = CliProcess.Start("import", late, "--db", db);
        var outA = a.StandardOutput.ReadToEndAsync();
        var outB = b.StandardOutput.ReadToEndAsync();
        Assert.That(a.WaitForExit(TimeSpan.FromMinutes(5)) && b.WaitForExit(TimeSpan.FromMinutes(5)), Is.True);

        Assert.That(a.ExitCode, Is.Zero, outA.Result + a.StandardError.ReadToEnd());
        Assert.That(b.ExitCode, Is.Zero, outB.Result + b.StandardError.ReadToEnd());
        using var store = DatasetStore.Open(db);
        Assert.That(store.Versions().Select(v => v.ValuesStored).Order(), Is.EqualTo(new[] { earlyCount, lateCount }.Order()));
        var data = store.LoadActive();
        Assert.That(data.Count, Is.EqualTo(earlyCount + lateCount));
        Assert.That(data.Observations.Select(o => (o.Municipality, o.Year, o.Indicator)).Distinct().Count(), Is.EqualTo(data.Count), "no key twice");
    }

    /// <summary>
    /// Kills <paramref name="child"/> (SIGKILL on Linux: no clean-up code runs) as soon as its write-ahead log holds
    /// <paramref name="bytes"/> bytes — the signal is the child's own progress, not a time — or lets it finish first.
    /// </summary>
    private static void KillWhenWritten(Process child, string wal, long bytes)
    {
        // Polls the log between waits for the child's exit; the guard only turns a hung child into a failure.
        var guard = Stopwatch.StartNew();
        while (!child.WaitForExit(1) && !(File.Exists(wal) && new FileInfo(wal).Length >= Math.Max(1, bytes)))
        {
            if (guard.Elapsed > TimeSpan.FromMinutes(5))
            {
                child.Kill();
                Assert.Fail($"the child wrote no {bytes} bytes of log in 5 minutes");
            }
        }

        if (!child.HasExited)
        {
            child.Kill();
        }

        child.WaitForExit();
    }

    private static string Snapshot(string db)
    {
        using var store = DatasetStore.Open(db);
        using var buffer = new MemoryStream();
        StoreExport.WriteCsv(store.LoadActive(), buffer);
        var versions = string.Join('\n', store.Versions().Select(v => $"{v.Id} {v.Sha256} {v.Status} {v.ValuesStored}"));
        return versions + "\n" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(buffer.ToArray()));
    }
}
