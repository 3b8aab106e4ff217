using Benchmark.Cli.Help;
using System.ComponentModel;
using Spectre.Console.Cli;

namespace Benchmark.Cli.Commands;

/// <summary>Settings of <c>benchmark demo</c>.</summary>
public sealed class DemoSettings : CommonSettings
{
    /// <summary>The folder with the bundled samples; found automatically when omitted.</summary>
    [CommandOption("--samples <DIR>")]
    [LocalizedDescription("Folder with the sample files (default: the repository's samples/ folder, found from the current directory).")]
    public string? Samples { get; init; }

    /// <summary>The municipality whose peer comparison the demo shows.</summary>
    [CommandOption("--municipality <CODE>")]
    [LocalizedDescription("Municipality whose peer comparison the demo shows (default GM0193 Zwolle).")]
    [DefaultValue("GM0193")]
    public string Municipality { get; init; } = "GM0193";

    /// <inheritdoc />
    protected override IReadOnlyList<OutputFormat> SupportedFormats => [OutputFormat.Text];
}
