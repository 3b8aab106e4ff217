using Benchmark.Cli.Help;
using Spectre.Console.Cli;

namespace Benchmark.Cli.Commands;

/// <summary>The store option shared by every command that reads or writes the store.</summary>
public interface IStoreSettings
{
    /// <summary>The store: a SQLite file path, a PostgreSQL connection string or a postgres:// URL; <see langword="null"/> for BENCHMARK_DB or ./benchmark.db.</summary>
    string? Db { get; }
}

/// <summary>Settings of commands that only need the store.</summary>
public class StoreSettings : CommonSettings, IStoreSettings
{
    /// <inheritdoc />
    [CommandOption("--db <DB>")]
    [LocalizedDescription("The store: a SQLite file (default ./benchmark.db or $BENCHMARK_DB), a PostgreSQL connection string or a postgres:// URL.")]
    public string? Db { get; init; }
}
