namespace Benchmark.Catalog;

/// <summary>Which way is "better" for an indicator. Ranks and colours follow it.</summary>
public enum Direction
{
    /// <summary>A lower value is better (costs, overhead %, sickness absence). Rank 1 = the lowest value.</summary>
    LowerIsBetter,

    /// <summary>A higher value is better (satisfaction scores). Rank 1 = the highest value.</summary>
    HigherIsBetter,

    /// <summary>
    /// Neither is better (inhabitants, FTE per 1,000 inhabitants as a structural fact). Ranked ascending and reported as
    /// a position, never as better or worse.
    /// </summary>
    Neutral,
}
