using Benchmark.Text;
using Benchmark.Validation;

namespace Benchmark.Import.Groups;

/// <summary>
/// Rules particular to groups files. The other findings of <see cref="GroupFileReader"/> use the ids of
/// <see cref="Rules"/> (malformed or unknown code, name mismatch, field count, columns, duplicates).
/// </summary>
public static class GroupFileRules
{
    /// <summary>A member row without a group name: the row is rejected.</summary>
    public const string MissingGroupName = "structure.missing-group-name";

    /// <summary>The definitions of the rules above, for documentation and help output.</summary>
    public static IReadOnlyList<RuleDefinition> All { get; } =
    [
        new(MissingGroupName, Severity.Error, "structure", new LocalizedText("Groepsnaam ontbreekt in een regel.", "Group name missing in a row.")),
    ];
}
