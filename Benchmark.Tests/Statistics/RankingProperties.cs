using Benchmark.Catalog;
using Benchmark.Statistics;
using CsCheck;

namespace Benchmark.Tests.Statistics;

/// <summary>
/// Competition-ranking invariants over generated values with many ties and missing values (CsCheck shrinks a failure
/// to the smallest counterexample): the definition of R's <c>rank(x, ties.method = "min")</c> on the direction-adjusted
/// values, written out as a count.
/// </summary>
public sealed class RankingProperties
{
    // Few distinct values, so ties are common; NaN and infinity are missing.
    private static readonly Gen<double[]> Values =
        Gen.OneOf(Gen.Int[0, 6].Select(i => (double)i), Gen.Const(double.NaN), Gen.Const(double.PositiveInfinity)).Array[0, 30];

    private static readonly Gen<Direction> Directions = Gen.Enum<Direction>();

    [Test]
    public void Rank_IsOnePlusTheNumberOfStrictlyBetterValues()
    {
        Gen.Select(Values, Directions).Sample((values, direction) =>
        {
            var ranks = Ranking.Rank(values, direction);
            for (var i = 0; i < values.Length; i++)
            {
                var expected = double.IsFinite(values[i])
                    ? 1 + values.Count(other => double.IsFinite(other) && Better(other, values[i], direction))
                    : Ranking.Unranked;
                if (ranks.Ranks[i] != expected)
                {
                    return false;
                }
            }

            return ranks.Count == values.Count(double.IsFinite);
        });
    }

    [Test]
    public void Ranks_StartAtOne_SkipAfterTies_AndTiesShareARank()
    {
        Gen.Select(Values, Directions).Sample((values, direction) =>
        {
            var ranks = Ranking.Rank(values, direction);
            var ranked = Enumerable.Range(0, values.Length).Where(i => double.IsFinite(values[i])).ToArray();
            if (ranked.Length == 0)
            {
                return ranks.Count == 0;
            }

            // Each rank r is held by exactly the values tied there, and the next rank is r + their number.
            var groups = ranked.GroupBy(i => ranks.Ranks[i]).OrderBy(g => g.Key).ToArray();
            var next = 1;
            foreach (var group in groups)
            {
                if (group.Key != next || group.Select(i => values[i]).Distinct().Count() != 1)
                {
                    return false;
                }

                next += group.Count();
            }

            return next == ranked.Length + 1;
        });
    }

    [Test]
    public void PercentRank_CountsTheValuesStrictlyWorse()
    {
        Gen.Select(Values, Directions).Sample((values, direction) =>
        {
            var ranks = Ranking.Rank(values, direction);
            var n = ranks.Count;
            for (var i = 0; i < values.Length; i++)
            {
                if (!double.IsFinite(values[i]))
                {
                    if (!double.IsNaN(ranks.PercentRanks[i]))
                    {
                        return false;
                    }

                    continue;
                }

                var worse = values.Count(other => double.IsFinite(other) && Better(values[i], other, direction));
                var expected = n == 1 ? 100 : 100.0 * worse / (n - 1);
                if (Math.Abs(ranks.PercentRanks[i] - expected) > 1e-9)
                {
                    return false;
                }
            }

            return true;
        });
    }

    private static bool Better(double a, double b, Direction direction) =>
        direction == Direction.HigherIsBetter ? a > b : a < b;
}
