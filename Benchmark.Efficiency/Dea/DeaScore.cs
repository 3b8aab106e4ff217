namespace Benchmark.Efficiency.Dea;

/// <summary>The DEA result of one unit.</summary>
/// <param name="Id">The unit.</param>
/// <param name="Score">The radial score of the model: θ (input-oriented, ≤ 1) or φ (output-oriented, ≥ 1); 1 = on the frontier; NaN when the solver found no optimum.</param>
/// <param name="InputSlacks">Phase-2 input excesses s⁻ beyond the radial contraction, in the inputs' own units (NaN when the solver found no phase-2 optimum, or phase 1 had none).</param>
/// <param name="OutputSlacks">Phase-2 output shortfalls s⁺ beyond the radial expansion, in the outputs' own units.</param>
/// <param name="Peers">The reference set with λ (largest first): the efficient units whose mix the target copies.</param>
/// <param name="SuperEfficiency">Andersen–Petersen score with the unit left out of its own reference set (can pass 1, ranks the efficient units); equals <paramref name="Score"/> for inefficient units; NaN when the program is infeasible (possible under variable returns) or not computed.</param>
public sealed record DeaScore(string Id, double Score, IReadOnlyList<double> InputSlacks, IReadOnlyList<double> OutputSlacks, IReadOnlyList<DeaPeer> Peers, double SuperEfficiency)
{
    /// <summary>The score as an efficiency in (0, 1]: θ, or 1/φ for output orientation.</summary>
    public double Efficiency => Score >= 1 && OutputOriented ? 1 / Score : Score;

    /// <summary>Whether the radial score is 1 and every slack is zero (Pareto–Koopmans efficient).</summary>
    public bool IsEfficient { get; init; }

    /// <summary>Whether the score is φ (output-oriented).</summary>
    public bool OutputOriented { get; init; }
}
