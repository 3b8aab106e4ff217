using Benchmark.Text;

namespace Benchmark.Survey;

/// <summary>A theme of a questionnaire: items averaged per respondent.</summary>
/// <param name="Code">The stable theme code, e.g. <c>werkdruk</c>.</param>
/// <param name="Survey">The survey.</param>
/// <param name="Name">The theme's name.</param>
public sealed record SurveyTheme(string Code, SurveyKind Survey, LocalizedText Name);
