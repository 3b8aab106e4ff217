namespace Benchmark.Statistics;

/// <summary>
/// Summary statistics of one set of values (for example one indicator, one year, one peer group).
/// Create it with <see cref="Compute(ReadOnlySpan{double}, QuantileMethod)"/>.
/// </summary>
/// <remarks>
/// <para>
/// Missing values are left out before anything is computed; <see cref="Missing"/> says how many. Missing means NaN,
/// and also +∞ or −∞: no indicator can take an infinite value (it comes from a ratio with a zero denominator), and
/// kept, it would turn the mean, the standard deviation and interpolated quantiles into ∞ or NaN.
/// With no non-missing value, <see cref="N"/> is 0 and every figure is NaN (no exception).
/// </para>
/// <para>
/// All figures are direction-neutral: quantiles are ascending (Q1 is the lower quartile, P10 the value 10 % of the
/// municipalities are at or below), whatever is "better" for the indicator. <see cref="Ranking"/> applies the direction.
/// Ties need no special treatment. The result does not depend on the order of the input: the values are sorted first
/// and all sums run over the sorted values.
/// </para>
/// </remarks>
public sealed record DescriptiveStatistics
{
    private DescriptiveStatistics()
    {
    }

    /// <summary>The number of non-missing values the figures are computed from.</summary>
    public int N { get; private init; }

    /// <summary>The number of missing values (NaN or ±∞) that were left out.</summary>
    public int Missing { get; private init; }

    /// <summary>The quantile definition used for <see cref="Median"/>, <see cref="Q1"/>, <see cref="Q3"/>,
    /// <see cref="P10"/> and <see cref="P90"/>.</summary>
    public QuantileMethod Method { get; private init; }

    /// <summary>The arithmetic mean; NaN when <see cref="N"/> is 0.</summary>
    public double Mean { get; private init; }

    /// <summary>The quantile at p = 0.5 by <see cref="Method"/>; NaN when <see cref="N"/> is 0. For R2 and R5–R9 (so
    /// for the default R7) this is the usual median: the middle value, or the mean of the two middle values.</summary>
    public double Median { get; private init; }

    /// <summary>The lower quartile, the quantile at p = 0.25 by <see cref="Method"/>; NaN when <see cref="N"/> is 0.</summary>
    public double Q1 { get; private init; }

    /// <summary>The upper quartile, the quantile at p = 0.75 by <see cref="Method"/>; NaN when <see cref="N"/> is 0.</summary>
    public double Q3 { get; private init; }

    /// <summary>The 10th percentile, the quantile at p = 0.10 by <see cref="Method"/>; NaN when <see cref="N"/> is 0.</summary>
    public double P10 { get; private init; }

    /// <summary>The 90th percentile, the quantile at p = 0.90 by <see cref="Method"/>; NaN when <see cref="N"/> is 0.</summary>
    public double P90 { get; private init; }

    /// <summary>The interquartile range <see cref="Q3"/> − <see cref="Q1"/> (never negative); NaN when <see cref="N"/> is 0.</summary>
    public double Iqr => Q3 - Q1;

    /// <summary>The smallest value; NaN when <see cref="N"/> is 0.</summary>
    public double Min { get; private init; }

    /// <summary>The largest value; NaN when <see cref="N"/> is 0.</summary>
    public double Max { get; private init; }

    /// <summary>
    /// The sample standard deviation (denominator n − 1), computed with the corrected two-pass algorithm: at least 13
    /// correct significant digits on the NIST StRD univariate sets, except NumAcc3/NumAcc4, whose decimal values are
    /// not exact as doubles (there it is as accurate as the parsed input allows). NaN when <see cref="N"/> is below 2.
    /// </summary>
    public double StandardDeviation { get; private init; }

    /// <summary>
    /// The scaled MAD: the median absolute deviation from the median, multiplied by <see cref="Moments.MadScale"/> (1.4826) so that it
    /// estimates the standard deviation σ when the data are normal — the same figure as R's <c>mad(x)</c>.
    /// Both medians are the usual median (middle value or mean of the two middle values), whatever
    /// <see cref="Method"/> is. 0 when more than half of the values are equal; NaN when <see cref="N"/> is 0.
    /// </summary>
    public double ScaledMad { get; private init; }

    /// <summary>Whether there was no non-missing value (then every figure is NaN).</summary>
    public bool IsEmpty => N == 0;

    /// <summary>Computes the statistics of the non-missing <paramref name="values"/>.</summary>
    /// <param name="values">The values in any order; NaN and ±∞ mean missing and are counted in <see cref="Missing"/>.</param>
    /// <param name="method">The quantile definition for the median, quartiles and percentiles; R7 by default.</param>
    /// <returns>The statistics; <see cref="N"/> = 0 and all figures NaN when no value is present.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="method"/> is not a defined <see cref="QuantileMethod"/>.</exception>
    public static DescriptiveStatistics Compute(ReadOnlySpan<double> values, QuantileMethod method = Quantiles.DefaultMethod)
    {
        var sorted = SortedValues.SortPresent(values, out var missing);
        return OfSorted(sorted, missing, method);
    }

    /// <summary>
    /// The statistics of values already sorted ascending and finite (an array of exactly their count), with
    /// <paramref name="missing"/> values left out before; what <see cref="Compute(ReadOnlySpan{double}, QuantileMethod)"/>
    /// gives for the same values.
    /// </summary>
    internal static DescriptiveStatistics OfSorted(double[] sorted, int missing, QuantileMethod method)
    {
        var definition = Quantiles.ToMathNet(method);
        var n = sorted.Length;
        if (n == 0)
        {
            return Empty(missing, method);
        }

        var mean = Moments.Mean(sorted);
        var center = Moments.MedianOfSorted(sorted);
        return new DescriptiveStatistics
        {
            N = n,
            Missing = missing,
            Method = method,
            Mean = mean,
            Median = Quantiles.OfSorted(sorted, 0.5, definition),
            Q1 = Quantiles.OfSorted(sorted, 0.25, definition),
            Q3 = Quantiles.OfSorted(sorted, 0.75, definition),
            P10 = Quantiles.OfSorted(sorted, 0.10, definition),
            P90 = Quantiles.OfSorted(sorted, 0.90, definition),
            Min = sorted[0],
            Max = sorted[n - 1],
            StandardDeviation = Moments.SampleStandardDeviation(sorted, mean),
            ScaledMad = Moments.MadScale * Moments.MadOfSorted(sorted, center),
        };
    }

    /// <summary>Computes the statistics of the non-missing <paramref name="values"/>; see
    /// <see cref="Compute(ReadOnlySpan{double}, QuantileMethod)"/>.</summary>
    /// <param name="values">The values in any order; NaN and ±∞ mean missing.</param>
    /// <param name="method">The quantile definition; R7 by default.</param>
    /// <returns>The statistics; <see cref="N"/> = 0 and all figures NaN when no value is present.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="method"/> is not a defined <see cref="QuantileMethod"/>.</exception>
    public static DescriptiveStatistics Compute(IEnumerable<double> values, QuantileMethod method = Quantiles.DefaultMethod)
    {
        ArgumentNullException.ThrowIfNull(values);
        double[] array = values as double[] ?? [.. values];
        return Compute(new ReadOnlySpan<double>(array), method);
    }

    private static DescriptiveStatistics Empty(int missing, QuantileMethod method) => new()
    {
        N = 0,
        Missing = missing,
        Method = method,
        Mean = double.NaN,
        Median = double.NaN,
        Q1 = double.NaN,
        Q3 = double.NaN,
        P10 = double.NaN,
        P90 = double.NaN,
        Min = double.NaN,
        Max = double.NaN,
        StandardDeviation = double.NaN,
        ScaledMad = double.NaN,
    };
}
