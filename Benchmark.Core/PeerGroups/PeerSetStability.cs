using Benchmark.Municipalities;

namespace Benchmark.PeerGroups;

/// <summary>How stable a peer set is from one year to the next.</summary>
internal static class PeerSetStability
{
    /// <summary>Compares two peer sets; duplicates are ignored.</summary>
    /// <param name="previous">The earlier set A (e.g. last year's nearest neighbours).</param>
    /// <param name="current">The current set B.</param>
    public static PeerSetOverlap Overlap(IEnumerable<MunicipalityCode> previous, IEnumerable<MunicipalityCode> current)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);
        var a = previous.ToHashSet();
        var b = current.ToHashSet();
        var shared = a.Count(b.Contains);
        return new PeerSetOverlap(
            a.Count,
            b.Count,
            shared,
            [.. b.Where(m => !a.Contains(m)).Order()],
            [.. a.Where(m => !b.Contains(m)).Order()]);
    }
}
