namespace Benchmark.Statistics;

/// <summary>
/// The robust z-score (x − median) / scaled MAD: how many robust standard deviations a value lies from the peer median.
/// </summary>
/// <remarks>
/// The MAD is the scaled one (<see cref="DescriptiveStatistics.ScaledMad"/>, the raw MAD × <see cref="Moments.MadScale"/>), so for normal
/// data the score is on the scale of an ordinary z-score; it equals the "modified z-score" of Iglewicz &amp; Hoaglin
/// (0.6745 · (x − median) / raw MAD), who suggest |z| &gt; 3.5 as an outlier flag. The sign follows the value, not
/// the indicator's direction: positive means above the median, whether that is better or worse.
/// </remarks>
public static class RobustZ
{
    /// <summary>Computes (<paramref name="value"/> − <paramref name="median"/>) / <paramref name="mad"/>.</summary>
    /// <param name="value">The value to score.</param>
    /// <param name="median">The peer median.</param>
    /// <param name="mad">The peer's scaled MAD (raw MAD × 1.4826, <see cref="DescriptiveStatistics.ScaledMad"/>); not negative.</param>
    /// <returns>
    /// The score; positive above the median. NaN (undefined) when <paramref name="mad"/> is 0 — more than half of the
    /// peers have the same value, so every other value would be infinitely far off — and NaN when any argument is NaN
    /// (missing).
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mad"/> is negative.</exception>
    public static double Compute(double value, double median, double mad)
    {
        if (mad < 0d)
        {
            throw new ArgumentOutOfRangeException(nameof(mad), mad, "A median absolute deviation cannot be negative.");
        }

        return mad == 0d ? double.NaN : (value - median) / mad;
    }

    /// <summary>
    /// Computes the robust z-score of <paramref name="value"/> against a peer group's <see cref="DescriptiveStatistics.Median"/>
    /// and <see cref="DescriptiveStatistics.ScaledMad"/>; see <see cref="Compute(double, double, double)"/>.
    /// </summary>
    /// <param name="value">The value to score.</param>
    /// <param name="statistics">The peer group's statistics. With a quantile method other than R2 or R5–R9 its median can
    /// differ slightly from the usual median the MAD is centred on.</param>
    /// <returns>The score; NaN when the MAD is 0, the group is empty or <paramref name="value"/> is NaN.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="statistics"/> is null.</exception>
    public static double Compute(double value, DescriptiveStatistics statistics)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        return Compute(value, statistics.Median, statistics.ScaledMad);
    }
}
