namespace Benchmark.Reports.Model;

/// <summary>One cell of the learning-circle heat map.</summary>
/// <param name="Text">The value as printed ("–" when missing).</param>
/// <param name="Tone">The colour: the member's quartile within the circle.</param>
public sealed record HeatCell(string Text, Tone Tone);
