namespace Benchmark.Reports.Model;

/// <summary>One survey (MTO or KTV) on the survey page.</summary>
/// <param name="Title">The survey's name.</param>
/// <param name="Facts">Respondents, headcount, response rate and peer group in one line.</param>
/// <param name="Header">Column headings of the theme table.</param>
/// <param name="Themes">The themes with intervals.</param>
/// <param name="Strongest">The items furthest above the peer median.</param>
/// <param name="Weakest">The items furthest below the peer median.</param>
/// <param name="Departments">Departments with at least 10 respondents (the rest only counted).</param>
public sealed record SurveyBlock(
    string Title,
    string Facts,
    IReadOnlyList<string> Header,
    IReadOnlyList<SurveyIntervalRow> Themes,
    TextTable Strongest,
    TextTable Weakest,
    TextTable Departments);
