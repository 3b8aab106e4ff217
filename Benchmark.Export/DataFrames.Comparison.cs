using Benchmark.Comparison;
using Benchmark.Export.Results;
using Benchmark.Text;
using Microsoft.Data.Analysis;

namespace Benchmark.Export;

/// <content>Positions of one municipality.</content>
public static partial class DataFrames
{
    /// <summary>One row per indicator of <paramref name="comparison"/>, with every figure of its <see cref="IndicatorPosition"/>.</summary>
    /// <param name="comparison">The result of <c>engine.Compare(year, code)</c>.</param>
    /// <param name="language">The language of the <c>name</c> column (Dutch by default).</param>
    /// <returns>
    /// <para>The columns of <c>benchmark compare --format csv</c> (<see cref="ComparisonResult"/>), with the same values,
    /// except <c>rank</c>, a whole number here (the files write it with the number ranked, <c>3/20</c>), and <c>name</c>,
    /// in <paramref name="language"/> here (English in the files); plus columns only the frame carries.</para>
    /// <para>Identification: <c>municipality</c>, <c>year</c> (int), <c>indicator</c> (code), <c>name</c>, <c>unit</c>,
    /// <c>direction</c>, <c>computed</c> (bool: calculated by the catalogue's formula rather than delivered).</para>
    /// <para>Position (double unless noted; null when it cannot be computed): <c>value</c>, <c>n</c> (int: values
    /// ranked, the municipality's included; 0 when unranked), <c>groupN</c> (int: values in the group), <c>rank</c> (int,
    /// 1 = best; null when unranked), <c>percentRank</c>, <c>quartile</c> (int 1–4, 1 = best; null when unranked),
    /// <c>median</c>, <c>q1</c>, <c>q3</c> (the group's; null when suppressed), <c>groupRatio</c>,
    /// <c>differenceToMedian</c>, <c>differenceToMedianPercent</c>, <c>differenceToMedianEuros</c>, <c>robustZ</c>,
    /// <c>gapToBestQuartile</c>, <c>gapToBestQuartileEuros</c>, <c>previousValue</c>, <c>yearOnYearChange</c>.</para>
    /// <para>Surveys (null for other indicators): <c>respondents</c> (int), <c>standardError</c>, <c>ciLower</c>,
    /// <c>ciUpper</c>, <c>differenceToMedianT</c> (the t statistic; null also when infinite, as in a census with any difference: see
    /// <c>significant</c>), <c>significant</c> (bool).</para>
    /// <para>Flags: <c>flags</c> (the files' keys joined by <c>|</c>, e.g. <c>outlier|series-break</c>) and one bool
    /// column per <see cref="PositionFlags"/> member: <c>missing</c>, <c>suppressed</c>, <c>seriesBreak</c>,
    /// <c>outlier</c>, <c>notSignificant</c>, <c>belowPublicationThreshold</c>, <c>notInGroup</c>.</para>
    /// </returns>
    /// <exception cref="ArgumentNullException">When <paramref name="comparison"/> is null.</exception>
    public static DataFrame ToDataFrame(this MunicipalityComparison comparison, Language language = Language.Dutch)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return ResultFrame.Of(ComparisonResult.Schema(language, comparison.Municipality.Code.ToString()).Table(comparison.Positions), language);
    }
}
