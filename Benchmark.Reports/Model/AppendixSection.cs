namespace Benchmark.Reports.Model;

/// <summary>The method appendix: definitions, statistics, peer group, suppression and data quality.</summary>
/// <param name="Heading">The heading.</param>
/// <param name="Blocks">The parts, in order.</param>
public sealed record AppendixSection(string Heading, IReadOnlyList<AppendixBlock> Blocks);
