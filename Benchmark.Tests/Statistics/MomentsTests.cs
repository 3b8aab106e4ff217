using Benchmark.Statistics;

namespace Benchmark.Tests.Statistics;

public sealed class MomentsTests
{
    [Test]
    public void MedianAndMadInPlace_OddCount_MatchesR()
    {
        // R: x <- c(5, 5.5, 5.5, 6, 6, 6, 6.5, 6.5, 7, 5, 8.6); median(x) = 6; mad(x, constant = 1) = 0.5.
        var (median, mad) = Moments.MedianAndMadInPlace([5, 5.5, 5.5, 6, 6, 6, 6.5, 6.5, 7, 5, 8.6]);

        Assert.That(median, Is.EqualTo(6.0));
        Assert.That(mad, Is.EqualTo(0.5));
    }

    [Test]
    public void MedianAndMadInPlace_EvenCount_AveragesTheMiddlePair()
    {
        // R: median(c(1, 2, 3, 10)) = 2.5; deviations 1.5 0.5 0.5 7.5 → mad(c(1, 2, 3, 10), constant = 1) = 1.
        var (median, mad) = Moments.MedianAndMadInPlace([10, 1, 3, 2]);

        Assert.That(median, Is.EqualTo(2.5));
        Assert.That(mad, Is.EqualTo(1.0));
    }

    [Test]
    public void MedianAndMadInPlace_Empty_IsNaN()
    {
        var (median, mad) = Moments.MedianAndMadInPlace([]);

        Assert.That(median, Is.NaN);
        Assert.That(mad, Is.NaN);
    }

    [Test]
    public void MadOfSorted_IsTheRawMad_TheSameAsBySelection()
    {
        // R: mad(c(1, 2, 3, 10), constant = 1) = 1; mad(c(5, 5, 5.5, 5.5, 6, 6, 6, 6.5, 6.5, 7, 8.6), constant = 1) = 0.5.
        double[] even = [1, 2, 3, 10];
        double[] odd = [5, 5, 5.5, 5.5, 6, 6, 6, 6.5, 6.5, 7, 8.6];

        Assert.That(Moments.MadOfSorted(even, Moments.MedianOfSorted(even)), Is.EqualTo(1.0));
        Assert.That(Moments.MadOfSorted(odd, Moments.MedianOfSorted(odd)), Is.EqualTo(0.5));
    }

    [Test]
    public void RobustZ_OfTheRawMad_UsesTheNormalConsistencyConstant()
    {
        // (8.6 − 6) / (1.4826 × 0.5) = 2.6 / 0.7413 = 3.50735...
        Assert.That(RobustZ.Compute(8.6, 6, Moments.MadScale * 0.5), Is.EqualTo(3.50735).Within(1e-5));
    }

    [Test]
    public void MeanAndStandardDeviation_AnyOrder_MatchR()
    {
        // R: x <- c(2, 4, 4, 4, 5, 5, 7, 9); mean(x) = 5; sd(x) = 2.138089935299395.
        double[] values = [9, 2, 4, 5, 4, 7, 4, 5];
        var mean = Moments.Mean(values);

        Assert.That(mean, Is.EqualTo(5.0));
        Assert.That(Moments.SampleStandardDeviation(values, mean), Is.EqualTo(2.138089935299395).Within(1e-14));
    }
}
