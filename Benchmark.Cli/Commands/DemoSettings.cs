using System.ComponentModel;
using Spectre.Console.Cli;

namespace Benchmark.Cli.Commands;

/// <summary>Settings of <c>benchmark demo</c>.</summary>
public sealed class DemoSettings : CommonSettings
{
    /// <summary>The folder with the bundled samples; found automatically when omitted.</summary>
    [CommandOption("--samples <DIR>")]
    [Description("Folder with the sample files (default: the repository's samples/ folder, found from the current directory).")]
    public string? Samples { get; init; }

    /// <inheritdoc />
    protected override IReadOnlyList<OutputFormat> SupportedFormats => [OutputFormat.Text];
}
