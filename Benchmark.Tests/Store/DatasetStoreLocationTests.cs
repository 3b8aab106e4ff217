using Benchmark.Store;
using Benchmark.Store.Postgres;
using Benchmark.Store.Sqlite;
using Npgsql;

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
    public void Schemas_OfBothDatabases_HaveTheSameVersions()
    {
        Assert.That(PostgresSchema.Migrations.Select(m => m.Version), Is.EqualTo(SqliteSchema.Migrations.Select(m => m.Version)));
        Assert.That(DatasetStore.CurrentSchemaVersion, Is.EqualTo(SqliteSchema.Migrations[^1].Version));
    }

    [Test]
    public void PostgresUrl_BecomesAConnectionStringWithDecodedParts()
    {
        var connection = new NpgsqlConnectionStringBuilder(
            PostgresLocation.ConnectionString("postgresql://ana%40gemeente:p%3Bss@db.example:5433/bench%20mark?sslmode=require"));

        Assert.That((connection.Host, connection.Port, connection.Database), Is.EqualTo(("db.example", 5433, "bench mark")));
        Assert.That((connection.Username, connection.Password), Is.EqualTo(("ana@gemeente", "p;ss")));
        Assert.That(connection.SslMode, Is.EqualTo(SslMode.Require));
        Assert.That(new NpgsqlConnectionStringBuilder(PostgresLocation.ConnectionString("postgres://db/x")).Port, Is.EqualTo(5432));
    }

    [TestCase("postgres://db.example")]
    [TestCase("postgres://db.example/x?nosuchoption=1")]
    [TestCase("Host=db;Nonsense Keyword=1")]
    public void PostgresLocation_Malformed_ThrowsArgumentException(string db) =>
        Assert.Throws<ArgumentException>(() => PostgresLocation.ConnectionString(db));

    [Test]
    public void PostgresLocation_Redact_DropsThePassword() =>
        Assert.That(PostgresLocation.Redact("Host=db;Username=u;Password=secret;Database=d"), Does.Not.Contain("secret").And.Contain("Host=db"));
}
