using Benchmark.Efficiency.Index;

namespace Benchmark.Tests.Efficiency;

/// <summary>The index normalisations on a hand-computed example (COINr's definitions: n_minmax ×100, n_zscore, n_rank).</summary>
public sealed class NormalisationTests
{
    // Pooled values 2, 4, 4, 10: min 2, max 10; mean 5, sample SD √(36/3) = √12; ranks 1, 2.5, 2.5, 4.
    private static readonly double[] Sorted = [2, 4, 4, 10];

    [TestCase(Normalisation.MinMax, 4, 25)]
    [TestCase(Normalisation.MinMax, 10, 100)]
    [TestCase(Normalisation.ZScore, 10, 1.4433756729740645)]
    [TestCase(Normalisation.Rank, 4, 50)]
    [TestCase(Normalisation.Rank, 2, 0)]
    [TestCase(Normalisation.Rank, 10, 100)]
    public void Normalise_HandComputed(Normalisation method, double value, double expected) =>
        Assert.That(NormalisedTable.Normalise(method, value, Sorted), Is.EqualTo(expected).Within(1e-12));

    [Test]
    public void Aggregate_GeometricOfEqualValues_IsThatValueAndArithmeticIsTheWeightedMean()
    {
        // Two units, two indicators, bounds from the unit values themselves: unit 0 is worst on both, unit 1 best on both.
        var table = new NormalisedTable([[1, 5], [3, 9]], [[1, 3], [5, 9]]);
        var arithmetic = new double[2];
        var geometric = new double[2];

        table.Aggregate(Normalisation.MinMax, Aggregation.Arithmetic, [0.25, 0.75], [true, true], arithmetic);
        table.Aggregate(Normalisation.MinMax, Aggregation.Geometric, [0.25, 0.75], [true, true], geometric);

        Assert.Multiple(() =>
        {
            Assert.That(arithmetic, Is.EqualTo(new[] { 0.0, 100.0 }).Within(1e-12));
            Assert.That(geometric, Is.EqualTo(new[] { 1.0, 100.0 }).Within(1e-12));
        });
    }
}
