using Benchmark.Cli.Help;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Benchmark.Cli.Commands;

/// <summary>Settings of <c>benchmark compare</c>.</summary>
public sealed class CompareSettings : FocusSettings, IFileOutput
{
    /// <inheritdoc />
    [CommandOption("--out <FILE>")]
    [LocalizedDescription("Write to FILE instead of the console (needed for --format xlsx).")]
    public string? Out { get; init; }

    /// <inheritdoc />
    protected override IReadOnlyList<OutputFormat> SupportedFormats => [OutputFormat.Text, OutputFormat.Json, OutputFormat.Csv, OutputFormat.Xlsx];

    /// <inheritdoc />
    public override ValidationResult Validate() => FileOutputCheck.Check(this, Out) is { Successful: false } error ? error : base.Validate();
}
