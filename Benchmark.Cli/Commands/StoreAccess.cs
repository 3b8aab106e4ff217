using Benchmark.Cli.Infrastructure;
using Benchmark.Store;
using Benchmark.Text;

namespace Benchmark.Cli.Commands;

/// <summary>Opens the store for a command; problems opening it become <see cref="UsageException"/>s.</summary>
internal static class StoreAccess
{
    /// <summary>SQLITE_CORRUPT: the database disk image is malformed.</summary>
    private const int Corrupt = 11;

    /// <summary>
    /// Opens the store; only <paramref name="create"/> makes a new SQLite file (imports do, reads do not); a command
    /// that changes an existing store says <paramref name="write"/>, the others can read a store on a read-only medium.
    /// </summary>
    public static IDatasetStore Open(string? db, CliEnvironment env, bool create = false, bool write = false)
    {
        var location = db ?? Environment.GetEnvironmentVariable(DatasetStore.EnvironmentVariable);
        if (location is not null && !DatasetStore.IsPostgres(location))
        {
            location = env.Resolve(location);
        }
        else if (location is null)
        {
            location = env.Resolve(DatasetStore.DefaultFile);
        }

        if (!create && !DatasetStore.IsPostgres(location) && !File.Exists(location))
        {
            throw new UsageException(
                $"Er is nog geen opslag in {location}: lees bestanden in met benchmark import BESTAND... (of reken direct op bestanden met --input BESTAND...).",
                $"There is no store at {location} yet: import files with benchmark import FILE... (or compute straight from files with --input FILE...).");
        }

        try
        {
            // Commands that only read also work on a store on a read-only medium.
            return create || write ? DatasetStore.Open(location, env.Clock) : DatasetStore.OpenForReading(location, env.Clock);
        }
        catch (StoreSchemaTooNewException ex)
        {
            throw new UsageException(UsageException.TextOf(ex, Language.Dutch), UsageException.TextOf(ex, Language.English));
        }
        catch (Microsoft.Data.Sqlite.SqliteException ex) when (ex.SqliteErrorCode == Corrupt)
        {
            throw new UsageException(
                $"Kan de opslag {Redact(location)} niet openen (het systeem meldt: {ex.Message}). Is het bestand beschadigd, zet dan een reservekopie terug of lees de bestanden opnieuw in in een nieuwe --db.",
                $"Cannot open the store {Redact(location)}: {ex.Message} If the file is damaged, restore a backup or import the files again into a new --db.");
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException or Npgsql.NpgsqlException or ArgumentException or InvalidOperationException)
        {
            throw new UsageException(
                $"Kan de opslag {Redact(location)} niet openen: {UsageException.TextOf(ex, Language.Dutch)}",
                $"Cannot open the store {Redact(location)}: {UsageException.TextOf(ex, Language.English)}");
        }
    }

    /// <summary>
    /// Checks <c>--as-of</c> against the store: a version number that exists (not 999 when the latest is 7, never 0 or
    /// negative), so that a typo never silently gives the latest data.
    /// </summary>
    /// <exception cref="UsageException">When the version does not exist.</exception>
    public static void CheckAsOf(IDatasetStore store, long? asOf)
    {
        if (asOf is not { } version)
        {
            return;
        }

        var latest = store.Versions().Select(v => v.Id).DefaultIfEmpty(0).Max();
        if (version < 1 || version > latest)
        {
            throw latest == 0
                ? new UsageException(
                    $"--as-of {version}: de opslag {store.Location} heeft nog geen datasetversies; lees eerst bestanden in met benchmark import BESTAND.",
                    $"--as-of {version}: the store {store.Location} has no dataset versions yet; import files first with benchmark import FILE.")
                : new UsageException(
                    $"--as-of {version}: er is geen datasetversie {version}; de versies zijn 1 tot en met {latest} (zie benchmark datasets).",
                    $"--as-of {version}: there is no dataset version {version}; the versions are 1 to {latest} (see benchmark datasets).");
        }
    }

    private static string Redact(string location) =>
        DatasetStore.IsPostgres(location) ? "(PostgreSQL)" : location;
}
