using System.Collections.Concurrent;
using MathNet.Numerics.Distributions;

namespace Benchmark.Statistics;

/// <summary>
/// Two-sided 95 % critical values of Student's t, t(0.975, df), cached per degrees of freedom because MathNet's
/// <c>StudentT.InvCDF</c> finds them by root-finding (slow) and the same df recurs for every indicator and year.
/// </summary>
internal static class StudentTCritical
{
    private static readonly ConcurrentDictionary<int, double> Cache = new();

    /// <summary>t(0.975, <paramref name="degreesOfFreedom"/>); the caller guarantees df ≥ 1.</summary>
    public static double TwoSided95(int degreesOfFreedom) =>
        Cache.GetOrAdd(degreesOfFreedom, static df => StudentT.InvCDF(location: 0d, scale: 1d, freedom: df, p: 0.975));
}
