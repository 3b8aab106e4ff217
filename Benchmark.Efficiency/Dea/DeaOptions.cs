namespace Benchmark.Efficiency.Dea;

/// <summary>The DEA model. Every default is the documented one; change with <c>with { … }</c>.</summary>
public sealed record DeaOptions
{
    /// <summary>BCC (variable returns), input-oriented, plain slack sum, super-efficiency computed.</summary>
    public static DeaOptions Default { get; } = new();

    /// <summary>The orientation. Default <see cref="DeaOrientation.Input"/>.</summary>
    public DeaOrientation Orientation { get; init; } = DeaOrientation.Input;

    /// <summary>The returns to scale. Default <see cref="ReturnsToScale.Variable"/> (BCC): municipalities differ a hundredfold in size.</summary>
    public ReturnsToScale Returns { get; init; } = ReturnsToScale.Variable;

    /// <summary>The phase-2 objective. Default <see cref="SlackObjective.Sum"/> (textbook).</summary>
    public SlackObjective Slacks { get; init; } = SlackObjective.Sum;

    /// <summary>Whether to compute the Andersen–Petersen super-efficiency of the efficient units. Default <see langword="true"/>.</summary>
    public bool SuperEfficiency { get; init; } = true;

    /// <summary>A λ at or below this is not a reference peer, a slack at or below it (relative to the mean of its variable) is zero, and a score within it of 1 is 1. Default 1e-9.</summary>
    public double Tolerance { get; init; } = 1e-9;

    /// <summary>The model's usual name: <c>CCR-I</c>, <c>CCR-O</c>, <c>BCC-I</c> or <c>BCC-O</c>.</summary>
    public string Name => (Returns == ReturnsToScale.Constant ? "CCR" : "BCC") + (Orientation == DeaOrientation.Input ? "-I" : "-O");
}
