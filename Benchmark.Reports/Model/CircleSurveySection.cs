namespace Benchmark.Reports.Model;

/// <summary>The experience survey of a learning circle: every member's theme means side by side, per survey.</summary>
/// <param name="Heading">The page heading.</param>
/// <param name="Intro">What the page shows.</param>
/// <param name="Titles">The survey titles, one per table.</param>
/// <param name="Tables">Per survey: themes as rows, members and the median as columns.</param>
/// <param name="Notes">Suppression and privacy notes.</param>
public sealed record CircleSurveySection(string Heading, string Intro, IReadOnlyList<string> Titles, IReadOnlyList<TextTable> Tables, IReadOnlyList<string> Notes);
