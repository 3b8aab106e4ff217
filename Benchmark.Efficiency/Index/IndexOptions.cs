namespace Benchmark.Efficiency.Index;

/// <summary>The composite index and its uncertainty analysis (JRC/OECD handbook, as COINr implements it). Defaults documented per property.</summary>
public sealed record IndexOptions
{
    /// <summary>The defaults.</summary>
    public static IndexOptions Default { get; } = new();

    /// <summary>Indicator codes; <see langword="null"/> = every comparable indicator with a direction (neutral ones describe, they do not judge).</summary>
    public IReadOnlyList<string>? Indicators { get; init; }

    /// <summary>User-given weights per indicator code (renormalised to sum 1); a missing code weighs 1. Default: equal weights.</summary>
    public IReadOnlyDictionary<string, double> Weights { get; init; } = new Dictionary<string, double>();

    /// <summary>
    /// The built-in themes: <c>staff</c> (sickness absence, notification frequency, employee satisfaction), <c>costs</c>
    /// (overhead %, running costs per inhabitant, external hire %), <c>ict</c> (the three ICT cost ratios) and
    /// <c>service</c> (internal customer satisfaction).
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> BuiltInThemes { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["staff"] = ["sickness_absence_pct", "sickness_notification_frequency", "employee_satisfaction"],
        ["costs"] = ["overhead_pct", "running_costs_per_inhabitant", "external_hire_pct"],
        ["ict"] = ["ict_costs_per_inhabitant", "ict_costs_per_fte", "ict_costs_per_workstation"],
        ["service"] = ["internal_customer_satisfaction"],
    };

    /// <summary>
    /// User-given weights per theme of <see cref="BuiltInThemes"/> (a missing theme weighs 1): a theme's weight is shared
    /// by its indicators in proportion to their own weights, and an indicator in no theme keeps its own weight. Default:
    /// none (every indicator weighs by <see cref="Weights"/> alone).
    /// </summary>
    public IReadOnlyDictionary<string, double> ThemeWeights { get; init; } = new Dictionary<string, double>();

    /// <summary>The nominal normalisation. Default min–max.</summary>
    public Normalisation Normalisation { get; init; } = Normalisation.MinMax;

    /// <summary>The nominal aggregation. Default arithmetic.</summary>
    public Aggregation Aggregation { get; init; } = Aggregation.Arithmetic;

    /// <summary>Monte Carlo draws of the uncertainty analysis. Default 1,000 (0 = none).</summary>
    public int Draws { get; init; } = 1000;

    /// <summary>The seed of the Monte Carlo: the same seed gives the same intervals. Default 1.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Each draw multiplies every weight by a uniform factor in [1 − noise, 1 + noise]. Default 0.25 (± 25 %).</summary>
    public double WeightNoise { get; init; } = 0.25;

    /// <summary>A municipality needs values for at least this share of the total weight. Default 0.5.</summary>
    public double MinimumCoverage { get; init; } = 0.5;
}
