using Benchmark.Validation;

namespace Benchmark.Web.Upload;

/// <summary>The findings of one rule, for a page that lists them grouped (most severe rules first).</summary>
/// <param name="Rule">The rule id.</param>
/// <param name="Severity">The rule's severity.</param>
/// <param name="Findings">Its findings by line.</param>
internal sealed record FindingGroup(string Rule, Severity Severity, IReadOnlyList<Finding> Findings)
{
    /// <summary>The rule's short description in both languages, when it is a documented rule.</summary>
    public RuleDefinition? Definition { get; } = Rules.All.Concat(Benchmark.Survey.SurveyRules.All).FirstOrDefault(r => r.Id == Rule);

    /// <summary>Groups <paramref name="findings"/> by rule: errors, then warnings, then notes; within, by line.</summary>
    public static IReadOnlyList<FindingGroup> Of(IEnumerable<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        return [.. findings
            .GroupBy(f => f.Rule, StringComparer.Ordinal)
            .Select(g => new FindingGroup(g.Key, g.Max(f => f.Severity), [.. g.OrderBy(f => f.Line)]))
            .OrderByDescending(g => g.Severity)
            .ThenBy(g => g.Rule, StringComparer.Ordinal)];
    }
}
