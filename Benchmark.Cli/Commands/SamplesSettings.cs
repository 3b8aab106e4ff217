using Benchmark.Cli.Help;
using Spectre.Console;
using Spectre.Console.Cli;
using Benchmark.Text;

namespace Benchmark.Cli.Commands;

/// <summary>Settings of <c>benchmark samples</c>.</summary>
public sealed class SamplesSettings : CommonSettings
{
    /// <summary>The folder the generated sample files are written to.</summary>
    [CommandOption("--out <DIR>")]
    [LocalizedDescription("Folder to write the generated samples to (created when missing; existing sample files are overwritten).")]
    public string? Out { get; init; }

    /// <summary>The generator's seed.</summary>
    [CommandOption("--seed <N>")]
    [LocalizedDescription("Seed of the generator (default 2024: the committed samples).")]
    public int? Seed { get; init; }

    /// <inheritdoc />
    protected override IReadOnlyList<OutputFormat> SupportedFormats => [OutputFormat.Text];

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Out) ? ValidationResult.Error(Lang.Pick("Geef de map om naar te schrijven: --out samples", "Give the folder to write to: --out samples")) : base.Validate();
}
