namespace Benchmark.Reports.Model;

/// <summary>The summary: one table row per indicator.</summary>
/// <param name="Heading">The section heading.</param>
/// <param name="Intro">A paragraph above the table.</param>
/// <param name="Header">The column headings.</param>
/// <param name="Rows">One row per indicator, in catalogue order.</param>
/// <param name="Legend">Lines under the table explaining colours, arrows and flags.</param>
public sealed record SummarySection(string Heading, string Intro, SummaryHeader Header, IReadOnlyList<SummaryRow> Rows, IReadOnlyList<string> Legend);
