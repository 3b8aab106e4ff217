using MathNet.Numerics.Statistics;

namespace Benchmark.Statistics;

/// <summary>
/// The one implementation of the moments (mean, standard deviation) and the robust location and scale (median, median
/// absolute deviation) that every statistic, check and index of Benchmark uses. Values must be free of NaN.
/// </summary>
/// <remarks>
/// Two scales carry two names: the <em>raw MAD</em> (<c>Mad</c>: median of |x − median|, R's
/// <c>mad(x, constant = 1)</c>) and the <em>scaled MAD</em> (<see cref="MadScale"/> × raw MAD, R's default
/// <c>mad(x)</c>), which estimates σ for normal data. The robust z (<see cref="RobustZ"/>) divides by the scaled MAD.
/// </remarks>
public static class Moments
{
    /// <summary>The constant that scales the raw median absolute deviation so that it estimates σ for normal data:
    /// 1.4826 ≈ 1 / Φ⁻¹(3/4), as in R's <c>mad()</c>. Iglewicz and Hoaglin's 0.6745 is its inverse.</summary>
    public const double MadScale = 1.4826;

    /// <summary>
    /// The arithmetic mean of <paramref name="values"/> (any order, n ≥ 1): the sum by Neumaier's compensated
    /// summation (Kahan–Babuška), divided by n. Plain summation loses two digits on NIST NumAcc2 (1.1999999999999826);
    /// compensated, the mean is 1.2, as R's <c>mean</c> and numpy's <c>mean</c> give.
    /// </summary>
    public static double Mean(ReadOnlySpan<double> values)
    {
        var sum = 0d;
        var compensation = 0d;
        foreach (var value in values)
        {
            var t = sum + value;
            compensation += Math.Abs(sum) >= Math.Abs(value) ? (sum - t) + value : (value - t) + sum;
            sum = t;
        }

        return (sum + compensation) / values.Length;
    }

    /// <summary>
    /// The sample standard deviation (n − 1) of <paramref name="values"/> (any order) around their
    /// <paramref name="mean"/>, by the corrected two-pass algorithm: the second pass sums the squared deviations and,
    /// to cancel the rounding error of the mean, subtracts (Σ deviations)² / n (Chan, Golub &amp; LeVeque 1983).
    /// NaN when n &lt; 2.
    /// </summary>
    public static double SampleStandardDeviation(ReadOnlySpan<double> values, double mean)
    {
        var n = values.Length;
        if (n < 2)
        {
            return double.NaN;
        }

        var sumOfSquares = 0d;
        var sumOfDeviations = 0d;
        foreach (var value in values)
        {
            var deviation = value - mean;
            sumOfSquares += deviation * deviation;
            sumOfDeviations += deviation;
        }

        var variance = (sumOfSquares - (sumOfDeviations * sumOfDeviations / n)) / (n - 1);
        return Math.Sqrt(Math.Max(variance, 0d));
    }

    /// <summary>The usual median of values sorted ascending (n ≥ 1): the middle value, or the mean of the two middle
    /// values (the R7 formula at p = 0.5).</summary>
    public static double MedianOfSorted(ReadOnlySpan<double> sorted)
    {
        var lower = sorted[(sorted.Length - 1) / 2];
        var upper = sorted[sorted.Length / 2];
        return lower == upper ? lower : lower + ((upper - lower) * 0.5);
    }

    /// <summary>
    /// The raw MAD of values sorted ascending (n ≥ 1): the median of |x − <paramref name="median"/>| for their
    /// <paramref name="median"/> (<see cref="MedianOfSorted"/>), as R's <c>mad(x, constant = 1)</c>. Runs in O(n)
    /// without a buffer: the deviations of the values at or below the middle grow downwards, those above it grow
    /// upwards, so merging the two runs yields the deviations in ascending order.
    /// </summary>
    public static double MadOfSorted(ReadOnlySpan<double> sorted, double median)
    {
        var n = sorted.Length;
        var left = (n - 1) / 2;
        var right = left + 1;
        var lowRank = (n - 1) / 2;
        var highRank = n / 2;
        var lower = 0d;
        var upper = 0d;
        for (var k = 0; k <= highRank; k++)
        {
            double deviation;
            if (left >= 0 && (right >= n || median - sorted[left] <= sorted[right] - median))
            {
                deviation = median - sorted[left--];
            }
            else
            {
                deviation = sorted[right++] - median;
            }

            if (k == lowRank)
            {
                lower = deviation;
            }

            upper = deviation;
        }

        return lower == upper ? lower : lower + ((upper - lower) * 0.5);
    }

    /// <summary>
    /// The usual median and the raw MAD of unsorted <paramref name="values"/>, by MathNet's selection
    /// (<see cref="ArrayStatistics.MedianInplace(double[])"/>, O(n) on average, no sort); both NaN when there is no value. The
    /// array is reordered and then holds the absolute deviations.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    public static (double Median, double Mad) MedianAndMadInPlace(double[] values)
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
}
