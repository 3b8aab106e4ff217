namespace Benchmark.Efficiency.Dea;

/// <summary>The returns to scale of the DEA technology.</summary>
public enum ReturnsToScale
{
    /// <summary>Constant returns to scale: the CCR model (Charnes, Cooper &amp; Rhodes 1978); any scale of a best practice is attainable.</summary>
    Constant,

    /// <summary>Variable returns to scale: the BCC model (Banker, Charnes &amp; Cooper 1984); Σλ = 1, units are compared with peers of their own scale.</summary>
    Variable,
}
