using Benchmark.Cli;
using Benchmark.Store;
using Benchmark.Tests.Cli;

namespace Benchmark.Tests.Reliability;

/// <summary>Issue 16: a PostgreSQL connection string without Host= is never taken as a file name, and its password is never printed.</summary>
public sealed class StoreLocationSecretTests
{
    private const string Secret = "Sup3rS3cret";

    [TestCase("Username=ana;Password=" + Secret + ";Database=benchmark")]
    [TestCase("Database=benchmark;Password=" + Secret)]
    [TestCase("User ID=ana;Pwd=" + Secret)]
    public void IsPostgres_ConnectionStringWithoutHost_IsRecognised(string db) =>
        Assert.That(DatasetStore.IsPostgres(db), Is.True);

    [TestCase("import", "samples/benchmark-2024.csv")]
    [TestCase("datasets")]
    public void Cli_ConnectionStringWithoutHost_NamesTheProblemNeverThePasswordAndCreatesNoFile(params string[] command)
    {
        var folder = Directory.CreateTempSubdirectory("benchmark-secret-");
        try
        {
            var db = "Username=ana;Password=" + Secret + ";Database=benchmark";

            var run = CliRunner.RunIn(folder.FullName, [.. command.Select(a => a.StartsWith("samples/", StringComparison.Ordinal) ? Path.Combine(TestPaths.RepositoryRoot(), a) : a), "--db", db]);

            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageOrUnreadable));
            Assert.That(run.Error, Does.Contain("Host=").And.Not.Contain(Secret));
            Assert.That(run.Console + run.Out, Does.Not.Contain(Secret));
            Assert.That(folder.GetFileSystemInfos(), Is.Empty, "no SQLite file named after the connection string");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
