using Benchmark.Catalog;
using Benchmark.Comparison;
using Benchmark.Municipalities;
using Benchmark.PeerGroups;
using Benchmark.Statistics;

namespace Benchmark;

/// <content>League tables and learning partners.</content>
public sealed partial class BenchmarkEngine
{
    /// <summary>The league table of <paramref name="indicator"/> in <paramref name="year"/> within <paramref name="group"/>.</summary>
    /// <remarks>
    /// Competition ranks ("1224"), 1 = best in the indicator's direction (lowest first for neutral indicators); missing
    /// values are listed last without rank. When the group is too small the entries carry no ranks (see
    /// <see cref="GroupStatistics.SuppressionReason"/>).
    /// </remarks>
    /// <exception cref="KeyNotFoundException">When the catalogue has no such indicator.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When the data have no such year.</exception>
    public LeagueTable Rank(string indicator, int year, ComparisonGroup group, MunicipalityCode? focus = null)
    {
        ArgumentNullException.ThrowIfNull(group);
        var definition = Catalog.Get(indicator);
        var stats = Statistics(indicator, year, group);
        var values = GroupValues(indicator, year, group.Members);
        var ranks = Ranking.Rank(values, definition.Direction);
        var entries = new List<LeagueEntry>(values.Length);
        for (var i = 0; i < values.Length; i++)
        {
            var code = group.Members[i];
            var ranked = !stats.IsSuppressed && ranks.Ranks[i] != Ranking.Unranked;
            entries.Add(new LeagueEntry(
                ranked ? ranks.Ranks[i] : 0,
                code,
                Municipalities.Find(code)?.Name ?? code.ToString(),
                values[i],
                ranked ? ranks.PercentRanks[i] : double.NaN,
                ranked ? Ranking.QuartilePosition(values[i], stats.Values!, definition.Direction) : 0,
                focus == code));
        }

        var ordered = entries
            .OrderBy(e => e.Rank == 0 ? 1 : 0)
            .ThenBy(e => e.Rank)
            .ThenBy(e => stats.IsSuppressed ? SortKey(e.Value, definition.Direction) : 0)
            .ThenBy(e => e.Municipality)
            .ToList();
        return new LeagueTable(definition, stats, ordered);
    }

    /// <summary>The league table of <paramref name="indicator"/> in the peer group of <paramref name="focus"/>.</summary>
    public LeagueTable Rank(string indicator, int year, MunicipalityCode focus, PeerGroupSpec? spec = null) =>
        Rank(indicator, year, ComparisonGroup.From(Peers(focus, year, spec)), focus);

    /// <summary>
    /// Learning partners — "whom to call": the members of <paramref name="focus"/>'s peer group that sit in the best
    /// quartile on <paramref name="indicator"/>, structurally nearest first, at most
    /// <see cref="BenchmarkOptions.LearningPartnerCount"/>.
    /// </summary>
    /// <remarks>
    /// Empty for neutral indicators (no "best"), for a suppressed group, and when the focus itself is the only one in the
    /// best quartile. Distance is the CIPFA-style structural distance of the year (0–1).
    /// </remarks>
    public IReadOnlyList<LearningPartner> Partners(MunicipalityCode focus, int year, string indicator, PeerGroupSpec? spec = null)
    {
        var definition = Catalog.Get(indicator);
        var group = Peers(focus, year, spec);
        return Partners(focus, year, definition, group, DistanceMap(focus, year));
    }

    /// <summary>Learning partners on every comparable indicator with a direction (see <see cref="Partners(MunicipalityCode, int, string, PeerGroupSpec?)"/>).</summary>
    public IReadOnlyList<LearningPartner> Partners(MunicipalityCode focus, int year, PeerGroupSpec? spec = null)
    {
        var group = Peers(focus, year, spec);
        var distances = DistanceMap(focus, year);
        return [.. ComparableIndicators.Where(i => i.Direction != Direction.Neutral).SelectMany(i => Partners(focus, year, i, group, distances))];
    }

    private List<LearningPartner> Partners(MunicipalityCode focus, int year, Indicator definition, PeerGroup group, Dictionary<MunicipalityCode, double> distances)
    {
        if (definition.Direction == Direction.Neutral)
        {
            return [];
        }

        var table = Rank(definition.Code, year, ComparisonGroup.From(group), focus);
        return table.Entries
            .Where(e => e.Quartile == 1 && e.Municipality != focus)
            .Select(e => new LearningPartner(definition.Code, e.Municipality, e.Name, e.Value, e.Rank, distances.GetValueOrDefault(e.Municipality, double.NaN)))
            .OrderBy(p => double.IsNaN(p.Distance) ? double.MaxValue : p.Distance)
            .ThenBy(p => p.Municipality)
            .Take(Options.LearningPartnerCount)
            .ToList();
    }

    private Dictionary<MunicipalityCode, double> DistanceMap(MunicipalityCode focus, int year) =>
        Distances(focus, year).ToDictionary(d => d.Municipality, d => d.Distance);

    private static double SortKey(double value, Direction direction) =>
        double.IsNaN(value) ? double.MaxValue : direction == Direction.HigherIsBetter ? -value : value;
}
