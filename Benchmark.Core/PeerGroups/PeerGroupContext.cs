using Benchmark.Data;
using Benchmark.Municipalities;

namespace Benchmark.PeerGroups;

/// <summary>What peer groups are formed from.</summary>
/// <param name="Municipalities">
/// The municipality reference: names, provinces, validity (<see cref="Municipality.ExistsIn"/>), inhabitants per year
/// and area. Municipalities it does not know are never members.
/// </param>
/// <param name="Dataset">
/// The data. It decides the universe of a year (municipalities with at least one non-missing value that year; see
/// <see cref="UniverseIgnoredIndicators"/>) and
/// provides the structural figures <c>inhabitants</c>, <c>address_density</c> and <c>area_km2</c>; for inhabitants and
/// area the reference fills in where the dataset has no value.
/// </param>
internal sealed record PeerGroupContext(MunicipalityRegistry Municipalities, Dataset Dataset)
{
    /// <summary>The named groups for <c>group:NAME</c>. Default none.</summary>
    public NamedGroups Groups { get; init; } = NamedGroups.Empty;

    /// <summary>
    /// Indicators that do not count as "having data" when the universe of a year is formed. Default none: any
    /// non-missing value counts. Set it to the structural codes (<c>inhabitants</c>, <c>address_density</c>,
    /// <c>area_km2</c>) when structural figures are loaded for every municipality, so that only municipalities with
    /// benchmark figures become peers. The structural figures are still used for size classes and distances.
    /// </summary>
    public IReadOnlySet<string> UniverseIgnoredIndicators { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The nearest-neighbour model for <c>nearest[:K]</c>. Default <see cref="NearestNeighbourOptions.Default"/>.</summary>
    public NearestNeighbourOptions NearestNeighbours { get; init; } = NearestNeighbourOptions.Default;
}
