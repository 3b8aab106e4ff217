using Benchmark.Comparison;
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
    /// <para>Identification: <c>municipality</c>, <c>year</c> (int), <c>indicator</c> (code), <c>name</c>, <c>unit</c>,
    /// <c>direction</c>, <c>computed</c> (bool: calculated by the catalogue's formula rather than delivered).</para>
    /// <para>Position (double unless noted; null when it cannot be computed): <c>value</c>, <c>n</c> (int: values in the
    /// group), <c>rank</c> (int, 1 = best; null when unranked), <c>rankedCount</c> (int), <c>percentRank</c>,
    /// <c>quartile</c> (int 1–4, 1 = best; null when unranked), <c>median</c>, <c>q1</c>, <c>q3</c> (the group's; null when
    /// suppressed), <c>groupRatio</c>, <c>differenceToMedian</c>, <c>differenceToMedianPercent</c>,
    /// <c>differenceToMedianEuros</c>, <c>robustZ</c>, <c>gapToBestQuartile</c>, <c>gapToBestQuartileEuros</c>,
    /// <c>previousValue</c>, <c>yearOnYearChange</c>.</para>
    /// <para>Surveys (null for other indicators): <c>respondents</c> (int), <c>standardError</c>, <c>ciLower</c>,
    /// <c>ciUpper</c>, <c>differenceToMedianT</c> (the t statistic; null also when infinite, as in a census with any difference: see
    /// <c>significant</c>), <c>significant</c> (bool).</para>
    /// <para>Flags (bool, one column per <see cref="PositionFlags"/> member): <c>missing</c>, <c>suppressed</c>,
    /// <c>seriesBreak</c>, <c>outlier</c>, <c>notSignificant</c>, <c>belowPublicationThreshold</c>, <c>notInGroup</c>.</para>
    /// </returns>
    /// <exception cref="ArgumentNullException">When <paramref name="comparison"/> is null.</exception>
    public static DataFrame ToDataFrame(this MunicipalityComparison comparison, Language language = Language.Dutch)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var code = comparison.Municipality.Code.ToString();
        return new FrameBuilder<IndicatorPosition>(comparison.Positions)
            .Text("municipality", _ => code)
            .Integer("year", p => p.Year)
            .Text("indicator", p => p.Indicator.Code)
            .Text("name", p => p.Indicator.Name.Get(language))
            .Text("unit", p => p.Indicator.Unit.ToString())
            .Text("direction", p => p.Indicator.Direction.ToString())
            .Flag("computed", p => p.IsComputed)
            .Number("value", p => p.Value)
            .Integer("n", p => p.Group.ValueCount)
            .Integer("rank", p => p.Rank > 0 ? p.Rank : null)
            .Integer("rankedCount", p => p.RankedCount)
            .Number("percentRank", p => p.PercentRank)
            .Integer("quartile", p => p.Quartile > 0 ? p.Quartile : null)
            .Number("median", p => p.Group.Values?.Median)
            .Number("q1", p => p.Group.Values?.Q1)
            .Number("q3", p => p.Group.Values?.Q3)
            .Number("groupRatio", p => p.Group.GroupRatio)
            .Number("differenceToMedian", p => p.DifferenceToMedian)
            .Number("differenceToMedianPercent", p => p.DifferenceToMedianPercent)
            .Number("differenceToMedianEuros", p => p.DifferenceToMedianEuros)
            .Number("robustZ", p => p.RobustZ)
            .Number("gapToBestQuartile", p => p.GapToBestQuartile)
            .Number("gapToBestQuartileEuros", p => p.GapToBestQuartileEuros)
            .Number("previousValue", p => p.PreviousValue)
            .Number("yearOnYearChange", p => p.YearOnYearChange)
            .Integer("respondents", p => p.Survey?.Respondents)
            .Number("standardError", p => p.Survey?.StandardError)
            .Number("ciLower", p => p.Survey?.Lower)
            .Number("ciUpper", p => p.Survey?.Upper)
            .Number("differenceToMedianT", p => p.SurveyDifference?.TStatistic)
            .Flag("significant", p => p.SurveyDifference?.IsSignificant)
            .Flag("missing", p => p.Has(PositionFlags.Missing))
            .Flag("suppressed", p => p.Has(PositionFlags.Suppressed))
            .Flag("seriesBreak", p => p.Has(PositionFlags.SeriesBreak))
            .Flag("outlier", p => p.Has(PositionFlags.Outlier))
            .Flag("notSignificant", p => p.Has(PositionFlags.NotSignificant))
            .Flag("belowPublicationThreshold", p => p.Has(PositionFlags.BelowPublicationThreshold))
            .Flag("notInGroup", p => p.Has(PositionFlags.NotInGroup))
            .Build();
    }
}
