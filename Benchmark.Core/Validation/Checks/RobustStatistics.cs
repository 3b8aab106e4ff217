using MathNet.Numerics.Statistics;

namespace Benchmark.Validation.Checks;

/// <summary>Median, MAD and robust z, shared by the plausibility rules.</summary>
/// <remarks>
/// The MAD is the median of absolute deviations from the median; scaled by <see cref="MadScale"/> it estimates the
/// standard deviation of normal data, as R's <c>mad(x)</c> does by default (<c>constant = 1.4826</c>).
/// Robust z = (x − median) / (1.4826 · MAD) (Iglewicz and Hoaglin's modified z-score uses 0.6745 = 1 / 1.4826).
/// </remarks>
internal static class RobustStatistics
{
    /// <summary>The consistency constant of the MAD for normal data, 1 / Φ⁻¹(3/4).</summary>
    public const double MadScale = 1.4826;

    /// <summary>
    /// The median and the (unscaled) MAD of <paramref name="values"/>, which must not contain NaN. The array is reordered.
    /// </summary>
    public static (double Median, double Mad) MedianAndMad(double[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length == 0)
        {
            return (double.NaN, double.NaN);
        }

        var median = ArrayStatistics.MedianInplace(values);
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Math.Abs(values[i] - median);
        }

        return (median, ArrayStatistics.MedianInplace(values));
    }

    /// <summary>(x − median) / (1.4826 · MAD).</summary>
    public static double RobustZ(double x, double median, double mad) => (x - median) / (MadScale * mad);
}
