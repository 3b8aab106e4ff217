using System.ComponentModel;
using Spectre.Console.Cli;

namespace Benchmark.Cli.Commands.Survey;

/// <summary>Settings of <c>benchmark survey validate|import FILE</c>.</summary>
public sealed class SurveyFileSettings : StoreSettings
{
    /// <summary>The respondent file.</summary>
    [CommandArgument(0, "<FILE>")]
    [Description("The respondent file (CSV: respondent;gemeentecode;jaar;onderzoek;vragenlijstversie;afdeling;item;antwoord).")]
    public string File { get; init; } = string.Empty;

    /// <summary>An item catalogue replacing the shipped standard questionnaire.</summary>
    [CommandOption("--items <FILE>")]
    [Description("Item catalogue (JSON, the shape of the shipped Benchmark.Core/Survey/survey-items.json) instead of the standard questionnaire.")]
    public string? Items { get; init; }

    /// <summary>Yearly files that make the delivery (validate only; import uses the store).</summary>
    [CommandOption("--input <FILE>")]
    [Description("validate: yearly CSV files that form the delivery (municipalities and headcounts); default the store when it exists.")]
    public string[] Input { get; init; } = [];

    /// <summary>Store the valid answers of a file with errors (import only).</summary>
    [CommandOption("--accept-valid-rows")]
    [Description("import: store the valid answers of a file with errors (the rejected ones are listed by line).")]
    public bool AcceptValidRows { get; init; }

    /// <summary>The maximum number of findings printed as text.</summary>
    [CommandOption("--max-findings <N>")]
    [Description("Print at most N findings as text (default 50).")]
    [DefaultValue(50)]
    public int MaxFindings { get; init; } = 50;

    /// <inheritdoc />
    protected override IReadOnlyList<OutputFormat> SupportedFormats => [OutputFormat.Text, OutputFormat.Json];
}
