using Benchmark.Statistics;

namespace Benchmark.Tests.Statistics;

public sealed class RobustZTests
{
    [TestCase(10, 4, 2, 3)]
    [TestCase(1, 4, 2, -1.5)]
    [TestCase(4, 4, 2, 0)]
    public void Compute_IsDistanceFromMedianInMads(double value, double median, double mad, double expected)
    {
        Assert.That(RobustZ.Compute(value, median, mad), Is.EqualTo(expected));
    }

    [Test]
    public void Compute_ZeroMad_IsUndefined()
    {
        Assert.That(RobustZ.Compute(5, 3, 0), Is.NaN);
        Assert.That(RobustZ.Compute(3, 3, 0), Is.NaN);
    }

    [Test]
    public void Compute_MissingArgument_IsNaN()
    {
        Assert.That(RobustZ.Compute(double.NaN, 3, 1), Is.NaN);
        Assert.That(RobustZ.Compute(5, double.NaN, 1), Is.NaN);
        Assert.That(RobustZ.Compute(5, 3, double.NaN), Is.NaN);
    }

    [Test]
    public void Compute_NegativeMad_Throws()
    {
        Assert.That(() => RobustZ.Compute(5, 3, -1), Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void Compute_AgainstPeerStatistics_UsesMedianAndScaledMad()
    {
        // R: median(c(1,2,3,4,100)) = 3, mad(c(1,2,3,4,100)) = 1.4826 → z(100) = 97 / 1.4826.
        var stats = DescriptiveStatistics.Compute([1, 2, 3, 4, 100]);

        Assert.That(RobustZ.Compute(100, stats), Is.EqualTo(97 / 1.4826).Within(1e-12));
        Assert.That(RobustZ.Compute(3, stats), Is.Zero);
    }

    [Test]
    public void Compute_EmptyPeerGroup_IsNaN()
    {
        Assert.That(RobustZ.Compute(1, DescriptiveStatistics.Compute([double.NaN])), Is.NaN);
    }
}
