namespace Benchmark.Reports.Model;

/// <summary>One member's page of a learning-circle report: its position on every indicator within the circle.</summary>
/// <param name="Heading">The member's (possibly masked) name.</param>
/// <param name="Intro">One line: inhabitants and how many indicators in the best and least favourable quarter.</param>
/// <param name="Table">Indicator, its values over the last years (the trend), circle median, rank and quartile within the circle.</param>
public sealed record MemberPage(string Heading, string Intro, TextTable Table);
