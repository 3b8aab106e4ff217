using Benchmark.Catalog;
using Benchmark.Statistics;

namespace Benchmark.Tests.Statistics;

/// <summary>
/// Properties that must hold for any input, checked on seeded random peer groups (fixed seeds). The competition-rank
/// and quantile invariants are in <see cref="RankingProperties"/> and <see cref="QuantileProperties"/>, which shrink.
/// </summary>
public sealed class StatisticsPropertiesTests
{
    private const int Seeds = 40;

    private static IEnumerable<int> AllSeeds() => Enumerable.Range(1, Seeds);

    [TestCaseSource(nameof(AllSeeds))]
    public void DescriptiveStatistics_PermutedInput_GivesIdenticalStatistics(int seed)
    {
        var rng = new Random(seed);
        var values = RandomValues(rng, rng.Next(0, 60), withTies: seed % 2 == 0, missingShare: 0.1);
        var permuted = Shuffled(values, rng);

        foreach (var method in Enum.GetValues<QuantileMethod>())
        {
            Assert.That(DescriptiveStatistics.Compute(permuted, method), Is.EqualTo(DescriptiveStatistics.Compute(values, method)), method.ToString());
        }
    }

    [TestCaseSource(nameof(AllSeeds))]
    public void Ranks_PermutedInput_FollowTheirValues(int seed)
    {
        var rng = new Random(seed);
        var values = RandomValues(rng, rng.Next(1, 60), withTies: true, missingShare: 0.1);
        var order = Shuffled(Enumerable.Range(0, values.Length).ToArray(), rng);
        var permuted = order.Select(i => values[i]).ToArray();

        foreach (var direction in Enum.GetValues<Direction>())
        {
            var original = Ranking.Rank(values, direction);
            var shuffled = Ranking.Rank(permuted, direction);
            for (var j = 0; j < order.Length; j++)
            {
                Assert.That(shuffled.Ranks[j], Is.EqualTo(original.Ranks[order[j]]), $"{direction} position {j}");
                Assert.That(shuffled.PercentRanks[j], Is.EqualTo(original.PercentRanks[order[j]]), $"{direction} position {j}");
            }
        }
    }

    [TestCaseSource(nameof(AllSeeds))]
    public void Ranks_FlippedDirectionWithoutTies_Reverse(int seed)
    {
        var rng = new Random(seed);
        var values = RandomValues(rng, rng.Next(1, 60), withTies: false, missingShare: 0.1);
        Assume.That(values.Where(double.IsFinite).Distinct().Count(), Is.EqualTo(values.Count(double.IsFinite)), "no ties");

        var lower = Ranking.Rank(values, Direction.LowerIsBetter);
        var higher = Ranking.Rank(values, Direction.HigherIsBetter);

        for (var i = 0; i < values.Length; i++)
        {
            if (lower.Ranks[i] == Ranking.Unranked)
            {
                Assert.That(higher.Ranks[i], Is.EqualTo(Ranking.Unranked));
                continue;
            }

            Assert.That(higher.Ranks[i], Is.EqualTo(lower.Count + 1 - lower.Ranks[i]));
            if (lower.Count > 1)
            {
                Assert.That(higher.PercentRanks[i], Is.EqualTo(100 - lower.PercentRanks[i]).Within(1e-12));
            }
        }
    }

    [TestCaseSource(nameof(AllSeeds))]
    public void QuartilePosition_FollowsTheRanks(int seed)
    {
        var rng = new Random(seed);
        var values = RandomValues(rng, rng.Next(1, 60), withTies: seed % 2 == 1, missingShare: 0.1);
        var stats = DescriptiveStatistics.Compute(values);

        foreach (var direction in Enum.GetValues<Direction>())
        {
            var ranks = Ranking.Rank(values, direction);
            var byRank = Enumerable.Range(0, values.Length)
                .Where(i => ranks.Ranks[i] != Ranking.Unranked)
                .OrderBy(i => ranks.Ranks[i])
                .Select(i => Ranking.QuartilePosition(values[i], stats, direction))
                .ToList();

            Assert.That(byRank[0], Is.EqualTo(1), $"{direction}: the best-ranked value is in the first quartile");
            Assert.That(byRank, Is.Ordered, $"{direction}: a better rank never has a worse quartile");
            Assert.That(byRank, Is.All.InRange(1, 4));
        }
    }

    [TestCaseSource(nameof(AllSeeds))]
    public void DescriptiveStatistics_AgreesWithStraightforwardComputation(int seed)
    {
        var rng = new Random(seed);
        var values = RandomValues(rng, rng.Next(2, 80), withTies: seed % 2 == 0, missingShare: 0.1);
        var present = values.Where(double.IsFinite).ToArray();

        var stats = DescriptiveStatistics.Compute(values);

        var median = NaiveMedian(present);
        var mad = 1.4826 * NaiveMedian(present.Select(v => Math.Abs(v - median)).ToArray());
        var mean = present.Average();
        var sd = Math.Sqrt(present.Sum(v => (v - mean) * (v - mean)) / (present.Length - 1));
        Assert.Multiple(() =>
        {
            Assert.That(stats.Median, Is.EqualTo(median).Within(1e-12));
            Assert.That(stats.ScaledMad, Is.EqualTo(mad).Within(1e-12));
            Assert.That(stats.Mean, Is.EqualTo(mean).Within(1e-12));
            Assert.That(stats.StandardDeviation, Is.EqualTo(sd).Within(1e-12));
            Assert.That(stats.Q1, Is.EqualTo(Quantiles.Compute(values, 0.25)));
            Assert.That(stats.P90, Is.EqualTo(Quantiles.Compute(values, 0.90)));
            Assert.That(stats.Min, Is.EqualTo(present.Min()));
            Assert.That(stats.Max, Is.EqualTo(present.Max()));
            Assert.That(stats.N + stats.Missing, Is.EqualTo(values.Length));
        });
    }

    private static double NaiveMedian(double[] values)
    {
        var sorted = values.Order().ToArray();
        var n = sorted.Length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[(n / 2) - 1] + sorted[n / 2]) / 2;
    }

    /// <summary>
    /// Values like indicator figures: with ties, one decimal in a narrow range; without, full precision.
    /// The first two are never missing, so a count of 1 or 2 or more guarantees as many present values.
    /// </summary>
    private static double[] RandomValues(Random rng, int count, bool withTies, double missingShare)
    {
        var values = new double[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = i >= 2 && rng.NextDouble() < missingShare ? double.NaN
                : withTies ? Math.Round(5 + (rng.NextDouble() * 3), 1)
                : 1000 * (rng.NextDouble() - 0.3);
        }

        return values;
    }

    private static T[] Shuffled<T>(T[] items, Random rng)
    {
        var copy = (T[])items.Clone();
        rng.Shuffle(copy);
        return copy;
    }
}
