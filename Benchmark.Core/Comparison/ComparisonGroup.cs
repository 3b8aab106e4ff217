using Benchmark.Municipalities;
using Benchmark.PeerGroups;
using Benchmark.Text;

namespace Benchmark.Comparison;

/// <summary>A set of municipalities compared with each other in one year: a peer group, named and with its method.</summary>
/// <param name="Spec">The method (its <see cref="PeerGroupSpec.ToString"/> is the canonical CLI form: <c>size-class</c>, <c>nearest:15</c>, <c>group:Oost</c>, …).</param>
/// <param name="Name">A human name, e.g. "Grootteklasse 50.000–100.000 inwoners".</param>
/// <param name="Year">The year membership was decided for.</param>
/// <param name="Members">The members, ordered by code.</param>
public sealed record ComparisonGroup(PeerGroupSpec Spec, LocalizedText Name, int Year, IReadOnlyList<MunicipalityCode> Members)
{
    /// <summary>The group of a resolved peer group.</summary>
    public static ComparisonGroup From(PeerGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return new(group.Spec, group.Name, group.Year, group.Members);
    }

    /// <summary>The number of members.</summary>
    public int Count => Members.Count;
}
