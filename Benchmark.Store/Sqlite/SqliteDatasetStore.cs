using System.Data.Common;
using System.Globalization;
using Benchmark.Store.Relational;
using Microsoft.Data.Sqlite;

namespace Benchmark.Store.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode (readers never wait for a writer), <c>synchronous=NORMAL</c>, a
/// 30-second busy timeout, and <c>BEGIN IMMEDIATE</c> for every write so that concurrent imports queue instead of failing.
/// </summary>
internal sealed class SqliteDatasetStore : RelationalStore
{
    private const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";
    private const int NotADatabase = 26;
    private const int CannotOpen = 14;
    private readonly string _connectionString;

    private SqliteDatasetStore(string path, TimeProvider clock, string? dataSource = null, SqliteOpenMode mode = SqliteOpenMode.ReadWriteCreate)
        : base(path, clock)
    {
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = dataSource ?? path,
            Mode = mode,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    /// <summary>
    /// Opens an existing store for reading only, without migrating: for a store on a read-only medium (a mounted image,
    /// a write-protected share). SQLite in WAL mode needs its shared-memory file next to the database; when that cannot
    /// be made there, the file is opened as immutable (no locks; nobody can write to it there anyway).
    /// </summary>
    /// <exception cref="InvalidDataException">When the file is not a store, or its schema is older than this program's.</exception>
    /// <exception cref="StoreSchemaTooNewException">When a newer Benchmark wrote the store.</exception>
    public static SqliteDatasetStore OpenReadOnly(string path, TimeProvider clock)
    {
        var immutable = "file:" + Uri.EscapeDataString(path).Replace("%2F", "/", StringComparison.Ordinal) + "?immutable=1";
        foreach (var source in new[] { path, immutable })
        {
            var store = new SqliteDatasetStore(path, clock, source, SqliteOpenMode.ReadOnly);
            try
            {
                store.CheckCurrent(SqliteSchema.Migrations);
                return store;
            }
            catch (SqliteException ex) when (ex.SqliteErrorCode == CannotOpen && !ReferenceEquals(source, immutable))
            {
                store.Dispose();
            }
            catch (SqliteException ex) when (ex.SqliteErrorCode == NotADatabase)
            {
                store.Dispose();
                throw NotADatabaseFile(path, ex);
            }
            catch
            {
                store.Dispose();
                throw;
            }
        }

        throw new IOException($"The store at {path} cannot be opened for reading.");
    }

    public override IReadOnlyList<Migration> Migrations => SqliteSchema.Migrations;

    /// <summary>Opens (creating it and its folder when needed) and migrates the store at <paramref name="path"/>.</summary>
    /// <exception cref="InvalidDataException">When the file is not a SQLite database, or a SQLite database of something else.</exception>
    /// <exception cref="IOException">When the file cannot be opened or created.</exception>
    /// <exception cref="StoreSchemaTooNewException">When a newer Benchmark wrote the store.</exception>
    public static SqliteDatasetStore Open(string path, TimeProvider clock, Func<IReadOnlyList<Migration>, IReadOnlyList<Migration>>? adjust)
    {
        if (Path.GetDirectoryName(path) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        var store = new SqliteDatasetStore(path, clock);
        try
        {
            store.Initialize(adjust is null ? SqliteSchema.Migrations : adjust(SqliteSchema.Migrations));
            return store;
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == NotADatabase)
        {
            store.Dispose();
            throw NotADatabaseFile(path, ex);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == CannotOpen)
        {
            store.Dispose();
            throw new IOException($"The store at {path} cannot be opened or created (a folder, or no permission?): {ex.Message}", ex);
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    public override DbConnection Connect()
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL;";
            command.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public override DbTransaction BeginRead(DbConnection connection) => ((SqliteConnection)connection).BeginTransaction(deferred: true);

    /// <summary><c>BEGIN IMMEDIATE</c>: takes the write lock now (waiting up to the busy timeout), not halfway through.</summary>
    public override DbTransaction BeginWrite(DbConnection connection) => ((SqliteConnection)connection).BeginTransaction(deferred: false);

    public override DbTransaction BeginMigration(DbConnection connection) => BeginWrite(connection);

    public override RowWriter Rows(DbConnection connection, DbTransaction transaction, BulkTable table) =>
        new SqliteRowWriter((SqliteConnection)connection, (SqliteTransaction)transaction, table);

    public override object TimestampValue(DateTimeOffset value) =>
        value.UtcDateTime.ToString(TimestampFormat, CultureInfo.InvariantCulture);

    public override DateTimeOffset ReadTimestamp(DbDataReader reader, int ordinal) =>
        DateTimeOffset.ParseExact(reader.GetString(ordinal), TimestampFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    /// <summary>A SQLite file with tables but no <c>store_schema</c> belongs to something else: refuse to add ours.</summary>
    protected override void CheckBeforeMigrating(StoreSession session)
    {
        var ours = session.ScalarLong("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'store_schema'") > 0;
        var tables = session.ScalarLong("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'");
        if (!ours && tables > 0)
        {
            throw Text.ExplainedException.InvalidData(Text.LocalizedText.Format(
                "{0} is een SQLite-database van iets anders ({1} tabellen, geen Benchmark-schema). Geef een ander --db-pad.",
                "{0} is a SQLite database of something else ({1} tables, no Benchmark schema). Give another --db path.",
                Location,
                tables));
        }
    }

    /// <summary>WAL is a property of the file: set once, kept by every later connection.</summary>
    protected override void AfterMigrating()
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL";
        var mode = command.ExecuteScalar() as string;
        if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"The store at {Location} could not switch to WAL mode (journal mode is '{mode}').");
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            using var connection = new SqliteConnection(_connectionString);
            SqliteConnection.ClearPool(connection);
        }

        base.Dispose(disposing);
    }

    private static InvalidDataException NotADatabaseFile(string path, Exception inner) => Text.ExplainedException.InvalidData(
        new(
            $"{path} is geen SQLite-database en dus geen Benchmark-opslag. Geef een ander --db-pad.",
            $"{path} is not a SQLite database, so it cannot be a Benchmark store. Give another --db path."),
        inner);
}
