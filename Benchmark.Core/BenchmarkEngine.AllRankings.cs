using System.Buffers;
using System.Runtime.InteropServices;
using Benchmark.Catalog;
using Benchmark.Comparison;
using Benchmark.Internal;
using Benchmark.PeerGroups;
using Benchmark.Statistics;

namespace Benchmark;

/// <content>Statistics and ranks of every indicator × year × group in one pass.</content>
public sealed partial class BenchmarkEngine
{
    /// <summary>The statistics and every member's rank for every comparable indicator × group of <paramref name="spec"/> in <paramref name="year"/> (see <see cref="AllRankings(PeerGroupSpec)"/>).</summary>
    /// <exception cref="ArgumentException">For <c>nearest</c>, which needs a municipality (when enumerated).</exception>
    public IEnumerable<GroupRanking> AllRankings(int year, PeerGroupSpec spec) => AllRankings(spec, [year]);

    /// <summary>
    /// The statistics and every member's rank for every comparable indicator × year of the data × group of
    /// <paramref name="spec"/>, in the order of <see cref="AllStatistics(PeerGroupSpec)"/>:
    /// the figures of <see cref="Statistics(IndicatorCode, int, ComparisonGroup)"/> and the ranks of <see cref="Rank(IndicatorCode, int, ComparisonGroup, Municipalities.MunicipalityCode?)"/>,
    /// each group's values gathered once.
    /// </summary>
    /// <remarks>
    /// Lazy: a caller that writes each group and lets it go holds a batch of groups at a time. From <see cref="Parallelism.From"/> observations
    /// a batch is computed on every core; the order and the figures do not depend on it.
    /// </remarks>
    /// <exception cref="ArgumentException">For <c>nearest</c>, which needs a municipality (when enumerated).</exception>
    public IEnumerable<GroupRanking> AllRankings(PeerGroupSpec spec) => AllRankings(spec, Data.Years);

    private IEnumerable<GroupRanking> AllRankings(PeerGroupSpec spec, IReadOnlyList<int> years)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return Enumerate();

        IEnumerable<GroupRanking> Enumerate()
        {
            // The groups of a year are formed once, when first needed (as AllStatistics always did: not at all without indicators).
            var groups = new Dictionary<int, IReadOnlyList<ComparisonGroup>>();
            var work = new List<(IndicatorCode Code, int Year, ComparisonGroup Group)>();
            foreach (var indicator in ComparableIndicators)
            {
                foreach (var yr in years)
                {
                    if (!groups.TryGetValue(yr, out var ofYear))
                    {
                        groups[yr] = ofYear = Groups(yr, spec);
                    }

                    work.AddRange(ofYear.Select(g => (indicator.Code, yr, g)));
                }
            }

            if (Data.Count < Parallelism.From || Environment.ProcessorCount == 1)
            {
                foreach (var (code, yr, group) in work)
                {
                    yield return Ranked(code, yr, group);
                }

                yield break;
            }

            // Large data: batches of groups computed on every core, the next batch while the caller takes the current
            // one (writing it, say), yielded in order.
            var size = 4 * Environment.ProcessorCount;
            var next = Batch(0);
            for (var start = 0; start < work.Count; start += size)
            {
                var batch = next.GetAwaiter().GetResult();
                next = start + size < work.Count ? Batch(start + size) : null!;
                foreach (var ranking in batch)
                {
                    yield return ranking;
                }
            }

            Task<GroupRanking[]> Batch(int start) => Task.Run(() =>
            {
                var batch = new GroupRanking[Math.Min(size, work.Count - start)];
                Parallel.For(0, batch.Length, k =>
                {
                    var (code, yr, group) = work[start + k];
                    batch[k] = Ranked(code, yr, group);
                });
                return batch;
            });
        }
    }

    private GroupRanking Ranked(IndicatorCode indicator, int year, ComparisonGroup group)
    {
        var definition = Catalog.Get(indicator);
        var values = GroupValues(indicator, year, group.Members);
        var ranks = new int[values.Length];

        // One sort serves the ranks and the statistics: keys ascending (negated for higher-is-better) with their index.
        var negate = definition.Direction == Direction.HigherIsBetter;
        var keyBuffer = ArrayPool<double>.Shared.Rent(values.Length);
        var indexBuffer = ArrayPool<int>.Shared.Rent(values.Length);
        var percentRanks = ArrayPool<double>.Shared.Rent(values.Length);
        try
        {
            var n = 0;
            var zero = false;
            for (var i = 0; i < values.Length; i++)
            {
                if (double.IsFinite(values[i]))
                {
                    keyBuffer[n] = negate ? -values[i] : values[i];
                    indexBuffer[n++] = i;
                    zero |= values[i] == 0;
                }
            }

            var keys = keyBuffer.AsSpan(0, n);
            var indices = indexBuffer.AsSpan(0, n);
            RadixSort.Sort(keys, indices);

            // With a zero among them the order of 0 and -0 could differ from a plain sort: then sort the values anew.
            DescriptiveStatistics? sorted = null;
            if (!zero && n >= Options.MinimumGroupSize)
            {
                var ascending = new double[n];
                for (var k = 0; k < n; k++)
                {
                    ascending[k] = negate ? -keys[n - 1 - k] : keys[k];
                }

                sorted = DescriptiveStatistics.OfSorted(ascending, values.Length - n, Options.QuantileMethod);
            }

            var statistics = Statistics(indicator, year, group, values, sorted);
            if (!statistics.IsSuppressed)
            {
                Ranking.RankSorted(keys, indices, ranks, percentRanks);
            }

            return new GroupRanking(statistics, ImmutableCollectionsMarshal.AsImmutableArray(values), ImmutableCollectionsMarshal.AsImmutableArray(ranks));
        }
        finally
        {
            ArrayPool<double>.Shared.Return(keyBuffer);
            ArrayPool<int>.Shared.Return(indexBuffer);
            ArrayPool<double>.Shared.Return(percentRanks);
        }
    }
}
