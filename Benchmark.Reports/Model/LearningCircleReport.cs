namespace Benchmark.Reports.Model;

/// <summary>A learning circle's session report: every member side by side. Build one with <c>LearningCircleComposer</c>.</summary>
/// <param name="Info">Metadata, footer and language.</param>
/// <param name="Cover">The cover page.</param>
/// <param name="HeatMap">The heat-map table of quartile positions.</param>
/// <param name="Spreads">Spread charts per indicator.</param>
/// <param name="Appendix">The method appendix.</param>
public sealed record LearningCircleReport(DocumentInfo Info, CoverPage Cover, HeatMapSection HeatMap, SpreadSection Spreads, AppendixSection Appendix)
{
    /// <summary>The efficiency page (DEA and composite index per member), or <see langword="null"/> when left out.</summary>
    public CircleEfficiencySection? Efficiency { get; init; }

    /// <summary>The members' experience-survey themes side by side; <see langword="null"/> without respondent data.</summary>
    public CircleSurveySection? Survey { get; init; }

    /// <summary>The talking points: the members' explanations and the agenda's follow-up; <see langword="null"/> when there are none.</summary>
    public DuidingSection? TalkingPoints { get; init; }

    /// <summary>Per indicator what stands out and the questions to discuss; <see langword="null"/> for none.</summary>
    public ConversationSection? Conversation { get; init; }

    /// <summary>A page per member with its position on every indicator.</summary>
    public IReadOnlyList<MemberPage> Members { get; init; } = [];
}
