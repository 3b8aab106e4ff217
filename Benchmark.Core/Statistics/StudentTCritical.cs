using System.Collections.Concurrent;
using MathNet.Numerics.Distributions;

namespace Benchmark.Statistics;

/// <summary>
/// Critical values of Student's t, cached per probability and degrees of freedom because MathNet's
/// <c>StudentT.InvCDF</c> finds them by root-finding (slow) and the same df recurs for every indicator and year, and for
/// every municipality's prediction interval of a structural fit.
/// </summary>
public static class StudentTCritical
{
    private static readonly ConcurrentDictionary<(double P, int Df), double> Cache = new();

    /// <summary>t(0.975, <paramref name="degreesOfFreedom"/>), the critical value of a two-sided 95 % interval.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="degreesOfFreedom"/> is below 1.</exception>
    public static double TwoSided95(int degreesOfFreedom) => Quantile(0.975, degreesOfFreedom);

    /// <summary>t(<paramref name="p"/>, <paramref name="degreesOfFreedom"/>), the <paramref name="p"/>-quantile of Student's t (R: <c>qt(p, df)</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="p"/> is not strictly between 0 and 1 or <paramref name="degreesOfFreedom"/> is below 1.</exception>
    public static double Quantile(double p, int degreesOfFreedom)
    {
        if (!(p > 0 && p < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "A quantile's probability lies strictly between 0 and 1.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(degreesOfFreedom, 1);
        return Cache.GetOrAdd((p, degreesOfFreedom), static key => StudentT.InvCDF(location: 0d, scale: 1d, freedom: key.Df, p: key.P));
    }
}
