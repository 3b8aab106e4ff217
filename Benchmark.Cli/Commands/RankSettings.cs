using Benchmark.Cli.Help;
using Spectre.Console;
using Spectre.Console.Cli;
using Benchmark.Text;

namespace Benchmark.Cli.Commands;

/// <summary>Settings of <c>benchmark rank</c>.</summary>
public sealed class RankSettings : AnalysisSettings, IFileOutput
{
    /// <summary>Optional municipality: its peer group is ranked and it is highlighted.</summary>
    [CommandArgument(0, "[MUNICIPALITY]")]
    [LocalizedDescription("Optional: rank this municipality's peer group and highlight it. Without it every group of the method is ranked.")]
    public string? Municipality { get; init; }

    /// <summary>The indicator code or alias.</summary>
    [CommandOption("--indicator <CODE>")]
    [LocalizedDescription("The indicator: code (overhead_pct) or a Dutch/English alias (\"overhead %\").")]
    public string Indicator { get; init; } = string.Empty;

    /// <summary>The year; the latest when omitted.</summary>
    [CommandOption("--year <YEAR>")]
    [LocalizedDescription("The year (default: the latest year in the data).")]
    public int? Year { get; init; }

    /// <inheritdoc />
    [CommandOption("--out <FILE>")]
    [LocalizedDescription("Write to FILE instead of the console (needed for --format xlsx).")]
    public string? Out { get; init; }

    /// <inheritdoc />
    protected override IReadOnlyList<OutputFormat> SupportedFormats => [OutputFormat.Text, OutputFormat.Json, OutputFormat.Csv, OutputFormat.Xlsx];

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Indicator))
        {
            return ValidationResult.Error(Lang.Pick("Geef de indicator: --indicator overhead_pct", "Give the indicator: --indicator overhead_pct"));
        }

        return FileOutputCheck.Check(this, Out) is { Successful: false } error ? error : base.Validate();
    }
}
