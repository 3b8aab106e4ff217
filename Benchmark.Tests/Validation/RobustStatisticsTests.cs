using Benchmark.Validation.Checks;

namespace Benchmark.Tests.Validation;

public sealed class RobustStatisticsTests
{
    [Test]
    public void MedianAndMad_OddCount_MatchesR()
    {
        // R: x <- c(5, 5.5, 5.5, 6, 6, 6, 6.5, 6.5, 7, 5, 8.6); median(x) = 6; mad(x, constant = 1) = 0.5.
        var (median, mad) = RobustStatistics.MedianAndMad([5, 5.5, 5.5, 6, 6, 6, 6.5, 6.5, 7, 5, 8.6]);

        Assert.That(median, Is.EqualTo(6.0));
        Assert.That(mad, Is.EqualTo(0.5));
    }

    [Test]
    public void MedianAndMad_EvenCount_AveragesTheMiddlePair()
    {
        // R: median(c(1, 2, 3, 10)) = 2.5; deviations 1.5 0.5 0.5 7.5 → mad(c(1, 2, 3, 10), constant = 1) = 1.
        var (median, mad) = RobustStatistics.MedianAndMad([10, 1, 3, 2]);

        Assert.That(median, Is.EqualTo(2.5));
        Assert.That(mad, Is.EqualTo(1.0));
    }

    [Test]
    public void RobustZ_UsesTheNormalConsistencyConstant()
    {
        // (8.6 − 6) / (1.4826 × 0.5) = 2.6 / 0.7413 = 3.50735...
        Assert.That(RobustStatistics.RobustZ(8.6, 6, 0.5), Is.EqualTo(3.50735).Within(1e-5));
    }

    [Test]
    public void MedianAndMad_Empty_IsNaN()
    {
        var (median, mad) = RobustStatistics.MedianAndMad([]);

        Assert.That(median, Is.NaN);
        Assert.That(mad, Is.NaN);
    }
}
