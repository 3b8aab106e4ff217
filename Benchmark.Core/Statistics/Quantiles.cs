using System.Diagnostics;
using MathNet.Numerics.Statistics;

namespace Benchmark.Statistics;

/// <summary>Sample quantiles by one of the nine Hyndman–Fan definitions (<see cref="QuantileMethod"/>).</summary>
/// <remarks>The computation is MathNet.Numerics' <c>SortedArrayStatistics.QuantileCustom</c>; this class only maps
/// the method, excludes missing values and sorts.</remarks>
public static class Quantiles
{
    /// <summary>The method used everywhere unless told otherwise: <see cref="QuantileMethod.R7"/> (R, Excel PERCENTILE.INC, numpy).</summary>
    public const QuantileMethod DefaultMethod = QuantileMethod.R7;

    /// <summary>The quantile at probability <paramref name="p"/> of the non-missing <paramref name="values"/>.</summary>
    /// <param name="values">The values in any order; NaN and ±∞ mean missing and are left out.</param>
    /// <param name="p">The probability, 0 ≤ p ≤ 1 (0.25 for the first quartile, 0.9 for P90).</param>
    /// <param name="method">The quantile definition; <see cref="QuantileMethod.R7"/> by default.</param>
    /// <returns>
    /// The quantile, ascending: p = 0 gives the minimum and p = 1 the maximum, whatever the indicator's direction.
    /// Ties need no special treatment (equal values are simply adjacent order statistics).
    /// NaN when there is no non-missing value; the single value when there is one.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="p"/> is NaN or outside [0, 1], or
    /// <paramref name="method"/> is not a defined <see cref="QuantileMethod"/>.</exception>
    public static double Compute(ReadOnlySpan<double> values, double p, QuantileMethod method = DefaultMethod)
    {
        CheckProbability(p);
        var definition = ToMathNet(method);
        var sorted = SortedValues.SortPresent(values, out _);
        return sorted.Length == 0 ? double.NaN : OfSorted(sorted, p, definition);
    }

    /// <summary>The quantile at probability <paramref name="p"/> of values that are already sorted ascending.</summary>
    /// <param name="sorted">The values sorted ascending, all finite. Neither is checked in release builds: unsorted
    /// input gives a meaningless result.</param>
    /// <param name="p">The probability, 0 ≤ p ≤ 1.</param>
    /// <param name="method">The quantile definition; <see cref="QuantileMethod.R7"/> by default.</param>
    /// <returns>The quantile; NaN when <paramref name="sorted"/> is empty.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sorted"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="p"/> is NaN or outside [0, 1], or
    /// <paramref name="method"/> is not a defined <see cref="QuantileMethod"/>.</exception>
    public static double FromSorted(double[] sorted, double p, QuantileMethod method = DefaultMethod)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        CheckProbability(p);
        var definition = ToMathNet(method);
        Debug.Assert(IsSortedAndFinite(sorted), "The values must be sorted ascending and finite.");
        return sorted.Length == 0 ? double.NaN : OfSorted(sorted, p, definition);
    }

    /// <summary>Maps a method to MathNet's definition; throws for an undefined value.</summary>
    internal static QuantileDefinition ToMathNet(QuantileMethod method) => method switch
    {
        QuantileMethod.R1 => QuantileDefinition.R1,
        QuantileMethod.R2 => QuantileDefinition.R2,
        QuantileMethod.R3 => QuantileDefinition.R3,
        QuantileMethod.R4 => QuantileDefinition.R4,
        QuantileMethod.R5 => QuantileDefinition.R5,
        QuantileMethod.R6 => QuantileDefinition.R6,
        QuantileMethod.R7 => QuantileDefinition.R7,
        QuantileMethod.R8 => QuantileDefinition.R8,
        QuantileMethod.R9 => QuantileDefinition.R9,
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Not a defined quantile method (R1 to R9)."),
    };

    /// <summary>The quantile of the sorted scratch array; the caller has checked the method.</summary>
    /// <remarks>
    /// MathNet's R1 and R2 read index −1 when n·p is positive but lost in rounding (p ≈ 1e-28: n·p + 0.5 − 0.5 = 0);
    /// for 0 &lt; n·p &lt; 1 both definitions give x(1), given here (found by the property tests).
    /// </remarks>
    internal static double OfSorted(double[] sorted, double p, QuantileDefinition definition) =>
        definition is QuantileDefinition.R1 or QuantileDefinition.R2 && p > 0 && sorted.Length * p < 1
            ? sorted[0]
            : SortedArrayStatistics.QuantileCustom(sorted, p, definition);

    private static void CheckProbability(double p)
    {
        if (!(p >= 0d && p <= 1d))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "The probability must be between 0 and 1 inclusive.");
        }
    }

    private static bool IsSortedAndFinite(double[] sorted)
    {
        for (var i = 0; i < sorted.Length; i++)
        {
            if (!double.IsFinite(sorted[i]) || (i > 0 && sorted[i - 1] > sorted[i]))
            {
                return false;
            }
        }

        return true;
    }
}
