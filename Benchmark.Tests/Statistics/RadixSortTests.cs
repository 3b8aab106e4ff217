using Benchmark.Statistics;

namespace Benchmark.Tests.Statistics;

/// <summary>The radix sort orders like a comparison sort and keeps equal keys in input order (stable).</summary>
public sealed class RadixSortTests
{
    [TestCase(600, 1)]
    [TestCase(5_000, 2)]
    [TestCase(20_000, 3)]
    public void Sort_RandomKeys_EqualsAStableComparisonSort(int n, int seed)
    {
        // Seeded: a mix of the shapes group values take — negatives, ±0, ties, tiny and huge magnitudes.
        var random = new Random(seed);
        var keys = new double[n];
        for (var i = 0; i < n; i++)
        {
            keys[i] = (i % 7) switch
            {
                0 => Math.Round(random.NextDouble() * 100, 2),
                1 => -Math.Round(random.NextDouble() * 100, 2),
                2 => random.Next(2) == 0 ? 0.0 : -0.0,
                3 => random.Next(5),
                4 => (random.NextDouble() - 0.5) * 1e300,
                5 => (random.NextDouble() - 0.5) * 1e-300,
                _ => double.Epsilon * random.Next(-3, 4),
            };
        }

        var expected = keys.Select((k, i) => (Key: k, Index: i)).OrderBy(p => p.Key).ThenBy(p => p.Index).ToArray();
        var items = Enumerable.Range(0, n).ToArray();
        var sorted = (double[])keys.Clone();

        RadixSort.Sort(sorted, items);

        Assert.That(sorted, Is.EqualTo(expected.Select(p => p.Key)), "keys ascending (−0 and +0 compare equal)");
        Assert.That(items.Select(i => keys[i]), Is.EqualTo(sorted), "items moved with their keys");
        var zeroRun = items.Where(i => keys[i] == 0).ToArray();
        Assert.That(zeroRun.Where(i => double.IsNegative(keys[i])).Concat(zeroRun.Where(i => !double.IsNegative(keys[i]))), Is.EqualTo(zeroRun), "−0 before +0");
        var nonZero = items.Where(i => keys[i] != 0).ToArray();
        Assert.That(nonZero, Is.EqualTo(expected.Where(p => p.Key != 0).Select(p => p.Index)), "stable: equal keys in input order");
    }

    [Test]
    public void Sort_FewKeys_FallsBackToTheComparisonSort()
    {
        double[] keys = [3, -1, 2.5, -0.0, 0.0];
        int[] items = [0, 1, 2, 3, 4];

        RadixSort.Sort(keys, items);

        Assert.That(keys, Is.EqualTo(new[] { -1, 0, 0, 2.5, 3 }));
        Assert.That(items.Take(1).Concat(items.Skip(3)), Is.EqualTo(new[] { 1, 2, 0 }));
    }
}
