using Benchmark.Reports.Charts;

namespace Benchmark.Reports.Model;

/// <summary>What stands out on one indicator in a learning circle, and the questions to discuss.</summary>
/// <param name="Indicator">The indicator's name.</param>
/// <param name="StandsOut">Sentences with their numbers: spread, movers, most improved, best and a structurally similar member.</param>
/// <param name="Questions">3–5 discussion questions.</param>
public sealed record ConversationTopic(string Indicator, IReadOnlyList<string> StandsOut, IReadOnlyList<string> Questions)
{
    /// <summary>Every member's trend on this indicator, or null when there is only one year.</summary>
    public MemberTrendChart? Trend { get; init; }
}
