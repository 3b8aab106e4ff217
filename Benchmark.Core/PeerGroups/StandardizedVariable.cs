namespace Benchmark.PeerGroups;

/// <summary>How one variable was standardised over the universe of a year: what the distances rest on.</summary>
/// <param name="Variable">The variable as configured.</param>
/// <param name="Count">Municipalities in the universe with a value (after the transform); the others got z = 0 (the mean).</param>
/// <param name="Mean">The mean of the transformed values, or NaN without values.</param>
/// <param name="StandardDeviation">The sample standard deviation (n − 1) of the transformed values, or NaN with fewer than 2.</param>
/// <param name="IsUsed">
/// Whether the variable entered the distances: weight above 0 and a standard deviation above 0. A variable on which all
/// municipalities are equal (or with fewer than two values) cannot tell them apart and is dropped.
/// </param>
public sealed record StandardizedVariable(StructuralVariable Variable, int Count, double Mean, double StandardDeviation, bool IsUsed);
