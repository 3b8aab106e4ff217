using Benchmark.Catalog;
using Benchmark.Statistics;

namespace Benchmark.Efficiency.Index;

/// <summary>
/// The nominal ranks, the seeded Monte Carlo over normalisation × aggregation × weights (rank intervals P5–P95, R7) and
/// the one-at-a-time sensitivity table.
/// </summary>
internal static class IndexUncertainty
{
    public static (double[] Values, int[] Ranks, double[][] Intervals, List<SensitivityRow> Sensitivity) Run(NormalisedTable table, double[] weights, IndexOptions options)
    {
        var n = table.Units;
        // Who is in the index is decided once, with the nominal weights, so no draw drops a municipality.
        var included = Enumerable.Range(0, n).Select(u => table.Coverage(u, weights) >= options.MinimumCoverage - 1e-12).ToArray();
        var values = new double[n];
        table.Aggregate(options.Normalisation, options.Aggregation, weights, included, values);
        var nominal = Rank(values);

        var draws = new int[options.Draws][];
        var random = new Random(options.Seed);
        var normalisations = Enum.GetValues<Normalisation>();
        var aggregations = Enum.GetValues<Aggregation>();
        var scratch = new double[n];
        for (var d = 0; d < options.Draws; d++)
        {
            var normalisation = normalisations[random.Next(normalisations.Length)];
            var aggregation = aggregations[random.Next(aggregations.Length)];
            table.Aggregate(normalisation, aggregation, Perturb(weights, options.WeightNoise, random), included, scratch);
            draws[d] = Rank(scratch);
        }

        var intervals = new double[n][];
        var ranks = new double[options.Draws];
        for (var u = 0; u < n; u++)
        {
            if (options.Draws == 0 || nominal[u] == Ranking.Unranked)
            {
                intervals[u] = [nominal[u], nominal[u], nominal[u]];
                continue;
            }

            for (var d = 0; d < options.Draws; d++)
            {
                ranks[d] = draws[d][u];
            }

            intervals[u] = [Quantiles.Compute(ranks, 0.05), Quantiles.Compute(ranks, 0.5), Quantiles.Compute(ranks, 0.95)];
        }

        return (values, nominal, intervals, Sensitivity(table, weights, options, included, nominal, random));
    }

    private static List<SensitivityRow> Sensitivity(NormalisedTable table, double[] weights, IndexOptions options, bool[] included, int[] nominal, Random random)
    {
        var rows = new List<SensitivityRow>();
        var scratch = new double[table.Units];
        foreach (var normalisation in Enum.GetValues<Normalisation>().Where(x => x != options.Normalisation))
        {
            table.Aggregate(normalisation, options.Aggregation, weights, included, scratch);
            rows.Add(Shift($"normalisation = {CompositeIndex.Name(normalisation)}", nominal, [Rank(scratch)]));
        }

        foreach (var aggregation in Enum.GetValues<Aggregation>().Where(x => x != options.Aggregation))
        {
            table.Aggregate(options.Normalisation, aggregation, weights, included, scratch);
            rows.Add(Shift($"aggregation = {aggregation.ToString().ToLowerInvariant()}", nominal, [Rank(scratch)]));
        }

        if (options.WeightNoise > 0)
        {
            var perturbed = new List<int[]>();
            for (var d = 0; d < 100; d++)
            {
                table.Aggregate(options.Normalisation, options.Aggregation, Perturb(weights, options.WeightNoise, random), included, scratch);
                perturbed.Add(Rank(scratch));
            }

            rows.Add(Shift($"weights ± {CompositeIndex.Percent(options.WeightNoise)} (100 draws)", nominal, perturbed));
        }

        return [.. rows.OrderByDescending(r => r.MeanShift)];
    }

    private static SensitivityRow Shift(string choice, int[] nominal, List<int[]> alternatives)
    {
        double total = 0, max = 0;
        var count = 0;
        foreach (var ranks in alternatives)
        {
            for (var u = 0; u < nominal.Length; u++)
            {
                if (nominal[u] != Ranking.Unranked && ranks[u] != Ranking.Unranked)
                {
                    var shift = Math.Abs(ranks[u] - nominal[u]);
                    total += shift;
                    max = Math.Max(max, shift);
                    count++;
                }
            }
        }

        return new SensitivityRow(choice, count == 0 ? 0 : total / count, max);
    }

    private static double[] Perturb(double[] weights, double noise, Random random)
    {
        var w = weights.Select(x => x * (1 - noise + (2 * noise * random.NextDouble()))).ToArray();
        var sum = w.Sum();
        return [.. w.Select(x => x / sum)];
    }

    private static int[] Rank(double[] values)
    {
        var ranks = new int[values.Length];
        Ranking.Rank(values, Direction.HigherIsBetter, ranks, new double[values.Length]);
        return ranks;
    }
}
