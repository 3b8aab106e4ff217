using Benchmark.Reports.Model;

namespace Benchmark.Reports.Charts;

/// <summary>One indicator on the overview strip.</summary>
/// <param name="Label">The indicator name.</param>
/// <param name="Position">
/// 0–100 from left to right: for directional indicators the percent rank (100 = best), for neutral indicators the
/// position from lowest (0) to highest (100); NaN when unranked.
/// </param>
/// <param name="Tone">The colour of the dot.</param>
public sealed record StripItem(string Label, double Position, Tone Tone);
