using System.Collections.Concurrent;
using MathNet.Numerics.Distributions;

namespace Benchmark.Statistics;

/// <summary>
/// Critical values of Student's t, cached per probability and degrees of freedom because MathNet's
/// <c>StudentT.InvCDF</c> finds them by root-finding (slow) and the same df recurs for every indicator and year, and for
/// every municipality's prediction interval of a structural fit.
/// </summary>
internal static class StudentTCritical
{
    private static readonly ConcurrentDictionary<(double P, int Df), double> Cache = new();

    /// <summary>t(0.975, <paramref name="degreesOfFreedom"/>); the caller guarantees df ≥ 1.</summary>
    public static double TwoSided95(int degreesOfFreedom) => Quantile(0.975, degreesOfFreedom);

    /// <summary>t(<paramref name="p"/>, <paramref name="degreesOfFreedom"/>), the <paramref name="p"/>-quantile of Student's t; the caller guarantees df ≥ 1.</summary>
    public static double Quantile(double p, int degreesOfFreedom) =>
        Cache.GetOrAdd((p, degreesOfFreedom), static key => StudentT.InvCDF(location: 0d, scale: 1d, freedom: key.Df, p: key.P));
}
