using Benchmark.Cli.Help;
using Benchmark.Efficiency.Dea;
using Benchmark.Efficiency.Structure;
using Spectre.Console;
using Spectre.Console.Cli;
using Benchmark.Text;

namespace Benchmark.Cli.Commands;

/// <summary>Settings of <c>benchmark efficiency</c>: DEA (default) or, with <c>--expected</c>, the expected value given structure.</summary>
public sealed class EfficiencySettings : SetSettings
{
    /// <summary>A DEA model file (JSON).</summary>
    [CommandOption("--model <FILE>")]
    [LocalizedDescription("DEA model file (JSON): {\"inputs\": [[...]], \"outputs\": [[...]], \"orientation\": \"input|output\", \"returns\": \"variable|constant\"}. Default: inputs overhead_costs, ict_costs, fte_staffed; outputs inhabitants, addresses; BCC input-oriented.")]
    public string? Model { get; init; }

    /// <summary>Overrides the model's orientation.</summary>
    [CommandOption("--orientation <SIDE>")]
    [LocalizedDescription("DEA orientation: [green]input[/] (default: how far can inputs shrink) or [green]output[/] (how far can outputs grow).")]
    public string? Orientation { get; init; }

    /// <summary>Overrides the model's returns to scale.</summary>
    [CommandOption("--rts <RTS>")]
    [LocalizedDescription("Returns to scale: [green]variable[/] (BCC, default) or [green]constant[/] (CCR).")]
    public string? Returns { get; init; }

    /// <summary>The parsed orientation, or <see langword="null"/> for the model's.</summary>
    public DeaOrientation? OrientationValue => Orientation?.ToLowerInvariant() switch
    {
        null => null,
        "input" or "i" => DeaOrientation.Input,
        "output" or "o" => DeaOrientation.Output,
        _ => throw Text.ExplainedException.Format(new($"--orientation is input of output, niet '{Orientation}'.", $"--orientation must be input or output, not '{Orientation}'.")),
    };

    /// <summary>The parsed returns to scale, or <see langword="null"/> for the model's.</summary>
    public ReturnsToScale? ReturnsValue => Returns?.ToLowerInvariant() switch
    {
        null => null,
        "variable" or "vrs" or "bcc" => ReturnsToScale.Variable,
        "constant" or "crs" or "ccr" => ReturnsToScale.Constant,
        _ => throw Text.ExplainedException.Format(new($"--rts is variable (BCC) of constant (CCR), niet '{Returns}'.", $"--rts must be variable (BCC) or constant (CCR), not '{Returns}'.")),
    };

    /// <summary>Instead of the DEA: the expected value of this indicator given structure.</summary>
    [CommandOption("--expected <INDICATOR>")]
    [LocalizedDescription("Instead of the DEA: the expected value of this indicator given structure (robust regression on ln inhabitants and address density), with the 95% prediction interval and the structure-corrected gap.")]
    public string? Expected { get; init; }

    /// <summary>The fit of the structural regression.</summary>
    [CommandOption("--fit <METHOD>")]
    [LocalizedDescription("With --expected: [green]huber[/] (default, robust: outliers are down-weighted) or [green]ls[/] (least squares, as R's lm).")]
    public string? Fit { get; init; }

    /// <summary>The parsed fit method.</summary>
    public FitMethod FitValue => Fit?.ToLowerInvariant() switch
    {
        null or "huber" => FitMethod.Huber,
        "ls" or "ols" or "least-squares" => FitMethod.LeastSquares,
        _ => throw Text.ExplainedException.Format(new($"--fit is huber of ls, niet '{Fit}'.", $"--fit must be huber or ls, not '{Fit}'.")),
    };

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (Fit is not null && Expected is null)
        {
            return ValidationResult.Error(Lang.Pick("--fit hoort bij --expected INDICATOR (de structuurregressie).", "--fit belongs to --expected INDICATOR (the structural regression)."));
        }

        if (Expected is not null && (Model is not null || Orientation is not null || Returns is not null))
        {
            return ValidationResult.Error(Lang.Pick("--expected toont de structuurregressie; --model, --orientation en --rts horen bij de DEA. Gebruik het een of het ander.", "--expected shows the structural regression; --model, --orientation and --rts belong to the DEA. Use one or the other."));
        }

        try
        {
            _ = OrientationValue;
            _ = ReturnsValue;
            _ = FitValue;
        }
        catch (FormatException ex)
        {
            return ValidationResult.Error(UsageException.TextOf(ex, Lang));
        }

        return base.Validate();
    }
}
