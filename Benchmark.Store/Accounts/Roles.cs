using System.Diagnostics.CodeAnalysis;

namespace Benchmark.Store.Accounts;

/// <summary>The invariant codes of <see cref="Role"/> (stored, in claims and on the command line).</summary>
public static class Roles
{
    /// <summary>Every role, in the order of <see cref="Role"/>.</summary>
    public static IReadOnlyList<Role> All { get; } = Enum.GetValues<Role>();

    /// <summary>The code: <c>coordinator</c>, <c>analyst</c>, <c>director</c> or <c>researcher</c>.</summary>
    public static string Code(this Role role) => role switch
    {
        Role.Coordinator => "coordinator",
        Role.Analyst => "analyst",
        Role.Director => "director",
        Role.Researcher => "researcher",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown role."),
    };

    /// <summary>Reads a code (case ignored); <see langword="false"/> for anything else.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out Role role)
    {
        foreach (var r in All)
        {
            if (string.Equals(text?.Trim(), r.Code(), StringComparison.OrdinalIgnoreCase))
            {
                role = r;
                return true;
            }
        }

        role = default;
        return false;
    }

    /// <summary>Whether an account of <paramref name="role"/> belongs to one municipality (analysts and directors).</summary>
    public static bool NeedsMunicipality(this Role role) => role is Role.Analyst or Role.Director;
}
