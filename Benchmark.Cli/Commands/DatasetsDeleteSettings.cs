using Benchmark.Cli.Help;
using Spectre.Console.Cli;

namespace Benchmark.Cli.Commands;

/// <summary>Settings of <c>benchmark datasets delete ID --yes</c>.</summary>
public sealed class DatasetsDeleteSettings : StoreSettings
{
    /// <summary>The version id.</summary>
    [CommandArgument(0, "<VERSION>")]
    [LocalizedDescription("The dataset version to delete; the values it superseded become active again.")]
    public long Version { get; init; }

    /// <summary>Confirms the deletion.</summary>
    [CommandOption("--yes")]
    [LocalizedDescription("Confirm: without it nothing is deleted.")]
    public bool Yes { get; init; }
}
