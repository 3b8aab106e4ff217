using Benchmark.Comparison;
using Benchmark.Export.Results;
using Benchmark.Statistics;
using Benchmark.Text;
using Microsoft.Data.Analysis;

namespace Benchmark.Export;

/// <content>Group statistics.</content>
public static partial class DataFrames
{
    /// <summary>One row per <see cref="GroupStatistics"/> (indicator × year × group), e.g. of <c>engine.AllStatistics(year, spec)</c>.</summary>
    /// <param name="statistics">The statistics, in the order given.</param>
    /// <param name="language">The language of the <c>group</c> and <c>suppressionReason</c> columns (Dutch by default; the CLI's files are English).</param>
    /// <param name="quantileMethod">
    /// The run's quantile definition (<c>engine.Options.QuantileMethod</c>), named in <c>quantileMethod</c> on suppressed
    /// rows too, as <c>benchmark stats</c> does; when null, a suppressed row's <c>quantileMethod</c> is null.
    /// </param>
    /// <returns>
    /// The columns of <c>benchmark stats --format csv</c> (<see cref="StatisticsResult"/>), with the same values, plus
    /// <c>suppressionReason</c>:
    /// <para><c>indicator</c> (code), <c>year</c> (int), <c>group</c> (name), <c>method</c> (the peer-group method, e.g.
    /// <c>size-class</c>), <c>members</c> (int), <c>n</c> (int: members with a value).</para>
    /// <para>Double, null when suppressed: <c>mean</c>, <c>median</c>, <c>q1</c>, <c>q3</c>, <c>p10</c>, <c>p90</c>,
    /// <c>iqr</c>, <c>min</c>, <c>max</c>, <c>sd</c> (n − 1), <c>mad</c> (scaled by 1.4826); <c>groupRatio</c> (null for
    /// indicators that are not ratios) and <c>groupRatioN</c> (int).</para>
    /// <para><c>suppressed</c> (bool), <c>suppressionReason</c> (null when not suppressed; not in the CLI's files) and
    /// <c>quantileMethod</c> (e.g. <c>R7</c>).</para>
    /// </returns>
    /// <exception cref="ArgumentNullException">When <paramref name="statistics"/> is null.</exception>
    public static DataFrame ToDataFrame(this IEnumerable<GroupStatistics> statistics, Language language = Language.Dutch, QuantileMethod? quantileMethod = null)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        return ResultFrame.Of(StatisticsResult.Schema(quantileMethod).Table(statistics), language);
    }
}
