using Benchmark.Conversation;
using Benchmark.Survey;

namespace Benchmark.Reports.Composition;

/// <summary>
/// What the benchmark's second and third steps add to a report: experience-survey aggregates, explanations kept with
/// values and the learning agenda. Empty by default (no extra pages).
/// </summary>
public sealed record ReportConversation
{
    /// <summary>Nothing to add.</summary>
    public static ReportConversation Empty { get; } = new();

    /// <summary>Survey aggregates of every municipality with respondent data (suppressed cells included, without results).</summary>
    public IReadOnlyList<SurveyCell> SurveyCells { get; init; } = [];

    /// <summary>The item catalogue the aggregates were made with (names of themes and items).</summary>
    public SurveyCatalog SurveyCatalog { get; init; } = SurveyCatalog.Default;

    /// <summary>The current explanations (latest revision of each value).</summary>
    public IReadOnlyList<Explanation> Explanations { get; init; } = [];

    /// <summary>The learning agenda.</summary>
    public IReadOnlyList<AgendaItem> Agenda { get; init; } = [];
}
