using Benchmark.Catalog;
using Benchmark.Comparison;
using Benchmark.Derivation;
using Benchmark.Municipalities;
using Benchmark.PeerGroups;
using Benchmark.Statistics;
using Benchmark.Text;

namespace Benchmark;

/// <content>Group statistics for indicator × year × group.</content>
public sealed partial class BenchmarkEngine
{
    /// <summary>
    /// Every group a method forms in <paramref name="year"/> without a focus municipality: one for <c>all</c>, one per
    /// size class or province (the size classes for <c>default</c>), the named group for <c>group:NAME</c>.
    /// </summary>
    /// <exception cref="ArgumentException">For <c>nearest</c>, which needs a municipality.</exception>
    public IReadOnlyList<ComparisonGroup> Groups(int year, PeerGroupSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        RequireYear(year);
        if (spec.Kind == PeerGroupKind.Nearest)
        {
            throw new ArgumentException("Nearest-neighbour groups belong to one municipality; name it (e.g. benchmark peers GM0193 --peers nearest).", nameof(spec));
        }

        var universe = PeerGroupResolver.Universe(year, PeerContext);
        IEnumerable<IGrouping<string, MunicipalityCode>> partitions = spec.Kind switch
        {
            // Inhabitants counted exactly as the resolver counts them (rounded), so a partition is the group it resolves to.
            PeerGroupKind.SizeClass or PeerGroupKind.SizeClassExcludingG4 or PeerGroupKind.Default =>
                universe.Select(m => (Code: m, Inhabitants: PeerUniverse.InhabitantsOf(m, year, PeerContext)))
                    .Where(m => m.Inhabitants is not null)
                    .GroupBy(m => SizeClasses.Of(m.Inhabitants!.Value).ToString(), m => m.Code),
            PeerGroupKind.Province => universe.GroupBy(m => Municipalities.Find(m)?.Province ?? string.Empty, StringComparer.OrdinalIgnoreCase),
            // Only members in the universe: one that no longer exists (or lacks data) must not decide the group.
            PeerGroupKind.Named => Options.Groups.Find(spec.GroupName!) is { } g ? [.. g.Members.Where(universe.Contains).GroupBy(_ => g.Name)] : [],
            _ => universe.GroupBy(_ => "all"),
        };
        var groups = new List<ComparisonGroup>();
        foreach (var partition in partitions.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            // A representative focus decides the group; for ex-G4 one that is not G4 itself.
            var focus = partition.OrderBy(m => SizeClasses.IsG4(m) ? 1 : 0).ThenBy(m => m).First();
            if (Municipalities.Find(focus) is { } m && m.ExistsIn(year))
            {
                // Without a focus the default is the size classes: the size band belongs to one municipality.
                var resolved = PeerGroupResolver.Resolve(focus, year, spec.Kind == PeerGroupKind.Default ? PeerGroupSpec.BySizeClass : spec, PeerContext);
                groups.Add(ComparisonGroup.From(resolved));
            }
        }

        if (spec.Kind == PeerGroupKind.Named && groups.Count == 0)
        {
            throw new ArgumentException($"There is no group '{spec.GroupName}' with members in {year}. Known groups: {string.Join(", ", Options.Groups.Names)}.", nameof(spec));
        }

        return groups.OrderBy(g => SizeOrder(g), Comparer<long>.Default).ThenBy(g => g.Name.En, StringComparer.Ordinal).ToList();

        long SizeOrder(ComparisonGroup g) => g.Members.Count == 0 || spec.Kind is not (PeerGroupKind.SizeClass or PeerGroupKind.SizeClassExcludingG4 or PeerGroupKind.Default)
            ? 0
            : g.Members.Min(c => (long)ValueOf(c, year, DerivedValues.InhabitantsCode));
    }

    /// <summary>The statistics of <paramref name="indicator"/> in <paramref name="year"/> over <paramref name="group"/>'s members.</summary>
    /// <remarks>Missing values are left out; with fewer values than the minimum group size the result is suppressed with a reason.</remarks>
    /// <exception cref="KeyNotFoundException">When the catalogue has no such indicator.</exception>
    /// <exception cref="ArgumentOutOfRangeException">When the data have no such year.</exception>
    public GroupStatistics Statistics(IndicatorCode indicator, int year, ComparisonGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        Catalog.Get(indicator);
        RequireYear(year);
        return Statistics(indicator, year, group, GroupValues(indicator, year, group.Members));
    }

    /// <summary>
    /// The statistics over the members' <paramref name="values"/> (aligned with the members, NaN when missing);
    /// <paramref name="computed"/> when the caller computed the descriptive statistics of the same values already.
    /// </summary>
    private GroupStatistics Statistics(IndicatorCode indicator, int year, ComparisonGroup group, double[] values, DescriptiveStatistics? computed = null)
    {
        var definition = Catalog.Get(indicator);
        var n = 0;
        foreach (var v in values)
        {
            n += double.IsFinite(v) ? 1 : 0;
        }

        if (n < Options.MinimumGroupSize)
        {
            var reason = LocalizedText.Format(
                "Te weinig waarden in de groep (n = {0}, minimaal {1}): geen groepsstatistieken, om herleidbaarheid en toevalstreffers te voorkomen.",
                "Too few values in the group (n = {0}, minimum {1}): no group statistics, to avoid disclosure and chance results.",
                n,
                Options.MinimumGroupSize);
            return new GroupStatistics(indicator, year, group, n, null, double.NaN, 0, reason);
        }

        var stats = computed ?? DescriptiveStatistics.Compute(values, Options.QuantileMethod);
        var ratio = definition.Formula is { } formula
            ? DerivedValues.GroupRatio(formula, Data, year, group.Members.Where((_, i) => double.IsFinite(values[i])), Municipalities)
            : null;
        return new GroupStatistics(indicator, year, group, n, stats, ratio?.Value ?? double.NaN, ratio?.Count ?? 0, null);
    }

    /// <summary>Statistics for every comparable indicator × year of the data × group of <paramref name="spec"/>.</summary>
    public IReadOnlyList<GroupStatistics> AllStatistics(PeerGroupSpec spec) => [.. AllRankings(spec).Select(r => r.Statistics)];

    /// <summary>Statistics for every comparable indicator × group of <paramref name="spec"/> in <paramref name="year"/>.</summary>
    public IReadOnlyList<GroupStatistics> AllStatistics(int year, PeerGroupSpec spec) => [.. AllRankings(year, spec).Select(r => r.Statistics)];

    /// <summary>The members' values as delivered (NaN when missing), publication rules not applied.</summary>
    internal double[] MemberValues(string indicator, int year, IReadOnlyList<MunicipalityCode> members)
    {
        var values = new double[members.Count];
        var slice = Data.Slice(indicator, year);
        var data = slice.Values;

        // Members and the slice are both ordered by code: one merge instead of a search per member. The first
        // observation of a code counts, as in Dataset.TryGetValue.
        var j = 0;
        for (var i = 0; i < values.Length; i++)
        {
            var code = members[i];
            if (i > 0 && code < members[i - 1])
            {
                // Not ordered after all: look the rest up one by one.
                for (var k = i; k < values.Length; k++)
                {
                    values[k] = Data.ValueOrNaN(members[k], year, indicator);
                }

                break;
            }

            while (j < data.Length && slice.MunicipalityAt(j) < code)
            {
                j++;
            }

            values[i] = j < data.Length && slice.MunicipalityAt(j) == code ? data[j] : double.NaN;
        }

        return values;
    }
}
