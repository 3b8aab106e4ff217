using Benchmark.Cli.Help;
using Spectre.Console.Cli;

namespace Benchmark.Cli.Commands;

/// <summary>Settings of <c>benchmark partners</c>.</summary>
public sealed class PartnersSettings : FocusSettings
{
    /// <summary>Only this indicator; every comparable indicator with a direction when omitted.</summary>
    [CommandOption("--indicator <CODE>")]
    [LocalizedDescription("Only this indicator (code or alias); default every indicator with a better direction.")]
    public string? Indicator { get; init; }
}
