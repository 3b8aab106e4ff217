namespace Benchmark.Efficiency.Index;

/// <summary>How the normalised indicators become one index value.</summary>
public enum Aggregation
{
    /// <summary>Weighted arithmetic mean: full compensation between indicators.</summary>
    Arithmetic,

    /// <summary>Weighted geometric mean of the normalised values mapped onto [1, 100] (positive, as a geometric mean needs): partial compensation.</summary>
    Geometric,
}
