using Benchmark.Catalog;
using Benchmark.Municipalities;
using Benchmark.Reports.Charts;
using Benchmark.Text;

namespace Benchmark.Reports.Composition;

/// <summary>
/// The trend of all members of a learning circle on one indicator: a line per member over the same years as the
/// member pages (up to <see cref="CircleMembers.TrendYears"/>, up to the report's year), names as the report prints them.
/// </summary>
internal static class CircleTrends
{
    public static MemberTrendChart? For(BenchmarkEngine engine, int year, Indicator indicator, IReadOnlyList<MunicipalityCode> members, Language w, NumberText num, NameMask mask)
    {
        var years = engine.Years.Where(y => y <= year).TakeLast(CircleMembers.TrendYears).ToList();
        if (years.Count < 2)
        {
            return null;
        }

        // In the order of the printed names, members without values included: a member keeps its colour on every chart.
        var lines = members
            .Select(m => new MemberTrendLine(mask.Name(m), [.. years.Select(y => engine.Data.ValueOrNaN(m, y, indicator.Code))]))
            .OrderBy(l => l.Name, StringComparer.CurrentCulture)
            .ToList();
        return new MemberTrendChart(
            w.Format("Alle leden {0}–{1}", "All members {0}–{1}", years[0], years[^1]),
            num.UnitLabel(indicator.Unit),
            num.Format(indicator.Unit),
            years,
            lines,
            [.. years.Skip(1).Where(indicator.IsSeriesBreak)],
            ReportContext.ChartWords(w));
    }
}
