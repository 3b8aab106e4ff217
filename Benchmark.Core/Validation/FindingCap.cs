using System.Runtime.InteropServices;
using Benchmark.Text;

namespace Benchmark.Validation;

/// <summary>
/// Keeps findings bounded in memory: per file and rule at most <see cref="ListedPerRule"/> warnings or infos are listed,
/// the rest counted and said in one summary finding per file and rule. Errors are all kept: each rejects a value or
/// row that the quarantine names.
/// </summary>
/// <remarks>Not thread-safe: one per reader or validation state.</remarks>
public sealed class FindingCap
{
    /// <summary>The warnings or infos of one rule listed per file; a file with 100,000 identical rows lists these and counts the rest.</summary>
    public const int ListedPerRule = 1_000;

    private readonly Dictionary<(string? File, string Rule), (Severity Severity, int Count)> _counts = [];

    /// <summary>Counts a finding and returns whether it is listed (always for an error).</summary>
    public bool Admit(Severity severity, string rule, string? file)
    {
        if (severity == Severity.Error)
        {
            return true;
        }

        ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(_counts, (file, rule), out _);
        entry = (severity, entry.Count + 1);
        return entry.Count <= ListedPerRule;
    }

    /// <summary>Adds the counts of <paramref name="other"/> (findings it listed and left out) to this cap's.</summary>
    public void Merge(FindingCap other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var (key, value) in other._counts)
        {
            ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(_counts, key, out var exists);
            entry = (value.Severity, (exists ? entry.Count : 0) + value.Count);
        }
    }

    /// <summary>One finding per file and rule with findings left out: how many, and how to see them.</summary>
    public IEnumerable<Finding> Summaries() =>
        _counts.Where(c => c.Value.Count > ListedPerRule).Select(c => Summary(c.Key.File, c.Key.Rule, c.Value.Severity, c.Value.Count - ListedPerRule));

    private static Finding Summary(string? file, string rule, Severity severity, int leftOut) => new(
        severity, rule, file, 0, string.Empty, string.Empty,
        LocalizedText.Format(
            "… en nog {0:N0} bevindingen van regel {1} die niet afzonderlijk zijn opgenomen (de eerste {2:N0} staan hierboven).",
            "… and {0:N0} more findings of rule {1} that are not listed one by one (the first {2:N0} are above).",
            leftOut, rule, ListedPerRule),
        new LocalizedText(
            "Los de eerste op en controleer opnieuw: vaak hebben ze één oorzaak, zoals een herhaald blok rijen.",
            "Fix the first ones and check again: they often share one cause, such as a repeated block of rows."));
}
