using Benchmark.Catalog;
using Benchmark.Efficiency.Index;
using Benchmark.Municipalities;
using Benchmark.PeerGroups;
using Benchmark.Text;
using Benchmark.Validation;

namespace Benchmark.Efficiency;

public sealed partial class EfficiencyEngine
{
    /// <summary>
    /// The composite index of the municipalities of <paramref name="year"/>: normalised over all years of the data (so it
    /// is comparable over time), weighted, aggregated, ranked, with the Monte Carlo rank interval and the sensitivity table.
    /// </summary>
    /// <exception cref="ArgumentException">When the year or municipality is unknown, an indicator is unknown or neutral, or a weight is negative.</exception>
    public CompositeIndex Index(int year, IndexOptions? options = null, PeerGroupSpec? peers = null, MunicipalityCode? focus = null)
    {
        options ??= IndexOptions.Default;
        ArgumentOutOfRangeException.ThrowIfNegative(options.Draws, nameof(options));
        var indicators = IndexIndicators(options);
        var raw = ThemeWeighted(indicators, options);
        if (raw.Any(w => !double.IsFinite(w) || w < 0) || raw.Sum() <= 0)
        {
            throw new ArgumentException("Index weights must be finite, not negative, and not all zero.", nameof(options));
        }

        var weights = raw.Select(w => w / raw.Sum()).ToArray();
        var (members, group) = UnitValues.Universe(Engine, year, focus, peers);
        return OfGroup("index", year, options, group, members, () => Index(year, options, indicators, weights, members, group));
    }

    private CompositeIndex Index(int year, IndexOptions options, List<Indicator> indicators, double[] weights, IReadOnlyList<MunicipalityCode> members, string group)
    {
        double Oriented(MunicipalityCode m, int y, Indicator i) => (i.Direction == Direction.LowerIsBetter ? -1 : 1) * Engine.Data.ValueOrNaN(m, y, i.Code);
        var pooled = indicators.Select(i => Engine.Years.SelectMany(y => members.Select(m => Oriented(m, y, i))).Where(double.IsFinite).ToArray()).ToArray();
        var table = new NormalisedTable([.. members.Select(m => indicators.Select(i => Oriented(m, year, i)).ToArray())], pooled);
        var (values, ranks, intervals, sensitivity) = IndexUncertainty.Run(table, weights, options);

        var scores = new List<IndexScore>();
        var findings = new List<Finding>();
        for (var u = 0; u < members.Count; u++)
        {
            var coverage = table.Coverage(u, weights);
            if (double.IsNaN(values[u]))
            {
                findings.Add(LeftOut(EfficiencyRules.IndexUnitLeftOut, members[u], year, "index", $"coverage {coverage:P0}",
                    new LocalizedText($"{members[u]} is buiten de index gelaten: waarden voor {coverage:P0} van het gewicht, minimaal {options.MinimumCoverage:P0} nodig.", $"{members[u]} was left out of the index: values for {coverage:P0} of the weight, at least {options.MinimumCoverage:P0} needed."),
                    new LocalizedText("Lever de ontbrekende indicatoren aan.", "Supply the missing indicators.")));
                continue;
            }

            scores.Add(new IndexScore(members[u], values[u], ranks[u], intervals[u][0], intervals[u][1], intervals[u][2], coverage));
        }

        return new CompositeIndex(year, group, options, [.. indicators.Select((i, k) => (i.Code, weights[k], i.Direction))],
            [.. scores.OrderBy(s => s.Rank).ThenBy(s => s.Municipality)], sensitivity, findings);
    }

    /// <summary>Indicator weights, with each weighted theme's weight shared by its indicators in proportion to their own weights.</summary>
    private static double[] ThemeWeighted(List<Indicator> indicators, IndexOptions options)
    {
        var own = indicators.Select(i => options.Weights.GetValueOrDefault(i.Code, 1.0)).ToArray();
        if (options.ThemeWeights.Count == 0)
        {
            return own;
        }

        var unknown = options.ThemeWeights.Keys.Where(t => !IndexOptions.BuiltInThemes.ContainsKey(t)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Unknown theme {string.Join(", ", unknown)}; themes: {string.Join(", ", IndexOptions.BuiltInThemes.Keys)}.", nameof(options));
        }

        var result = (double[])own.Clone();
        foreach (var (theme, codes) in IndexOptions.BuiltInThemes)
        {
            var members = indicators.Select((i, k) => (i, k)).Where(p => codes.Contains(p.i.Code)).Select(p => p.k).ToList();
            var sum = members.Sum(k => own[k]);
            foreach (var k in members)
            {
                result[k] = sum > 0 ? options.ThemeWeights.GetValueOrDefault(theme, 1.0) * own[k] / sum : 0;
            }
        }

        return result;
    }

    private List<Indicator> IndexIndicators(IndexOptions options)
    {
        if (options.Indicators is null)
        {
            return [.. Engine.ComparableIndicators.Where(i => i.Direction != Direction.Neutral)];
        }

        var list = new List<Indicator>();
        foreach (var code in options.Indicators)
        {
            var indicator = Engine.Catalog.TryGet(code, out var i) ? i : throw new ArgumentException($"Unknown indicator '{code}'.", nameof(options));
            list.Add(indicator.Direction != Direction.Neutral ? indicator : throw new ArgumentException($"'{code}' is neutral (no better direction); an index needs indicators with a direction.", nameof(options)));
        }

        return list.Count > 0 ? list : throw new ArgumentException("The index needs at least one indicator.", nameof(options));
    }
}
