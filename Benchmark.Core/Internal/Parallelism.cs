namespace Benchmark.Internal;

/// <summary>When the engine spreads work over every core.</summary>
internal static class Parallelism
{
    /// <summary>
    /// The number of observations from which a stage runs on every core (below it, starting threads costs more than
    /// they save). The results never depend on it: each parallel stage writes disjoint parts and merges in a fixed order.
    /// </summary>
    public const int From = 200_000;
}
