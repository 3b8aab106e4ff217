namespace Benchmark.Statistics;

/// <summary>
/// The nine sample-quantile definitions of Hyndman &amp; Fan (1996), numbered as in R's
/// <c>quantile(x, p, type = k)</c>. The benchmark uses <see cref="R7"/> everywhere unless told otherwise.
/// </summary>
/// <remarks>
/// <para>
/// Notation: <c>x(1) ≤ … ≤ x(n)</c> are the sorted non-missing values and <c>p</c> is the probability in [0, 1].
/// Every definition gives <c>x(1)</c> at p = 0 and <c>x(n)</c> at p = 1; the continuous ones (R4–R9) interpolate
/// linearly between the points <c>(p_k, x(k))</c> listed per member and clamp to <c>x(1)</c> / <c>x(n)</c> outside
/// the first and last point. For large n all nine agree closely; for a peer group of 10–30 municipalities they do
/// not, so reports should name the method.
/// </para>
/// <para>
/// Reference: R. J. Hyndman and Y. Fan, "Sample quantiles in statistical packages", The American Statistician
/// 50(4), 1996, pp. 361–365. numpy's <c>np.quantile(x, p, method=…)</c> names are given per member.
/// The computation is delegated to MathNet.Numerics (<c>SortedArrayStatistics.QuantileCustom</c>).
/// </para>
/// </remarks>
public enum QuantileMethod
{
    /// <summary>
    /// Inverse of the empirical distribution function: <c>x(⌈np⌉)</c>; discontinuous, always an observed value.
    /// Also SAS definition 3; numpy <c>inverted_cdf</c>.
    /// </summary>
    R1 = 1,

    /// <summary>
    /// Like <see cref="R1"/> but averaged at the discontinuities: when <c>np</c> is a whole number k the result is
    /// <c>(x(k) + x(k+1)) / 2</c>. Also SAS definition 5; numpy <c>averaged_inverted_cdf</c>.
    /// </summary>
    R2 = 2,

    /// <summary>
    /// Nearest order statistic: <c>x(k)</c> with k = <c>np</c> rounded to the nearest whole number, halves to the even
    /// number. Also SAS definition 2; numpy <c>closest_observation</c>.
    /// </summary>
    R3 = 3,

    /// <summary>
    /// Linear interpolation of the empirical distribution function: points <c>p_k = k / n</c>.
    /// Also SAS definition 1 and the "California" method; numpy <c>interpolated_inverted_cdf</c>.
    /// </summary>
    R4 = 4,

    /// <summary>
    /// Piecewise linear with nodes at <c>p_k = (k − 0.5) / n</c>, the midpoints of the empirical distribution's steps.
    /// Popular in hydrology (Hazen); numpy <c>hazen</c>.
    /// </summary>
    R5 = 5,

    /// <summary>
    /// Points <c>p_k = k / (n + 1)</c> (Weibull plotting positions): the expected value of the distribution function
    /// at <c>x(k)</c>. Same as Excel <c>PERCENTILE.EXC</c>, Minitab, SPSS and the NIST/SEMATECH handbook;
    /// numpy <c>weibull</c>.
    /// </summary>
    R6 = 6,

    /// <summary>
    /// Points <c>p_k = (k − 1) / (n − 1)</c>: the mode of the distribution function at <c>x(k)</c>. The default of
    /// R and S, Excel <c>PERCENTILE.INC</c> (and the old <c>PERCENTILE</c>) and numpy (<c>linear</c>).
    /// <b>The benchmark's default.</b>
    /// </summary>
    R7 = 7,

    /// <summary>
    /// Points <c>p_k = (k − 1/3) / (n + 1/3)</c>: approximately median-unbiased whatever the distribution; the
    /// definition Hyndman &amp; Fan recommend. numpy <c>median_unbiased</c>.
    /// </summary>
    R8 = 8,

    /// <summary>
    /// Points <c>p_k = (k − 3/8) / (n + 1/4)</c> (Blom): approximately unbiased for the expected order statistics
    /// when the data are normally distributed. numpy <c>normal_unbiased</c>.
    /// </summary>
    R9 = 9,
}
