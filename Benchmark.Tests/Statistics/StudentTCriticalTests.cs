using Benchmark.Statistics;

namespace Benchmark.Tests.Statistics;

/// <summary>
/// Student's t quantiles against closed forms and the published table: df 1 is the Cauchy, t = tan(π(p − ½)); df 2 has
/// t = (2p − 1) / √(2p(1 − p)); t(0.975, 10) = 2.228 (any t table, e.g. NIST/SEMATECH e-Handbook 1.3.6.7.2).
/// </summary>
public sealed class StudentTCriticalTests
{
    [TestCase(0.975)]
    [TestCase(0.95)]
    [TestCase(0.6)]
    public void Quantile_OneDegreeOfFreedom_IsTheCauchyQuantile(double p)
    {
        Assert.That(StudentTCritical.Quantile(p, 1), Is.EqualTo(Math.Tan(Math.PI * (p - 0.5))).Within(1e-9));
    }

    [TestCase(0.975)]
    [TestCase(0.9)]
    public void Quantile_TwoDegreesOfFreedom_IsTheClosedForm(double p)
    {
        Assert.That(StudentTCritical.Quantile(p, 2), Is.EqualTo((2 * p - 1) / Math.Sqrt(2 * p * (1 - p))).Within(1e-9));
    }

    [Test]
    public void TwoSided95_TenDegreesOfFreedom_IsTheTableValue()
    {
        Assert.That(StudentTCritical.TwoSided95(10), Is.EqualTo(2.228).Within(5e-4));
        Assert.That(StudentTCritical.Quantile(0.975, 10), Is.EqualTo(StudentTCritical.TwoSided95(10)));
    }

    [Test]
    public void Quantile_DifferentProbabilitiesWithTheSameDf_AreCachedApart()
    {
        var upper = StudentTCritical.Quantile(0.975, 7);
        var lower = StudentTCritical.Quantile(0.025, 7);

        Assert.That(lower, Is.EqualTo(-upper).Within(1e-9));
    }

    [TestCase(0.0, 5)]
    [TestCase(1.0, 5)]
    [TestCase(double.NaN, 5)]
    [TestCase(0.975, 0)]
    public void Quantile_OutsideItsDomain_Throws(double p, int df)
    {
        Assert.That(() => StudentTCritical.Quantile(p, df), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }
}
