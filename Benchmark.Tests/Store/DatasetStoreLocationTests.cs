using Benchmark.Store;
using Benchmark.Store.Sqlite;

namespace Benchmark.Tests.Store;

/// <summary>Where <c>--db</c>, <c>BENCHMARK_DB</c> and the default put the store, and which database a string names.</summary>
[NonParallelizable]
public sealed class DatasetStoreLocationTests
{
    private string? _saved;

    [SetUp]
    public void SaveVariable() => _saved = Environment.GetEnvironmentVariable(DatasetStore.EnvironmentVariable);

    [TearDown]
    public void RestoreVariable() => Environment.SetEnvironmentVariable(DatasetStore.EnvironmentVariable, _saved);

    [Test]
    public void ResolveLocation_NothingGiven_IsBenchmarkDbInTheCurrentFolder()
    {
        Environment.SetEnvironmentVariable(DatasetStore.EnvironmentVariable, null);

        Assert.That(DatasetStore.ResolveLocation(null), Is.EqualTo(Path.Combine(Environment.CurrentDirectory, "benchmark.db")));
    }

    [Test]
    public void ResolveLocation_VariableSet_UsesItUnlessDbIsGiven()
    {
        var fromVariable = Path.Combine(Path.GetTempPath(), "from-variable.db");
        Environment.SetEnvironmentVariable(DatasetStore.EnvironmentVariable, fromVariable);

        Assert.That(DatasetStore.ResolveLocation(null), Is.EqualTo(fromVariable));
        Assert.That(DatasetStore.ResolveLocation("given.db"), Is.EqualTo(Path.GetFullPath("given.db")));
    }

    [TestCase("Host=db.example;Database=benchmark", true)]
    [TestCase("host = localhost; port=5432; database=x", true)]
    [TestCase("Username=u;Server=10.0.0.1;Database=x", true)]
    [TestCase("postgres://user:secret@db.example/benchmark", true)]
    [TestCase("postgresql://db.example:5433/benchmark?sslmode=require", true)]
    [TestCase("benchmark.db", false)]
    [TestCase("/data/Host=strange/benchmark.db", false)]
    [TestCase("C:\\data\\benchmark.db", false)]
    public void IsPostgres_TellsConnectionStringsAndUrlsFromPaths(string db, bool expected) =>
        Assert.That(DatasetStore.IsPostgres(db), Is.EqualTo(expected));

    [Test]
    public void ResolveLocation_PostgresString_IsKeptAsGiven() =>
        Assert.That(DatasetStore.ResolveLocation(" Host=db;Database=b "), Is.EqualTo("Host=db;Database=b"));

    [Test]
    public void CurrentSchemaVersion_IsTheLastMigration() =>
        Assert.That(DatasetStore.CurrentSchemaVersion, Is.EqualTo(SqliteSchema.Migrations[^1].Version));
}
