using Benchmark.Municipalities;

namespace Benchmark.Derivation;

/// <summary>The ratio of a group of municipalities: <c>Scale × Σ numerators / Σ denominators</c> over its members.</summary>
/// <param name="Value">
/// The group's ratio, or <see cref="double.NaN"/> when no member had every input or the denominators sum to zero.
/// </param>
/// <param name="Numerator">Σ of the members' numerator sums (before scaling).</param>
/// <param name="Denominator">Σ of the members' denominator sums.</param>
/// <param name="Included">Members that had every input (present, not missing) and so entered both sums.</param>
/// <param name="Excluded">Members left out because an input was absent or missing.</param>
/// <remarks>
/// This is the weighted group value (a group's overhead % is its members' overhead costs over their total expenditure),
/// not the unweighted mean of the members' percentages. A member enters both sums or neither, so a missing denominator
/// never inflates the ratio.
/// </remarks>
public sealed record GroupRatioResult(
    double Value,
    double Numerator,
    double Denominator,
    IReadOnlyList<MunicipalityCode> Included,
    IReadOnlyList<MunicipalityCode> Excluded)
{
    /// <summary>The number of members that entered the ratio.</summary>
    public int Count => Included.Count;
}
