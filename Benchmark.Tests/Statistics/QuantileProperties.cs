using Benchmark.Statistics;
using CsCheck;

namespace Benchmark.Tests.Statistics;

/// <summary>
/// Properties of <see cref="Quantiles"/> over generated samples (CsCheck shrinks a failure to the smallest sample).
/// The R7 reference is Hyndman &amp; Fan (1996)'s definition 7 written out: h = (n − 1)p,
/// Q = x(⌊h⌋+1) + (h − ⌊h⌋)(x(⌊h⌋+2) − x(⌊h⌋+1)), as R's <c>quantile(x, p, type = 7)</c> computes it.
/// </summary>
public sealed class QuantileProperties
{
    private static readonly Gen<double[]> Sample = Gen.Double[-1e6, 1e6].Array[1, 40];
    private static readonly Gen<double> Probability = Gen.Double[0, 1];

    private static readonly QuantileMethod[] Methods = Enum.GetValues<QuantileMethod>();

    [Test]
    public void Quantile_IsMonotoneInP_ForEveryMethod()
    {
        Gen.Select(Sample, Probability, Probability, Gen.Int[0, Methods.Length - 1]).Sample((values, a, b, m) =>
        {
            var (low, high) = a <= b ? (a, b) : (b, a);
            return Quantiles.Compute(values, low, Methods[m]) <= Quantiles.Compute(values, high, Methods[m]);
        });
    }

    [Test]
    public void Quantile_LiesWithinMinAndMax_AndTheEndsAreMinAndMax()
    {
        Gen.Select(Sample, Probability, Gen.Int[0, Methods.Length - 1]).Sample((values, p, m) =>
        {
            var q = Quantiles.Compute(values, p, Methods[m]);
            return q >= values.Min() && q <= values.Max()
                && Quantiles.Compute(values, 0, Methods[m]) == values.Min()
                && Quantiles.Compute(values, 1, Methods[m]) == values.Max();
        });
    }

    [Test]
    public void R7_EqualsTheTextbookFormula()
    {
        Gen.Select(Sample, Probability).Sample((values, p) =>
        {
            var expected = R7(values, p);
            var actual = Quantiles.Compute(values, p, QuantileMethod.R7);
            return Math.Abs(actual - expected) <= 1e-9 * Math.Max(1, Math.Abs(expected));
        });
    }

    [Test]
    public void MissingValues_DoNotChangeTheQuantile()
    {
        Gen.Select(Sample, Probability, Gen.Int[0, 5]).Sample((values, p, missing) =>
        {
            double[] withMissing = [.. values, .. Enumerable.Repeat(double.NaN, missing), double.PositiveInfinity];
            return Quantiles.Compute(withMissing, p).Equals(Quantiles.Compute(values, p));
        });
    }

    private static double R7(double[] values, double p)
    {
        var x = values.Order().ToArray();
        var h = (x.Length - 1) * p;
        var k = (int)Math.Floor(h);
        return k + 1 >= x.Length ? x[^1] : x[k] + ((h - k) * (x[k + 1] - x[k]));
    }
}
