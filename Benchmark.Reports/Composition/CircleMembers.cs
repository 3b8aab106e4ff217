using Benchmark.Catalog;
using Benchmark.Comparison;
using Benchmark.Municipalities;
using Benchmark.Reports.Model;

namespace Benchmark.Reports.Composition;

/// <summary>A page per member of a learning circle: its value, the circle's median, its rank and quartile within the circle and its change since last year, on every indicator.</summary>
internal static class CircleMembers
{
    public static IReadOnlyList<MemberPage> Compose(
        BenchmarkEngine engine, int year, Words w, NumberText num, NameMask mask, IReadOnlyList<MunicipalityCode> order, IReadOnlyList<Indicator> indicators, IReadOnlyList<LeagueTable> tables)
    {
        var header = new[] { w.T("Indicator", "Indicator"), w.T("Waarde", "Value"), w.T("Mediaan kring", "Circle median"), w.T("Rang", "Rank"), w.T("Kwartiel", "Quartile"), w.F("Δ {0}", "Δ {0}", year - 1) };
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
                var previous = engine.Data.ValueOrNaN(member, year - 1, indicator.Code);
                var change = entry is null || indicator.CrossesSeriesBreak(year - 1, year) ? double.NaN : entry.Value - previous;
                var neutral = indicator.Direction == Direction.Neutral;
                best += !neutral && entry?.Quartile == 1 ? 1 : 0;
                worst += !neutral && entry?.Quartile == 4 ? 1 : 0;
                rows.Add(
                [
                    w.T(indicator.Name) + (neutral ? " °" : string.Empty),
                    entry is null ? "–" : num.Value(entry.Value, indicator.Unit),
                    median is { } m ? num.Value(m, indicator.Unit) : "–",
                    entry is null ? "–" : $"{entry.Rank}/{tables[i].Entries.Count}",
                    entry is null || entry.Quartile == 0 ? "–" : entry.Quartile.ToString(w.Culture),
                    num.Change(change, indicator.Unit),
                ]);
            }

            var inhabitants = engine.Municipalities.Find(member)?.InhabitantsIn(year);
            var intro = w.F(
                "{0}{1}: {2} keer in het gunstigste kwart van de kring, {3} keer in het minst gunstige kwart (neutrale indicatoren ° niet meegeteld).",
                "{0}{1}: {2} times in the circle's most favourable quarter, {3} times in the least favourable quarter (neutral indicators ° not counted).",
                mask.Name(member),
                inhabitants is { } n ? w.F(" ({0:N0} inwoners)", " ({0:N0} inhabitants)", n) : string.Empty,
                best,
                worst);
            pages.Add(new MemberPage(mask.Name(member), intro, new TextTable(header, rows, [1, 2, 3, 5])));
        }

        return pages;
    }
}
