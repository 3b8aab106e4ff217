using System.Data.Common;
using Benchmark.Data;

namespace Benchmark.Store.Relational;

/// <summary>
/// The store on a relational database: all queries, migrations and writes are shared; a dialect (SQLite, PostgreSQL)
/// supplies connections, locking, bulk writing and timestamps.
/// </summary>
internal abstract class RelationalStore : IDatasetStore
{
    /// <summary>Creates the store; <see cref="Initialize"/> then brings the schema up to date.</summary>
    protected RelationalStore(string location, TimeProvider clock)
    {
        Location = location;
        Clock = clock;
    }

    /// <inheritdoc />
    public string Location { get; }

    /// <summary>The clock that stamps imports.</summary>
    public TimeProvider Clock { get; }

    /// <inheritdoc />
    public int SchemaVersion { get; private set; }

    /// <summary>The schema steps of this dialect, version 1 first.</summary>
    public abstract IReadOnlyList<Migration> Migrations { get; }

    /// <summary>Opens a new connection, ready for use (timeouts and pragmas set).</summary>
    public abstract DbConnection Connect();

    /// <summary>Begins a transaction that reads one consistent snapshot.</summary>
    public abstract DbTransaction BeginRead(DbConnection connection);

    /// <summary>Begins the one write transaction that may run at a time (others wait): imports and deletes.</summary>
    public abstract DbTransaction BeginWrite(DbConnection connection);

    /// <summary>Begins the transaction in which migrations run, serialised against other processes opening the store.</summary>
    public abstract DbTransaction BeginMigration(DbConnection connection);

    /// <summary>Starts a bulk write into <paramref name="table"/>.</summary>
    public abstract RowWriter Rows(DbConnection connection, DbTransaction transaction, BulkTable table);

    /// <summary>The parameter value of a timestamp column.</summary>
    public abstract object TimestampValue(DateTimeOffset value);

    /// <summary>Reads a timestamp column (UTC).</summary>
    public abstract DateTimeOffset ReadTimestamp(DbDataReader reader, int ordinal);

    /// <inheritdoc />
    public IReadOnlyList<DatasetVersion> Versions() => Read(s => s.Versions());

    /// <inheritdoc />
    public DatasetVersion? FindBySha256(string sha256)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sha256);
        return Read(s => s.FindBySha256(sha256));
    }

    /// <inheritdoc />
    public DatasetVersionDetails? Get(long id) => Read(s => s.Details(id));

    /// <inheritdoc />
    public Dataset LoadActive(long? asOf = null, int? year = null) =>
        Read(s => s.LoadActive(asOf, year is { } y ? [y] : null));

    /// <inheritdoc />
    public bool Delete(long id) => Write(s => s.Delete(id));

    /// <inheritdoc />
    public string Secret(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return Write(s =>
        {
            var fresh = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
            s.Execute("INSERT INTO store_secrets (name, value) VALUES (@name, @value) ON CONFLICT (name) DO NOTHING", ("name", name), ("value", fresh));
            using var command = s.Command("SELECT value FROM store_secrets WHERE name = @name", ("name", name));
            return (string)command.ExecuteScalar()!;
        });
    }

    /// <summary>Runs <paramref name="work"/> in a read snapshot.</summary>
    public T Read<T>(Func<StoreSession, T> work)
    {
        using var connection = Connect();
        using var transaction = BeginRead(connection);
        var result = work(new StoreSession(this, connection, transaction));
        transaction.Commit();
        return result;
    }

    /// <summary>Runs <paramref name="work"/> in the write transaction; it commits only when the work returns.</summary>
    public T Write<T>(Func<StoreSession, T> work)
    {
        using var connection = Connect();
        using var transaction = BeginWrite(connection);
        var result = work(new StoreSession(this, connection, transaction));
        transaction.Commit();
        return result;
    }

    /// <summary>Brings the schema up to <paramref name="migrations"/>' last version, or throws when the store is newer.</summary>
    /// <exception cref="StoreSchemaTooNewException">When the store's schema is newer than the last migration.</exception>
    public void Initialize(IReadOnlyList<Migration> migrations)
    {
        using (var connection = Connect())
        {
            using var transaction = BeginMigration(connection);
            var session = new StoreSession(this, connection, transaction);
            CheckBeforeMigrating(session);
            SchemaVersion = SchemaMigrator.Migrate(session, migrations);
            transaction.Commit();
        }

        AfterMigrating();
    }

    /// <summary>
    /// Checks, without writing, that the schema is the current one (a store opened read-only cannot be migrated).
    /// </summary>
    /// <exception cref="StoreSchemaTooNewException">When a newer Benchmark wrote the store.</exception>
    /// <exception cref="InvalidDataException">When the store is older and needs a migration, which needs write access.</exception>
    public void CheckCurrent(IReadOnlyList<Migration> migrations)
    {
        var found = Read(s => (int)(s.ScalarLong("SELECT MAX(version) FROM store_schema") ?? 0));
        if (found > migrations.Count)
        {
            throw new StoreSchemaTooNewException(Location, found, migrations.Count);
        }

        if (found < migrations.Count)
        {
            throw Text.ExplainedException.InvalidData(Text.LocalizedText.Format(
                "De opslag in {0} heeft schemaversie {1} en moet naar {2}; daarvoor is schrijftoegang nodig, en hier is hij alleen-lezen. Open hem eenmaal waar hij beschreven kan worden.",
                "The store at {0} has schema version {1} and needs an upgrade to {2}, which needs write access; it is read-only here. Open it once where it can be written.",
                Location,
                found,
                migrations.Count));
        }

        SchemaVersion = found;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Checks, inside the migration transaction, that the database may be used as a store.</summary>
    protected virtual void CheckBeforeMigrating(StoreSession session)
    {
    }

    /// <summary>Settings applied once the schema is current (outside any transaction).</summary>
    protected virtual void AfterMigrating()
    {
    }

    /// <summary>Releases pooled connections.</summary>
    protected virtual void Dispose(bool disposing)
    {
    }
}
