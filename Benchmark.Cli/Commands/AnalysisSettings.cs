using Benchmark.Cli.Help;
using System.ComponentModel;
using Benchmark.PeerGroups;
using Spectre.Console;
using Spectre.Console.Cli;
using Benchmark.Text;

namespace Benchmark.Cli.Commands;

/// <summary>Options of the analysis commands (compare, rank, stats, peers, partners): the data and the peer-group method.</summary>
public class AnalysisSettings : DataSettings, IStoreSettings
{
    /// <inheritdoc />
    [CommandOption("--db <DB>")]
    [LocalizedDescription("The store to read (default ./benchmark.db or $BENCHMARK_DB; a PostgreSQL connection string or postgres:// URL for a shared one). Ignored with --input.")]
    public string? Db { get; init; }

    /// <summary>Read the store as it was after this version.</summary>
    [CommandOption("--as-of <VERSION>")]
    [LocalizedDescription("Use the stored data as they were after dataset version VERSION (see benchmark datasets).")]
    public long? AsOf { get; init; }

    /// <summary>CSV files to compute from.</summary>
    [CommandOption("--input <FILE>")]
    [LocalizedDescription("CSV files to compute from instead of the store (wide or long; several years together). Repeat the option or list the files after it.")]
    public string[] Input { get; init; } = [];

    /// <summary>The peer-group method.</summary>
    [CommandOption("--peers <METHOD>")]
    [LocalizedDescription("Peer group: [green]default[/] (the size class; for a municipality more than 3 × larger or smaller than its class median, the municipalities of comparable size), [green]all[/], [green]size-class[/], [green]size-class-ex-g4[/], [green]province[/], [green]group:NAME[/] (with --groups) or [green]nearest[[:K]][/].")]
    [DefaultValue("default")]
    public string Peers { get; init; } = "default";

    /// <summary>A file of named groups (learning circles).</summary>
    [CommandOption("--groups <FILE>")]
    [LocalizedDescription("Named groups (learning circles): a CSV with columns groep;gemeentecode, one row per member.")]
    public string? Groups { get; init; }

    /// <summary>The parsed peer-group method.</summary>
    public PeerGroupSpec PeerSpec => PeerGroupSpec.Parse(Peers);

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (Input.Any(f => f.StartsWith("__", StringComparison.Ordinal)))
        {
            // The parser fills an option without its value with its own placeholder ('__default_command').
            return ValidationResult.Error(Lang.Pick("--input heeft een bestand nodig, bijv. --input samples/benchmark-2024.csv.", "--input needs a file, e.g. --input samples/benchmark-2024.csv."));
        }

        if (!PeerGroupSpec.TryParse(Peers, out _, out var error))
        {
            return ValidationResult.Error(error.Get(Lang));
        }

        return Input.Length > 0 && AsOf is not null
            ? ValidationResult.Error(Lang.Pick("--as-of leest de opslag; het gaat niet samen met --input.", "--as-of reads the store; it cannot be combined with --input."))
            : base.Validate();
    }
}
