using Benchmark.Comparison;
using Microsoft.Data.Analysis;

namespace Benchmark.Export;

/// <content>Trends.</content>
public static partial class DataFrames
{
    /// <summary>One row per year of <paramref name="trend"/>, ascending.</summary>
    /// <param name="trend">The result of <c>engine.Trend(indicator, code)</c>.</param>
    /// <returns>
    /// <c>municipality</c> (code) and <c>indicator</c> (code) — the same on every row, so that trends can be appended —,
    /// <c>year</c> (int), <c>value</c>, <c>peerMedian</c>, <c>peerQ1</c>, <c>peerQ3</c>, <c>yearOnYearChange</c> (double;
    /// null when missing, suppressed or across a series break) and <c>seriesBreak</c> (bool). The whole-series figures
    /// (<see cref="Trend.Cagr"/>, <see cref="Trend.Slope"/>, <see cref="Trend.SpansSeriesBreak"/>) are not per year and
    /// stay on the <see cref="Trend"/>.
    /// </returns>
    /// <exception cref="ArgumentNullException">When <paramref name="trend"/> is null.</exception>
    public static DataFrame ToDataFrame(this Trend trend)
    {
        ArgumentNullException.ThrowIfNull(trend);
        var code = trend.Municipality.ToString();
        return new FrameBuilder<TrendPoint>(trend.Points)
            .Text("municipality", _ => code)
            .Text("indicator", _ => trend.Indicator.Code)
            .Integer("year", p => p.Year)
            .Number("value", p => p.Value)
            .Number("peerMedian", p => p.PeerMedian)
            .Number("peerQ1", p => p.PeerQ1)
            .Number("peerQ3", p => p.PeerQ3)
            .Number("yearOnYearChange", p => p.YearOnYearChange)
            .Flag("seriesBreak", p => p.SeriesBreak)
            .Build();
    }
}
