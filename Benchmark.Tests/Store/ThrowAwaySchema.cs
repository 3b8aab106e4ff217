using Npgsql;

namespace Benchmark.Tests.Store;

/// <summary>
/// A throw-away schema in the PostgreSQL database of <c>BENCHMARK_TEST_POSTGRES</c> for one test: the test is ignored
/// (with the reason) when the variable is not set, and the schema is dropped afterwards, whatever happened.
/// </summary>
internal static class ThrowAwaySchema
{
    /// <summary>Runs <paramref name="body"/> with a connection string whose search path is a fresh schema.</summary>
    public static async Task RunAsync(string prefix, Func<string, Task> body)
    {
        var value = Environment.GetEnvironmentVariable(PostgresStoreTests.Variable);
        if (string.IsNullOrWhiteSpace(value))
        {
            Assert.Ignore($"set {PostgresStoreTests.Variable} to run this test on PostgreSQL");
        }

        var schema = prefix + Guid.NewGuid().ToString("N");
        await ExecuteAsync(value, $"CREATE SCHEMA {schema}").ConfigureAwait(false);
        try
        {
            await body(new NpgsqlConnectionStringBuilder(value) { SearchPath = schema }.ConnectionString).ConfigureAwait(false);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(value, $"DROP SCHEMA IF EXISTS {schema} CASCADE").ConfigureAwait(false);
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        var connection = new NpgsqlConnection(connectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync().ConfigureAwait(false);
            var command = new NpgsqlCommand(sql, connection);
            await using (command.ConfigureAwait(false))
            {
                await command.ExecuteNonQueryAsync().ConfigureAwait(false);
            }
        }
    }
}
