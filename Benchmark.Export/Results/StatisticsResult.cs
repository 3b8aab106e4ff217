using Benchmark.Comparison;
using Benchmark.PeerGroups;
using Benchmark.Statistics;

namespace Benchmark.Export.Results;

/// <summary>
/// The column schema of group statistics (indicator × year × group): <c>benchmark stats</c> writes it as CSV, JSON or
/// xlsx, <c>DataFrames.ToDataFrame(statistics)</c> makes a frame of it.
/// </summary>
public static class StatisticsResult
{
    /// <summary>The schema; <paramref name="quantileMethod"/> is the run's quantile definition, named on suppressed rows too (null: only where computed).</summary>
    public static ResultSchema<GroupStatistics> Schema(QuantileMethod? quantileMethod) => new("stats",
    [
        (new("indicator", "Indicator", "Indicator"), s => s.Indicator),
        (new("year", "Jaar", "Year"), s => s.Year),
        (new("group", "Groep", "Group"), s => s.Group.Name),
        (new("method", "Methode", "Method", InText: false), s => s.Group.Spec.ToString()),
        (new("members", "Leden", "Members", CellKind.Integer, InText: false), s => s.Group.Count),
        (new("n", "n", "n", CellKind.Integer), s => s.ValueCount),
        (Number("mean", "Gemiddelde", "Mean", inText: false), s => s.Values?.Mean),
        (Number("median", "Mediaan", "Median"), s => s.Values?.Median),
        (Number("q1", "Q1", "Q1"), s => s.Values?.Q1),
        (Number("q3", "Q3", "Q3"), s => s.Values?.Q3),
        (Number("p10", "P10", "P10"), s => s.Values?.P10),
        (Number("p90", "P90", "P90"), s => s.Values?.P90),
        (Number("iqr", "IQR", "IQR", inText: false), s => s.Values?.Iqr),
        (Number("min", "Min", "Min", inText: false), s => s.Values?.Min),
        (Number("max", "Max", "Max", inText: false), s => s.Values?.Max),
        (Number("sd", "SD", "SD", inText: false), s => s.Values?.StandardDeviation),
        (Number("mad", "Geschaalde MAD", "Scaled MAD", inText: false), s => s.Values?.ScaledMad),
        (Number("groupRatio", "Groepsratio", "Group ratio"), s => s.GroupRatio),
        (new("groupRatioN", "n ratio", "n ratio", CellKind.Integer, InText: false), s => s.GroupRatioCount),
        (new("suppressed", "Onderdrukt", "Suppressed", CellKind.Flag, InText: false), s => s.IsSuppressed),
        (new("suppressionReason", "Reden onderdrukking", "Suppression reason", InText: false, InMachine: false, FrameOnly: true), s => s.SuppressionReason),
        (new("quantileMethod", "Kwantiel", "Quantile", InText: false), s => (s.Values?.Method ?? quantileMethod)?.ToString()),
    ]);

    /// <summary>
    /// The table of <c>benchmark stats</c>: every row of <paramref name="statistics"/>, with the peer-group method, the
    /// quantile definition and the minimum group size as facts.
    /// </summary>
    /// <param name="statistics">The statistics, e.g. of <c>engine.AllStatistics(year, spec)</c>.</param>
    /// <param name="spec">The peer-group method they were computed for.</param>
    /// <param name="options">The engine's options (quantile definition, minimum group size).</param>
    public static ResultTable Table(IEnumerable<GroupStatistics> statistics, PeerGroupSpec spec, BenchmarkOptions options)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(options);
        return Schema(options.QuantileMethod).Table(statistics) with
        {
            Facts =
            [
                ("peerMethod", "Methode", "Method", spec.ToString()),
                ("quantileMethod", "Kwantieldefinitie", "Quantile definition", $"Hyndman–Fan {options.QuantileMethod}"),
                ("minimumGroupSize", "Minimale groepsgrootte", "Minimum group size", options.MinimumGroupSize),
            ],
            Notes =
            [
                ("Groepsratio = Σ teller / Σ noemer over de leden (gewogen), naast de mediaan van de gemeentelijke ratio's. SD met n − 1; geschaalde MAD = mediaan van |x − mediaan| × 1,4826 (als R's mad()).",
                 "Group ratio = Σ numerator / Σ denominator over the members (weighted), next to the median of the municipal ratios. SD with n − 1; scaled MAD = median of |x − median| × 1.4826 (as R's mad())."),
            ],
        };
    }

    private static ResultColumn Number(string key, string nl, string en, bool inText = true) =>
        new(key, nl, en, CellKind.Number, 2, InText: inText);
}
