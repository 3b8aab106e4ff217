using Benchmark.Cli.Help;
using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Benchmark.Text;

namespace Benchmark.Cli.Commands;

/// <summary>The charts <c>benchmark chart</c> can draw.</summary>
public enum ChartKind
{
    /// <summary>The ranked bar chart of the peer group on one indicator.</summary>
    Ranked,

    /// <summary>The trend of one indicator against the peer median and Q1–Q3 band.</summary>
    Trend,

    /// <summary>The position on every indicator (percentile strip).</summary>
    Overview,
}

/// <summary>Settings of <c>benchmark chart</c>.</summary>
public sealed class ChartSettings : FocusSettings
{
    /// <summary>The indicator (not needed for the overview).</summary>
    [CommandOption("--indicator <CODE>")]
    [LocalizedDescription("The indicator (code or alias); not needed for --kind overview.")]
    public string? Indicator { get; init; }

    /// <summary>The chart.</summary>
    [CommandOption("--kind <KIND>")]
    [LocalizedDescription("[green]ranked[/] (default), [green]trend[/] or [green]overview[/].")]
    [DefaultValue(ChartKind.Ranked)]
    public ChartKind Kind { get; init; } = ChartKind.Ranked;

    /// <summary>The file: .png or .svg.</summary>
    [CommandOption("--out <FILE>")]
    [LocalizedDescription("The file to write: .png or .svg.")]
    public string? Out { get; init; }

    /// <summary>Width in pixels.</summary>
    [CommandOption("--width <PIXELS>")]
    [LocalizedDescription("Width in pixels (default 900).")]
    [DefaultValue(900)]
    public int Width { get; init; } = 900;

    /// <summary>Height in pixels.</summary>
    [CommandOption("--height <PIXELS>")]
    [LocalizedDescription("Height in pixels (default 520).")]
    [DefaultValue(520)]
    public int Height { get; init; } = 520;

    /// <summary>Show other municipalities as letters.</summary>
    [CommandOption("--anonymize")]
    [LocalizedDescription("Show every other municipality as a stable letter.")]
    public bool Anonymize { get; init; }

    /// <inheritdoc />
    protected override IReadOnlyList<OutputFormat> SupportedFormats => [OutputFormat.Text];

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Out) || Path.GetExtension(Out).ToUpperInvariant() is not (".PNG" or ".SVG"))
        {
            return ValidationResult.Error(Lang.Pick("--out BESTAND is nodig en eindigt op .png of .svg.", "--out FILE is needed and must end in .png or .svg."));
        }

        if (Kind != ChartKind.Overview && string.IsNullOrWhiteSpace(Indicator))
        {
            return ValidationResult.Error(Lang.Pick($"--kind {Kind.ToString().ToLowerInvariant()} heeft --indicator CODE nodig (bijv. overhead_pct).", $"--kind {Kind.ToString().ToLowerInvariant()} needs --indicator CODE (e.g. overhead_pct)."));
        }

        return Width is < 100 or > 8000 || Height is < 100 or > 8000
            ? ValidationResult.Error(Lang.Pick("--width en --height liggen tussen 100 en 8000 pixels.", "--width and --height must be between 100 and 8000 pixels."))
            : base.Validate();
    }
}
