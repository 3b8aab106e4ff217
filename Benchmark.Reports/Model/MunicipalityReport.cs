namespace Benchmark.Reports.Model;

/// <summary>
/// Everything a municipality report shows, as data: every text is in the report's language and every number is
/// formatted; charts are chart models. Build one with <c>MunicipalityReportComposer</c>, print it with
/// <c>PdfReportWriter</c>.
/// </summary>
/// <param name="Info">Metadata, footer and language.</param>
/// <param name="Cover">The cover page.</param>
/// <param name="Summary">The summary table.</param>
/// <param name="Overview">The overview chart.</param>
/// <param name="Indicators">One section per indicator, in catalogue order.</param>
/// <param name="Appendix">The method appendix.</param>
public sealed record MunicipalityReport(
    DocumentInfo Info,
    CoverPage Cover,
    SummarySection Summary,
    OverviewSection Overview,
    IReadOnlyList<IndicatorSection> Indicators,
    AppendixSection Appendix)
{
    /// <summary>The efficiency page (DEA, expected value given structure, composite index), or <see langword="null"/> when left out.</summary>
    public EfficiencySection? Efficiency { get; init; }

    /// <summary>The experience-survey page, or <see langword="null"/> without respondent data.</summary>
    public SurveySection? Survey { get; init; }

    /// <summary>The explanations and learning-agenda page, or <see langword="null"/> when there are none.</summary>
    public DuidingSection? Duiding { get; init; }

    /// <summary>Page 1: the findings that matter most; <see langword="null"/> for a report without one (the cover comes first then).</summary>
    public KeySection? Key { get; init; }
}
