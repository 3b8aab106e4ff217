using Benchmark.Municipalities;

namespace Benchmark.PeerGroups;

/// <summary>A named group of municipalities chosen by people rather than by a rule, such as a learning circle (leerkring).</summary>
public sealed record NamedGroup
{
    /// <summary>Creates a group; members are de-duplicated and ordered by code.</summary>
    /// <param name="name">The name, e.g. <c>Leerkring Oost</c>; surrounding white space is removed.</param>
    /// <param name="members">The member codes.</param>
    /// <exception cref="ArgumentException">When <paramref name="name"/> is empty or white space.</exception>
    public NamedGroup(string name, IEnumerable<MunicipalityCode> members)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(members);
        Name = name.Trim();
        Members = [.. members.Distinct().Order()];
    }

    /// <summary>The name as written where the group was defined.</summary>
    public string Name { get; }

    /// <summary>The members, ordered by code, without duplicates.</summary>
    public IReadOnlyList<MunicipalityCode> Members { get; }

    /// <summary>Whether <paramref name="code"/> is a member.</summary>
    public bool Contains(MunicipalityCode code)
    {
        var lo = 0;
        var hi = Members.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var cmp = Members[mid].CompareTo(code);
            if (cmp == 0)
            {
                return true;
            }

            if (cmp < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return false;
    }
}
