using Benchmark.Municipalities;

namespace Benchmark.Comparison;

/// <summary>A municipality worth calling: structurally close and in the best quartile of the group on an indicator.</summary>
/// <param name="Indicator">The indicator code.</param>
/// <param name="Municipality">The partner.</param>
/// <param name="Name">Its name.</param>
/// <param name="Value">Its value.</param>
/// <param name="Rank">Its rank in the group (1 = best).</param>
/// <param name="Distance">Its structural distance to the focus municipality (0–1, the farthest municipality of the year = 1).</param>
public sealed record LearningPartner(string Indicator, MunicipalityCode Municipality, string Name, double Value, int Rank, double Distance);
