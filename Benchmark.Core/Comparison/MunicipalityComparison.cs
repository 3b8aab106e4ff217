using Benchmark.Catalog;
using Benchmark.Municipalities;
using Benchmark.PeerGroups;
using Benchmark.Statistics;

namespace Benchmark.Comparison;

/// <summary>One municipality against its peer group in one year, on every comparable indicator.</summary>
/// <param name="Municipality">The municipality.</param>
/// <param name="Year">The year.</param>
/// <param name="PeerGroup">The resolved peer group (with distances for nearest neighbours).</param>
/// <param name="Positions">One position per indicator, in catalogue order.</param>
/// <param name="QuantileMethod">The quantile definition used.</param>
/// <param name="MethodVersion">The catalogue version (method version) the figures follow.</param>
public sealed record MunicipalityComparison(
    Municipality Municipality,
    int Year,
    PeerGroup PeerGroup,
    IReadOnlyList<IndicatorPosition> Positions,
    QuantileMethod QuantileMethod,
    string MethodVersion)
{
    /// <summary>The position on <paramref name="indicator"/>, or <see langword="null"/>.</summary>
    public IndicatorPosition? this[IndicatorCode indicator] => Positions.FirstOrDefault(p => p.Indicator.Code == indicator);
}
