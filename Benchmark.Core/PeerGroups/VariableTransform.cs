namespace Benchmark.PeerGroups;

/// <summary>How a structural variable is transformed before it is standardised.</summary>
public enum VariableTransform
{
    /// <summary>The value as it is.</summary>
    None,

    /// <summary>The natural logarithm; a value of zero or less counts as missing. For skewed counts such as inhabitants.</summary>
    Log,
}
