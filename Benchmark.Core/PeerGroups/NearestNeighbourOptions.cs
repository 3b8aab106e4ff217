namespace Benchmark.PeerGroups;

/// <summary>The nearest-neighbour model: how many neighbours and on which structural variables. Change with <c>with { … }</c>.</summary>
/// <remarks>
/// The default variables are <see cref="StructuralVariable.LogInhabitants"/> and <see cref="StructuralVariable.AddressDensity"/>,
/// both weight 1: size and urbanity are the structural drivers of operations costs the Dutch benchmarks divide by.
/// <see cref="StructuralVariable.LogArea"/> is available but not a default.
/// </remarks>
public sealed record NearestNeighbourOptions
{
    /// <summary>The default number of neighbours, 15, as CIPFA and the PHE tool return.</summary>
    public const int DefaultK = 15;

    /// <summary>The default variables: ln(inhabitants) and address density, weight 1 each.</summary>
    public static IReadOnlyList<StructuralVariable> DefaultVariables { get; } =
        [StructuralVariable.LogInhabitants, StructuralVariable.AddressDensity];

    /// <summary>The default options.</summary>
    public static NearestNeighbourOptions Default { get; } = new();

    /// <summary>The number of neighbours when the spec gives none (<c>nearest</c> without <c>:K</c>). Default 15; at least 1.</summary>
    public int K { get; init; } = DefaultK;

    /// <summary>The variables, each standardised to z-scores over the universe of the year. Default <see cref="DefaultVariables"/>.</summary>
    public IReadOnlyList<StructuralVariable> Variables { get; init; } = DefaultVariables;
}
