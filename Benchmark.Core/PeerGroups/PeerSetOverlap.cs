using Benchmark.Municipalities;

namespace Benchmark.PeerGroups;

/// <summary>How much two peer sets (a previous and a current one) have in common.</summary>
/// <param name="PreviousCount">Members of the previous set.</param>
/// <param name="CurrentCount">Members of the current set.</param>
/// <param name="SharedCount">Members of both.</param>
/// <param name="Entered">Members of the current set that were not in the previous one, by code.</param>
/// <param name="Left">Members of the previous set that are not in the current one, by code.</param>
public sealed record PeerSetOverlap(
    int PreviousCount,
    int CurrentCount,
    int SharedCount,
    IReadOnlyList<MunicipalityCode> Entered,
    IReadOnlyList<MunicipalityCode> Left)
{
    /// <summary>The share of the current set that was also in the previous one, |A∩B| / |B|; NaN when the current set is empty.</summary>
    public double Share => CurrentCount == 0 ? double.NaN : (double)SharedCount / CurrentCount;

    /// <summary>The Jaccard index |A∩B| / |A∪B|; NaN when both sets are empty.</summary>
    public double Jaccard
    {
        get
        {
            var union = PreviousCount + CurrentCount - SharedCount;
            return union == 0 ? double.NaN : (double)SharedCount / union;
        }
    }
}
