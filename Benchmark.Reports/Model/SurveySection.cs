namespace Benchmark.Reports.Model;

/// <summary>The experience-survey page: themes against peers with intervals, strongest and weakest items, departments.</summary>
/// <param name="Heading">The page heading.</param>
/// <param name="Intro">What the page shows and how to read it.</param>
/// <param name="Surveys">One block per survey with respondent data.</param>
/// <param name="Notes">Method notes (interval, significance, suppression, privacy).</param>
public sealed record SurveySection(string Heading, string Intro, IReadOnlyList<SurveyBlock> Surveys, IReadOnlyList<string> Notes);
