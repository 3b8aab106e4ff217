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
    /// values (and survey scores that are not published) are listed last without rank and without value. When the group
    /// is too small the entries carry no ranks and are listed by name (see <see cref="GroupStatistics.SuppressionReason"/>).
    /// </remarks>
    /// <exception cref="KeyNotFoundException">When the catalogue has no such indicator.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When the data have no such year.</exception>
    public LeagueTable Rank(IndicatorCode indicator, int year, ComparisonGroup group, MunicipalityCode? focus = null)
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

        // A suppressed group is listed by name: in value order its ranking could be read off.
        var ordered = entries
            .OrderBy(e => e.Rank == 0 ? 1 : 0)
            .ThenBy(e => e.Rank)
            .ThenBy(e => stats.IsSuppressed ? e.Name : string.Empty, StringComparer.Ordinal)
            .ThenBy(e => e.Municipality)
            .ToList();
        return new LeagueTable(definition, stats, ordered);
    }

    /// <summary>The league table of <paramref name="indicator"/> in <paramref name="year"/> in the default peer group of <paramref name="focus"/>.</summary>
    public LeagueTable Rank(IndicatorCode indicator, int year, MunicipalityCode focus) => Rank(indicator, year, PeerGroupSpec.Default, focus);

    /// <summary>The league table of <paramref name="indicator"/> in <paramref name="year"/> in the peer group of <paramref name="focus"/> by <paramref name="spec"/>.</summary>
    public LeagueTable Rank(IndicatorCode indicator, int year, PeerGroupSpec spec, MunicipalityCode focus) =>
        Rank(indicator, year, ComparisonGroup.From(Peers(year, spec, focus)), focus);

    /// <summary>
    /// Learning partners — "whom to call": members of <paramref name="focus"/>'s peer group that do measurably better on
    /// <paramref name="indicator"/>, structurally nearest first, at most <see cref="BenchmarkOptions.LearningPartnerCount"/>.
    /// </summary>
    /// <remarks>
    /// <para>
    /// A partner (<see cref="PartnerRole.LearnFrom"/>) has a value strictly better than the focus's in the indicator's
    /// direction (never equal or worse) and is in the group's best quartile; for survey scores the difference must also
    /// be significant (the partner's score lies outside the focus's 95 % survey interval). A focus inside the best
    /// quartile still gets the peers that rank above it.
    /// </para>
    /// <para>
    /// When no peer qualifies and the focus itself is in the best quartile (it is among the best), the list holds the
    /// structurally nearest peers in the worst quartile instead, as <see cref="PartnerRole.LearnsFromYou"/>: who may call
    /// the focus. Empty for neutral indicators (no "better"), for a suppressed group, when the focus has no published
    /// value, and when the focus is outside the best quartile but no peer is measurably better.
    /// Distance is the CIPFA-style structural distance of the year (0–1).
    /// </para>
    /// </remarks>
    public IReadOnlyList<LearningPartner> Partners(IndicatorCode indicator, int year, PeerGroupSpec spec, MunicipalityCode focus)
    {
        var definition = Catalog.Get(indicator);
        var group = Peers(year, spec, focus);
        return Partners(definition, year, group, focus, DistanceMap(year, focus));
    }

    /// <summary>Learning partners on <paramref name="indicator"/> in the default peer group (see <see cref="Partners(IndicatorCode, int, PeerGroupSpec, MunicipalityCode)"/>).</summary>
    public IReadOnlyList<LearningPartner> Partners(IndicatorCode indicator, int year, MunicipalityCode focus) =>
        Partners(indicator, year, PeerGroupSpec.Default, focus);

    /// <summary>Learning partners on every comparable indicator with a direction in the default peer group (see <see cref="Partners(IndicatorCode, int, PeerGroupSpec, MunicipalityCode)"/>).</summary>
    public IReadOnlyList<LearningPartner> Partners(int year, MunicipalityCode focus) => Partners(year, PeerGroupSpec.Default, focus);

    /// <summary>Learning partners on every comparable indicator with a direction (see <see cref="Partners(IndicatorCode, int, PeerGroupSpec, MunicipalityCode)"/>).</summary>
    public IReadOnlyList<LearningPartner> Partners(int year, PeerGroupSpec spec, MunicipalityCode focus)
    {
        var group = Peers(year, spec, focus);
        var distances = DistanceMap(year, focus);
        return [.. ComparableIndicators.Where(i => i.Direction != Direction.Neutral).SelectMany(i => Partners(i, year, group, focus, distances))];
    }

    private List<LearningPartner> Partners(Indicator definition, int year, PeerGroup group, MunicipalityCode focus, Dictionary<MunicipalityCode, double> distances)
    {
        var direction = definition.Direction;
        var own = PublishedValue(definition, year, focus);
        if (direction == Direction.Neutral || !double.IsFinite(own))
        {
            return [];
        }

        var table = Rank(definition.Code, year, ComparisonGroup.From(group), focus);
        if (table.Statistics.Values is not { } stats)
        {
            return [];
        }

        var survey = definition.Survey is null ? null : SurveyEstimateOf(focus, year, definition, own);
        var peers = table.Entries.Where(e => e.Rank > 0 && e.Municipality != focus).ToList();
        var better = peers
            .Where(e => e.Quartile == 1 && Ranking.IsBetter(e.Value, own, direction))
            .Where(e => definition.Survey is null || survey?.DifferenceTo(e.Value).IsSignificant == true)
            .ToList();
        if (better.Count > 0)
        {
            return Nearest(better, PartnerRole.LearnFrom);
        }

        // Among the best with nobody measurably ahead: the nearest peers in the worst quartile may call the focus.
        return Ranking.QuartilePosition(own, stats, direction) == 1
            ? Nearest(peers.Where(e => e.Quartile == 4 && Ranking.IsBetter(own, e.Value, direction)), PartnerRole.LearnsFromYou)
            : [];

        List<LearningPartner> Nearest(IEnumerable<LeagueEntry> entries, PartnerRole role) => entries
            .Select(e => new LearningPartner(definition.Code, e.Municipality, e.Name, e.Value, e.Rank, distances.GetValueOrDefault(e.Municipality, double.NaN)) { Role = role })
            .OrderBy(p => double.IsNaN(p.Distance) ? double.MaxValue : p.Distance)
            .ThenBy(p => p.Municipality)
            .Take(Options.LearningPartnerCount)
            .ToList();
    }

    private Dictionary<MunicipalityCode, double> DistanceMap(int year, MunicipalityCode focus) =>
        Distances(year, focus).ToDictionary(d => d.Municipality, d => d.Distance);
}
