using System.ComponentModel;
using Benchmark.Survey;
using Spectre.Console;
using Spectre.Console.Cli;
using Benchmark.Text;

namespace Benchmark.Cli.Commands.Survey;

/// <summary>Settings of <c>benchmark survey show MUNICIPALITY</c>.</summary>
public sealed class SurveyShowSettings : FocusSettings
{
    /// <summary>mto (default) or ktv.</summary>
    [CommandOption("--survey <SURVEY>")]
    [Description("[green]mto[/] (employees, default) or [green]ktv[/] (internal customers).")]
    [DefaultValue("mto")]
    public string Survey { get; init; } = "mto";

    /// <summary>Aggregate this respondent file instead of reading the store's aggregates.</summary>
    [CommandOption("--respondents <FILE>")]
    [Description("Aggregate this respondent file (checked against the yearly data) instead of the store's survey aggregates.")]
    public string? Respondents { get; init; }

    /// <summary>An item catalogue replacing the shipped one.</summary>
    [CommandOption("--items <FILE>")]
    [Description("Item catalogue (JSON) instead of the standard questionnaire.")]
    public string? Items { get; init; }

    /// <summary>The survey parsed.</summary>
    public SurveyKind Kind => SurveyKinds.TryParse(Survey, out var kind) ? kind : SurveyKind.Mto;

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        SurveyKinds.TryParse(Survey, out _) ? base.Validate() : ValidationResult.Error(Lang.Pick($"--survey {Survey}: kies mto (medewerkers) of ktv (interne klanten).", $"--survey {Survey}: use mto (employees) or ktv (internal customers)."));
}
