using Benchmark.Cli.Help;
using Spectre.Console;
using Spectre.Console.Cli;
using Benchmark.Text;

namespace Benchmark.Cli.Commands;

/// <summary>Settings of <c>benchmark import</c>.</summary>
public sealed class ImportSettings : DataSettings, IStoreSettings
{
    /// <summary>The files to import, each as its own dataset version.</summary>
    [CommandArgument(0, "<FILE>")]
    [LocalizedDescription("CSV files to import; each becomes a dataset version.")]
    public string[] Files { get; init; } = [];

    /// <inheritdoc />
    [CommandOption("--db <DB>")]
    [LocalizedDescription("The store (default ./benchmark.db or $BENCHMARK_DB; created when missing), a PostgreSQL connection string or a postgres:// URL.")]
    public string? Db { get; init; }

    /// <summary>Store the valid rows of a file with errors and keep the rejected rows in the quarantine.</summary>
    [CommandOption("--accept-valid-rows")]
    [LocalizedDescription("Store the valid rows of a file with errors; every rejected row is kept in the quarantine (benchmark datasets show ID).")]
    public bool AcceptValidRows { get; init; }

    /// <summary>Who imports (default: the user name).</summary>
    [CommandOption("--by <NAME>")]
    [LocalizedDescription("Who imports (default: the user name).")]
    public string? By { get; init; }

    /// <inheritdoc />
    protected override IReadOnlyList<OutputFormat> SupportedFormats => [OutputFormat.Text, OutputFormat.Json];

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        Files.Length == 0 ? ValidationResult.Error(Lang.Pick("Geef minstens één bestand, bijv. benchmark import samples/benchmark-2024.csv", "Give at least one file, e.g. benchmark import samples/benchmark-2024.csv")) : base.Validate();
}
