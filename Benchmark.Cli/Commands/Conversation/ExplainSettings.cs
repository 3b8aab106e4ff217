using System.ComponentModel;
using Benchmark.Conversation;
using Spectre.Console;
using Spectre.Console.Cli;
using Benchmark.Text;

namespace Benchmark.Cli.Commands.Conversation;

/// <summary>Settings of <c>benchmark explain GM0193 --indicator X --year Y --category C --text "…"</c>.</summary>
public sealed class ExplainSettings : StoreSettings
{
    /// <summary>The municipality whose value is explained.</summary>
    [CommandArgument(0, "<MUNICIPALITY>")]
    [Description("The municipality: CBS code (GM0193) or name (Zwolle).")]
    public string Municipality { get; init; } = string.Empty;

    /// <summary>The indicator.</summary>
    [CommandOption("--indicator <INDICATOR>")]
    [Description("The indicator explained: code (overhead_pct) or name.")]
    public string? Indicator { get; init; }

    /// <summary>The year of the value.</summary>
    [CommandOption("--year <YEAR>")]
    [Description("The year of the value explained.")]
    public int? Year { get; init; }

    /// <summary>The category.</summary>
    [CommandOption("--category <CATEGORY>")]
    [Description("[green]bewuste-keuze[/], [green]definitieverschil[/], [green]incidenteel[/], [green]datafout[/] (flagged in every output until corrected data are imported) or [green]onbekend[/].")]
    public string? Category { get; init; }

    /// <summary>The explanation.</summary>
    [CommandOption("--text <TEXT>")]
    [Description("The explanation in the municipality's words. Explaining the same value again adds a revision; the history is kept.")]
    public string? Text { get; init; }

    /// <summary>The author; the user name by default.</summary>
    [CommandOption("--author <NAME>")]
    [Description("Who writes it (default: the user name).")]
    public string? Author { get; init; }

    /// <summary>The category parsed.</summary>
    public ExplanationCategory ParsedCategory => ExplanationCategories.TryParse(Category, out var c) ? c : ExplanationCategory.Unknown;

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        var missing = new[] { ("--indicator", Indicator), ("--year", Year?.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("--category", Category), ("--text", Text) }
            .Where(o => string.IsNullOrWhiteSpace(o.Item2)).Select(o => o.Item1).ToList();
        if (missing.Count > 0)
        {
            return ValidationResult.Error(Lang.Pick($"explain heeft nog {string.Join(", ", missing)} nodig: benchmark explain GM0193 --indicator overhead_pct --year 2024 --category bewuste-keuze --text \"…\".", $"explain needs {string.Join(", ", missing)}: benchmark explain GM0193 --indicator overhead_pct --year 2024 --category bewuste-keuze --text \"…\"."));
        }

        return ExplanationCategories.TryParse(Category, out _)
            ? base.Validate()
            : ValidationResult.Error(Lang.Pick($"--category {Category}: kies uit {string.Join(", ", ExplanationCategories.Codes)}.", $"--category {Category}: use one of {string.Join(", ", ExplanationCategories.Codes)}."));
    }

    /// <inheritdoc />
    protected override IReadOnlyList<OutputFormat> SupportedFormats => [OutputFormat.Text];
}
