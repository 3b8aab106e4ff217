using System.Data.Common;
using System.Globalization;
using System.Text.Json;

namespace Benchmark.Store.Relational;

/// <summary>
/// One connection and transaction of a <see cref="RelationalStore"/>, with the queries every dialect shares. All values
/// travel as parameters; SQL text is only ever built from constants.
/// </summary>
internal sealed partial class StoreSession(RelationalStore store, DbConnection connection, DbTransaction transaction)
{
    /// <summary>The columns of <c>dataset_versions</c> that make a <see cref="DatasetVersion"/>, in <see cref="ReadVersion"/>'s order.</summary>
    private const string VersionColumns =
        "id, file_name, sha256, imported_at, imported_by, status, years, indicators, rows_read, rows_accepted, rows_rejected, values_stored, errors, warnings";

    /// <summary>The store.</summary>
    public RelationalStore Store => store;

    /// <summary>The open connection.</summary>
    public DbConnection Connection => connection;

    /// <summary>The transaction every command runs in.</summary>
    public DbTransaction Transaction => transaction;

    /// <summary>A command in this session's transaction with named parameters (<c>@name</c> in the SQL).</summary>
    public DbCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@" + name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    /// <summary>Runs a statement.</summary>
    public int Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        return command.ExecuteNonQuery();
    }

    /// <summary>Runs a query for one integer; <see langword="null"/> when it returns no row or NULL.</summary>
    public long? ScalarLong(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        var value = command.ExecuteScalar();
        return value is null or DBNull ? null : Convert.ToInt64(value, CultureInfo.InvariantCulture);
    }

    /// <summary>Every version, lowest id first.</summary>
    public IReadOnlyList<DatasetVersion> Versions() =>
        ReadVersions($"SELECT {VersionColumns} FROM dataset_versions ORDER BY id");

    /// <summary>One version, or <see langword="null"/>.</summary>
    public DatasetVersion? Version(long id) =>
        ReadVersions($"SELECT {VersionColumns} FROM dataset_versions WHERE id = @id", ("id", id)).SingleOrDefault();

    /// <summary>The oldest stored or partially stored version of a file, by its SHA-256.</summary>
    public DatasetVersion? FindBySha256(string sha256) =>
        ReadVersions(
            $"SELECT {VersionColumns} FROM dataset_versions WHERE sha256 = @sha256 AND status <> 'rejected' ORDER BY id LIMIT 1",
            ("sha256", sha256.Trim().ToLowerInvariant())).SingleOrDefault();

    /// <summary>The first version that records the rejection of the file with <paramref name="sha256"/>, or <see langword="null"/>.</summary>
    public DatasetVersion? FindRejectedBySha256(string sha256) =>
        ReadVersions(
            $"SELECT {VersionColumns} FROM dataset_versions WHERE sha256 = @sha256 AND status = 'rejected' ORDER BY id LIMIT 1",
            ("sha256", sha256.Trim().ToLowerInvariant())).SingleOrDefault();

    private List<DatasetVersion> ReadVersions(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        using var reader = command.ExecuteReader();
        var result = new List<DatasetVersion>();
        while (reader.Read())
        {
            result.Add(ReadVersion(reader));
        }

        return result;
    }

    private DatasetVersion ReadVersion(DbDataReader r) => new(
        r.GetInt64(0),
        r.GetString(1),
        r.GetString(2),
        store.ReadTimestamp(r, 3),
        r.GetString(4),
        StatusNames.Parse(r.GetString(5)),
        JsonSerializer.Deserialize<int[]>(r.GetString(6)) ?? [],
        JsonSerializer.Deserialize<string[]>(r.GetString(7)) ?? [],
        r.GetInt32(8),
        r.GetInt32(9),
        r.GetInt32(10),
        r.GetInt32(11),
        r.GetInt32(12),
        r.GetInt32(13));
}
