using Benchmark.Catalog;
using Benchmark.Statistics;

namespace Benchmark.Tests.Statistics;

public sealed class RankingTests
{
    // R: rank(c(1, 9, 12, 7, 2, 9, 10, 2), ties.method = "min") = 1 5 8 4 2 5 7 2, as asserted in
    // mathnet/mathnet-numerics src/Numerics.Tests/StatisticsTests/StatisticsTests.cs (commit 26470849…, test Ranks).
    // pandas Series.rank(method="min") gives the same. Higher-is-better is rank(-x, ties.method = "min").
    private static readonly double[] Ties = [1, 9, 12, 7, 2, 9, 10, 2];

    [Test]
    public void Rank_LowerIsBetter_MatchesRRankTiesMin()
    {
        var result = Ranking.Rank(Ties, Direction.LowerIsBetter);

        Assert.That(result.Ranks, Is.EqualTo(new[] { 1, 5, 8, 4, 2, 5, 7, 2 }));
        Assert.That(result.Count, Is.EqualTo(8));
        Assert.That(result.Missing, Is.Zero);
        Assert.That(result.Direction, Is.EqualTo(Direction.LowerIsBetter));
    }

    [Test]
    public void Rank_HigherIsBetter_RanksTheHighestFirst()
    {
        // rank(-x, ties.method = "min"): −12 → 1, −10 → 2, −9, −9 → 3, 3, −7 → 5, −2, −2 → 6, 6, −1 → 8.
        var result = Ranking.Rank(Ties, Direction.HigherIsBetter);

        Assert.That(result.Ranks, Is.EqualTo(new[] { 8, 3, 1, 5, 6, 3, 2, 6 }));
    }

    [Test]
    public void Rank_Neutral_IsAscendingLikeLowerIsBetter()
    {
        Assert.That(Ranking.Rank(Ties, Direction.Neutral).Ranks, Is.EqualTo(Ranking.Rank(Ties, Direction.LowerIsBetter).Ranks));
    }

    [Test]
    public void Rank_PercentRanks_AreShareOfOthersStrictlyWorse()
    {
        // n = 8, so 100·#worse/7. Sorted: 1 | 2 2 | 7 | 9 9 | 10 | 12 → #worse 7, 5, 4, 2, 1, 0.
        var result = Ranking.Rank(Ties, Direction.LowerIsBetter);

        Assert.That(
            result.PercentRanks,
            Is.EqualTo(new[] { 100, 200 / 7d, 0, 400 / 7d, 500 / 7d, 200 / 7d, 100 / 7d, 500 / 7d }).Within(1e-12));
    }

    [Test]
    public void Rank_PercentRanksHigherIsBetter_BestIs100WorstIs0()
    {
        var result = Ranking.Rank(Ties, Direction.HigherIsBetter);

        Assert.That(result.PercentRanks[2], Is.EqualTo(100d), "12 is the highest");
        Assert.That(result.PercentRanks[0], Is.EqualTo(0d), "1 is the lowest");
        Assert.That(result.PercentRanks[1], Is.EqualTo(400 / 7d).Within(1e-12), "9 beats 7, 2, 2 and 1, not the other 9");
    }

    [Test]
    public void Rank_MissingValues_AreUnrankedAndNotCounted()
    {
        double[] values = [3, double.NaN, 1, double.PositiveInfinity, 2];

        var result = Ranking.Rank(values, Direction.LowerIsBetter);

        Assert.That(result.Ranks, Is.EqualTo(new[] { 3, Ranking.Unranked, 1, Ranking.Unranked, 2 }));
        Assert.That(result.PercentRanks[1], Is.NaN);
        Assert.That(result.PercentRanks[3], Is.NaN);
        Assert.That(result.PercentRanks[0], Is.EqualTo(0d));
        Assert.That(result.Count, Is.EqualTo(3));
        Assert.That(result.Missing, Is.EqualTo(2));
    }

    [Test]
    public void Rank_OneValue_IsRankOneAndPercentRank100()
    {
        var result = Ranking.Rank([double.NaN, 4.5], Direction.HigherIsBetter);

        Assert.That(result.Ranks, Is.EqualTo(new[] { 0, 1 }));
        Assert.That(result.PercentRanks[1], Is.EqualTo(100d));
    }

    [Test]
    public void Rank_AllTied_ShareRankOneAndPercentRankZero()
    {
        var result = Ranking.Rank([5, 5, 5], Direction.LowerIsBetter);

        Assert.That(result.Ranks, Is.EqualTo(new[] { 1, 1, 1 }));
        Assert.That(result.PercentRanks, Is.All.EqualTo(0d), "a value beats none of the others");
    }

    [Test]
    public void Rank_Empty_IsEmpty()
    {
        var result = Ranking.Rank([], Direction.LowerIsBetter);

        Assert.That(result.Count, Is.Zero);
        Assert.That(result.Ranks, Is.Empty);
    }

    [Test]
    public void Rank_ZeroAndNegativeZero_Tie()
    {
        Assert.That(Ranking.Rank([0.0, -0.0, 1], Direction.LowerIsBetter).Ranks, Is.EqualTo(new[] { 1, 1, 3 }));
    }

    [Test]
    public void Rank_IntoSpans_EqualsAllocatingOverload()
    {
        var ranks = new int[Ties.Length];
        var percentRanks = new double[Ties.Length];

        var count = Ranking.Rank(Ties, Direction.HigherIsBetter, ranks, percentRanks);

        var expected = Ranking.Rank(Ties, Direction.HigherIsBetter);
        Assert.That(count, Is.EqualTo(expected.Count));
        Assert.That(ranks, Is.EqualTo(expected.Ranks));
        Assert.That(percentRanks, Is.EqualTo(expected.PercentRanks));
    }

    [Test]
    public void Rank_SpanOfWrongLength_Throws()
    {
        Assert.That(() => Ranking.Rank(Ties, Direction.LowerIsBetter, new int[3], new double[Ties.Length]), Throws.ArgumentException);
        Assert.That(() => Ranking.Rank(Ties, Direction.LowerIsBetter, new int[Ties.Length], new double[3]), Throws.ArgumentException);
    }

    [Test]
    public void Rank_UndefinedDirection_Throws()
    {
        Assert.That(() => Ranking.Rank(Ties, (Direction)7), Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void PercentRank_SingleValue_EqualsTheRankingsFigure()
    {
        foreach (var direction in Enum.GetValues<Direction>())
        {
            var result = Ranking.Rank(Ties, direction);
            for (var i = 0; i < Ties.Length; i++)
            {
                Assert.That(Ranking.PercentRank(Ties[i], Ties, direction), Is.EqualTo(result.PercentRanks[i]), $"{direction} #{i}");
            }
        }
    }

    [Test]
    public void PercentRank_Neutral_CountsHigherValuesAsWorse()
    {
        // 2 is lower than 7, 9, 9, 10, 12 (5 of the 7 others).
        Assert.That(Ranking.PercentRank(2, Ties, Direction.Neutral), Is.EqualTo(500 / 7d).Within(1e-12));
    }

    [Test]
    public void PercentRank_MissingValue_IsNaN()
    {
        Assert.That(Ranking.PercentRank(double.NaN, Ties, Direction.LowerIsBetter), Is.NaN);
    }

    [Test]
    public void PercentRank_ValueNotInTheSet_Throws()
    {
        Assert.That(() => Ranking.PercentRank(3, Ties, Direction.LowerIsBetter), Throws.ArgumentException);
    }

    [Test]
    public void PercentRank_OnlyValue_Is100()
    {
        Assert.That(Ranking.PercentRank(8, [double.NaN, 8], Direction.LowerIsBetter), Is.EqualTo(100d));
    }

    // Peer group 2, 4, 4, 4, 5, 5, 7, 9 (R7): Q1 = 4, median = 4.5, Q3 = 5.5 (see DescriptiveStatisticsTests).
    [TestCase(2, Direction.LowerIsBetter, 1)]
    [TestCase(4, Direction.LowerIsBetter, 1)]
    [TestCase(4.2, Direction.LowerIsBetter, 2)]
    [TestCase(4.5, Direction.LowerIsBetter, 2)]
    [TestCase(5.5, Direction.LowerIsBetter, 3)]
    [TestCase(5.6, Direction.LowerIsBetter, 4)]
    [TestCase(9, Direction.HigherIsBetter, 1)]
    [TestCase(5.5, Direction.HigherIsBetter, 1)]
    [TestCase(5, Direction.HigherIsBetter, 2)]
    [TestCase(4.5, Direction.HigherIsBetter, 2)]
    [TestCase(4, Direction.HigherIsBetter, 3)]
    [TestCase(3.9, Direction.HigherIsBetter, 4)]
    [TestCase(4, Direction.Neutral, 1)]
    [TestCase(5.6, Direction.Neutral, 4)]
    [TestCase(100, Direction.LowerIsBetter, 4)]
    public void QuartilePosition_BoundariesInclusive_BetterQuartile(double value, Direction direction, int expected)
    {
        var stats = DescriptiveStatistics.Compute([5, 2, 9, 4, 4, 7, 4, 5]);

        Assert.That(Ranking.QuartilePosition(value, stats, direction), Is.EqualTo(expected));
    }

    [Test]
    public void QuartilePosition_MissingValueOrEmptyGroup_IsUnranked()
    {
        var stats = DescriptiveStatistics.Compute([1, 2, 3]);
        var empty = DescriptiveStatistics.Compute([double.NaN]);

        Assert.That(Ranking.QuartilePosition(double.NaN, stats, Direction.LowerIsBetter), Is.EqualTo(Ranking.Unranked));
        Assert.That(Ranking.QuartilePosition(double.NegativeInfinity, stats, Direction.LowerIsBetter), Is.EqualTo(Ranking.Unranked));
        Assert.That(Ranking.QuartilePosition(2, empty, Direction.LowerIsBetter), Is.EqualTo(Ranking.Unranked));
    }
}
