using Benchmark.Store;
using Npgsql;

namespace Benchmark.Tests.Store;

/// <summary>
/// The store contract on PostgreSQL, when <c>BENCHMARK_TEST_POSTGRES</c> holds a connection string (CI sets it up;
/// see .ci/run). Each test works in a fresh schema of that database (through <c>Search Path</c>), dropped afterwards.
/// </summary>
[TestFixture]
[Category(TestCategories.Postgres)]
public sealed class PostgresStoreTests : StoreContractTests
{
    /// <summary>The environment variable with the connection string of a database the tests may create schemas in.</summary>
    public const string Variable = "BENCHMARK_TEST_POSTGRES";

    private readonly List<string> _schemas = [];
    private string _connectionString = string.Empty;

    [OneTimeSetUp]
    public void RequirePostgres()
    {
        var value = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(value))
        {
            var notice = $"PostgreSQL suite skipped: set {Variable} to a connection string (Host=…;Username=…;Password=…;Database=…) to run it.";
            TestContext.Progress.WriteLine(notice);
            Assert.Ignore(notice);
        }

        _connectionString = value;
    }

    protected override string NewDatabase()
    {
        var schema = "benchmark_test_" + Guid.NewGuid().ToString("N");
        Admin($"CREATE SCHEMA {schema}");
        _schemas.Add(schema);
        return new NpgsqlConnectionStringBuilder(_connectionString) { SearchPath = schema }.ConnectionString;
    }

    protected override void DropDatabases()
    {
        NpgsqlConnection.ClearAllPools();
        foreach (var schema in _schemas)
        {
            Admin($"DROP SCHEMA IF EXISTS {schema} CASCADE");
        }

        _schemas.Clear();
    }

    [Test]
    public void Open_Url_ReachesTheSameStoreAndLocationHidesThePassword()
    {
        var store = Open();
        var version = StoreImporter.Import(store, StoreFiles.Sample("benchmark-2024.csv")).Version;
        var c = new NpgsqlConnectionStringBuilder(Db);
        var url = $"postgres://{Uri.EscapeDataString(c.Username ?? string.Empty)}:{Uri.EscapeDataString(c.Password ?? string.Empty)}@{c.Host}:{c.Port}/"
            + $"{Uri.EscapeDataString(c.Database ?? string.Empty)}?Search%20Path={c.SearchPath}";

        var byUrl = Open(url);

        Assert.That(byUrl.Versions().Single(), Is.EqualTo(version));
        Assert.That(byUrl.Location, Does.Contain(c.SearchPath));
        Assert.That(byUrl.Location, Does.Not.Contain("Password"));
    }

    private void Admin(string sql)
    {
        using var connection = new NpgsqlConnection(_connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
