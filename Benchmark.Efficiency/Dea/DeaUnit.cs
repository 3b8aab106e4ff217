namespace Benchmark.Efficiency.Dea;

/// <summary>One decision-making unit: its id, its inputs and its outputs (each list in the problem's order).</summary>
/// <param name="Id">The unit's id (a municipality code, a letter).</param>
/// <param name="Inputs">The inputs, all finite and &gt; 0.</param>
/// <param name="Outputs">The outputs, all finite and &gt; 0.</param>
public sealed record DeaUnit(string Id, IReadOnlyList<double> Inputs, IReadOnlyList<double> Outputs);
