using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Benchmark.Text;

namespace Benchmark.Cli.Commands.Conversation;

/// <summary>Settings of <c>benchmark agenda add GM0193 --text "…" --owner … --due 2025-06-30 --indicator ict_costs_per_inhabitant</c>.</summary>
public sealed class AgendaAddSettings : StoreSettings
{
    /// <summary>The municipality that acts.</summary>
    [CommandArgument(0, "<MUNICIPALITY>")]
    [Description("The municipality that acts (the learner): CBS code or name.")]
    public string Municipality { get; init; } = string.Empty;

    /// <summary>The action.</summary>
    [CommandOption("--text <TEXT>")]
    [Description("The agreed action, e.g. \"Zwolle leert van Westland over ICT-kosten per inwoner\".")]
    public string? Text { get; init; }

    /// <summary>Who is responsible.</summary>
    [CommandOption("--owner <NAME>")]
    [Description("Who is responsible.")]
    public string? Owner { get; init; }

    /// <summary>The agreed date.</summary>
    [CommandOption("--due <DATE>")]
    [Description("The agreed date, yyyy-mm-dd.")]
    public string? Due { get; init; }

    /// <summary>The indicator the action should move.</summary>
    [CommandOption("--indicator <INDICATOR>")]
    [Description("The indicator the action should move (code or name).")]
    public string? Indicator { get; init; }

    /// <summary>The baseline year; the latest year in the store by default.</summary>
    [CommandOption("--baseline-year <YEAR>")]
    [Description("The year of the baseline value (default: the latest year in the store). The value is taken from the store.")]
    public int? BaselineYear { get; init; }

    /// <summary>The circle the action was agreed in.</summary>
    [CommandOption("--circle <NAME>")]
    [Description("The learning circle the action was agreed in (optional).")]
    public string? Circle { get; init; }

    /// <summary>The due date parsed.</summary>
    public DateOnly DueDate => DateOnly.ParseExact(Due!, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        var missing = new[] { ("--text", Text), ("--owner", Owner), ("--due", Due), ("--indicator", Indicator) }
            .Where(o => string.IsNullOrWhiteSpace(o.Item2)).Select(o => o.Item1).ToList();
        if (missing.Count > 0)
        {
            return ValidationResult.Error(Lang.Pick($"agenda add heeft nog {string.Join(", ", missing)} nodig: benchmark agenda add GM0193 --text \"…\" --owner NAAM --due 2025-06-30 --indicator ict_costs_per_inhabitant.", $"agenda add needs {string.Join(", ", missing)}: benchmark agenda add GM0193 --text \"…\" --owner NAME --due 2025-06-30 --indicator ict_costs_per_inhabitant."));
        }

        return DateOnly.TryParseExact(Due, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? base.Validate()
            : ValidationResult.Error(Lang.Pick($"--due {Due}: schrijf de datum als jjjj-mm-dd, bijv. 2025-06-30.", $"--due {Due}: write the date as yyyy-mm-dd, e.g. 2025-06-30."));
    }

    /// <inheritdoc />
    protected override IReadOnlyList<OutputFormat> SupportedFormats => [OutputFormat.Text];
}
