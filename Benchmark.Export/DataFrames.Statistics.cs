using Benchmark.Comparison;
using Benchmark.Text;
using Microsoft.Data.Analysis;

namespace Benchmark.Export;

/// <content>Group statistics.</content>
public static partial class DataFrames
{
    /// <summary>One row per <see cref="GroupStatistics"/> (indicator × year × group), e.g. of <c>engine.AllStatistics(spec, year)</c>.</summary>
    /// <param name="statistics">The statistics, in the order given.</param>
    /// <param name="language">The language of the <c>group</c> and <c>suppressionReason</c> columns (Dutch by default).</param>
    /// <returns>
    /// <para><c>indicator</c> (code), <c>year</c> (int), <c>group</c> (name), <c>method</c> (the peer-group method, e.g.
    /// <c>size-class</c>), <c>members</c> (int), <c>n</c> (int: members with a value).</para>
    /// <para>Double, null when suppressed: <c>mean</c>, <c>median</c>, <c>q1</c>, <c>q3</c>, <c>p10</c>, <c>p90</c>,
    /// <c>iqr</c>, <c>min</c>, <c>max</c>, <c>sd</c> (n − 1), <c>mad</c> (scaled by 1.4826); <c>groupRatio</c> (null for
    /// indicators that are not ratios) and <c>groupRatioN</c> (int).</para>
    /// <para><c>suppressed</c> (bool), <c>suppressionReason</c> (null when not suppressed) and <c>quantileMethod</c> (e.g.
    /// <c>R7</c>; null when suppressed).</para>
    /// </returns>
    /// <exception cref="ArgumentNullException">When <paramref name="statistics"/> is null.</exception>
    public static DataFrame ToDataFrame(this IEnumerable<GroupStatistics> statistics, Language language = Language.Dutch)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        return new FrameBuilder<GroupStatistics>(statistics)
            .Text("indicator", s => s.Indicator)
            .Integer("year", s => s.Year)
            .Text("group", s => s.Group.Name.Get(language))
            .Text("method", s => s.Group.Spec.ToString())
            .Integer("members", s => s.Group.Count)
            .Integer("n", s => s.ValueCount)
            .Number("mean", s => s.Values?.Mean)
            .Number("median", s => s.Values?.Median)
            .Number("q1", s => s.Values?.Q1)
            .Number("q3", s => s.Values?.Q3)
            .Number("p10", s => s.Values?.P10)
            .Number("p90", s => s.Values?.P90)
            .Number("iqr", s => s.Values?.Iqr)
            .Number("min", s => s.Values?.Min)
            .Number("max", s => s.Values?.Max)
            .Number("sd", s => s.Values?.StandardDeviation)
            .Number("mad", s => s.Values?.ScaledMad)
            .Number("groupRatio", s => s.GroupRatio)
            .Integer("groupRatioN", s => s.GroupRatioCount)
            .Flag("suppressed", s => s.IsSuppressed)
            .Text("suppressionReason", s => s.SuppressionReason?.Get(language))
            .Text("quantileMethod", s => s.Values?.Method.ToString())
            .Build();
    }
}
