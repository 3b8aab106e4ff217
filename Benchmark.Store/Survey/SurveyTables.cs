using Benchmark.Store.Relational;

namespace Benchmark.Store.Survey;

/// <summary>The survey tables written in bulk.</summary>
internal static class SurveyTables
{
    /// <summary>Respondent answers: personal data, deleted by <see cref="SurveyStore.PurgeSurveyAnswers"/>.</summary>
    public static BulkTable Answers { get; } = new("survey_answers", ["import_id", "year", "municipality", "survey", "respondent", "version", "department", "item", "answer"]);

    /// <summary>Aggregates (suppressed cells have n only).</summary>
    public static BulkTable Cells { get; } = new("survey_cells", ["import_id", "year", "municipality", "survey", "level", "cell_key", "respondents", "mean", "sd", "population"]);
}
