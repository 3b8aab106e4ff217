using Benchmark.Catalog;
using Benchmark.Municipalities;
using Benchmark.PeerGroups;

namespace Benchmark.Comparison;

/// <summary>One municipality's series of one indicator, with its peer-median series.</summary>
/// <param name="Municipality">The municipality.</param>
/// <param name="Indicator">The indicator.</param>
/// <param name="PeerSpec">The peer-group method of the median series (membership is decided per year).</param>
/// <param name="Points">One point per year of the data, ascending.</param>
/// <param name="Cagr">
/// Compound annual growth rate between the first and last non-missing values: (last / first)^(1 / years) − 1, as a
/// fraction; NaN with fewer than two values or a first value ≤ 0.
/// </param>
/// <param name="Slope">Least-squares slope of value on year (unit per year); NaN with fewer than two values.</param>
/// <param name="SpansSeriesBreak">Whether a definition change lies between the first and last value (CAGR and slope mix definitions).</param>
public sealed record Trend(
    MunicipalityCode Municipality,
    Indicator Indicator,
    PeerGroupSpec PeerSpec,
    IReadOnlyList<TrendPoint> Points,
    double Cagr,
    double Slope,
    bool SpansSeriesBreak);
