namespace Benchmark.Efficiency.Index;

/// <summary>How much one alternative choice moves the ranks against the nominal index (one at a time, the rest nominal).</summary>
/// <param name="Choice">The choice, e.g. <c>normalisation = z-score</c>.</param>
/// <param name="MeanShift">Mean |rank − nominal rank| over the municipalities.</param>
/// <param name="MaxShift">Largest |rank − nominal rank|.</param>
public sealed record SensitivityRow(string Choice, double MeanShift, double MaxShift);
