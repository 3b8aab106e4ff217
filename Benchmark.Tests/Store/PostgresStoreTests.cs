using Npgsql;

namespace Benchmark.Tests.Store;

/// <summary>
/// The store contract on PostgreSQL, when <c>BENCHMARK_TEST_POSTGRES</c> holds a connection string (CI sets it up;
/// see .ci/run). Each test works in a fresh schema of that database (through <c>Search Path</c>), dropped afterwards.
/// </summary>
[TestFixture]
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

    private void Admin(string sql)
    {
        using var connection = new NpgsqlConnection(_connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
