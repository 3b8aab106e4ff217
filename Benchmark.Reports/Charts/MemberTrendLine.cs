namespace Benchmark.Reports.Charts;

/// <summary>One member's line in a <see cref="MemberTrendChart"/>.</summary>
/// <param name="Name">The member's name as the report prints it (masked when anonymised).</param>
/// <param name="Values">One value per year of the chart, NaN when missing.</param>
public sealed record MemberTrendLine(string Name, IReadOnlyList<double> Values);
