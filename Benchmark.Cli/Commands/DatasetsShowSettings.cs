using Benchmark.Cli.Help;
using Spectre.Console.Cli;

namespace Benchmark.Cli.Commands;

/// <summary>Settings of <c>benchmark datasets show ID</c>.</summary>
public sealed class DatasetsShowSettings : StoreSettings
{
    /// <summary>The version id.</summary>
    [CommandArgument(0, "<VERSION>")]
    [LocalizedDescription("The dataset version (see benchmark datasets).")]
    public long Version { get; init; }

    /// <summary>Export the quarantine to a CSV file.</summary>
    [CommandOption("--quarantine-out <FILE>")]
    [LocalizedDescription("Write the quarantined rows (line, text, reasons) to a CSV file.")]
    public string? QuarantineOut { get; init; }

    /// <inheritdoc />
    protected override IReadOnlyList<OutputFormat> SupportedFormats => [OutputFormat.Text, OutputFormat.Json];
}
