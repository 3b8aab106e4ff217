namespace Benchmark.Efficiency.Index;

/// <summary>How an indicator is put on a common scale before aggregation (every bound over all years, so the index is comparable over time).</summary>
public enum Normalisation
{
    /// <summary>(x − min) / (max − min) × 100 over all years; best = 100.</summary>
    MinMax,

    /// <summary>(x − mean) / SD (sample SD) over all years.</summary>
    ZScore,

    /// <summary>The average rank among all years' values, scaled to 0–100 ((rank − 1) / (n − 1) × 100).</summary>
    Rank,
}
