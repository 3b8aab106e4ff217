namespace Benchmark.Efficiency.Dea;

/// <summary>Which side of production a DEA model moves radially towards the frontier.</summary>
public enum DeaOrientation
{
    /// <summary>Input-oriented: by how much can all inputs shrink proportionally with outputs kept (θ ≤ 1, 1 = on the frontier).</summary>
    Input,

    /// <summary>Output-oriented: by how much can all outputs grow proportionally with inputs kept (φ ≥ 1, 1 = on the frontier).</summary>
    Output,
}
