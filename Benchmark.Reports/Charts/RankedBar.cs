namespace Benchmark.Reports.Charts;

/// <summary>One member of a ranked bar chart.</summary>
/// <param name="Label">The member's name (or stable letter when anonymized).</param>
/// <param name="Value">The value.</param>
/// <param name="IsFocus">Whether this is the municipality the report is about (highlighted).</param>
/// <param name="Lower">Lower end of a 95 % confidence interval, or NaN.</param>
/// <param name="Upper">Upper end of a 95 % confidence interval, or NaN.</param>
public sealed record RankedBar(string Label, double Value, bool IsFocus, double Lower = double.NaN, double Upper = double.NaN)
{
    /// <summary>Whether the bar has a confidence interval.</summary>
    public bool HasInterval => double.IsFinite(Lower) && double.IsFinite(Upper);
}
