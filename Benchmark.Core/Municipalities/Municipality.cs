namespace Benchmark.Municipalities;

/// <summary>A Dutch municipality as the reference knows it.</summary>
/// <param name="Code">The CBS code.</param>
/// <param name="Name">The official CBS name, e.g. <c>'s-Gravenhage</c> or <c>Súdwest-Fryslân</c>.</param>
/// <param name="Province">The province name, e.g. <c>Zuid-Holland</c>.</param>
/// <param name="Inhabitants">Inhabitants on 1 January of each year the reference knows.</param>
/// <param name="ValidFrom">First year in which the municipality exists, or <see langword="null"/> when unknown (always).</param>
/// <param name="ValidTo">Last year in which the municipality exists, or <see langword="null"/> when it still exists.</param>
/// <param name="AreaKm2">Total area (land and water) in km², or <see langword="null"/> when unknown.</param>
public sealed record Municipality(
    MunicipalityCode Code,
    string Name,
    string Province,
    IReadOnlyDictionary<int, long> Inhabitants,
    int? ValidFrom = null,
    int? ValidTo = null,
    double? AreaKm2 = null)
{
    /// <summary>Whether the municipality exists in <paramref name="year"/>.</summary>
    public bool ExistsIn(int year) => (ValidFrom is null || year >= ValidFrom) && (ValidTo is null || year <= ValidTo);

    /// <summary>
    /// Inhabitants in <paramref name="year"/>, or — when the reference has no figure for that year — the figure of the
    /// nearest year it has (earlier years preferred on a tie); <see langword="null"/> when it knows none.
    /// </summary>
    public long? InhabitantsIn(int year)
    {
        if (Inhabitants.TryGetValue(year, out var exact))
        {
            return exact;
        }

        long? best = null;
        var bestDistance = int.MaxValue;
        foreach (var (y, n) in Inhabitants)
        {
            var distance = Math.Abs(y - year);
            if (distance < bestDistance || (distance == bestDistance && y < year))
            {
                best = n;
                bestDistance = distance;
            }
        }

        return best;
    }
}
