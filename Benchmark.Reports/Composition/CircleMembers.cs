using Benchmark.Catalog;
using Benchmark.Comparison;
using Benchmark.Municipalities;
using Benchmark.Reports.Model;
using Benchmark.Text;

namespace Benchmark.Reports.Composition;

/// <summary>
/// A page per member of a learning circle: on every indicator its trend over the last years (up to
/// <see cref="TrendYears"/>, up to the report's year), the circle's median, and its rank and quartile within the circle.
/// </summary>
internal static class CircleMembers
{
    public const int TrendYears = 6;

    public static IReadOnlyList<MemberPage> Compose(
        BenchmarkEngine engine, int year, Language w, NumberText num, NameMask mask, IReadOnlyList<MunicipalityCode> order, IReadOnlyList<Indicator> indicators, IReadOnlyList<LeagueTable> tables)
    {
        var years = engine.Years.Where(y => y <= year).TakeLast(TrendYears).ToList();
        var header = new List<string> { w.Pick("Indicator", "Indicator") };
        header.AddRange(years.Select(y => y.ToString(w.Culture)));
        header.AddRange([w.Pick("Mediaan kring", "Circle median"), w.Pick("Rang", "Rank"), w.Pick("Kw.", "Qrt")]);
        var numeric = Enumerable.Range(1, years.Count + 2).ToList();
        var pages = new List<MemberPage>();
        foreach (var member in order)
        {
            var rows = new List<IReadOnlyList<string>>();
            int best = 0, worst = 0;
            for (var i = 0; i < indicators.Count; i++)
            {
                var indicator = indicators[i];
                var entry = tables[i].Entries.FirstOrDefault(e => e.Municipality == member);
                var median = tables[i].Statistics.Values?.Median;
                var neutral = indicator.Direction == Direction.Neutral;
                best += !neutral && entry?.Quartile == 1 ? 1 : 0;
                worst += !neutral && entry?.Quartile == 4 ? 1 : 0;
                var row = new List<string> { w.Pick(indicator.Name) + (neutral ? " °" : string.Empty) };
                row.AddRange(years.Select(y =>
                {
                    var value = engine.Data.ValueOrNaN(member, y, indicator.Code);
                    var mark = indicator.IsSeriesBreak(y) && y != years[0] ? " |" : string.Empty;
                    return (double.IsFinite(value) ? num.Value(value, indicator.Unit) : "–") + mark;
                }));
                row.Add(median is { } m ? num.Value(m, indicator.Unit) : "–");
                row.Add(entry is null ? "–" : $"{entry.Rank}/{tables[i].Entries.Count}");
                row.Add(entry is null || entry.Quartile == 0 ? "–" : entry.Quartile.ToString(w.Culture));
                rows.Add(row);
            }

            var inhabitants = engine.Municipalities.Find(member)?.InhabitantsIn(year);
            var intro = w.Format(
                "{0}{1}: {2} keer in het gunstigste kwart van de kring, {3} keer in het minst gunstige kwart (neutrale indicatoren ° niet meegeteld). De reeks per jaar laat de ontwikkeling zien; | = trendbreuk (nieuwe definitie).",
                "{0}{1}: {2} times in the circle's most favourable quarter, {3} times in the least favourable quarter (neutral indicators ° not counted). The values per year show the trend; | = series break (new definition).",
                mask.Name(member),
                inhabitants is { } n ? w.Format(" ({0:N0} inwoners)", " ({0:N0} inhabitants)", n) : string.Empty,
                best,
                worst);
            pages.Add(new MemberPage(mask.Name(member), intro, new TextTable(header, rows, numeric)));
        }

        return pages;
    }
}
