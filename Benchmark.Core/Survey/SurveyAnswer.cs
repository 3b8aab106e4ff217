using Benchmark.Municipalities;

namespace Benchmark.Survey;

/// <summary>
/// One answer of one respondent to one item, as read from a respondent file. Personal data: it lives in memory and in
/// the store's own answers table only; <see cref="ToString"/> deliberately shows neither the respondent nor the answer.
/// </summary>
/// <param name="Respondent">The pseudonymous respondent id as delivered.</param>
/// <param name="Municipality">The municipality surveyed.</param>
/// <param name="Year">The survey year.</param>
/// <param name="Survey">MTO or KTV.</param>
/// <param name="Version">The questionnaire version as delivered.</param>
/// <param name="Department">The department (optional breakdown), or <see langword="null"/>.</param>
/// <param name="Item">The item code as in the catalogue.</param>
/// <param name="Answer">The answer on the item's scale (as given, not reverse-scored); NaN for "no answer".</param>
/// <param name="Line">The 1-based line of the file the answer came from (0 when not from a file).</param>
public readonly record struct SurveyAnswer(
    string Respondent,
    MunicipalityCode Municipality,
    int Year,
    SurveyKind Survey,
    string Version,
    string? Department,
    string Item,
    double Answer,
    int Line)
{
    /// <summary>Whether the respondent gave no answer (<c>weet niet</c>, empty).</summary>
    public bool IsMissing => double.IsNaN(Answer);

    /// <summary>Names only where the answer came from, never who gave it or what it was.</summary>
    public override string ToString() => $"survey answer {Municipality} {Year} {Survey.Code()} {Item} (line {Line})";
}
