using System.Data;
using System.Data.Common;
using Benchmark.Store.Relational;
using Npgsql;

namespace Benchmark.Store.Postgres;

/// <summary>
/// The shared store on PostgreSQL: identity columns for version ids, snapshot reads, writes serialised by an exclusive
/// lock on <c>dataset_versions</c> (readers never wait), and binary COPY for bulk rows. Tables live in the connection's
/// search path (its first schema), so a dedicated database or <c>Search Path=…</c> keeps them apart from other data.
/// </summary>
internal sealed class PostgresDatasetStore : RelationalStore
{
    private readonly NpgsqlDataSource _dataSource;

    private PostgresDatasetStore(string connectionString, TimeProvider clock)
        : base(PostgresLocation.Redact(connectionString), clock)
    {
        _dataSource = NpgsqlDataSource.Create(connectionString);
    }

    public override IReadOnlyList<Migration> Migrations => PostgresSchema.Migrations;

    /// <summary>Connects to the database <paramref name="db"/> names and migrates the store in it.</summary>
    /// <exception cref="ArgumentException">When <paramref name="db"/> is malformed.</exception>
    /// <exception cref="StoreSchemaTooNewException">When a newer Benchmark wrote the store.</exception>
    public static PostgresDatasetStore Open(string db, TimeProvider clock, Func<IReadOnlyList<Migration>, IReadOnlyList<Migration>>? adjust)
    {
        var store = new PostgresDatasetStore(PostgresLocation.ConnectionString(db), clock);
        try
        {
            store.Initialize(adjust is null ? PostgresSchema.Migrations : adjust(PostgresSchema.Migrations));
            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    public override DbConnection Connect() => _dataSource.OpenConnection();

    public override DbTransaction BeginRead(DbConnection connection) => ((NpgsqlConnection)connection).BeginTransaction(IsolationLevel.RepeatableRead);

    /// <summary>Every write takes the table lock first, so imports run one after the other and ids follow commit order.</summary>
    public override DbTransaction BeginWrite(DbConnection connection) =>
        Locked(connection, "LOCK TABLE dataset_versions IN EXCLUSIVE MODE");

    /// <summary>A transaction-scoped advisory lock per schema: two programs opening a new store do not both create it.</summary>
    public override DbTransaction BeginMigration(DbConnection connection) =>
        Locked(connection, "SELECT pg_advisory_xact_lock(hashtext('benchmark-store:' || COALESCE(current_schema(), '')))");

    public override RowWriter Rows(DbConnection connection, DbTransaction transaction, BulkTable table) =>
        new PostgresRowWriter((NpgsqlConnection)connection, table);

    public override object TimestampValue(DateTimeOffset value) => value.ToUniversalTime();

    public override DateTimeOffset ReadTimestamp(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _dataSource.Dispose();
        }

        base.Dispose(disposing);
    }

    private static NpgsqlTransaction Locked(DbConnection connection, string lockSql)
    {
        var transaction = ((NpgsqlConnection)connection).BeginTransaction();
        try
        {
            using var command = new NpgsqlCommand(lockSql, (NpgsqlConnection)connection, transaction) { CommandTimeout = 600 };
            command.ExecuteNonQuery();
            return transaction;
        }
        catch
        {
            transaction.Dispose();
            throw;
        }
    }
}
