using Benchmark.Reports.Charts;

namespace Benchmark.Reports.Model;

/// <summary>The overview chart of the municipality's position across all indicators.</summary>
/// <param name="Heading">The section heading.</param>
/// <param name="Intro">A paragraph explaining how to read the chart.</param>
/// <param name="Chart">The chart.</param>
public sealed record OverviewSection(string Heading, string Intro, PercentileStripChart Chart);
