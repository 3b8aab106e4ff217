using Benchmark.Statistics;

namespace Benchmark.Efficiency.Index;

/// <summary>
/// The indicators of one year normalised every way the index can (three normalisations, each also mapped onto [1, 100]
/// for the geometric mean), from bounds over all years; computed once, then aggregated per Monte Carlo draw.
/// </summary>
internal sealed class NormalisedTable
{
    private readonly double[][][] _arithmetic;
    private readonly double[][][] _geometric;

    /// <param name="year">Oriented values (higher = better) of the year: [unit][indicator], NaN = missing.</param>
    /// <param name="pooled">Oriented values of every year per indicator (the bounds), NaN-free.</param>
    public NormalisedTable(double[][] year, double[][] pooled)
    {
        var methods = Enum.GetValues<Normalisation>();
        _arithmetic = new double[methods.Length][][];
        _geometric = new double[methods.Length][][];
        var sorted = pooled.Select(p => p.Order().ToArray()).ToArray();
        foreach (var method in methods)
        {
            var m = (int)method;
            _arithmetic[m] = [.. year.Select(row => row.Select((v, k) => Normalise(method, v, sorted[k])).ToArray())];
            _geometric[m] = [.. year.Select(row => row.Select((v, k) => ToGeometricScale(method, v, sorted[k])).ToArray())];
        }
    }

    public int Units => _arithmetic[0].Length;

    /// <summary>Aggregates every unit with <paramref name="weights"/> (summing to 1 over the indicators) into <paramref name="result"/>; NaN for a unit not <paramref name="included"/>.</summary>
    public void Aggregate(Normalisation normalisation, Aggregation aggregation, double[] weights, bool[] included, Span<double> result)
    {
        var table = (aggregation == Aggregation.Arithmetic ? _arithmetic : _geometric)[(int)normalisation];
        for (var u = 0; u < table.Length; u++)
        {
            double sum = 0, weight = 0;
            var row = table[u];
            for (var k = 0; k < row.Length; k++)
            {
                if (!double.IsNaN(row[k]))
                {
                    sum += weights[k] * (aggregation == Aggregation.Arithmetic ? row[k] : Math.Log(row[k]));
                    weight += weights[k];
                }
            }

            result[u] = !included[u] || weight <= 0 ? double.NaN : aggregation == Aggregation.Arithmetic ? sum / weight : Math.Exp(sum / weight);
        }
    }

    /// <summary>Share of the weight with a value, per unit.</summary>
    public double Coverage(int unit, double[] weights) =>
        _arithmetic[0][unit].Select((v, k) => double.IsNaN(v) ? 0 : weights[k]).Sum();

    internal static double Normalise(Normalisation method, double v, double[] sorted)
    {
        if (double.IsNaN(v) || sorted.Length == 0)
        {
            return double.NaN;
        }

        switch (method)
        {
            case Normalisation.MinMax:
                var range = sorted[^1] - sorted[0];
                return range > 0 ? (v - sorted[0]) / range * 100 : 50;
            case Normalisation.ZScore:
                var mean = Moments.Mean(sorted);
                var sd = Moments.SampleStandardDeviation(sorted, mean);
                return sd > 0 ? (v - mean) / sd : 0;
            default:
                if (sorted.Length == 1)
                {
                    return 50;
                }

                var below = LowerBound(sorted, v);
                var equal = LowerBound(sorted, Math.BitIncrement(v)) - below;
                var rank = below + ((Math.Max(equal, 1) + 1) / 2.0);
                return (rank - 1) / (sorted.Length - 1) * 100;
        }
    }

    private static double ToGeometricScale(Normalisation method, double v, double[] sorted)
    {
        var x = Normalise(method, v, sorted);
        var low = Normalise(method, sorted.Length > 0 ? sorted[0] : double.NaN, sorted);
        var high = Normalise(method, sorted.Length > 0 ? sorted[^1] : double.NaN, sorted);
        return double.IsNaN(x) ? double.NaN : high > low ? 1 + (99 * (x - low) / (high - low)) : 50;
    }

    private static int LowerBound(double[] sorted, double v)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] < v)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
