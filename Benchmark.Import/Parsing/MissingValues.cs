using System.Collections.Frozen;

namespace Benchmark.Import.Parsing;

/// <summary>
/// The markers that mean "no value": empty, <c>-</c>, <c>n.v.t.</c>, <c>nvt</c>, <c>NA</c>, <c>N/A</c>, <c>..</c>,
/// <c>?</c> and CBS's <c>.</c>; case-insensitive, surrounding white space ignored. A missing value becomes NaN, never
/// zero and never an error.
/// </summary>
internal static class MissingValues
{
    /// <summary>The markers, lower case, as documented.</summary>
    public static IReadOnlyList<string> Markers { get; } = ["", "-", "n.v.t.", "nvt", "na", "n/a", "..", "?", "."];

    private static readonly FrozenSet<string> Set = Markers.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="raw"/> is a missing-value marker.</summary>
    public static bool IsMissing(string raw) => Set.Contains(raw.Trim());
}
