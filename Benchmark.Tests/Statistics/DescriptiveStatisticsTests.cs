using Benchmark.Statistics;

namespace Benchmark.Tests.Statistics;

public sealed class DescriptiveStatisticsTests
{
    // Worked example, hand-computed. x = 2, 4, 4, 4, 5, 5, 7, 9 (n = 8, sum 40).
    // mean = 5; Σ(x − 5)² = 9+1+1+1+0+0+4+16 = 32, sd = √(32/7).
    // R7: position h = (n − 1)p + 1: p=.10 → 1.7 → 2 + .7·(4 − 2) = 3.4; p=.25 → 2.75 → 4; p=.5 → 4.5 → 4.5;
    // p=.75 → 6.25 → 5 + .25·(7 − 5) = 5.5; p=.90 → 7.3 → 7 + .3·(9 − 7) = 7.6.
    // MAD: |x − 4.5| = 2.5, .5, .5, .5, .5, .5, 2.5, 4.5 → median .5 → 1.4826·.5 = 0.7413.
    // These are the figures R gives for mean(x), sd(x), quantile(x, c(.1,.25,.5,.75,.9)) and mad(x).
    private static readonly double[] Worked = [5, 2, 9, 4, 4, 7, 4, 5];

    [Test]
    public void Compute_WorkedExample_MatchesHandComputedFigures()
    {
        var stats = DescriptiveStatistics.Compute(Worked);

        Assert.Multiple(() =>
        {
            Assert.That(stats.N, Is.EqualTo(8));
            Assert.That(stats.Missing, Is.Zero);
            Assert.That(stats.Method, Is.EqualTo(QuantileMethod.R7));
            Assert.That(stats.Mean, Is.EqualTo(5d).Within(1e-15));
            Assert.That(stats.StandardDeviation, Is.EqualTo(Math.Sqrt(32d / 7)).Within(1e-15));
            Assert.That(stats.P10, Is.EqualTo(3.4).Within(1e-14));
            Assert.That(stats.Q1, Is.EqualTo(4d).Within(1e-14));
            Assert.That(stats.Median, Is.EqualTo(4.5).Within(1e-14));
            Assert.That(stats.Q3, Is.EqualTo(5.5).Within(1e-14));
            Assert.That(stats.P90, Is.EqualTo(7.6).Within(1e-14));
            Assert.That(stats.Iqr, Is.EqualTo(1.5).Within(1e-14));
            Assert.That(stats.Min, Is.EqualTo(2d));
            Assert.That(stats.Max, Is.EqualTo(9d));
            Assert.That(stats.ScaledMad, Is.EqualTo(0.7413).Within(1e-15));
        });
    }

    [Test]
    public void Compute_Mad_MatchesRMadOnAnOutlier()
    {
        // R: mad(c(1, 2, 3, 4, 100)) = 1.4826 (median 3, |x − 3| = 2, 1, 0, 1, 97, median 1).
        var stats = DescriptiveStatistics.Compute([1, 2, 3, 4, 100]);

        Assert.That(stats.ScaledMad, Is.EqualTo(1.4826).Within(1e-15));
        Assert.That(stats.StandardDeviation, Is.GreaterThan(40), "the SD is inflated by the outlier, the MAD is not");
    }

    [Test]
    public void Compute_Mad_EvenCountAveragesTheTwoMiddleDeviations()
    {
        // R: mad(c(1, 2, 3, 10)): median 2.5, |x − 2.5| = 1.5, .5, .5, 7.5 → median (0.5 + 1.5)/2 = 1 → 1.4826.
        Assert.That(DescriptiveStatistics.Compute([10, 3, 2, 1]).ScaledMad, Is.EqualTo(1.4826).Within(1e-15));
    }

    [Test]
    public void Compute_MajorityTied_MadIsZero()
    {
        Assert.That(DescriptiveStatistics.Compute([3, 3, 3, 1, 8]).ScaledMad, Is.Zero);
    }

    [Test]
    public void Compute_Empty_IsAllNaNWithoutException()
    {
        var stats = DescriptiveStatistics.Compute(ReadOnlySpan<double>.Empty);

        AssertAllFiguresNaN(stats);
        Assert.That(stats.N, Is.Zero);
        Assert.That(stats.Missing, Is.Zero);
        Assert.That(stats.IsEmpty, Is.True);
    }

    [Test]
    public void Compute_OnlyMissing_CountsThemAndIsAllNaN()
    {
        var stats = DescriptiveStatistics.Compute([double.NaN, double.NaN, double.NaN]);

        AssertAllFiguresNaN(stats);
        Assert.That(stats.N, Is.Zero);
        Assert.That(stats.Missing, Is.EqualTo(3));
    }

    [Test]
    public void Compute_MissingValues_AreExcludedAndCounted()
    {
        double[] withMissing = [double.NaN, 5, 2, 9, double.NaN, 4, 4, 7, 4, 5, double.NaN];

        var stats = DescriptiveStatistics.Compute(withMissing);

        Assert.That(stats.Missing, Is.EqualTo(3));
        Assert.That(stats, Is.EqualTo(DescriptiveStatistics.Compute(Worked)).Using<DescriptiveStatistics>(SameFiguresIgnoringMissing));
    }

    [Test]
    public void Compute_OneValue_HasNoStandardDeviation()
    {
        var stats = DescriptiveStatistics.Compute([7.25]);

        Assert.Multiple(() =>
        {
            Assert.That(stats.N, Is.EqualTo(1));
            Assert.That(stats.Mean, Is.EqualTo(7.25));
            Assert.That(stats.Median, Is.EqualTo(7.25));
            Assert.That(stats.Q1, Is.EqualTo(7.25));
            Assert.That(stats.P90, Is.EqualTo(7.25));
            Assert.That(stats.StandardDeviation, Is.NaN);
            Assert.That(stats.ScaledMad, Is.Zero);
        });
    }

    [Test]
    public void Compute_QuantileMethod_IsUsedForMedianAndQuartiles()
    {
        // R1 on an even count: the median is the lower middle value (x(⌈n/2⌉)), not the mean of the two middle ones.
        var stats = DescriptiveStatistics.Compute(Worked, QuantileMethod.R1);

        Assert.That(stats.Method, Is.EqualTo(QuantileMethod.R1));
        Assert.That(stats.Median, Is.EqualTo(4d));
        Assert.That(stats.Q3, Is.EqualTo(5d));
        Assert.That(stats.ScaledMad, Is.EqualTo(0.7413).Within(1e-15), "the MAD always uses the usual median");
    }

    [Test]
    public void Compute_EnumerableOverload_EqualsSpanOverload()
    {
        var fromList = DescriptiveStatistics.Compute(new List<double>(Worked), QuantileMethod.R6);
        var fromSpan = DescriptiveStatistics.Compute(Worked.AsSpan(), QuantileMethod.R6);

        Assert.That(fromList, Is.EqualTo(fromSpan));
    }

    [Test]
    public void Compute_UndefinedMethod_Throws()
    {
        Assert.That(() => DescriptiveStatistics.Compute(Worked, (QuantileMethod)42), Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void Compute_InfiniteValues_AreMissing()
    {
        var stats = DescriptiveStatistics.Compute([1, double.PositiveInfinity, 2, double.NegativeInfinity, 4]);

        Assert.Multiple(() =>
        {
            Assert.That(stats.N, Is.EqualTo(3));
            Assert.That(stats.Missing, Is.EqualTo(2));
            Assert.That(stats.Min, Is.EqualTo(1d));
            Assert.That(stats.Max, Is.EqualTo(4d));
            Assert.That(stats.Median, Is.EqualTo(2d));
            Assert.That(stats.Mean, Is.EqualTo(7d / 3).Within(1e-15));
        });
    }

    private static bool SameFiguresIgnoringMissing(DescriptiveStatistics a, DescriptiveStatistics b) =>
        a.N == b.N && a.Method == b.Method && a.Mean.Equals(b.Mean) && a.Median.Equals(b.Median) && a.Q1.Equals(b.Q1)
        && a.Q3.Equals(b.Q3) && a.P10.Equals(b.P10) && a.P90.Equals(b.P90) && a.Min.Equals(b.Min) && a.Max.Equals(b.Max)
        && a.StandardDeviation.Equals(b.StandardDeviation) && a.ScaledMad.Equals(b.ScaledMad);

    private static void AssertAllFiguresNaN(DescriptiveStatistics stats)
    {
        double[] figures = [stats.Mean, stats.Median, stats.Q1, stats.Q3, stats.P10, stats.P90, stats.Iqr, stats.Min, stats.Max, stats.StandardDeviation, stats.ScaledMad];
        Assert.That(figures, Is.All.NaN);
    }
}
