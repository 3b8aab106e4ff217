using Benchmark.Municipalities;
using Benchmark.Text;

namespace Benchmark.PeerGroups;

/// <summary>The municipalities a focus municipality is compared with in one year, and how they were chosen.</summary>
/// <param name="Spec">The method.</param>
/// <param name="Name">A name for people, e.g. <c>Grootteklasse 50.000–100.000 inwoners</c> / <c>Size class 50,000–100,000 inhabitants</c>.</param>
/// <param name="Focus">The municipality whose group this is.</param>
/// <param name="Year">The year.</param>
/// <param name="Members">
/// The members ordered by code. The focus is always one of them, except for a named group the focus does not belong to
/// (see <see cref="FocusIsMember"/>).
/// </param>
public sealed record PeerGroup(PeerGroupSpec Spec, LocalizedText Name, MunicipalityCode Focus, int Year, IReadOnlyList<MunicipalityCode> Members)
{
    /// <summary>The default smallest group worth reporting statistics on, 5 (the engine applies it).</summary>
    public const int DefaultMinimumSize = 5;

    /// <summary>
    /// For <c>nearest</c>: every member with its rescaled distance, the focus first (0), then nearest first, ties by
    /// code. Empty for the other methods.
    /// </summary>
    public IReadOnlyList<PeerDistance> Distances { get; init; } = [];

    /// <summary>For <c>nearest</c>: the variables the distances rest on, with mean, SD and whether used. Empty otherwise.</summary>
    public IReadOnlyList<StandardizedVariable> Variables { get; init; } = [];

    /// <summary>For the size-class methods: the focus's class, or <see langword="null"/> when its inhabitants are unknown.</summary>
    public SizeClass? SizeClass { get; init; }

    /// <summary>
    /// For <c>default</c>: why this group is the default, for people (the size class, or why a municipality far from its
    /// class's median is compared with municipalities of comparable size); <see langword="null"/> for other methods.
    /// </summary>
    public LocalizedText? Reason { get; init; }

    /// <summary>For <c>province</c>: the focus's province.</summary>
    public string? Province { get; init; }

    /// <summary>
    /// For <c>group:NAME</c>: members of the named group that are not in the universe of the year (not existing that
    /// year or without data), ordered by code. Empty otherwise.
    /// </summary>
    public IReadOnlyList<MunicipalityCode> AbsentMembers { get; init; } = [];

    /// <summary>The number of members (the focus included when it is a member).</summary>
    public int Count => Members.Count;

    /// <summary>Whether the focus is a member; <see langword="false"/> only for a named group the focus does not belong to.</summary>
    public bool FocusIsMember => Members.Contains(Focus);

    /// <summary>The members other than the focus, ordered by code.</summary>
    public IEnumerable<MunicipalityCode> Peers => Members.Where(m => m != Focus);

    /// <summary>Whether the group has at least <paramref name="minimum"/> members (<see cref="Count"/>, the focus included).</summary>
    public bool IsLargeEnough(int minimum = DefaultMinimumSize) => Count >= minimum;
}
