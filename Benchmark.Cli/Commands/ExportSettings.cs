using Benchmark.Cli.Help;
using Spectre.Console.Cli;

namespace Benchmark.Cli.Commands;

/// <summary>Settings of <c>benchmark export</c>.</summary>
public sealed class ExportSettings : StoreSettings, IFileOutput
{
    /// <summary>Only this year; every year when omitted.</summary>
    [CommandOption("--year <YEAR>")]
    [LocalizedDescription("Only this year (default: every year).")]
    public int? Year { get; init; }

    /// <summary>The data as they were after this version.</summary>
    [CommandOption("--as-of <VERSION>")]
    [LocalizedDescription("The data as they were after dataset version VERSION.")]
    public long? AsOf { get; init; }

    /// <summary>Also the survey scores that are not published (fewer than 50 respondents, or an unknown number).</summary>
    [CommandOption("--include-unpublished")]
    [LocalizedDescription("Also export survey scores below the publication threshold (fewer than 50 respondents or an unknown number): only for a complete copy into another store, never to share.")]
    public bool IncludeUnpublished { get; init; }

    /// <summary>Write to a file instead of standard output.</summary>
    [CommandOption("--out <FILE>")]
    [LocalizedDescription("Write to FILE instead of standard output.")]
    public string? Out { get; init; }

    /// <inheritdoc />
    protected override IReadOnlyList<OutputFormat> SupportedFormats => [OutputFormat.Csv, OutputFormat.Json, OutputFormat.Text, OutputFormat.Xlsx];

    /// <inheritdoc />
    public override Spectre.Console.ValidationResult Validate() => FileOutputCheck.Check(this, Out) is { Successful: false } error ? error : base.Validate();
}
