namespace Benchmark.Statistics;

/// <summary>Mean, standard deviation and medians over values already sorted ascending and free of NaN.</summary>
internal static class Moments
{
    /// <summary>
    /// The arithmetic mean: the sum by Neumaier's compensated summation (Kahan–Babuška), divided by n; the caller
    /// guarantees n ≥ 1. Plain summation loses two digits on NIST NumAcc2 (1.1999999999999826); compensated, the mean
    /// is 1.2, as R's <c>mean</c> and numpy's <c>mean</c> give.
    /// </summary>
    public static double Mean(ReadOnlySpan<double> sorted)
    {
        var sum = 0d;
        var compensation = 0d;
        foreach (var value in sorted)
        {
            var t = sum + value;
            compensation += Math.Abs(sum) >= Math.Abs(value) ? (sum - t) + value : (value - t) + sum;
            sum = t;
        }

        return (sum + compensation) / sorted.Length;
    }

    /// <summary>
    /// The sample standard deviation (n − 1) by the corrected two-pass algorithm: the second pass sums the squared
    /// deviations and, to cancel the rounding error of the mean, subtracts (Σ deviations)² / n
    /// (Chan, Golub &amp; LeVeque 1983). NaN when n &lt; 2.
    /// </summary>
    public static double SampleStandardDeviation(ReadOnlySpan<double> sorted, double mean)
    {
        var n = sorted.Length;
        if (n < 2)
        {
            return double.NaN;
        }

        var sumOfSquares = 0d;
        var sumOfDeviations = 0d;
        foreach (var value in sorted)
        {
            var deviation = value - mean;
            sumOfSquares += deviation * deviation;
            sumOfDeviations += deviation;
        }

        var variance = (sumOfSquares - (sumOfDeviations * sumOfDeviations / n)) / (n - 1);
        return Math.Sqrt(Math.Max(variance, 0d));
    }

    /// <summary>The usual median: the middle value, or the mean of the two middle values (the R7 formula at p = 0.5).</summary>
    public static double MiddleOfSorted(ReadOnlySpan<double> sorted)
    {
        var lower = sorted[(sorted.Length - 1) / 2];
        var upper = sorted[sorted.Length / 2];
        return lower == upper ? lower : lower + ((upper - lower) * 0.5);
    }

    /// <summary>
    /// The median of |x − <paramref name="center"/>| for a <paramref name="center"/> that lies between the two middle
    /// values (the median). Runs in O(n) without a buffer: the deviations of the values at or below the middle grow
    /// downwards, those above it grow upwards, so merging the two runs yields the deviations in ascending order.
    /// </summary>
    public static double MedianAbsoluteDeviation(ReadOnlySpan<double> sorted, double center)
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
            if (left >= 0 && (right >= n || center - sorted[left] <= sorted[right] - center))
            {
                deviation = center - sorted[left--];
            }
            else
            {
                deviation = sorted[right++] - center;
            }

            if (k == lowRank)
            {
                lower = deviation;
            }

            upper = deviation;
        }

        return lower == upper ? lower : lower + ((upper - lower) * 0.5);
    }
}
