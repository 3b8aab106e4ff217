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
