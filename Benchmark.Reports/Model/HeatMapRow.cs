namespace Benchmark.Reports.Model;

/// <summary>One indicator across the members of a learning circle.</summary>
/// <param name="Indicator">The indicator name.</param>
/// <param name="Cells">One cell per member, in the order of <see cref="HeatMapSection.Members"/>.</param>
/// <param name="Median">The circle median as printed.</param>
public sealed record HeatMapRow(string Indicator, IReadOnlyList<HeatCell> Cells, string Median);
