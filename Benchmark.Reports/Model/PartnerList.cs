namespace Benchmark.Reports.Model;

/// <summary>The learning partners for one indicator.</summary>
/// <param name="Heading">The heading, e.g. "Leerpartners".</param>
/// <param name="Table">Name, value, rank and structural distance of each partner.</param>
/// <param name="EmptyText">What to print when there are none (and why).</param>
public sealed record PartnerList(string Heading, TextTable Table, string EmptyText);
