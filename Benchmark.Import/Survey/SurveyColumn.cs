namespace Benchmark.Import.Survey;

/// <summary>The columns of a respondent file.</summary>
internal enum SurveyColumn
{
    Unknown,
    Respondent,
    Municipality,
    Year,
    Survey,
    Version,
    Department,
    Item,
    Answer,
}
