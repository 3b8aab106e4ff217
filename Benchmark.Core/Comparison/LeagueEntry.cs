using Benchmark.Municipalities;

namespace Benchmark.Comparison;

/// <summary>One line of a league table.</summary>
/// <param name="Rank">Competition rank, 1 = best; 0 when the value is missing (listed last).</param>
/// <param name="Municipality">The municipality.</param>
/// <param name="Name">Its name.</param>
/// <param name="Value">Its value; NaN when missing.</param>
/// <param name="PercentRank">Percent rank (100 = best); NaN when unranked.</param>
/// <param name="Quartile">Quartile position 1–4 (1 = best); 0 when unranked.</param>
/// <param name="IsFocus">Whether this is the municipality the table was asked for.</param>
public sealed record LeagueEntry(int Rank, MunicipalityCode Municipality, string Name, double Value, double PercentRank, int Quartile, bool IsFocus);
