namespace Benchmark.Catalog;

/// <summary>
/// How a derived indicator follows from raw figures: <c>Scale × Σ Numerator / Σ Denominator</c>.
/// </summary>
/// <param name="Numerator">Codes of the figures summed above the line.</param>
/// <param name="Denominator">Codes of the figures summed below the line.</param>
/// <param name="Scale">The factor, e.g. 100 for a percentage or 1,000 for "per 1,000 inhabitants".</param>
/// <remarks>
/// The external-hire percentage shows why the denominator is a list: BBV defines it as hire costs /
/// (wage bill + hire costs) × 100. A group's ratio is Σ numerators / Σ denominators over the members.
/// </remarks>
public sealed record DerivedFormula(IReadOnlyList<string> Numerator, IReadOnlyList<string> Denominator, double Scale)
{
    /// <summary>All codes the formula reads.</summary>
    public IEnumerable<string> Inputs => Numerator.Concat(Denominator).Distinct(StringComparer.Ordinal);

    /// <summary>The formula as text, e.g. <c>100 × overhead_costs / total_expenditure</c>.</summary>
    public override string ToString()
    {
        var num = string.Join(" + ", Numerator);
        var den = string.Join(" + ", Denominator);
        var scale = Scale == 1 ? string.Empty : Scale.ToString(System.Globalization.CultureInfo.InvariantCulture) + " × ";
        return $"{scale}{(Numerator.Count > 1 ? $"({num})" : num)} / {(Denominator.Count > 1 ? $"({den})" : den)}";
    }
}
