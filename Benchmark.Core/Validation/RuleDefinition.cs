using Benchmark.Text;

namespace Benchmark.Validation;

/// <summary>A validation rule as documented: id, severity, group and what it checks.</summary>
/// <param name="Id">The stable id used in findings and JSON output.</param>
/// <param name="Severity">The severity of its findings.</param>
/// <param name="Group">structure, types, reference, duplicates, consistency, plausibility or completeness.</param>
/// <param name="Description">What the rule checks.</param>
public sealed record RuleDefinition(string Id, Severity Severity, string Group, LocalizedText Description);
