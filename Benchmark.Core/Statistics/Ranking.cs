using System.Buffers;
using System.Runtime.InteropServices;
using Benchmark.Catalog;

namespace Benchmark.Statistics;

/// <summary>
/// Direction-aware ranking: competition ranks, percent ranks and quartile positions.
/// </summary>
/// <remarks>
/// <para>
/// Competition ranking ("1224", standard sports ranking): tied values share the lowest rank of their group and the
/// next rank skips, the same as R's <c>rank(x, ties.method = "min")</c> and pandas' <c>rank(method = "min")</c> on the
/// direction-adjusted values. <see cref="Direction.LowerIsBetter"/>: rank 1 = the lowest value.
/// <see cref="Direction.HigherIsBetter"/>: rank 1 = the highest value. <see cref="Direction.Neutral"/>: ascending like
/// lower-is-better, but the rank is a position, not a verdict: report it as "lowest", never as "best".
/// </para>
/// <para>
/// Missing values get no rank (<see cref="Unranked"/>, 0) and do not count in n. Missing means NaN and also ±∞, exactly
/// as in <see cref="DescriptiveStatistics"/>, so n here equals <see cref="DescriptiveStatistics.N"/> of the same values.
/// Values are compared exactly (0.0 and −0.0 tie).
/// </para>
/// </remarks>
public static class Ranking
{
    /// <summary>The rank and quartile position of a missing value: 0 (ranks start at 1).</summary>
    public const int Unranked = 0;

    /// <summary>Ranks <paramref name="values"/> by competition ranking in <paramref name="direction"/>.</summary>
    /// <param name="values">The values in any order; NaN and ±∞ mean missing.</param>
    /// <param name="direction">Which way is better; decides which end gets rank 1.</param>
    /// <returns>The ranks and percent ranks aligned with <paramref name="values"/>, and n.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="direction"/> is not a defined <see cref="Direction"/>.</exception>
    public static CompetitionRanks Rank(ReadOnlySpan<double> values, Direction direction)
    {
        var ranks = new int[values.Length];
        var percentRanks = new double[values.Length];
        var count = Rank(values, direction, ranks, percentRanks);
        return new CompetitionRanks(
            direction,
            count,
            ImmutableCollectionsMarshal.AsImmutableArray(ranks),
            ImmutableCollectionsMarshal.AsImmutableArray(percentRanks));
    }

    /// <summary>
    /// Ranks <paramref name="values"/> into caller-provided spans (no allocation beyond pooled scratch buffers); the
    /// same ranks and percent ranks as <see cref="Rank(ReadOnlySpan{double}, Direction)"/>.
    /// </summary>
    /// <param name="values">The values in any order; NaN and ±∞ mean missing.</param>
    /// <param name="direction">Which way is better.</param>
    /// <param name="ranks">Receives the rank of each value at the same index; <see cref="Unranked"/> for a missing value.</param>
    /// <param name="percentRanks">Receives the percent rank of each value at the same index; NaN for a missing value.</param>
    /// <returns>n, the number of ranked (non-missing) values.</returns>
    /// <exception cref="ArgumentException"><paramref name="ranks"/> or <paramref name="percentRanks"/> is not as long as <paramref name="values"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="direction"/> is not a defined <see cref="Direction"/>.</exception>
    public static int Rank(ReadOnlySpan<double> values, Direction direction, Span<int> ranks, Span<double> percentRanks)
    {
        CheckDirection(direction);
        if (ranks.Length != values.Length)
        {
            throw new ArgumentException("The ranks span must be as long as the values.", nameof(ranks));
        }

        if (percentRanks.Length != values.Length)
        {
            throw new ArgumentException("The percent ranks span must be as long as the values.", nameof(percentRanks));
        }


        ranks.Clear();
        percentRanks.Fill(double.NaN);
        var keyBuffer = ArrayPool<double>.Shared.Rent(values.Length);
        var indexBuffer = ArrayPool<int>.Shared.Rent(values.Length);
        try
        {
            // Sort keys ascending with their input index; for higher-is-better the key is −x (exact), so rank 1 = highest.
            var negate = direction == Direction.HigherIsBetter;
            var n = 0;
            for (var i = 0; i < values.Length; i++)
            {
                if (double.IsFinite(values[i]))
                {
                    keyBuffer[n] = negate ? -values[i] : values[i];
                    indexBuffer[n] = i;
                    n++;
                }
            }

            var keys = keyBuffer.AsSpan(0, n);
            var indices = indexBuffer.AsSpan(0, n);
            RadixSort.Sort(keys, indices);
            RankSorted(keys, indices, ranks, percentRanks);
            return n;
        }
        finally
        {
            ArrayPool<double>.Shared.Return(keyBuffer);
            ArrayPool<int>.Shared.Return(indexBuffer);
        }
    }

    /// <summary>
    /// Assigns competition ranks from keys already sorted ascending (the values, negated for higher-is-better) with the
    /// input index of each; <paramref name="ranks"/> and <paramref name="percentRanks"/> are indexed by input index and
    /// left alone for indices not among <paramref name="indices"/>.
    /// </summary>
    internal static void RankSorted(ReadOnlySpan<double> keys, ReadOnlySpan<int> indices, Span<int> ranks, Span<double> percentRanks)
    {
        var n = keys.Length;
        for (var start = 0; start < n;)
        {
            var end = start + 1;
            while (end < n && keys[end] == keys[start])
            {
                end++;
            }

            var rank = start + 1;
            var percentRank = PercentOf(worse: n - end, count: n);
            for (var k = start; k < end; k++)
            {
                ranks[indices[k]] = rank;
                percentRanks[indices[k]] = percentRank;
            }

            start = end;
        }
    }

    /// <summary>
    /// The percent rank of <paramref name="value"/> among <paramref name="values"/>: the share of the other ranked values
    /// it is strictly better than, 100 × #worse / (n − 1). Best = 100, worst = 0, tied values share the figure.
    /// </summary>
    /// <param name="value">One of the non-missing <paramref name="values"/> (compared exactly); a missing value (NaN or ±∞) gives NaN.</param>
    /// <param name="values">The set the value is ranked in, including the value itself; missing values (NaN, ±∞) are left out of n.</param>
    /// <param name="direction">Which way is better; for <see cref="Direction.Neutral"/> "worse" means "higher".</param>
    /// <returns>The percent rank in [0, 100]; 100 when n = 1; NaN when <paramref name="value"/> is missing.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> is finite and does not occur in <paramref name="values"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="direction"/> is not a defined <see cref="Direction"/>.</exception>
    public static double PercentRank(double value, ReadOnlySpan<double> values, Direction direction)
    {
        CheckDirection(direction);
        if (!double.IsFinite(value))
        {
            return double.NaN;
        }

        var higherIsBetter = direction == Direction.HigherIsBetter;
        var n = 0;
        var worse = 0;
        var found = false;
        foreach (var other in values)
        {
            if (!double.IsFinite(other))
            {
                continue;
            }

            n++;
            found |= other == value;
            if (higherIsBetter ? other < value : other > value)
            {
                worse++;
            }
        }

        if (!found)

        {

            throw new ArgumentException("The value must be one of the values it is ranked among.", nameof(value));

        }

        return PercentOf(worse, n);
    }

    /// <summary>
    /// The quartile of <paramref name="value"/> within a peer group: 1 = the best quarter … 4 = the worst, by the
    /// group's <see cref="DescriptiveStatistics.Q1"/>, <see cref="DescriptiveStatistics.Median"/> and
    /// <see cref="DescriptiveStatistics.Q3"/>, boundaries inclusive (a value equal to a boundary gets the better quartile).
    /// </summary>
    /// <remarks>
    /// Lower-is-better: x ≤ Q1 → 1, x ≤ median → 2, x ≤ Q3 → 3, else 4.
    /// Higher-is-better: x ≥ Q3 → 1, x ≥ median → 2, x ≥ Q1 → 3, else 4.
    /// Neutral: as lower-is-better, read as an ascending position (1 = lowest quarter), not as better or worse.
    /// </remarks>
    /// <param name="value">The value to place; it need not be one of the group's values.</param>
    /// <param name="statistics">The peer group's statistics.</param>
    /// <param name="direction">Which way is better.</param>
    /// <returns>1 to 4; <see cref="Unranked"/> (0) when <paramref name="value"/> is missing (NaN or ±∞) or the group is empty.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="statistics"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="direction"/> is not a defined <see cref="Direction"/>.</exception>
    public static int QuartilePosition(double value, DescriptiveStatistics statistics, Direction direction)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        CheckDirection(direction);
        if (!double.IsFinite(value) || statistics.IsEmpty)
        {
            return Unranked;
        }

        if (direction == Direction.HigherIsBetter)
        {
            return value >= statistics.Q3 ? 1 : value >= statistics.Median ? 2 : value >= statistics.Q1 ? 3 : 4;
        }

        return value <= statistics.Q1 ? 1 : value <= statistics.Median ? 2 : value <= statistics.Q3 ? 3 : 4;
    }

    /// <summary>
    /// Whether <paramref name="value"/> is strictly better than <paramref name="reference"/> in <paramref name="direction"/>:
    /// lower for lower-is-better, higher for higher-is-better; never for equal or missing values nor for neutral indicators.
    /// </summary>
    public static bool IsBetter(double value, double reference, Direction direction) =>
        double.IsFinite(value) && double.IsFinite(reference) && direction switch
        {
            Direction.LowerIsBetter => value < reference,
            Direction.HigherIsBetter => value > reference,
            _ => false,
        };

    private static double PercentOf(int worse, int count) => count == 1 ? 100d : 100d * worse / (count - 1);

    private static void CheckDirection(Direction direction)
    {
        if (direction is not (Direction.LowerIsBetter or Direction.HigherIsBetter or Direction.Neutral))
        {
            throw new ArgumentOutOfRangeException(nameof(direction), direction, "Not a defined direction.");
        }
    }
}
