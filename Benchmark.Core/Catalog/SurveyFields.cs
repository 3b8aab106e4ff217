namespace Benchmark.Catalog;

/// <summary>For a survey indicator: the codes of the figures that carry its respondents and standard deviation.</summary>
/// <param name="Respondents">Code of the number of respondents (n).</param>
/// <param name="StandardDeviation">Code of the sample standard deviation of the scores.</param>
/// <param name="Population">Code of the population surveyed (e.g. staff headcount), for the finite-population correction; optional.</param>
public sealed record SurveyFields(string Respondents, string StandardDeviation, string? Population = null);
