using System.Buffers;
using System.Runtime.InteropServices;
using Benchmark.Comparison;
using Benchmark.PeerGroups;
using Benchmark.Statistics;

namespace Benchmark;

/// <content>Statistics and ranks of every indicator × year × group in one pass.</content>
public sealed partial class BenchmarkEngine
{
    /// <summary>
    /// The statistics and every member's rank for every comparable indicator × year × group of <paramref name="spec"/>
    /// (all years when <paramref name="year"/> is <see langword="null"/>), in the order of <see cref="AllStatistics"/>:
    /// the figures of <see cref="Statistics(string, int, ComparisonGroup)"/> and the ranks of <see cref="Rank(string, int, ComparisonGroup, Municipalities.MunicipalityCode?)"/>,
    /// each group's values gathered once.
    /// </summary>
    /// <remarks>Lazy: a caller that writes each group and lets it go holds one group at a time.</remarks>
    /// <exception cref="ArgumentException">For <c>nearest</c>, which needs a municipality.</exception>
    public IEnumerable<GroupRanking> AllRankings(PeerGroupSpec spec, int? year = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var years = year is { } y ? [y] : Data.Years;
        var groups = years.ToDictionary(yr => yr, yr => Groups(yr, spec));
        return Enumerate();

        IEnumerable<GroupRanking> Enumerate()
        {
            foreach (var indicator in ComparableIndicators)
            {
                foreach (var yr in years)
                {
                    foreach (var group in groups[yr])
                    {
                        yield return Ranked(indicator.Code, yr, group);
                    }
                }
            }
        }
    }

    private GroupRanking Ranked(string indicator, int year, ComparisonGroup group)
    {
        var definition = Catalog.Get(indicator);
        var values = GroupValues(indicator, year, group.Members);
        var statistics = Statistics(indicator, year, group, values);
        var ranks = new int[values.Length];
        if (!statistics.IsSuppressed)
        {
            var percentRanks = ArrayPool<double>.Shared.Rent(values.Length);
            Ranking.Rank(values, definition.Direction, ranks, percentRanks.AsSpan(0, values.Length));
            ArrayPool<double>.Shared.Return(percentRanks);
        }

        return new GroupRanking(statistics, ImmutableCollectionsMarshal.AsImmutableArray(values), ImmutableCollectionsMarshal.AsImmutableArray(ranks));
    }
}
