using System.ComponentModel;
using System.Globalization;
using Benchmark.Cli.Help;
using Benchmark.Efficiency.Index;
using Spectre.Console;
using Spectre.Console.Cli;
using Benchmark.Text;

namespace Benchmark.Cli.Commands;

/// <summary>Settings of <c>benchmark index</c>.</summary>
public sealed class IndexSettings : SetSettings
{
    /// <summary>Indicator codes, comma-separated.</summary>
    [CommandOption("--indicators <CODES>")]
    [LocalizedDescription("Indicators, comma-separated codes (default: every comparable indicator with a better direction).")]
    public string? Indicators { get; init; }

    /// <summary>Weights per indicator: code=weight, comma-separated.</summary>
    [CommandOption("--weights <WEIGHTS>")]
    [LocalizedDescription("Weights per indicator, e.g. overhead_pct=2,sickness_absence_pct=1 (others weigh 1; default equal).")]
    public string? Weights { get; init; }

    /// <summary>Weights per built-in theme: theme=weight, comma-separated.</summary>
    [CommandOption("--theme-weights <WEIGHTS>")]
    [LocalizedDescription("Weights per theme (staff, costs, ict, service), e.g. costs=2,staff=1: a theme's weight is shared by its indicators.")]
    public string? ThemeWeights { get; init; }

    /// <summary>The nominal normalisation.</summary>
    [CommandOption("--normalisation <METHOD>")]
    [LocalizedDescription("Normalisation over all years: [green]minmax[/] (default), [green]zscore[/] or [green]rank[/].")]
    [DefaultValue(Normalisation.MinMax)]
    public Normalisation Normalisation { get; init; } = Normalisation.MinMax;

    /// <summary>The nominal aggregation.</summary>
    [CommandOption("--aggregation <METHOD>")]
    [LocalizedDescription("Aggregation: [green]arithmetic[/] (default) or [green]geometric[/].")]
    [DefaultValue(Aggregation.Arithmetic)]
    public Aggregation Aggregation { get; init; } = Aggregation.Arithmetic;

    /// <summary>Monte Carlo draws.</summary>
    [CommandOption("--draws <N>")]
    [LocalizedDescription("Monte Carlo draws of the uncertainty analysis (default 1000; 0 = none).")]
    [DefaultValue(1000)]
    public int Draws { get; init; } = 1000;

    /// <summary>The Monte Carlo seed.</summary>
    [CommandOption("--seed <N>")]
    [LocalizedDescription("Seed of the Monte Carlo (default 1): the same seed gives the same rank intervals.")]
    [DefaultValue(1)]
    public int Seed { get; init; } = 1;

    /// <summary>The index options these settings describe.</summary>
    public IndexOptions ToOptions() => IndexOptions.Default with
    {
        Indicators = Indicators is null ? null : [.. Indicators.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
        Weights = ParseWeights(Weights, "--weights"),
        ThemeWeights = ParseWeights(ThemeWeights, "--theme-weights"),
        Normalisation = Normalisation,
        Aggregation = Aggregation,
        Draws = Draws,
        Seed = Seed,
    };

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (Draws is < 0 or > 1_000_000)
        {
            return ValidationResult.Error(Lang.Pick($"--draws moet tussen 0 en 1000000 liggen, niet {Draws}.", $"--draws must be between 0 and 1000000, not {Draws}."));
        }

        try
        {
            ParseWeights(Weights, "--weights");
            ParseWeights(ThemeWeights, "--theme-weights");
        }
        catch (FormatException ex)
        {
            return ValidationResult.Error(UsageException.TextOf(ex, Lang));
        }

        return base.Validate();
    }

    private static Dictionary<string, double> ParseWeights(string? text, string option)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var pair in (text ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = pair.Split('=', StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var w) || !(w >= 0) || double.IsInfinity(w))
            {
                throw Text.ExplainedException.Format(new(
                    $"{option}: '{pair}' is geen CODE=GEWICHT met een gewicht ≥ 0 (met decimale punt), bijv. overhead_pct=2.",
                    $"{option}: '{pair}' is not CODE=WEIGHT with a weight ≥ 0 (decimal point), e.g. overhead_pct=2."));
            }

            weights[parts[0]] = w;
        }

        return weights;
    }
}
