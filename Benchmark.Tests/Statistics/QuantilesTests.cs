using Benchmark.Statistics;

namespace Benchmark.Tests.Statistics;

public sealed class QuantilesTests
{
    // Reference values: R `quantile(c(-1,5,0,-3,10,-0.5,4,0.2,1,6), probs=c(0,1,0.5,0.2,0.7,0.01,0.99,0.52,0.325), type=k)`
    // for k = 1..9, as asserted (exact fractions, with the R call in a comment) in mathnet/mathnet-numerics
    // src/Numerics.Tests/StatisticsTests/StatisticsTests.cs (commit 26470849d99f59a6a1cd055ab9c35c4e33e496de),
    // QuantileR1EmpiricalInvCDFOnShortSequence … QuantileR9NormalOnShortSequence. We re-derived all 81 values in exact
    // rational arithmetic following R's quantile.default algorithm (Hyndman & Fan 1996) and they agree.
    private static readonly double[] Sample = [-1, 5, 0, -3, 10, -0.5, 4, 0.2, 1, 6];

    private static readonly double[] Probabilities = [0, 1, 0.5, 0.2, 0.7, 0.01, 0.99, 0.52, 0.325];

    private static readonly Dictionary<QuantileMethod, double[]> Expected = new()
    {
        [QuantileMethod.R1] = [-3, 10, 1 / 5d, -1, 4, -3, 10, 1, 0],
        [QuantileMethod.R2] = [-3, 10, 3 / 5d, -3 / 4d, 9 / 2d, -3, 10, 1, 0],
        [QuantileMethod.R3] = [-3, 10, 1 / 5d, -1, 4, -3, 10, 1 / 5d, -1 / 2d],
        [QuantileMethod.R4] = [-3, 10, 1 / 5d, -1, 4, -3, 48 / 5d, 9 / 25d, -3 / 8d],
        [QuantileMethod.R5] = [-3, 10, 3 / 5d, -3 / 4d, 9 / 2d, -3, 10, 19 / 25d, -1 / 8d],
        [QuantileMethod.R6] = [-3, 10, 3 / 5d, -9 / 10d, 47 / 10d, -3, 10, 97 / 125d, -17 / 80d],
        [QuantileMethod.R7] = [-3, 10, 3 / 5d, -3 / 5d, 43 / 10d, -141 / 50d, 241 / 25d, 93 / 125d, -3 / 80d],
        [QuantileMethod.R8] = [-3, 10, 3 / 5d, -4 / 5d, 137 / 30d, -3, 10, 287 / 375d, -37 / 240d],
        [QuantileMethod.R9] = [-3, 10, 3 / 5d, -63 / 80d, 91 / 20d, -3, 10, 191 / 250d, -47 / 320d],
    };

    private static IEnumerable<TestCaseData> RReferenceCases()
    {
        foreach (var (method, expected) in Expected)
        {
            for (var i = 0; i < Probabilities.Length; i++)
            {
                yield return new TestCaseData(method, Probabilities[i], expected[i])
                    .SetArgDisplayNames(method.ToString(), Probabilities[i].ToString("R", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }

    [TestCaseSource(nameof(RReferenceCases))]
    public void Compute_ShortSequence_MatchesRQuantileType(QuantileMethod method, double p, double expected)
    {
        Assert.That(Quantiles.Compute(Sample, p, method), Is.EqualTo(expected).Within(1e-14));
    }

    [TestCaseSource(nameof(RReferenceCases))]
    public void FromSorted_ShortSequence_MatchesRQuantileType(QuantileMethod method, double p, double expected)
    {
        var sorted = (double[])Sample.Clone();
        Array.Sort(sorted);

        Assert.That(Quantiles.FromSorted(sorted, p, method), Is.EqualTo(expected).Within(1e-14));
    }

    [Test]
    public void Compute_DefaultMethod_IsR7()
    {
        Assert.That(Quantiles.DefaultMethod, Is.EqualTo(QuantileMethod.R7));
        Assert.That(Quantiles.Compute(Sample, 0.2), Is.EqualTo(-3 / 5d).Within(1e-14));
    }

    [Test]
    public void Compute_MissingValues_AreLeftOut()
    {
        double[] withMissing = [double.NaN, .. Sample[..5], double.NaN, .. Sample[5..], double.NaN];

        foreach (var method in Enum.GetValues<QuantileMethod>())
        {
            Assert.That(Quantiles.Compute(withMissing, 0.325, method), Is.EqualTo(Quantiles.Compute(Sample, 0.325, method)), method.ToString());
        }
    }

    [Test]
    public void Compute_ProbabilityLostInRounding_IsTheMinimumForEveryMethod()
    {
        // n·p = 3e-30: MathNet's R1 and R2 read index −1 here (a shrunk counterexample of QuantileProperties).
        foreach (var method in Enum.GetValues<QuantileMethod>())
        {
            Assert.That(Quantiles.Compute([3, 1, 2], 1e-30, method), Is.EqualTo(1), method.ToString());
            Assert.That(Quantiles.FromSorted([1, 2, 3], 1e-30, method), Is.EqualTo(1), method.ToString());
        }
    }

    [Test]
    public void Compute_NoValues_IsNaN()
    {
        Assert.That(Quantiles.Compute([], 0.5), Is.NaN);
        Assert.That(Quantiles.Compute([double.NaN, double.NaN], 0.5), Is.NaN);
        Assert.That(Quantiles.FromSorted([], 0.5), Is.NaN);
    }

    [Test]
    public void Compute_OneValue_IsThatValueForEveryMethodAndProbability()
    {
        foreach (var method in Enum.GetValues<QuantileMethod>())
        {
            foreach (var p in Probabilities)
            {
                Assert.That(Quantiles.Compute([42.5], p, method), Is.EqualTo(42.5), $"{method} p={p}");
            }
        }
    }

    [TestCase(-0.01)]
    [TestCase(1.01)]
    [TestCase(double.NaN)]
    public void Compute_ProbabilityOutsideZeroToOne_Throws(double p)
    {
        Assert.That(() => Quantiles.Compute(Sample, p), Throws.TypeOf<ArgumentOutOfRangeException>());
        Assert.That(() => Quantiles.FromSorted([1, 2], p), Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void Compute_UndefinedMethod_Throws()
    {
        Assert.That(() => Quantiles.Compute(Sample, 0.5, (QuantileMethod)0), Throws.TypeOf<ArgumentOutOfRangeException>());
        Assert.That(() => Quantiles.Compute(Sample, 0.5, (QuantileMethod)10), Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void Compute_DoesNotReorderTheCallersValues()
    {
        var values = (double[])Sample.Clone();

        Quantiles.Compute(values, 0.5);

        Assert.That(values, Is.EqualTo(Sample));
    }
}
