namespace Benchmark.Reports.Model;

/// <summary>
/// Page 1 of a municipality report: the few findings that matter most, ranked by their size in euros or their distance to
/// the best quartile, one sentence each with its number.
/// </summary>
/// <param name="Heading">The heading, e.g. "Kernboodschap".</param>
/// <param name="Intro">One line on how the findings were chosen.</param>
/// <param name="Findings">3–5 findings, the largest first.</param>
public sealed record KeySection(string Heading, string Intro, IReadOnlyList<KeyFinding> Findings);
