using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Benchmark.Text;

namespace Benchmark.Cli.Commands.Survey;

/// <summary>Settings of <c>benchmark survey purge --year Y</c>.</summary>
public sealed class SurveyPurgeSettings : StoreSettings
{
    /// <summary>The survey year whose answers are deleted.</summary>
    [CommandOption("--year <YEAR>")]
    [Description("The survey year whose respondent answers are deleted (the aggregates stay).")]
    public int? Year { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        Year is null ? ValidationResult.Error(Lang.Pick("Geef het jaar waarvan de antwoorden weg moeten: --year JAAR.", "Give the year whose answers to delete: --year YEAR.")) : base.Validate();

    /// <inheritdoc />
    protected override IReadOnlyList<OutputFormat> SupportedFormats => [OutputFormat.Text];
}
