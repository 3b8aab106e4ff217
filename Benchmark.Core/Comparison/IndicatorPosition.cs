using Benchmark.Catalog;
using Benchmark.Statistics;

namespace Benchmark.Comparison;

/// <summary>Where one municipality stands on one indicator in one year, against its group.</summary>
/// <remarks>
/// Every figure is direction-aware through <see cref="Indicator"/>.<see cref="Catalog.Indicator.Direction"/>: rank 1 and
/// quartile 1 are the best; for <see cref="Direction.Neutral"/> indicators they are the lowest (a position, not a
/// judgement) and the gap to the best quartile is NaN. Figures that cannot be computed are NaN (or 0 for ranks and
/// quartiles), never an exception; <see cref="Flags"/> says why.
/// </remarks>
public sealed record IndicatorPosition
{
    /// <summary>The indicator.</summary>
    public required Indicator Indicator { get; init; }

    /// <summary>The year.</summary>
    public required int Year { get; init; }

    /// <summary>The municipality's value; NaN when missing.</summary>
    public required double Value { get; init; }

    /// <summary>Whether the value was computed from raw figures by the catalogue's formula rather than delivered.</summary>
    public bool IsComputed { get; init; }

    /// <summary>The group statistics the position is measured against.</summary>
    public required GroupStatistics Group { get; init; }

    /// <summary>Competition rank ("1224": ties share the lowest number), 1 = best; 0 when unranked (missing or suppressed).</summary>
    public int Rank { get; init; }

    /// <summary>The number of ranked values in the group (n of "rank r of n").</summary>
    public int RankedCount { get; init; }

    /// <summary>Percent rank: 100 × (values strictly worse) / (n − 1); 100 = best; NaN when unranked.</summary>
    public double PercentRank { get; init; } = double.NaN;

    /// <summary>Quartile position 1–4, 1 = best quartile (boundaries inclusive); 0 when unranked.</summary>
    public int Quartile { get; init; }

    /// <summary>Value − group median, in the indicator's unit.</summary>
    public double DifferenceToMedian { get; init; } = double.NaN;

    /// <summary>(Value − median) / |median| × 100.</summary>
    public double DifferenceToMedianPercent { get; init; } = double.NaN;

    /// <summary>For ratios of euros: the difference to the median expressed in euros of this municipality (e.g. overhead % points × total expenditure / 100).</summary>
    public double DifferenceToMedianEuros { get; init; } = double.NaN;

    /// <summary>Robust z = (value − median) / (1.4826·MAD); NaN when MAD = 0.</summary>
    public double RobustZ { get; init; } = double.NaN;

    /// <summary>
    /// Distance to the best-quartile boundary in the indicator's unit: value − Q1 for lower-is-better, Q3 − value for
    /// higher-is-better; 0 when already in the best quartile; NaN for neutral indicators.
    /// </summary>
    public double GapToBestQuartile { get; init; } = double.NaN;

    /// <summary>For ratios of euros: <see cref="GapToBestQuartile"/> in euros of this municipality (e.g. (own % − Q1 %) × total expenditure / 100).</summary>
    public double GapToBestQuartileEuros { get; init; } = double.NaN;

    /// <summary>For survey indicators: the score's standard error and 95 % interval; <see langword="null"/> otherwise or without respondents.</summary>
    public SurveyEstimate? Survey { get; init; }

    /// <summary>For survey indicators: the difference to the group median and whether it is significant.</summary>
    public SurveyDifference? SurveyDifference { get; init; }

    /// <summary>The value in the previous year; NaN when there is none.</summary>
    public double PreviousValue { get; init; } = double.NaN;

    /// <summary>Value − previous value; NaN when either is missing.</summary>
    public double YearOnYearChange { get; init; } = double.NaN;

    /// <summary>What the reader must know (missing, suppressed, series break, outlier, not significant, …).</summary>
    public PositionFlags Flags { get; init; }

    /// <summary>Whether <paramref name="flag"/> is set.</summary>
    public bool Has(PositionFlags flag) => (Flags & flag) == flag;
}
