using System.Collections.Frozen;

namespace Benchmark.PeerGroups;

/// <summary>
/// The named groups (learning circles) a peer group can be chosen from by <c>group:NAME</c>; names are matched ignoring
/// case and surrounding white space.
/// </summary>
/// <remarks>Immutable. Read one from a groups file with <c>Benchmark.Import.Groups.GroupFileReader</c>.</remarks>
public sealed class NamedGroups
{
    private readonly FrozenDictionary<string, NamedGroup> _byName;

    /// <summary>Creates the set; a later group with the same name (ignoring case) replaces an earlier one.</summary>
    public NamedGroups(IEnumerable<NamedGroup> groups)
    {
        var byName = new Dictionary<string, NamedGroup>(StringComparer.OrdinalIgnoreCase);
        ArgumentNullException.ThrowIfNull(groups);
        foreach (var group in groups)
        {
            ArgumentNullException.ThrowIfNull(group);
            byName[group.Name] = group;
        }

        _byName = byName.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        All = [.. byName.Values.OrderBy(g => g.Name, StringComparer.OrdinalIgnoreCase).ThenBy(g => g.Name, StringComparer.Ordinal)];
    }

    /// <summary>No groups.</summary>
    public static NamedGroups Empty { get; } = new([]);

    /// <summary>Every group, ordered by name (ignoring case).</summary>
    public IReadOnlyList<NamedGroup> All { get; }

    /// <summary>The group names, ordered as <see cref="All"/>.</summary>
    public IEnumerable<string> Names => All.Select(g => g.Name);

    /// <summary>The number of groups.</summary>
    public int Count => All.Count;

    /// <summary>Looks a group up by name, ignoring case and surrounding white space.</summary>
    public bool TryGet(string name, out NamedGroup group)
    {
        group = null!;
        return name is not null && _byName.TryGetValue(name.Trim(), out group!);
    }

    /// <summary>Looks a group up by name, ignoring case and surrounding white space; <see langword="null"/> when unknown.</summary>
    public NamedGroup? Find(string name) => TryGet(name, out var group) ? group : null;

    /// <summary>The groups of this set, replaced or extended by those of <paramref name="other"/>.</summary>
    public NamedGroups Merge(NamedGroups other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(All.Concat(other.All));
    }
}
