namespace Benchmark.Efficiency.Dea;

/// <summary>A member of a unit's reference set: an efficient unit and its weight λ in the unit's target.</summary>
/// <param name="Id">The reference unit.</param>
/// <param name="Lambda">Its intensity λ (&gt; tolerance).</param>
public sealed record DeaPeer(string Id, double Lambda);
