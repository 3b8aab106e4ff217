using Benchmark.Cli.Help;
using Spectre.Console;
using Spectre.Console.Cli;
using Benchmark.Text;

namespace Benchmark.Cli.Commands;

/// <summary>Settings of <c>benchmark template</c>.</summary>
public sealed class TemplateSettings : DataSettings
{
    /// <summary>The year the workbook is for.</summary>
    [CommandOption("--year <YEAR>")]
    [LocalizedDescription("The year the figures are for (a row per municipality that exists in it).")]
    public int? Year { get; init; }

    /// <summary>The workbook to write.</summary>
    [CommandOption("--out <FILE>")]
    [LocalizedDescription("The workbook to write (default benchmark-YEAR.xlsx).")]
    public string? Out { get; init; }

    /// <inheritdoc />
    protected override IReadOnlyList<OutputFormat> SupportedFormats => [OutputFormat.Text, OutputFormat.Xlsx];

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        Year is null or < 1990 or > 2100
            ? ValidationResult.Error(Lang.Pick("Geef het jaar: --year 2025 (1990–2100).", "Give the year: --year 2025 (1990–2100)."))
            : base.Validate();
}
