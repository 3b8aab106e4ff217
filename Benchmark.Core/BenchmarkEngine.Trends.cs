using Benchmark.Catalog;
using Benchmark.Comparison;
using Benchmark.Municipalities;
using Benchmark.PeerGroups;

namespace Benchmark;

/// <content>Trends over the years.</content>
public sealed partial class BenchmarkEngine
{
    /// <summary>The series of <paramref name="indicator"/> for <paramref name="focus"/> against its default peer group (see <see cref="Trend(IndicatorCode, PeerGroupSpec, MunicipalityCode)"/>).</summary>
    /// <exception cref="KeyNotFoundException">When the catalogue has no such indicator.</exception>
    /// <exception cref="ArgumentException">When the reference does not know <paramref name="focus"/>.</exception>
    public Trend Trend(IndicatorCode indicator, MunicipalityCode focus) => Trend(indicator, PeerGroupSpec.Default, focus);

    /// <summary>
    /// The series of <paramref name="indicator"/> for <paramref name="focus"/> over every year of the data, with the
    /// median and quartiles of its peer group in each year (membership decided per year), year-on-year changes (against
    /// year − 1 only, never across a missing year or a series break), the compound annual growth rate and the
    /// least-squares slope.
    /// </summary>
    /// <exception cref="KeyNotFoundException">When the catalogue has no such indicator.</exception>
    /// <exception cref="ArgumentException">When the reference does not know <paramref name="focus"/>.</exception>
    public Trend Trend(IndicatorCode indicator, PeerGroupSpec spec, MunicipalityCode focus)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var definition = Catalog.Get(indicator);
        _ = Municipality(focus);
        var points = new List<TrendPoint>();
        foreach (var year in Data.Years)
        {
            // Year-on-year is against year − 1 only: across a missing year it would be a two-year change.
            var value = Data.ValueOrNaN(focus, year, indicator);
            var previous = Data.ValueOrNaN(focus, year - 1, indicator);
            var exists = Municipalities.Find(focus)?.ExistsIn(year) ?? false;
            var stats = exists ? Statistics(indicator, year, ComparisonGroup.From(PeerGroupResolver.Resolve(focus, year, spec, PeerContext))).Values : null;
            var seriesBreak = definition.IsSeriesBreak(year);
            points.Add(new TrendPoint(
                year,
                value,
                stats?.Median ?? double.NaN,
                stats?.Q1 ?? double.NaN,
                stats?.Q3 ?? double.NaN,
                seriesBreak ? double.NaN : value - previous,
                seriesBreak));
        }

        var known = points.Where(p => double.IsFinite(p.Value)).ToList();
        var cagr = double.NaN;
        var slope = double.NaN;
        var spansBreak = false;
        if (known.Count >= 2)
        {
            var (first, last) = (known[0], known[^1]);
            cagr = first.Value > 0 && last.Value >= 0 ? Math.Pow(last.Value / first.Value, 1.0 / (last.Year - first.Year)) - 1 : double.NaN;
            slope = MathNet.Numerics.Fit.Line([.. known.Select(p => (double)p.Year)], [.. known.Select(p => p.Value)]).B;
            spansBreak = definition.CrossesSeriesBreak(first.Year, last.Year);
        }

        return new Trend(focus, definition, spec, points, cagr, slope, spansBreak);
    }
}
