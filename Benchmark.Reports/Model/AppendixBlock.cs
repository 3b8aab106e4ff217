namespace Benchmark.Reports.Model;

/// <summary>One part of the method appendix.</summary>
/// <param name="Heading">The heading.</param>
/// <param name="Paragraphs">The paragraphs.</param>
/// <param name="Table">An optional table under the paragraphs.</param>
public sealed record AppendixBlock(string Heading, IReadOnlyList<string> Paragraphs, TextTable? Table = null);
