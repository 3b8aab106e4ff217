namespace Benchmark.Reports.Model;

/// <summary>A labelled value, e.g. "Peildatum" – "2024".</summary>
/// <param name="Label">The label, in the report's language.</param>
/// <param name="Value">The value as printed.</param>
public sealed record Fact(string Label, string Value);
