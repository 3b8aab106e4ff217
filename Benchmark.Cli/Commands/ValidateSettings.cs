using Benchmark.Cli.Help;
using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Benchmark.Text;

namespace Benchmark.Cli.Commands;

/// <summary>Settings of <c>benchmark validate</c>.</summary>
public sealed class ValidateSettings : DataSettings
{
    /// <summary>The CSV files to validate.</summary>
    [CommandArgument(0, "<FILE>")]
    [LocalizedDescription("One or more CSV or .xlsx files: wide (a column per figure), long (indicator and value columns) or a municipality reference.")]
    public string[] Files { get; init; } = [];

    /// <summary>Show at most this many findings per file in text output (all are in JSON).</summary>
    [CommandOption("--max-findings <N>")]
    [LocalizedDescription("Text output: after the summary per rule, show the details of at most N findings per file (default 20; 0 = all). JSON always has all of them.")]
    [DefaultValue(20)]
    public int MaxFindings { get; init; } = 20;

    /// <inheritdoc />
    protected override IReadOnlyList<OutputFormat> SupportedFormats => [OutputFormat.Text, OutputFormat.Json];

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (Files.Length == 0)
        {
            return ValidationResult.Error(Lang.Pick("Geef minstens één bestand, bijv. benchmark validate samples/benchmark-2024.csv", "Give at least one file, e.g. benchmark validate samples/benchmark-2024.csv"));
        }

        return MaxFindings < 0 ? ValidationResult.Error(Lang.Pick("--max-findings moet 0 of meer zijn.", "--max-findings must be 0 or more.")) : base.Validate();
    }
}
