using System.Text.RegularExpressions;
using Benchmark.Store.Postgres;
using Benchmark.Store.Relational;
using Benchmark.Store.Sqlite;

namespace Benchmark.Store;

/// <summary>
/// Opens a dataset store: a SQLite file (the default, no server needed) or a PostgreSQL database for shared use.
/// </summary>
/// <remarks>
/// <para>
/// Where: the <c>db</c> argument (the CLI's <c>--db</c>), else the environment variable <see cref="EnvironmentVariable"/>,
/// else <see cref="DefaultFile"/> in the current folder. A PostgreSQL connection string (<c>Host=…;Database=…</c>) or a
/// <c>postgres://</c> / <c>postgresql://</c> URL opens PostgreSQL; anything else is a file path.
/// </para>
/// <para>
/// Opening creates the store when it does not exist (for SQLite also its folder) and applies the schema migrations the
/// store lacks, in one transaction. A store written by a newer Benchmark is never touched:
/// <see cref="StoreSchemaTooNewException"/>.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// using var store = DatasetStore.Open();                                  // ./benchmark.db
/// var outcome = StoreImporter.Import(store, "samples/benchmark-2024.csv");
/// Console.WriteLine($"{outcome.Kind}: version {outcome.Version.Id}");
/// var data = ActiveData.Load(store);                                      // raw + derived, as DatasetLoader.Load gives
/// </code>
/// </example>
public static partial class DatasetStore
{
    /// <summary>The environment variable that names the store when no <c>--db</c> is given.</summary>
    public const string EnvironmentVariable = "BENCHMARK_DB";

    /// <summary>The store file used when neither <c>--db</c> nor <see cref="EnvironmentVariable"/> names one.</summary>
    public const string DefaultFile = "benchmark.db";

    /// <summary>The newest schema version this program knows (both databases).</summary>
    public static int CurrentSchemaVersion => SqliteSchema.Migrations.Count;

    /// <summary>Opens (creating and migrating as needed) the store that <paramref name="db"/> names.</summary>
    /// <param name="db">A file path, PostgreSQL connection string or URL; <see langword="null"/> for the environment variable or the default file.</param>
    /// <param name="clock">The clock that stamps imports; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    /// <exception cref="StoreSchemaTooNewException">When a newer Benchmark wrote the store.</exception>
    /// <exception cref="InvalidDataException">When the file is not a SQLite database, or belongs to something else.</exception>
    /// <exception cref="IOException">When the SQLite file cannot be opened or created (a folder, no permission).</exception>
    /// <exception cref="ArgumentException">When a PostgreSQL URL or connection string is malformed.</exception>
    public static IDatasetStore Open(string? db = null, TimeProvider? clock = null) => OpenWithMigrations(db, clock, null);

    /// <summary>
    /// Opens the store that <paramref name="db"/> names for commands that only read: as <see cref="Open"/> does, and
    /// when an existing SQLite file cannot be opened for writing (a read-only medium), read-only without migrating.
    /// </summary>
    /// <exception cref="StoreSchemaTooNewException">When a newer Benchmark wrote the store.</exception>
    /// <exception cref="InvalidDataException">When the file is not a store, or a read-only store needs a migration.</exception>
    /// <exception cref="IOException">When the file cannot be opened at all.</exception>
    public static IDatasetStore OpenForReading(string? db = null, TimeProvider? clock = null)
    {
        var location = ResolveLocation(db);
        try
        {
            return Open(location, clock);
        }
        catch (Exception ex) when (!IsPostgres(location) && File.Exists(location)
            && (ex is IOException or UnauthorizedAccessException || ex is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: ReadOnlyError }))
        {
            return SqliteDatasetStore.OpenReadOnly(location, clock ?? TimeProvider.System);
        }
    }

    private const int ReadOnlyError = 8;

    /// <summary>
    /// Where <paramref name="db"/> points: the full path of the SQLite file, or the PostgreSQL connection string or URL
    /// as given.
    /// </summary>
    public static string ResolveLocation(string? db)
    {
        var given = string.IsNullOrWhiteSpace(db) ? Environment.GetEnvironmentVariable(EnvironmentVariable) : db;
        if (string.IsNullOrWhiteSpace(given))
        {
            given = DefaultFile;
        }

        return IsPostgres(given) ? given.Trim() : Path.GetFullPath(given);
    }

    /// <summary>Whether <paramref name="db"/> names a PostgreSQL database rather than a file.</summary>
    public static bool IsPostgres(string db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var text = db.Trim();
        return text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            || ConnectionStringHost().IsMatch(text);
    }

    /// <summary>Opens with the schema steps changed by <paramref name="adjust"/> (tests of the migration machinery).</summary>
    internal static IDatasetStore OpenWithMigrations(string? db, TimeProvider? clock, Func<IReadOnlyList<Migration>, IReadOnlyList<Migration>>? adjust)
    {
        var location = ResolveLocation(db);
        clock ??= TimeProvider.System;
        return IsPostgres(location)
            ? PostgresDatasetStore.Open(location, clock, adjust)
            : SqliteDatasetStore.Open(location, clock, adjust);
    }

    /// <summary>
    /// Connection-string syntax: a keyword of a PostgreSQL connection string followed by '=' at the start or after ';'.
    /// A string without <c>Host=</c> (Npgsql then says what is missing) is still one, never a file name: a file named
    /// after it would hold the password in its name, and messages about it would print it.
    /// </summary>
    [GeneratedRegex(@"(^|;)\s*(host|server|port|database|db|username|user\s*id|userid|user|password|pwd|passfile|ssl\s*mode|sslmode|search\s*path|timeout|command\s*timeout|pooling|application\s*name)\s*=", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ConnectionStringHost();
}
