using Benchmark.Cli.Infrastructure;
using Benchmark.Store;

namespace Benchmark.Cli.Commands;

/// <summary>Opens the store for a command; problems opening it become <see cref="UsageException"/>s.</summary>
internal static class StoreAccess
{
    /// <summary>Opens the store; only <paramref name="create"/> makes a new SQLite file (imports do, reads do not).</summary>
    public static IDatasetStore Open(string? db, CliEnvironment env, bool create = false)
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
            return DatasetStore.Open(location, env.Clock);
        }
        catch (StoreSchemaTooNewException ex)
        {
            throw new UsageException(ex.Message);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException or Npgsql.NpgsqlException or ArgumentException or InvalidOperationException)
        {
            throw new UsageException($"Kan de opslag {Redact(location)} niet openen: {ex.Message}", $"Cannot open the store {Redact(location)}: {ex.Message}");
        }
    }

    private static string Redact(string location) =>
        DatasetStore.IsPostgres(location) ? "(PostgreSQL)" : location;
}
