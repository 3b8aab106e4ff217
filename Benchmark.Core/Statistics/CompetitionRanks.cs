using System.Collections.Immutable;
using Benchmark.Catalog;

namespace Benchmark.Statistics;

/// <summary>
/// Direction-aware competition ranks ("1224" ranking) and percent ranks of a set of values, aligned with the input.
/// Create it with <see cref="Ranking.Rank(ReadOnlySpan{double}, Direction)"/>.
/// </summary>
/// <remarks>Record equality compares the two arrays by reference (as <see cref="ImmutableArray{T}"/> does), not element
/// by element.</remarks>
public sealed record CompetitionRanks
{
    internal CompetitionRanks(Direction direction, int count, ImmutableArray<int> ranks, ImmutableArray<double> percentRanks)
    {
        Direction = direction;
        Count = count;
        Ranks = ranks;
        PercentRanks = percentRanks;
    }

    /// <summary>The direction the ranks follow (rank 1 = the best value; for <see cref="Direction.Neutral"/> the lowest).</summary>
    public Direction Direction { get; }

    /// <summary>The number of ranked (non-missing) values n; ranks run from 1 to n.</summary>
    public int Count { get; }

    /// <summary>The number of missing (NaN or ±∞) input values, which have no rank.</summary>
    public int Missing => Ranks.Length - Count;

    /// <summary>
    /// The rank of each input value, at the same index: 1 … <see cref="Count"/>, tied values sharing the lowest rank of
    /// their group and the next rank skipped (values 3, 5, 5, 7 lower-is-better → 1, 2, 2, 4).
    /// <see cref="Ranking.Unranked"/> (0) for a missing (NaN or ±∞) value.
    /// </summary>
    public ImmutableArray<int> Ranks { get; }

    /// <summary>
    /// The percent rank of each input value, at the same index: 100 × (number of ranked values this value is strictly
    /// better than) / (n − 1), so 100 = best, 0 = worst, ties share a value; 100 when n = 1; NaN for a missing value.
    /// For <see cref="Direction.Neutral"/> "better than" reads "lower than".
    /// </summary>
    public ImmutableArray<double> PercentRanks { get; }
}
