namespace Benchmark.PeerGroups;

/// <summary>One variable of the nearest-neighbour model: which figure, its weight, and its transform.</summary>
/// <param name="Indicator">
/// The indicator code whose value per municipality and year is taken from the dataset. For <c>inhabitants</c> and
/// <c>area_km2</c> the municipality reference fills in when the dataset has no value.
/// </param>
/// <param name="Weight">The weight wᵢ in d = √Σ wᵢ(zᵢ − z_focus,ᵢ)²; 0 leaves the variable out. Must be finite and ≥ 0.</param>
/// <param name="Transform">The transform applied before standardising.</param>
public sealed record StructuralVariable(string Indicator, double Weight = 1.0, VariableTransform Transform = VariableTransform.None)
{
    /// <summary>ln(inhabitants), weight 1: size, on a log scale because inhabitants range from under 1,000 to over 900,000.</summary>
    public static StructuralVariable LogInhabitants { get; } = new("inhabitants", 1.0, VariableTransform.Log);

    /// <summary>
    /// Address density (CBS omgevingsadressendichtheid), untransformed, weight 1: urbanity. Kept on its own scale as CIPFA
    /// does, and because CBS's own urbanity classes (500, 1,000, 1,500, 2,500 addresses/km²) are steps on that scale.
    /// </summary>
    public static StructuralVariable AddressDensity { get; } = new("address_density", 1.0, VariableTransform.None);

    /// <summary>ln(area in km²), weight 1: spread. Not in the default set (it largely repeats size and density); add it when spread matters.</summary>
    public static StructuralVariable LogArea { get; } = new("area_km2", 1.0, VariableTransform.Log);

    /// <inheritdoc />
    public override string ToString() =>
        (Transform == VariableTransform.Log ? $"log({Indicator})" : Indicator)
        + FormattableString.Invariant($" × {Weight}");
}
