using System.Globalization;
using Benchmark.Municipalities;
using Benchmark.Text;

namespace Benchmark.PeerGroups;

/// <summary>Forms the peer group of a focus municipality in a year: the single entry point for every method.</summary>
/// <remarks>
/// <para>
/// <b>Universe.</b> The candidates of a year are the municipalities that exist in that year according to the reference
/// (<see cref="Municipality.ExistsIn"/>) and have at least one non-missing value in that year in the dataset (of any
/// indicator not in <see cref="PeerGroupContext.UniverseIgnoredIndicators"/>). The focus is always added to it, even without data of its own. Municipalities the reference does not know
/// are never candidates.
/// </para>
/// <para>
/// <b>Size classes</b> use each municipality's inhabitants of the year: the dataset's <c>inhabitants</c> value, else the
/// reference's (<see cref="Municipality.InhabitantsIn"/>). A candidate without any inhabitants figure is in no class;
/// a focus without one gets a group of itself alone.
/// </para>
/// <para>
/// <b>size-class-ex-g4</b> removes the G4 (<see cref="SizeClasses.G4"/>) only from the ≥ 100,000 class; for the other
/// classes it equals <c>size-class</c>. A G4 focus keeps itself: it is compared with the ≥ 100,000 class without the
/// other three G4 cities.
/// </para>
/// <para>
/// <b>group:NAME</b> gives the members of the named group that are in the universe. When the focus is not in the group
/// the result still says so rather than failing: <see cref="PeerGroup.FocusIsMember"/> is <see langword="false"/> and
/// the focus is not in <see cref="PeerGroup.Members"/>, so the engine can compare a non-member with a learning circle
/// or warn. Members outside the universe of the year (other than the focus) are listed in
/// <see cref="PeerGroup.AbsentMembers"/>. An unknown group name is misuse and throws, listing the known names.
/// </para>
/// </remarks>
internal static class PeerGroupResolver
{
    /// <summary>Forms the peer group of <paramref name="focus"/> in <paramref name="year"/> by <paramref name="spec"/>.</summary>
    /// <exception cref="ArgumentException">
    /// When <paramref name="focus"/> is unknown to the reference or does not exist in <paramref name="year"/>, or the
    /// spec names a group that <see cref="PeerGroupContext.Groups"/> does not have (the message lists the known names).
    /// </exception>
    public static PeerGroup Resolve(MunicipalityCode focus, int year, PeerGroupSpec spec, PeerGroupContext context)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(context);
        var focusMunicipality = RequireFocus(focus, year, context);
        var universe = PeerUniverse.WithFocus(year, context, focus);
        return spec.Kind switch
        {
            PeerGroupKind.All => new PeerGroup(spec, new LocalizedText("Alle gemeenten", "All municipalities"), focus, year, universe),
            PeerGroupKind.SizeClass or PeerGroupKind.SizeClassExcludingG4 => BySizeClass(focus, year, spec, context, universe),
            PeerGroupKind.Default => DefaultPeers.Resolve(BySizeClass(focus, year, spec, context, universe), context, universe),
            PeerGroupKind.Province => ByProvince(focus, year, spec, focusMunicipality, context, universe),
            PeerGroupKind.Named => ByName(focus, year, spec, context, universe),
            PeerGroupKind.Nearest => ByDistance(focus, year, spec, context, universe),
            _ => throw new ArgumentOutOfRangeException(nameof(spec), spec.Kind, "Unknown peer group method."),
        };
    }

    /// <summary>
    /// The universe of <paramref name="year"/>: municipalities that exist that year and have at least one non-missing
    /// value in the dataset that year, ordered by code.
    /// </summary>
    public static IReadOnlyList<MunicipalityCode> Universe(int year, PeerGroupContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return PeerUniverse.Of(year, context);
    }

    /// <summary>
    /// Year-on-year stability of the nearest-neighbour set of <paramref name="focus"/>: the peers (focus excluded) in
    /// <paramref name="year"/> − 1 against those in <paramref name="year"/>.
    /// </summary>
    /// <param name="focus">The focus municipality.</param>
    /// <param name="year">The current year.</param>
    /// <param name="context">The context; its nearest-neighbour options apply to both years.</param>
    /// <param name="k">The number of neighbours, or <see langword="null"/> for <see cref="NearestNeighbourOptions.K"/>.</param>
    /// <returns>The overlap, or <see langword="null"/> when the focus did not exist in the previous year or that year has no data.</returns>
    /// <exception cref="ArgumentException">When <paramref name="focus"/> is unknown or does not exist in <paramref name="year"/>.</exception>
    public static PeerSetOverlap? NearestStability(MunicipalityCode focus, int year, PeerGroupContext context, int? k = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var spec = PeerGroupSpec.Nearest(k);
        var current = Resolve(focus, year, spec, context);
        var previousYear = year - 1;
        if (!context.Municipalities.TryGet(focus, out var m) || !m.ExistsIn(previousYear) || PeerUniverse.Of(previousYear, context).Count == 0)
        {
            return null;
        }

        var previous = Resolve(focus, previousYear, spec, context);
        return PeerSetStability.Overlap(previous.Peers, current.Peers);
    }

    private static Municipality RequireFocus(MunicipalityCode focus, int year, PeerGroupContext context)
    {
        if (!context.Municipalities.TryGet(focus, out var municipality))
        {
            throw new ArgumentException($"{focus} is not in the municipality reference, so it has no peer group.", nameof(focus));
        }

        if (!municipality.ExistsIn(year))
        {
            throw new ArgumentException(
                $"{focus} ({municipality.Name}) does not exist in {year} (valid {municipality.ValidFrom?.ToString(CultureInfo.InvariantCulture) ?? "…"}–{municipality.ValidTo?.ToString(CultureInfo.InvariantCulture) ?? "…"}).",
                nameof(focus));
        }

        return municipality;
    }

    private static PeerGroup BySizeClass(MunicipalityCode focus, int year, PeerGroupSpec spec, PeerGroupContext context, List<MunicipalityCode> universe)
    {
        if (PeerUniverse.InhabitantsOf(focus, year, context) is not { } focusInhabitants)
        {
            var unknown = new LocalizedText("Grootteklasse onbekend (geen inwonertal)", "Size class unknown (no inhabitants figure)");
            return new PeerGroup(spec, unknown, focus, year, [focus]);
        }

        var sizeClass = SizeClasses.Of(focusInhabitants);
        var excludeG4 = spec.Kind == PeerGroupKind.SizeClassExcludingG4 && sizeClass == SizeClass.From100000;
        var members = universe
            .Where(code => code == focus
                || (PeerUniverse.InhabitantsOf(code, year, context) is { } n && SizeClasses.Of(n) == sizeClass
                    && !(excludeG4 && SizeClasses.IsG4(code))))
            .ToList();

        var label = SizeClasses.Label(sizeClass);
        var name = new LocalizedText("Grootteklasse " + label.Nl, "Size class " + label.En);
        if (excludeG4)
        {
            name = SizeClasses.IsG4(focus)
                ? new LocalizedText(name.Nl + ", zonder de andere G4-gemeenten", name.En + ", excluding the other G4 municipalities")
                : new LocalizedText(name.Nl + ", zonder G4", name.En + ", excluding the G4");
        }

        return new PeerGroup(spec, name, focus, year, members) { SizeClass = sizeClass };
    }

    private static PeerGroup ByProvince(MunicipalityCode focus, int year, PeerGroupSpec spec, Municipality focusMunicipality, PeerGroupContext context, List<MunicipalityCode> universe)
    {
        var province = focusMunicipality.Province;
        var members = universe
            .Where(code => code == focus
                || string.Equals(context.Municipalities.Find(code)?.Province, province, StringComparison.OrdinalIgnoreCase))
            .ToList();
        var name = LocalizedText.Format("Provincie {0}", "Province of {0}", province);
        return new PeerGroup(spec, name, focus, year, members) { Province = province };
    }

    private static PeerGroup ByName(MunicipalityCode focus, int year, PeerGroupSpec spec, PeerGroupContext context, List<MunicipalityCode> universe)
    {
        ArgumentNullException.ThrowIfNull(context.Groups);
        var groups = context.Groups;
        if (!groups.TryGet(spec.GroupName!, out var group))
        {
            var known = groups.Count == 0 ? "none (no groups file was given)" : string.Join(", ", groups.Names);
            throw new ArgumentException($"There is no group '{spec.GroupName}'. Known groups: {known}.", nameof(spec));
        }

        // The focus is in the universe even without data; it counts as a member only when it belongs to the group.
        var present = group.Members.Where(code => universe.BinarySearch(code) >= 0).ToList();
        var absent = group.Members.Where(code => universe.BinarySearch(code) < 0).ToList();
        return new PeerGroup(spec, new LocalizedText(group.Name, group.Name), focus, year, present) { AbsentMembers = absent };
    }

    private static PeerGroup ByDistance(MunicipalityCode focus, int year, PeerGroupSpec spec, PeerGroupContext context, List<MunicipalityCode> universe)
    {
        var model = new NearestNeighbours(year, universe, context);
        var nearest = model.Nearest(focus, spec.NearestCount);
        var distances = new List<PeerDistance>(nearest.Count + 1) { new(focus, 0.0) };
        distances.AddRange(nearest);
        var name = nearest.Count == 1
            ? new LocalizedText("1 structureel meest vergelijkbare gemeente", "1 structurally most similar municipality")
            : LocalizedText.Format(
                "{0} structureel meest vergelijkbare gemeenten",
                "{0} structurally most similar municipalities",
                nearest.Count);
        return new PeerGroup(spec, name, focus, year, [.. distances.Select(d => d.Municipality).Order()])
        {
            Distances = distances,
            Variables = model.Variables,
        };
    }
}
