namespace Benchmark.Reports.Model;

/// <summary>The efficiency page of a learning-circle report: per member the DEA score, reference peers and index rank interval.</summary>
/// <param name="Heading">The page heading.</param>
/// <param name="Intro">What the page shows.</param>
/// <param name="Members">One row per member.</param>
/// <param name="Methods">One line per method, with its choices.</param>
public sealed record CircleEfficiencySection(string Heading, string Intro, TextTable Members, IReadOnlyList<string> Methods);
